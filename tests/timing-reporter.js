// WTR_TIMINGS=1: at exit, each test file's time in each browser, slowest first — the time the
// runner holds against testsFinishTimeout (from the page's tests starting to their results).
export function timingReporter() {
  const started = new Map();
  const rows = [];
  return {
    start({ sessions }) {
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'TEST_STARTED') started.set(session.id, Date.now());
        if (session.status === 'TEST_FINISHED' && started.has(session.id)) {
          rows.push([Date.now() - started.get(session.id), session.browser.name, session.testFile]);
        }
      });
    },
    stop() {
      rows.sort((a, b) => b[0] - a[0]);
      const lines = rows.map(
        ([ms, browser, file]) => `${(ms / 1000).toFixed(1).padStart(6)} s  ${browser.padEnd(10)} ${file.replace(`${process.cwd()}/`, '')}`,
      );
      process.once('exit', () => process.stdout.write(`\nper-file times (slowest first):\n${lines.join('\n')}\n`));
    },
  };
}
