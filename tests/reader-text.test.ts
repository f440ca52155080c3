import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import type { CharacterChip } from '../src/character-chip/character-chip.js';
import type { EpisodeCard } from '../src/episode-card/episode-card.js';
import type { PlotThread } from '../src/plot-thread/plot-thread.js';
import { register } from '../src/data/index.js';
import { counted, text as readerText } from '../src/shared/reader-text.js';
import { makeSeries, part, settle, text } from './helpers.js';

describe('reader text', () => {
  it('counts by the plural rules: 0 beats, 1 beat, 2 beats, 1,000 beats', () => {
    const beats = { one: 'beat', other: 'beats' };
    expect([0, 1, 2, 1000].map((n) => counted(n, beats))).to.deep.equal(['0 beats', '1 beat', '2 beats', '1,000 beats']);
    expect(readerText.beats(1)).to.equal('1 beat');
  });

  it('an episode, a storyline and a character with one beat say "1 beat" everywhere', async () => {
    const { dataset, ids } = makeSeries((slot) => `Text for ${slot}`, { characters: 2, threads: 1, beats: 1 });
    register(dataset, 'one beat');
    const host = await fixture(html`<div>
      <episode-card episode=${ids.episode}></episode-card>
      <plot-thread thread=${dataset.threads[0].id}></plot-thread>
      <character-chip character=${dataset.characters[0].id} open></character-chip>
    </div>`);
    await settle(host);
    const card = host.querySelector<EpisodeCard>('episode-card')!;
    // The card once said "Spoilers: 1 beats, in order." above "Show 1 beats"; now it says "Spoilers" once, by the heading.
    expect(text(card.shadowRoot!.querySelector('#beats-heading'))).to.equal('What happens Spoilers');
    expect(text(part(card, 'spoiler-toggle'))).to.equal('Show 1 beat');
    expect(text(part(host.querySelector<PlotThread>('plot-thread')!, 'spoiler-toggle'))).to.equal('Show outcome and 1 beat');
    const chip = host.querySelector<CharacterChip>('character-chip')!;
    await chip.updateComplete;
    expect(text(part(chip, 'spoiler-toggle'))).to.equal('Show 1 beat');
  });
});
