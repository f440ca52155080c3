import { expect } from '@open-wc/testing';
import { Catalog, catalog, register } from '../../src/data/index.js';
import type { Kind } from '../../src/data/index.js';
import { backstage, makeSeries, thrownMessage } from '../helpers.js';

const ids = (records: { id: string }[]) => records.map((r) => r.id);

describe('catalog: the bundled Backstage data', () => {
  it('holds the series and the season-one finale', () => {
    expect(catalog.series('backstage')?.title).to.equal('Backstage');
    const episode = catalog.episode('s1e30')!;
    expect(episode).to.include({ series: 'backstage', season: 1, number: 30, title: 'We', finale: 'season' });
    expect(episode.setting).to.equal("Keaton's open house");
  });

  it('has every person the summary names or shows acting, with the expected ids', () => {
    const named = [
      'miles',
      'alya',
      'julie',
      'bianca',
      'scarlett',
      'jax',
      'kit',
      'carly',
      'vanessa',
      'francesco-gilles',
      'helsweel',
      'denzel',
      'jenna',
      'sasha',
      'durani',
    ];
    for (const id of named) expect(catalog.character(id), id).to.exist;
    expect(catalog.character('bianca-agent')).to.include({ name: "Bianca's agent", unnamed: true });
    expect(catalog.character('kit-biological-parents')).to.include({ unnamed: true });
    expect(catalog.charactersIn('s1e30')).to.have.length(named.length + 2);
  });

  it('keeps aliases, marking the inferred one with its reason', () => {
    expect(catalog.character('jax')!.aliases).to.deep.equal([{ name: 'Jaxon' }]);
    const [diamond] = catalog.character('kit')!.aliases!;
    expect(diamond.name).to.equal('DJ Diamond Mind');
    expect(diamond.inferred).to.equal(true);
    expect(diamond.reason).to.match(/poster/);
  });

  it('answers group queries from both sides', () => {
    expect(ids(catalog.membersOf('the-primas'))).to.deep.equal(['carly']);
    expect(ids(catalog.membersOf('the-streets'))).to.deep.equal(['vanessa']);
    const [boheme] = catalog.groupsOf('alya');
    expect(boheme.group.name).to.equal('Da Boheme');
    expect(boheme.status).to.equal('former');
    expect(catalog.groupsOf('carly')[0]).to.include({ inferred: true, status: 'member' });
    expect(catalog.groupsOf('nobody')).to.deep.equal([]);
  });

  it('lists the episode in story order: beats, storylines and cast', () => {
    const beats = catalog.beatsIn('s1e30');
    expect(beats).to.have.length(35);
    expect(beats[0].id).to.equal('s1e30-b01');
    expect(beats.at(-1)!.quote?.text).to.equal('SECRETS HAVE A WAY OF GETTING OUT');
    expect(beats.map((b) => catalog.beatPosition(b.id))).to.deep.equal(beats.map((_, i) => ({ number: i + 1, of: 35 })));
    expect(ids(catalog.threadsIn('s1e30'))).to.deep.equal([
      'miles-and-alya',
      'scarletts-voice',
      'biancas-film-role',
      'jax-and-bianca',
      'kit-and-jax-on-tour',
      'the-scouts-slot',
      'carly-and-vanessa',
      'kits-letter',
      'denzels-plan',
      'jenna-and-sasha',
      'the-sprinkler-secret',
    ]);
    expect(ids(catalog.charactersIn('s1e30')).slice(0, 3)).to.deep.equal(['miles', 'bianca', 'scarlett']);
  });

  it('gives every storyline a status, an outcome and beats that name it back', () => {
    for (const thread of catalog.threadsIn('s1e30')) {
      expect(['resolved', 'ongoing', 'cliffhanger']).to.include(thread.status);
      for (const beatId of thread.beats) expect(catalog.beat(beatId)!.threads).to.include(thread.id);
    }
    expect(catalog.thread('the-sprinkler-secret')!.status).to.equal('cliffhanger');
  });

  it("answers a character's storylines, beats and relationships", () => {
    expect(ids(catalog.threadsOf('kit'))).to.deep.equal(['scarletts-voice', 'kit-and-jax-on-tour', 'kits-letter', 'denzels-plan']);
    // Kit acts in b26 and b30 only as DJ Diamond Mind, an inference.
    expect(ids(catalog.beatsOf('kit'))).to.include.members(['s1e30-b07', 's1e30-b26', 's1e30-b30']);
    const miles = catalog.relationshipsOf('miles', 's1e30');
    expect(miles.map((r) => r.characters.find((c) => c !== 'miles'))).to.deep.equal(['alya', 'julie', 'bianca']);
    expect(miles[0].kind).to.equal('former-romance');
    expect(catalog.relationshipsOf('miles', 's1e29')).to.deep.equal([]);
  });

  it('returns undefined or empty lists for unknown ids', () => {
    expect(catalog.episode('s1e99')).to.equal(undefined);
    expect(catalog.character('')).to.equal(undefined);
    expect(catalog.thread('nope')).to.equal(undefined);
    expect(catalog.beatsIn('s1e99')).to.deep.equal([]);
    expect(catalog.beatPosition('s1e30-b99')).to.equal(undefined);
    expect(catalog.threadsOf('nobody')).to.deep.equal([]);
  });
});

describe('catalog: registering another series', () => {
  it('adds a valid dataset, answers queries for it and announces the change', async () => {
    const { dataset, ids: fixture } = makeSeries();
    let changes = 0;
    catalog.addEventListener('change', () => changes++, { once: true });
    register(dataset, 'fixture.json');
    expect(changes).to.equal(1);
    expect(catalog.episode(fixture.episode)?.title).to.equal('Text for episode title');
    expect(catalog.series(fixture.series)?.title).to.equal('Text for series title');
    expect(catalog.charactersIn(fixture.episode)).to.have.length(3);
    expect(catalog.episode('s1e30')?.title).to.equal('We');
  });

  it('leaves the catalog untouched when a dataset is malformed', () => {
    const fresh = new Catalog();
    fresh.register(backstage(), 'backstage.json');
    const { dataset, ids: fixture } = makeSeries();
    dataset.beats[1].threads = ['no-such-thread'];
    const message = thrownMessage(() => fresh.register(dataset, 'broken.json'));
    expect(message).to.include('broken.json: beats[1].threads[0]: unknown thread "no-such-thread"');
    expect(fresh.episode(fixture.episode)).to.equal(undefined);
    expect(fresh.character(dataset.characters[0].id)).to.equal(undefined);
    expect(fresh.ids('episodes')).to.deep.equal(['s1e30']);
  });
});

describe('catalog: registered data cannot change', () => {
  it('keeps a frozen copy: later changes to the registered object do not reach it', () => {
    const fresh = new Catalog();
    const { dataset, ids: fixture } = makeSeries();
    const registered = fresh.register(dataset, 'fixture.json');
    expect(registered).not.to.equal(dataset);
    expect(registered).to.deep.equal(dataset);
    // The caller's object stays theirs to change; the catalog does not see it.
    dataset.episodes[0].title = 'Changed';
    dataset.beats.pop();
    dataset.beats[0].characters.push('nobody');
    dataset.characters[0].aliases![0].name = 'Someone else';
    expect(Object.isFrozen(dataset.episodes[0])).to.equal(false);
    expect(fresh.episode(fixture.episode)!.title).to.equal('Text for episode title');
    expect(fresh.beatsIn(fixture.episode)).to.have.length(4);
    expect(fresh.beatsIn(fixture.episode)[0].characters).to.deep.equal([dataset.characters[0].id]);
    expect(fresh.character(dataset.characters[0].id)!.aliases![0].name).to.equal('Text for character 0 alias');
  });

  it('freezes every registered record, list and value holder, the bundled ones too', () => {
    const fresh = new Catalog();
    const { dataset, ids: fixture } = makeSeries();
    fresh.register(dataset, 'fixture.json');
    const episode = fresh.episode(fixture.episode)!;
    const beat = fresh.beatsIn(fixture.episode)[0];
    // Modules are strict: a write to a frozen object throws.
    expect(() => ((episode as { title: string }).title = 'Changed')).to.throw(TypeError);
    expect(() => beat.characters.push('nobody')).to.throw(TypeError);
    expect(() => ((beat.quote as { text: string }).text = '')).to.throw(TypeError);
    expect(() => (fresh.dataset(fixture.series)!.series as unknown[]).push({})).to.throw(TypeError);
    expect(episode.title).to.equal('Text for episode title');
    for (const record of [
      catalog.character('kit')!,
      catalog.character('kit')!.aliases!,
      catalog.character('kit')!.aliases![0],
      catalog.thread('kits-letter')!.beats,
      catalog.series('backstage')!,
    ]) {
      expect(Object.isFrozen(record)).to.equal(true);
    }
  });
});

describe('catalog: register() reads the data once', () => {
  it('keeps what it validated: a getter or a Proxy cannot answer the checks one thing and the copy another', () => {
    const fresh = new Catalog();
    const dataset: any = backstage();
    let reads = 0;
    Object.defineProperty(dataset.series[0], 'url', { enumerable: true, get: () => (++reads === 1 ? 'https://ok.example/' : 'javascript:alert(1)') });
    const name = dataset.characters[0].name;
    let names = 0;
    dataset.characters[0] = new Proxy(dataset.characters[0], { get: (target, key) => (key === 'name' && ++names > 1 ? 42 : target[key]) });
    const registered = fresh.register(dataset, 'tricky.json');
    expect(registered.series[0].url).to.equal('https://ok.example/');
    expect(fresh.series('backstage')!.url).to.equal('https://ok.example/');
    expect(registered.characters[0].name).to.equal(name);
    expect([reads, names]).to.deep.equal([1, 1]);
    // Every property of every record, list and value holder is read exactly once.
    const counts = new Map<string, number>();
    const counted = (value: any, path: string): any =>
      value && typeof value === 'object'
        ? new Proxy(value, {
            get(target, key) {
              if (typeof key === 'string') counts.set(`${path}.${key}`, (counts.get(`${path}.${key}`) ?? 0) + 1);
              return counted(target[key], `${path}.${String(key)}`);
            },
          })
        : value;
    const data = backstage();
    data.series[0].id = 'counted';
    data.episodes[0].series = 'counted';
    new Catalog().register(counted(data, ''), 'counted.json');
    const twice = [...counts].filter(([, n]) => n > 1);
    expect(twice, 'read more than once').to.deep.equal([]);
    expect(counts.get('.beats.34.quote.text')).to.equal(1);
  });

  it('copies only plain data: no prototype from "__proto__", any depth, cycles and shared branches', () => {
    const fresh = new Catalog();
    const proto = backstage();
    (proto.characters[0] as any) = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(proto.characters[0]).slice(1)}`);
    expect(thrownMessage(() => fresh.register(proto, 'proto.json'))).to.equal(
      'proto.json: characters[0].__proto__: unexpected property (allowed: id, name, unnamed, role, aliases, groups, description)',
    );
    expect(({} as any).polluted).to.equal(undefined);
    // 100,000 nested lists where a string belongs: reported, not a stack overflow.
    const deep = backstage() as any;
    deep.series[0].title = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(thrownMessage(() => fresh.register(deep, 'deep.json'))).to.equal('deep.json: series[0].title: expected text with a visible character, got an array');
    // A record that contains itself, and a relationship kind that does.
    const cyclic = backstage() as any;
    cyclic.beats[0].quote = cyclic.beats[0];
    cyclic.relationships[0].kind = cyclic.relationships[0];
    expect(thrownMessage(() => fresh.register(cyclic, 'cyclic.json')).split('\n')).to.deep.equal([
      'cyclic.json: beats[0].quote: missing required property "text"',
      'cyclic.json: beats[0].quote: missing required property "medium"',
      ...['id', 'episode', 'summary', 'characters', 'threads', 'quote'].map(
        (key) => `cyclic.json: beats[0].quote.${key}: unexpected property (allowed: text, medium)`,
      ),
      'cyclic.json: relationships[0].kind: expected one of "romance", "former-romance", "attraction", "friendship", "family", "work", "rivalry", "support", got an object',
    ]);
    // 2^40 paths through 40 shared lists: each list copied once.
    let shared: unknown = [];
    for (let i = 0; i < 40; i++) shared = [shared, shared];
    const wide = backstage() as any;
    wide.episodes[0].setting = shared;
    expect(thrownMessage(() => fresh.register(wide, 'wide.json'))).to.equal(
      'wide.json: episodes[0].setting: expected text with a visible character, got an array',
    );
    expect(fresh.datasets).to.have.length(0);
  });
});

describe('catalog: load()', () => {
  it('takes any rejection for a failure, a falsy one too: kept among the failures, and the next load fetches again', async () => {
    const src = `/__data/harbour-lights.json?${Math.random().toString(36).slice(2)}`;
    for (const reason of [undefined, 0, '']) {
      const fresh = new Catalog();
      const { timeout } = AbortSignal;
      AbortSignal.timeout = () => {
        throw reason; // as a page's own script might, or an engine's failure
      };
      const failed = await fresh.load(src).then(
        () => 'loaded',
        (error: Error) => error.message,
      );
      AbortSignal.timeout = timeout;
      expect(failed, String(reason)).to.equal(`${src}: ${String(reason)}`);
      expect(fresh.loading).to.equal(false);
      expect(fresh.loadFailures()).to.deep.equal([{ source: src, message: failed }]);
      await fresh.load(src);
      expect(fresh.series('harbour-lights')?.title, String(reason)).to.equal('Harbour Lights');
      expect(fresh.loadFailures()).to.deep.equal([]);
    }
  });
});

describe('catalog: kinds', () => {
  it('names the kinds when asked for one that is not, never reaching an object prototype', () => {
    const fresh = new Catalog();
    const empty = new Catalog();
    fresh.register(backstage(), 'backstage.json');
    const data = fresh.dataset('backstage')!;
    const message = 'unknown kind "%" (kinds: series, episodes, characters, groups, threads, beats)';
    for (const kind of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'episode', '']) {
      const calls: [string, () => unknown][] = [
        ['ids', () => fresh.ids(kind as Kind)],
        ['ids of an empty catalog', () => empty.ids(kind as Kind)],
        ['ids in a series', () => fresh.ids(kind as Kind, 'backstage')],
        ['resolve', () => fresh.resolve(kind as Kind, 's1e30')],
        ['resolve in a series', () => fresh.resolve(kind as Kind, 's1e30', 'backstage')],
        ['datasetOf', () => fresh.datasetOf(kind as Kind, 's1e30')],
        ['DatasetIndex.get', () => data.get(kind as Kind, 's1e30')],
        ['DatasetIndex.ids', () => data.ids(kind as Kind)],
      ];
      for (const [name, call] of calls) {
        let error: unknown;
        try {
          call();
        } catch (e) {
          error = e;
        }
        expect(error, `${name}("${kind}")`).to.be.instanceOf(Error).and.not.to.be.instanceOf(TypeError);
        expect((error as Error).message, `${name}("${kind}")`).to.equal(message.replace('%', kind));
      }
    }
    expect(fresh.ids('series')).to.deep.equal(['backstage']);
  });
});
