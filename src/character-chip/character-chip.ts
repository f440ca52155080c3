import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DatasetIndex } from '../data/page-catalog.js';
import type { Beat, Character, Relationship } from '../data/types.js';
import { CatalogUpdates } from '../shared/catalog-updates.js';
import { hueOf, monogram } from '../shared/monogram.js';
import { rendersServerView } from '../shared/hydration.js';
import { LongList } from '../shared/long-list.js';
import { text } from '../shared/reader-text.js';
import { PanelController } from '../shared/panel-controller.js';
import { SlicedElement } from '../shared/sliced-element.js';
import { SeriesScope } from '../shared/series-scope.js';
import { SpoilerGuard } from '../shared/spoiler-guard.js';
import { statusBadge } from '../shared/status.js';
import { missingNotice } from '../shared/notice.js';
import { base, tokens } from '../styles/tokens.js';
import { hues, shared } from '../styles/shared.js';
import { characterChipStyles } from './character-chip.styles.js';
import { VERSION } from '../version.js';
import { emit } from '../events/emit.js';

export type { PanelToggleDetail } from '../events/event-map.js';

/** How many storylines, relationships and beats the panel shows before a "+N more" button (see LongList). */
const SHOWN = { threads: 24, relationships: 24, beats: 50 } as const;

/**
 * @tagname character-chip
 * @summary An inline chip for one character that sits inside running text and opens a panel with
 * who they are: aliases, groups, storylines, relationships and (behind a spoiler button) their beats.
 *
 * @slot - Text to show instead of the character's name, e.g. "her" or "Scarlett's". When the
 *   character cannot be shown, this text stays, plain, in place of the chip.
 *
 * @fires ee-panel-open - The details panel opened. `detail.character` is the id. Bubbles, composed.
 * @fires ee-panel-close - The details panel closed. `detail.character` is the id. Bubbles, composed.
 * @fires ee-spoilers-toggle - The reader showed or hid the character's beats. `detail.revealed`.
 * @fires ee-error - The character cannot be shown: no character attribute, an unknown or ambiguous id, an
 *   unknown series, or a dataset that failed to load. `detail`: `{ kind, message, attribute, id,
 *   series, suggestions }` (see ElementErrorDetail). Once per element and message, like the console
 *   warning. Bubbles, composed.
 *
 * @csspart base - The chip (a button).
 * @csspart monogram - The initials circle.
 * @csspart name - The name or the slotted text.
 * @csspart unknown - What readers see instead of the chip when the character cannot be shown and the
 *   tag has no text: "character unavailable" ("Loading…"), or with `debug` the full message.
 * @csspart panel - The details panel.
 * @csspart panel-heading - The character's name in the panel.
 * @csspart close - The panel's close button.
 * @csspart facts - Aliases, role and groups.
 * @csspart description - The short description.
 * @csspart section-heading - "Storylines", "Relationships" and "In this episode".
 * @csspart threads - The character's storylines.
 * @csspart status - A storyline's status label in the panel.
 * @csspart relationships - The character's relationships at the end of the episode.
 * @csspart spoiler-toggle - The button that shows and hides the beats.
 * @csspart beats - The character's beats.
 * @csspart beat - One beat.
 * @csspart more - The "+N more" button after a long list in the panel (over 24 storylines or
 *   relationships, over 50 beats): shows up to 500 more, rendered a slice at a time.
 * @csspart fewer - The "Show fewer" button beside it, once more are shown.
 *
 * @cssprop --ee-color-scheme - Unset (default): the page's own `color-scheme`, light if it declares none.
 *   `dark` or `light` pins one; `light dark` follows the reader's OS setting.
 * @cssprop --ee-color-text - Main text colour.
 * @cssprop --ee-color-muted - Secondary text colour.
 * @cssprop --ee-color-surface - Panel background.
 * @cssprop --ee-color-surface-alt - Chip background.
 * @cssprop --ee-color-border - Borders.
 * @cssprop --ee-color-accent - Accent colour.
 * @cssprop --ee-color-focus - Focus ring (default: the accent).
 * @cssprop --ee-radius - Panel corner radius.
 * @cssprop --ee-shadow - Panel shadow.
 */
export class CharacterChip extends SlicedElement {
  /** The library version that defined this class. */
  static readonly version = VERSION;

  static override styles = [tokens, base, shared, hues, characterChipStyles];

  /** Id of the character, e.g. `scarlett`. */
  @property({ reflect: true }) character = '';

  /** Episode the panel is about (storylines, relationships, beats). Default: the first episode the character is in. */
  @property({ reflect: true }) episode = '';

  /**
   * Id of the series the character belongs to. Only needed when several series on the page have a
   * character with this id; inherited from any ancestor's `series` attribute.
   */
  @property({ reflect: true }) series?: string;

  /** Show the character's beats in the panel without the spoiler button. Also set by any ancestor's `spoilers`. */
  @property({ type: Boolean, reflect: true }) spoilers = false;

  /** Whether the details panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /**
   * Show authoring errors on the page: when the character cannot be shown, the full message (what is
   * wrong and what would work, as logged) instead of the reader's calm line. Also set by `debug` on
   * any ancestor. For previews while writing a post, not for readers.
   */
  @property({ type: Boolean }) debug = false;

  readonly #guard = new SpoilerGuard(this);
  readonly #scope = new SeriesScope(this);
  readonly #lists = new LongList(this);
  readonly #panel = new PanelController(this, {
    anchor: () => this.renderRoot.querySelector<HTMLElement>('button[part="base"]'),
    panel: () => this.renderRoot.querySelector<HTMLElement>('[part="panel"]'),
    opened: () => emit(this, 'ee-panel-open', { character: this.character }),
    closed: () => emit(this, 'ee-panel-close', { character: this.character }),
  });

  constructor() {
    super();
    new CatalogUpdates(this); // re-render when a dataset is registered
    // Beats revealed below the panel's visible edge are brought into view (the panel scrolls).
    this.addEventListener('ee-spoilers-toggle', (event) => {
      if (event.target === this && event.detail.revealed) void this.updateComplete.then(() => this.#scrollRevealedIntoView());
    });
  }

  /** Scrolls the open panel so its spoiler button leads, if the beats it revealed end out of sight. */
  #scrollRevealedIntoView(): void {
    const panel = this.#panel.element;
    const toggle = panel?.querySelector<HTMLElement>('[part="spoiler-toggle"]');
    const beats = panel?.querySelector<HTMLElement>('#beats');
    if (!panel || !toggle || !beats) return;
    const box = panel.getBoundingClientRect();
    if (beats.getBoundingClientRect().bottom <= box.bottom) return;
    const top = panel.scrollTop + toggle.getBoundingClientRect().top - box.top - parseFloat(getComputedStyle(panel).paddingTop);
    const still = this.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
    panel.scrollTo({ top, behavior: still ? 'instant' : 'smooth' });
  }

  /** Opens the details panel (closing any other chip's). */
  show(): void {
    this.open = true;
  }

  /** Closes the details panel. */
  hide(): void {
    this.open = false;
  }

  /** Resolves after the render and, while the panel is open, after it is placed. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#panel.placed;
    return done;
  }

  override render(): TemplateResult {
    const found = this.#scope.resolve('characters', this.character);
    if (found.status !== 'found') return missingNotice(this, 'character', this.character, found);
    const { record: character, data } = found;
    // (The server sees no light DOM: a hydrating chip renders as if it had no text of its own.)
    const slotted = rendersServerView(this) ? '' : (this.textContent?.trim() ?? '');
    // Screen readers always hear the character's name, even when the visible text is "her".
    const hint = slotted && !slotted.includes(character.name) ? html`<span class="visually-hidden"> (${character.name})</span>` : nothing;
    // Nothing between the button and the panel: in an inline host, whitespace there would show as
    // a space before the punctuation that follows the chip.
    return html`<button
        type="button"
        part="base"
        class="chip"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        aria-haspopup="dialog"
        @click=${() => (this.open = !this.open)}
      >
        ${monogram(character.name, hueOf(character), 'person', 'monogram')}<span part="name" class="name"><slot @slotchange=${() => this.requestUpdate()}>${character.name}</slot>${hint}</span>
      </button
      >${this.open ? this.#renderPanel(character, data) : nothing}`;
  }

  #renderPanel(character: Character, data: DatasetIndex): TemplateResult {
    const episodeId = this.episode || data.episodesOf(character.id)[0] || '';
    const inEpisode = new Set(data.threadsIn(episodeId).map((t) => t.id));
    const threads = data.threadsOf(character.id).filter((t) => inEpisode.has(t.id));
    const relationships = data.relationshipsOf(character.id, episodeId);
    const beats = data.beatsOf(character.id).filter((b) => b.episode === episodeId);
    const revealed = this.#guard.revealed;
    const of = `${data.key} ${character.id} ${episodeId}`; // what the panel's lists are about
    return html`<div
      part="panel"
      class="panel"
      id="panel"
      role="dialog"
      aria-labelledby="panel-name"
      tabindex="-1"
      popover="manual"
    >
      <div class="panel-head">
        ${monogram(character.name, hueOf(character))}
        <div part="panel-heading" class="panel-name" id="panel-name" role="heading" aria-level="2">${character.name}</div>
        <button type="button" part="close" class="close" aria-label=${text.close} @click=${() => this.#panel.dismiss()}>×</button>
      </div>
      ${this.#renderFacts(character, data)}
      <p part="description" class="description">${character.description}</p>
      ${
        threads.length
          ? html`<div class="section-heading" part="section-heading">${text.storylines}</div>
            <ul part="threads" class="threads" id="threads">
              ${this.#lists.items('threads', threads, SHOWN.threads, of).map((t) => html`<li>${t.title} ${statusBadge(t.status)}</li>`)}
            </ul>
            ${this.#lists.buttons('threads', threads.length, SHOWN.threads, 'storylines')}`
          : nothing
      }
      ${
        relationships.length
          ? html`<div class="section-heading" part="section-heading">${text.relationshipsAtEnd}</div>
            <ul part="relationships" class="relationships" id="relationships">
              ${this.#lists.items('relationships', relationships, SHOWN.relationships, of).map((r) => this.#renderRelationship(character.id, r, data))}
            </ul>
            ${this.#lists.buttons('relationships', relationships.length, SHOWN.relationships, 'relationships')}`
          : nothing
      }
      ${
        beats.length
          ? html`<div class="section-heading" part="section-heading">${text.inThisEpisode}</div>
            ${this.#guard.renderToggle('beats', text.beats(beats.length))}
            <ol part="beats" class="timeline beats" id="beats" ?hidden=${!revealed}>
              ${revealed ? this.#lists.items('beats', beats, SHOWN.beats, of).map((b) => this.#renderBeat(character.id, b, data)) : nothing}
            </ol>
            ${revealed ? this.#lists.buttons('beats', beats.length, SHOWN.beats, 'beats') : nothing}`
          : nothing
      }
    </div>`;
  }

  #renderFacts(character: Character, data: DatasetIndex): TemplateResult {
    const aliases = character.aliases ?? [];
    const groups = data.groupsOf(character.id);
    return html`<dl part="facts" class="facts">
      ${character.role ? html`<dt>${text.role}</dt><dd>${character.role}</dd>` : nothing}
      ${
        aliases.length
          ? html`<dt>${text.alsoKnownAs}</dt>
            ${aliases.map((a) => html`<dd>${a.name}${a.inferred ? this.#inferred(a.reason) : nothing}</dd>`)}`
          : nothing
      }
      ${
        groups.length
          ? html`<dt>${text.groups}</dt>
            ${groups.map(
              (g) => html`<dd>${g.group.name}${g.status === 'former' ? text.formerMember : ''}${g.inferred ? this.#inferred(g.reason) : nothing}</dd>`,
            )}`
          : nothing
      }
    </dl>`;
  }

  #inferred(reason: string | undefined): TemplateResult {
    // Spaces as expressions: the template minifier drops whitespace at a template's edges.
    return html`${' '}<span class="inferred">${text.inferred}</span> <span class="reason">${reason}</span>`;
  }

  #renderRelationship(self: string, r: Relationship, data: DatasetIndex): TemplateResult {
    const otherId = r.characters[0] === self ? r.characters[1] : r.characters[0];
    return html`<li>
      <span class="rel-name">${data.get('characters', otherId)?.name}</span>
      <span class="rel-kind">${text.relationshipKind[r.kind]}</span>${r.inferred ? html`${' '}<span class="inferred">${text.inferred}</span>` : nothing}
      <span class="rel-summary">${r.summary}</span>
      ${r.inferred ? html`<span class="reason">${r.reason}</span>` : nothing}
    </li>`;
  }

  #renderBeat(self: string, beat: Beat, data: DatasetIndex): TemplateResult {
    const { number, of } = data.beatPosition(beat.id)!;
    const inferred = beat.inferredCharacters?.find((a) => a.character === self);
    return html`<li part="beat" data-n=${number}>
      <span class="visually-hidden">${text.beatPosition(number, of)}: </span>${beat.summary}
      ${inferred ? html`<span class="reason"><span class="inferred">${text.inferred}</span> ${inferred.reason}</span>` : nothing}
    </li>`;
  }
}
