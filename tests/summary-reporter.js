// A closing line for humans and CI: "tests: N passed, N failed[, N skipped]", counted over every
// browser, plus any file that failed to load (which has no test results of its own).
export function summaryReporter() {
  return {
    stop({ sessions }) {
      const count = { passed: 0, failed: 0, skipped: 0 };
      const visit = (suite) => {
        for (const test of suite.tests) count[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        suite.suites.forEach(visit);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        if (!session.passed && session.errors.length) count.failed += session.errors.length;
      }
      const skipped = count.skipped ? `, ${count.skipped} skipped` : '';
      // Printed at exit: the runner's dynamic progress display would overwrite it any earlier.
      const line = `tests: ${count.passed} passed, ${count.failed} failed${skipped}`;
      process.once('exit', () => process.stdout.write(`\n${line}\n`));
    },
  };
}
