import { expect, waitUntil } from '@open-wc/testing';
import type { DataLoadDetail, EpisodeData } from '../src/episode-data/episode-data.js';
import { RECORD_CONSOLE, RECORD_LOADS, type Loads, type Recorded, framedPage, fresh, hits, part, settle, text } from './helpers.js';

/** A framed page holding `body` that records console errors and data events from the start. */
async function dataPage(body: string) {
  const doc = await framedPage(800, 600, body, RECORD_CONSOLE + RECORD_LOADS);
  return { doc, win: doc.defaultView as unknown as Recorded & Loads };
}

/** "<id> <event> <detail.src>" for every ee-data-load and ee-data-error heard on `elements` themselves. */
function listen(...elements: Element[]): string[] {
  const heard: string[] = [];
  for (const el of elements) {
    for (const type of ['ee-data-load', 'ee-data-error']) {
      el.addEventListener(type, (e) => heard.push(`${el.id} ${type} ${(e as CustomEvent<DataLoadDetail>).detail.src}`));
    }
  }
  return heard;
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
    expect(text(part(card, 'notice'))).to.equal('This episode card is unavailable.');
    expect(win.__warnings.at(-1)).to.equal(
      `<episode-card>: no episode "hl-s1e1" in the registered data. Known episode ids: s1e30. A dataset failed to load, and the episode may be in it: ${win.__failed[0]}.`,
    );
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
    expect(text(part(card, 'notice'))).to.equal('This episode card is unavailable.');
    expect(win.__warnings.filter((w) => w.includes('"hl-s1e1"') && w.endsWith(`may be in it: ${win.__failed[0]}.`))).to.have.length(1);

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
    expect(text(part(card, 'notice')), 'waiting again').to.equal('Loading…');
    await waitUntil(() => win.__loaded.length === 1, 'the fifth try loaded', { timeout: 10_000 });
    expect(win.__loaded).to.deep.equal([src]);
    await settle(card);
    expect(text(part(card, 'title'))).to.equal('Low Tide');
    await settle(other);
    expect(text(part(other, 'notice'))).to.equal('This episode card is unavailable.');
    expect(win.__warnings.at(-1), 'the failure is forgotten').to.equal(
      '<episode-card>: no episode "nobody" in the registered data. Known episode ids: s1e30, hl-s1e1.',
    );
    expect(await hits(src)).to.equal(5);

    // A dataset that loaded stays: asking again fetches nothing and reports it loaded.
    data.reload();
    await waitUntil(() => win.__loaded.length === 2, 'reported again', { timeout: 10_000 });
    expect(await hits(src)).to.equal(5);
    expect(win.__failed).to.have.length(4);
  });

  it('reports only the load of its current src: one it no longer wants fires nothing on it', async () => {
    const n = fresh();
    const slow = `/__data/harbour-lights.json?delay=800&${n}`; // loads after the element moved on
    const slowBad = `/__data/harbour-lights.json?delay=800&fail=1&${n}`; // fails after the element moved on
    const quickBad = `/__nothing-here.json?${n}`;
    const { doc, win } = await dataPage(
      `<episode-card episode="hl-s1e1"></episode-card><episode-card episode="nobody"></episode-card>
       <episode-data id="a" src="${slow}"></episode-data><episode-data id="b" src="${slowBad}"></episode-data>`,
    );
    const [card] = doc.querySelectorAll('episode-card'); // the other one, "nobody", reports the failures it may be missing
    const [a, b] = doc.querySelectorAll('episode-data');
    const heard = listen(a, b);
    a.setAttribute('src', quickBad);
    b.removeAttribute('src');
    // The old files still end as they would (the catalog's business): one registers, one fails.
    await waitUntil(() => text(part(card, 'title')) === 'Low Tide', 'the old file registered', { timeout: 10_000 });
    await waitUntil(() => win.__warnings.some((w) => w.includes('"nobody"') && w.includes(slowBad)), 'the other old file failed', { timeout: 10_000 });
    expect(heard).to.deep.equal([`a ee-data-error ${quickBad}`]);
    expect(win.__errors).to.deep.equal([`episode-elements: <episode-data src="${quickBad}">: ${quickBad} (${location.origin}${quickBad}): HTTP 404 Not Found`]);
  });

  it('still reports to an element removed from the page while its file loaded', async () => {
    const n = fresh();
    const good = `/__data/harbour-lights.json?delay=500&${n}`;
    const bad = `/__data/harbour-lights.json?delay=500&fail=1&${n}`;
    const { doc, win } = await dataPage(`<episode-data id="a" src="${good}"></episode-data><episode-data id="b" src="${bad}"></episode-data>`);
    const [a, b] = doc.querySelectorAll('episode-data');
    const heard = listen(a, b);
    a.remove();
    b.remove();
    await waitUntil(() => heard.length === 2, 'both outcomes reported', { timeout: 10_000 });
    expect(heard).to.have.members([`a ee-data-load ${good}`, `b ee-data-error ${bad}`]);
    // The events reach the element's own listeners only: it is no longer in the document.
    expect(win.__loaded).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([`episode-elements: <episode-data src="${bad}">: ${bad} (${location.origin}${bad}): HTTP 503 Service Unavailable`]);
  });
});
