import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import type { CharacterChip } from '../src/character-chip/character-chip.js';
import type { EpisodeCard } from '../src/episode-card/episode-card.js';
import { catalog, register } from '../src/data/index.js';
import { safeUrl } from '../src/shared/safe-url.js';
import { captureWarnings, makeSeries, settle, thrownMessage } from './helpers.js';
import { corpus, expectInert, useCorpus } from './support/hostile.js';

// The field test over the whole corpus runs in hostile-fields-1 and -2.test.ts (half each).
describe('hostile input', () => {
  useCorpus();

  it('loads the whole corpus', () => {
    expect(corpus.payloads).to.have.length(6613);
  });

  it('treats every payload as the value of every attribute: literal text, one warning per element', async function () {
    this.timeout(120_000);
    const batch = 300;
    let warnings: string[] = [];
    for (let start = 0; start < corpus.payloads.length; start += batch) {
      const slice = corpus.payloads.slice(start, start + batch);
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
            for (const name of ['episode', 'variant', 'heading-level', 'spoilers', 'debug']) card.setAttribute(name, payload);
            for (const name of ['thread', 'variant', 'heading-level', 'spoilers', 'expanded', 'debug']) thread.setAttribute(name, payload);
            for (const name of ['character', 'episode', 'spoilers', 'open']) chip.setAttribute(name, payload);
            host.append(card, thread, chip, inSeries);
          }
          await settle(host);
        }),
      );
      slice.forEach((payload, i) => {
        const [card, thread, chip, inSeries] = [...host.children].slice(i * 4, i * 4 + 4);
        // With debug (the card's and the storyline's), the message quotes the payload, as text.
        expect(card.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.include(`<episode-card>: no episode "${payload}" in the registered data.`);
        expect(thread.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.include(`<plot-thread>: no thread "${payload}" in the registered data.`);
        // Readers see calm lines that quote nothing.
        expect(chip.shadowRoot!.querySelector('[part="unknown"]')!.textContent).to.equal('character unavailable');
        expect(inSeries.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal('This episode card is unavailable.');
        for (const el of [card, thread, chip, inSeries]) expectInert(el);
      });
      host.remove();
    }
    expect(warnings).to.have.length(4 * corpus.payloads.length);
  });

  it('shows slotted payload text in a chip as text', async () => {
    const sample = corpus.payloads.filter((_, i) => i % 50 === 0);
    for (const payload of sample) {
      const chip = await fixture<CharacterChip>(html`<character-chip character="scarlett">${payload}</character-chip>`);
      await settle(chip);
      const slot = chip.shadowRoot!.querySelector('slot')!;
      expect(
        slot
          .assignedNodes()
          .map((n) => n.textContent)
          .join(''),
      ).to.equal(payload);
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
      ...corpus.payloads.filter((p) => /^\s*javascript:/i.test(p)).slice(0, 50),
    ];
    const resolve = catalog.resolve;
    try {
      for (const url of hostile) {
        const { dataset, ids } = makeSeries();
        dataset.series[0].url = url;
        dataset.episodes[0].url = url;
        const message = thrownMessage(() => register(dataset, 'links.json')).split('\n');
        expect(
          message.map((line) => line.replace(/, got .*/s, '')),
          url,
        ).to.deep.equal(['links.json: series[0].url: expected an http(s) or relative URL', 'links.json: episodes[0].url: expected an http(s) or relative URL']);
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
