import { isHttpOrRelative } from '../shared/safe-url.js';
import { DatasetError } from './validate.js';

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
 * LoadProblem: a scheme other than http(s), a fetch that failed or timed out, an HTTP error
 * status, a UTF-16 file, or text that is not JSON.
 */
export async function fetchJson(url: string, href: string, seconds: number): Promise<unknown> {
  if (!isHttpOrRelative(url)) throw new LoadProblem('only http(s) or relative URLs can be loaded');
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
  // FF FE or FE FF (a UTF-16 BOM) never starts UTF-8, and JSON starts with an ASCII character,
  // which UTF-16 without a BOM writes with a NUL byte before or after it.
  const [first, second] = bytes;
  if (first >= 0xfe || first === 0 || second === 0) throw new LoadProblem('the file is UTF-16; save it as UTF-8');
  try {
    // As response.text() would: UTF-8 whatever the Content-Type says, a UTF-8 BOM dropped.
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new LoadProblem(`not JSON: ${(error as Error).message}`);
  }
}

/**
 * What a caller who asked for `src` (resolved: `href`) is told when its load failed with `cause`
 * (a LoadProblem, or the validator's DatasetError): the same error, naming `src` as that caller
 * wrote it, and `href` too when the file could not be fetched and the two differ.
 */
export function failureFor(src: string, href: string, cause: unknown): Error {
  if (cause instanceof DatasetError) return new DatasetError(cause.issues.map((issue) => ({ ...issue, source: src })));
  const { message, fetching } = cause as LoadProblem;
  return new Error(`${src}${fetching && href !== src ? ` (${href})` : ''}: ${message}`);
}
