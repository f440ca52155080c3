// Several series on one page whose ids coincide: ids resolve within a series (the `series`
// attribute, own or inherited), and an id that several series have is an error naming them.
// Pages are framed (the CDN bundle, a fresh catalog each) because the catalog is page-wide.
import { expect, waitUntil } from '@open-wc/testing';
import { Catalog, register, toJsonLd } from '../src/data/index.js';
import type { Dataset } from '../src/data/types.js';
import type { PlotThread } from '../src/plot-thread/plot-thread.js';
import {
  RECORD_CONSOLE,
  RECORD_LOADS,
  type Loads,
  type Recorded,
  backstage,
  dataBlock,
  harbourLightsJson,
  framedPage,
  part,
  parts,
  settle,
  text,
  thrownMessage,
} from './helpers.js';

/**
 * The Harbour Lights fixture with ids Backstage uses too: its episode is "s1e30", Nell's id is
 * "kit" and her storyline's is "miles-and-alya". Names and titles stay Harbour Lights' own.
 */
async function clashingSeries(): Promise<string> {
  return (await harbourLightsJson()).replaceAll('"hl-s1e1"', '"s1e30"').replaceAll('"nell"', '"kit"').replaceAll('"nells-first-shout"', '"miles-and-alya"');
}
const block = (json: string) => dataBlock(json, 'hl');
const HL_SOURCE = '<script id="hl" data-episode-elements>';

const nameOf = (chip: Element) => text(part(chip, 'name'));

describe('several series on one page', () => {
  it('resolves the same ids within each series: own attribute, ancestor, or the only series that has the id', async () => {
    const doc = await framedPage(
      1000,
      3000,
      `${block(await clashingSeries())}
       <article series="harbour-lights">
         <episode-card id="hl-card" episode="s1e30"></episode-card>
         <p><character-chip id="hl-chip" character="kit"></character-chip></p>
       </article>
       <episode-card id="backstage-card" episode="s1e30" series="backstage"></episode-card>
       <p><character-chip id="backstage-chip" character="kit" series="backstage"></character-chip>
          <character-chip id="ruth" character="ruth"></character-chip></p>
       <plot-thread id="unique-thread" thread="the-cafe-lease"></plot-thread>
       <plot-thread id="hl-thread" thread="miles-and-alya" series="harbour-lights"></plot-thread>`,
      RECORD_CONSOLE,
    );
    const $ = (id: string) => doc.getElementById(id)!;
    const win = doc.defaultView as unknown as Recorded;

    const hlCard = $('hl-card');
    expect(text(part(hlCard, 'title'))).to.equal('Low Tide');
    expect(text(part(hlCard, 'eyebrow'))).to.match(/^Harbour Lights · Season 1 · Episode 1$/);
    // The card passes its series on: its cast chip "kit" is Harbour Lights' Nell, and so is the
    // chip inside its storyline (rendered two shadow roots down).
    const castKit = parts(hlCard, 'cast-member')
      .map((li) => li.querySelector('character-chip')!)
      .find((c) => c.getAttribute('character') === 'kit')!;
    expect(castKit.getAttribute('series')).to.equal('harbour-lights');
    expect(nameOf(castKit)).to.equal('Nell');
    const hlStory = parts(hlCard, 'thread').find((t) => t.getAttribute('thread') === 'miles-and-alya')! as PlotThread;
    expect(text(part(hlStory, 'title'))).to.equal("Nell's first shout");
    hlStory.expanded = true; // its people show as chips in its details
    await settle(hlStory);
    expect(parts(hlStory, 'participants')[0].querySelectorAll('character-chip')[0].shadowRoot!.textContent).to.include('Nell');

    expect(nameOf($('hl-chip'))).to.equal('Nell'); // inherited from <article series>
    expect(text(part($('backstage-card'), 'title'))).to.equal('We');
    // No ancestor names a series here: the card's own reaches its chips, or "kit" would be ambiguous.
    const backstageKit = parts($('backstage-card'), 'cast-member')
      .map((li) => li.querySelector('character-chip')!)
      .find((c) => c.getAttribute('character') === 'kit')!;
    expect(nameOf(backstageKit)).to.equal('Kit');
    expect(nameOf($('backstage-chip'))).to.equal('Kit');
    expect(nameOf($('ruth'))).to.equal('Ruth'); // only Harbour Lights has her: no series needed
    expect(text(part($('unique-thread'), 'title'))).to.equal('The café lease');
    expect(text(part($('hl-thread'), 'title'))).to.equal("Nell's first shout");
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings).to.deep.equal([]);
  });

  it('makes an id that several series have an error naming them; an unknown series names the known ones', async () => {
    const doc = await framedPage(
      800,
      1200,
      `${block(await clashingSeries())}
       <episode-card id="ambiguous-card" episode="s1e30"></episode-card>
       <p>Then <character-chip id="ambiguous-chip" character="kit">she</character-chip> left.</p>
       <plot-thread id="ambiguous-thread" thread="miles-and-alya"></plot-thread>
       <episode-card id="unknown-series" episode="s1e30" series="nope"></episode-card>
       <character-chip id="not-in-series" character="ruth" series="backstage"></character-chip>`,
      RECORD_CONSOLE,
    );
    const $ = (id: string) => doc.getElementById(id)!;
    const win = doc.defaultView as unknown as Recorded;
    const candidates = `"backstage" (backstage.json), "harbour-lights" (${HL_SOURCE})`;

    // Readers see calm lines; inside running text the chip keeps its words, plainly.
    expect(text(part($('ambiguous-card'), 'notice'))).to.equal('This episode card is unavailable.');
    expect(text(part($('ambiguous-thread'), 'notice'))).to.equal('This storyline is unavailable.');
    const slot = $('ambiguous-chip').shadowRoot!.querySelector('slot')!;
    expect(
      slot
        .assignedNodes()
        .map((n) => n.textContent)
        .join(''),
    ).to.equal('she');
    expect(part($('ambiguous-chip'), 'unknown')!.hidden).to.equal(true);
    expect(part($('ambiguous-chip'), 'base')).to.equal(null);
    expect(text(part($('unknown-series'), 'notice'))).to.equal('This episode card is unavailable.');

    expect(win.__errors).to.have.members([
      `<episode-card>: episode "s1e30" is in more than one series: ${candidates}. Set series="…" on the element or an ancestor to choose one.`,
      `<character-chip>: character "kit" is in more than one series: ${candidates}. Set series="…" on the element or an ancestor to choose one.`,
      `<plot-thread>: thread "miles-and-alya" is in more than one series: ${candidates}. Set series="…" on the element or an ancestor to choose one.`,
    ]);
    expect(win.__warnings).to.have.members([
      '<episode-card>: no series "nope" is registered (its series attribute, or an ancestor\'s, names it). Known series: backstage, harbour-lights.',
      `<character-chip>: no character "ruth" in series "backstage". Known character ids: ${backstage()
        .characters.map((c) => c.id)
        .join(', ')}.`,
    ]);

    // Choosing a series mends each of them in place.
    $('ambiguous-card').setAttribute('series', 'backstage');
    $('ambiguous-chip').setAttribute('series', 'harbour-lights');
    $('unknown-series').setAttribute('series', 'harbour-lights');
    await settle(doc.body);
    expect(text(part($('ambiguous-card'), 'title'))).to.equal('We');
    expect(part($('ambiguous-chip'), 'base')).to.exist;
    expect(text(part($('ambiguous-chip'), 'name'))).to.include('(Nell)'); // screen readers hear whom "she" means
    expect(text(part($('unknown-series'), 'title'))).to.equal('Low Tide');
  });

  it('follows a series set, changed or removed on an ancestor later, in light DOM and across shadow roots', async () => {
    const doc = await framedPage(
      800,
      600,
      `${block(await clashingSeries())}
       <section id="outer" series="harbour-lights">
         <div id="inner" series=""><character-chip id="light" character="kit"></character-chip></div>
         <div id="host"></div>
       </section>`,
    );
    const $ = (id: string) => doc.getElementById(id)!;
    // A page's own component: our chip in its shadow root inherits through the host.
    const shadow = $('host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<character-chip character="kit"></character-chip>';
    const shadowChip = shadow.querySelector('character-chip')!;
    await settle(shadowChip);

    // An empty series="" on the way up does not hide the section's.
    expect(nameOf($('light'))).to.equal('Nell');
    expect(nameOf(shadowChip)).to.equal('Nell');

    $('outer').setAttribute('series', 'backstage');
    await settle(doc.body);
    await settle(shadowChip);
    expect(nameOf($('light'))).to.equal('Kit');
    expect(nameOf(shadowChip)).to.equal('Kit');

    $('inner').setAttribute('series', 'harbour-lights');
    await settle(doc.body);
    expect(nameOf($('light'))).to.equal('Nell');
    expect(nameOf(shadowChip)).to.equal('Kit'); // not inside #inner

    // Moved to a place under another series, it follows its new ancestors.
    $('inner').setAttribute('series', 'backstage');
    $('outer').setAttribute('series', 'harbour-lights');
    await settle(doc.body);
    expect(nameOf($('light'))).to.equal('Kit');
    $('outer').append($('light'));
    await settle($('light'));
    expect(nameOf($('light'))).to.equal('Nell');

    $('outer').removeAttribute('series');
    await settle(shadowChip);
    expect(part(shadowChip, 'unknown')).to.exist; // now ambiguous
  });

  it('waits with a loading notice for a series that is still being fetched', async () => {
    const doc = await framedPage(
      800,
      600,
      `<episode-data src="/__data/harbour-lights.json?delay=800"></episode-data>
       <episode-card episode="hl-s1e1" series="harbour-lights"></episode-card>
       <episode-card id="elsewhere" episode="hl-s1e1" series="backstage"></episode-card>`,
      RECORD_LOADS,
    );
    const loads = doc.defaultView as unknown as Loads;
    expect(loads.__loaded, 'still on its way').to.deep.equal([]);
    const card = doc.querySelector('episode-card')!;
    expect(text(part(card, 'notice'))).to.equal('Loading…');
    // A series that is already registered cannot gain ids from a load: no waiting for it.
    expect(text(part(doc.getElementById('elsewhere')!, 'notice'))).to.equal('This episode card is unavailable.');
    await waitUntil(() => loads.__loaded.length > 0, 'the series loaded', { timeout: 10_000 });
    await settle(card);
    expect(text(part(card, 'title'))).to.equal('Low Tide');
  });
});

describe('catalog: queries with several series', () => {
  let catalog: Catalog;
  let clash: Dataset;
  before(async () => {
    clash = JSON.parse(await clashingSeries());
    // A second series in the same dataset: it shares the dataset's characters, not its episodes.
    clash.series.push({ id: 'harbour-lights-specials', title: 'Harbour Lights Specials' });
    catalog = new Catalog();
    catalog.register(backstage(), 'backstage.json');
    catalog.register(clash, 'hl.json');
  });

  it('resolve() says found, missing, ambiguous or unknown series', () => {
    const found = catalog.resolve('characters', 'kit', 'harbour-lights');
    expect(found.status === 'found' && [found.record.name, found.data.source]).to.deep.equal(['Nell', 'hl.json']);
    const only = catalog.resolve('characters', 'ruth');
    expect(only.status === 'found' && only.data.key).to.equal('harbour-lights');
    const ambiguous = catalog.resolve('episodes', 's1e30');
    expect(ambiguous.status === 'ambiguous' && ambiguous.candidates.map((d) => d.key)).to.deep.equal(['backstage', 'harbour-lights']);
    expect(catalog.resolve('characters', 'ruth', 'backstage')).to.deep.equal({ status: 'missing', series: 'backstage' });
    expect(catalog.resolve('characters', 'zed')).to.deep.equal({ status: 'missing' });
    expect(catalog.resolve('characters', 'kit', 'nope')).to.deep.equal({ status: 'unknown-series', series: 'nope' });
    expect(catalog.resolve('characters', 'kit', 'harbour-lights-specials').status).to.equal('found');
    expect(catalog.resolve('episodes', 's1e30', 'harbour-lights-specials')).to.deep.equal({ status: 'missing', series: 'harbour-lights-specials' });
    expect(catalog.dataset('harbour-lights-specials')).to.equal(catalog.dataset('harbour-lights'));
  });

  it('answers page-wide queries for ids only one series has, and throws for the others, naming them', () => {
    expect(catalog.character('ruth')!.name).to.equal('Ruth');
    expect(catalog.threadsOf('ruth').map((t) => t.id)).to.deep.equal(['the-cafe-lease']);
    expect(catalog.character('zed')).to.equal(undefined);
    expect(catalog.beatsIn('nope')).to.deep.equal([]);
    expect(thrownMessage(() => catalog.charactersIn('s1e30'))).to.equal(
      'episode "s1e30" is in more than one series: "backstage" (backstage.json), "harbour-lights" (hl.json). Query one of them: catalog.dataset("<series id>").',
    );
    // A character belongs to its whole dataset, so either of its series names it.
    expect(thrownMessage(() => catalog.character('kit'))).to.equal(
      'character "kit" is in more than one series: "backstage" (backstage.json), "harbour-lights" or "harbour-lights-specials" (hl.json). Query one of them: catalog.dataset("<series id>").',
    );
    expect(
      catalog
        .dataset('harbour-lights')!
        .charactersIn('s1e30')
        .map((c) => c.name),
    ).to.deep.equal(['Nell', 'Ansel', 'Ruth']);
    expect(catalog.dataset('backstage')!.threadsOf('kit').length).to.be.greaterThan(0);
    expect(catalog.ids('episodes')).to.deep.equal(['s1e30']);
    expect(catalog.ids('characters', 'harbour-lights')).to.deep.equal(['kit', 'ansel', 'ruth']);
  });

  it('toJsonLd takes the series when the episode id is shared', () => {
    register(clash, 'hl.json'); // the page-wide catalog of this test page
    expect(thrownMessage(() => toJsonLd('s1e30'))).to.match(/^episode "s1e30" is in more than one series: /);
    expect(toJsonLd('s1e30', 'harbour-lights')!.partOfSeries.name).to.equal('Harbour Lights');
    expect(toJsonLd('s1e30', 'backstage')!.name).to.equal('We');
  });
});
