import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import { catalog, register } from '../src/data/index.js';
import type { CharacterChip } from '../src/character-chip/character-chip.js';
import type { EpisodeCard } from '../src/episode-card/episode-card.js';
import type { PlotThread } from '../src/plot-thread/plot-thread.js';
import { backstage, bundledEpisode, captureWarnings, deepElements, makeSeries, part, parts, settle, text, thrownMessage } from './helpers.js';

/** A same-origin iframe with an empty page of its own (another document, and another registry). */
async function blankFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 700px; height: 500px';
  frame.srcdoc = "<body style='margin: 0; font: 16px/1.5 serif'></body>";
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

// The 1,000 create/remove cycles run in tests/lifecycle-cycles-*.test.ts (see tests/support/lifecycle-cycles.ts).
describe('lifecycle', () => {
  it('survives being moved, and follows id changes at run time', async () => {
    const wrap = await fixture(html`<div><section id="a"></section><section id="b"></section></div>`);
    const card = document.createElement('episode-card') as EpisodeCard;
    card.episode = 's1e30';
    const chip = document.createElement('character-chip') as CharacterChip;
    chip.character = 'kit';
    const thread = document.createElement('plot-thread') as PlotThread;
    thread.thread = 'kits-letter';
    wrap.querySelector('#a')!.append(card, chip, thread);
    chip.open = true;
    await settle(wrap);
    wrap.querySelector('#b')!.append(card, chip, thread); // a move: disconnect, then connect
    await settle(wrap);
    expect(text(part(card, 'title'))).to.equal('We');
    expect(chip.open, 'a move closes the panel').to.equal(false);
    chip.open = true;
    await settle(chip);
    expect(text(part(chip, 'panel-heading'))).to.equal('Kit');
    chip.character = 'vanessa';
    await settle(chip);
    expect(text(part(chip, 'panel-heading'))).to.equal('Vanessa');
    thread.thread = 'jenna-and-sasha';
    await settle(thread);
    expect(text(part(thread, 'title'))).to.equal('Jenna and Sasha');
    card.episode = 'gone';
    await settle(card);
    expect(text(part(card, 'notice'))).to.equal('This episode card is unavailable.');
    card.episode = 's1e30';
    await settle(card);
    expect(parts(card, 'cast-member')).to.have.length(bundledEpisode('s1e30').characters);
  });

  it('rejects a malformed dataset with the precise error and keeps data and elements intact', async () => {
    const card = await fixture<EpisodeCard>(html`<episode-card episode="s1e30" spoilers></episode-card>`);
    await settle(card);
    const before = card.shadowRoot!.textContent;
    const bad = backstage() as any;
    bad.series[0].id = 'backstage-2';
    bad.episodes[0] = { ...bad.episodes[0], id: 's9e1', series: 'backstage-2', season: 'nine' };
    const lines = thrownMessage(() => register(bad, 'bad.json')).split('\n');
    expect(lines[0]).to.equal('bad.json: episodes[0].season: expected a whole number of at least 1, got "nine"');
    // The references to the episode's old id are reported beside the shape problem.
    expect(lines[1]).to.equal('bad.json: beats[0].episode: unknown episode "s1e30"');
    await settle(card);
    expect(card.shadowRoot!.textContent).to.equal(before);
    expect(catalog.series('backstage-2')).to.equal(undefined);
    expect(catalog.episode('s1e30')!.title).to.equal('We');
  });

  it('renders extreme strings (very long, emoji, right-to-left, 10,000 characters) without overflow or delay', async () => {
    const long = (slot: string) => {
      if (slot.endsWith('name')) return `${'Supercalifragilistic'.repeat(12)} 👩🏽‍🎤 ${slot}`;
      if (slot.endsWith('title')) return `שלום עולם — ${slot} — مرحبا بالعالم ${'🎭'.repeat(40)}`;
      if (slot.includes('description') || slot.includes('summary')) return `${'Lorem ipsum dolor sit amet, '.repeat(358)}end`;
      return `${slot} ${'x'.repeat(300)}`;
    };
    const { dataset, ids } = makeSeries(long);
    expect(dataset.characters[0].description.length).to.be.greaterThan(10_000);
    register(dataset, 'extreme.json');
    const started = performance.now();
    const wrap = await fixture(html`<div style="width: 360px">
      <episode-card episode=${ids.episode} spoilers></episode-card>
      <plot-thread thread=${dataset.threads[0].id} spoilers></plot-thread>
      <p><character-chip character=${dataset.characters[0].id} open spoilers></character-chip></p>
      <episode-card episode=""></episode-card><character-chip character=""></character-chip>
    </div>`);
    await settle(wrap);
    expect(performance.now() - started, 'ms to render').to.be.lessThan(2000);
    const chip = wrap.querySelector('character-chip') as CharacterChip;
    for (const box of [part(wrap.querySelector('episode-card')!, 'base')!, part(wrap.querySelector('plot-thread')!, 'base')!, part(chip, 'panel')!]) {
      expect(box.scrollWidth, `${box.getAttribute('part')} overflows`).to.be.at.most(box.clientWidth + 1);
    }
    expect(chip.getBoundingClientRect().width, 'the chip wraps inside its column').to.be.at.most(361);
  });

  it('looks the same after moving to another document (an iframe) and back', async () => {
    const frame = await blankFrame();
    const here = await fixture(html`<div style="width: 600px; font: 16px/1.5 serif">
      <episode-card episode="s1e30" spoilers></episode-card><plot-thread thread="kits-letter"></plot-thread>
      <p><character-chip character="kit"></character-chip></p>
    </div>`);
    await settle(here);
    const look = () =>
      deepElements(here).map((node) => {
        const style = getComputedStyle(node);
        const { width, height } = node.getBoundingClientRect();
        return [
          node.localName,
          style.display,
          style.borderTopWidth,
          style.borderLeftWidth,
          style.paddingLeft,
          style.paddingTop,
          style.backgroundColor,
          style.fontWeight,
          Math.round(width),
          Math.round(height),
        ].join(' ');
      });
    const before = look();
    frame.contentDocument!.body.append(here);
    await settle(here);
    expect(here.ownerDocument).to.equal(frame.contentDocument);
    expect(look(), 'in the iframe').to.deep.equal(before);
    document.body.append(here);
    await settle(here);
    expect(look(), 'moved back').to.deep.equal(before);
    here.remove();
    frame.remove();
  });

  it('warns only about an id that is really missing, also when the attribute comes right after insertion into a shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const warnings = await captureWarnings(async () => {
      for (const [tag, attribute, id] of [
        ['episode-card', 'episode', 's1e30'],
        ['plot-thread', 'thread', 'kits-letter'],
        ['character-chip', 'character', 'kit'],
      ]) {
        const el = document.createElement(tag);
        root.append(el);
        el.setAttribute(attribute, id);
      }
      await settle(host);
      await new Promise((resolve) => setTimeout(resolve));
    });
    expect(warnings).to.deep.equal([]);
    expect(text(part(root.querySelector('episode-card')!, 'title'))).to.equal('We');
    const missing = await captureWarnings(async () => {
      root.append(document.createElement('episode-card'));
      await settle(host);
      await new Promise((resolve) => setTimeout(resolve));
    });
    expect(missing).to.have.length(1);
    expect(missing[0]).to.match(/^<episode-card>: the episode attribute is missing\./);
  });

  it('keeps one JSON-LD script per card, however the card is copied', async () => {
    const wrap = await fixture(html`<div><episode-card episode="s1e30" structured-data></episode-card></div>`);
    await settle(wrap);
    const scripts = (el: Element) => el.querySelectorAll(':scope > script[type="application/ld+json"]').length;
    const card = wrap.querySelector('episode-card')!;
    expect(scripts(card)).to.equal(1);
    const clone = card.cloneNode(true) as EpisodeCard;
    wrap.append(clone);
    const copy = document.createElement('div');
    copy.innerHTML = wrap.innerHTML; // a page builder copying the markup
    wrap.append(copy);
    await settle(wrap);
    const cards = [...wrap.querySelectorAll('episode-card')];
    expect(cards).to.have.length(4);
    expect(cards.map(scripts)).to.deep.equal([1, 1, 1, 1]);
    expect(JSON.parse(clone.querySelector('script')!.textContent!).name).to.equal('We');
  });

  it('renders, styled, when created here and inserted straight into another document, or into one without a window', async () => {
    const frame = await blankFrame();
    // The usual way to get one there: the iframe's own registry does not know the tags.
    const card = document.createElement('episode-card') as EpisodeCard;
    card.episode = 's1e30';
    const chip = document.createElement('character-chip') as CharacterChip;
    chip.character = 'kit';
    frame.contentDocument!.body.append(card, chip);
    await settle(card);
    await settle(chip);
    expect(text(part(card, 'title'))).to.equal('We');
    expect(getComputedStyle(part(card, 'base')!).borderTopWidth).to.equal('4px');
    expect(getComputedStyle(part(chip, 'base')!).borderTopLeftRadius).to.equal('999px');
    // A document without a window (a template's, or one made with createHTMLDocument) renders nothing, and throws nothing.
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const windowless = document.implementation.createHTMLDocument('');
    windowless.body.append(card);
    document.body.append(card);
    window.removeEventListener('error', onError);
    await settle(card);
    expect(errors).to.deep.equal([]);
    expect(getComputedStyle(part(card, 'base')!).borderTopWidth).to.equal('4px');
    card.remove();
    frame.remove();
  });
});
