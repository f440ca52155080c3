// Authoring errors while datasets load (issue 16), in framed pages that load the CDN bundle as a
// blog would: while a file is on its way readers see the tag's content or "Loading…" and nothing
// is reported; a file that failed or timed out leaves readers the same calm line as any unknown id,
// and tells the author why, as a `load-failed` ee-error.
import { expect, waitUntil } from '@open-wc/testing';
import {
  RECORD_CONSOLE,
  RECORD_ELEMENT_ERRORS,
  RECORD_LOADS,
  type ElementErrors,
  type Loads,
  type Recorded,
  framedPage,
  fresh,
  part,
  settle,
  text,
  onScreen,
} from './helpers.js';

type Win = Recorded & Loads & ElementErrors;

describe('authoring errors while datasets load', () => {
  it('while a file loads: the tag’s content or a calm “Loading…”, no ids, nothing reported; then the element', async () => {
    const src = `/__data/harbour-lights.json?delay=1500&${fresh()}`;
    const doc = await framedPage(
      800,
      600,
      `<episode-card id="bare" episode="hl-s1e1"></episode-card>
       <episode-card id="linked" episode="hl-s1e1"><a href="/recap">Harbour Lights: “Low Tide”</a></episode-card>
       <p>Then <character-chip id="nell" character="nell">Nell</character-chip> met <character-chip id="ansel" character="ansel"></character-chip>.</p>
       <episode-data src="${src}"></episode-data>`,
      RECORD_CONSOLE + RECORD_LOADS + RECORD_ELEMENT_ERRORS,
    );
    const win = doc.defaultView as unknown as Win;
    const $ = (id: string) => doc.getElementById(id)!;
    expect(win.__loaded, 'still on its way').to.deep.equal([]);
    expect(text(part($('bare'), 'notice'))).to.equal('Loading…');
    expect(onScreen(part($('bare'), 'notice'))).to.equal(true);
    expect(onScreen(part($('linked'), 'notice')), 'no loading line beside the link').to.equal(false);
    expect(onScreen($('linked').querySelector('a'))).to.equal(true);
    expect(onScreen(part($('nell'), 'unknown'))).to.equal(false);
    expect(onScreen($('nell').firstChild), 'Nell, as written').to.equal(true);
    expect(text(part($('ansel'), 'unknown'))).to.equal('Loading…');
    expect([win.__elementErrors, win.__warnings, win.__errors]).to.deep.equal([[], [], []]);

    await waitUntil(() => win.__loaded.length > 0, 'the dataset loaded', { timeout: 10_000 });
    await settle(doc.body);
    expect(text(part($('linked'), 'title'))).to.equal('Low Tide');
    expect(text(part($('ansel'), 'name'))).to.equal('Ansel');
    expect([win.__elementErrors, win.__warnings, win.__errors]).to.deep.equal([[], [], []]);
  });

  it('a file that failed or timed out: readers see their content or the calm line, the author why (load-failed)', async () => {
    const missing = `/__nothing-here.json?${fresh()}`;
    const hanging = `/__data/harbour-lights.json?hang&${fresh()}`;
    const doc = await framedPage(
      800,
      600,
      `<episode-card id="bare" episode="hl-s1e1"></episode-card>
       <episode-card id="linked" episode="hl-s1e1"><a href="/recap">Harbour Lights: “Low Tide”</a></episode-card>
       <p>Then <character-chip id="ruth" character="ruth"></character-chip> closed the café.</p>
       <plot-thread id="debugged" thread="nells-first-shout" debug></plot-thread>
       <episode-data src="${missing}"></episode-data>
       <episode-data src="${hanging}" timeout="0.3"></episode-data>`,
      RECORD_CONSOLE + RECORD_LOADS + RECORD_ELEMENT_ERRORS,
    );
    const win = doc.defaultView as unknown as Win;
    const $ = (id: string) => doc.getElementById(id)!;
    await waitUntil(() => win.__failed.length === 2, 'both loads failed', { timeout: 10_000 });
    await settle(doc.body);
    const why = [`${missing} (${location.origin}${missing}): HTTP 404 Not Found`, `${hanging} (${location.origin}${hanging}): timed out after 0.3 s`];
    expect(win.__failed).to.have.members(why);

    expect(text(part($('bare'), 'notice'))).to.equal('This episode card is unavailable.');
    expect(onScreen(part($('linked'), 'notice'))).to.equal(false);
    expect(onScreen($('linked').querySelector('a'))).to.equal(true);
    expect(text(part($('ruth'), 'unknown'))).to.equal('character unavailable');

    // The last report of each element names both files, in the order they failed.
    const last = (id: string) => win.__elementErrors.filter((e) => e.id === id).at(-1)!;
    const failed = `A dataset failed to load, and the episode may be in it: ${win.__failed.join('; ')}.`;
    expect(last('hl-s1e1')).to.deep.include({ kind: 'load-failed', attribute: 'episode', suggestions: [] });
    expect(last('hl-s1e1').message).to.match(/^<episode-card>: no episode "hl-s1e1" in the registered data\. Known episode ids: s1e30\. /);
    expect(last('hl-s1e1').message.endsWith(failed), last('hl-s1e1').message).to.equal(true);
    expect(last('ruth')).to.deep.include({ kind: 'load-failed', attribute: 'character' });
    expect(last('ruth').message.endsWith(failed.replace('the episode', 'the character'))).to.equal(true);
    expect(win.__warnings).to.include(last('ruth').message);
    // With debug, the page shows it all.
    expect(text(part($('debugged'), 'notice'))).to.equal(last('nells-first-shout').message);
    expect(last('nells-first-shout').message).to.include('timed out after 0.3 s');
  });
});
