const warned = new WeakMap<object, Set<string>>();

/**
 * Logs `message` with console.warn (or console.error, for `level` "error") once per owner, usually
 * the element, so re-renders and data updates never repeat what the page author has already seen.
 * Returns whether it logged (false: already seen).
 */
export function warnOnce(owner: object, message: string, level: 'warn' | 'error' = 'warn'): boolean {
  let seen = warned.get(owner);
  if (!seen) warned.set(owner, (seen = new Set()));
  if (seen.has(message)) return false;
  seen.add(message);
  console[level](message);
  return true;
}
