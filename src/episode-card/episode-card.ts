import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { episodeJsonLd, jsonLdText, type DatasetIndex } from '../data/page-catalog.js';
import type { Beat, Episode } from '../data/types.js';
import { CatalogUpdates } from '../shared/catalog-updates.js';
import { headingLevel } from '../shared/heading.js';
import { LongList } from '../shared/long-list.js';
import { text } from '../shared/reader-text.js';
import { createJsonLdScript, JSON_LD_SELECTOR, placeJsonLd } from '../shared/json-ld-script.js';
import { missingNotice } from '../shared/notice.js';
import { safeUrl } from '../shared/safe-url.js';
import { SlicedElement } from '../shared/sliced-element.js';
import { SeriesScope } from '../shared/series-scope.js';
import { SpoilerGuard } from '../shared/spoiler-guard.js';
import { shared } from '../styles/shared.js';
import { base, block, tokens } from '../styles/tokens.js';
import { episodeCardStyles } from './episode-card.styles.js';
import { VERSION } from '../version.js';

/**
 * How many cast members, storylines and beats show before a "+N more" button (see LongList); the
 * storylines start with the first three, the rest behind "All N storylines".
 */
const SHOWN = { cast: 24, firstThreads: 3, threads: 24, beats: 50 } as const;

/**
 * @tagname episode-card
 * @summary A card for one TV episode: series, season and number, title, logline, the cast as
 * character chips and the storylines as expandable plot threads, with the episode's beats behind
 * a spoiler button. Registering it registers `<character-chip>` and `<plot-thread>` too.
 *
 * @slot footer - Shown at the bottom of the card, e.g. a link to your own recap. Other children
 *   are not rendered once the element upgrades, so they make a good no-JavaScript fallback.
 * @slot - Fallback content (the tag's other children): shown instead of the card, and instead of
 *   the notice, when the episode cannot be shown (or while its dataset loads).
 *
 * @fires ee-spoilers-toggle - The reader showed or hid the beats. `detail.revealed` is the new
 *   state. Bubbles and is composed. (Chips and threads inside the card fire it too.)
 * @fires ee-error - The episode cannot be shown: no episode attribute, an unknown or ambiguous id, an
 *   unknown series, or a dataset that failed to load. `detail`: `{ kind, message, attribute, id,
 *   series, suggestions }` (see ElementErrorDetail). Once per element and message, like the console
 *   warning. Bubbles, composed.
 *
 * @csspart base - The card.
 * @csspart header - Series line, title and badge.
 * @csspart eyebrow - The "Series · Season 1 · Episode 30" line.
 * @csspart title - The episode title (a heading of level `heading-level`).
 * @csspart badge - The "Season finale" badge.
 * @csspart logline - The spoiler-free summary.
 * @csspart setting - Where the episode takes place.
 * @csspart section-heading - The "Cast", "Storylines" and "What happens" headings.
 * @csspart cast - The list of characters.
 * @csspart cast-member - One character (holds a `<character-chip>`).
 * @csspart threads - The list of storylines.
 * @csspart thread - One storyline (a compact `<plot-thread>`: a row with its title, status,
 *   people's initials and a Details button).
 * @csspart all-storylines - The "All 11 storylines" button under the first three.
 * @csspart spoiler-toggle - The button that shows and hides the beats.
 * @csspart more - The "+N more" button after a long list (over 24 cast members or storylines, over
 *   50 beats): shows up to 500 more, rendered a slice at a time.
 * @csspart fewer - The "Show fewer" button beside it, once more are shown.
 * @csspart beats - The ordered list of beats.
 * @csspart beat - One beat.
 * @csspart notice - What readers see when the episode cannot be shown and the tag has no fallback
 *   content: a calm line ("This episode card is unavailable.", "Loading…"), or with `debug` the full message.
 *
 * @cssprop --ee-color-scheme - Unset (default): the page's own `color-scheme`, light if it declares none.
 *   `dark` or `light` pins one; `light dark` follows the reader's OS setting.
 * @cssprop --ee-color-text - Main text colour.
 * @cssprop --ee-color-muted - Secondary text colour.
 * @cssprop --ee-color-surface - Card background.
 * @cssprop --ee-color-surface-alt - Background of pills and quotes.
 * @cssprop --ee-color-border - Borders and dividers.
 * @cssprop --ee-color-accent - Accent (series name, badge, top rule, button).
 * @cssprop --ee-color-on-accent - Text on the accent colour.
 * @cssprop --ee-color-focus - Focus ring (default: the accent).
 * @cssprop --ee-radius - Corner radius.
 * @cssprop --ee-space - Base spacing.
 * @cssprop --ee-shadow - Card shadow.
 */
export class EpisodeCard extends SlicedElement {
  /** The library version that defined this class. */
  static readonly version = VERSION;

  static override styles = [tokens, base, block, shared, episodeCardStyles];

  /** Id of the episode to show, e.g. `s1e30`. */
  @property({ reflect: true }) episode = '';

  /**
   * Id of the series the episode belongs to. Only needed when several series on the page have an
   * episode with this id; inherited from any ancestor's `series` attribute.
   */
  @property({ reflect: true }) series?: string;

  /** `full` (everything) or `compact` (one-line header and logline). */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Level (1–6) of the title heading, so the card fits the page's outline. Sub-headings use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Show the beats (and the storylines' outcomes) from the start. Also set by any ancestor's `spoilers`. */
  @property({ type: Boolean, reflect: true }) spoilers = false;

  /**
   * Put the episode's schema.org `TVEpisode` data in a `<script type="application/ld+json">`
   * inside the element (light DOM), for search engines. Spoiler-free: no beats or outcomes.
   */
  @property({ attribute: 'structured-data', type: Boolean, reflect: true }) structuredData = false;

  /** Whether every storyline shows, not just the first three (the "All N storylines" button). */
  @property({ attribute: 'all-storylines', type: Boolean, reflect: true }) allStorylines = false;

  /**
   * Show authoring errors on the page: when the episode cannot be shown, the full message (what is
   * wrong and what would work, as logged) instead of the reader's calm line. Also set by `debug` on
   * any ancestor. For previews while writing a post, not for readers.
   */
  @property({ type: Boolean }) debug = false;

  /** The dataset the last render found the episode in, for updated(). */
  #data?: DatasetIndex;

  readonly #guard = new SpoilerGuard(this);
  readonly #scope = new SeriesScope(this);
  readonly #lists = new LongList(this);

  constructor() {
    super();
    new CatalogUpdates(this); // re-render when a dataset is registered
  }

  override render(): TemplateResult {
    const found = this.#scope.resolve('episodes', this.episode);
    this.#data = found.status === 'found' ? found.data : undefined;
    if (found.status !== 'found') return missingNotice(this, 'episode', this.episode, found);
    const { record: episode, data } = found;
    const level = headingLevel(this.headingLevel);
    return html`<article part="base" class="card" aria-labelledby="title">
      ${this.#renderHeader(episode, data, level)}
      <p part="logline" class="logline">${episode.logline}</p>
      ${this.variant === 'compact' ? nothing : this.#renderDetails(episode, data, headingLevel(this.headingLevel, 1))}
      <slot name="footer"></slot>
    </article>`;
  }

  override updated(): void {
    const jsonLd = this.structuredData && this.#data ? episodeJsonLd(this.#data, this.episode) : undefined;
    // A copy of a card (cloneNode, an innerHTML copy, server output) arrives with the original's
    // script: it is taken over rather than joined by a second one. One per card, always.
    const [script, ...extra] = this.querySelectorAll<HTMLScriptElement>(`:scope > ${JSON_LD_SELECTOR}`);
    extra.forEach((copy) => copy.remove());
    if (!jsonLd) return void script?.remove();
    placeJsonLd(this, script ?? createJsonLdScript(this.ownerDocument), jsonLdText(jsonLd));
  }

  #renderHeader(episode: Episode, data: DatasetIndex, level: number): TemplateResult {
    const series = data.get('series', episode.series);
    const url = safeUrl(episode.url, this, `<episode-card episode="${episode.id}"> url`);
    return html`<header part="header">
      <p part="eyebrow" class="eyebrow">
        <span class="series">${series?.title}</span> · ${text.season(episode.season)} · ${text.episode(episode.number)}
      </p>
      <div class="title-row">
        <div part="title" class="title" id="title" role="heading" aria-level=${level}>
          ${url ? html`<a href=${url}>${episode.title}</a>` : episode.title}
        </div>
        ${episode.finale ? html`<span part="badge" class="badge">${text.finale[episode.finale]}</span>` : nothing}
      </div>
    </header>`;
  }

  #renderDetails(episode: Episode, data: DatasetIndex, sub: number): TemplateResult {
    const cast = data.charactersIn(episode.id);
    const threads = data.threadsIn(episode.id);
    const beats = data.beatsIn(episode.id);
    return html`${episode.setting ? html`<p part="setting" class="setting">${text.setting} ${episode.setting}</p>` : nothing}
      <section aria-labelledby="cast-heading">
        ${this.#subheading('cast-heading', text.cast, sub)}
        <ul part="cast" class="cast" id="cast">
          ${this.#lists
            .items('cast', cast, SHOWN.cast, episode)
            .map((c) => html`<li part="cast-member"><character-chip character=${c.id} episode=${episode.id} series=${episode.series}></character-chip></li>`)}
        </ul>
        ${this.#lists.buttons('cast', cast.length, SHOWN.cast, 'characters')}
      </section>
      <section aria-labelledby="threads-heading">
        ${this.#subheading('threads-heading', text.storylines, sub)}
        <ul part="threads" class="threads" id="threads">
          ${(this.allStorylines ? this.#lists.items('threads', threads, SHOWN.threads, episode) : threads.slice(0, SHOWN.firstThreads)).map(
            (t) =>
              html`<li>
                <plot-thread part="thread" thread=${t.id} series=${episode.series} variant="compact" heading-level=${headingLevel(this.headingLevel, 2)}></plot-thread>
              </li>`,
          )}
        </ul>
        ${this.#renderAllStorylines(threads.length)}
      </section>
      <section aria-labelledby="beats-heading">
        ${this.#subheading('beats-heading', html`${text.whatHappens}${' '}<span class="tag">${text.spoilers}</span>`, sub)}
        ${this.#guard.renderToggle('beats', text.beats(beats.length))}
        <ol part="beats" class="timeline beats" id="beats" ?hidden=${!this.#guard.revealed}>
          ${this.#guard.revealed ? this.#lists.items('beats', beats, SHOWN.beats, episode).map((b, i) => this.#renderBeat(b, i + 1, data)) : nothing}
        </ol>
        ${this.#guard.revealed ? this.#lists.buttons('beats', beats.length, SHOWN.beats, 'beats') : nothing}
      </section>`;
  }

  /** The "All 11 storylines" disclosure under the first few; once open, long lists grow by "+N more". */
  #renderAllStorylines(total: number): TemplateResult | typeof nothing {
    if (total <= SHOWN.firstThreads) return nothing;
    const open = this.allStorylines;
    return html`<button
        type="button"
        part="all-storylines"
        class="disclosure all"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="threads"
        @click=${() => (this.allStorylines = !open)}
      >
        <span class="chevron" aria-hidden="true"></span>${open ? text.fewerStorylines : text.allStorylines(total)}
      </button>
      ${open ? this.#lists.buttons('threads', total, SHOWN.threads, 'storylines') : nothing}`;
  }

  #subheading(id: string, label: string | TemplateResult, level: number): TemplateResult {
    return html`<div part="section-heading" class="section-heading" id=${id} role="heading" aria-level=${level}>
      ${label}
    </div>`;
  }

  #renderBeat(beat: Beat, n: number, data: DatasetIndex): TemplateResult {
    const threads = beat.threads.map((id) => data.get('threads', id)?.title).join(' · ');
    return html`<li part="beat" class="beat" data-n=${n}>
      ${beat.summary}
      ${beat.quote ? html`<blockquote>${beat.quote.text}<cite>${beat.quote.medium}</cite></blockquote>` : nothing}
      <span class="beat-threads">${threads}</span>
    </li>`;
  }
}
