import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/all.js';
import { Catalog } from '../src/data/catalog.js';
import type { DataLoadDetail } from '../src/episode-data/episode-data.js';
import { RECORD_CONSOLE, RECORD_LOADS, type Loads, type Recorded, framedPage, fresh, hits, part, settle, text } from './helpers.js';

/** Resolves with the next `type` event's detail from `el`. */
const next = (el: Element, type: string) =>
  new Promise<DataLoadDetail>((resolve) => el.addEventListener(type, (e) => resolve((e as CustomEvent<DataLoadDetail>).detail), { once: true }));

/** A framed page holding `body` that records console errors and data events from the start. */
async function dataPage(body: string) {
  const doc = await framedPage(800, 600, body, RECORD_CONSOLE + RECORD_LOADS);
  return { doc, win: doc.defaultView as unknown as Recorded & Loads };
}

/** What a failed fetch says: browsers give the same TypeError for every cause, so no more is known. */
const UNFETCHABLE = 'could not be fetched (network error, or blocked by CORS or CSP; the browser does not say which)';

describe('<episode-data src>', () => {
  it('elements wait with a loading state, then render the loaded series', async () => {
    const src = '/__data/harbour-lights.json?delay=800';
    const doc = await framedPage(
      800,
      600,
      `<episode-card episode="hl-s1e1"></episode-card>
       <p><character-chip character="ruth"></character-chip></p>
       <episode-data src="${src}"></episode-data>`,
      RECORD_CONSOLE + RECORD_LOADS,
    );
    const card = doc.querySelector('episode-card')!;
    const data = doc.querySelector('episode-data')!;
    const loads = doc.defaultView as unknown as Loads;
    expect(loads.__loaded, 'still on its way').to.deep.equal([]);
    expect(text(part(card, 'notice'))).to.equal('Loading…');
    expect(getComputedStyle(data).display).to.equal('none');
    await waitUntil(() => loads.__loaded.length > 0, 'the dataset loaded', { timeout: 10_000 });
    expect(loads.__loaded).to.deep.equal([src]);
    await settle(card);
    expect(text(part(card, 'title'))).to.equal('Low Tide');
    expect(text(part(doc.querySelector('character-chip')!, 'name'))).to.equal('Ruth');
    // Nothing was reported as unknown while the data was on its way.
    const win = doc.defaultView as unknown as Recorded;
    expect(win.__warnings).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('fetches a URL once, however many elements ask for it', async () => {
    const src = '/__data/harbour-lights.json?delay=100&once';
    const doc = await framedPage(800, 600, `<episode-data src="${src}"></episode-data><episode-data src="${src}"></episode-data>`, RECORD_LOADS);
    const loads = doc.defaultView as unknown as Loads;
    await waitUntil(() => loads.__loaded.length === 2, 'both elements loaded', { timeout: 10_000 });
    const fetched = doc.defaultView!.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(src));
    expect(fetched).to.have.length(1);
  });

  it('shows what failed: HTTP status, invalid data, a URL scheme it refuses', async () => {
    const doc = await framedPage(
      800,
      600,
      `<episode-card episode="hl-s1e1"></episode-card>
       <episode-data src="/__nothing-here.json"></episode-data>`,
      RECORD_CONSOLE + RECORD_LOADS,
    );
    const card = doc.querySelector('episode-card')!;
    const win = doc.defaultView as unknown as Recorded & Loads;
    await waitUntil(() => win.__failed.length > 0, 'the load of /__nothing-here.json failed', { timeout: 10_000 });
    const notFound = `/__nothing-here.json (${location.origin}/__nothing-here.json): HTTP 404 Not Found`;
    expect(win.__failed).to.deep.equal([notFound]);
    expect(win.__errors).to.deep.equal([`episode-elements: <episode-data src="/__nothing-here.json">: ${notFound}`]);
    await settle(card);
    expect(text(part(card, 'notice'))).to.equal('This episode card is unavailable.');
    expect(win.__warnings).to.deep.equal([
      `<episode-card>: no episode "hl-s1e1" in the registered data. Known episode ids: s1e30. A dataset failed to load, and the episode may be in it: ${notFound}.`,
    ]);

    const broken = doc.createElement('episode-data');
    broken.setAttribute('src', '/__data/harbour-lights.json?break=1');
    const invalid = next(broken, 'ee-data-error');
    doc.body.append(broken);
    expect((await invalid).message).to.equal('/__data/harbour-lights.json?break=1: beats[0].characters[0]: unknown character "nobody"');

    const hostile = doc.createElement('episode-data');
    hostile.setAttribute('src', 'javascript:alert(1)');
    const refused = next(hostile, 'ee-data-error');
    doc.body.append(hostile);
    expect((await refused).message).to.equal('javascript:alert(1): only http(s) or relative URLs can be loaded');
  });

  it('says which URL a network failure was for: a refused connection, CORS, a redirect to javascript: or data:', async () => {
    const other = await (await fetch('/__other-origin')).text();
    await fetch(`${other}/probe`, { mode: 'no-cors' }); // the other origin answers: CORS is what refuses it
    const sources = [
      'http://127.0.0.1:1/harbour-lights.json',
      `${other}/harbour-lights.json`,
      '/__redirect?to=javascript:alert(1)',
      '/__redirect?to=data:application/json,{}',
    ];
    const { win } = await dataPage(sources.map((src) => `<episode-data src="${src}"></episode-data>`).join(''));
    await waitUntil(() => win.__failed.length === sources.length, 'every load failed', { timeout: 10_000 });
    expect(win.__failed).to.have.members([
      `http://127.0.0.1:1/harbour-lights.json: ${UNFETCHABLE}`,
      `${other}/harbour-lights.json: ${UNFETCHABLE}`,
      `/__redirect?to=javascript:alert(1) (${location.origin}/__redirect?to=javascript:alert(1)): ${UNFETCHABLE}`,
      `/__redirect?to=data:application/json,{} (${location.origin}/__redirect?to=data:application/json,{}): ${UNFETCHABLE}`,
    ]);
  });

  it('fetches a file once whatever its #fragment; every element naming it hears it loaded', async () => {
    const src = `/__data/harbour-lights.json?delay=200&${fresh()}`;
    const { doc, win } = await dataPage(`<episode-data src="${src}"></episode-data><episode-data src="${src}#cast"></episode-data>`);
    await waitUntil(() => win.__loaded.length + win.__failed.length === 2, 'both loads ended', { timeout: 10_000 });
    expect(win.__failed).to.deep.equal([]);
    expect(win.__loaded).to.have.members([src, `${src}#cast`]);
    const later = doc.createElement('episode-data');
    later.setAttribute('src', `${src}#later`);
    const loaded = next(later, 'ee-data-load');
    doc.body.append(later);
    expect((await loaded).src).to.equal(`${src}#later`);
    expect(await hits(src)).to.equal(1);
  });

  it("quotes each element's own src, however another element spelled the same file", async () => {
    const n = fresh();
    const pairs = [
      ['javascript:alert(1)', 'JavaScript:alert(1)', ': only http(s) or relative URLs can be loaded'],
      [`/__nothing-here.json?${n}`, `${location.origin}/__nothing-here.json?${n}`, ': HTTP 404 Not Found'],
      [
        `/__data/harbour-lights.json?break=1&${n}`,
        `/__data/../__data/harbour-lights.json?break=1&${n}`,
        ': beats[0].characters[0]: unknown character "nobody"',
      ],
    ];
    const { doc, win } = await dataPage(
      `<episode-card episode="hl-s1e1"></episode-card>${pairs.flatMap(([a, b]) => [a, b].map((src) => `<episode-data src="${src}"></episode-data>`)).join('')}`,
    );
    await waitUntil(() => win.__failed.length === 6, 'every load failed', { timeout: 10_000 });
    const messages = [
      `javascript:alert(1)${pairs[0][2]}`,
      `JavaScript:alert(1)${pairs[0][2]}`,
      `/__nothing-here.json?${n} (${location.origin}/__nothing-here.json?${n})${pairs[1][2]}`,
      `${location.origin}/__nothing-here.json?${n}${pairs[1][2]}`,
      `/__data/harbour-lights.json?break=1&${n}${pairs[2][2]}`,
      `/__data/../__data/harbour-lights.json?break=1&${n}${pairs[2][2]}`,
    ];
    expect(win.__failed).to.have.members(messages);
    const sources = pairs.flatMap(([a, b]) => [a, b]);
    expect(win.__errors).to.have.members(messages.map((message, i) => `episode-elements: <episode-data src="${sources[i]}">: ${message}`));
    // Readers see a calm line; the author reads each file once, as the first element named it.
    const card = doc.querySelector('episode-card')!;
    await settle(card);
    expect(text(part(card, 'notice'))).to.equal('This episode card is unavailable.');
    const [, listed] = /A dataset failed to load, and the episode may be in it: (.*)\.$/.exec(win.__warnings.at(-1)!) ?? [];
    expect(listed?.split('; ')).to.have.members([messages[0], messages[2], messages[4]]);
  });

  it('reads a file that starts with a UTF-8 BOM, and names a UTF-16 file as one', async () => {
    const n = fresh();
    const withBom = `/__data/harbour-lights.json?bom=1&${n}`;
    const bytes = new Uint8Array(await (await fetch(`${withBom}&probe`)).arrayBuffer());
    expect([...bytes.slice(0, 4)], 'the server sends the BOM').to.deep.equal([0xef, 0xbb, 0xbf, '{'.charCodeAt(0)]);
    const utf16 = ['le', 'be', 'le-nobom'].map((form) => `/__data/harbour-lights.json?utf16=${form}&${n}`);
    const { doc, win } = await dataPage(
      `<episode-card episode="hl-s1e1"></episode-card>${[withBom, ...utf16].map((src) => `<episode-data src="${src}"></episode-data>`).join('')}`,
    );
    await waitUntil(() => win.__loaded.length + win.__failed.length === 4, 'every load ended', { timeout: 10_000 });
    expect(win.__loaded).to.deep.equal([withBom]);
    expect(win.__failed).to.have.members(utf16.map((src) => `${src}: the file is UTF-16; save it as UTF-8`));
    const card = doc.querySelector('episode-card')!;
    await settle(card);
    expect(text(part(card, 'title'))).to.equal('Low Tide');
  });

  it('says that a URL with a user name or password cannot be fetched, not that the network failed', async () => {
    const path = `/__data/harbour-lights.json?${fresh()}`;
    for (const src of [
      `${location.protocol}//u:p@${location.host}${path}`,
      `//user@${location.host}${path}`,
      `${location.protocol}//:secret@${location.host}${path}`,
    ]) {
      const message = await new Catalog().load(src).then(
        () => 'loaded',
        (error: Error) => error.message,
      );
      expect(message).to.equal(`${src}: a URL with a user name or password cannot be fetched; remove them`);
    }
  });

  it('accepts and refuses the same bytes as the CLI, in the same words (tests/fixtures/encodings.json)', async () => {
    const { files } = (await (await fetch('/tests/fixtures/encodings.json')).json()) as { files: { name: string; hex: string; says: string }[] };
    const n = fresh();
    for (const { name, hex, says } of files) {
      const src = `/__bytes?hex=${hex}&${n}`;
      const message = await new Catalog().load(src).then(
        () => 'loaded',
        (error: Error) => error.message,
      );
      if (says.endsWith(': ')) expect(message.startsWith(`${src}: ${says}`), `${name}: ${message}`).to.equal(true);
      else expect(message, name).to.equal(`${src}: ${says}`);
      // eslint-disable-next-line no-control-regex -- control characters are what is looked for
      expect(message, `${name}: no control character`).not.to.match(/[\0-\x1f\x7f-\x9f]/);
    }
  });

  it('is accessible while loading (axe)', async () => {
    const page = await fixture(html`<div>
      <episode-card episode="hl-s2e9"></episode-card>
      <episode-data src="/__data/harbour-lights.json?delay=2000&amp;axe"></episode-data>
    </div>`);
    const card = page.querySelector('episode-card')!;
    await settle(card);
    expect(text(part(card, 'notice'))).to.equal('Loading…');
    await expect(page).to.be.accessible();
  });
});
