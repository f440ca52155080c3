// Pages for the server-rendering tests: written to tests/.out/, served from the package root (so
// /dist/cdn/ holds the bundles and the stylesheets), and loaded in Debian's Chromium with what a
// reader's browser would report: console errors and warnings, uncaught errors, Content-Security-
// Policy violations (from the browser's own log, which also works with JavaScript off) and layout
// shifts.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { launchChromium } from '../../scripts/chromium.js';
import { serveStatic } from '../../scripts/serve-demo.js';

export const OUT = 'tests/.out';
/** Where the built stylesheets are served; what the tests pass as renderElement's `stylesheets`. */
export const STYLESHEETS = '/dist/cdn/';
export const HYDRATE_BUNDLE = '/dist/cdn/episode-elements.hydrate.js';
export const PLAIN_BUNDLE = '/dist/cdn/episode-elements.js';
/** The README's strict policy, sent for pages whose name ends in `.csp.html`. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html episode-elements-json-ld";

/**
 * Writes tests/.out/`name` around `body`; resolves to its path from the package root. A strict
 * page (*.csp.html) has no inline style or data: icon of its own, which its policy would refuse.
 */
export function writePage(name, body, head = '') {
  mkdirSync(OUT, { recursive: true });
  const strict = name.endsWith('.csp.html');
  writeFileSync(
    `${OUT}/${name}`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>${strict ? '' : '<link rel="icon" href="data:,">'}${head}</head>
<body${strict ? '' : ' style="margin: 0; font: 16px/1.5 serif; width: 800px"'}>
${body}
</body></html>`,
  );
  return `${OUT}/${name}`;
}

/** Serves the package root; pages named *.csp.html come with STRICT_CSP. */
export function servePackage() {
  const csp = (context, next) => {
    if (context.path === '/favicon.ico') return void (context.status = 204); // no 404 in the page's log
    if (context.path.endsWith('.csp.html')) context.set('Content-Security-Policy', STRICT_CSP);
    return next();
  };
  return serveStatic('.', 0, [csp]);
}

/**
 * For a test file's describe(): serves the package and launches Chromium before its tests (after
 * `setUp`, if given), and stops both after them. The returned object holds `origin` and `browser`.
 */
export function withPackageAndBrowser(setUp = async () => {}) {
  const env = {};
  before(async () => {
    await setUp();
    const { origin, stop } = await servePackage();
    Object.assign(env, { origin, stop, browser: await launchChromium() });
  });
  after(async () => {
    await env.browser?.close();
    await env.stop?.();
  });
  return env;
}

const WATCH_SHIFTS = () => {
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.shifts.push({ value: e.value, at: Math.round(e.startTime), nodes: e.sources.map((s) => s.node?.nodeName) });
  }).observe({ type: 'layout-shift', buffered: true });
};

/**
 * Opens `url` in a new page; `javaScript: false` loads it as a reader without JavaScript would.
 * Resolves to the page and `problems`: everything the browser reported as an error or warning.
 */
export async function open(browser, url, { javaScript = true } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  const problems = [];
  page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  // The browser's own log: CSP violations appear here even with JavaScript off.
  const cdp = await page.createCDPSession();
  cdp.on('Log.entryAdded', ({ entry }) => ['error', 'warning'].includes(entry.level) && problems.push(`${entry.source}: ${entry.text}`));
  await cdp.send('Log.enable');
  await page.setJavaScriptEnabled(javaScript);
  if (javaScript) await page.evaluateOnNewDocument(WATCH_SHIFTS);
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** In the page: waits until every element has rendered (and re-rendered) and two frames have painted. */
export const SETTLED = async () => {
  const tags = ['episode-card', 'character-chip', 'plot-thread'];
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  const all = () =>
    [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)].flatMap((root) => [...root.querySelectorAll(tags.join())]);
  for (let round = 0; round < 10; round++) {
    const done = await Promise.all(all().map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    if (done.every(Boolean) && all().every((el) => !el.isUpdatePending)) return;
  }
};

/**
 * In the page: every element of the kit at any shadow depth with its rendered parts, marking
 * each part node, so that a later call can tell which nodes are still the same.
 */
export const MARK_PARTS = () => {
  const walk = (root) => [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...walk(el.shadowRoot)] : []));
  return walk(document)
    .filter((el) => ['episode-card', 'character-chip', 'plot-thread'].includes(el.localName))
    .flatMap((el) =>
      [...el.shadowRoot.querySelectorAll('[part]')].map((node) => {
        const kept = node.markedByTest === true;
        node.markedByTest = true;
        return { kept, rect: JSON.stringify(node.getBoundingClientRect()) };
      }),
    );
};

/** Loads the hydrating bundle (or `src`) into the open page and waits for every element to settle. */
export async function loadScript(page, src = HYDRATE_BUNDLE) {
  await page.evaluate(async (url) => {
    const script = Object.assign(document.createElement('script'), { type: 'module', src: url });
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', () => reject(new Error(`${url} did not load`)));
    });
    document.head.append(script);
    await loaded;
  }, src);
  await page.evaluate(SETTLED);
}

/** Hydration kept every part MARK_PARTS marked (`before`) as the same node, in the same place. */
export function assertKept(before, afterwards) {
  assert.deepEqual(
    afterwards.filter((p) => !p.kept),
    [],
    'every server-rendered part is still the same node',
  );
  assert.deepEqual(
    afterwards.map((p) => p.rect),
    before.map((p) => p.rect),
    'nothing moved',
  );
}

/**
 * Loads the hydrating bundle (or `src`) into a page of server-rendered elements and checks that
 * they adopted the server's DOM: every part MARK_PARTS finds is still the same node, in the same
 * place. Returns the parts before and after, for further checks.
 */
export async function loadAndCheckAdopted(page, src = HYDRATE_BUNDLE) {
  const before = await page.evaluate(MARK_PARTS);
  await loadScript(page, src);
  const afterwards = await page.evaluate(MARK_PARTS);
  assertKept(before, afterwards);
  return { before, afterwards };
}
