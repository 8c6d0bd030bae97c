// The data files' versions: the app checks the bytes it fetched against the digest
// the build computed, and names a file of another version.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { checkedJson, DataVersionError } from '../../src/data-source';
import { geoVersions } from '../../vite.config';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('versioned data', () => {
  it('reads a file whose bytes are the version the build expects', async () => {
    const text = '{"a":[1,2]}';
    expect(await checkedJson(bytes(text), sha(text), 'geo/x.json')).toEqual({ a: [1, 2] });
  });

  it('names a file of another version, and a file that is no JSON', async () => {
    const old = '{"a":[1]}';
    await expect(checkedJson(bytes(old), sha('{"a":[1,2]}'), 'geo/base.topo.json')).rejects.toThrow(DataVersionError);
    await expect(checkedJson(bytes(old), sha('{"a":[1,2]}'), 'geo/base.topo.json')).rejects.toMatchObject({
      file: 'geo/base.topo.json',
    });
    await expect(checkedJson(bytes('{oops'), sha('{oops'), 'geo/places.json')).rejects.toThrow(
      'geo/places.json: not valid JSON',
    );
  });

  it('gives every committed data file its digest', () => {
    const versions = geoVersions();
    for (const file of ['base.topo.json', 'context.topo.json', 'places.json'] as const) {
      expect(versions[file]).toBe(
        createHash('sha256')
          .update(readFileSync(`public/geo/${file}`))
          .digest('hex'),
      );
    }
  });
});
