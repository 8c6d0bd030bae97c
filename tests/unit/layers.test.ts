// The layer rules of src/ are enforced by lint, not hoped for: these feed the
// real ESLint configuration files that break each rule, and expect it to say so.
// And every language in LANGS has its strings.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { LANGS } from '../../src/core/languages';
import { strings } from '../../src/i18n';

const eslint = new ESLint();
const messages = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => `${m.ruleId}: ${m.message}`);

describe('layer rules', () => {
  it('keep src/core pure: no UI, maps, strings or shell', async () => {
    for (const from of [
      '../ui/dom',
      '../render/maplibre/style',
      '../render/svg/svg-map-view',
      '../render/map-view',
      '../i18n',
      '../app/url',
      '../app/map/controller',
    ]) {
      expect(
        (await messages('src/core/probe.ts', `import { x } from '${from}';\nexport const y = x;\n`)).join(),
      ).toMatch(/no-restricted-imports/);
    }
    expect(
      await messages('src/core/probe.ts', "import { bounds } from './geometry';\nexport const y = bounds;\n"),
    ).toEqual([]);
  });

  it('let only src/render/maplibre import maplibre-gl', async () => {
    const code = "import { Map } from 'maplibre-gl';\nexport const y = Map;\n";
    for (const file of ['src/ui/probe.ts', 'src/app/probe.ts', 'src/render/svg/probe.ts', 'src/render/probe.ts']) {
      expect((await messages(file, code)).join(), file).toMatch(/Only src\/render\/maplibre\/ may import maplibre-gl/);
    }
    expect(await messages('src/render/maplibre/probe.ts', code)).toEqual([]);
  });

  it('keep the two maps apart: each draws from core, never from the other, the UI or the shell', async () => {
    const refused = async (file: string, from: string) =>
      expect(
        (await messages(file, `import { x } from '${from}';\nexport const y = x;\n`)).join(),
        `${file} ← ${from}`,
      ).toMatch(/no-restricted-imports/);
    for (const from of ['../svg/svg-draw', '../../ui/panel', '../../app/map/controller'])
      await refused('src/render/maplibre/probe.ts', from);
    for (const from of ['../maplibre/style', '../../ui/panel', '../../app/url'])
      await refused('src/render/svg/probe.ts', from);
    // What both may use: core, the map seam, and (the SVG map) the DOM helpers.
    expect(
      await messages(
        'src/render/maplibre/probe.ts',
        "import { MAP_PAINT } from '../../core/map-paint';\nexport const y = MAP_PAINT;\n",
      ),
    ).toEqual([]);
    expect(
      await messages('src/render/svg/probe.ts', "import { svg } from '../../ui/dom';\nexport const y = svg;\n"),
    ).toEqual([]);
  });

  it('keep the UI and the SVG map off the shell and off the WebGL map', async () => {
    for (const [file, up] of [
      ['src/ui/probe.ts', '..'],
      ['src/render/svg/probe.ts', '../..'],
    ] as const) {
      for (const from of [`${up}/app/url`, `${up}/render/maplibre/style`, `${up}/main`]) {
        expect(
          (await messages(file, `import { x } from '${from}';\nexport const y = x;\n`)).join(),
          `${file} ← ${from}`,
        ).toMatch(/no-restricted-imports/);
      }
      expect(
        await messages(file, `import { COLOURS } from '${up}/core/colours';\nexport const y = COLOURS;\n`),
      ).toEqual([]);
    }
  });

  it('refuse data as HTML', async () => {
    const code = 'export function f(el: HTMLElement, s: string) {\n  el.innerHTML = s;\n}\n';
    expect((await messages('src/ui/probe.ts', code)).join()).toMatch(/no-unsanitized\/property/);
  });
});

describe('languages', () => {
  it('have a strings file each, with their own locale', () => {
    for (const lang of LANGS) {
      expect(strings[lang].locale.startsWith(lang)).toBe(true);
      expect(Object.keys(strings[lang]).sort()).toEqual(Object.keys(strings.nl).sort());
    }
  });
});
