// Lit's hydration support, for test files that run their suites on server-rendered DOM as well.
// Import it first in such a file: it must run before lit-element does (which other imports, such
// as @open-wc/testing, would otherwise load first).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
