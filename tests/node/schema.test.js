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
    for (const url of [...refused, ...allowed]) {
      const expected = { schema: allowed.includes(url), validator: allowed.includes(url) };
      assert.deepEqual(
        verdicts((d) => (d.episodes[0].url = url)),
        expected,
        JSON.stringify(url),
      );
      assert.deepEqual(
        verdicts((d) => (d.series[0].url = url)),
        expected,
        JSON.stringify(url),
      );
    }
    // What a pattern cannot tell: whether an http URL parses at all. The validator refuses it.
    assert.deepEqual(
      verdicts((d) => (d.episodes[0].url = 'http://[bad')),
      { schema: true, validator: false },
    );
  });

  it('on text: at least one visible character', () => {
    const refused = ['', ' ', '\t\n', '\u200b', '\u00a0', '\u2060', '\ufeff', '\u200b \u200d\ufeff', '\u3164', '\ufe0f', '\u180e', '\u{e0041}'];
    const allowed = ['Kit', ' Kit ', '\u200bKit', '👩‍👩‍👧', 'Zoë', 'Mar\u00adgot', '🎭', '\u0301'];
    for (const value of [...refused, ...allowed]) {
      const expected = { schema: allowed.includes(value), validator: allowed.includes(value) };
      assert.deepEqual(
        verdicts((d) => (d.characters[0].name = value)),
        expected,
        JSON.stringify(value),
      );
      assert.deepEqual(
        verdicts((d) => (d.beats[0].quote = { text: value, medium: 'a sign' })),
        expected,
        JSON.stringify(value),
      );
    }
  });
});
