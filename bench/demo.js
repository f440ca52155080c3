// Part 2 of the benchmark: the demo page as a reader gets it. Layout shift and long tasks while
// it loads, then the JS heap and DOM counters around 1,000 create/remove cycles of each element.

const WATCH_SHIFTS_AND_TASKS = () => {
  window.benchShifts = [];
  window.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.benchShifts.push({ value: entry.value, sources: entry.sources?.map((s) => s.node?.nodeName ?? '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchLongTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
};

/** Waits until every element on the page has rendered and two frames have been painted. */
const SETTLED = async () => {
  const tags = ['episode-card', 'character-chip', 'plot-thread'];
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  await Promise.all([...document.querySelectorAll(tags.join())].map((el) => el.updateComplete));
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
};

/** Layout shift (CLS, summed as the observer reports it) and long tasks of one demo load. */
export async function demoLoad(browser, url, viewport) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.setCacheEnabled(false);
  await page.evaluateOnNewDocument(WATCH_SHIFTS_AND_TASKS);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(SETTLED);
  const result = await page.evaluate(() => ({ shifts: window.benchShifts, longTasks: window.benchLongTasks }));
  await page.close();
  return {
    cls: result.shifts.reduce((sum, s) => sum + s.value, 0),
    shiftedNodes: [...new Set(result.shifts.flatMap((s) => s.sources ?? []))],
    longTasks: result.longTasks,
  };
}

/** Runs in the page: `count` times, create one element, render it in its busiest state, remove it. */
async function cycle(tag, count) {
  const states = {
    'episode-card': (el) => Object.assign(el, { episode: 's1e30', spoilers: true }),
    'character-chip': (el) => Object.assign(el, { character: 'kit', spoilers: true, open: true }),
    'plot-thread': (el) => Object.assign(el, { thread: 'kits-letter', variant: 'compact', expanded: true, spoilers: true }),
  };
  const host = document.querySelector('main') ?? document.body;
  for (let i = 0; i < count; i++) {
    const el = states[tag](document.createElement(tag));
    host.append(el);
    await el.updateComplete;
    el.remove();
  }
}

/** JS heap and DOM counters before, after `count` cycles of each element (after a warm-up), and after `count` more. */
export async function demoHeap(browser, url, count) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(SETTLED);
  const cdp = await page.createCDPSession();
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { heap: usedSize, nodes, listeners: jsEventListeners };
  };
  const rows = [];
  for (const tag of ['episode-card', 'character-chip', 'plot-thread']) {
    await page.evaluate(cycle, tag, 50); // warm-up: compiled code, template caches, style sheets
    const before = await measure();
    await page.evaluate(cycle, tag, count);
    const after = await measure();
    // A leak keeps growing with every cycle; warm-up effects (optimised code) do not.
    await page.evaluate(cycle, tag, count);
    const again = await measure();
    rows.push({ tag, before, after, again });
  }
  await page.close();
  return rows;
}
