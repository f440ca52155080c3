const MARGIN = 8;
const GAP = 6;
/** Below this much room on either side, the panel may cover the anchor rather than be squeezed. */
const MIN_HEIGHT = 160;

/**
 * Positions a `position: fixed` panel next to `anchor`, always inside the viewport: below the
 * anchor if it fits, else above; if neither fits, on the roomier side with its height capped to
 * that room (the panel scrolls). It aligns with the anchor's inline-start edge and is pushed back
 * in from the screen's sides; it is never wider than the viewport.
 */
export function placePanel(panel: HTMLElement, anchor: Element, rtl: boolean): void {
  const width = document.documentElement.clientWidth;
  const height = document.documentElement.clientHeight;
  panel.style.maxWidth = `${width - 2 * MARGIN}px`;
  panel.style.maxHeight = `${height - 2 * MARGIN}px`;
  const a = anchor.getBoundingClientRect();
  const below = height - MARGIN - (a.bottom + GAP);
  const above = a.top - GAP - MARGIN;
  let p = panel.getBoundingClientRect();
  let top: number;
  if (p.height <= below) top = a.bottom + GAP;
  else if (p.height <= above) top = a.top - GAP - p.height;
  else if (Math.max(below, above) >= MIN_HEIGHT) {
    const room = Math.max(below, above);
    panel.style.maxHeight = `${room}px`;
    p = panel.getBoundingClientRect();
    top = below >= above ? a.bottom + GAP : a.top - GAP - p.height;
  } else top = Math.max(MARGIN, height - MARGIN - p.height);
  const preferredLeft = rtl ? a.right - p.width : a.left;
  const left = Math.max(MARGIN, Math.min(preferredLeft, width - MARGIN - p.width));
  panel.style.left = `${left}px`;
  panel.style.top = `${top}px`;
}
