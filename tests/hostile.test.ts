import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import type { CharacterChip } from '../src/character-chip/character-chip.js';
import type { EpisodeCard } from '../src/episode-card/episode-card.js';
import { catalog, register } from '../src/data/index.js';
import { isHttpOrRelative, safeUrl } from '../src/shared/safe-url.js';
import { captureWarnings, deepElements, deepText, makeSeries, settle, thrownMessage } from './helpers.js';

// Everything the elements may legitimately render in their shadow roots. A payload that became
// markup would add a tag or an attribute outside these lists.
const TAGS = new Set([
  'ARTICLE', 'HEADER', 'P', 'SPAN', 'DIV', 'A', 'SECTION', 'UL', 'OL', 'LI', 'BUTTON', 'BLOCKQUOTE', 'CITE', 'SLOT',
  'DL', 'DT', 'DD', 'CHARACTER-CHIP', 'PLOT-THREAD', 'EPISODE-CARD',
]);
const ATTRIBUTES = new Set([
  'part', 'class', 'id', 'role', 'aria-level', 'aria-labelledby', 'aria-expanded', 'aria-controls', 'aria-hidden',
  'aria-haspopup', 'aria-label', 'type', 'hidden', 'name', 'href', 'tabindex', 'popover', 'style', 'data-n',
  // our own elements' attributes, set by our templates
  'character', 'episode', 'thread', 'series', 'variant', 'heading-level', 'spoilers', 'open', 'expanded',
]);

/** Fields of makeSeries() that no element shows (the group's kind and description). */
const UNSHOWN = /^group (kind|description)$/;

let payloads: string[] = [];
/** The payloads a dataset may hold as a link: the http(s) and relative ones (nearly all). */
let links: string[] = [];
const tripped: string[] = [];

/** Nothing from the payloads became an element, an attribute, or a live link, at any depth. */
function expectInert(root: Element) {
  for (const node of deepElements(root.shadowRoot ?? root)) {
    expect(TAGS.has(node.tagName), `unexpected <${node.tagName.toLowerCase()}>`).to.equal(true);
    for (const { name, value } of node.attributes) {
      expect(ATTRIBUTES.has(name), `unexpected attribute ${name}="${value}"`).to.equal(true);
      if (name === 'href') expect(['http:', 'https:']).to.include(new URL(value, location.href).protocol);
      // Only the panel's placement (and hiding while its chip is out of sight) is ever written.
      if (name === 'style') expect(value).to.match(/^(\s*((--_reader-text|max-width|max-height|left|top): -?[\d.]+px|visibility: hidden);)+$/);
    }
  }
}

/** Renders every element for a dataset's episode and returns all the text a reader could reveal. */
async function renderEverything(episode: string, threads: string[], characters: string[]): Promise<string> {
  const host = await fixture(html`<div>
    <episode-card episode=${episode} spoilers></episode-card>
    ${threads.map((t) => html`<plot-thread thread=${t} spoilers></plot-thread>`)}
    ${characters.map((c) => html`<character-chip character=${c} spoilers></character-chip>`)}
  </div>`);
  await settle(host);
  let text = deepText(host);
  // One panel opens at a time: open each chip's in turn and read it.
  for (const chip of host.querySelectorAll<CharacterChip>('character-chip')) {
    chip.open = true;
    await settle(chip);
    text += deepText(chip.shadowRoot!);
    expectInert(chip);
  }
  await new Promise((resolve) => setTimeout(resolve, 20)); // let any error/load handler fire
  expectInert(host);
  return text;
}

describe('hostile input', () => {
  before(async () => {
    payloads = await (await fetch('/__corpus/xss.json')).json();
    links = payloads.filter(isHttpOrRelative);
    // Tripwires: a payload that managed to run would almost certainly call one of these.
    for (const name of ['alert', 'prompt', 'confirm', 'print', 'open'] as const) {
      (window as any)[name] = (...args: unknown[]) => tripped.push(`${name}(${args.join(', ')})`);
    }
  });

  afterEach(() => expect(tripped, 'a payload ran').to.deep.equal([]));

  it('loads the whole corpus', () => {
    expect(payloads).to.have.length(6613);
  });

  it('renders every payload in every shown data field of every element as literal text', async function () {
    this.timeout(180_000);
    const size = { characters: 20, threads: 20, beats: 40 };
    const resourcesBefore = performance.getEntriesByType('resource').length;
    let next = 0;
    let datasets = 0;
    while (next < payloads.length) {
      const shown: string[] = [];
      const { dataset, ids } = makeSeries((slot) => {
        if (UNSHOWN.test(slot)) return payloads[(next * 7) % payloads.length];
        const payload = payloads[next++ % payloads.length];
        shown.push(payload);
        return payload;
      }, size);
      // URL-like fields: rendered only as an http(s)/relative href, never as text. (Registering
      // refuses any other link: see the next tests.)
      dataset.series[0].url = links[(next * 3) % links.length];
      dataset.episodes[0].url = links[(next * 5) % links.length];
      await captureWarnings(() => register(dataset, `hostile-${datasets}.json`));
      let text = '';
      await captureWarnings(async () => {
        text = await renderEverything(
          ids.episode,
          dataset.threads.map((t) => t.id),
          dataset.characters.map((c) => c.id),
        );
      });
      for (const payload of shown) expect(text.includes(payload), `not shown literally: ${payload}`).to.equal(true);
      datasets++;
    }
    expect(datasets).to.be.greaterThan(20);
    const fetched = performance.getEntriesByType('resource').slice(resourcesBefore).map((e) => e.name);
    expect(fetched, 'rendering made network requests').to.deep.equal([]);
  });

  it('treats every payload as the value of every attribute: literal text, one warning per element', async function () {
    this.timeout(120_000);
    const batch = 300;
    let warnings: string[] = [];
    for (let start = 0; start < payloads.length; start += batch) {
      const slice = payloads.slice(start, start + batch);
      const host = document.createElement('div');
      document.body.append(host);
      warnings = warnings.concat(
        await captureWarnings(async () => {
          for (const payload of slice) {
            const card = document.createElement('episode-card');
            const thread = document.createElement('plot-thread');
            const chip = document.createElement('character-chip');
            const inSeries = document.createElement('episode-card');
            inSeries.setAttribute('episode', 's1e30');
            inSeries.setAttribute('series', payload);
            for (const name of ['episode', 'variant', 'heading-level', 'spoilers']) card.setAttribute(name, payload);
            for (const name of ['thread', 'variant', 'heading-level', 'spoilers', 'expanded']) thread.setAttribute(name, payload);
            for (const name of ['character', 'episode', 'spoilers', 'open']) chip.setAttribute(name, payload);
            host.append(card, thread, chip, inSeries);
          }
          await settle(host);
        }),
      );
      slice.forEach((payload, i) => {
        const [card, thread, chip, inSeries] = [...host.children].slice(i * 4, i * 4 + 4);
        expect(card.shadowRoot!.querySelector('[part="notice"]')!.textContent!.trim()).to.equal(`No episode "${payload}" in the registered data.`);
        expect(thread.shadowRoot!.querySelector('[part="notice"]')!.textContent!.trim()).to.equal(`No thread "${payload}" in the registered data.`);
        // An unknown chip keeps the id visible as plain text (the slot's fallback).
        expect(chip.shadowRoot!.querySelector('[part="unknown"]')!.textContent).to.equal(payload);
        expect(inSeries.shadowRoot!.querySelector('[part="notice"]')!.textContent!.trim()).to.equal(`No series "${payload}" is registered.`);
        for (const el of [card, thread, chip, inSeries]) expectInert(el);
      });
      host.remove();
    }
    expect(warnings).to.have.length(4 * payloads.length);
  });

  it('shows slotted payload text in a chip as text', async () => {
    const sample = payloads.filter((_, i) => i % 50 === 0);
    for (const payload of sample) {
      const chip = await fixture<CharacterChip>(html`<character-chip character="scarlett">${payload}</character-chip>`);
      await settle(chip);
      const slot = chip.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedNodes().map((n) => n.textContent).join('')).to.equal(payload);
      expect(chip.children.length, 'the payload stayed a text node').to.equal(0);
      expectInert(chip);
    }
  });

  it('refuses to register a link that is not http(s) or relative, and drops one that reaches an element all the same', async () => {
    const hostile = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      ...payloads.filter((p) => /^\s*javascript:/i.test(p)).slice(0, 50),
    ];
    const resolve = catalog.resolve;
    try {
      for (const url of hostile) {
        const { dataset, ids } = makeSeries();
        dataset.series[0].url = url;
        dataset.episodes[0].url = url;
        const message = thrownMessage(() => register(dataset, 'links.json')).split('\n');
        expect(message.map((line) => line.replace(/, got .*/s, '')), url).to.deep.equal([
          'links.json: series[0].url: expected an http(s) or relative URL',
          'links.json: episodes[0].url: expected an http(s) or relative URL',
        ]);
        // Should such a link reach an element all the same (a record changed behind the catalog's
        // back), the element drops it.
        delete dataset.series[0].url;
        delete dataset.episodes[0].url;
        register(dataset, 'links.json');
        catalog.resolve = function (this: typeof catalog, ...args: Parameters<typeof resolve>) {
          const found = resolve.apply(this, args);
          return found.status === 'found' && args[1] === ids.episode ? { ...found, record: { ...found.record, url } } : found;
        } as typeof resolve;
        let el!: EpisodeCard;
        const warnings = await captureWarnings(async () => {
          el = await fixture<EpisodeCard>(html`<episode-card episode=${ids.episode}></episode-card>`);
        });
        catalog.resolve = resolve;
        expect(el.shadowRoot!.querySelector('a'), url).to.equal(null);
        expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Text for episode title');
        expect(warnings.some((w) => w.includes('dropped a link that is not http(s) or relative'))).to.equal(true);
      }
    } finally {
      catalog.resolve = resolve;
    }
    for (const url of ['https://example.org/backstage/we', 'http://example.org/', '/recaps/we', 'we.html', '?ep=30']) {
      const { dataset, ids } = makeSeries();
      dataset.episodes[0].url = url;
      register(dataset, 'links.json');
      const el = await fixture<EpisodeCard>(html`<episode-card episode=${ids.episode}></episode-card>`);
      expect(el.shadowRoot!.querySelector('[part="title"] a')!.getAttribute('href')).to.equal(url);
    }
  });

  it('safeUrl() allows http(s) and relative URLs only, warning once per owner', async () => {
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
