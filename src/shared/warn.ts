const warned = new WeakMap<object, Set<string>>();

/**
 * Logs `message` with console.warn once per owner (usually the element), so re-renders and data
 * updates never repeat a warning the page author has already seen.
 */
export function warnOnce(owner: object, message: string): void {
  let seen = warned.get(owner);
  if (!seen) warned.set(owner, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(message);
}
