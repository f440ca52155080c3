// README's "In frameworks" snippets are the code the example apps run: each block marked
// `<!-- example: path -->` has every line (indentation aside) in that file, in the same order;
// a `// …` line (or `{/* … */}`) stands for lines left out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## In frameworks'), readme.indexOf('\n## ', readme.indexOf('## In frameworks') + 1));
const blocks = [...section.matchAll(/<!-- example: (\S+) -->\n\n```\w*\n([\s\S]*?)```/g)].map(([, file, code]) => ({ file, code }));
const ELIDED = /^(\/\/|\{\/\*)\s*…/;

describe('README "In frameworks"', () => {
  it('has snippets from every example app', () => {
    const apps = new Set(blocks.map((b) => b.file.split('/')[1]));
    assert.deepEqual([...apps].sort(), ['astro', 'eleventy', 'next', 'react', 'svelte', 'vue']);
  });

  for (const { file, code } of blocks) {
    it(`its snippet from ${file} is in that file, line by line, in order`, () => {
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim());
      let at = 0;
      for (const line of code.split('\n').map((l) => l.trim())) {
        if (!line || ELIDED.test(line)) continue;
        const found = lines.indexOf(line, at);
        assert.ok(found >= 0, `${file} has no line "${line}"${lines.includes(line) ? ' after the previous one' : ''}`);
        at = found + 1;
      }
    });
  }

  it('shows the size of every entry with and without the bundled data, as scripts/entry-sizes.js measures them', async () => {
    const { entrySize } = await import('../../scripts/entry-sizes.js');
    const row = section.split('\n').find((l) => l.startsWith('| `episode-card.js`'));
    const [withData, noData] = row
      .split('|')
      .slice(2, 4)
      .map((c) => Number.parseFloat(c));
    const measured = [await entrySize('dist/episode-card/episode-card.register.js'), await entrySize('dist/no-data/episode-card.js')].map((n) => n / 1000);
    // Within 1 kB: the figures move a little with every change to the elements.
    assert.ok(
      Math.abs(withData - measured[0]) < 1 && Math.abs(noData - measured[1]) < 1,
      `README ${withData}/${noData} kB, measured ${measured.map((n) => n.toFixed(1)).join('/')} kB`,
    );
  });
});
