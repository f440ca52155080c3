// `npm start` stopped by its PID must free the port: the demo server exits with its parent. The
// test runs the real npm with package.json's own start script, its build step swapped for a `cd`
// to this repository (the build takes too long for a test and is not what is tested), so the
// process tree is the one a developer gets: npm → sh -c "… && exec node scripts/serve-demo.js".
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const ROOT = process.cwd();
const BUILD = 'npm run build && ';

/** Whether something accepts connections on the port. */
const listening = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, 'localhost');
    socket.once('connect', () => resolve(socket.end() && true));
    socket.once('error', () => resolve(false));
  });

/** Starts `npm start` in a package whose start script is ours without the build; resolves to npm's process and the port. */
async function startNpm(dir) {
  const npm = spawn('npm', ['start'], { cwd: dir, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "Demo:" line within 20 s:\n${output}`)), 20_000);
    const read = (chunk) => {
      output += chunk;
      const found = /Demo: http:\/\/localhost:(\d+)\//.exec(output);
      if (found) resolve(Number(found[1]), clearTimeout(timer));
    };
    npm.stdout.on('data', read);
    npm.stderr.on('data', read);
    npm.once('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${output}`)));
  });
  return { npm, port };
}

/** The process ids below `pid` (Linux's /proc), so that a server left behind can be stopped after the test. */
function descendants(pid) {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) => {
    const list = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
    return list ? list.split(' ').map(Number) : [];
  });
  return children.flatMap((child) => [child, ...descendants(child)]);
}

async function freedWithin(port, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!(await listening(port))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('npm start', { skip: !existsSync('dist/cdn/episode-elements.js') && 'run npm run build first' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ee-start-'));
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.ok(scripts.start.startsWith(BUILD), `the start script begins with "${BUILD}" (${scripts.start})`);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'start-probe', version: '0.0.0', scripts: { start: `cd '${ROOT}' && ${scripts.start.slice(BUILD.length)}` } }),
  );
  const started = [];
  after(() => {
    for (const pid of started) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone, as it should be
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  for (const signal of ['SIGTERM', 'SIGKILL']) {
    it(`frees the port when npm is stopped by its PID (${signal})`, async () => {
      const { npm, port } = await startNpm(dir);
      started.push(npm.pid, ...descendants(npm.pid));
      assert.ok(await listening(port), 'the server answers');
      process.kill(npm.pid, signal);
      assert.ok(await freedWithin(port, 5_000), `port ${port} still taken 5 s after npm got ${signal}`);
    });
  }
});
