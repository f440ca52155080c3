// One rule for every element that cannot show what its tag asks for (issue 16): readers see the
// tag's own fallback content, else a calm line with no ids; the author gets the precise message,
// with "did you mean", once, in the console and in an `ee-error` event; `debug` on the element or
// any ancestor (across shadow roots) shows that message on the page. Client-rendered and
// server-rendered then hydrated.
import './support/hydration-support.js';
import { expect, fixture, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import '../src/all.js';
import { catalog, register } from '../src/data/index.js';
import type { Kind, Suggestion } from '../src/data/index.js';
import type { ElementErrorDetail } from '../src/events/event-map.js';
import { fixtureFor, makeSeries, part, RENDER_MODES, settle, text, onScreen } from './helpers.js';

/** What the author hears while `fn` runs: ee-error details that reach the document, console.warn and console.error. */
async function overhear(fn: () => Promise<unknown>) {
  const events: ElementErrorDetail[] = [];
  const logged: string[] = [];
  const record = (e: Event) => events.push((e as CustomEvent<ElementErrorDetail>).detail);
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => void logged.push(`warn: ${args.join(' ')}`);
  console.error = (...args: unknown[]) => void logged.push(`error: ${args.join(' ')}`);
  document.addEventListener('ee-error', record);
  try {
    await fn();
  } finally {
    Object.assign(console, { warn, error });
    document.removeEventListener('ee-error', record);
  }
  return { events, logged };
}

const known = (kind: Kind) => catalog.ids(kind).join(', ');

/** The first child that is content: an element or text that is not blank (not Lit's comment markers). */
const content = (el: Element) => [...el.childNodes].find((n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()));

interface Case {
  what: string;
  tag: 'episode-card' | 'plot-thread' | 'character-chip';
  /** The element, with `fallback` inside. */
  markup: (fallback: TemplateResult | typeof nothing) => TemplateResult;
  /** Fallback content a blogger would write inside this tag. */
  fallback: TemplateResult;
  calm: string;
  detail: () => ElementErrorDetail;
}

const BACKSTAGE = (id: string, name: string): Suggestion => ({ id, name, series: 'backstage' });

const CASES: Case[] = [
  {
    what: 'an episode id in another case',
    tag: 'episode-card',
    markup: (inner) => html`<episode-card episode="S1E30">${inner}</episode-card>`,
    fallback: html`<a href="/recap/we">Backstage S1E30: “We”</a>`,
    calm: 'This episode card is unavailable.',
    detail: () => ({
      kind: 'unknown-id',
      attribute: 'episode',
      id: 'S1E30',
      series: undefined,
      suggestions: [BACKSTAGE('s1e30', 'We')],
      message: `<episode-card>: no episode "S1E30" in the registered data. Did you mean "s1e30" (We)? Known episode ids: ${known('episodes')}.`,
    }),
  },
  {
    what: 'a card without an episode attribute',
    tag: 'episode-card',
    markup: (inner) => html`<episode-card>${inner}</episode-card>`,
    fallback: html`<a href="/recap/we">Backstage S1E30: “We”</a>`,
    calm: 'This episode card is unavailable.',
    detail: () => ({
      kind: 'no-id',
      attribute: 'episode',
      id: '',
      series: undefined,
      suggestions: [],
      message: `<episode-card>: the episode attribute is missing. Known episode ids: ${known('episodes')}.`,
    }),
  },
  {
    what: 'a series that is not registered (another case)',
    tag: 'episode-card',
    markup: (inner) => html`<episode-card episode="s1e30" series="Backstage">${inner}</episode-card>`,
    fallback: html`<a href="/recap/we">Backstage S1E30: “We”</a>`,
    calm: 'This episode card is unavailable.',
    detail: () => ({
      kind: 'unknown-series',
      attribute: 'episode',
      id: 's1e30',
      series: 'Backstage',
      suggestions: [BACKSTAGE('backstage', 'Backstage')],
      message: `<episode-card>: no series "Backstage" is registered (its series attribute, or an ancestor's, names it). Did you mean "backstage" (Backstage)? Known series: ${known('series')}.`,
    }),
  },
  {
    what: 'a storyline id with a typo',
    tag: 'plot-thread',
    markup: (inner) => html`<plot-thread thread="scarlett-voice">${inner}</plot-thread>`,
    fallback: html`<p>Scarlett loses her voice the day of the show.</p>`,
    calm: 'This storyline is unavailable.',
    detail: () => ({
      kind: 'unknown-id',
      attribute: 'thread',
      id: 'scarlett-voice',
      series: undefined,
      suggestions: [BACKSTAGE('scarletts-voice', "Scarlett's voice")],
      message: `<plot-thread>: no thread "scarlett-voice" in the registered data. Did you mean "scarletts-voice" (Scarlett's voice)? Known thread ids: ${known('threads')}.`,
    }),
  },
  {
    what: 'a storyline given by its title',
    tag: 'plot-thread',
    markup: (inner) => html`<plot-thread thread="Scarlett's voice" series="backstage">${inner}</plot-thread>`,
    fallback: html`<p>Scarlett loses her voice the day of the show.</p>`,
    calm: 'This storyline is unavailable.',
    detail: () => ({
      kind: 'unknown-id',
      attribute: 'thread',
      id: "Scarlett's voice",
      series: 'backstage',
      suggestions: [BACKSTAGE('scarletts-voice', "Scarlett's voice")],
      message: `<plot-thread>: no thread "Scarlett's voice" in series "backstage". Did you mean "scarletts-voice" (Scarlett's voice)? Known thread ids: ${catalog.ids('threads', 'backstage').join(', ')}.`,
    }),
  },
  {
    what: 'a character id with a typo',
    tag: 'character-chip',
    markup: (inner) => html`<character-chip character="Scarlet">${inner}</character-chip>`,
    fallback: html`Scarlett`,
    calm: 'character unavailable',
    detail: () => ({
      kind: 'unknown-id',
      attribute: 'character',
      id: 'Scarlet',
      series: undefined,
      suggestions: [BACKSTAGE('scarlett', 'Scarlett')],
      message: `<character-chip>: no character "Scarlet" in the registered data. Did you mean "scarlett" (Scarlett)? Known character ids: ${known('characters')}.`,
    }),
  },
  {
    what: 'a character given by a longer name',
    tag: 'character-chip',
    markup: (inner) => html`<character-chip character="Kit Kingsley">${inner}</character-chip>`,
    fallback: html`Kit`,
    calm: 'character unavailable',
    detail: () => ({
      kind: 'unknown-id',
      attribute: 'character',
      id: 'Kit Kingsley',
      series: undefined,
      suggestions: [BACKSTAGE('kit', 'Kit')],
      message: `<character-chip>: no character "Kit Kingsley" in the registered data. Did you mean "kit" (Kit)? Known character ids: ${known('characters')}.`,
    }),
  },
];

/** The line readers (or, with debug, authors) see in place of the element: the card's and storyline's notice, the chip's unknown. */
const line = (el: Element) => part(el, 'notice') ?? part(el, 'unknown');

for (const mode of RENDER_MODES) {
  const render = fixtureFor(mode);

  describe(`authoring errors (${mode})`, () => {
    for (const c of CASES) {
      describe(`${c.tag}: ${c.what}`, () => {
        /** Renders `template`, returns our element in it, and what the author heard meanwhile. */
        async function show(template: TemplateResult) {
          let el!: Element;
          const heard = await overhear(async () => {
            const wrap = await render<HTMLElement>(html`<div>${template}</div>`);
            el = wrap.querySelector(c.tag)!;
            await settle(wrap);
          });
          return { el, ...heard };
        }

        it('readers see a calm line with no ids; the author gets the message with suggestions, once, in the console and an ee-error', async () => {
          const { el, events, logged } = await show(c.markup(nothing));
          expect(text(line(el))).to.equal(c.calm);
          expect(onScreen(line(el)), 'the calm line is on screen').to.equal(true);
          const detail = c.detail();
          expect(events).to.deep.equal([detail]);
          expect(logged).to.deep.equal([`warn: ${detail.message}`]);
          // Re-rendering repeats neither.
          const again = await overhear(async () => {
            (el as HTMLElement & { requestUpdate(): void }).requestUpdate();
            await settle(el);
          });
          expect(again).to.deep.equal({ events: [], logged: [] });
        });

        it('readers see the tag’s own fallback content instead, as it stands', async () => {
          const { el, events } = await show(c.markup(c.fallback));
          expect(onScreen(line(el)), 'the calm line is hidden').to.equal(false);
          expect(el.shadowRoot!.querySelector('slot')!.assignedNodes().length).to.be.greaterThan(0);
          expect(onScreen(content(el)!), 'the fallback is on screen').to.equal(true);
          // Plain: not inside the chip's marked line.
          expect(el.shadowRoot!.querySelector('slot')!.closest('[part]') === null, 'the slot is outside any part').to.equal(true);
          expect(events.map((e) => e.message)).to.deep.equal([c.detail().message]);
        });

        it('shows the full message with debug on the element, and beside the fallback content', async () => {
          const { el } = await show(c.markup(nothing));
          el.setAttribute('debug', '');
          await settle(el);
          expect(text(line(el))).to.equal(c.detail().message);
          const withFallback = await show(c.markup(c.fallback));
          withFallback.el.setAttribute('debug', '');
          await settle(withFallback.el);
          expect(text(line(withFallback.el))).to.equal(c.detail().message);
          expect(onScreen(line(withFallback.el))).to.equal(true);
          expect(onScreen(content(withFallback.el)!)).to.equal(true);
          // In a sentence, a space parts the chip's text from the message (and only then).
          if (c.tag === 'character-chip') expect([el, withFallback.el].map((e) => e.shadowRoot!.textContent![0])).to.deep.equal(['<', ' ']);
        });

        it('shows the full message with debug on an ancestor', async () => {
          const { el } = await show(html`<section debug>${c.markup(nothing)}</section>`);
          expect(text(line(el))).to.equal(c.detail().message);
        });
      });
    }
  });
}

describe('authoring errors: debug, events and ambiguity', () => {
  it('follows debug set and removed on an ancestor later, across a shadow root', async () => {
    const page = await fixture<HTMLElement>(html`<article><div id="host"></div></article>`);
    const shadow = page.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Then <character-chip character="Scarlet"></character-chip> sang.</p><plot-thread thread="kits-leter"></plot-thread>';
    const chip = shadow.querySelector('character-chip')!;
    const thread = shadow.querySelector('plot-thread')!;
    await overhear(async () => {
      await settle(chip);
      await settle(thread);
    });
    expect(text(line(chip))).to.equal('character unavailable');
    expect(text(line(thread))).to.equal('This storyline is unavailable.');
    page.setAttribute('debug', '');
    await settle(chip);
    await settle(thread);
    expect(text(line(chip))).to.match(/^<character-chip>: no character "Scarlet" in the registered data\. Did you mean "scarlett" \(Scarlett\)\?/);
    expect(text(line(thread))).to.match(
      /^<plot-thread>: no thread "kits-leter" in the registered data\. Did you mean "kits-letter" \(The letter from Kit's birth parents\)\?/,
    );
    page.removeAttribute('debug');
    await settle(chip);
    expect(text(line(chip))).to.equal('character unavailable');
  });

  it('fires ee-error from inside a shadow root to the document, bubbling and composed', async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = page.attachShadow({ mode: 'open' });
    const { events } = await overhear(async () => {
      shadow.innerHTML = '<episode-card episode="s1e3"></episode-card>';
      await settle(shadow.querySelector('episode-card')!);
    });
    expect(events.map((e) => [e.kind, e.id, e.suggestions.map((s) => s.id)])).to.deep.equal([['unknown-id', 's1e3', ['s1e30']]]);
  });

  it('an id that several series have: readers see the calm line or their content; console.error and ee-error name the series', async () => {
    const first = makeSeries();
    const second = makeSeries();
    // The second series' first storyline takes the first's id: ids need only be unique within a dataset.
    const shared = first.dataset.threads[0].id;
    const renamed = second.dataset.threads[0].id;
    second.dataset.threads[0].id = shared;
    for (const beat of second.dataset.beats) beat.threads = beat.threads.map((t) => (t === renamed ? shared : t));
    register(first.dataset, 'first.json');
    register(second.dataset, 'second.json');
    let wrap!: HTMLElement;
    const { events, logged } = await overhear(async () => {
      wrap = await fixture(html`<div>
        <plot-thread thread=${shared}></plot-thread>
        <plot-thread thread=${shared}><a href="/recap">My recap</a></plot-thread>
      </div>`);
      await settle(wrap);
    });
    const [bare, withFallback] = wrap.querySelectorAll('plot-thread');
    expect(text(line(bare))).to.equal('This storyline is unavailable.');
    expect(onScreen(line(withFallback))).to.equal(false);
    const message = `<plot-thread>: thread "${shared}" is in more than one series: "${first.ids.series}" (first.json), "${second.ids.series}" (second.json). Set series="…" on the element or an ancestor to choose one.`;
    expect(logged).to.deep.equal([`error: ${message}`, `error: ${message}`]);
    expect(events).to.deep.equal([0, 1].map(() => ({ kind: 'ambiguous-id', attribute: 'thread', id: shared, series: undefined, suggestions: [], message })));
  });
});
