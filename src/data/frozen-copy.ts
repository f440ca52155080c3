/**
 * A deep copy of `value` in plain objects and arrays, every one frozen, reading each property once:
 * what is validated is what is kept, whatever getters or Proxies the original has. Any shape is
 * copied (the validator then says what is wrong with it): without recursion, so any depth; each
 * object once, so cycles and shared branches end; own properties only, "__proto__" too.
 */
export function frozenCopy(value: unknown): unknown {
  const copies = new Map<object, object>();
  const todo: object[] = []; // pairs: the original, its copy
  const copy = (from: unknown) => {
    if (typeof from !== 'object' || from === null) return from;
    let to = copies.get(from);
    if (!to) {
      to = Array.isArray(from) ? [] : {};
      copies.set(from, to);
      todo.push(from, to);
    }
    return to;
  };
  const root = copy(value);
  while (todo.length) {
    const to = todo.pop() as Record<string, unknown>;
    const from = todo.pop() as Record<string, unknown>;
    if (Array.isArray(to)) for (let i = 0, n = (from as unknown as unknown[]).length; i < n; i++) to.push(copy(from[i]));
    else
      for (const key of Object.keys(from)) {
        // An own "__proto__" (JSON.parse makes one) stays a property: assigned, it would set the prototype.
        if (key === '__proto__') Object.defineProperty(to, key, { value: copy(from[key]), enumerable: true });
        else to[key] = copy(from[key]);
      }
    Object.freeze(to);
  }
  return root;
}
