// Each closed list of the data format has one source, src/data/vocabulary.ts. data/schema.json
// repeats each as an enum (editors read the schema, not our modules): here every enum there must
// equal its list, value for value and in order, and the schema may hold no enum without one. The
// validator and the types read the lists directly; the label maps are typed by them (a value
// without a label does not compile); the `.status-*` colours are checked against the list here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateDataset } from '../../dist/data/validate.js';
import * as vocabulary from '../../dist/data/vocabulary.js';

const { FINALE_KINDS, MEMBERSHIP_STATUSES, RELATIONSHIP_KINDS, THREAD_STATUSES } = vocabulary;
const schema = JSON.parse(readFileSync('data/schema.json', 'utf8'));
const backstage = () => JSON.parse(readFileSync('data/backstage.json', 'utf8'));

/** Where each list sits in the schema, and where in the bundled data a value of it goes. */
const LISTS = [
  { name: 'FINALE_KINDS', values: FINALE_KINDS, at: '$defs.episode.properties.finale', set: (d, v) => (d.episodes[0].finale = v) },
  {
    name: 'MEMBERSHIP_STATUSES',
    values: MEMBERSHIP_STATUSES,
    at: '$defs.character.properties.groups.items.properties.status',
    set: (d, v) => (d.characters[1].groups[0].status = v),
  },
  { name: 'THREAD_STATUSES', values: THREAD_STATUSES, at: '$defs.thread.properties.status', set: (d, v) => (d.threads[1].status = v) },
  { name: 'RELATIONSHIP_KINDS', values: RELATIONSHIP_KINDS, at: '$defs.relationship.properties.kind', set: (d, v) => (d.relationships[0].kind = v) },
];

/** Every `enum` in the schema, by its dotted path. */
function enums(node, path = [], found = new Map()) {
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'enum') found.set(path.join('.'), value);
      else enums(value, [...path, key], found);
    }
  }
  return found;
}

describe('the lists of the data format have one source', () => {
  it('vocabulary.ts exports exactly the four lists, each of distinct strings', () => {
    assert.deepEqual(Object.keys(vocabulary).sort(), LISTS.map((l) => l.name).sort());
    for (const { name, values } of LISTS) {
      assert.ok(values.length > 0 && values.every((v) => typeof v === 'string'), name);
      assert.equal(new Set(values).size, values.length, `${name} repeats a value`);
    }
  });

  it('data/schema.json: each enum equals its list, and every enum has one', () => {
    const found = enums(schema);
    for (const { name, values, at } of LISTS) assert.deepEqual(found.get(at), [...values], `${at}.enum is not ${name}`);
    assert.deepEqual([...found.keys()].sort(), LISTS.map((l) => l.at).sort(), 'an enum in the schema without a list in vocabulary.ts');
  });

  it('the validator accepts every value of each list and nothing else', () => {
    for (const { name, values, set } of LISTS) {
      for (const value of values) {
        const data = backstage();
        set(data, value);
        assert.doesNotThrow(() => validateDataset(data, 'x.json'), `${name}: ${value}`);
      }
      const data = backstage();
      set(data, 'unlisted');
      assert.throws(() => validateDataset(data, 'x.json'), new RegExp(`expected one of ${values.map((v) => `"${v}"`).join(', ')}, got "unlisted"`), name);
    }
  });

  it('each thread status has a .status-* colour, and no colour is for another status', () => {
    const css = readFileSync('src/styles/shared.ts', 'utf8');
    const styled = [...css.matchAll(/\.status-([a-z-]+)\s*\{[^}]*\bcolor:/g)].map((m) => m[1]);
    assert.deepEqual(styled.sort(), [...THREAD_STATUSES].sort());
  });
});
