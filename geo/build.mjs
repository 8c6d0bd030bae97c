// `npm run geo`: rebuild public/geo/ from ../shared/geo-sources (or $GBO_GEO_SOURCES).
// `npm run geo -- --check`: rebuild in memory and fail if the committed files differ.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { runPipeline, serialize } from './pipeline.mjs';
import { SOURCES_DIR, OUT_DIR, BUDGET_BASE_GZ, BUDGET_PLACES_GZ, BUDGET_CONTEXT_GZ } from './config.mjs';

/** @type {Record<string, number>} */
const BUDGETS = {
  'base.topo.json': BUDGET_BASE_GZ,
  'places.json': BUDGET_PLACES_GZ,
  'context.topo.json': BUDGET_CONTEXT_GZ,
};
const check = process.argv.includes('--check');

if (!existsSync(path.join(SOURCES_DIR, 'boundaries'))) {
  console.error(`geo: no sources at ${SOURCES_DIR} (set GBO_GEO_SOURCES to the geo-sources folder)`);
  process.exit(1);
}

const outputs = await runPipeline(SOURCES_DIR);
let failed = false;
await mkdir(OUT_DIR, { recursive: true });
for (const [name, value] of Object.entries(outputs)) {
  const text = serialize(value);
  const file = path.join(OUT_DIR, name);
  const gz = gzipSync(text, { level: 9 }).length;
  const budget = BUDGETS[name] ?? 0;
  const over = gz > budget;
  failed ||= over;
  console.log(
    `${name}: ${(text.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped` +
      ` (budget ${budget / 1024} KB)${over ? '  OVER BUDGET' : ''}`,
  );
  if (check) {
    const committed = existsSync(file) ? await readFile(file, 'utf8') : '';
    if (committed !== text) {
      console.error(
        `geo --check: ${path.relative(process.cwd(), file)} differs from what the pipeline produces; run npm run geo and commit`,
      );
      failed = true;
    }
  } else {
    await writeFile(file, text);
  }
}
process.exit(failed ? 1 : 0);
