#!/usr/bin/env node
// Serves the package root so the demo page can load the built CDN bundle exactly as a blog would,
// then prints the demo's URL. PORT=… picks another port. Run `npm run build` first (npm start does).
import { existsSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';

/**
 * Serves `rootDir` as plain static files (no transforms); resolves to its origin and a stop
 * function. `middleware`: Koa middleware for @web/dev-server, e.g. a redirect.
 */
export async function serveStatic(rootDir, port, middleware = []) {
  const server = await startDevServer({
    config: { rootDir, port, hostname: 'localhost', nodeResolve: false, watch: false, middleware },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  return { origin: `http://localhost:${server.server.address().port}`, stop: () => server.stop() };
}

/** Serves the package root; resolves to the demo page's URL and a stop function. */
export async function serveDemo(port = Number(process.env.PORT ?? 8000)) {
  if (!existsSync('dist/cdn/episode-elements.js')) {
    throw new Error('dist/cdn/episode-elements.js is missing: run `npm run build` first (or `npm start`, which builds).');
  }
  // The root has no page of its own: send a newcomer who opens it to the demo.
  const rootToDemo = (context, next) => (context.path === '/' ? context.redirect('/demo/') : next());
  const { origin, stop } = await serveStatic('.', port, [rootToDemo]);
  return { url: `${origin}/demo/`, stop };
}

/**
 * Stops the server and exits when the process that started it goes: on SIGTERM or SIGHUP (npm
 * forwards the signal it gets to the script's process, which `exec` in the start script makes this
 * one), and when the parent dies without passing anything on (`kill -9` of npm), seen as a change of
 * `process.ppid`, which Node reads afresh on each access. Without this a stopped `npm start` left the
 * port taken.
 */
function exitWithParent(stop) {
  const parent = process.ppid;
  // Closing waits for open keep-alive connections (seconds); the port is free once the process is gone.
  const exit = () => Promise.race([stop(), new Promise((resolve) => setTimeout(resolve, 200))]).finally(() => process.exit(0));
  process.once('SIGTERM', exit).once('SIGHUP', exit);
  setInterval(() => process.ppid !== parent && exit(), 500).unref();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { url, stop } = await serveDemo();
    exitWithParent(stop);
    console.log(`\nDemo: ${url}  (a blog post using the CDN bundle; Ctrl+C to stop)\nEmbed builder: ${url}builder.html\n`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
