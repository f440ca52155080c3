/**
 * The data format's rule for links (`url` of a series or episode, a dataset's `src`): http(s) or
 * relative to the page. The validator, the JSON-LD and the loader apply it here; the elements
 * apply the same rule again before rendering a link (shared/safe-url.ts), and data/schema.json
 * spells it as a pattern (tests/node/schema.test.js checks that both agree).
 */

/** Whether `url` is http(s) or relative to the page: the only links ever rendered or emitted. */
export function isHttpOrRelative(url: string): boolean {
  // Resolve against a fixed http base: relative URLs come out as http(s), anything with its own
  // scheme keeps it. The URL parser also strips the tabs/newlines browsers ignore in schemes.
  try {
    const { protocol } = new URL(url, 'https://relative.invalid/');
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
