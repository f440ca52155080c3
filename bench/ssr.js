// Part 4 of the benchmark: a server-rendered post (episode-elements/ssr). The HTML it writes, and
// what happens when the page's script runs: with the hydrate bundle the elements adopt the
// server's DOM; with the plain bundle (no hydration support) they replace it. Layout shift and the
// time until every element has rendered, per bundle.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { renderElement } from '../dist/ssr.js';

const OUT = 'bench/.out';
const STYLESHEETS = '/dist/cdn/';

/** A blog post: a full card, a paragraph with chips, a full storyline; each bundle in its own page. */
export async function writeSsrPages() {
  const card = await renderElement('episode-card', { episode: 's1e30', 'heading-level': 2 }, '', { stylesheets: STYLESHEETS });
  const chip = (id) => renderElement('character-chip', { character: id }, '', { stylesheets: STYLESHEETS });
  const thread = await renderElement('plot-thread', { thread: 'scarletts-voice' }, '', { stylesheets: STYLESHEETS });
  const body = `<main>${card}\n<p>Meanwhile ${await chip('kit')} reads the letter and ${await chip('scarlett')} loses her voice.</p>\n${thread}</main>`;
  mkdirSync(OUT, { recursive: true });
  const pages = {};
  for (const [name, bundle] of [
    ['hydrate', '/dist/cdn/episode-elements.hydrate.js'],
    ['plain', '/dist/cdn/episode-elements.js'],
  ]) {
    writeFileSync(
      `${OUT}/ssr-${name}.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title><link rel="icon" href="data:,">
<style>body { margin: 0; font: 16px/1.6 Georgia, serif } main { max-width: 44rem; margin: 0 auto; padding: 1rem }</style>
<script type="module" src="${bundle}"></script></head><body>${body}</body></html>`,
    );
    pages[name] = `/${OUT}/ssr-${name}.html`;
  }
  return { pages, card: { raw: Buffer.byteLength(card), gzip: gzipSync(card, { level: 9 }).length } };
}

/** One load: layout shift (CLS) and the time from navigation start until every element has rendered. */
async function ssrLoad(browser, url, viewport) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.setCacheEnabled(false);
  await page.evaluateOnNewDocument(() => {
    window.shifts = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.shifts += e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  const result = await page.evaluate(async () => {
    const tags = ['episode-card', 'character-chip', 'plot-thread'];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const all = (root) => [...root.querySelectorAll(tags.join())].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    while (all(document).some((el) => !el.hasUpdated || el.isUpdatePending)) await Promise.all(all(document).map((el) => el.updateComplete));
    const done = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { cls: window.shifts, done };
  });
  await page.close();
  return result;
}

/** `runs` loads of each page at each viewport: the worst layout shift and the median render time. */
export async function ssrBench(browser, origin, pages, runs) {
  const rows = [];
  for (const viewport of [
    { width: 1200, height: 900 },
    { width: 390, height: 844 },
  ]) {
    for (const [name, path] of Object.entries(pages)) {
      const loads = [];
      for (let i = 0; i < runs; i++) loads.push(await ssrLoad(browser, `${origin}${path}`, viewport));
      const times = loads.map((l) => l.done).sort((a, b) => a - b);
      rows.push({
        viewport: `${viewport.width}×${viewport.height}`,
        name,
        worstCls: Math.max(...loads.map((l) => l.cls)),
        medianDone: times[Math.floor(times.length / 2)],
      });
    }
  }
  return rows;
}
