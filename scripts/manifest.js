#!/usr/bin/env node
// Writes custom-elements.json from the elements' JSDoc (@custom-elements-manifest/analyzer), then
// corrects what the analyzer cannot know, so every reference resolves (scripts/manifest-check.js)
// and the file passes the manifest schema (tests/node/manifest.test.js):
// - module paths point at the published dist/*.js files, not the unpublished src/*.ts;
// - exports are what each dist module really exports at run time (type-only exports, which the
//   analyzer lists, are dropped), and a re-export names the module that declares the thing;
// - each module that defines tags, by a define('tag', Class) call or through its imports, has a
//   custom-element-definition export per tag (the analyzer reads define()'s own parameters instead);
// - each event's type is its CustomEvent<Detail> from src/events/event-map.ts (emit() is typed by
//   that map; the analyzer does not follow emit());
// - an element's superclass that is internal (not in the manifest) is replaced by its public base;
// - #private members are left out.
// Run after tsc (it reads dist/). Fails the build when a reference would not resolve.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { unresolvedReferences } from './manifest-check.js';

execFileSync(
  'npx',
  [
    'cem',
    'analyze',
    '--litelement',
    '--globs',
    'src/**/*.ts',
    '--exclude',
    'src/**/*.styles.ts',
    '--exclude',
    'src/cli.ts',
    '--exclude',
    'src/ssr.ts',
    '--outdir',
    '.',
  ],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);

/** Internal base classes (marked @internal, so not in the manifest) and the public class each extends. */
const PUBLIC_BASE = { SlicedElement: { name: 'LitElement', package: 'lit' } };
/** Events outside the ee-* map: Catalog's `change` (`new Event('change')`). */
const OTHER_EVENTS = { change: 'Event' };

const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'), function (key, value) {
  return (key === 'path' || key === 'module') && typeof value === 'string' ? toDist(value) : value;
});
manifest.schemaVersion = '2.1.0'; // the schema tests/node/manifest.test.js validates against
const modules = new Map(manifest.modules.map((m) => [m.path, m]));
const problems = [];

// What each dist module exports at run time (names, and the modules it re-exports whole), and
// where each name it imports comes from (`import { X } from './x.js'; export { X };`).
await init;
const runtime = new Map();
for (const path of modules.keys()) {
  const source = readFileSync(path, 'utf8');
  const [imports, exports] = parse(source);
  const local = imports.filter((i) => i.d === -1 && i.n?.startsWith('.'));
  const stars = local.filter((i) => /^export\s*\*\s*from/.test(source.slice(i.ss, i.se))).map((i) => posix.join(posix.dirname(path), i.n));
  const imported = new Map();
  for (const i of local) {
    const names = /^import\s*\{([^}]*)\}/.exec(source.slice(i.ss, i.se))?.[1] ?? '';
    for (const binding of names.split(',').map((b) => b.trim().split(/\s+as\s+/))) {
      if (binding[0]) imported.set(binding[1] ?? binding[0], { name: binding[0], module: posix.join(posix.dirname(path), i.n) });
    }
  }
  runtime.set(path, { names: new Set(exports.map((e) => e.n)), stars, imported, deps: local.map((i) => posix.join(posix.dirname(path), i.n)) });
}

/** A reference's module path, which the analyzer leaves relative to `from` for named re-exports. */
const resolveModule = (from, module) => posix.normalize(module.startsWith('.') ? posix.join(posix.dirname(from), module) : module);

/** The module that declares `name`, starting from `path` and following its re-exports. */
function declaringModule(path, name, seen = new Set()) {
  const module = modules.get(path);
  if (!module || seen.has(path)) return undefined;
  seen.add(path);
  if (module.declarations?.some((d) => d.name === name)) return path;
  const binding = runtime.get(path).imported.get(name);
  if (binding) return declaringModule(binding.module, binding.name, seen);
  for (const e of module.exports ?? []) {
    if (e.kind !== 'js' || e.declaration.package) continue;
    const target = resolveModule(path, e.declaration.module);
    if (e.name === name || e.name === '*') {
      const found = declaringModule(target, name, seen);
      if (found) return found;
    }
  }
  return undefined;
}

for (const module of manifest.modules) {
  const { names, stars } = runtime.get(module.path);
  module.exports = (module.exports ?? []).flatMap((e) => {
    if (e.kind !== 'js') return []; // the analyzer's definitions are rebuilt below
    if (e.name === '*') {
      const target = resolveModule(module.path, e.declaration.module);
      return stars.includes(target) ? [{ ...e, declaration: { name: '*', module: target } }] : []; // `export type *` leaves nothing
    }
    if (!names.has(e.name)) return []; // a type-only export
    const declaredIn = declaringModule(module.path, e.declaration.name);
    if (!declaredIn) problems.push(`${module.path}: cannot find where ${e.declaration.name} is declared`);
    return [{ ...e, declaration: { name: e.declaration.name, module: declaredIn ?? module.path } }];
  });
}

// A custom-element-definition for each tag a module defines: by its own define('tag', Class) call
// or through the modules it imports (episode-card.js defines the chip too; all.js every tag).
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, module: m.path })));
const ownDefinitions = new Map();
for (const file of readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
  for (const [, tag, name] of readFileSync(`src/${file}`, 'utf8').matchAll(/\bdefine\(\s*'([a-z0-9-]+)',\s*(\w+)\s*\)/g)) {
    const element = elements.find((d) => d.name === name && d.tagName === tag);
    if (!element) problems.push(`src/${file}: define('${tag}', ${name}) but no class ${name} with @tagname ${tag}`);
    else ownDefinitions.set(toDist(`src/${file}`), [...(ownDefinitions.get(toDist(`src/${file}`)) ?? []), element]);
  }
}
const definitions = new Map();
function definedBy(path, seen = new Set()) {
  if (definitions.has(path)) return definitions.get(path);
  if (seen.has(path) || !runtime.has(path)) return [];
  seen.add(path);
  const found = new Map((ownDefinitions.get(path) ?? []).map((d) => [d.tagName, d]));
  for (const dep of runtime.get(path).deps) for (const d of definedBy(dep, seen)) found.set(d.tagName, d);
  definitions.set(path, [...found.values()]);
  return definitions.get(path);
}
for (const module of manifest.modules) {
  for (const d of definedBy(module.path))
    module.exports.push({ kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: d.module } });
}

// Event types from the event map every emit() call is checked against.
const eventTypes = new Map(
  [...readFileSync('src/events/event-map.ts', 'utf8').matchAll(/^\s*'(ee-[a-z-]+)':\s*(CustomEvent<\w+>);/gm)].map(([, name, type]) => [name, type]),
);
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    // #private fields and methods are implementation, not API: keep them out of docs and controls.
    if (declaration.members) declaration.members = declaration.members.filter((m) => !m.name.startsWith('#') && m.privacy !== 'private');
    for (const event of declaration.events ?? []) {
      const type = eventTypes.get(event.name) ?? OTHER_EVENTS[event.name];
      if (!type) problems.push(`${module.path} ${declaration.name}: @fires ${event.name}, which is not in EpisodeElementsEventMap (src/events/event-map.ts)`);
      else event.type = { text: type };
    }
    const base = declaration.superclass;
    if (base && !base.package && base.name in globalThis) declaration.superclass = { name: base.name, package: 'global:' };
    else if (base && !base.package && !modules.get(base.module ?? module.path)?.declarations?.some((d) => d.name === base.name)) {
      if (PUBLIC_BASE[base.name]) declaration.superclass = PUBLIC_BASE[base.name];
      else problems.push(`${module.path} ${declaration.name}: superclass ${base.name} is not in the manifest; add it to PUBLIC_BASE`);
    }
  }
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
problems.push(...unresolvedReferences(manifest, Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })));
if (problems.length) {
  console.error(`custom-elements.json:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
const tags = elements.map((d) => `<${d.tagName}>`);
console.log(`custom-elements.json: ${tags.join(', ')}`);
