#!/usr/bin/env node
// `npm run bench`: one run in Debian's headless Chromium that prints every figure side by side —
// load time against static HTML, layout shift and long tasks on the demo, heap after create/remove
// cycles, validation time against data size (in Node), bundle sizes, Lighthouse. BENCH_RUNS
// (default 20) and BENCH_SIZES (default 30,300,3000) shorten it while working; bench/RESULTS.md
// records a full run.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { CHROME, launchChromium } from '../scripts/chromium.js';
import { serveStatic } from '../scripts/serve-demo.js';
import { bundleSizes } from '../scripts/size.js';
import { demoHeap, demoLoad } from './demo.js';
import { lighthouseScores } from './lighthouse.js';
import { benchLoad } from './load.js';
import { budgetBreakdown, entrySizes } from './sizes.js';
import { scaleBench } from './scale.js';
import { ssrBench, writeSsrPages } from './ssr.js';
import { growthExponent } from './stats.js';
import { growth, validateBench } from './validate.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const SIZES = (process.env.BENCH_SIZES ?? '30,300,3000').split(',').map(Number);
const CYCLES = 1000;

if (!existsSync('dist/cdn/episode-elements.js')) throw new Error('dist/ is missing: run `npm run build` first (`npm run bench` does).');

const ms = (x) => `${x.toFixed(1)} ms`;
const kB = (x) => (Number.isNaN(x) ? '—' : `${(x / 1000).toFixed(1)} kB`);
const table = (head, rows) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
};

const browser = await launchChromium();
const { origin, stop } = await serveStatic('.', 0);
const version = await browser.version();
try {
  console.log(`# episode-elements benchmark\n`);
  console.log(
    `${new Date().toISOString().slice(0, 10)} · ${version} headless · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0].model.trim()} · ${Math.round(os.totalmem() / 2 ** 30)} GB\n`,
  );

  console.log(`## Load: N mixed elements vs the same content as static HTML (${RUNS} alternating loads each)\n`);
  const load = await benchLoad(browser, origin, SIZES, RUNS);
  const interval = ([lo, hi]) => `${lo.toFixed(1)}–${hi.toFixed(1)}`;
  const taskCell = (r, kind) => `${Math.round(r.longestTask[kind])} ms (worst ${Math.round(r.worstTask[kind])})`;
  console.log(
    table(
      ['N', 'elements median', '95% CI', 'static median', '95% CI', 'ratio', 'ratio 95% CI', 'longest task: elements', 'static'],
      load.map((r) => [
        r.n,
        ms(r.elements.median),
        interval(r.elements.interval),
        ms(r.static.median),
        interval(r.static.interval),
        r.ratio.toFixed(2),
        interval(r.interval),
        taskCell(r, 'elements'),
        taskCell(r, 'static'),
      ]),
    ),
  );
  const first = load[0].check;
  console.log("\nLongest task: the median over the loads of each load's longest task (0: none over 50 ms), and the worst load.");
  console.log(
    `Same content: at N = ${load[0].n} the two pages differ in ${first.differentPixels} pixels; heights ${load.map((r) => `${r.check.elementsHeight}/${r.check.staticHeight}`).join(', ')} px (elements/static).`,
  );
  if (load.length > 1) {
    const exponent = (kind) => growthExponent(load.map((r) => [r.n, r[kind].median]));
    const last = load.at(-1);
    const prev = load.at(-2);
    console.log(
      `Growth ${prev.n} → ${last.n} (×${last.n / prev.n}): elements ×${(last.elements.median / prev.elements.median).toFixed(1)}, static ×${(last.static.median / prev.static.median).toFixed(1)}; ` +
        `log-log slope over all N: elements ${exponent('elements').toFixed(2)}, static ${exponent('static').toFixed(2)} (1 = linear).`,
    );
  }

  const demoUrl = `${origin}/demo/`;
  console.log(`\n## Demo page (${demoUrl.replace(origin, '')})\n`);
  const wide = await demoLoad(browser, demoUrl, { width: 1200, height: 900 });
  const narrow = await demoLoad(browser, demoUrl, { width: 390, height: 844 });
  const shiftRow = (name, r) => [
    name,
    r.cls.toFixed(4),
    r.shiftedNodes.join(' ') || '—',
    r.longTasks.length,
    r.longTasks.length ? ms(Math.max(...r.longTasks)) : '—',
  ];
  console.log(table(['viewport', 'layout shift (CLS)', 'shifted', 'long tasks', 'longest'], [shiftRow('1200×900', wide), shiftRow('390×844', narrow)]));
  const heap = await demoHeap(browser, demoUrl, CYCLES);
  console.log(
    `\n${CYCLES} create/render/remove cycles of each element, then ${CYCLES} more (after 50 warm-up cycles; garbage collected before each reading):\n`,
  );
  const change = (a, b) => `${b - a >= 0 ? '+' : ''}${kB(b - a)}`;
  console.log(
    table(
      ['element', 'heap before', `after ${CYCLES}`, 'change', `change in the next ${CYCLES}`, 'DOM nodes before → after all', 'listeners before → after all'],
      heap.map(({ tag, before, after, again }) => [
        `<${tag}>`,
        kB(before.heap),
        kB(after.heap),
        change(before.heap, after.heap),
        change(after.heap, again.heap),
        `${before.nodes} → ${again.nodes}`,
        `${before.listeners} → ${again.listeners}`,
      ]),
    ),
  );

  console.log(`\n## A server-rendered post (episode-elements/ssr)\n`);
  const ssr = await writeSsrPages();
  console.log(
    `One full card as the server writes it: ${kB(ssr.card.raw)} of HTML, ${kB(ssr.card.gzip)} gzip (hydration markers included; its styles are linked).\n`,
  );
  const ssrRuns = Math.max(3, Math.round(RUNS / 4));
  const ssrRows = await ssrBench(browser, origin, ssr.pages, ssrRuns);
  console.log(
    table(
      ['viewport', 'script', 'what the elements do', `worst layout shift (${ssrRuns} loads)`, 'median time to all rendered'],
      ssrRows.map((r) => [
        r.viewport,
        r.name === 'hydrate' ? 'episode-elements.hydrate.js' : 'episode-elements.js',
        r.name === 'hydrate' ? 'adopt the server DOM' : 'replace it (no hydration support)',
        r.worstCls.toFixed(4),
        ms(r.medianDone),
      ]),
    ),
  );

  console.log(`\n## Scale: 1,000 chips in one paragraph, a cast of 10,000 (1280×800, median of 3 loads)\n`);
  const scale = await scaleBench(browser, origin, { chipCounts: [1000, 3000], castSizes: [10000], runs: 3 });
  console.log(
    table(
      ['page', 'N', 'all rendered', 'longest task', 'longest after the first paint', 'layout shift'],
      scale.map((r) => [r.name, r.n, ms(r.ms), ms(r.longest), ms(r.longestAfterPaint), r.shift.toFixed(4)]),
    ),
  );
  for (const r of scale.filter((row) => row.revealMs !== undefined)) {
    console.log(
      `\nCard with a cast of ${r.n.toLocaleString('en')}: "+500 more" clicked five times, 500 more members rendered in ${ms(r.revealMs)} a click; longest task meanwhile ${ms(r.longestInReveal)}.`,
    );
  }
  console.log('\nThe longest task includes the bundle, the data and the first screen (all of it renders before the first paint).');

  console.log(`\n## Validation, in Node: one storyline of N beats\n`);
  const validation = validateBench();
  console.log(
    table(
      ['beats', 'validateDataset()', 'register()'],
      validation.rows.map((r) => [r.beats, ms(r.validate), ms(r.register)]),
    ),
  );
  console.log(
    `\nGrowth per ×10 beats (linear: ×10): validateDataset() ${growth(validation.rows, 'validate').join(', ')}, register() ${growth(validation.rows, 'register').join(', ')}. ` +
      `register() of the bundled backstage.json: ${validation.bundled.toFixed(2)} ms.`,
  );

  console.log(`\n## Sizes\n`);
  const cdn = bundleSizes();
  const parts = await budgetBreakdown();
  console.log(table(['file', 'raw', 'gzip -9', 'brotli 11'], [[cdn.file, kB(cdn.raw), kB(cdn.gzip), kB(cdn.brotli)]]));
  console.log(
    `\nIts gzip bytes: lit ${kB(parts.lit)}, the Backstage dataset ${kB(parts.data)}, the rest (elements, catalog, validator, loading, JSON-LD, CSS) ${kB(parts.ours)}.\n`,
  );
  console.log('Imported from npm, bundled alone with lit external (each includes the catalog and the dataset):\n');
  console.log(
    table(
      ['entry', 'raw', 'gzip -9', 'brotli 11'],
      (await entrySizes()).map((r) => [r.name, kB(r.raw), kB(r.gzip), kB(r.brotli)]),
    ),
  );

  console.log(`\n## Lighthouse (demo page, default mobile throttling)\n`);
  if (existsSync('node_modules/.bin/lighthouse')) {
    const { scores, misses } = await lighthouseScores(demoUrl, CHROME);
    console.log(table(Object.keys(scores), [Object.values(scores)]));
    if (misses.length) console.log(`\nAudits short of full marks: ${misses.join('; ')}`);
  } else {
    console.log('lighthouse is not installed (npm ci installs it).');
  }
} finally {
  await browser.close();
  await stop();
}
