// A few WebDriver (classic, HTTP) commands, enough to drive WebKitGTK's
// MiniBrowser through WebKitWebDriver under a virtual X server: the engine of
// Safari and every iPhone browser. No client library: fetch and JSON.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const MINIBROWSER =
  [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ].find((p) => existsSync(p)) ?? null;
export const WEBKIT_AVAILABLE =
  MINIBROWSER !== null && existsSync('/usr/bin/WebKitWebDriver') && existsSync('/usr/bin/xvfb-run');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export interface WebKitSession {
  go(url: string): Promise<void>;
  run<T>(script: string, ...args: unknown[]): Promise<T>;
  /** A WebDriver command on this session (`path` after /session/{id}). */
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
  /** The WebDriver id of the first element a CSS selector finds. */
  find(selector: string): Promise<string>;
  /** Performs WebDriver input actions (real pointer and key input), then releases them. */
  actions(sources: unknown[]): Promise<void>;
  /** Polls a script until it returns something truthy; fails naming `what`. */
  until<T>(script: string, what: string, timeoutMs?: number): Promise<T>;
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

export async function startWebKit(width: number, height: number): Promise<WebKitSession> {
  const port = await freePort();
  const driver: ChildProcess = spawn(
    'xvfb-run',
    ['-a', '-s', `-screen 0 ${width}x${height + 100}x24`, 'WebKitWebDriver', `--port=${port}`],
    { stdio: 'ignore', detached: true },
  );
  const base = `http://127.0.0.1:${port}`;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await r.json()) as { value: T };
    if (!r.ok) throw new Error(`WebDriver ${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await call('GET', '/status');
      break;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not start on port ${port}: ${String(e)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const { sessionId } = await call<{ sessionId: string }>('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    },
  });
  const s = `/session/${sessionId}`;
  await call('POST', `${s}/window/rect`, { width, height });
  const run = <T>(script: string, ...args: unknown[]) => call<T>('POST', `${s}/execute/sync`, { script, args });
  const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
  return {
    go: async (url) => {
      await call('POST', `${s}/url`, { url });
    },
    run,
    call: (method, path, body) => call(method, `${s}${path}`, body),
    find: async (selector) =>
      (await call<Record<string, string>>('POST', `${s}/element`, { using: 'css selector', value: selector }))[
        ELEMENT
      ]!,
    async actions(sources) {
      await call('POST', `${s}/actions`, { actions: sources });
      await call('DELETE', `${s}/actions`);
    },
    async until<T>(script: string, what: string, timeoutMs = 30_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const v = await run<T>(script);
        if (v) return v;
        if (Date.now() > end) throw new Error(`WebKit: timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    screenshot: async () => Buffer.from(await call<string>('GET', `${s}/screenshot`), 'base64'),
    async close() {
      await call('DELETE', s).catch(() => undefined);
      try {
        process.kill(-driver.pid!, 'SIGTERM');
      } catch {
        /* gone */
      }
    },
  };
}
