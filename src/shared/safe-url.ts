import { isHttpOrRelative } from '../data/url.js';
import { warnOnce } from './warn.js';

// The rule itself is the data format's (data/url.ts); re-exported for the elements' side.
export { isHttpOrRelative };

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
