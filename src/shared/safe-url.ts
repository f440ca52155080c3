import { warnOnce } from './warn.js';

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

/**
 * Returns `url` if it is safe to put in an href: http(s), or relative to the page. Anything else
 * (javascript:, data:, vbscript:, …) returns undefined and warns once per `owner`, naming `where`.
 */
export function safeUrl(url: string | undefined, owner: object, where: string): string | undefined {
  if (url === undefined) return undefined;
  if (isHttpOrRelative(url)) return url;
  warnOnce(owner, `episode-elements: ${where}: dropped a link that is not http(s) or relative: ${JSON.stringify(url.slice(0, 80))}`);
  return undefined;
}
