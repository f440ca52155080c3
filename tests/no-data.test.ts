import { expect } from '@open-wc/testing';
import { captureWarnings, harbourLightsJson, part, settle, text } from './helpers.js';

// The npm build's no-data entries, as a developer imports them (the page has loaded nothing else).
const load = (url: string) => import(/* @vite-ignore */ url);

async function card(episode: string) {
  const el = document.createElement('episode-card');
  el.setAttribute('episode', episode);
  el.setAttribute('variant', 'compact');
  document.body.append(el);
  await settle(el);
  return el;
}

describe('no-data entries', () => {
  it('define the elements with an empty catalog; your dataset renders, Backstage ids do not', async () => {
    const { EpisodeCard } = await load('/dist/no-data/episode-card.js');
    const { catalog, register } = await load('/dist/no-data/index.js');
    expect(customElements.get('episode-card')).to.equal(EpisodeCard);
    expect(['character-chip', 'plot-thread', 'episode-data'].map((tag) => !!customElements.get(tag))).to.deep.equal([true, true, false]);
    expect(catalog.episode('s1e30')).to.equal(undefined);

    register(JSON.parse(await harbourLightsJson()), 'harbour-lights.json');
    const ours = await card('hl-s1e1');
    expect(text(part(ours, 'title'))).to.not.equal('');
    let theirs!: HTMLElement;
    const warnings = await captureWarnings(async () => (theirs = await card('s1e30')));
    expect(text(part(theirs, 'notice'))).to.equal('This episode card is unavailable.');
    expect(warnings.join('\n')).to.include('no episode "s1e30" in the registered data. Known episode ids: hl-s1e1');
    ours.remove();
    theirs.remove();
  });

  it('episode-elements/backstage.js adds the bundled dataset, once, however often it is imported', async () => {
    const { catalog } = await load('/dist/no-data/index.js');
    await load('/dist/data/bundled.js');
    await load('/dist/episode-card/episode-card.register.js'); // the entry with data imports it again
    expect(catalog.episode('s1e30').title).to.equal('We');
    const el = await card('s1e30');
    expect(text(part(el, 'title'))).to.equal('We');
    el.remove();
  });
});
