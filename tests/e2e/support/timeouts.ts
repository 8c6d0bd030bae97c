// How long a browser test may wait, scaled to the machine: the timeouts were set
// on an idle 2-core machine; fewer cores, or a machine already busy when the suite
// starts (load average per core, as on a shared CI runner), scale them up, to at
// most 4×. TEST_TIME_SCALE sets the factor by hand. Waiting is never a fixed sleep:
// every wait is for something the app says or the user would see, and a wait
// that runs out names what it waited for (`named`).
import os from 'node:os';

const cores = Math.max(1, os.cpus().length);
const busy = Math.min(1, (os.loadavg()[0] ?? 0) / cores);
export const TIME_SCALE = Number(process.env.TEST_TIME_SCALE) || Math.min(4, Math.max(1, 2 / cores) * (1 + busy));

/** A timeout in ms, scaled to the machine. */
export const scaled = (ms: number): number => Math.round(ms * TIME_SCALE);

/** Awaits `wait`; if it fails (a timeout), the error says what was awaited. */
export async function named<T>(what: string, wait: Promise<T>): Promise<T> {
  try {
    return await wait;
  } catch (e) {
    throw new Error(`waiting for ${what}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}
