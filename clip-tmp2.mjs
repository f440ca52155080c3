import puppeteer from 'puppeteer-core';
import { serveDemo } from './scripts/serve-demo.js';
const { url, stop } = await serveDemo(0);
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'], protocolTimeout: 15000 });
const p = await b.newPage();
p.on('console', (m) => console.log('console:', m.text()));
p.on('pageerror', (e) => console.log('pageerror:', e.message));
await p.goto(url, { waitUntil: 'networkidle0' });
await p.evaluate(() => document.querySelector('main episode-card').shadowRoot.querySelector('character-chip').shadowRoot.querySelector('button').focus());
console.log('focused');
try {
  await p.keyboard.press('Enter');
  console.log('pressed');
  await new Promise(r => setTimeout(r, 500));
  console.log(await p.evaluate(() => document.querySelector('main episode-card').shadowRoot.querySelector('character-chip').open));
} catch (e) { console.log('ERR', e.message); }
await b.close(); await stop();
