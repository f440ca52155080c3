// Checks that every reference in a custom-elements manifest resolves: each `module` names a module
// of the manifest, each name is declared there or exported by it (following re-exports), each
// `package` is one the published package depends on (or `global:`). Used by scripts/manifest.js
// after writing custom-elements.json and by tests/node/manifest.test.js.

/**
 * Every reference in `manifest` that does not resolve, as `"<where>: <reference> <why>"` lines
 * (an empty array when all resolve). `packages` are the package names a `package` reference may
 * name (the package's dependencies).
 */
export function unresolvedReferences(manifest, packages) {
  const modules = new Map(manifest.modules.map((m) => [m.path, m]));
  const problems = [];

  /** Whether `name` is declared in `path`, or exported by it through a chain of re-exports. */
  const provides = (path, name, seen = new Set()) => {
    const module = modules.get(path);
    if (!module || seen.has(path)) return false;
    seen.add(path);
    if (module.declarations?.some((d) => d.name === name)) return true;
    return (module.exports ?? []).some(
      (e) =>
        e.kind === 'js' &&
        ((e.name === name && e.declaration.name === name && !e.declaration.package && provides(e.declaration.module ?? path, name, seen)) ||
          (e.name === '*' && provides(e.declaration.module, name, seen))),
    );
  };

  const check = (where, ref, from) => {
    const shown = JSON.stringify(ref);
    if (ref.package) {
      if (ref.package !== 'global:' && !packages.includes(ref.package)) problems.push(`${where}: ${shown} names a package that is not a dependency`);
      return;
    }
    const path = ref.module ?? from;
    if (!modules.has(path)) problems.push(`${where}: ${shown} names no module of the manifest`);
    else if (ref.name === '*') {
      if (!(modules.get(path).exports ?? []).length) problems.push(`${where}: ${shown} re-exports a module that exports nothing`);
    } else if (!provides(path, ref.name)) problems.push(`${where}: ${shown} is neither declared nor exported by ${path}`);
  };

  for (const module of manifest.modules) {
    for (const [i, e] of (module.exports ?? []).entries()) {
      const where = `${module.path} exports[${i}] (${e.name})`;
      check(where, e.declaration, module.path);
      if (e.kind === 'custom-element-definition') {
        const target = modules.get(e.declaration.module ?? module.path)?.declarations?.find((d) => d.name === e.declaration.name);
        if (target && (!target.customElement || target.tagName !== e.name))
          problems.push(`${where}: ${e.declaration.name} is not the custom element <${e.name}>`);
      }
    }
    for (const d of module.declarations ?? []) {
      const where = `${module.path} ${d.name}`;
      if (d.superclass) check(`${where} superclass`, d.superclass, module.path);
      for (const m of d.mixins ?? []) check(`${where} mixin`, m, module.path);
      for (const m of d.members ?? []) if (m.inheritedFrom) check(`${where}.${m.name} inheritedFrom`, m.inheritedFrom, module.path);
      for (const kind of ['attributes', 'events'])
        for (const x of d[kind] ?? []) if (x.inheritedFrom) check(`${where} ${x.name} inheritedFrom`, x.inheritedFrom, module.path);
    }
  }
  // A tag defined by no module is an element nobody can register by importing the package.
  const defined = new Set(manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name)));
  for (const module of manifest.modules)
    for (const d of module.declarations ?? [])
      if (d.customElement && !defined.has(d.tagName)) problems.push(`<${d.tagName}> (${d.name}): no module defines it`);
  return problems;
}
