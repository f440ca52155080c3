import { expect, waitUntil } from '@open-wc/testing';
import type { EpisodeData } from '../src/episode-data/episode-data.js';
import { RECORD_CONSOLE, RECORD_LOADS, type Loads, type Recorded, framedPage, fresh, hits, part, settle, text } from './helpers.js';

/** A framed page holding `body` that records console errors and data events from the start. */
async function dataPage(body: string) {
  const doc = await framedPage(800, 600, body, RECORD_CONSOLE + RECORD_LOADS);
  return { doc, win: doc.defaultView as unknown as Recorded & Loads };
}

describe('<episode-data>: timeouts, retries, a src that changes', () => {
  it('gives up on a server that never answers after `timeout` seconds; readers see a calm line', async () => {
    const src = `/__data/harbour-lights.json?hang&${fresh()}`;
    const { doc, win } = await dataPage(`<episode-card episode="hl-s1e1"></episode-card><episode-data src="${src}" timeout="0.3"></episode-data>`);
    await waitUntil(() => win.__failed.length > 0, 'the load gave up', { timeout: 10_000 });
    expect(win.__failed).to.deep.equal([`${src} (${location.origin}${src}): timed out after 0.3 s`]);
    expect(win.__errors).to.deep.equal([`episode-elements: <episode-data src="${src}">: ${win.__failed[0]}`]);
    const card = doc.querySelector('episode-card')!;
    await settle(card);
    expect(text(part(card, 'notice'))).to.equal(`No episode "hl-s1e1" in the registered data. (Could not load ${src}.)`);
  });

  it('keeps no failure: src set again, another element or reload() fetch again, and a success clears it', async () => {
    const src = `/__data/harbour-lights.json?fail=4&delay=200&${fresh()}`; // 503 four times, then the file
    const { doc, win } = await dataPage(
      `<episode-card episode="hl-s1e1"></episode-card><episode-card episode="nobody"></episode-card><episode-data src="${src}"></episode-data>`,
    );
    const [card, other] = doc.querySelectorAll('episode-card');
    const data = doc.querySelector<EpisodeData>('episode-data')!;
    const failed = (times: number) => waitUntil(() => win.__failed.length === times, `failure ${times}`, { timeout: 10_000 });
    await failed(1);
    expect(win.__failed[0]).to.equal(`${src} (${location.origin}${src}): HTTP 503 Service Unavailable`);
    await settle(card);
    expect(text(part(card, 'notice'))).to.equal(`No episode "hl-s1e1" in the registered data. (Could not load ${src}.)`);

    data.setAttribute('src', src); // the same value: Lit alone would ignore it
    await failed(2);
    data.src = src;
    await failed(3);
    const another = doc.createElement('episode-data');
    another.setAttribute('src', src);
    doc.body.append(another);
    await failed(4);
    expect([...new Set(win.__failed)]).to.have.length(1);

    data.reload();
    await settle(card);
    expect(text(part(card, 'notice')), 'waiting again').to.equal('Loading episode “hl-s1e1”…');
    await waitUntil(() => win.__loaded.length === 1, 'the fifth try loaded', { timeout: 10_000 });
    expect(win.__loaded).to.deep.equal([src]);
    await settle(card);
    expect(text(part(card, 'title'))).to.equal('Low Tide');
    await settle(other);
    expect(text(part(other, 'notice')), 'the failure is forgotten').to.equal('No episode "nobody" in the registered data.');
    expect(await hits(src)).to.equal(5);

    // A dataset that loaded stays: asking again fetches nothing and reports it loaded.
    data.reload();
    await waitUntil(() => win.__loaded.length === 2, 'reported again', { timeout: 10_000 });
    expect(await hits(src)).to.equal(5);
    expect(win.__failed).to.have.length(4);
  });
});
