import { css } from 'lit';

export const plotThreadStyles = css`
  .thread {
    display: grid;
    gap: 0.625em;
  }
  :host([variant='full']) .thread {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em 0.625em;
  }
  .title {
    font-weight: 700;
    font-size: 1.15em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  /* The compact row: title and status take the room, then the stack of initials and the Details
     button. In a narrow row the stack goes under the title and the button stays beside it. */
  :host([variant='compact']) .thread {
    container-type: inline-size;
  }
  :host([variant='compact']) .header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto auto;
    grid-template-areas: 'line stack action';
    align-items: center;
    gap: 0.375em 0.75em;
  }
  @container (max-width: 28em) {
    :host([variant='compact']) .header {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'line action' 'stack action';
    }
    .stack {
      justify-self: start;
    }
    .disclosure {
      align-self: start;
    }
  }
  .line {
    grid-area: line;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
    min-width: 0;
  }
  :host([variant='compact']) .title {
    font-size: 1em;
  }
  .stack {
    grid-area: stack;
    display: flex;
    align-items: center;
    font-size: 0.875em;
  }
  .stack > li {
    display: flex;
  }
  .stack > li + li {
    margin-inline-start: -0.2em;
  }
  /* A ring of the background keeps overlapping initials apart. */
  .stack .monogram {
    font-size: 0.8em;
    width: 2em;
    height: 2em;
    box-shadow: 0 0 0 2px var(--_surface);
  }
  .stack-more {
    padding: 0 0.45em;
    border-radius: 999px;
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 700;
    line-height: 2.1;
  }
  .disclosure {
    grid-area: action;
  }
  .participants {
    display: flex;
    flex-wrap: wrap;
    align-items: center; /* a group's chip is not stretched to the person chips' line boxes */
    gap: calc(0.25em / 0.875) calc(0.375em / 0.875);
    font-size: 0.875em;
  }
  /* A group reads as a peer of the person chips beside it: the same pill, its initials in a
     rounded square of the group's colour (which its members' circles share). Not a button. */
  .group {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0 0.5em 0 0.1em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    font-size: 0.95em;
    line-height: 1.35;
  }
  :host(:dir(rtl)) .group {
    padding: 0 0.1em 0 0.5em;
  }
  .details {
    display: grid;
    gap: 0.625em;
  }
  :host([variant='compact']) .details {
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_border);
  }
  .details[hidden],
  .spoilers[hidden] {
    display: none;
  }
  .premise {
    color: var(--_muted);
  }
  .spoilers {
    display: grid;
    gap: 0.75em;
  }
  .label {
    font-weight: 700;
  }
  /* The position is written out above each beat: the marker is a plain dot, not the number again. */
  .dots > li::before {
    content: '';
    inset-inline-start: calc(-1.25em - 0.375em - 1px);
    top: 0.2em;
    width: 0.75em;
    height: 0.75em;
    font-size: 1em;
  }
  .position {
    display: block;
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
`;
