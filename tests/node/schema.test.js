// data/schema.json against the validator: the rules a JSON Schema can express (the links allowed,
// text with a visible character) must agree with src/data/validate.ts on the same values.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateDataset } from '../../dist/data/validate.js';

const schema = JSON.parse(readFileSync('data/schema.json', 'utf8'));
const checkSchema = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const backstage = () => JSON.parse(readFileSync('data/backstage.json', 'utf8'));

/** Whether the schema, and the validator, accept the bundled data with `edit` applied. */
function verdicts(edit) {
  const data = backstage();
  edit(data);
  let validator = true;
  try {
    validateDataset(data);
  } catch {
    validator = false;
  }
  return { schema: checkSchema(data), validator };
}

/** Each value, set by each of `places`, is accepted by both the schema and the validator if it is in `allowed`, else refused by both. */
function expectAgreement(values, allowed, places) {
  for (const value of values) {
    const expected = { schema: allowed.includes(value), validator: allowed.includes(value) };
    for (const place of places)
      assert.deepEqual(
        verdicts((d) => place(d, value)),
        expected,
        JSON.stringify(value),
      );
  }
}

describe('data/schema.json agrees with the validator', () => {
  it('on links: http(s) and relative only', () => {
    const refused = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:x',
      'data:text/html,x',
      'vbscript:msgbox(1)',
      'mailto:a@b.example',
      'c:/x',
      'a+b.c-d:x',
      '',
    ];
    const allowed = [
      'https://example.org/we',
      'HTTP://EXAMPLE.ORG/',
      'http:we',
      '//example.org/we',
      '/recaps/we',
      'we.html',
      '../we',
      '?ep=30',
      '#we',
      '1a:b',
      'x y:z',
      ':x',
      'we.html?next=javascript:x',
    ];
    expectAgreement([...refused, ...allowed], allowed, [(d, url) => (d.episodes[0].url = url), (d, url) => (d.series[0].url = url)]);
    // What a pattern cannot tell: whether an http URL parses at all. The validator refuses it.
    assert.deepEqual(
      verdicts((d) => (d.episodes[0].url = 'http://[bad')),
      { schema: true, validator: false },
    );
  });

  it('on text: at least one visible character', () => {
    const refused = ['', ' ', '\t\n', '\u200b', '\u00a0', '\u2060', '\ufeff', '\u200b \u200d\ufeff', '\u3164', '\ufe0f', '\u180e', '\u{e0041}'];
    const allowed = ['Kit', ' Kit ', '\u200bKit', '👩‍👩‍👧', 'Zoë', 'Mar\u00adgot', '🎭', '\u0301'];
    expectAgreement([...refused, ...allowed], allowed, [
      (d, value) => (d.characters[0].name = value),
      (d, value) => (d.beats[0].quote = { text: value, medium: 'a sign' }),
    ]);
  });
});
