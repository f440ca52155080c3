// custom-elements.json (written by `npm run build`, scripts/manifest.js) is valid against the
// custom-elements-manifest schema it declares, every reference in it resolves, each element has a
// typed event list and a module that defines its tag. MANIFEST=path checks another file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { unresolvedReferences } from '../../scripts/manifest-check.js';

const manifest = JSON.parse(readFileSync(process.env.MANIFEST ?? 'custom-elements.json', 'utf8'));
const schema = JSON.parse(readFileSync('node_modules/custom-elements-manifest/schema.json', 'utf8'));
const schemaVersion = JSON.parse(readFileSync('node_modules/custom-elements-manifest/package.json', 'utf8')).version;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement));

describe('custom-elements.json', () => {
  it(`is valid against the custom-elements-manifest ${schemaVersion} schema`, () => {
    assert.equal(manifest.schemaVersion, schemaVersion);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(manifest);
    assert.deepEqual(valid ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`), []);
  });

  it('has every reference resolve: modules, declarations, re-exports, superclasses, packages', () => {
    assert.deepEqual(unresolvedReferences(manifest, dependencies), []);
  });

  it('gives each ee-* event its CustomEvent type and each element a defining module per tag', () => {
    assert.deepEqual(
      elements.map((e) => e.tagName),
      ['character-chip', 'episode-card', 'episode-data', 'plot-thread'],
    );
    for (const element of elements) for (const event of element.events ?? []) assert.match(event.type?.text ?? '', /^CustomEvent<\w+Detail>$/, event.name);
    const definitions = manifest.modules.flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => `${m.path} ${e.name}`),
    );
    for (const tag of ['character-chip', 'episode-card', 'episode-data', 'plot-thread'])
      assert.ok(definitions.includes(`dist/${tag}/${tag}.register.js ${tag}`), tag);
  });
});

describe('unresolvedReferences', () => {
  const module = (path, declarations = [], exports = []) => ({ kind: 'javascript-module', path, declarations, exports });
  const js = (name, ref) => ({ kind: 'js', name, declaration: ref });

  it('finds a relative module path, an undeclared name, an unknown package and a tag nobody defines', () => {
    const broken = {
      schemaVersion: '2.1.0',
      modules: [
        module(
          'dist/a.js',
          [{ kind: 'class', name: 'A', customElement: true, tagName: 'x-a', superclass: { name: 'Base', module: '/src/base.js' } }],
          [js('A', { name: 'A' })],
        ),
        module(
          'dist/index.js',
          [],
          [js('A', { name: 'A', module: './a.js' }), { kind: 'custom-element-definition', name: 'tag', declaration: { name: 'anonymous_0' } }],
        ),
        module('dist/b.js', [{ kind: 'class', name: 'B', superclass: { name: 'LitElement', package: 'lit-element' } }]),
      ],
    };
    const problems = unresolvedReferences(broken, ['lit']);
    assert.equal(problems.length, 5, problems.join('\n'));
    assert.match(problems.join('\n'), /"\.\/a\.js"} names no module/);
    assert.match(problems.join('\n'), /anonymous_0.*neither declared nor exported/);
    assert.match(problems.join('\n'), /\/src\/base\.js"} names no module/);
    assert.match(problems.join('\n'), /lit-element.*not a dependency/);
    assert.match(problems.join('\n'), /<x-a> \(A\): no module defines it/);
  });

  it('follows re-exports, named and whole, to the declaration', () => {
    const fine = {
      modules: [
        module('dist/a.js', [{ kind: 'class', name: 'A', customElement: true, tagName: 'x-a' }], [js('A', { name: 'A', module: 'dist/a.js' })]),
        module('dist/mid.js', [], [js('*', { name: '*', module: 'dist/a.js' })]),
        module(
          'dist/index.js',
          [],
          [js('A', { name: 'A', module: 'dist/mid.js' }), { kind: 'custom-element-definition', name: 'x-a', declaration: { name: 'A', module: 'dist/a.js' } }],
        ),
      ],
    };
    assert.deepEqual(unresolvedReferences(fine, []), []);
  });
});
