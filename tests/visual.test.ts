// Visual regression: each element in its main states, screenshot in Chromium and compared with the
// committed baselines in tests/visual/baseline/ (@web/test-runner-visual-regression, pixelmatch
// with a tolerance; see web-test-runner.config.js). The text is set in pinned fonts served from
// node_modules (Noto Serif, Noto Sans Hebrew), so a machine's own fonts change nothing.
// After an intended change of design: `npm run test:visual:update`, look at the new baselines, commit them.
// The baselines record the Chromium that made them (chromium-version.txt): a shot that differs
// under another major version (Debian updates it) is skipped with a warning rather than failed,
// since a new text renderer moves pixels too; under the same major version any difference fails.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { TemplateResult } from 'lit';
import '../src/all.js';
import { catalog, type Dataset } from '../src/data/index.js';
import type { CharacterChip } from '../src/character-chip/character-chip.js';
import type { EpisodeCard } from '../src/episode-card/episode-card.js';
import type { PlotThread } from '../src/plot-thread/plot-thread.js';
import migdalor from '../stories/fixtures/migdalor.json' with { type: 'json' };
import { canEmulateMedia, part, parts, settle } from './helpers.js';

const FONTS = '/node_modules/@fontsource';
const PINNED_FONTS = `
  @font-face { font-family: 'Pinned Serif'; font-weight: 400; src: url(${FONTS}/noto-serif/files/noto-serif-latin-400-normal.woff2) format('woff2'); }
  @font-face { font-family: 'Pinned Serif'; font-weight: 700; src: url(${FONTS}/noto-serif/files/noto-serif-latin-700-normal.woff2) format('woff2'); }
  @font-face { font-family: 'Pinned Hebrew'; font-weight: 400; src: url(${FONTS}/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff2) format('woff2'); }
  @font-face { font-family: 'Pinned Hebrew'; font-weight: 700; src: url(${FONTS}/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff2) format('woff2'); }
  .shot { font: 16px/1.5 'Pinned Serif', 'Pinned Hebrew'; padding: 16px; background: #fff; color: #1f1b2d; }
  .shot.dark { color-scheme: dark; background: #121018; color: #ece9f6; }
  .shot * { caret-color: transparent; }`;

/** This Chromium's major version, e.g. "156" (the user agent gives no more: "Chrome/156.0.0.0"). */
const chromiumVersion = () => /Chrom(?:e|ium)\/(\d+)/.exec(navigator.userAgent)?.[1] ?? 'unknown';
let baselineVersion = '';

/** visualDiff, except that under another Chromium than the baselines' a difference skips the test. */
async function compare(test: Mocha.Context, element: Element, name: string): Promise<void> {
  try {
    await visualDiff(element, name);
  } catch (error) {
    if (baselineVersion === chromiumVersion()) throw error;
    console.warn(
      `${name}: differs, but the baselines are Chromium ${baselineVersion}'s and this is ${chromiumVersion()}: run npm run test:visual:update and look at the new shots.`,
    );
    test.skip();
  }
}

/** Renders `content` in a page-like box `width` px wide, in the pinned fonts, and waits for both. */
async function shot(width: number, content: TemplateResult, scheme: 'light' | 'dark' = 'light', height?: number): Promise<HTMLElement> {
  const box = await fixture<HTMLElement>(
    html`<div class="shot ${scheme}" style="width: ${width}px; box-sizing: border-box; ${height ? `height: ${height}px` : ''}">${content}</div>`,
  );
  await Promise.all(
    ['400 16px "Pinned Serif"', '700 16px "Pinned Serif"', '400 16px "Pinned Hebrew"', '700 16px "Pinned Hebrew"'].map((f) => document.fonts.load(f, 'aא')),
  );
  await document.fonts.ready;
  await settle(box);
  return box;
}

describe('visual regression (Chromium)', function () {
  before(async function () {
    // Baselines are Chromium's: other engines draw text differently, and their own behaviour is
    // covered by the other suites. emulateMedia needs the DevTools protocol only Chromium has.
    if (!canEmulateMedia) this.skip();
    const style = document.createElement('style');
    style.textContent = PINNED_FONTS;
    document.head.append(style);
    await emulateMedia({ reducedMotion: 'reduce' }); // no transition caught half-way
    baselineVersion = (await (await fetch('/tests/visual/baseline/chromium-version.txt')).text()).trim().split('.')[0];
    if (!catalog.dataset('migdalor')) catalog.register(migdalor as Dataset, 'stories/fixtures/migdalor.json');
  });
  after(async () => {
    if (!canEmulateMedia) return; // skipped: nothing was changed
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const [viewport, column] of [
    [1280, 768],
    [390, 390],
  ]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`full card at ${viewport} px, ${scheme}`, async function () {
        await setViewport({ width: viewport, height: 900 });
        const box = await shot(column, html`<episode-card episode="s1e30" heading-level="2"></episode-card>`, scheme);
        await compare(this, box, `card-full-${viewport}-${scheme}`);
      });
    }
  }

  it('full card with every storyline, one expanded', async function () {
    await setViewport({ width: 1280, height: 900 });
    const box = await shot(768, html`<episode-card episode="s1e30" all-storylines></episode-card>`);
    const card = box.querySelector<EpisodeCard>('episode-card')!;
    const thread = parts(card, 'thread')[5] as PlotThread;
    thread.expanded = true;
    await settle(card);
    await compare(this, box, 'card-storylines-open-1280-light');
  });

  it('compact cards, stacked, and a notice', async function () {
    await setViewport({ width: 1280, height: 900 });
    const box = await shot(
      768,
      html`<episode-card episode="s1e30" variant="compact"></episode-card><episode-card episode="s1e30" variant="compact"></episode-card>
        <plot-thread thread="no-such-storyline"></plot-thread>`,
    );
    await compare(this, box, 'card-compact-stacked-1280-light');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`storyline with its spoilers shown, ${scheme}`, async function () {
      await setViewport({ width: 1280, height: 900 });
      const box = await shot(768, html`<plot-thread thread="scarletts-voice" spoilers></plot-thread>`, scheme);
      await compare(this, box, `thread-spoilers-1280-${scheme}`);
    });
  }

  it('storyline with groups, on a phone', async function () {
    await setViewport({ width: 390, height: 844 });
    const box = await shot(390, html`<plot-thread thread="the-scouts-slot"></plot-thread>`);
    await compare(this, box, 'thread-groups-390-light');
  });

  it('chips in a sentence, one panel open beside its chip', async function () {
    await setViewport({ width: 1280, height: 900 });
    const box = await shot(
      800,
      html`<p>In the finale, <character-chip character="scarlett"></character-chip> loses her voice, and
          <character-chip character="miles"></character-chip> weighs a confession.</p>`,
      'light',
      760,
    );
    const chip = box.querySelectorAll<CharacterChip>('character-chip')[1];
    chip.open = true;
    await settle(chip);
    expect(part(chip, 'panel')!.getBoundingClientRect().bottom).to.be.below(box.getBoundingClientRect().bottom);
    await compare(this, box, 'chip-panel-1280-light');
  });

  it('the panel as a sheet on a phone', async function () {
    await setViewport({ width: 390, height: 700 });
    const box = await shot(390, html`<p>Then <character-chip character="kit" open></character-chip> reads the letter.</p>`, 'light', 700);
    box.style.position = 'fixed';
    box.style.inset = '0';
    await settle(box.querySelector('character-chip')!);
    await compare(this, box, 'chip-sheet-390-light');
  });

  it('right to left, in Hebrew', async function () {
    await setViewport({ width: 1280, height: 900 });
    const box = await shot(
      768,
      html`<div dir="rtl" lang="he" series="migdalor">
        <episode-card episode="m-s1e1" all-storylines></episode-card>
        <plot-thread thread="haor" spoilers></plot-thread>
      </div>`,
    );
    await compare(this, box, 'rtl-hebrew-1280-light');
  });
});
