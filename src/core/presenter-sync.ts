// The slide and the presenter's console keep in step by messages between two
// windows of the same origin (a BroadcastChannel: nothing leaves the machine).
// This is the protocol, without the channel: what a message may hold, and what a
// window does with one. A window that opens or reloads says hello; the other
// answers with its state, which the newcomer takes over. A window that goes says bye.
export type Role = 'slide' | 'console';

export type SyncMessage =
  | { kind: 'hello'; from: Role }
  | { kind: 'state'; from: Role; step: number; blank: boolean }
  | { kind: 'bye'; from: Role };

export const CHANNEL_NAME = 'gbo-presenter';

const isRole = (v: unknown): v is Role => v === 'slide' || v === 'console';

/** A message read from the channel, or null when it is not one of ours (another version, another tab's noise). */
export function readSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (!isRole(m.from)) return null;
  if (m.kind === 'hello' || m.kind === 'bye') return { kind: m.kind, from: m.from };
  if (
    m.kind === 'state' &&
    Number.isInteger(m.step) &&
    (m.step as number) >= 1 &&
    (m.step as number) <= 999 &&
    typeof m.blank === 'boolean'
  ) {
    return { kind: 'state', from: m.from, step: m.step as number, blank: m.blank };
  }
  return null;
}

/** Whether the other window is there, as far as this one knows. */
export type LinkStatus = 'alone' | 'linked' | 'other-closed' | 'unavailable';

export type SyncEffect =
  | { kind: 'reply'; message: SyncMessage }
  | { kind: 'adopt'; step: number; blank: boolean }
  | { kind: 'status'; status: LinkStatus };

/**
 * What a window of `role`, at `step` and `blank`, does with a message: answer a
 * hello with its state, take over the other's state, note that the other went.
 * Its own messages (the channel never echoes, but a second window of the same
 * role could) are ignored.
 */
export function onSyncMessage(role: Role, message: SyncMessage, own: { step: number; blank: boolean }): SyncEffect[] {
  if (message.from === role) return [];
  switch (message.kind) {
    case 'hello':
      return [
        { kind: 'status', status: 'linked' },
        { kind: 'reply', message: { kind: 'state', from: role, step: own.step, blank: own.blank } },
      ];
    case 'state':
      return [
        { kind: 'status', status: 'linked' },
        ...(message.step !== own.step || message.blank !== own.blank
          ? [{ kind: 'adopt' as const, step: message.step, blank: message.blank }]
          : []),
      ];
    case 'bye':
      return [{ kind: 'status', status: 'other-closed' }];
  }
}
