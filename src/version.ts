/** This copy's version (kept equal to package.json's by a test), so two copies on a page can compare. */
export const VERSION = '0.1.0';
