// "Did you mean" (src/data/suggest.ts and catalog.suggest): ids stay case-sensitive, but a near
// miss in an id, or a name or title written where the id goes, points at the record meant.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Catalog, catalog } from '../../dist/data/index.js';
import { distance, nearest, words } from '../../dist/data/suggest.js';

/** The ids catalog.suggest gives, nearest first. */
const ids = (kind, input, series) => catalog.suggest(kind, input, series).map((s) => s.id);

describe('suggest: the pieces', () => {
  it('reads ids, names and titles as the same words: no case, accents, apostrophes or filler', () => {
    assert.deepEqual(words("Scarlett's voice"), ['scarletts', 'voice']);
    assert.deepEqual(words('scarletts-voice'), ['scarletts', 'voice']);
    assert.deepEqual(words('The letter from Kit’s birth parents'), ['letter', 'from', 'kits', 'birth', 'parents']);
    assert.deepEqual(words('Zoë  ÉCLAIR__2'), ['zoe', 'eclair', '2']);
    assert.deepEqual(words('the and of'), []);
  });

  it('counts a swap of neighbours as one edit (optimal string alignment)', () => {
    assert.equal(distance('kit', 'kit'), 0);
    assert.equal(distance('', 'abc'), 3);
    assert.equal(distance('scarlett', 'scarlet'), 1);
    assert.equal(distance('scralett', 'scarlett'), 1);
    assert.equal(distance('kitten', 'sitting'), 3);
    assert.equal(distance('ca', 'abc'), 3);
  });

  it('ranks nearest first, keeps ties in order, leaves out the far and the exact id', () => {
    const candidates = [
      { id: 'kit', names: ['Kit'] },
      { id: 'kits', names: [] },
      { id: 'miles', names: ['Miles'] },
    ];
    assert.deepEqual(
      nearest('Kit', candidates).map((c) => c.id),
      ['kit', 'kits'],
    );
    assert.deepEqual(
      nearest('kit', candidates).map((c) => c.id),
      ['kits'],
    );
    assert.deepEqual(
      nearest('kit', candidates, 0).map((c) => c.id),
      [],
    );
    assert.deepEqual(nearest('', candidates), []);
    assert.deepEqual(nearest('zed', candidates), []);
  });
});

describe('catalog.suggest with the bundled data', () => {
  it('another case in an id', () => {
    assert.deepEqual(ids('episodes', 'S1E30'), ['s1e30']);
    assert.deepEqual(ids('characters', 'Kit')[0], 'kit');
    assert.deepEqual(ids('series', 'Backstage'), ['backstage']);
  });

  it('a typo: a letter missing, added, wrong or swapped', () => {
    assert.deepEqual(ids('threads', 'scarlett-voice'), ['scarletts-voice']);
    assert.deepEqual(ids('episodes', 's1e3'), ['s1e30']);
    assert.deepEqual(ids('characters', 'scarlet'), ['scarlett']);
    assert.deepEqual(ids('characters', 'bianca-agnet')[0], 'bianca-agent');
    assert.deepEqual(ids('threads', 'kits-leter'), ['kits-letter']);
  });

  it('a name, title or alias written instead of the id, whole or in part', () => {
    assert.deepEqual(ids('threads', "Scarlett's voice"), ['scarletts-voice']);
    assert.deepEqual(ids('characters', 'Kit Kingsley'), ['kit']);
    assert.deepEqual(ids('characters', 'Jaxon'), ['jax']);
    assert.deepEqual(ids('characters', 'DJ Diamond Mind'), ['kit']);
    assert.deepEqual(ids('characters', 'Francesco'), ['francesco-gilles']);
    assert.deepEqual(ids('episodes', 'We'), ['s1e30']);
    // Blogger-made ids from a title: kits-letter's title is "The letter from Kit's birth parents".
    assert.deepEqual(ids('threads', 'the-letter'), ['kits-letter']);
    assert.deepEqual(ids('threads', 'letter-from-kits-birth-parents'), ['kits-letter']);
    assert.deepEqual(ids('threads', 'scouts-slot'), ['the-scouts-slot']);
    assert.deepEqual(ids('threads', 'Primas or Streets'), ['the-scouts-slot']);
  });

  it('nothing for what is not near, and at most `limit`', () => {
    assert.deepEqual(ids('characters', 'zed'), []);
    assert.deepEqual(ids('threads', 'nope'), []);
    assert.deepEqual(ids('characters', 'al'), []);
    assert.deepEqual(ids('characters', '<img src=x onerror=alert(1)>'), []);
    assert.equal(catalog.suggest('threads', 'kit').length, 2);
    assert.equal(catalog.suggest('threads', 'kit', undefined, 1).length, 1);
  });

  it('gives each id with its name or title and its series; within a series when one is named', () => {
    assert.deepEqual(catalog.suggest('threads', 'scarlett-voice'), [{ id: 'scarletts-voice', name: "Scarlett's voice", series: 'backstage' }]);
    assert.deepEqual(catalog.suggest('episodes', 'S1E30', 'backstage'), [{ id: 's1e30', name: 'We', series: 'backstage' }]);
    assert.deepEqual(catalog.suggest('episodes', 'S1E30', 'harbour-lights'), []);
    assert.throws(() => catalog.suggest('people', 'kit'), /^Error: unknown kind "people" \(kinds: series, episodes, characters, groups, threads, beats\)$/);
  });

  it('searches every registered series, each suggestion naming its own', () => {
    const own = new Catalog();
    own.register(backstageLike('backstage', 'Backstage'), 'a.json');
    own.register(backstageLike('harbour', 'Harbour Lights'), 'b.json');
    assert.deepEqual(own.suggest('episodes', 'E1'), [
      { id: 'e1', name: 'Backstage pilot', series: 'backstage' },
      { id: 'e1', name: 'Harbour Lights pilot', series: 'harbour' },
    ]);
    assert.deepEqual(own.suggest('episodes', 'E1', 'harbour'), [{ id: 'e1', name: 'Harbour Lights pilot', series: 'harbour' }]);
    assert.deepEqual(own.suggest('series', 'harbor'), [{ id: 'harbour', name: 'Harbour Lights', series: 'harbour' }]);
  });
});

/** The smallest valid dataset: one series `id`, one episode "e1". */
function backstageLike(id, title) {
  return {
    formatVersion: 1,
    series: [{ id, title }],
    episodes: [{ id: 'e1', series: id, season: 1, number: 1, title: `${title} pilot`, logline: 'A start.' }],
    characters: [{ id: 'c1', name: 'Someone', description: 'Somebody.' }],
    groups: [],
    threads: [{ id: 't1', title: 'A thread', premise: 'A premise.', characters: ['c1'], beats: ['b1'], outcome: 'An end.', status: 'resolved' }],
    beats: [{ id: 'b1', episode: 'e1', summary: 'It happens.', characters: ['c1'], threads: ['t1'] }],
    relationships: [],
  };
}
