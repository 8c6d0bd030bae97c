// Keeps the slide and the presenter's console in step: the protocol is in
// core/presenter-sync.ts, this is its channel. Either window's keys, clicker and
// buttons move both; a window that opens or reloads takes over the other's step.
// Same origin only (BroadcastChannel): nothing leaves the machine. Where no
// channel can be opened (some browsers for a file:// page), the console says why
// and the slide works on its own. mountPresenterLink(store, url) → dispose().
import type { Store } from '../../core/store';
import { presenterRole, type AppState } from '../../core/app-state';
import type { Url } from '../url';
import { presentationStep } from '../../core/presentation';
import { CHANNEL_NAME, onSyncMessage, readSyncMessage, type Role, type SyncMessage } from '../../core/presenter-sync';

export interface Channel {
  postMessage(message: SyncMessage): void;
  onmessage: ((e: MessageEvent) => void) | null;
  close(): void;
}

const stepOf = (s: AppState) => presentationStep(s.route) ?? 0;

export function mountPresenterLink(
  store: Store<AppState>,
  url: Pick<Url, 'navigate'>,
  openChannel: () => Channel = () => new BroadcastChannel(CHANNEL_NAME),
): () => void {
  let channel: Channel | null = null;
  let role: Role | null = null;
  /** The state last taken over from the other window: changing to it is no news to send back. */
  let adopted: { step: number; blank: boolean } | null = null;
  const post = (message: SyncMessage) => safePost(channel, message);

  const onMessage = (e: MessageEvent) => {
    const message = readSyncMessage(e.data);
    const s = store.get();
    if (!message || !role) return;
    for (const effect of onSyncMessage(role, message, { step: stepOf(s), blank: s.blank })) {
      if (effect.kind === 'reply') post(effect.message);
      else if (effect.kind === 'status') {
        if (store.get().link !== effect.status) store.set({ link: effect.status });
      } else {
        adopted = { step: effect.step, blank: effect.blank };
        adopt(store, url, role, adopted);
      }
    }
  };

  const start = (r: Role) => {
    role = r;
    try {
      channel = openChannel();
      channel.onmessage = onMessage;
    } catch {
      channel = null;
      // News of its own, said once this navigation has been heard by every listener:
      // a listener that wrote the store would have them hear it twice.
      queueMicrotask(() => {
        if (role === r && !channel && store.get().link !== 'unavailable') store.set({ link: 'unavailable' });
      });
      return;
    }
    post({ kind: 'hello', from: r });
  };
  const stop = () => {
    if (role) post({ kind: 'bye', from: role });
    channel?.close();
    channel = null;
    role = null;
    adopted = null;
    // The link goes back to 'alone' by the state's own rule (settleState), with the route.
  };

  const sync = (s: AppState, prev: AppState | null) => {
    const r = presenterRole(s);
    if (r !== role) {
      if (role) stop();
      if (r) start(r);
      return;
    }
    if (!r || !prev) return;
    const now = { step: stepOf(s), blank: s.blank };
    if (now.step === stepOf(prev) && now.blank === prev.blank) return;
    if (adopted && adopted.step === now.step && adopted.blank === now.blank) return;
    adopted = null;
    post({ kind: 'state', from: r, ...now });
  };

  sync(store.get(), null);
  const unsubscribe = store.subscribe((s, prev) => sync(s, prev));
  // A window closing or reloading says so; the other one shows it (the console) or goes on (the slide).
  const onPageHide = () => role && post({ kind: 'bye', from: role });
  const onPageShow = (e: PageTransitionEvent) => e.persisted && role && post({ kind: 'hello', from: role });
  addEventListener('pagehide', onPageHide);
  addEventListener('pageshow', onPageShow);
  return () => {
    unsubscribe();
    removeEventListener('pagehide', onPageHide);
    removeEventListener('pageshow', onPageShow);
    stop();
  };
}

/** The other window's step and black screen, taken over: the URL in place (no new history entry), the focus where it is. */
function adopt(
  store: Store<AppState>,
  url: Pick<Url, 'navigate'>,
  role: Role,
  state: { step: number; blank: boolean },
): void {
  if (store.get().blank !== state.blank) store.set({ blank: state.blank });
  if (stepOf(store.get()) === state.step) return;
  const route =
    role === 'slide'
      ? { kind: 'presenter' as const, step: state.step }
      : { kind: 'console' as const, step: state.step };
  url.navigate({ route }, { replace: true, focus: 'none' });
}

/** A message to the other window; a channel closed under us takes none. */
function safePost(channel: Channel | null, message: SyncMessage): void {
  try {
    channel?.postMessage(message);
  } catch {
    /* the channel closed under us */
  }
}
