// The dataset CLI (`npx episode-elements validate`), run in Node against the built dist/cli.js:
// its messages, and the exit codes a CI relies on.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../dist/cli.js';

const FIXTURE = 'tests/fixtures/harbour-lights.json';
const dir = mkdtempSync(join(tmpdir(), 'ee-cli-'));

/** Runs the CLI in-process; returns its exit code and what it printed. */
function run(...args) {
  const out = [];
  const err = [];
  const code = main(
    args,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The fixture, changed by `edit`, written to a temp file; returns its path. */
function variant(name, edit) {
  const data = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  edit(data);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data, null, 2));
  return path;
}

describe('episode-elements validate', () => {
  it('accepts the fixture series and says what is in it (exit 0)', () => {
    const { code, out, err } = run('validate', FIXTURE);
    assert.equal(code, 0);
    assert.equal(out, `${FIXTURE}: valid (1 series, 1 episode, 3 characters, 2 threads, 4 beats)`);
    assert.equal(err, '');
  });

  it('lists each problem with the file, the JSON path and what was expected (exit 1)', () => {
    const shape = variant('shape.json', (data) => (data.threads[0].status = 'paused'));
    const bad = run('validate', shape);
    assert.equal(bad.code, 1);
    assert.equal(bad.err, `${shape}: threads[0].status: expected one of "resolved", "ongoing", "cliffhanger", got "paused"\n${shape}: 1 problem`);
    const refs = variant('dangling.json', (data) => {
      data.beats[2].characters.push('nobody');
      data.threads[1].beats.reverse();
    });
    const dangling = run('validate', refs);
    assert.equal(dangling.code, 1);
    assert.deepEqual(dangling.err.split('\n'), [
      `${refs}: threads[1].beats[1]: beat "hl-b2" is out of order (beats must follow the order of "beats")`,
      `${refs}: beats[2].characters[2]: unknown character "nobody"`,
      `${refs}: 2 problems`,
    ]);
  });

  it('lists shape problems and broken references together', () => {
    const path = variant('both.json', (data) => {
      data.episodes[0].season = 'one';
      data.beats[0].characters.push('nobody');
    });
    const { code, err } = run('validate', path);
    assert.equal(code, 1);
    assert.deepEqual(err.split('\n'), [
      `${path}: episodes[0].season: expected a whole number of at least 1, got "one"`,
      `${path}: beats[0].characters[2]: unknown character "nobody"`,
      `${path}: 2 problems`,
    ]);
  });

  it('says when a file is not JSON, in the parser’s own words (exit 1)', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{\n  "formatVersion": 1,\n  "series": [}\n');
    const { code, err } = run('validate', path);
    assert.equal(code, 1);
    assert.match(err, new RegExp(`^${path}: not JSON: Unexpected token '}'`));
    writeFileSync(path, '{"formatVersion": 1,\n "series": x}');
    assert.match(run('validate', path).err, /: not JSON: Unexpected token 'x'/);
  });

  it('reports a series id that another file, or the bundled Backstage data, already uses; other ids may repeat', () => {
    const copy = variant('copy.json', () => {});
    const { code, err } = run('validate', FIXTURE, copy);
    assert.equal(code, 1);
    // Only the series id clashes: every other id is looked up within its series.
    assert.equal(err, `${copy}: series[0].id: series id "harbour-lights" is already registered by ${FIXTURE}\n${copy}: 1 problem`);
    const clash = run(
      'validate',
      variant('clash.json', (data) => {
        data.series[0].id = 'backstage';
        data.episodes.forEach((e) => (e.series = 'backstage'));
      }),
    );
    assert.equal(clash.code, 1);
    assert.match(clash.err, /series\[0\]\.id: series id "backstage" is already registered by the bundled backstage\.json\n.*: 1 problem$/);
    const sharedIds = run(
      'validate',
      variant('shared-ids.json', (data) => {
        data.series[0].id = 'harbour-lights-2';
        data.episodes.forEach((e) => (e.series = 'harbour-lights-2'));
      }),
      FIXTURE,
    );
    assert.equal(sharedIds.code, 0, sharedIds.err);
  });

  it('accepts the bundled data itself, wherever the file lies and however it is laid out', () => {
    const bundled = run('validate', 'data/backstage.json');
    assert.deepEqual([bundled.code, bundled.err], [0, '']);
    assert.equal(
      bundled.out,
      'data/backstage.json: valid (1 series, 1 episode, 17 characters, 11 threads, 35 beats), the same data as the bundled backstage.json (pages with the bundle have it already)',
    );
    // Another place, another layout, keys in another order: the same data.
    const reordered = (value) =>
      Array.isArray(value)
        ? value.map(reordered)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reordered(v)]),
            )
          : value;
    const copy = join(dir, 'backstage-copy.json');
    writeFileSync(copy, JSON.stringify(reordered(JSON.parse(readFileSync('data/backstage.json', 'utf8')))));
    assert.equal(run('validate', copy, FIXTURE).code, 0);
    // Other data under the bundled series id is still refused, and so is a series id used twice.
    const changed = join(dir, 'backstage-changed.json');
    const data = JSON.parse(readFileSync('data/backstage.json', 'utf8'));
    data.beats[0].summary = 'Something else happens.';
    writeFileSync(changed, JSON.stringify(data));
    assert.deepEqual(run('validate', changed, copy).err.split('\n'), [
      `${changed}: series[0].id: series id "backstage" is already registered by the bundled backstage.json`,
      `${changed}: 1 problem`,
    ]);
  });

  it('reads UTF-8 with or without a byte-order mark, and says when a file is UTF-16 or not UTF-8 at all', () => {
    const json = readFileSync(FIXTURE, 'utf8');
    const file = (name, bytes) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    };
    const bom = run('validate', file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)])));
    assert.deepEqual([bom.code, bom.err], [0, '']);
    const le = Buffer.from(json, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [name, bytes] of [
      ['utf16le-bom.json', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
      ['utf16be-bom.json', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
      ['utf16le.json', le],
      ['utf16be.json', be],
    ]) {
      const path = file(name, bytes);
      const { code, err } = run('validate', path);
      assert.deepEqual([code, err], [1, `${path}: the file is UTF-16; save it as UTF-8`], name);
    }
    const latin1 = file('latin1.json', Buffer.from(json.replace('Low Tide', 'Marée basse'), 'latin1'));
    assert.deepEqual([run('validate', latin1).code, run('validate', latin1).err], [1, `${latin1}: the file is not UTF-8; save it as UTF-8`]);
  });

  it('accepts and refuses the same bytes as <episode-data>, in the same words (tests/fixtures/encodings.json)', () => {
    const { files } = JSON.parse(readFileSync('tests/fixtures/encodings.json', 'utf8'));
    files.forEach(({ name, hex, says }, i) => {
      const path = join(dir, `encoding-${i}.json`);
      writeFileSync(path, Buffer.from(hex, 'hex'));
      const { code, err } = run('validate', path);
      assert.equal(code, 1, name);
      const first = err.split('\n')[0];
      if (says.endsWith(': ')) assert.ok(first.startsWith(`${path}: ${says}`), `${name}: ${first}`);
      else assert.equal(first, `${path}: ${says}`, name);
      // eslint-disable-next-line no-control-regex -- control characters are what is looked for
      assert.doesNotMatch(first, /[\0-\x1f\x7f-\x9f]/, `${name}: no control character`);
    });
  });

  it('reports a directory or an unreadable file, checks the files after it, and exits 2 at the end (2 wins over 1)', () => {
    const folder = mkdtempSync(join(dir, 'folder-'));
    const broken = variant('after-folder.json', (data) => {
      data.formatVersion = 2;
      data.series[0].id = 'after-folder';
      data.episodes.forEach((e) => (e.series = 'after-folder'));
    });
    const { code, out, err } = run('validate', folder, join(dir, 'missing.json'), FIXTURE, broken);
    assert.equal(code, 2);
    assert.equal(out, `${FIXTURE}: valid (1 series, 1 episode, 3 characters, 2 threads, 4 beats)`);
    assert.deepEqual(err.split('\n'), [
      `${folder}: cannot read it (EISDIR)`,
      `${join(dir, 'missing.json')}: cannot read it (ENOENT)`,
      `${broken}: formatVersion: expected 1, got number 2`,
      `${broken}: 1 problem`,
    ]);
    assert.equal(run('validate', FIXTURE, broken).code, 1);
  });

  it("never prints a control character from the file: the parser's quotes of it are spelt out as \\u{0}", () => {
    for (const [name, bytes] of [
      ['nul.json', [0]],
      ['bel.json', [0x7b, 0x07, 0x7d]],
      ['esc.json', Buffer.from('{"formatVersion": 1,\n\x1b[31m "series": []}')],
    ]) {
      const path = join(dir, name);
      writeFileSync(path, Buffer.from(bytes));
      const { code, err } = run('validate', path);
      assert.equal(code, 1, name);
      assert.match(err, /^.*: not JSON: /, name);
      // eslint-disable-next-line no-control-regex -- control characters are what is looked for
      assert.doesNotMatch(err, /[\0-\x1f\x7f-\x9f]/u, `${name}: ${JSON.stringify(err)}`);
    }
    assert.match(run('validate', join(dir, 'nul.json')).err, /: not JSON: Unexpected token '\\u\{0\}', "\\u\{0\}" is not valid JSON$/);
  });

  it('says a file too large for one string is too large, not that it is not UTF-8 (exit 2)', () => {
    // A sparse file just over V8's longest string (2^29 - 24 characters): "[ " and then NUL bytes, valid UTF-8.
    const path = join(dir, 'huge.json');
    writeFileSync(path, '[ ');
    truncateSync(path, 2 ** 29);
    try {
      const { code, err } = run('validate', path, FIXTURE);
      assert.deepEqual([code, err], [2, `${path}: cannot read it (too large to read as one string)`]);
    } finally {
      rmSync(path);
    }
  });

  it('exits 2 for a missing file, a wrong command or no file, and prints usage', () => {
    assert.deepEqual(
      [run('validate', join(dir, 'missing.json')).code, run('validate', join(dir, 'missing.json')).err],
      [2, `${join(dir, 'missing.json')}: cannot read it (ENOENT)`],
    );
    assert.equal(run().code, 2);
    assert.equal(run('validate').code, 2);
    const wrong = run('check', FIXTURE);
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /^Unknown command "check"\.\n\nUsage: episode-elements validate/);
    assert.equal(run('--help').code, 0);
  });

  it('works as the package bin: a real process with the exit code', () => {
    const bin = JSON.parse(readFileSync('package.json', 'utf8')).bin['episode-elements'];
    assert.match(execFileSync('node', [bin, 'validate', FIXTURE], { encoding: 'utf8' }), /valid \(1 series/);
    // The package's own data, as `npx episode-elements validate node_modules/episode-elements/data/backstage.json` reads it.
    assert.match(execFileSync('node', [bin, 'validate', 'data/backstage.json'], { encoding: 'utf8' }), /^data\/backstage\.json: valid \(1 series/);
    const failed = spawnSync('node', [bin, 'validate', variant('bad.json', (data) => (data.formatVersion = 2))], { encoding: 'utf8' });
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /formatVersion/);
    assert.equal(spawnSync('node', [bin], { encoding: 'utf8' }).status, 2);
  });
});
