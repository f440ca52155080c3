import { expect } from '@open-wc/testing';
import { settle } from './helpers.js';

// The built file a blogger loads with <script type="module" src="…">. `npm test` builds it first.
const BUNDLE = '/dist/cdn/episode-elements.js';
const load = (url: string) => import(/* @vite-ignore */ url);

describe('CDN bundle (dist/cdn/episode-elements.js)', () => {
  let host: HTMLElement;
  before(() => {
    // Module scripts run after parsing, so the blogger's tags always exist before the definition.
    host = document.createElement('div');
    host.innerHTML = `<episode-card episode="s1e30" heading-level="2"></episode-card>
      <p>… and <character-chip character="scarlett"></character-chip> loses her voice.</p>
      <plot-thread thread="scarletts-voice"></plot-thread>`;
    document.body.append(host);
    for (const tag of ['episode-card', 'character-chip', 'plot-thread'])
      expect(customElements.get(tag), `${tag} not defined before the bundle loads`).to.equal(undefined);
  });
  after(() => host.remove());

  it('is one self-contained module: no bare imports left', async () => {
    const code = await (await fetch(BUNDLE)).text();
    expect(code.length).to.be.greaterThan(10_000);
    expect(code).not.to.match(/\bfrom\s*["'](?![./])/);
    expect(code).not.to.match(/\bimport\s*\(\s*["'](?![./])/);
  });

  it('upgrades tags already on the page and renders the bundled episode', async () => {
    const api = await load(BUNDLE);
    const card = host.querySelector('episode-card')!;
    expect(card).to.be.instanceOf(api.EpisodeCard);
    await (card as InstanceType<typeof api.EpisodeCard>).updateComplete;
    const title = card.shadowRoot!.querySelector('[part="title"]')!;
    expect(title.textContent!.trim()).to.equal('We');
    expect(title.getAttribute('aria-level')).to.equal('2');
    expect(api.catalog.episode('s1e30').title).to.equal('We');
    const chip = host.querySelector('character-chip')!;
    const thread = host.querySelector('plot-thread')!;
    expect(chip).to.be.instanceOf(api.CharacterChip);
    expect(thread).to.be.instanceOf(api.PlotThread);
    await settle(host);
    expect(chip.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Scarlett');
    expect(thread.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal("Scarlett's voice");
    expect(typeof api.register).to.equal('function');
  });

  it('can be loaded a second time without an error; the first definition stays', async () => {
    const first = ['episode-card', 'character-chip', 'plot-thread'].map((tag) => customElements.get(tag));
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const second = await load(`${BUNDLE}?copy=2`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(second.EpisodeCard === first[0], 'a really separate copy was evaluated').to.equal(false);
    expect(['episode-card', 'character-chip', 'plot-thread'].map((tag) => customElements.get(tag))).to.deep.equal(first);
  });
});
