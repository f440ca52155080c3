import { expect } from '@open-wc/testing';
import { settle } from './helpers.js';

// The npm build, as a developer imports it (the test runner resolves the bare `lit` import).
const load = (url: string) => import(/* @vite-ignore */ url);
const TAGS = ['episode-card', 'character-chip', 'plot-thread'];
/** Every public element: the three that render, and <episode-data>, which loads data. */
const ALL_TAGS = [...TAGS, 'episode-data'];
const defined = () => TAGS.filter((tag) => customElements.get(tag));

interface Declaration {
  tagName: string;
  customElement: boolean;
  attributes?: { name: string; fieldName?: string }[];
  events?: { name: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

describe('npm entry points', () => {
  it('the main entry exports classes and the catalog and registers nothing; apps pick their own tag names', async () => {
    const api = await load('/dist/index.js');
    expect(defined()).to.deep.equal([]);
    expect(api.catalog.episode('s1e30').title).to.equal('We');
    expect(typeof api.register).to.equal('function');
    customElements.define('my-episode', api.EpisodeCard);
    const el = document.createElement('my-episode');
    el.setAttribute('episode', 's1e30');
    el.setAttribute('variant', 'compact');
    document.body.append(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('We');
    expect(defined()).to.deep.equal([]);
    el.remove();
  });

  it('each element entry registers its tag (and the tags it renders), nothing else', async () => {
    const api = await load('/dist/index.js');
    await load('/dist/character-chip/character-chip.register.js');
    expect(defined()).to.deep.equal(['character-chip']);
    await load('/dist/plot-thread/plot-thread.register.js');
    expect(defined()).to.deep.equal(['character-chip', 'plot-thread']);
    await load('/dist/episode-card/episode-card.register.js');
    expect(defined()).to.deep.equal(TAGS);
    expect(customElements.get('episode-data')).to.equal(undefined);
    await load('/dist/episode-data/episode-data.register.js');
    expect(customElements.get('episode-data')).to.equal((await load('/dist/index.js')).EpisodeData);
    // The class was already taken as <my-episode> above: <episode-card> got a subclass, both work.
    expect(customElements.get('my-episode')).to.equal(api.EpisodeCard);
    expect(customElements.get('episode-card')!.prototype).to.be.instanceOf(api.EpisodeCard);
  });
});

describe('README reference matches custom-elements.json', () => {
  let readme = '';
  let elements: Declaration[] = [];
  before(async () => {
    readme = await (await fetch('/README.md')).text();
    const manifest = await (await fetch('/custom-elements.json')).json();
    elements = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).filter((d: Declaration) => d.customElement);
  });
  const section = (heading: string) => {
    const start = readme.indexOf(`\n## ${heading}`);
    expect(start, `README has a "## ${heading}" section`).to.be.greaterThan(-1);
    const end = readme.indexOf('\n## ', start + 1);
    return readme.slice(start, end === -1 ? undefined : end);
  };
  const code = (name: string) => `\`${name}\``;

  it('documents every element', () => {
    expect(elements.map((e) => e.tagName).sort()).to.deep.equal([...ALL_TAGS].sort());
  });

  for (const tag of ALL_TAGS) {
    it(`<${tag}>: every attribute, property, event, slot and part in both`, () => {
      const el = elements.find((e) => e.tagName === tag)!;
      const text = section(`\`<${tag}>\``);
      for (const a of el.attributes ?? []) {
        expect(text, `attribute ${a.name}`).to.include(code(a.name));
        expect(text, `property ${a.fieldName}`).to.include(code(a.fieldName!));
      }
      for (const e of el.events ?? []) expect(text, `event ${e.name}`).to.include(code(e.name));
      for (const s of el.slots ?? []) expect(text, `slot ${s.name || '(default)'}`).to.include(s.name ? code(s.name) : 'Slot** (default)');
      for (const p of el.cssParts ?? []) expect(text, `part ${p.name}`).to.include(code(p.name));
      // …and nothing in the README's tables or part lists that the element does not have.
      // Cells may be padded to line the table up (Prettier does).
      const rows = [...text.matchAll(/^\| `([\w-]+)` +\| `(\w+)` +\|/gm)];
      expect(rows.map((r) => r[1])).to.deep.equal((el.attributes ?? []).map((a) => a.name));
      expect(rows.map((r) => r[2])).to.deep.equal((el.attributes ?? []).map((a) => a.fieldName));
      const partsLine = text.slice(text.indexOf('**Parts'));
      const listed = [...partsLine.slice(0, partsLine.indexOf('\n\n')).matchAll(/`([\w-]+)`/g)].map((m) => m[1]);
      expect(listed.sort()).to.deep.equal((el.cssParts ?? []).map((p) => p.name).sort());
    });
  }

  it('every CSS custom property is in the theming table', () => {
    const theming = section('Theming');
    const all = new Set(elements.flatMap((e) => (e.cssProperties ?? []).map((p) => p.name)));
    for (const name of all) expect(theming, name).to.include(code(name));
    const listed = new Set([...theming.matchAll(/`(--ee-[\w-]+)`/g)].map((m) => m[1]));
    expect([...listed].sort()).to.deep.equal([...all].sort());
  });
});
