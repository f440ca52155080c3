import { isHttpOrRelative } from './url.js';
import { decodeJsonText } from './decode-json-text.js';
import { DatasetError, shown } from './validate.js';

/**
 * Why a load failed, without the URL: a load is shared by every caller naming its file, and each
 * words the message with its own spelling (see `failureFor`). `fetching`: the file could not be
 * had, so the message also gives the URL it was fetched from.
 */
export class LoadProblem extends Error {
  constructor(
    message: string,
    readonly fetching = false,
  ) {
    super(message);
  }
}

/** How long a load may take, in seconds, when not told (`<episode-data timeout>`). */
export const DEFAULT_TIMEOUT = 30;

/**
 * The JSON at `href`, which `url` (as written) resolved to, read within `seconds`. Throws a
 * LoadProblem: a scheme other than http(s), a user name or password in the URL, a fetch that
 * failed or timed out, an HTTP error status, or text that is not JSON; or an EncodingError: a file
 * that is not UTF-8.
 */
export async function fetchJson(url: string, href: string, seconds: number): Promise<unknown> {
  if (!isHttpOrRelative(url)) throw new LoadProblem('only http(s) or relative URLs can be loaded');
  // fetch() refuses these with the TypeError it gives for a network failure: say why first.
  const { username, password } = new URL(href);
  if (username || password) throw new LoadProblem('a URL with a user name or password cannot be fetched; remove them');
  // The whole load, body included: a server that sends headers and then stalls also times out.
  const signal = AbortSignal.timeout(seconds * 1000);
  let bytes: Uint8Array;
  try {
    const response = await fetch(href, { signal });
    if (!response.ok) throw new LoadProblem(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, true);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof LoadProblem) throw error;
    if (signal.aborted) throw new LoadProblem(`timed out after ${seconds} s`, true);
    // Engines reject with a bare TypeError ("Failed to fetch", "NetworkError…", "Load failed")
    // for a refused connection, CORS, CSP or a redirect to javascript: alike: that is all we know.
    throw new LoadProblem('could not be fetched (network error, or blocked by CORS or CSP; the browser does not say which)', true);
  }
  // UTF-8 whatever the Content-Type says, as the CLI reads a file (an EncodingError words its
  // message as a LoadProblem does).
  const text = decodeJsonText(bytes);
  try {
    return JSON.parse(text);
  } catch (error) {
    // The parser may quote the file: a NUL or an escape sequence is spelt out, not passed on.
    throw new LoadProblem(`not JSON: ${shown((error as Error).message, Infinity)}`);
  }
}

/**
 * What a caller who asked for `src` (resolved: `href`) is told when its load failed with `cause`
 * (a LoadProblem, or the validator's DatasetError): the same error, naming `src` as that caller
 * wrote it, and `href` too when the file could not be fetched and the two differ.
 */
export function failureFor(src: string, href: string, cause: unknown): Error {
  if (cause instanceof DatasetError) return new DatasetError(cause.issues.map((issue) => ({ ...issue, source: src })));
  // Whatever it was: a page's script or an engine may reject with undefined or 0.
  const { message = String(cause), fetching } = Object(cause) as LoadProblem;
  return new Error(`${src}${fetching && href !== src ? ` (${href})` : ''}: ${message}`);
}
