// Shared by the hostile-input suites (tests/hostile*.test.ts): the corpus, the tripwires, what the
// elements may render, and the field test over a range of the corpus. The field test is split by
// range across files so that no one page runs long enough to hit testsFinishTimeout on a busy machine.
import { expect, fixture, html } from '@open-wc/testing';
import type { CharacterChip } from '../../src/character-chip/character-chip.js';
import { register } from '../../src/data/index.js';
import { isHttpOrRelative } from '../../src/shared/safe-url.js';
import { captureWarnings, deepElements, deepText, makeSeries, settle } from '../helpers.js';

// Everything the elements may legitimately render in their shadow roots. A payload that became
// markup would add a tag or an attribute outside these lists.
export const TAGS = new Set([
  'ARTICLE',
  'HEADER',
  'P',
  'SPAN',
  'DIV',
  'A',
  'SECTION',
  'UL',
  'OL',
  'LI',
  'BUTTON',
  'BLOCKQUOTE',
  'CITE',
  'SLOT',
  'DL',
  'DT',
  'DD',
  'CHARACTER-CHIP',
  'PLOT-THREAD',
  'EPISODE-CARD',
]);
export const ATTRIBUTES = new Set([
  'part',
  'title', // a name as the tooltip of its initials: an attribute value, never markup
  'data-sheet',
  'class',
  'id',
  'role',
  'aria-level',
  'aria-labelledby',
  'aria-expanded',
  'aria-controls',
  'aria-hidden',
  'aria-haspopup',
  'aria-label',
  'type',
  'hidden',
  'name',
  'href',
  'tabindex',
  'popover',
  'style',
  'data-n',
  // our own elements' attributes, set by our templates
  'character',
  'episode',
  'thread',
  'series',
  'variant',
  'heading-level',
  'spoilers',
  'open',
  'expanded',
]);

/** Fields of makeSeries() that no element shows (the group's kind and description). */
export const UNSHOWN = /^group (kind|description)$/;

/** The hostile-input corpus (tests/fixtures/xss-payload-list.txt), filled by useCorpus(). */
export const corpus = {
  payloads: [] as string[],
  /** The payloads a dataset may hold as a link: the http(s) and relative ones (nearly all). */
  links: [] as string[],
};
const tripped: string[] = [];

/** In a describe(): loads the corpus, sets the tripwires, and checks after each test that none fired. */
export function useCorpus() {
  before(async () => {
    corpus.payloads = await (await fetch('/__corpus/xss.json')).json();
    corpus.links = corpus.payloads.filter(isHttpOrRelative);
    // Tripwires: a payload that managed to run would almost certainly call one of these.
    for (const name of ['alert', 'prompt', 'confirm', 'print', 'open'] as const) {
      (window as any)[name] = (...args: unknown[]) => tripped.push(`${name}(${args.join(', ')})`);
    }
  });

  afterEach(() => expect(tripped, 'a payload ran').to.deep.equal([]));
}

/** Nothing from the payloads became an element, an attribute, or a live link, at any depth. */
export function expectInert(root: Element) {
  for (const node of deepElements(root.shadowRoot ?? root)) {
    expect(TAGS.has(node.tagName), `unexpected <${node.tagName.toLowerCase()}>`).to.equal(true);
    for (const { name, value } of node.attributes) {
      expect(ATTRIBUTES.has(name), `unexpected attribute ${name}="${value}"`).to.equal(true);
      if (name === 'href') expect(['http:', 'https:']).to.include(new URL(value, location.href).protocol);
      // Only the panel's placement (and hiding while its chip is out of sight) is ever written.
      if (name === 'style') expect(value).to.match(/^(\s*((--_reader-text|width|max-width|max-height|left|top): -?[\d.]+px|visibility: hidden);)+$/);
    }
  }
}

/** Renders every element for a dataset's episode and returns all the text a reader could reveal. */
export async function renderEverything(episode: string, threads: string[], characters: string[]): Promise<string> {
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

/** The field test over part `part` of `of` of the corpus: each payload becomes some shown data field of some element. */
export function fieldsTest(part: number, of: number) {
  it(`renders every payload in every shown data field of every element as literal text (part ${part} of ${of})`, async function () {
    this.timeout(180_000);
    const { payloads, links } = corpus;
    const from = Math.floor((payloads.length * (part - 1)) / of);
    const to = Math.floor((payloads.length * part) / of);
    const size = { characters: 20, threads: 20, beats: 40 };
    const resourcesBefore = performance.getEntriesByType('resource').length;
    let next = from;
    let datasets = 0;
    while (next < to) {
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
      await captureWarnings(() => register(dataset, `hostile-${from}-${datasets}.json`));
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
    // The whole corpus takes more than 20 datasets; each part its share.
    expect(datasets).to.be.greaterThan(20 / of);
    const fetched = performance
      .getEntriesByType('resource')
      .slice(resourcesBefore)
      .map((e) => e.name);
    expect(fetched, 'rendering made network requests').to.deep.equal([]);
  });
}
