// The bundled data is read by readers, not by its authors: its reasons and descriptions talk about
// the episode, never about the notes it was written from ("the summary does not name the bond").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../../data/backstage.json', import.meta.url), 'utf8'));

/** Every string in the data, with its JSON path. */
function* strings(value, path = '$') {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* strings(item, `${path}.${key}`);
}

test('no string in the bundled data speaks of its source instead of the episode', () => {
  const authoring = /\b(the|this|our) (summary|source|seed|synopsis)\b|\bthe data\b/i;
  const leaks = [...strings(data)].filter(([, s]) => authoring.test(s)).map(([path, s]) => `${path}: ${s}`);
  assert.deepEqual(leaks, []);
});
