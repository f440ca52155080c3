// The layers of src/: the data format (src/data/) is at the bottom and imports nothing from the
// elements' side (src/shared/, the element folders), so the validator, the CLI and the JSON-LD can
// change or ship without them. Read from the sources: a type-only import counts too.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

/** Every module specifier in `source`: static imports and re-exports, `import()` and `import type`. */
const specifiers = (source) => [...source.matchAll(/\b(?:from|import)\s*\(?\s*(['"])([^'"]+)\1/g)].map((m) => m[2]);

/** What a module under src/data/ may import from outside it (the version stamp, the bundled data). */
const ALLOWED = new Set(['src/version.ts', 'src/version.js', 'data/backstage.json']);

describe('src/data/ stands alone', () => {
  it('imports only from src/data/, the version stamp, the bundled data and packages', () => {
    const files = readdirSync('src/data', { recursive: true }).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > 5, 'found the data modules');
    const outside = [];
    for (const file of files) {
      const path = join('src/data', file);
      for (const spec of specifiers(readFileSync(path, 'utf8'))) {
        if (!spec.startsWith('.')) continue; // a package (none today)
        const target = relative('.', resolve(dirname(path), spec)).replaceAll('\\', '/');
        if (!target.startsWith('src/data/') && !ALLOWED.has(target)) outside.push(`${path} imports ${spec}`);
      }
    }
    assert.deepEqual(outside, []);
  });
});
