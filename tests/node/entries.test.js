// The npm entries with and without the bundled data, bundled as an app's bundler would (esbuild,
// honouring package.json's sideEffects): each with-data entry carries the Backstage dataset, each
// no-data entry none of it, and the catalog alone pulls in no Lit. Run after `npm run build`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundleAlone, ENTRIES } from '../../scripts/entry-sizes.js';

/** The minified bundle of `contents` as text (imports relative to the repository root). */
const bundle = async (contents) => new TextDecoder().decode(await bundleAlone(contents));
const DATA = 'Backstage'; // the series title, in the dataset only
/** The element entries' with-data and no-data files (the API entry has its own test below). */
const PAIRS = ENTRIES.filter(([, , , use]) => !use).map(([name, withData, noData]) => [name.split(' ')[0], withData, noData]);

describe('npm entries with and without the bundled data', () => {
  for (const [name, withData, noData] of PAIRS) {
    it(`${name}: the entry carries the dataset, no-data/ does not`, async () => {
      assert.ok((await bundle(`import './${withData}';`)).includes(DATA), withData);
      assert.ok(!(await bundle(`import './${noData}';`)).includes(DATA), noData);
    });
  }

  it('the catalog alone: with the dataset from the main entry (its import is kept), without from no-data, and no Lit either way', async () => {
    const main = await bundle(`import { catalog } from './dist/index.js'; console.log(catalog);`);
    const bare = await bundle(`import { catalog } from './dist/no-data/index.js'; console.log(catalog);`);
    assert.ok(main.includes(DATA));
    assert.ok(!bare.includes(DATA));
    for (const code of [main, bare]) assert.ok(!/lit-html|ReactiveElement|LitElement/.test(code));
  });

  it('backstage.js registers the dataset on its own', async () => {
    assert.ok((await bundle(`import './dist/data/bundled.js';`)).includes(DATA));
  });
});
