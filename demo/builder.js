// The embed builder (builder.html): pick an element, a series and an id found by name or title, set
// the options, see the element live, and copy its HTML, or the static HTML for blogs that strip
// scripts. A blogger's own dataset (a file or a URL) is checked with the CLI's own words
// (episode-elements.validate.js) and, when valid, registered so that its series can be picked.
// A classic script, like the bundle it uses (globalThis.episodeElements), so the page also works
// opened from disk. Everything from data reaches the page as text (textContent, option labels,
// escaped attribute values), never as HTML.
(() => {
  'use strict';

  const ee = globalThis.episodeElements;
  const { checkDatasetFile, BUNDLED_SOURCE } = globalThis.episodeElementsValidate;
  const { staticHtml, escapeText, escapeAttribute } = globalThis.episodeElementsStatic;
  const $ = (id) => document.getElementById(id);
  const form = $('form');

  /** The name the bundle registers its own data under. */
  const BUNDLED = 'backstage.json';
  const ELEMENTS = {
    'episode-card': { kind: 'episodes', attribute: 'episode', noun: 'Episode', plural: 'episodes', search: 'Search by title, id or s1e30' },
    'character-chip': { kind: 'characters', attribute: 'character', noun: 'Character', plural: 'characters', search: 'Search by name, alias, role or id' },
    'plot-thread': { kind: 'threads', attribute: 'thread', noun: 'Storyline', plural: 'storylines', search: 'Search by title, person or id' },
  };
  /** For each dataset the blogger loaded, by the source it was registered under: the `src` its <episode-data> gets, and whether it came from a file. */
  const loadedFrom = new Map();

  /** Lower case, no accents, punctuation as spaces: "Scarlett's" finds "scarletts-voice" and "Scarlett’s voice". */
  const normalize = (text) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();

  const elementName = () => form.elements.element.value;
  const spec = () => ELEMENTS[elementName()];
  const seriesId = () => $('series').value;
  const dataset = () => ee.catalog.dataset(seriesId());

  // ---- Series ---------------------------------------------------------------------------------

  function fillSeries(select) {
    const options = ee.catalog.datasets.flatMap((data) =>
      data.series.map((series) => new Option(`${series.title} (${data.source === BUNDLED ? 'bundled' : data.source})`, series.id)),
    );
    $('series').replaceChildren(...options);
    if (select) $('series').value = select;
  }

  // ---- Finding an id by name or title ---------------------------------------------------------

  /** The records of the chosen kind in the chosen series (an episode must belong to it). */
  function records() {
    const data = dataset();
    if (!data) return [];
    const { kind } = spec();
    return data
      .ids(kind)
      .map((id) => data.get(kind, id))
      .filter((record) => kind !== 'episodes' || record.series === seriesId());
  }

  function label(record) {
    const { kind } = spec();
    if (kind === 'episodes') return `“${record.title}”, season ${record.season}, episode ${record.number}`;
    if (kind === 'characters') {
      const aliases = (record.aliases ?? []).map((alias) => alias.name);
      return `${record.name}${record.role ? `, ${record.role}` : ''}${aliases.length ? ` (also ${aliases.join(', ')})` : ''}`;
    }
    return record.title;
  }

  /** What a search looks in: the id, the label, and for a storyline the names of its people. */
  function haystack(record) {
    const data = dataset();
    const words = [record.id, label(record)];
    if (spec().kind === 'episodes') words.push(`s${record.season}e${record.number}`);
    if (spec().kind === 'threads') words.push(...record.characters.map((id) => data.get('characters', id)?.name ?? ''));
    return normalize(words.join(' '));
  }

  /** What the results list: element, series, search and the registered datasets. */
  const listed = () => JSON.stringify([elementName(), seriesId(), $('search').value, ee.catalog.datasets.length]);

  /** The id picked in the list of results ('' when nothing matches). */
  const picked = () => form.querySelector('input[name="pick"]:checked')?.value ?? '';

  /** The results as radio buttons (title, then id), so long titles wrap and the arrow keys move through them. */
  function fillPicks() {
    const before = picked();
    const all = records();
    const query = normalize($('search').value);
    const words = query ? query.split(' ') : [];
    const found = all.filter((record) => words.every((word) => haystack(record).includes(word)));
    // Names and titles that start with the query first, then the rest in the dataset's order.
    const starts = (record) => normalize(label(record)).startsWith(query);
    found.sort((a, b) => Number(starts(b)) - Number(starts(a)));
    const choice = found.some((record) => record.id === before) ? before : (found[0]?.id ?? '');
    $('pick').replaceChildren(
      ...found.map((record) => {
        const radio = Object.assign(document.createElement('input'), { type: 'radio', name: 'pick', value: record.id, checked: record.id === choice });
        const title = Object.assign(document.createElement('span'), { className: 'pick-title', textContent: label(record) });
        const id = Object.assign(document.createElement('code'), { className: 'pick-id', textContent: record.id });
        const option = document.createElement('label');
        option.append(radio, title, id);
        return option;
      }),
    );
    $('pick').dataset.of = listed();
    const { plural, noun } = spec();
    $('match-count').textContent = !all.length
      ? `This series has no ${plural}.`
      : found.length
        ? `${found.length} of ${all.length} ${plural}${query ? ' match' : ''}.`
        : `No ${noun.toLowerCase()} matches “${$('search').value.trim()}”. Try part of a name or title.`;
  }

  // ---- Options --------------------------------------------------------------------------------

  function showOptions() {
    const name = elementName();
    for (const option of form.querySelectorAll('.option')) option.hidden = !option.dataset.for.split(' ').includes(name);
    $('find-legend').textContent = `3. ${spec().noun}`;
    $('search-label').textContent = spec().search;
    $('expanded').disabled = form.elements.variant.value !== 'compact';
  }

  function fillChipEpisodes() {
    const data = dataset();
    const id = picked();
    const episodes = data && id && elementName() === 'character-chip' ? data.episodesOf(id) : [];
    const first = episodes[0] ? data.get('episodes', episodes[0]) : undefined;
    const before = $('chip-episode').value;
    $('chip-episode').replaceChildren(
      new Option(first ? `The first they are in (“${first.title}”)` : 'The first they are in', ''),
      ...episodes.map((episodeId) => new Option(`“${data.get('episodes', episodeId).title}” (${episodeId})`, episodeId)),
    );
    $('chip-episode').value = episodes.includes(before) ? before : '';
  }

  /** The element's attributes as [name, value] pairs, in the order they are written; defaults left out. */
  function attributes() {
    const name = elementName();
    const list = [[spec().attribute, picked()]];
    if ($('with-series').checked) list.push(['series', seriesId()]);
    const variant = form.elements.variant.value;
    if (name === 'character-chip') {
      if ($('chip-episode').value) list.push(['episode', $('chip-episode').value]);
    } else {
      if (variant !== 'full') list.push(['variant', variant]);
      if ($('heading-level').value !== '3') list.push(['heading-level', $('heading-level').value]);
    }
    if ($('spoilers').checked) list.push(['spoilers', '']);
    if (name === 'plot-thread' && variant === 'compact' && $('expanded').checked) list.push(['expanded', '']);
    if (name === 'episode-card' && $('structured-data').checked) list.push(['structured-data', '']);
    return list;
  }

  const chipText = () => (elementName() === 'character-chip' ? $('chip-text').value.trim() : '');

  // ---- The HTML -------------------------------------------------------------------------------

  function scriptTag() {
    switch (form.elements.script.value) {
      case 'module':
        return '<script type="module" src="episode-elements.js"></script>';
      case 'classic':
        return '<script defer src="episode-elements.classic.js"></script>';
      case 'cdn':
        return `<script type="module" src="https://cdn.jsdelivr.net/npm/episode-elements@${ee.VERSION}/dist/cdn/episode-elements.js"></script>`;
      default:
        return '';
    }
  }

  function html() {
    const name = elementName();
    const attrs = attributes()
      .map(([attribute, value]) => (value === '' ? ` ${attribute}` : ` ${attribute}="${escapeAttribute(value)}"`))
      .join('');
    const from = loadedFrom.get(dataset()?.source);
    return [scriptTag(), from ? `<episode-data src="${escapeAttribute(from.src)}"></episode-data>` : '', `<${name}${attrs}>${escapeText(chipText())}</${name}>`]
      .filter(Boolean)
      .join('\n');
  }

  function notes() {
    const list = [];
    const script = form.elements.script.value;
    if (script === 'module' || script === 'classic') {
      list.push(`Upload ${script === 'module' ? 'episode-elements.js' : 'episode-elements.classic.js'} next to your post (or change the src to where it is).`);
    }
    if (script === 'cdn') list.push(`The npm CDN serves version ${ee.VERSION} once it is published; add integrity as the README shows.`);
    const from = loadedFrom.get(dataset()?.source);
    if (from?.file) list.push(`Upload ${from.src} next to your post too.`);
    return list.join(' ');
  }

  // ---- Preview --------------------------------------------------------------------------------

  function preview() {
    const name = elementName();
    const element = document.createElement(name);
    for (const [attribute, value] of attributes()) element.setAttribute(attribute, value);
    if (chipText()) element.textContent = chipText();
    if (name === 'character-chip') {
      // A chip sits in a sentence; the sentence is the builder's, and only the chip is copied.
      const sentence = document.createElement('p');
      sentence.append('In a sentence, ', element, ' reads like this.');
      $('preview').replaceChildren(sentence);
    } else {
      $('preview').replaceChildren(element);
    }
    return element;
  }

  /** Resolves once the element and every element inside it have rendered (the elements spread their first renders over tasks). */
  async function settled(element) {
    for (let round = 0; round < 10; round++) {
      const inside = [element];
      for (let i = 0; i < inside.length; i++) {
        const root = inside[i].shadowRoot;
        if (root) inside.push(...[...root.querySelectorAll('*')].filter((node) => node.localName.includes('-')));
      }
      const done = await Promise.all(inside.map((node) => node.updateComplete ?? true));
      if (done.every(Boolean)) return;
    }
  }

  let current;
  /** The update under way, if any. */
  let updated = Promise.resolve();
  const refresh = () => (updated = update());
  /** Brings the preview, the code and the static copy up to date with the form. */
  async function update() {
    showOptions();
    // The results are rebuilt only when what they list changed: rebuilding them under a reader
    // who is arrowing through them would take their focus away.
    if ($('pick').dataset.of !== listed()) fillPicks();
    fillChipEpisodes();
    const id = picked();
    // An id that another registered series also has needs its series named.
    const resolution = id ? ee.catalog.resolve(spec().kind, id) : undefined;
    const ambiguous = resolution?.status === 'ambiguous';
    if (ambiguous) $('with-series').checked = true;
    $('series-hint').textContent = ambiguous
      ? `Another registered series also has the id “${id}”: the series must be named.`
      : 'Needed only on a page with another series that uses the same id.';
    $('html').value = id ? html() : '';
    $('html-notes').textContent = id ? notes() : '';
    for (const button of [$('copy-html'), $('copy-static')]) button.disabled = !id;
    const element = id ? preview() : ($('preview').replaceChildren(), undefined);
    current = element;
    $('static').value = '';
    if (!element) return;
    await settled(element);
    if (current !== element) return; // the form changed meanwhile
    const copy = staticHtml(element);
    $('static').value = copy;
    $('static-size').textContent = `${(new Blob([copy]).size / 1000).toFixed(1)} kB`;
  }

  // ---- Copying --------------------------------------------------------------------------------

  async function copy(textarea, what) {
    const status = $('copy-status');
    status.classList.remove('failed');
    status.textContent = ''; // so that copying again is announced again
    await updated; // the static copy is written once the element has rendered
    try {
      await navigator.clipboard.writeText(textarea.value);
      status.textContent = `${what} copied.`;
    } catch {
      // No Clipboard API (an old browser) or no permission: select the text and try the old way.
      textarea.closest('details')?.setAttribute('open', '');
      textarea.focus();
      textarea.select();
      let copied = false;
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      status.textContent = copied ? `${what} copied.` : `${what} is selected: press Ctrl+C (⌘C on a Mac) to copy it.`;
      status.classList.toggle('failed', !copied);
    }
  }

  // ---- A blogger's dataset --------------------------------------------------------------------

  function report(valid, lines) {
    const box = $('data-report');
    const verdict = document.createElement('p');
    verdict.className = 'verdict';
    verdict.textContent = valid ? 'Valid: its series is now in the list above.' : 'Not loaded: fix these problems and load it again.';
    const body = document.createElement('div');
    body.textContent = lines.join('\n');
    box.replaceChildren(verdict, body);
    box.classList.toggle('invalid', !valid);
    box.hidden = false;
  }

  /**
   * Checks the bytes as the CLI does and, when valid, registers the dataset under `source`. `src`
   * is what its <episode-data> will load; `file`: it came from the blogger's disk, to be uploaded.
   */
  function loadDataset(bytes, source, src, file) {
    const taken = new Map(
      ee.catalog.datasets.flatMap((data) => data.series.map((series) => [series.id, data.source === BUNDLED ? BUNDLED_SOURCE : data.source])),
    );
    const check = checkDatasetFile(bytes, source, taken);
    if (check.valid) {
      try {
        ee.register(check.dataset, source);
      } catch (error) {
        report(false, [error.message]);
        return;
      }
      loadedFrom.set(source, { src, file });
      fillSeries(check.dataset.series[0].id);
      $('search').value = '';
      refresh();
    }
    report(check.valid, check.lines);
  }

  async function loadFile() {
    const file = $('data-file').files[0];
    if (!file) return;
    loadDataset(new Uint8Array(await file.arrayBuffer()), file.name, file.name, true);
    $('data-file').value = ''; // so that picking the same file again, after fixing it, loads it again
  }

  async function loadUrl() {
    const url = $('data-url').value.trim();
    if (!url) return;
    let response;
    try {
      response = await fetch(url);
    } catch {
      report(false, [`${url}: could not be fetched (network error, or blocked by CORS; the browser does not say which)`]);
      return;
    }
    if (!response.ok) report(false, [`${url}: HTTP ${response.status} ${response.statusText}`.trim()]);
    else loadDataset(new Uint8Array(await response.arrayBuffer()), url, url, false);
  }

  // ---- Wiring ---------------------------------------------------------------------------------

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    if (event.target.id === 'data-file' || event.target.id === 'data-url') return;
    if (event.target.name === 'element' || event.target.id === 'series') $('search').value = '';
    refresh();
  });
  form.addEventListener('change', (event) => {
    if (event.target.id === 'data-file') loadFile();
  });
  $('data-load').addEventListener('click', loadUrl);
  $('data-url').addEventListener('keydown', (event) => event.key === 'Enter' && loadUrl());
  // From the search box, the arrow keys go on to the list.
  $('search').addEventListener('keydown', (event) => {
    const radio = form.querySelector('input[name="pick"]:checked');
    if (event.key === 'ArrowDown' && radio) {
      event.preventDefault();
      radio.focus();
    }
  });
  $('copy-html').addEventListener('click', () => copy($('html'), 'HTML'));
  $('copy-static').addEventListener('click', () => copy($('static'), 'Static HTML'));

  $('cdn-version').textContent = `version ${ee.VERSION}`;
  fillSeries();
  refresh().then(() => document.documentElement.setAttribute('data-ready', ''));
})();
