// Hydration whatever order a bundler runs the code in. A site where one page imports
// episode-elements/hydrate.js and another episode-elements/episode-card.js (as with Astro): the
// bundler (Vite here, as Astro uses) puts lit and the element definitions in a chunk both share,
// and that chunk runs before the hydration support. The server-rendered elements must still be
// adopted, once each.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'vite';
import { renderElement } from '../../dist/ssr.js';
import { OUT, STYLESHEETS, loadAndCheckAdopted, open, withPackageAndBrowser, writePage } from './ssr-pages.js';

const APP = `${OUT}/vite-app`;
const BASE = `/${APP}/dist/`;

describe('hydration when a bundler runs the definitions first (shared chunk)', () => {
  let entry;
  const env = withPackageAndBrowser(async () => {
    rmSync(APP, { recursive: true, force: true });
    mkdirSync(`${APP}/node_modules`, { recursive: true });
    symlinkSync(resolve('.'), `${APP}/node_modules/episode-elements`, 'dir'); // the package, as installed
    writeFileSync(`${APP}/post.js`, "import 'episode-elements/hydrate.js';\n");
    writeFileSync(`${APP}/about.js`, "import 'episode-elements/episode-card.js';\n");
    for (const page of ['post', 'about']) writeFileSync(`${APP}/${page}.html`, `<!doctype html><script type="module" src="./${page}.js"></script>`);
    await build({
      root: APP,
      base: BASE,
      logLevel: 'warn',
      configFile: false,
      build: { outDir: 'dist', emptyOutDir: true, minify: false, rollupOptions: { input: { post: `${APP}/post.html`, about: `${APP}/about.html` } } },
    });
    entry = readFileSync(`${APP}/dist/post.html`, 'utf8').match(/<script type="module" crossorigin src="([^"]+)"/)[1];
  });

  it('reproduces the order: the post’s entry imports a shared chunk that defines the elements, then runs the hydration support', () => {
    const code = readFileSync(`${APP}/dist/${entry.slice(BASE.length)}`, 'utf8');
    const shared = code.match(/^import\s*(?:\{[^}]*\}\s*from\s*)?["']\.\/([^"']+)["']/m)?.[1];
    assert.ok(shared, 'the entry starts with an import of a shared chunk');
    assert.match(readFileSync(`${APP}/dist/assets/${shared}`, 'utf8'), /customElements\.define/);
    assert.match(code, /litElementHydrateSupport/, 'the hydration support is in the entry, after that import');
  });

  it('adopts every server-rendered element once, with nothing moved and nothing logged', async () => {
    const body = `${await renderElement('episode-card', { episode: 's1e30' }, '', { stylesheets: STYLESHEETS })}
      <p>Meanwhile ${await renderElement('character-chip', { character: 'kit' }, '', { stylesheets: STYLESHEETS })} reads the letter.</p>`;
    const { page, problems } = await open(env.browser, `${env.origin}/${writePage('ssr-shared-chunk.html', body)}`);
    await loadAndCheckAdopted(page, entry);
    assert.equal(await page.evaluate(() => document.querySelector('character-chip').shadowRoot.textContent.trim()), 'KKit');
    const beats = await page.evaluate(async () => {
      const card = document.querySelector('episode-card');
      card.shadowRoot.querySelector('[part="spoiler-toggle"]').click();
      await card.updateComplete;
      return card.shadowRoot.querySelectorAll('[part="beat"]').length;
    });
    assert.equal(beats, 35, 'interactive');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
