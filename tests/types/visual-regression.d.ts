// @web/test-runner-visual-regression 0.10's index.d.ts re-exports './browser/commands.mjs', for
// which it ships no .d.mts, so TypeScript sees no exports. Its browser command, as it documents it:
export {};
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline `name` (see web-test-runner.config.js). */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
