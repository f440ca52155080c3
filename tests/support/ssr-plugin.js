// The `ssr-render` command for @web/test-runner: renders a fixture's markup on the server, as
// episode-elements/ssr would, so element suites can run on server-rendered, hydrated DOM too
// (tests/helpers.ts: hydratedFixture). The SSR module is built from src/ with esbuild, exactly
// as the browser gets src/ (same target, same tsconfig), so server and client templates match.
import { build } from 'esbuild';
import { Worker } from 'node:worker_threads';

export function ssrPlugin() {
  let worker;
  let next = 0;
  const pending = new Map();
  const start = async () => {
    await build({
      entryPoints: ['src/ssr.ts'],
      outfile: 'tests/.out/ssr-src.js',
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'esnext',
      tsconfig: './tsconfig.json',
      packages: 'external',
      logLevel: 'warning',
    });
    worker = new Worker(new URL('./ssr-worker.js', import.meta.url), { workerData: { module: new URL('../.out/ssr-src.js', import.meta.url).href } });
    worker.on('message', ({ id, html, error }) => {
      const { resolve, reject } = pending.get(id);
      pending.delete(id);
      if (error) reject(new Error(error));
      else resolve(html);
    });
    // A worker that dies fails every render waiting on it at once, instead of a timeout later.
    const failAll = (reason) => {
      for (const { reject } of pending.values()) reject(reason instanceof Error ? reason : new Error(`the SSR worker exited (${reason})`));
      pending.clear();
      started = undefined;
    };
    worker.on('error', failAll);
    worker.on('exit', failAll);
    worker.unref();
  };
  let started;
  return {
    name: 'ssr-render',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      await (started ??= start());
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, ...payload });
      });
    },
    async serverStop() {
      await worker?.terminate();
    },
  };
}
