#!/usr/bin/env node
// Screenshots the demo page in Debian's Chromium: demo/screenshot.png (the README's picture) and,
// for reviewing, light/dark and beats-open shots in screenshots/. Run after `npm run build`.
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.js';
import { serveDemo } from './serve-demo.js';

const { url, stop } = await serveDemo(0);
const browser = await launchChromium();
mkdirSync('screenshots', { recursive: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 1000, deviceScaleFactor: 1 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.screenshot({ path: `screenshots/demo-${scheme}.png`, fullPage: true });
    if (scheme === 'light') await page.screenshot({ path: 'demo/screenshot.png' });
    const card = await page.$('main episode-card');
    await card.evaluate((el) => el.shadowRoot.querySelector('[part="spoiler-toggle"]').click());
    await page.screenshot({ path: `screenshots/beats-${scheme}.png`, fullPage: true });
  }
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.screenshot({ path: 'screenshots/narrow.png', fullPage: true });
  console.log('wrote demo/screenshot.png and screenshots/*.png');
} finally {
  await browser.close();
  await stop();
}
