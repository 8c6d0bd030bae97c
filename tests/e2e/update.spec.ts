// An update across two real builds. A is this build (dist/); B is built here from
// a copy of the same source with a new byte in one data file and one changed
// sentence. One origin serves A, then B. The page that runs A is offered B
// ("Er is een nieuwe versie. Vernieuwen"), keeps running A with A's data until
// the user accepts, and then runs B with B's data: never A's code with B's data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useApp } from './support/fixture';
import { serveStatic } from '../../scripts/bench/static-server.mjs';
import { scaled } from './support/timeouts';

const newApp = useApp();
const MARK = ' (versie B)';
let work = '';
let served = '';
let server: { url: string; close(): Promise<void> };

const version = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
/** Replaces what the server serves with another build, as a deployment does. */
function serve(dir: string) {
  rmSync(served, { recursive: true, force: true });
  cpSync(dir, served, { recursive: true });
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'gbo-update-'));
  const b = path.join(work, 'b');
  for (const f of ['index.html', 'vite.config.ts', 'package.json', 'tsconfig.json', 'src', 'data', 'public'])
    cpSync(f, path.join(b, f), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(b, 'node_modules'), 'dir');
  // B's data: the same surroundings with one more byte (JSON ignores it; its digest does not).
  writeFileSync(
    path.join(b, 'public/geo/context.topo.json'),
    `${readFileSync('public/geo/context.topo.json', 'utf8')}\n`,
  );
  // B's code: one sentence the test can see.
  const nl = path.join(b, 'src/i18n/strings/nl.ts');
  writeFileSync(
    nl,
    readFileSync(nl, 'utf8').replace(
      "offlineReady: 'Klaar voor offline gebruik",
      `offlineReady: 'Klaar voor offline gebruik${MARK}`,
    ),
  );
  // NODE_ENV: the test runner's "test" would make B a development build (no offline copy).
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', 'dist-b'], {
    cwd: b,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (built.status !== 0) throw new Error(`building B failed: ${built.stderr}`);
  served = path.join(work, 'served');
  serve('dist');
  server = await serveStatic(served);
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('an update', () => {
  it('is offered to a page of the old version, and taken only when accepted, code and data together', async () => {
    const app = await newApp({ serviceWorkers: 'allow', origin: server.url });
    const asked: string[] = [];
    app.page.on('request', (r) => {
      if (r.url().includes('context.topo.json')) asked.push(new URL(r.url()).searchParams.get('v') ?? '');
    });
    const script = () =>
      app.page.evaluate(() =>
        document.querySelector<HTMLScriptElement>('script[type=module]')!.src.replace(location.origin, ''),
      );
    await app.open('#/');
    await app.mapIdle({ withSurroundings: true });
    await app.page
      .locator('#offline-status', { hasText: 'Klaar voor offline gebruik' })
      .waitFor({ timeout: scaled(60_000) });
    const codeA = await script();
    const dataA = version('public/geo/context.topo.json');
    const dataB = version(path.join(work, 'b/public/geo/context.topo.json'));
    expect(dataB).not.toBe(dataA);

    // B is deployed; the open page is reloaded (or visited again): its worker serves A,
    // finds B, and the page offers it. Until then it runs A with A's data.
    serve(path.join(work, 'b/dist-b'));
    asked.length = 0;
    await app.page.reload();
    await app.mapIdle({ withSurroundings: true });
    const offer = app.page.locator('.update-notice');
    await offer.waitFor({ timeout: scaled(60_000) });
    expect(await offer.textContent()).toContain('Er is een nieuwe versie.');
    expect(await script()).toBe(codeA);
    expect(asked).toEqual([dataA]);
    expect(await app.page.locator('#offline-status').textContent()).not.toContain(MARK);

    // Accepted: the page reloads into B, code and data.
    asked.length = 0;
    await offer.getByRole('button').click();
    await app.page.locator('#offline-status', { hasText: MARK.trim() }).waitFor({ timeout: scaled(60_000) });
    expect(await script()).not.toBe(codeA);
    await app.mapIdle({ withSurroundings: true });
    expect(asked).toEqual([dataB]);
    expect(await app.page.getByRole('alert').count()).toBe(0);
  });
});
