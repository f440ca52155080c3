#!/usr/bin/env node
// Build-time check of every dataset in data/: the library's own validator (the one that runs when a
// dataset is registered in the browser), plus data/schema.json through Ajv so the published schema
// cannot drift from the data it describes. Exit 1 with every problem listed.
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { formatIssue, validateDataset } from '../dist/data/validate.js';

const schema = JSON.parse(readFileSync('data/schema.json', 'utf8'));
const checkSchema = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
let failed = false;
for (const file of readdirSync('data').filter((f) => f.endsWith('.json') && f !== 'schema.json')) {
  const data = JSON.parse(readFileSync(`data/${file}`, 'utf8'));
  let ok = true;
  try {
    validateDataset(data, file);
  } catch (error) {
    if (!error.issues) throw error;
    ok = false;
    for (const issue of error.issues) console.error(formatIssue(issue));
  }
  if (!checkSchema(data)) {
    ok = false;
    for (const e of checkSchema.errors) console.error(`${file}: ${e.instancePath || '/'}: ${e.message} (schema.json)`);
  }
  failed ||= !ok;
  if (ok) console.log(`data ok: ${file} (${data.characters.length} characters, ${data.threads.length} threads, ${data.beats.length} beats)`);
}
process.exit(failed ? 1 : 0);
