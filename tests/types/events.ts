// Type test, compiled (never run) by `tsc -p tsconfig.test.json`: every ee-* event is typed for
// listeners on the elements, on document and on window — the README's
// `document.addEventListener('ee-panel-open', (e) => e.detail.character)` must type-check.
import type {
  CharacterChip,
  DataErrorDetail,
  DataLoadDetail,
  EpisodeCard,
  EpisodeData,
  PanelToggleDetail,
  PlotThread,
  SpoilersToggleDetail,
} from '../../src/index.js';

declare const chip: CharacterChip;
declare const card: EpisodeCard;
declare const thread: PlotThread;
declare const data: EpisodeData;
declare const anyElement: HTMLElement;

const isString = (value: string) => value;
const isBoolean = (value: boolean) => value;
const isOptionalString = (value: string | undefined) => value;

// On document and window: each event, each field, with its type.
document.addEventListener('ee-panel-open', (e) => isString(e.detail.character));
document.addEventListener('ee-panel-close', (e) => isString(e.detail.character));
document.addEventListener('ee-spoilers-toggle', (e) => isBoolean(e.detail.revealed));
document.addEventListener('ee-data-load', (e) => [isString(e.detail.src), isOptionalString(e.detail.message)]);
document.addEventListener('ee-data-error', (e) => [isString(e.detail.src), isString(e.detail.message)]);
window.addEventListener('ee-panel-open', (e) => isString(e.detail.character));
window.addEventListener('ee-panel-close', (e) => isString(e.detail.character));
window.addEventListener('ee-spoilers-toggle', (e) => isBoolean(e.detail.revealed));
window.addEventListener('ee-data-load', (e) => [isString(e.detail.src), isOptionalString(e.detail.message)]);
window.addEventListener('ee-data-error', (e) => [isString(e.detail.src), isString(e.detail.message)]);
document.addEventListener('ee-panel-open', (e) => e.detail.character.toUpperCase());
window.addEventListener('ee-spoilers-toggle', (e) => e.detail.revealed === true);

// On the elements that fire them (and any element, since they bubble).
chip.addEventListener('ee-panel-open', (e) => isString(e.detail.character));
chip.addEventListener('ee-panel-close', (e) => isString(e.detail.character));
chip.addEventListener('ee-spoilers-toggle', (e) => isBoolean(e.detail.revealed));
card.addEventListener('ee-spoilers-toggle', (e) => isBoolean(e.detail.revealed));
thread.addEventListener('ee-spoilers-toggle', (e) => isBoolean(e.detail.revealed));
data.addEventListener('ee-data-load', (e) => isString(e.detail.src));
data.addEventListener('ee-data-error', (e) => isString(e.detail.message));
anyElement.addEventListener('ee-panel-open', (e) => isString(e.detail.character));

// The listener's event is a CustomEvent with the exported detail types.
chip.addEventListener('ee-panel-open', (e: CustomEvent<PanelToggleDetail>) => e.detail);
card.addEventListener('ee-spoilers-toggle', (e: CustomEvent<SpoilersToggleDetail>) => e.detail);
data.addEventListener('ee-data-load', (e: CustomEvent<DataLoadDetail>) => e.detail);
data.addEventListener('ee-data-error', (e: CustomEvent<DataErrorDetail>) => e.detail);
// A listener written for DataLoadDetail still fits ee-data-error (whose message is always there).
data.addEventListener('ee-data-error', (e: CustomEvent<DataLoadDetail>) => e.detail.message);

// Wrong fields and wrong types do not compile.
// @ts-expect-error -- ee-panel-open's detail has `character`, not `id`
document.addEventListener('ee-panel-open', (e) => e.detail.id);
// @ts-expect-error -- ee-spoilers-toggle's detail has `revealed`, not `open`
window.addEventListener('ee-spoilers-toggle', (e) => e.detail.open);
// @ts-expect-error -- ee-data-load's detail has `src`, not `url`
data.addEventListener('ee-data-load', (e) => e.detail.url);
// @ts-expect-error -- ee-data-load's message may be absent
data.addEventListener('ee-data-load', (e) => isString(e.detail.message));
// @ts-expect-error -- `revealed` is a boolean
chip.addEventListener('ee-spoilers-toggle', (e) => isString(e.detail.revealed));
// @ts-expect-error -- ee-panel-close's detail has `character`, not `revealed`
document.addEventListener('ee-panel-close', (e) => isBoolean(e.detail.revealed));
