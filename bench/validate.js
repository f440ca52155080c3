#!/usr/bin/env node
// Part 5 of the benchmark: how validation grows with the data, in Node. One storyline lists every
// beat (the shape that made the old checks quadratic); the time of validateDataset() and of a
// catalog's register() at each size, and the growth from 10,000 to 100,000 beats (linear: ×10).
// Runs alone too: `node bench/validate.js` after `npm run build`.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Catalog } from '../dist/data/catalog.js';
import { validateDataset } from '../dist/data/validate.js';
import { median } from './stats.js';

/** A valid dataset of `beats` beats in one episode, all in one storyline, among 10 characters. */
export function bigDataset(beats) {
  const characters = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, name: `Person ${i}`, description: 'Someone.' }));
  const ids = Array.from({ length: beats }, (_, i) => `b${i}`);
  return {
    formatVersion: 1,
    series: [{ id: 'big', title: 'Big', url: 'https://example.org/big' }],
    episodes: [{ id: 'e1', series: 'big', season: 1, number: 1, title: 'Long', logline: 'A lot happens.' }],
    characters,
    groups: [],
    threads: [{ id: 'all', title: 'Everything', premise: 'It starts.', characters: ['c0'], beats: ids, outcome: 'It ends.', status: 'resolved' }],
    beats: ids.map((id, i) => ({ id, episode: 'e1', summary: `Beat ${i}.`, characters: [`c${i % 10}`], threads: ['all'] })),
    relationships: [{ characters: ['c0', 'c1'], kind: 'friendship', summary: 'Friends.', asOf: 'e1' }],
  };
}

/** Median milliseconds of `fn()`, over up to `runs` runs or about `budget` ms, whichever ends first. */
function time(fn, runs = 7, budget = 3000) {
  const times = [];
  const start = performance.now();
  do {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  } while (times.length < runs && performance.now() - start < budget);
  return median(times);
}

/** validate and register() times at each size, and register() of the bundled Backstage data. */
export function validateBench(sizes = [1000, 10000, 100000]) {
  const rows = sizes.map((n) => {
    const data = bigDataset(n);
    return {
      beats: n,
      validate: time(() => validateDataset(data, 'big.json')),
      register: time(() => new Catalog().register(data, 'big.json')),
    };
  });
  const backstage = JSON.parse(readFileSync('data/backstage.json', 'utf8'));
  const bundled = time(() => new Catalog().register(backstage, 'backstage.json'), 500, 2000);
  return { rows, bundled };
}

/** "×9.8" from one row to the next, per column. */
export const growth = (rows, column) => rows.slice(1).map((r, i) => `×${(r[column] / rows[i][column]).toFixed(1)}`);

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, bundled } = validateBench();
  for (const r of rows) console.log(`${r.beats} beats: validate ${r.validate.toFixed(1)} ms, register() ${r.register.toFixed(1)} ms`);
  console.log(`growth per ×10 beats: validate ${growth(rows, 'validate').join(', ')}; register() ${growth(rows, 'register').join(', ')}`);
  console.log(`register() of the bundled backstage.json: ${bundled.toFixed(3)} ms (median)`);
}
