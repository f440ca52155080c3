// A worker thread that server-renders test fixtures with the project's own SSR module, built
// from src/ (tests/.out/ssr-src.js), so its templates are the very strings the test pages run.
// In a worker, so @lit-labs/ssr's DOM shim never touches the test runner's own globals.
import { parentPort, workerData } from 'node:worker_threads';

const { renderTemplate } = await import(workerData.module);
// The static html tag: it turns unsafeStatic() markup into template strings, which SSR renders.
const { html, unsafeStatic } = await import('lit/static-html.js');

parentPort.on('message', async ({ id, markup, stylesheets }) => {
  try {
    parentPort.postMessage({ id, html: await renderTemplate(html`${unsafeStatic(markup)}`, { stylesheets }) });
  } catch (error) {
    parentPort.postMessage({ id, error: error.stack ?? String(error) });
  }
});
