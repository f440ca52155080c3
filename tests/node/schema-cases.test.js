// The invalid inputs of tests/data/validate.test.ts, run through data/schema.json (Ajv, draft
// 2020-12) as well as the validator. Every structural error (types, required and unexpected
// properties, ids, text, enums, links, inference pairs, sizes of lists) must be rejected by both.
// The rest only the validator can catch, since a JSON Schema cannot compare one value with
// another elsewhere in the document: those pass the schema and fail the validator, and they are
// named below so that a new one is a decision, not an accident.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateDataset } from '../../dist/data/validate.js';

const schema = JSON.parse(readFileSync('data/schema.json', 'utf8'));
const checkSchema = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const backstage = () => JSON.parse(readFileSync('data/backstage.json', 'utf8'));

/** What an edit returns to put another document in the data's place. */
const REPLACED = Symbol('replaced');
const replace = (value) => () => ({ [REPLACED]: value });

/** The bundled data with `edit` applied (or the document it replaces it with), judged by each. */
function verdicts(edit, takenSeries) {
  let data = backstage();
  const out = edit(data);
  if (out && REPLACED in out) data = out[REPLACED];
  let validator = true;
  try {
    validateDataset(data, 'backstage.json', takenSeries);
  } catch {
    validator = false;
  }
  return { schema: checkSchema(data), validator };
}

/** Structural errors, as validate.test.ts makes them: both must reject each. */
const STRUCTURAL = {
  'a document that is null': replace(null),
  'a document that is an array': replace([]),
  'no formatVersion': (d) => void delete d.formatVersion,
  'an episode without a title': (d) => void delete d.episodes[0].title,
  'format version 2': (d) => void (d.formatVersion = 2),
  'a season that is a string': (d) => void (d.episodes[0].season = '1'),
  'episode number 0': (d) => void (d.episodes[0].number = 0),
  'characters as an object': (d) => void (d.characters = {}),
  'threads as a string': (d) => void (d.threads = 'none'),
  'a beat that is a string': (d) => void (d.beats[3] = 'b04'),
  "a storyline's beats as a string": (d) => void (d.threads[0].beats = 's1e30-b01'),
  'a character without an id': (d) => void delete d.characters[3].id,
  'a title that is a number': (d) => void (d.series[0].title = 7),
  'a summary that is a number': (d) => void (d.beats[2].summary = 7),
  'a description that is a number': (d) => void (d.characters[0].description = 42),
  'an id that is not a slug': (d) => void (d.groups[0].id = 'The Primas'),
  'a reference that is not a slug': (d) => void (d.beats[0].characters[0] = 'Miles'),
  'a reference that is too long and not a slug': (d) => void d.beats[2].threads.push(`${'x'.repeat(100)}\u0000\n`),
  'a misspelt property': (d) => void (d.characters[0].nmae = 'Miles'),
  'an unexpected property on a relationship': (d) => void (d.relationships[12].bogus = 'not allowed'),
  'an unexpected property with a control character': (d) => void (d.beats[4]['a\nb'] = 1),
  'a thread status outside the list': (d) => void (d.threads[1].status = 'done'),
  'a relationship kind outside the list': (d) => void (d.relationships[13].kind = 'enemies'),
  'a finale with a NUL': (d) => void (d.episodes[0].finale = 'season\u0000'),
  'inferred without a reason': (d) => void (d.relationships[0].inferred = true),
  'a reason without inferred': (d) => void (d.characters[5].aliases[0].reason = 'because'),
  'a relationship of a character with themself': (d) => void (d.relationships[0].characters = ['miles', 'miles']),
  'a relationship of three': (d) => void d.relationships[0].characters.push('julie'),
  "a relationship's characters as a string": (d) => void (d.relationships[0].characters = 'miles'),
  'a character listed twice in a beat': (d) => void d.beats[0].characters.push('miles', 'miles'),
  ...Object.fromEntries(
    ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'mailto:a@b.example', ''].flatMap(
      (url) => [
        [`series url ${JSON.stringify(url)}`, (d) => void (d.series[0].url = url)],
        [`episode url ${JSON.stringify(url)}`, (d) => void (d.episodes[0].url = url)],
      ],
    ),
  ),
  ...Object.fromEntries(
    ['\u200b', '\u00a0', '\u2060', '\ufeff', '\u200b \u200d\ufeff', '\u3164', '\ufe0f', '\t\n', '', '  '].flatMap((value) =>
      [
        ['characters[0].name', (d) => (d.characters[0].name = value)],
        ['series[0].title', (d) => (d.series[0].title = value)],
        ['episodes[0].title', (d) => (d.episodes[0].title = value)],
        ['episodes[0].logline', (d) => (d.episodes[0].logline = value)],
        ['beats[0].summary', (d) => (d.beats[0].summary = value)],
        ['beats[34].quote.text', (d) => (d.beats[34].quote.text = value)],
        ['characters[6].aliases[0].reason', (d) => (d.characters[6].aliases[0].reason = value)],
        ['groups[0].kind', (d) => (d.groups[0].kind = value)],
      ].map(([path, set]) => [`${path} = ${JSON.stringify(value)}`, (d) => void set(d)]),
    ),
  ),
};

/**
 * What only the validator catches: references (each must name a record of its kind in the same
 * document), uniqueness of ids, duplicate relationships (same two people either way round, kind
 * and episode), storylines and beats listing each other and a storyline's beats in story order,
 * an http URL that does not parse, and a series id another registered dataset already uses.
 */
const VALIDATOR_ONLY = {
  'reference: an unknown beat in a storyline': (d) => void d.threads[2].beats.push('s1e30-b99'),
  'reference: an unknown character in a beat': (d) => void (d.beats[0].characters[0] = 'nobody'),
  'reference: another unknown character in a beat': (d) => void d.beats[4].characters.push('ghost'),
  'reference: an unknown character in a storyline': (d) => void (d.threads[1].characters[0] = 'nobody'),
  "reference: an episode's unknown series": (d) => void (d.episodes[0].series = 'nope'),
  "reference: a membership's unknown group": (d) => void (d.characters[1].groups[0].group = 'da-bohemians'),
  "reference: a beat's unknown episode": (d) => void (d.beats[2].episode = 's1e99'),
  "reference: a relationship's unknown episode": (d) => void (d.relationships[0].asOf = 's1e31'),
  'uniqueness: a character id used twice': (d) => void d.characters.push({ ...d.characters[0] }),
  'duplicate pair: a relationship listed twice': (d) => void d.relationships.push({ ...d.relationships[1] }),
  'duplicate pair: a relationship listed twice, the other way round': (d) =>
    void d.relationships.splice(3, 0, { ...d.relationships[1], characters: ['julie', 'miles'], summary: 'Again.' }),
  'cross-listing: a beat lists a storyline that does not list it': (d) => void d.beats[3].threads.push('miles-and-alya'),
  "cross-listing: a storyline's beats out of story order": (d) => void d.threads[0].beats.reverse(),
  'URL: an http URL that does not parse': (d) => void (d.episodes[0].url = 'http://[bad'),
};

describe("the validator's invalid inputs, through data/schema.json too", () => {
  it('the bundled data passes both', () => {
    assert.deepEqual(
      verdicts(() => {}),
      { schema: true, validator: true },
    );
  });

  it('every structural error is rejected by both', () => {
    const missed = Object.entries(STRUCTURAL)
      .map(([name, edit]) => [name, verdicts(edit)])
      .filter(([, v]) => v.schema || v.validator)
      .map(([name, v]) => `${name}: ${JSON.stringify(v)}`);
    assert.deepEqual(missed, []);
  });

  it('references, uniqueness, duplicate pairs and cross-listing pass the schema and fail the validator', () => {
    for (const [name, edit] of Object.entries(VALIDATOR_ONLY)) assert.deepEqual(verdicts(edit), { schema: true, validator: false }, name);
    // A series id already registered on the page (the catalog passes the ones it holds).
    assert.deepEqual(
      verdicts(() => {}, new Map([['backstage', 'other.json']])),
      { schema: true, validator: false },
    );
  });
});
