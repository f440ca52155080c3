/** A file in an encoding other than UTF-8. Its message says how to save the file. */
export class EncodingError extends Error {}

/**
 * The text of a dataset file's bytes, read the one way `<episode-data>` and the CLI both read it,
 * so that they accept and refuse the same files in the same words: UTF-8, a byte-order mark
 * dropped (as browsers drop it). Throws an EncodingError for UTF-16 (a BOM, FF FE or FE FF, or a
 * NUL byte beside the first character, as in "{" saved as UTF-16) and for bytes that are not
 * UTF-8. Anything else (a file too large for one string) passes through as it was thrown.
 */
export function decodeJsonText(bytes: Uint8Array): string {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff) || (bytes.length > 1 && (first === 0 || second === 0)))
    throw new EncodingError('the file is UTF-16; save it as UTF-8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    // Bytes that are not UTF-8 are a TypeError; a RangeError or Node's ERR_STRING_TOO_LONG is not.
    throw error instanceof TypeError ? new EncodingError('the file is not UTF-8; save it as UTF-8') : error;
  }
}
