// @web/test-runner: every tests/**/*.test.ts in Chromium, Firefox ESR and WebKit.
// BROWSERS=chromium (comma-separated) picks a subset for a quick local run; CI runs all three.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { launchers } from './tests/browsers.js';
import { summaryReporter } from './tests/summary-reporter.js';
import { timingReporter } from './tests/timing-reporter.js';
import { ssrPlugin } from './tests/support/ssr-plugin.js';

// The hostile-input corpus (MIT, see tests/fixtures/README.md) served to the tests as JSON.
const XSS_CORPUS = 'tests/fixtures/xss-payload-list.txt';

/** The policy a strict site sends; tests/csp.test.ts proves the elements run under it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html episode-elements-json-ld";

/** How often each URL (path and query) was requested from fixtureData, for /__hits?url=…. */
const hits = new Map();

/** Another origin (another port) that serves the fixture without CORS headers: a page may not read it. */
const otherOrigin = createServer((request, response) => response.end(readFileSync('tests/fixtures/harbour-lights.json')));
await new Promise((resolve) => otherOrigin.listen(0, '127.0.0.1', resolve));
otherOrigin.unref();

/**
 * The server side of the <episode-data> tests. /__data/harbour-lights.json?… serves the fixture
 * series: delay=ms late; break=1 invalid; fail=N the first N requests for this URL answer 503;
 * hang: no answer until the browser gives up; bom=1 with a UTF-8 BOM; utf16=le, be or le-nobom in
 * UTF-16. /__bytes?hex=… answers those bytes as application/json (tests/fixtures/encodings.json).
 * /__redirect?to=URL answers 302 to URL; /__hits?url=… says how often a URL was requested;
 * /__other-origin gives the CORS-less origin. Nothing is cached.
 */
async function fixtureData(context, next) {
  const params = context.URL.searchParams;
  // Vary: * keeps every answer out of the browser's cache: the test runner marks any path with an
  // extension cacheable for a year after we answer, and a kept 503 would make retries pointless.
  context.set('Vary', '*');
  if (context.path === '/__other-origin') context.body = `http://127.0.0.1:${otherOrigin.address().port}`;
  else if (context.path === '/__hits') context.body = String(hits.get(params.get('url')) ?? 0);
  else if (context.path === '/__redirect') context.redirect(params.get('to'));
  else if (context.path === '/__bytes') {
    context.type = 'application/json';
    context.body = Buffer.from(params.get('hex') ?? '', 'hex');
  } else if (!context.path.startsWith('/__data/')) return next();
  else {
    const count = (hits.get(context.url) ?? 0) + 1;
    hits.set(context.url, count);
    await new Promise((resolve) => setTimeout(resolve, Number(params.get('delay') ?? 0)));
    if (params.has('hang')) {
      // Until the browser aborts (a minute at most, so the server never waits for ever).
      await new Promise((resolve) => {
        context.res.once('close', resolve);
        setTimeout(resolve, 60_000).unref();
      });
      context.status = 204; // to no one: not the 404 Koa would log
      return;
    }
    if (count <= Number(params.get('fail') ?? 0)) {
      context.status = 503;
      return;
    }
    const data = JSON.parse(readFileSync(`tests/fixtures/${context.path.slice('/__data/'.length)}`, 'utf8'));
    if (params.has('break')) data.beats[0].characters = ['nobody'];
    const json = JSON.stringify(data);
    const utf16 = params.get('utf16');
    const le = Buffer.from(json, 'utf16le');
    const bom = { le: [0xff, 0xfe], be: [0xfe, 0xff], 'le-nobom': [] }[utf16] ?? (params.has('bom') ? [0xef, 0xbb, 0xbf] : []);
    context.type = 'application/json';
    context.body = Buffer.concat([Buffer.from(bom), utf16 ? (utf16 === 'be' ? le.swap16() : le) : Buffer.from(json)]);
  }
}

export default {
  files: ['tests/**/*.test.ts'],
  // LIT_DEV=1 (npm run test:dev): Lit's development build, whose warnings (lit.dev/msg/…) the
  // script turns into a failure. Its one-time "dev mode" notice is known, and kept quiet.
  nodeResolve: { exportConditions: [process.env.LIT_DEV ? 'development' : 'production'] },
  ...(process.env.LIT_DEV && {
    testRunnerHtml: (testFramework) =>
      `<!doctype html><html><body><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script><script type="module" src="${testFramework}"></script></body></html>`,
  }),
  browsers: await launchers(),
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter(), ...(process.env.WTR_TIMINGS ? [timingReporter()] : [])],
  testFramework: { config: { timeout: 20000 } },
  middleware: [fixtureData],
  plugins: [
    ssrPlugin(),
    // tests/visual.test.ts: baselines in tests/visual/baseline/ (committed), differences in
    // tests/visual/failed/. A pixel counts as changed past pixelmatch's colour threshold 0.2; a
    // shot fails when over 40 of its pixels changed: room for anti-aliasing noise, while a badge
    // moved by a few pixels changes hundreds.
    // UPDATE_VISUAL=1 (npm run test:visual:update) writes new baselines instead.
    visualRegressionPlugin({
      update: process.env.UPDATE_VISUAL === '1',
      baseDir: 'tests/visual',
      getBaselineName: ({ name }) => `baseline/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
      getFailedName: ({ name }) => `failed/${name}`,
      diffOptions: { threshold: 0.2 },
      failureThreshold: 40,
      failureThresholdType: 'pixel',
    }),
    // 'esnext', not 'es2022': esbuild's transform drops `with { type: 'json' }` for older targets,
    // and the browser then refuses the JSON module. Every engine we test supports ES2022+ natively.
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' }),
    {
      name: 'strict-csp',
      transform(context) {
        if (context.path !== '/tests/pages/csp.html') return undefined;
        // ?policies=lit-html: a strict page that has not allowed the structured-data policy.
        const policies = context.URL.searchParams.get('policies');
        return { headers: { 'Content-Security-Policy': policies ? STRICT_CSP.replace(/trusted-types .*$/, `trusted-types ${policies}`) : STRICT_CSP } };
      },
    },
    {
      name: 'xss-corpus',
      serve(context) {
        if (context.path === '/__corpus/xss.json') {
          const lines = readFileSync(XSS_CORPUS, 'utf8')
            .split('\n')
            .filter((l) => l.length > 0);
          return { body: JSON.stringify(lines), type: 'application/json' };
        }
      },
    },
  ],
};
