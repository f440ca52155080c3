import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import { catalog, episodeJsonLd, register, toJsonLd } from '../src/data/index.js';
import { DatasetIndex } from '../src/data/dataset-index.js';
import type { EpisodeCard } from '../src/episode-card/episode-card.js';
import { makeSeries } from './helpers.js';

/** The schema.org properties used, per type, with the JSON type each must have. */
const SCHEMA: Record<string, Record<string, string>> = {
  TVEpisode: {
    '@context': 'string',
    '@type': 'string',
    name: 'string',
    episodeNumber: 'number',
    description: 'string',
    url: 'string',
    partOfSeason: 'object',
    partOfSeries: 'object',
    character: 'array',
  },
  TVSeason: { '@type': 'string', seasonNumber: 'number' },
  TVSeries: { '@type': 'string', name: 'string', url: 'string' },
  Person: { '@type': 'string', name: 'string' },
};

/** Every problem with `node` against SCHEMA: unknown properties, wrong JSON types, empty values. */
function schemaProblems(node: Record<string, unknown>, path = '$'): string[] {
  const type = node['@type'] as string;
  const fields = SCHEMA[type];
  if (!fields) return [`${path}: unexpected @type ${type}`];
  return Object.entries(node).flatMap(([key, value]) => {
    const expected = fields[key];
    const actual = Array.isArray(value) ? 'array' : typeof value;
    if (!expected) return [`${path}.${key}: not a ${type} property used here`];
    if (actual !== expected) return [`${path}.${key}: expected ${expected}, got ${actual}`];
    if (value === '' || (Array.isArray(value) && !value.length)) return [`${path}.${key}: empty`];
    if (actual === 'object') return schemaProblems(value as Record<string, unknown>, `${path}.${key}`);
    if (actual === 'array') return (value as Record<string, unknown>[]).flatMap((item, i) => schemaProblems(item, `${path}.${key}[${i}]`));
    return [];
  });
}

const jsonLdScripts = (el: Element) => [...el.querySelectorAll('script[type="application/ld+json"]')];

describe('schema.org structured data', () => {
  it('describes the episode as a TVEpisode with its season, series and named characters', () => {
    const data = toJsonLd('s1e30')!;
    expect(schemaProblems(data as unknown as Record<string, unknown>)).to.deep.equal([]);
    expect(data).to.deep.include({ '@context': 'https://schema.org', '@type': 'TVEpisode', name: 'We', episodeNumber: 30 });
    expect(data.description).to.equal(catalog.episode('s1e30')!.logline);
    expect(data.partOfSeason).to.deep.equal({ '@type': 'TVSeason', seasonNumber: 1 });
    expect(data.partOfSeries).to.deep.equal({ '@type': 'TVSeries', name: 'Backstage' });
    const named = catalog.charactersIn('s1e30').filter((c) => !c.unnamed);
    expect(data.character!.map((c) => c.name)).to.deep.equal(named.map((c) => c.name));
    // "Bianca's agent" is a description, not a name: unnamed characters are left out.
    expect(data.character!.map((c) => c.name)).not.to.include("Bianca's agent");
    // Spoiler-free: nothing from the beats or outcomes.
    const text = JSON.stringify(data);
    for (const beat of catalog.beatsIn('s1e30')) expect(text).not.to.include(beat.summary);
  });

  it('returns undefined for an unknown id', () => {
    expect(toJsonLd('s1e99')).to.equal(undefined);
    expect(toJsonLd('')).to.equal(undefined);
  });

  it('keeps http(s) and relative links and drops any other scheme', () => {
    const { dataset, ids } = makeSeries();
    dataset.series[0].url = '/shows/harbour';
    dataset.episodes[0].url = 'javascript:alert(1)';
    // register() refuses such a link; should one get past it, the structured data leaves it out.
    const data = episodeJsonLd(new DatasetIndex(dataset, 'links.json'), ids.episode)!;
    expect(data.partOfSeries.url).to.equal('/shows/harbour');
    expect('url' in data).to.equal(false);
    expect(schemaProblems(data as unknown as Record<string, unknown>)).to.deep.equal([]);
  });

  it('<episode-card structured-data> keeps one JSON-LD script in its light DOM, in step with its episode', async () => {
    const card = await fixture<EpisodeCard>(html`<episode-card episode="s1e30" structured-data></episode-card>`);
    expect(jsonLdScripts(card)).to.have.length(1);
    expect(JSON.parse(jsonLdScripts(card)[0].textContent!)).to.deep.equal(toJsonLd('s1e30'));
    const text = jsonLdScripts(card)[0].firstChild;
    card.spoilers = true; // an update that does not change the data leaves the script alone
    await card.updateComplete;
    expect(jsonLdScripts(card)).to.have.length(1);
    expect(jsonLdScripts(card)[0].firstChild === text).to.equal(true);

    const { dataset, ids } = makeSeries();
    register(dataset);
    card.episode = ids.episode;
    await card.updateComplete;
    expect(JSON.parse(jsonLdScripts(card)[0].textContent!).name).to.equal(dataset.episodes[0].title);

    card.episode = 's1e99';
    await card.updateComplete;
    expect(jsonLdScripts(card)).to.have.length(0);
    card.episode = 's1e30';
    card.structuredData = false;
    await card.updateComplete;
    expect(jsonLdScripts(card)).to.have.length(0);
    expect(card.hasAttribute('structured-data')).to.equal(false);
  });

  it('adds nothing without the attribute', async () => {
    const card = await fixture<EpisodeCard>(html`<episode-card episode="s1e30"></episode-card>`);
    expect(jsonLdScripts(card)).to.have.length(0);
  });

  it('cannot be broken out of by hostile text, even when the page is serialised and parsed again', async () => {
    const hostile = '</script><script>window.__jsonLdTripwire = 1</script><img src=x onerror="window.__jsonLdTripwire = 2">';
    const { dataset, ids } = makeSeries(() => hostile);
    register(dataset);
    const card = await fixture<EpisodeCard>(html`<episode-card episode=${ids.episode} structured-data></episode-card>`);
    const [script] = jsonLdScripts(card);
    expect(script.textContent).not.to.include('<');
    expect(JSON.parse(script.textContent!).name).to.equal(hostile);
    // Serialise (as a static-site generator would) and parse again: still one script, same data.
    const reparsed = new DOMParser().parseFromString(`<!doctype html><body>${card.outerHTML}`, 'text/html');
    const scripts = reparsed.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(JSON.parse(scripts[0].textContent!).name).to.equal(hostile);
    expect((window as { __jsonLdTripwire?: number }).__jsonLdTripwire).to.equal(undefined);
  });
});
