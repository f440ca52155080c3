import { expect } from '@open-wc/testing';
import { VERSION } from '../src/version.js';
import { framedPage, harbourLightsJson, settle } from './helpers.js';

const TAGS = ['episode-card', 'character-chip', 'plot-thread'];
const load = (url: string) => import(/* @vite-ignore */ url);

describe('coexistence with other copies and other pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('keeps VERSION equal to package.json', async () => {
    expect(VERSION).to.equal((await (await fetch('/package.json')).json()).version);
  });

  it('runs an npm build and the CDN bundle on one page: one definition per tag, one catalog, no error, no note', async () => {
    const notes: string[] = [];
    const errors: unknown[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => void notes.push(args.join(' '));
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      const npm = await load('/dist/all.js');
      const cdn = await load('/dist/cdn/episode-elements.js');
      expect(cdn.EpisodeCard === npm.EpisodeCard, 'two separate copies ran').to.equal(false);
      expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal([npm.EpisodeCard, npm.CharacterChip, npm.PlotThread]);
      const card = document.createElement('episode-card');
      card.setAttribute('episode', 's1e30');
      document.body.append(card);
      await settle(card);
      expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('We');
      // One catalog for both copies: data registered through the copy that did not define the
      // tags reaches the elements all the same.
      expect(cdn.catalog).to.equal(npm.catalog);
      cdn.register(JSON.parse(await harbourLightsJson()), 'harbour-lights.json');
      card.setAttribute('episode', 'hl-s1e1');
      await settle(card);
      expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Low Tide');
      card.remove();
    } finally {
      console.info = info;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(notes, 'same version: nothing to say').to.deep.equal([]);
  });

  it('leaves a tag defined by a different version alone, with one console note', async () => {
    const page = await framedPage(
      600,
      300,
      '<plot-thread thread="kits-letter"></plot-thread><episode-card episode="s1e30" variant="compact"></episode-card>',
      `window.__notes = [];
       console.info = (...args) => window.__notes.push(args.join(' '));
       customElements.define('plot-thread', class extends HTMLElement { static version = '0.0.1'; });`,
    );
    const win = page.defaultView as unknown as { __notes: string[] };
    expect(win.__notes).to.deep.equal([
      `episode-elements ${VERSION}: <plot-thread> is already defined by episode-elements 0.0.1; that definition stays in use.`,
    ]);
    expect(page.querySelector('plot-thread')!.shadowRoot).to.equal(null);
    expect(page.querySelector('episode-card')!.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('We');
  });

  it('upgrades elements created before the library, keeping attributes and properties set early', async () => {
    const page = await framedPage(
      700,
      400,
      '<div id="host"></div>',
      `const card = document.createElement('episode-card');
       card.episode = 's1e30';
       card.variant = 'compact';
       card.headingLevel = 2;
       const chip = document.createElement('character-chip');
       chip.setAttribute('character', 'jax');
       chip.open = true;
       const thread = document.createElement('plot-thread');
       thread.thread = 'jenna-and-sasha';
       thread.spoilers = true;
       document.getElementById('host').append(card, chip, thread);`,
    );
    const [card, chip, thread] = page.getElementById('host')!.children;
    const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`);
    expect(card.getAttribute('variant')).to.equal('compact');
    expect(part(card, 'title')!.getAttribute('aria-level')).to.equal('2');
    expect(part(card, 'cast'), 'compact').to.equal(null);
    expect(part(chip, 'panel')).to.exist;
    expect(part(thread, 'outcome')!.textContent).to.include('Jenna smiles at Sasha');
  });
});
