#!/usr/bin/env node
// Loads every story of the built Storybook (storybook-static/) in Debian's Chromium and fails on
// any console error, page error, failed request, or a story that renders nothing visible.
// Run after `npm run build-storybook`; `npm test` does both.
import { existsSync, readFileSync } from 'node:fs';
import { launchChromium } from './chromium.js';
import { serveStatic } from './serve-demo.js';

const root = 'storybook-static';
if (!existsSync(`${root}/index.json`)) {
  console.error(`${root}/index.json is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const stories = Object.values(JSON.parse(readFileSync(`${root}/index.json`, 'utf8')).entries).filter((e) => e.type === 'story');
const started = Date.now();
const server = await serveStatic(root, 0);
const origin = server.origin;
const browser = await launchChromium();
const failures = [];
try {
  const page = await browser.newPage();
  let problems = [];
  // The browser's own favicon request is not the story's: the static server has none to give.
  const ours = (url) => !url.endsWith('/favicon.ico');
  page.on('console', (m) => {
    if (m.type() === 'error' && ours(m.location()?.url ?? '')) problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => ours(r.url()) && problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && ours(r.url()) && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  for (const story of stories) {
    problems = [];
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    // Rendered = the story's element has rendered into its shadow root, and it shows some text with
    // some height: its own, or (an element that cannot show its record) the tag's fallback content.
    const rendered = await page
      .waitForFunction(
        () => {
          const el = document.querySelector('#storybook-root episode-card, #storybook-root character-chip, #storybook-root plot-thread');
          if (!el?.shadowRoot?.firstElementChild) return false;
          return el.getBoundingClientRect().height > 0 && `${el.shadowRoot.textContent}${el.textContent}`.trim().length > 0;
        },
        { timeout: 5000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (!rendered) problems.push('rendered nothing visible');
    if (problems.length) failures.push(`${story.title} › ${story.name}: ${problems.join('; ')}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
for (const failure of failures) console.error(`✗ ${failure}`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`story smoke test: ${stories.length} stories in ${seconds} s`);
console.log(`stories: ${stories.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
