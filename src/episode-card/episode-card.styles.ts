import { css } from 'lit';

export const episodeCardStyles = css`
  :host {
    display: block;
    line-height: 1.5;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 1.25);
    display: grid;
    gap: var(--_space);
    border-top: 4px solid var(--_accent);
  }
  header {
    display: grid;
    gap: 0.25rem;
  }
  .eyebrow {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .series {
    font-weight: 700;
    color: var(--_accent);
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .title {
    margin: 0;
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .title a {
    color: inherit;
    text-decoration-color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .badge {
    display: inline-block;
    padding: 0.15em 0.65em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.03em;
    white-space: nowrap;
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .logline {
    font-size: 1.05em;
  }
  .setting {
    color: var(--_muted);
    font-size: 0.9em;
  }
  section {
    display: grid;
    gap: 0.5rem;
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .section-heading {
    margin: 0;
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cast {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .cast li {
    padding: 0.125em 0.625em;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .threads {
    display: grid;
    gap: 0.625rem;
  }
  .thread-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .thread-premise {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .status {
    margin-inline-start: 0.5rem;
    padding: 0 0.5em;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 700;
    vertical-align: 0.1em;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .status-resolved {
    color: light-dark(#1d6b38, #7fd49a);
  }
  .status-ongoing {
    color: light-dark(#8a4b00, #f2b661);
  }
  .status-cliffhanger {
    color: light-dark(#b0173a, #ff8fa6);
  }
  .spoiler-toggle {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5em 1em;
    border-radius: 999px;
    border: 1px solid var(--_accent);
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .spoiler-toggle:hover {
    background: var(--_surface-alt);
  }
  .chevron {
    width: 0.5em;
    height: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(45deg);
  }
  .beats {
    counter-reset: beat;
    display: grid;
    gap: 0.75rem;
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 0.75rem;
    padding-inline-start: 1.25rem;
  }
  .beats[hidden] {
    display: none;
  }
  .beat {
    counter-increment: beat;
    position: relative;
    overflow-wrap: anywhere;
  }
  .beat::before {
    content: counter(beat);
    position: absolute;
    inset-inline-start: calc(-1.25rem - 0.75rem - 1px);
    top: 0.1em;
    width: 1.5rem;
    height: 1.5rem;
    border-radius: 50%;
    background: var(--_surface);
    border: 2px solid var(--_accent);
    color: var(--_accent);
    font-size: 0.7em;
    font-weight: 700;
    display: grid;
    place-items: center;
  }
  .beat-threads {
    display: block;
    color: var(--_muted);
    font-size: 0.8em;
  }
  blockquote {
    margin: 0.375rem 0 0;
    padding: 0.375rem 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface-alt);
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  blockquote cite {
    display: block;
    font-family: inherit;
    font-style: normal;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .spoiler-note {
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* Compact: the header on one line (wrapping only when the column is too narrow), then the logline. */
  :host([variant='compact']) .card {
    gap: 0.375rem;
    padding: 0.75rem 1rem;
  }
  :host([variant='compact']) header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.625rem;
  }
  :host([variant='compact']) .title {
    font-size: 1.15em;
  }
  .notice {
    padding: 0.75rem 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    background: var(--_surface);
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .status {
      border: 1px solid CanvasText;
    }
  }
`;
