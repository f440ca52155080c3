import puppeteer from 'puppeteer-core';
import { serveDemo } from './scripts/serve-demo.js';
const { url, stop } = await serveDemo(0);
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--hide-scrollbars'] });
const p = await b.newPage(); await p.setViewport({ width: 1200, height: 1000 });
p.on('console', (m) => console.log('console:', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror:', e.message));
const shot = async (name, sel, pad = 20, h) => { const r = await p.evaluate((sel) => { const e = eval(sel); e.scrollIntoView({block:'start'}); const r = e.getBoundingClientRect(); return {x:r.x, y:r.y + scrollY, w:r.width, h:r.height}; }, sel); await p.screenshot({ path: `/tmp/shots/${name}.png`, clip: { x: Math.max(0, r.x - pad), y: Math.max(0, r.y - pad), width: Math.min(1200, r.w + 2 * pad), height: h ?? r.h + 2 * pad } }); };
for (const s of (process.argv[2] ?? 'light').split(',')) {
  await p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: s }]);
  await p.goto(url, { waitUntil: 'networkidle0' });
  await shot(`card-${s}`, "document.querySelector('main episode-card')");
  await shot(`prose-${s}`, "document.querySelector('.aside-thread').previousElementSibling", 20, 760);
  // open a chip panel
  await p.evaluate(() => document.querySelector('character-chip[character=kit]').shadowRoot.querySelector('button').click());
  await new Promise(r => setTimeout(r, 300));
  await p.screenshot({ path: `/tmp/shots/panel-${s}.png` });
}
await b.close(); await stop();
