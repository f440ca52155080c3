// Part of `npm run bench`. Scale: pages and datasets far larger than a blog post, timed in Chromium: chips in
// one paragraph against the same chips each in its own paragraph, and a card whose episode has
// 10,000 characters. Prints time to fully rendered, the longest task after the first paint, and
// layout shift.
import { writeFileSync } from 'node:fs';

const OUT = 'bench/.out';

/** Installed before any script: long tasks, layout shifts and the first paint. */
const WATCH = `<script>
  window.benchLongTasks = []; window.benchShift = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) benchLongTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) benchShift += e.value; }).observe({ type: 'layout-shift', buffered: true });
</script>`;

const DONE = `<script type="module">
  const tags = ['episode-card', 'character-chip', 'plot-thread'];
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  const all = (root) => [...root.querySelectorAll(tags.join())].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  // Until every element, at any depth, has rendered (a card may add its chips in later tasks).
  for (;;) {
    const pending = all(document).filter((el) => !el.hasUpdated);
    if (!pending.length) break;
    await Promise.all(pending.map((el) => el.updateComplete));
  }
  document.body.offsetHeight;
  window.benchDone = performance.now();
</script>`;

const page = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>scale</title>
<meta name="viewport" content="width=device-width, initial-scale=1">${WATCH}
<style>body { margin: 0; font: 16px/1.6 Georgia, serif } main { max-width: 44rem; margin: 0 auto; padding: 1rem }</style>
${head}</head><body><main>${body}</main>${DONE}</body></html>`;

const chips = (n, each) => Array.from({ length: n }, () => each('<character-chip character="kit"></character-chip>')).join('\n');

export const scalePages = {
  'chips in one paragraph': (n) => `<p>Scene:\n${chips(n, (c) => c)}</p>`,
  'chips each in a paragraph': (n) => chips(n, (c) => `<p>${c}</p>`),
};

/** A dataset with one episode of `n` characters, each in one beat of one storyline, as a page block. */
export function bigCastDataset(n) {
  const characters = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `Person ${i}`, description: `Person number ${i}.` }));
  return {
    formatVersion: 1,
    series: [{ id: 'big', title: 'Big Cast' }],
    episodes: [{ id: 'big-e1', series: 'big', season: 1, number: 1, title: 'Everyone', logline: 'Everybody turns up.' }],
    characters,
    groups: [],
    threads: [
      { id: 't', title: 'The crowd', premise: 'A crowd.', characters: characters.map((c) => c.id), beats: ['b'], outcome: 'It disperses.', status: 'resolved' },
    ],
    beats: [{ id: 'b', episode: 'big-e1', summary: 'Everyone arrives.', characters: characters.map((c) => c.id), threads: ['t'] }],
    relationships: [],
  };
}

const bigCardPage = (n, bundle) =>
  page(
    `<script type="application/json" data-episode-elements>${JSON.stringify(bigCastDataset(n))}</script><script type="module" blocking="render" src="${bundle}"></script>`,
    `<episode-card episode="big-e1"></episode-card>`,
  );

async function measure(browser, url, viewport, reveal = false) {
  const tab = await browser.newPage();
  await tab.setViewport(viewport);
  await tab.goto(url, { waitUntil: 'load', timeout: 300_000 });
  await tab.waitForFunction('window.benchDone !== undefined', { timeout: 300_000, polling: 200 });
  // The paint entry may be reported a moment after the page is done.
  await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, { timeout: 10_000 });
  const result = await tab.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0].startTime;
    const after = window.benchLongTasks.filter(([start]) => start >= paint).map(([, d]) => d);
    const all = window.benchLongTasks.map(([, d]) => d);
    return { ms: window.benchDone, paint, longestAfterPaint: Math.max(0, ...after), longest: Math.max(0, ...all), shift: window.benchShift };
  });
  if (reveal) {
    // The reader asks for more, five times: time until each 500 are there, and the longest task meanwhile.
    Object.assign(
      result,
      await tab.evaluate(async () => {
        const card = document.querySelector('episode-card');
        const members = () => card.shadowRoot.querySelectorAll('[part~="cast-member"]').length;
        const start = performance.now();
        for (let click = 1; click <= 5; click++) {
          card.shadowRoot.querySelector('[part~="more"][aria-controls="cast"]').click();
          while (members() < 24 + 500 * click) await new Promise((resolve) => setTimeout(resolve, 10));
        }
        const revealMs = (performance.now() - start) / 5;
        await new Promise((resolve) => setTimeout(resolve, 100)); // the last long-task entries
        return { revealMs, longestInReveal: Math.max(0, ...window.benchLongTasks.filter(([t]) => t >= start).map(([, d]) => d)) };
      }),
    );
  }
  await tab.close();
  return result;
}

/** Runs each page `runs` times (alternating) and returns the median figures of each. */
export async function scaleBench(browser, origin, { chipCounts = [1000], castSizes = [10000], runs = 3, bundle = '/dist/cdn/episode-elements.js' } = {}) {
  const rows = [];
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const run = async (name, n, html, reveal) => {
    const file = `${OUT}/scale-${name.replaceAll(' ', '-')}-${n}.html`;
    writeFileSync(file, html);
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await measure(browser, `${origin}/${file}`, { width: 1280, height: 800 }, reveal));
    const pick = (key) => median(results.map((r) => r[key]));
    const row = { name, n, ms: pick('ms'), longestAfterPaint: pick('longestAfterPaint'), longest: pick('longest'), shift: pick('shift') };
    if (reveal) Object.assign(row, { revealMs: pick('revealMs'), longestInReveal: pick('longestInReveal') });
    rows.push(row);
  };
  for (const n of chipCounts)
    for (const [name, body] of Object.entries(scalePages))
      await run(name, n, page(`<script type="module" blocking="render" src="${bundle}"></script>`, body(n)));
  for (const n of castSizes) await run('card with a cast of', n, bigCardPage(n, bundle), true);
  return rows;
}
