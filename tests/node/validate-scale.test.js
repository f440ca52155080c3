// Validation grows linearly with the data, in the validator, in a catalog's register() and in the
// CLI: one storyline listing 100,000 beats (the shape that made the old checks quadratic: 14 s,
// ×100 from 10,000 beats). The limits leave room for a slow, shared machine.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { bigDataset } from '../../bench/validate.js';
import { Catalog } from '../../dist/data/catalog.js';
import { main } from '../../dist/cli.js';
import { validateDataset } from '../../dist/data/validate.js';

/** Milliseconds of CPU this process has used: unlike the clock, not slowed by other processes. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The least CPU time of `runs` runs of `fn`, in ms. */
function fastest(fn, runs) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpu();
    fn();
    best = Math.min(best, cpu() - start);
  }
  return best;
}

/**
 * 10× the beats must take well under 30× the time (linear: 10×; the old code: 100×), and the big
 * one under 3 s. `make(n)` builds the data of n beats (by default one storyline listing them all).
 */
function expectLinear(name, run, make = bigDataset, [n, ten] = [10_000, 100_000]) {
  const small = make(n);
  const big = make(ten);
  fastest(() => run(small), 2); // warm up
  const smallTime = fastest(() => run(small), 5);
  const bigTime = fastest(() => run(big), 2);
  const figures = `${name}: ${smallTime.toFixed(1)} ms for ${n.toLocaleString('en')} beats, ${bigTime.toFixed(1)} ms for ${ten.toLocaleString('en')}`;
  assert.ok(bigTime < 3000, figures);
  assert.ok(bigTime / smallTime < 30, `${figures} (×${(bigTime / smallTime).toFixed(1)})`);
}

/**
 * Invalid data whose ids repeat: n storylines that all use the id "t", each listing one beat, and
 * n beats that list "t" (each storyline once stamped every beat listing its id: n², 6 s at 40,000).
 */
function repeatedIds(n) {
  const data = bigDataset(n);
  data.threads = data.beats.map(({ id }) => ({ ...data.threads[0], id: 't', beats: [id] }));
  data.beats.forEach((beat) => (beat.threads = ['t']));
  return data;
}

/** validateDataset() that expects a DatasetError. */
const invalid = (data) => assert.throws(() => validateDataset(data, 'repeated.json'), { name: 'DatasetError' });

describe('validation time grows linearly with the number of beats', () => {
  it('validateDataset()', () => expectLinear('validateDataset()', (data) => validateDataset(data, 'big.json')));

  it("a catalog's register()", () => expectLinear('register()', (data) => new Catalog().register(data, 'big.json')));

  it('invalid data whose storyline ids repeat', () => expectLinear('validateDataset() with repeated ids', invalid, repeatedIds, [4_000, 40_000]));

  it('the CLI, on a file of 100,000 beats', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ee-scale-')), 'big.json');
    writeFileSync(file, JSON.stringify(bigDataset(100_000)));
    const out = [];
    const time = fastest(
      () =>
        assert.equal(
          main(
            ['validate', file],
            (line) => out.push(line),
            (line) => out.push(line),
          ),
          0,
        ),
      1,
    );
    assert.ok(time < 4000, `${time.toFixed(0)} ms`);
    assert.match(out[0], /valid \(1 series, 1 episode, 10 characters, 1 thread, 100000 beats\)/);
  });
});
