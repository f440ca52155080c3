import { expect } from '@open-wc/testing';
import { Catalog } from '../src/data/catalog.js';
import { registerPageData } from '../src/data/page-data.js';
import { RECORD_CONSOLE, type Recorded, dataBlock, framedPage, harbourLightsJson, makeSeries, part, settle, text } from './helpers.js';

describe('datasets in the page: <script type="application/json" data-episode-elements>', () => {
  it('registers a block before the first render: the elements show its series straight away', async () => {
    const doc = await framedPage(
      800,
      600,
      `${dataBlock(await harbourLightsJson())}
       <episode-card episode="hl-s1e1"></episode-card>
       <p><character-chip character="nell"></character-chip> and <character-chip character="kit"></character-chip></p>`,
      RECORD_CONSOLE,
    );
    const card = doc.querySelector('episode-card')!;
    expect(text(part(card, 'title'))).to.equal('Low Tide');
    expect(text(part(card, 'eyebrow'))).to.include('Harbour Lights');
    const [nell, kit] = doc.querySelectorAll('character-chip');
    expect(text(part(nell, 'name'))).to.equal('Nell');
    expect(text(part(kit, 'name'))).to.equal('Kit'); // the bundled Backstage data is still there
    const win = doc.defaultView as unknown as Recorded;
    // No "unknown id" warning: the block was registered before any element rendered.
    expect(win.__warnings).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('reports a bad block with its name, the JSON path and what was expected; the rest of the page works', async () => {
    const bad = JSON.parse(await harbourLightsJson());
    bad.beats[0].characters = ['nobody'];
    const doc = await framedPage(
      800,
      600,
      `${dataBlock(JSON.stringify(bad), 'my-show')}
       ${dataBlock('{"formatVersion": 1, nope}')}
       <episode-card episode="hl-s1e1"></episode-card>
       <episode-card episode="s1e30" variant="compact"></episode-card>`,
      RECORD_CONSOLE,
    );
    const win = doc.defaultView as unknown as Recorded;
    expect(win.__errors).to.have.length(2);
    expect(win.__errors[0]).to.equal(
      'episode-elements: could not register a dataset from the page:\n<script id="my-show" data-episode-elements>: beats[0].characters[0]: unknown character "nobody"',
    );
    expect(win.__errors[1]).to.match(/^episode-elements: <script data-episode-elements> block 2: not JSON: /);
    const [missing, backstage] = doc.querySelectorAll('episode-card');
    expect(part(missing, 'notice')).to.exist;
    expect(text(part(backstage, 'title'))).to.equal('We');
  });

  it('names the earlier block when a later one reuses its ids', async () => {
    const json = await harbourLightsJson();
    const doc = await framedPage(
      800,
      600,
      `${dataBlock(json, 'first')}${dataBlock(json, 'second')}<episode-card episode="hl-s1e1"></episode-card>`,
      RECORD_CONSOLE,
    );
    const win = doc.defaultView as unknown as Recorded;
    expect(win.__errors).to.have.length(1);
    expect(win.__errors[0]).to.include(
      '<script id="second" data-episode-elements>: series[0].id: series id "harbour-lights" is already registered by <script id="first" data-episode-elements>',
    );
    expect(text(part(doc.querySelector('episode-card')!, 'title'))).to.equal('Low Tide');
  });

  it('registers each block once, even with the bundle loaded twice; later blocks on request', async () => {
    const json = await harbourLightsJson();
    const doc = await framedPage(
      800,
      600,
      `${dataBlock(json)}<script type="module" src="${location.origin}/dist/cdn/episode-elements.js?copy=2"></script>`,
      RECORD_CONSOLE,
    );
    const win = doc.defaultView as unknown as Recorded & { customElements: CustomElementRegistry };
    await new Promise((resolve) => setTimeout(resolve, 200)); // the second copy has loaded and run
    expect(win.__errors).to.deep.equal([]);

    // A block added after load registers when the page asks; the element waiting for it renders.
    const { dataset, ids } = makeSeries();
    doc.body.insertAdjacentHTML('beforeend', `${dataBlock(JSON.stringify(dataset))}<episode-card episode="${ids.episode}"></episode-card>`);
    const card = doc.querySelector('episode-card')!;
    await settle(card);
    expect(part(card, 'notice')).to.exist;
    // The copy that ran first (it comes first in the page) defined the tags; ask that one.
    const frameApi = await (doc.defaultView as unknown as { eval: (code: string) => Promise<{ registerPageData: () => number }> }).eval(
      `import('${location.origin}/dist/cdn/episode-elements.js?copy=2')`,
    );
    expect(frameApi.registerPageData()).to.equal(1);
    await settle(card);
    expect(text(part(card, 'title'))).to.equal(dataset.episodes[0].title);
    expect(frameApi.registerPageData()).to.equal(0);
  });

  it('reads a block whose text starts with a byte order mark (a file included as it was saved)', async () => {
    const doc = await framedPage(
      800,
      600,
      `${dataBlock(`\n\uFEFF${await harbourLightsJson()}`)}<episode-card episode="hl-s1e1"></episode-card>`,
      RECORD_CONSOLE,
    );
    expect((doc.defaultView as unknown as Recorded).__errors).to.deep.equal([]);
    expect(text(part(doc.querySelector('episode-card')!, 'title'))).to.equal('Low Tide');
  });

  it('numbers a block by its place in the page, whatever root registerPageData() was given', async () => {
    const doc = await framedPage(800, 600, `${dataBlock(await harbourLightsJson())}<div></div>`, RECORD_CONSOLE);
    const later = doc.querySelector('div')!;
    later.innerHTML = dataBlock('{"formatVersion": 1, nope}');
    const frameApi = await (doc.defaultView as unknown as { eval: (code: string) => Promise<{ registerPageData: (root?: ParentNode) => number }> }).eval(
      `import('${location.origin}/dist/cdn/episode-elements.js')`,
    );
    expect(frameApi.registerPageData(later)).to.equal(0);
    const win = doc.defaultView as unknown as Recorded;
    expect(win.__errors).to.have.length(1);
    expect(win.__errors[0]).to.match(/^episode-elements: <script data-episode-elements> block 2: not JSON: /);
  });

  it('numbers the blocks in one query of the page, however many fail', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `${dataBlock('[1]')}${dataBlock('nope', 'named')}<div>${dataBlock('[3]')}${dataBlock('[4]')}</div>`;
    const inner = root.querySelector('div')!;
    const later = [...inner.children];
    const errors: string[] = [];
    const queries: string[] = [];
    const { error } = console;
    const spied = [Document.prototype, Element.prototype, DocumentFragment.prototype].map((proto) => {
      const original = proto.querySelectorAll;
      proto.querySelectorAll = function (this: ParentNode, selector: string) {
        queries.push(selector);
        return original.call(this, selector);
      } as typeof original;
      return () => (proto.querySelectorAll = original);
    });
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      expect(registerPageData(new Catalog(), root)).to.equal(0);
      expect(registerPageData(new Catalog(), inner)).to.equal(0); // each block tried once: nothing new
      later.forEach((block) => (block.textContent += ' '));
      expect(registerPageData(new Catalog(), inner)).to.equal(0); // numbered in the whole shadow root
    } finally {
      spied.forEach((restore) => restore());
      console.error = error;
      host.remove();
    }
    expect(queries, 'one query a call').to.have.length(3);
    expect(errors.map((e) => e.split(':\n')[0].replace(/: (not JSON|expected).*/, ''))).to.deep.equal([
      'episode-elements: could not register a dataset from the page',
      'episode-elements: <script id="named" data-episode-elements>',
      'episode-elements: could not register a dataset from the page',
      'episode-elements: could not register a dataset from the page',
      'episode-elements: could not register a dataset from the page',
      'episode-elements: could not register a dataset from the page',
    ]);
    expect(errors.filter((e) => e.includes('got an array')).map((e) => e.split('\n')[1])).to.deep.equal([
      '<script data-episode-elements> block 1: expected an object, got an array',
      '<script data-episode-elements> block 3: expected an object, got an array',
      '<script data-episode-elements> block 4: expected an object, got an array',
      '<script data-episode-elements> block 3: expected an object, got an array',
      '<script data-episode-elements> block 4: expected an object, got an array',
    ]);
  });

  it('spells out a control character that the parser quotes from a block', async () => {
    const doc = await framedPage(800, 600, `${dataBlock('')}`, RECORD_CONSOLE);
    doc.querySelector('script[data-episode-elements]')!.textContent = '\u0000\u001b[31m';
    const frameApi = await (doc.defaultView as unknown as { eval: (code: string) => Promise<{ registerPageData: () => number }> }).eval(
      `import('${location.origin}/dist/cdn/episode-elements.js')`,
    );
    expect(frameApi.registerPageData()).to.equal(0);
    const [, message] = (doc.defaultView as unknown as Recorded).__errors;
    expect(message).to.match(/^episode-elements: <script data-episode-elements> block 1: not JSON: /);
    // eslint-disable-next-line no-control-regex -- control characters are what is looked for
    expect(message, JSON.stringify(message)).not.to.match(/[\0-\x1f\x7f-\x9f]/);
  });

  it('tries a block that failed again once its text has changed, not before', async () => {
    const doc = await framedPage(800, 600, `${dataBlock('')}<episode-card episode="hl-s1e1"></episode-card>`, RECORD_CONSOLE);
    const win = doc.defaultView as unknown as Recorded;
    expect(win.__errors).to.have.length(1); // empty when the bundle looked: not JSON
    const frameApi = await (doc.defaultView as unknown as { eval: (code: string) => Promise<{ registerPageData: () => number }> }).eval(
      `import('${location.origin}/dist/cdn/episode-elements.js')`,
    );
    expect(frameApi.registerPageData(), 'the same text').to.equal(0);
    expect(win.__errors, 'reported once').to.have.length(1);
    doc.querySelector('script[data-episode-elements]')!.textContent = await harbourLightsJson();
    expect(frameApi.registerPageData(), 'filled in').to.equal(1);
    const card = doc.querySelector('episode-card')!;
    await settle(card);
    expect(text(part(card, 'title'))).to.equal('Low Tide');
    expect(frameApi.registerPageData(), 'registered once').to.equal(0);
  });
});
