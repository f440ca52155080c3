import { expect } from '@open-wc/testing';
import { Catalog } from '../../src/data/catalog.js';
import { DatasetError, validateDataset } from '../../src/data/validate.js';
import { backstage, thrownMessage } from '../helpers.js';

/** A copy of the bundled data, loosely typed so that tests can break it in any way. */
const malleable = (): any => backstage();

/** Applies `mutate` to a copy of the bundled data and returns the validator's message. */
const problemsAfter = (mutate: (d: any) => void): string => {
  const data = malleable();
  mutate(data);
  return thrownMessage(() => validateDataset(data, 'backstage.json'));
};

describe('validateDataset', () => {
  it('accepts the bundled Backstage dataset', () => {
    const data = validateDataset(backstage(), 'backstage.json');
    expect(data.episodes.map((e) => e.id)).to.deep.equal(['s1e30']);
  });

  it('rejects a document that is not an object', () => {
    expect(thrownMessage(() => validateDataset(null, 'x.json'))).to.equal('x.json: expected an object, got null');
    expect(thrownMessage(() => validateDataset([], 'x.json'))).to.equal('x.json: expected an object, got an array');
  });

  it('names a missing required property and where it is missing', () => {
    expect(problemsAfter((d) => delete d.formatVersion)).to.equal('backstage.json: missing required property "formatVersion"');
    expect(problemsAfter((d) => delete d.episodes[0].title)).to.equal('backstage.json: episodes[0]: missing required property "title"');
  });

  it('rejects an unknown format version', () => {
    expect(problemsAfter((d) => (d.formatVersion = 2))).to.equal('backstage.json: formatVersion: expected 1, got number 2');
  });

  it('reports wrong types with the path and the expected type', () => {
    expect(problemsAfter((d) => (d.episodes[0].season = '1'))).to.equal('backstage.json: episodes[0].season: expected a whole number of at least 1, got "1"');
    expect(problemsAfter((d) => (d.characters = {}))).to.equal('backstage.json: characters: expected an array, got an object');
    expect(problemsAfter((d) => (d.characters[0].name = '  '))).to.equal(
      'backstage.json: characters[0].name: expected text with a visible character, got "  "',
    );
  });

  it('requires every text to have a visible character, and shows the invisible ones it got', () => {
    const invisible = ['\u200b', '\u00a0', '\u2060', '\ufeff', '\u200b \u200d\ufeff', '\u3164', '\ufe0f', '\t\n', ''];
    const fields: [string, (d: any, v: string) => void][] = [
      ['characters[0].name', (d, v) => (d.characters[0].name = v)],
      ['series[0].title', (d, v) => (d.series[0].title = v)],
      ['episodes[0].logline', (d, v) => (d.episodes[0].logline = v)],
      ['beats[0].summary', (d, v) => (d.beats[0].summary = v)],
      ['beats[34].quote.text', (d, v) => (d.beats[34].quote.text = v)],
      ['characters[6].aliases[0].reason', (d, v) => (d.characters[6].aliases[0].reason = v)],
      ['groups[0].kind', (d, v) => (d.groups[0].kind = v)],
    ];
    for (const value of invisible) {
      for (const [path, set] of fields) {
        expect(
          problemsAfter((d) => set(d, value)),
          `${path} = ${JSON.stringify(value)}`,
        ).to.match(new RegExp(`^backstage\\.json: ${path.replace(/[.[\]]/g, '\\$&')}: expected text with a visible character, got "[^"]*"$`));
      }
    }
    expect(problemsAfter((d) => (d.characters[0].name = '\u200b \u00a0\ufeff'))).to.equal(
      'backstage.json: characters[0].name: expected text with a visible character, got "\\u{200b} \\u{a0}\\u{feff}"',
    );
    // Visible text may hold invisible characters: joiners in an emoji, a space, a soft hyphen.
    for (const name of ['👩‍👩‍👧', 'Zoë', '\u200bKit', 'Mar\u00adgot', '🎭', 'Ω']) {
      const data = malleable();
      data.characters[0].name = name;
      expect(() => validateDataset(data), name).not.to.throw();
    }
  });

  it('reports an unknown beat in a thread with its exact path', () => {
    const message = problemsAfter((d) => d.threads[2].beats.push('s1e30-b99'));
    expect(message).to.equal('backstage.json: threads[2].beats[4]: unknown beat "s1e30-b99"');
  });

  it('reports dangling references of every kind', () => {
    expect(problemsAfter((d) => (d.beats[0].characters[0] = 'nobody'))).to.equal('backstage.json: beats[0].characters[0]: unknown character "nobody"');
    expect(problemsAfter((d) => (d.episodes[0].series = 'nope'))).to.equal('backstage.json: episodes[0].series: unknown series "nope"');
    expect(problemsAfter((d) => (d.characters[1].groups[0].group = 'da-bohemians'))).to.equal(
      'backstage.json: characters[1].groups[0].group: unknown group "da-bohemians"',
    );
    expect(problemsAfter((d) => (d.relationships[0].asOf = 's1e31'))).to.equal('backstage.json: relationships[0].asOf: unknown episode "s1e31"');
  });

  it('reports duplicate ids and points at the first use', () => {
    const message = problemsAfter((d) => d.characters.push({ ...d.characters[0] }));
    expect(message).to.equal('backstage.json: characters[17].id: duplicate character id "miles" (first used at characters[0])');
  });

  it('rejects ids that are not lowercase slugs', () => {
    expect(problemsAfter((d) => (d.groups[0].id = 'The Primas'))).to.include(
      'backstage.json: groups[0].id: expected an id (lowercase letters, digits and single hyphens), got "The Primas"',
    );
  });

  it('rejects misspelt properties and lists the allowed ones', () => {
    const message = problemsAfter((d) => (d.characters[0].nmae = 'Miles'));
    expect(message).to.equal('backstage.json: characters[0].nmae: unexpected property (allowed: id, name, unnamed, role, aliases, groups, description)');
  });

  it('rejects values outside an enumeration', () => {
    expect(problemsAfter((d) => (d.threads[1].status = 'done'))).to.equal(
      'backstage.json: threads[1].status: expected one of "resolved", "ongoing", "cliffhanger", got "done"',
    );
  });

  it('requires a reason for every inference, and an inference for every reason', () => {
    expect(problemsAfter((d) => (d.relationships[0].inferred = true))).to.equal(
      'backstage.json: relationships[0]: inferred is true, so a "reason" is required',
    );
    expect(problemsAfter((d) => (d.characters[5].aliases[0].reason = 'because'))).to.equal(
      'backstage.json: characters[5].aliases[0]: "reason" is given, so "inferred" must be true',
    );
  });

  it('requires threads and beats to list each other', () => {
    expect(problemsAfter((d) => d.beats[3].threads.push('miles-and-alya'))).to.equal(
      'backstage.json: beats[3].threads[1]: thread "miles-and-alya" does not list beat "s1e30-b04" in its beats',
    );
  });

  it('requires a thread to list its beats in story order', () => {
    const message = problemsAfter((d) => d.threads[0].beats.reverse());
    expect(message).to.include('backstage.json: threads[0].beats[1]: beat "s1e30-b22" is out of order');
  });

  it('rejects the same relationship listed twice, either way round, naming both', () => {
    // relationships[1] is Miles and Julie, attraction, as of s1e30.
    expect(problemsAfter((d) => d.relationships.push({ ...d.relationships[1] }))).to.equal(
      'backstage.json: relationships[14]: duplicate of relationships[1] (same two characters and kind "attraction", as of "s1e30")',
    );
    expect(problemsAfter((d) => d.relationships.splice(3, 0, { ...d.relationships[1], characters: ['julie', 'miles'], summary: 'Again.' }))).to.equal(
      'backstage.json: relationships[3]: duplicate of relationships[1] (same two characters and kind "attraction", as of "s1e30")',
    );
    // Another kind, or how things stood at the end of another episode, is another relationship.
    const data = malleable();
    data.episodes.push({ ...data.episodes[0], id: 's1e29', number: 29 });
    delete data.episodes[1].finale;
    data.relationships.push({ ...data.relationships[1], kind: 'friendship' }, { ...data.relationships[1], asOf: 's1e29' });
    expect(() => validateDataset(data)).not.to.throw();
  });

  it('accepts only the links the elements render: http(s) or relative', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)',
      'mailto:a@b.example',
      'http://[bad',
      '',
    ]) {
      for (const [list, mutate] of [
        ['series', (d: any) => (d.series[0].url = url)],
        ['episodes', (d: any) => (d.episodes[0].url = url)],
      ] as const) {
        const message = problemsAfter(mutate);
        expect(message, url).to.match(new RegExp(`^backstage\\.json: ${list}\\[0\\]\\.url: expected an http\\(s\\) or relative URL, got "`));
      }
    }
    for (const url of ['https://example.org/we', 'HTTP://EXAMPLE.ORG/', '//example.org/we', '/recaps/we', 'we.html', '../we', '?ep=30', '#we']) {
      const data = malleable();
      data.series[0].url = url;
      data.episodes[0].url = url;
      expect(() => validateDataset(data), url).not.to.throw();
    }
  });

  it('rejects a relationship of a character with themself, or of more than two', () => {
    expect(problemsAfter((d) => (d.relationships[0].characters = ['miles', 'miles']))).to.equal(
      'backstage.json: relationships[0].characters: a relationship needs two different characters, got "miles" twice',
    );
    expect(problemsAfter((d) => d.relationships[0].characters.push('julie'))).to.equal(
      'backstage.json: relationships[0].characters: expected exactly 2 character ids, got 3',
    );
  });

  it('lists every problem at once, not just the first', () => {
    const data = malleable();
    data.episodes[0].number = 0;
    data.beats[4].characters.push('ghost');
    try {
      validateDataset(data, 'mine.json');
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(DatasetError);
      const { issues } = error as DatasetError;
      // Every problem, in the order of the document.
      expect(issues.map((i) => `${i.path}`)).to.deep.equal(['episodes[0].number', 'beats[4].characters[2]']);
    }
    data.episodes[0].number = 30;
    data.threads[3].status = 'paused';
    data.series[0].title = 7;
    expect(thrownMessage(() => validateDataset(data, 'mine.json')).split('\n')).to.deep.equal([
      'mine.json: series[0].title: expected text with a visible character, got number 7',
      'mine.json: threads[3].status: expected one of "resolved", "ongoing", "cliffhanger", got "paused"',
      'mine.json: beats[4].characters[2]: unknown character "ghost"',
    ]);
  });

  it('reports broken references beside shape problems, even in the same record', () => {
    expect(
      problemsAfter((d) => {
        d.beats[2].summary = 7;
        d.beats[2].episode = 's1e99';
        d.threads[1].status = 'paused';
        d.threads[1].characters[0] = 'nobody';
        d.relationships[0].characters = 'miles';
        d.relationships[0].asOf = 's1e31';
      }).split('\n'),
    ).to.deep.equal([
      'backstage.json: threads[1].characters[0]: unknown character "nobody"',
      'backstage.json: threads[1].status: expected one of "resolved", "ongoing", "cliffhanger", got "paused"',
      'backstage.json: beats[2].episode: unknown episode "s1e99"',
      'backstage.json: beats[2].summary: expected text with a visible character, got number 7',
      'backstage.json: relationships[0].characters: expected an array, got "miles"',
      'backstage.json: relationships[0].asOf: unknown episode "s1e31"',
    ]);
  });

  it('skips only the references that cannot be checked', () => {
    // A character without an id: any unknown character id might be meant for it.
    expect(
      problemsAfter((d) => {
        delete d.characters[3].id;
        d.beats[4].characters.push('ghost');
        d.beats[4].episode = 's1e99';
      }).split('\n'),
    ).to.deep.equal(['backstage.json: characters[3]: missing required property "id"', 'backstage.json: beats[4].episode: unknown episode "s1e99"']);
    // No storylines to check the beats against; the rest still is.
    expect(
      problemsAfter((d) => {
        d.threads = 'none';
        d.beats[0].characters[0] = 'nobody';
      }).split('\n'),
    ).to.deep.equal(['backstage.json: threads: expected an array, got "none"', 'backstage.json: beats[0].characters[0]: unknown character "nobody"']);
    // A beat that is not an object, a storyline whose beats are not a list: no references from them.
    expect(
      problemsAfter((d) => {
        d.beats[3] = 'b04';
        d.threads[0].beats = 's1e30-b01';
      }).split('\n'),
    ).to.deep.equal(['backstage.json: threads[0].beats: expected an array, got "s1e30-b01"', 'backstage.json: beats[3]: expected an object, got "b04"']);
    // A malformed id is reported once, as a malformed id, not also as an unknown one.
    expect(problemsAfter((d) => (d.beats[0].characters[0] = 'Miles'))).to.equal(
      'backstage.json: beats[0].characters[0]: expected an id (lowercase letters, digits and single hyphens), got "Miles"',
    );
  });

  it('rejects a series id another registered dataset already uses, naming that source; other ids may repeat', () => {
    const catalog = new Catalog();
    catalog.register(backstage(), 'backstage.json');
    // Only the series id is page-wide: the copy's 68 other ids are its own, looked up within it.
    expect(thrownMessage(() => catalog.register(backstage(), 'copy.json'))).to.equal(
      'copy.json: series[0].id: series id "backstage" is already registered by backstage.json',
    );
    expect(catalog.datasets).to.have.length(1);
    const copy = backstage();
    copy.series[0].id = 'backstage-copy';
    copy.episodes[0].series = 'backstage-copy';
    catalog.register(copy, 'copy.json');
    expect(catalog.datasets.map((d) => d.source)).to.deep.equal(['backstage.json', 'copy.json']);
  });

  it('quotes a value from the data in at most 40 characters, control and invisible characters spelt out', () => {
    const long = 'a'.repeat(5_000_000); // a valid id
    const cut = `"${'a'.repeat(40)}…"`;
    const d = malleable();
    const at = d.beats[0].characters.length;
    d.characters.push({ ...d.characters[0], id: long }, { ...d.characters[1], id: long });
    d.beats[0].characters.push(`${long}-x`, long, long);
    d.beats[1].episode = `e${long}`;
    d.beats[2].threads.push(`${'x'.repeat(100)}\u0000\n`);
    d.beats[3][`${long}\u0007`] = 1;
    d.beats[4]['a\nb'] = 1;
    d.relationships[0].characters = [long, long];
    d.relationships[1].asOf = long;
    d.episodes[0].finale = 'season\u0000';
    // Whole characters: an emoji is two UTF-16 units, and the 40th unit starts the 15th one.
    d.series[0].url = `javascript:${'😀'.repeat(50)}`;
    const lines = thrownMessage(() => validateDataset(d, 'backstage.json')).split('\n');
    for (const line of lines) expect(line.length, line.slice(0, 300)).to.be.below(200);
    const allowed = 'allowed: id, episode, summary, characters, inferredCharacters, groups, threads, quote';
    expect(lines).to.include.members([
      `backstage.json: characters[18].id: duplicate character id ${cut} (first used at characters[17])`,
      `backstage.json: series[0].url: expected an http(s) or relative URL, got "javascript:${'😀'.repeat(15)}…"`,
      'backstage.json: episodes[0].finale: expected one of "season", "series", got "season\\u{0}"',
      `backstage.json: beats[0].characters[${at}]: unknown character ${cut}`,
      `backstage.json: beats[0].characters[${at + 2}]: ${cut} is listed twice`,
      `backstage.json: beats[1].episode: unknown episode "e${'a'.repeat(39)}…"`,
      `backstage.json: beats[2].threads[1]: expected an id (lowercase letters, digits and single hyphens), got "${'x'.repeat(40)}…"`,
      `backstage.json: beats[3].${'a'.repeat(40)}…: unexpected property (${allowed})`,
      `backstage.json: beats[4].a\\u{a}b: unexpected property (${allowed})`,
      `backstage.json: relationships[0].characters: a relationship needs two different characters, got ${cut} twice`,
      `backstage.json: relationships[1].asOf: unknown episode ${cut}`,
    ]);
    // Any value, even one a template literal cannot hold.
    const symbol = Symbol('s');
    expect(problemsAfter((data) => (data.beats[0].characters = [symbol, symbol])).split('\n')).to.deep.equal([
      'backstage.json: beats[0].characters[0]: expected an id (lowercase letters, digits and single hyphens), got symbol Symbol(s)',
      'backstage.json: beats[0].characters[1]: expected an id (lowercase letters, digits and single hyphens), got symbol Symbol(s)',
      'backstage.json: beats[0].characters[1]: symbol Symbol(s) is listed twice',
    ]);
  });

  it('is re-entrant: a getter that validates other data mid-run changes neither run', () => {
    /** Another valid dataset (its own series), and one with a problem of its own. */
    const other = (broken = false) => {
      const d = malleable();
      d.series[0].id = 'other';
      d.episodes[0].series = 'other';
      if (broken) d.beats[1].characters = ['inner-ghost'];
      return d;
    };
    const inner: string[] = [];
    /** `data` with a getter for `key` of `record` that validates other data, valid and not, on each read. */
    const reentrant = (data: any, record: any, key: string) => {
      const value = record[key];
      Object.defineProperty(record, key, {
        enumerable: true,
        get() {
          validateDataset(other(), 'inner.json');
          inner.push(thrownMessage(() => validateDataset(other(true), 'inner.json')));
          return value;
        },
      });
      return data;
    };
    // Problems before the getter, after it in the same record and after it in the document.
    let data = malleable();
    data.episodes[0].title = '';
    data.relationships[12].bogus = 'not allowed';
    data.relationships[13].kind = 'enemies';
    reentrant(data, data.relationships[12], 'summary');
    expect(thrownMessage(() => validateDataset(data, 'outer.json')).split('\n')).to.deep.equal([
      'outer.json: episodes[0].title: expected text with a visible character, got ""',
      'outer.json: relationships[12].bogus: unexpected property (allowed: characters, kind, summary, asOf, inferred, reason)',
      'outer.json: relationships[13].kind: expected one of "romance", "former-romance", "attraction", "friendship", "family", "work", "rivalry", "support", got "enemies"',
    ]);
    // A getter read twice (the inference check reads "reason" again), before an unexpected property.
    data = malleable();
    data.relationships[13].inferred = true;
    data.relationships[13].reason = 'Because.';
    data.relationships[13].bogus = 'not allowed';
    reentrant(data, data.relationships[13], 'reason');
    expect(thrownMessage(() => validateDataset(data, 'outer.json'))).to.equal(
      'outer.json: relationships[13].bogus: unexpected property (allowed: characters, kind, summary, asOf, inferred, reason)',
    );
    // A getter in the first record, before any reference is checked: valid data stays valid.
    data = malleable();
    reentrant(data, data.episodes[0], 'title');
    expect(validateDataset(data, 'outer.json')).to.equal(data);
    // Each inner run reported its own problem only, whatever the outer run had found by then.
    expect(inner.length).to.be.greaterThan(0);
    for (const message of inner) expect(message).to.equal('inner.json: beats[1].characters[0]: unknown character "inner-ghost"');
  });

  it('keeps long lists of problems readable', () => {
    const data = malleable();
    data.beats.forEach((b: any) => (b.summary = ''));
    data.characters.forEach((c: any) => (c.description = 42));
    const error = (() => {
      try {
        validateDataset(data, 'big.json');
      } catch (e) {
        return e as DatasetError;
      }
      throw new Error('expected an error');
    })();
    expect(error.issues).to.have.length(35 + 17);
    expect(error.message.split('\n')).to.have.length(51);
    expect(error.message).to.match(/… and 2 more problems$/);
  });
});
