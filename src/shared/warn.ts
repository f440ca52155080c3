const warned = new WeakMap<object, Set<string>>();

/**
 * Logs `message` with console.warn (or console.error, for `level` "error") once per owner, usually
 * the element, so re-renders and data updates never repeat what the page author has already seen.
 */
export function warnOnce(owner: object, message: string, level: 'warn' | 'error' = 'warn'): void {
  let seen = warned.get(owner);
  if (!seen) warned.set(owner, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console[level](message);
}
