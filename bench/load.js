// Part 1 of the benchmark: N mixed elements against the same content as static HTML, loaded
// alternately in one Chromium, timed from navigation start until rendered and laid out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { elementsPage, flattenInPage, staticPage } from './pages.js';
import { median, medianInterval, ratioOfMedians } from './stats.js';

const OUT = 'bench/.out';

/** Collects long tasks from the page's first moment (the observer is installed before any script). */
const WATCH_LONG_TASKS = () => {
  window.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchLongTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
};

/** Loads a page and returns its own stamp (ms since navigation start) and its long tasks. */
async function load(page, url) {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction('window.benchDone !== undefined', { timeout: 120_000 });
  const { ms, longTasks, unrendered } = await page.evaluate(() => ({
    ms: window.benchDone,
    longTasks: window.benchLongTasks,
    unrendered: window.benchUnrendered,
  }));
  if (unrendered) throw new Error(`${url}: ${unrendered} elements had not rendered when the page stamped its time`);
  return { ms, longTasks };
}

/**
 * Renders the elements page once and writes the static page from its output; checks that both
 * lay out to the same height and, when `comparePixels`, that their screenshots match.
 */
async function makeStaticPage(page, origin, n, comparePixels) {
  writeFileSync(`${OUT}/elements-${n}.html`, elementsPage(n, '/dist/cdn/episode-elements.js'));
  await load(page, `${origin}/${OUT}/elements-${n}.html`);
  const { body, css } = await page.evaluate(flattenInPage);
  const elementsHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  const shotA = comparePixels ? await page.screenshot({ fullPage: true, encoding: 'base64' }) : null;
  writeFileSync(`${OUT}/static-${n}.html`, staticPage(body, css));
  await load(page, `${origin}/${OUT}/static-${n}.html`);
  const staticHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  const check = { elementsHeight, staticHeight };
  if (comparePixels) {
    const shotB = await page.screenshot({ fullPage: true, encoding: 'base64' });
    check.differentPixels = await page.evaluate(countDifferentPixels, shotA, shotB);
  }
  return check;
}

/** Runs in a page: decodes two PNGs (base64) and counts the pixels that differ. */
async function countDifferentPixels(a, b) {
  const decode = async (png) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, bitmap.width, bitmap.height);
  };
  const [x, y] = await Promise.all([decode(a), decode(b)]);
  if (x.width !== y.width || x.height !== y.height) return `sizes differ: ${x.width}×${x.height} vs ${y.width}×${y.height}`;
  let different = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2]) different++;
  }
  return different;
}

/** For each N: `runs` alternating loads of both pages; medians, intervals, ratio, long tasks. */
export async function benchLoad(browser, origin, sizes, runs) {
  mkdirSync(OUT, { recursive: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.setCacheEnabled(false);
  await page.evaluateOnNewDocument(WATCH_LONG_TASKS);
  const results = [];
  for (const n of sizes) {
    const check = await makeStaticPage(page, origin, n, n === sizes[0]);
    const times = { elements: [], static: [] };
    const longest = { elements: [], static: [] };
    for (let i = 0; i < runs; i++) {
      for (const kind of i % 2 ? ['static', 'elements'] : ['elements', 'static']) {
        const { ms, longTasks } = await load(page, `${origin}/${OUT}/${kind}-${n}.html`);
        times[kind].push(ms);
        longest[kind].push(Math.max(0, ...longTasks));
      }
    }
    results.push({
      n,
      check,
      elements: { median: median(times.elements), interval: medianInterval(times.elements) },
      static: { median: median(times.static), interval: medianInterval(times.static) },
      ...ratioOfMedians(times.elements, times.static),
      longestTask: { elements: median(longest.elements), static: median(longest.static) },
      worstTask: { elements: Math.max(...longest.elements), static: Math.max(...longest.static) },
    });
  }
  await page.close();
  return results;
}
