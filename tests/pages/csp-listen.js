// Loaded first by csp.html (a classic same-origin script, which the page's CSP allows): records
// every CSP violation, every error and every warning, for tests/csp.test.ts to read.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}${e.sample ? `: ${e.sample}` : ''}`),
);
window.addEventListener('error', (e) => window.__errors.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(`unhandled rejection: ${e.reason}`));
const consoleError = console.error;
console.error = (...args) => {
  window.__errors.push(`console.error: ${args.join(' ')}`);
  consoleError(...args);
};
window.__warnings = [];
const consoleWarn = console.warn;
console.warn = (...args) => {
  window.__warnings.push(args.join(' '));
  consoleWarn(...args);
};
