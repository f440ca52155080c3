import { expect, fixture, html } from '@open-wc/testing';
import '../src/episode-card/episode-card.register.js';
import type { EpisodeCard } from '../src/episode-card/episode-card.js';
import { register } from '../src/data/index.js';
import { safeUrl } from '../src/shared/safe-url.js';
import { captureWarnings, makeSeries } from './helpers.js';

// Everything <episode-card> may legitimately put in its shadow root. A payload that became markup
// would add a tag or an attribute outside these lists.
const TAGS = new Set(['ARTICLE', 'HEADER', 'P', 'SPAN', 'DIV', 'A', 'SECTION', 'UL', 'OL', 'LI', 'BUTTON', 'BLOCKQUOTE', 'CITE', 'SLOT']);
const ATTRIBUTES = new Set(['part', 'class', 'id', 'role', 'aria-level', 'aria-labelledby', 'aria-expanded', 'aria-controls', 'aria-hidden', 'type', 'hidden', 'name', 'href']);

/** Fields of makeSeries() that <episode-card episode=… spoilers> shows as text. */
const RENDERED = /^(series title|episode (title|setting|logline)|character \d+ name|thread \d+ (title|premise)|beat \d+ (summary|quote|medium))$/;

let payloads: string[] = [];
const tripped: string[] = [];

/** Nothing from the payloads became an element, an attribute, or a live link. */
function expectInertDom(el: EpisodeCard) {
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    expect(TAGS.has(node.tagName), `unexpected <${node.tagName.toLowerCase()}> in the shadow root`).to.equal(true);
    for (const { name, value } of node.attributes) {
      expect(ATTRIBUTES.has(name), `unexpected attribute ${name}="${value}"`).to.equal(true);
      if (name === 'href') expect(value).to.match(/^(https?:|\/|\.|#|[^:]*$)/i);
    }
  }
  expect(el.children.length, 'nothing was added to the light DOM').to.equal(0);
}

describe('hostile input', () => {
  before(async () => {
    payloads = await (await fetch('/__corpus/xss.json')).json();
    // Tripwires: a payload that managed to run would almost certainly call one of these.
    for (const name of ['alert', 'prompt', 'confirm', 'print', 'open'] as const) {
      (window as any)[name] = (...args: unknown[]) => tripped.push(`${name}(${args.join(', ')})`);
    }
  });

  afterEach(() => expect(tripped, 'a payload ran').to.deep.equal([]));

  it('loads the whole corpus', () => {
    expect(payloads).to.have.length(6613);
  });

  it('renders every payload in every displayed data field as literal text', async function () {
    this.timeout(120_000);
    const size = { characters: 20, threads: 20, beats: 40 };
    const resourcesBefore = performance.getEntriesByType('resource').length;
    let next = 0;
    let cards = 0;
    while (next < payloads.length) {
      const shown: string[] = [];
      // Rendered fields take the next payload; hidden ones (roles, reasons, …) reuse one.
      const { dataset, ids } = makeSeries((slot) => {
        if (!RENDERED.test(slot)) return payloads[(next * 7) % payloads.length];
        const payload = payloads[next++ % payloads.length];
        shown.push(payload);
        return payload;
      }, size);
      register(dataset, `hostile-${cards}.json`);
      const el = await fixture<EpisodeCard>(html`<episode-card episode=${ids.episode} spoilers></episode-card>`);
      await new Promise((resolve) => setTimeout(resolve, 20)); // let any error/load handler fire
      const text = el.shadowRoot!.textContent!;
      for (const payload of shown) expect(text.includes(payload), `not shown literally: ${payload}`).to.equal(true);
      expectInertDom(el);
      cards++;
    }
    expect(cards).to.be.greaterThan(30);
    const fetched = performance.getEntriesByType('resource').slice(resourcesBefore).map((e) => e.name);
    expect(fetched, 'rendering made network requests').to.deep.equal([]);
  });

  it('treats every payload as an id, variant and heading level: a literal notice, one warning each', async function () {
    this.timeout(60_000);
    const batch = 600;
    let warnings: string[] = [];
    for (let start = 0; start < payloads.length; start += batch) {
      const slice = payloads.slice(start, start + batch);
      const host = document.createElement('div');
      document.body.append(host);
      warnings = warnings.concat(
        await captureWarnings(async () => {
          for (const payload of slice) {
            const el = document.createElement('episode-card');
            for (const name of ['episode', 'variant', 'heading-level']) el.setAttribute(name, payload);
            host.append(el);
          }
          await Promise.all([...host.children].map((el) => (el as EpisodeCard).updateComplete));
        }),
      );
      [...host.children].forEach((el, i) => {
        const card = el as EpisodeCard;
        expect(card.shadowRoot!.querySelector('[part="notice"]')!.textContent!.trim()).to.equal(
          `No episode "${slice[i]}" in the bundled data.`,
        );
        expectInertDom(card);
      });
      host.remove();
    }
    expect(warnings).to.have.length(payloads.length);
  });

  it('links only to http(s) or relative episode URLs, dropping the rest with a warning', async () => {
    const hostile = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      ...payloads.filter((p) => /^\s*javascript:/i.test(p)).slice(0, 50),
    ];
    for (const url of hostile) {
      const { dataset, ids } = makeSeries();
      dataset.episodes[0].url = url;
      register(dataset, 'links.json');
      let el!: EpisodeCard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<EpisodeCard>(html`<episode-card episode=${ids.episode}></episode-card>`);
      });
      expect(el.shadowRoot!.querySelector('a'), url).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Text for episode title');
      expect(warnings.some((w) => w.includes('dropped a link that is not http(s) or relative'))).to.equal(true);
    }
    for (const url of ['https://example.org/backstage/we', 'http://example.org/', '/recaps/we', 'we.html', '?ep=30']) {
      const { dataset, ids } = makeSeries();
      dataset.episodes[0].url = url;
      register(dataset, 'links.json');
      const el = await fixture<EpisodeCard>(html`<episode-card episode=${ids.episode}></episode-card>`);
      expect(el.shadowRoot!.querySelector('[part="title"] a')!.getAttribute('href')).to.equal(url);
    }
  });

  it('safeUrl() allows http(s) and relative URLs only', async () => {
    const owner = {};
    const warnings = await captureWarnings(() => {
      expect(safeUrl('https://a.example/x', owner, 'test')).to.equal('https://a.example/x');
      expect(safeUrl('//a.example/x', owner, 'test')).to.equal('//a.example/x');
      expect(safeUrl('../x', owner, 'test')).to.equal('../x');
      expect(safeUrl(undefined, owner, 'test')).to.equal(undefined);
      expect(safeUrl('javascript:alert(1)', owner, 'test')).to.equal(undefined);
      expect(safeUrl('\njavascript:alert(1)', owner, 'test')).to.equal(undefined);
      expect(safeUrl('mailto:a@b.example', owner, 'test')).to.equal(undefined);
      expect(safeUrl('http://[bad', owner, 'test')).to.equal(undefined);
      expect(safeUrl('javascript:alert(1)', owner, 'test'), 'second time, no second warning').to.equal(undefined);
    });
    expect(warnings).to.have.length(4);
    expect(warnings[0]).to.equal('episode-elements: test: dropped a link that is not http(s) or relative: "javascript:alert(1)"');
  });
});
