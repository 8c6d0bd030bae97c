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
  it('keep src/core pure: no UI, map, fallback, strings or shell', async () => {
    for (const from of ['../ui/dom', '../map/style', '../fallback/svg-map-view', '../i18n', '../app/url', '../map-view']) {
      expect((await messages('src/core/probe.ts', `import { x } from '${from}';\nexport const y = x;\n`)).join()).toMatch(/no-restricted-imports/);
    }
    expect(await messages('src/core/probe.ts', "import { bounds } from './geometry';\nexport const y = bounds;\n")).toEqual([]);
  });

  it('let only src/map import maplibre-gl', async () => {
    const code = "import { Map } from 'maplibre-gl';\nexport const y = Map;\n";
    expect((await messages('src/ui/probe.ts', code)).join()).toMatch(/Only src\/map\/ may import maplibre-gl/);
    expect((await messages('src/app/probe.ts', code)).join()).toMatch(/Only src\/map\/ may import maplibre-gl/);
    expect(await messages('src/map/probe.ts', code)).toEqual([]);
  });

  it('keep the UI and the SVG map off the shell and off the WebGL map', async () => {
    for (const file of ['src/ui/probe.ts', 'src/fallback/probe.ts']) {
      for (const from of ['../app/url', '../map/style', '../main']) {
        expect((await messages(file, `import { x } from '${from}';\nexport const y = x;\n`)).join(), `${file} ← ${from}`).toMatch(/no-restricted-imports/);
      }
      expect(await messages(file, "import { COLOURS } from '../core/colours';\nexport const y = COLOURS;\n")).toEqual([]);
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
