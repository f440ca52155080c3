// Server rendering (episode-elements/ssr): the HTML it writes, that HTML in Chromium with
// JavaScript off, and hydration by the episode-elements.hydrate.js bundle (same DOM, no shift).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.js';
import { serveStatic } from '../../scripts/serve-demo.js';
import { renderElement } from '../../dist/ssr.js';

const PAGE = 'tests/.out/ssr-page.html';

async function writePage() {
  const body = [
    await renderElement('episode-card', { episode: 's1e30', 'heading-level': 2 }),
    `<p>Meanwhile ${await renderElement('character-chip', { character: 'kit' })} reads the letter.</p>`,
    await renderElement('plot-thread', { thread: 'kits-letter', variant: 'compact', series: 'backstage' }),
  ].join('\n');
  mkdirSync('tests/.out', { recursive: true });
  writeFileSync(PAGE, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title><link rel="icon" href="data:,"></head>
<body style="margin: 0; font: 16px/1.5 serif; width: 800px">${body}</body></html>`);
}

describe('episode-elements/ssr', () => {
  let browser;
  let origin;
  let stop;
  before(async () => {
    await writePage();
    ({ origin, stop } = await serveStatic('.', 0));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await stop?.();
  });

  it('writes declarative shadow DOM with the content, and escapes what it is given', async () => {
    const card = await renderElement('episode-card', { episode: 's1e30', spoilers: true, variant: false });
    assert.match(card, /^<!--lit-part[^>]*--><episode-card\s+episode="s1e30" spoilers[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    assert.ok(card.includes('SECRETS HAVE A WAY OF GETTING OUT'), 'the beats are rendered when spoilers is set');
    const hostile = await renderElement('character-chip', { character: '"><script>alert(1)</script>' }, '<b>her</b>');
    assert.ok(!hostile.includes('<script>alert'), hostile.slice(0, 300));
    assert.ok(hostile.includes('&lt;b&gt;her&lt;/b&gt;'));
    // A series chosen on the server reaches the chips the card renders (there is no ancestor to inherit from).
    const inSeries = await renderElement('episode-card', { episode: 's1e30', series: 'backstage' });
    assert.match(inSeries, /<character-chip\s+character="miles" episode="s1e30" series="backstage"/);
    const warn = console.warn;
    console.warn = () => {}; // the element's "no series" warning, expected here
    try {
      assert.ok((await renderElement('episode-card', { episode: 's1e30', series: 'nope' })).includes('No series &quot;nope&quot; is registered.'));
    } finally {
      console.warn = warn;
    }
    assert.throws(() => renderElement('script', {}), /"script" is not one of episode-card, character-chip, plot-thread/);
    assert.throws(() => renderElement('plot-thread', { 'on click': 'x' }), /"on click" is not an attribute name/);
  });

  it('shows the content with JavaScript off', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${origin}/${PAGE}`);
    const seen = await page.evaluate(() => {
      const part = (el, name) => el.shadowRoot?.querySelector(`[part~="${name}"]`);
      const card = document.querySelector('episode-card');
      return {
        title: part(card, 'title')?.textContent.trim(),
        cardHeight: Math.round(card.getBoundingClientRect().height),
        chip: part(document.querySelector('character-chip'), 'name')?.textContent.trim(),
        thread: part(document.querySelector('plot-thread'), 'title')?.textContent.trim(),
        defined: !!customElements.get('episode-card'),
      };
    });
    assert.deepEqual({ ...seen, cardHeight: seen.cardHeight > 300 }, { title: 'We', cardHeight: true, chip: 'Kit', thread: 'The letter from Kit\'s birth parents', defined: false });
    await page.close();
  });

  it('hydrates: the bundle adopts the server DOM, nothing is re-created or moves, and it becomes interactive', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.evaluateOnNewDocument(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${origin}/${PAGE}`);
    const parts = () =>
      [...document.querySelectorAll('episode-card, character-chip, plot-thread')].flatMap((el) =>
        [...el.shadowRoot.querySelectorAll('[part]')].map((node) => ({ node, rect: JSON.stringify(node.getBoundingClientRect()) })),
      );
    const before = await page.evaluate(`(${parts})().map(({ node, rect }) => (node.serverRendered = true, rect))`);
    await page.evaluate(async () => {
      const script = Object.assign(document.createElement('script'), { type: 'module', src: '/dist/cdn/episode-elements.hydrate.js' });
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
      document.head.append(script);
      await loaded;
      await Promise.all([...document.querySelectorAll('episode-card, character-chip, plot-thread')].map((el) => el.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    const afterHydration = await page.evaluate(`(${parts})().map(({ node, rect }) => ({ kept: node.serverRendered === true, rect }))`);
    assert.equal(afterHydration.length, before.length);
    assert.deepEqual(afterHydration.filter((p) => !p.kept), [], 'every server-rendered part is still the same node');
    assert.deepEqual(afterHydration.map((p) => p.rect), before, 'nothing moved');
    assert.deepEqual(await page.evaluate(() => window.shifts), []);
    // Interactive: the spoiler button now works.
    const beats = await page.evaluate(async () => {
      const card = document.querySelector('episode-card');
      card.shadowRoot.querySelector('[part="spoiler-toggle"]').click();
      await card.updateComplete;
      return card.shadowRoot.querySelectorAll('[part="beat"]').length;
    });
    assert.equal(beats, 35);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
