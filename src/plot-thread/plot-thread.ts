import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DatasetIndex } from '../data/page-catalog.js';
import type { Beat, Thread } from '../data/types.js';
import { CatalogUpdates } from '../shared/catalog-updates.js';
import { headingLevel } from '../shared/heading.js';
import { LongList } from '../shared/long-list.js';
import { text } from '../shared/reader-text.js';
import { missingNotice } from '../shared/notice.js';
import { SlicedElement } from '../shared/sliced-element.js';
import { SeriesScope } from '../shared/series-scope.js';
import { SpoilerGuard } from '../shared/spoiler-guard.js';
import { statusBadge } from '../shared/status.js';
import { hueOf, hueOfKey, monogram } from '../shared/monogram.js';
import { base, block, tokens } from '../styles/tokens.js';
import { hues, shared } from '../styles/shared.js';
import { plotThreadStyles } from './plot-thread.styles.js';
import { VERSION } from '../version.js';

/** How many people and beats show before a "+N more" button (see LongList). */
const SHOWN = { participants: 12, beats: 50 } as const;
/** How many monograms the compact row stacks; past that, the last place says how many more ("+3"). */
const STACKED = 5;

/**
 * @tagname plot-thread
 * @summary One storyline: title, status, the people in it as character chips, and — behind a
 * spoiler button — its outcome and its beats as a timeline placed within the episode.
 *
 * @slot - Fallback content: shown instead of the storyline, and instead of the notice, when it
 *   cannot be shown (or while its dataset loads). Not rendered otherwise.
 *
 * @fires ee-spoilers-toggle - The reader showed or hid the outcome and beats. `detail.revealed`.
 * @fires ee-error - The storyline cannot be shown: no thread attribute, an unknown or ambiguous id, an
 *   unknown series, or a dataset that failed to load. `detail`: `{ kind, message, attribute, id,
 *   series, suggestions }` (see ElementErrorDetail). Once per element and message, like the console
 *   warning. Bubbles, composed.
 *
 * @csspart base - The storyline's box.
 * @csspart header - Title and status.
 * @csspart title - The title (a heading of level `heading-level`).
 * @csspart status - The status label (resolved, ongoing, cliffhanger).
 * @csspart participants - The people and groups in the storyline, as chips (in the compact
 *   variant, inside the details).
 * @csspart group - A group's chip (its initials in a rounded square, then its name).
 * @csspart people - In the compact variant, the row's stack of initials (people, then groups).
 * @csspart premise - The set-up, without spoilers.
 * @csspart expand - In the compact variant, the button that shows the details.
 * @csspart spoiler-toggle - The button that shows and hides the outcome and beats.
 * @csspart outcome - How the storyline ends (a spoiler).
 * @csspart beats - The ordered list of beats.
 * @csspart beat - One beat.
 * @csspart beat-position - "Beat 7 of 35".
 * @csspart more - The "+N more" button after a long list (over 12 people, over 50 beats): shows
 *   up to 500 more, rendered a slice at a time.
 * @csspart fewer - The "Show fewer" button beside it, once more are shown.
 * @csspart notice - What readers see when the storyline cannot be shown and the tag has no fallback
 *   content: a calm line ("This storyline is unavailable.", "Loading…"), or with `debug` the full message.
 *
 * @cssprop --ee-color-scheme - Unset (default): the page's own `color-scheme`, light if it declares none.
 *   `dark` or `light` pins one; `light dark` follows the reader's OS setting.
 * @cssprop --ee-color-text - Main text colour.
 * @cssprop --ee-color-muted - Secondary text colour.
 * @cssprop --ee-color-surface - Background.
 * @cssprop --ee-color-surface-alt - Background of chips and pills.
 * @cssprop --ee-color-border - Borders and the timeline.
 * @cssprop --ee-color-accent - Accent colour.
 * @cssprop --ee-color-focus - Focus ring (default: the accent).
 * @cssprop --ee-radius - Corner radius.
 * @cssprop --ee-space - Base spacing.
 */
export class PlotThread extends SlicedElement {
  /** The library version that defined this class. */
  static readonly version = VERSION;

  static override styles = [tokens, base, block, shared, hues, plotThreadStyles];

  /** Id of the storyline, e.g. `scarletts-voice`. */
  @property({ reflect: true }) thread = '';

  /**
   * Id of the series the storyline belongs to. Only needed when several series on the page have a
   * storyline with this id; inherited from any ancestor's `series` attribute.
   */
  @property({ reflect: true }) series?: string;

  /** `full` (everything, spoilers behind a button) or `compact` (one line, details behind a button). */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Level (1–6) of the title heading. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Show the outcome and beats without the spoiler button. Also set by any ancestor's `spoilers`. */
  @property({ type: Boolean, reflect: true }) spoilers = false;

  /** In the compact variant, whether the details (premise, outcome, beats) are shown. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /**
   * Show authoring errors on the page: when the storyline cannot be shown, the full message (what is
   * wrong and what would work, as logged) instead of the reader's calm line. Also set by `debug` on
   * any ancestor. For previews while writing a post, not for readers.
   */
  @property({ type: Boolean }) debug = false;

  readonly #guard = new SpoilerGuard(this);
  readonly #scope = new SeriesScope(this);
  readonly #lists = new LongList(this);

  constructor() {
    super();
    new CatalogUpdates(this); // re-render when a dataset is registered
  }

  override render(): TemplateResult {
    const found = this.#scope.resolve('threads', this.thread);
    if (found.status !== 'found') return missingNotice(this, 'thread', this.thread, found);
    const { record: thread, data } = found;
    const compact = this.variant === 'compact';
    const open = !compact || this.expanded;
    const title = html`<div part="title" class="title" role="heading" aria-level=${headingLevel(this.headingLevel)}>${thread.title}</div>`;
    if (!compact) {
      return html`<div part="base" class="thread">
        <div part="header" class="header">${title}${statusBadge(thread.status)}</div>
        ${this.#renderParticipants(thread, data)}
        <div class="details" id="details">${this.#renderDetails(thread, data)}</div>
      </div>`;
    }
    // One row: title and status, the people as a stack of monograms, the Details button at the end.
    return html`<div part="base" class="thread">
      <div part="header" class="header">
        <div class="line">${title}${statusBadge(thread.status)}</div>
        ${this.#renderStack(thread, data)}
        <button
          type="button"
          part="expand"
          class="disclosure"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="details"
          @click=${() => (this.expanded = !this.expanded)}
        >
          <span class="chevron" aria-hidden="true"></span>${text.details}<span class="visually-hidden">: ${thread.title}</span>
        </button>
      </div>
      <div class="details" id="details" ?hidden=${!open}>${open ? html`${this.#renderParticipants(thread, data)}${this.#renderDetails(thread, data)}` : nothing}</div>
    </div>`;
  }

  /** The people and groups as full chips: a person's opens their panel; a group's is its name. */
  #renderParticipants(thread: Thread, data: DatasetIndex): TemplateResult {
    return html`<ul part="participants" class="participants" id="participants" aria-label=${text.peopleInStoryline}>
        ${this.#lists
          .items('participants', thread.characters, SHOWN.participants, thread)
          .map((id) => html`<li><character-chip character=${id} series=${data.key}></character-chip></li>`)}
        ${this.#groups(thread, data).map(
          ({ id, name }) => html`<li part="group" class="group">${monogram(name, hueOfKey(id), 'group')}<span class="group-name">${name}</span></li>`,
        )}
      </ul>
      ${this.#lists.buttons('participants', thread.characters.length, SHOWN.participants, 'people')}`;
  }

  /** The compact row's people: overlapping monograms (names in hidden text and tooltips), then "+N". */
  #renderStack(thread: Thread, data: DatasetIndex): TemplateResult {
    const people = [
      ...thread.characters.map((id) => data.get('characters', id)).map((c) => c && { name: c.name, hue: hueOf(c), shape: 'person' as const }),
      ...this.#groups(thread, data).map(({ id, name }) => ({ name, hue: hueOfKey(id), shape: 'group' as const })),
    ].filter((p) => p !== undefined);
    const hidden = people.length - STACKED;
    return html`<ul part="people" class="stack" aria-label=${text.peopleInStoryline}>
      ${people.slice(0, hidden > 1 ? STACKED - 1 : STACKED).map((p) => html`<li title=${p.name}>${monogram(p.name, p.hue, p.shape)}<span class="visually-hidden">${p.name}</span></li>`)}
      ${
        hidden > 1
          ? html`<li class="stack-more" title=${people
              .slice(STACKED - 1)
              .map((p) => p.name)
              .join(', ')}>${text.plus(hidden + 1)}</li>`
          : nothing
      }
    </ul>`;
  }

  #groups(thread: Thread, data: DatasetIndex): { id: string; name: string }[] {
    return (thread.groups ?? []).flatMap((id) => {
      const group = data.get('groups', id);
      return group ? [{ id, name: group.name }] : [];
    });
  }

  #renderDetails(thread: Thread, data: DatasetIndex): TemplateResult {
    const revealed = this.#guard.revealed;
    const beats = thread.beats.map((id) => data.get('beats', id)!);
    return html`<p part="premise" class="premise">${thread.premise}</p>
      ${this.#guard.renderToggle('spoilers', text.outcomeAndBeats(beats.length))}
      <div class="spoilers" id="spoilers" ?hidden=${!revealed}>
        ${
          revealed
            ? html`<p part="outcome" class="outcome"><span class="label">${text.outcome}</span> ${thread.outcome}</p>
              <ol part="beats" class="timeline dots" id="beats">
                ${this.#lists.items('beats', beats, SHOWN.beats, thread).map((beat) => this.#renderBeat(beat, data))}
              </ol>
              ${this.#lists.buttons('beats', beats.length, SHOWN.beats, 'beats')}`
            : nothing
        }
      </div>`;
  }

  #renderBeat(beat: Beat, data: DatasetIndex): TemplateResult {
    const { number, of } = data.beatPosition(beat.id)!;
    return html`<li part="beat" data-n=${number}>
      <span part="beat-position" class="position">${text.beatPosition(number, of)}</span>
      ${beat.summary}
    </li>`;
  }
}
