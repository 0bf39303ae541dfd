import { describe, expect, it } from 'vitest';
import type {
  Article,
  BuiltCorpus,
  PeopleRegistry,
  PersonEntry,
  PersonStats,
  Quote,
} from '../protocol/types';
import {
  articlesNeeded,
  buildSearchIndex,
  indexToJSON,
  loadSearchBase,
  loadSearchIndex,
  loadSearchShard,
  planSearch,
  presentSearch,
  search,
  searchIndexParts,
  shardArticles,
  withArticles,
  withShard,
} from './search-index';
import type { SearchHit } from './search-types';

function person(
  id: string,
  tr: string,
  en: string,
  aliases: Record<string, string[]>,
  role: string,
): PersonEntry {
  return {
    id,
    names: { tr, en },
    aliases,
    ambiguous: [],
    notThisPerson: [],
    description: { tr: role, en: `${role} (en)` },
  };
}

const REGISTRY: PeopleRegistry = {
  version: 1,
  people: [
    person(
      'recep-tayyip-erdogan',
      'Recep Tayyip Erdoğan',
      'Recep Tayyip Erdogan',
      { tr: ['Recep Tayyip Erdoğan', 'Erdoğan'], en: ['Recep Tayyip Erdogan', 'Erdogan'], ru: ['Эрдоган'] },
      'Türkiye Cumhurbaşkanı',
    ),
    person(
      'ali-khamenei',
      'Ali Hamaney',
      'Ali Khamenei',
      { tr: ['Ali Hamaney', 'Hamaney'], en: ['Ali Khamenei', 'Khamenei'], ru: ['Али Хаменеи', 'Хаменеи'] },
      'İran Dini Lideri',
    ),
    person(
      'kim-jong-un',
      'Kim Jong Un',
      'Kim Jong Un',
      { tr: ['Kim Jong Un', 'Kim Jong-un'], en: ['Kim Jong Un'], ko: ['김정은'] },
      'Kuzey Kore lideri',
    ),
    person(
      'kim-yo-jong',
      'Kim Yo Jong',
      'Kim Yo Jong',
      { tr: ['Kim Yo Jong', 'Kim Yo-jong'] },
      'Kim Jong Un’un kız kardeşi',
    ),
    person(
      'vladimir-putin',
      'Vladimir Putin',
      'Vladimir Putin',
      { tr: ['Vladimir Putin', 'Putin'], en: ['Vladimir Putin', 'Putin'], ru: ['Владимир Путин', 'Путин'] },
      'Rusya Devlet Başkanı',
    ),
  ],
};

function quote(text: string, speakerId: string | null, speakerName: string | null, paragraph = 0): Quote {
  return { text, speakerId, speakerName, fragment: false, paragraph };
}

function article(id: string, title: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  return {
    id,
    title,
    date: '2024-05-01',
    category: null,
    source: null,
    wire: null,
    dateline: null,
    subtitle: null,
    captions: [],
    headings: [],
    paragraphs,
    quotes: [],
    roles: [],
    file: 'test.txt',
    ...extra,
  };
}

const ARTICLES: Article[] = [
  article(
    'erdogan-nato',
    'Erdoğan NATO zirvesinde İsveç’in üyeliğini değerlendirdi',
    [
      'Cumhurbaşkanı Recep Tayyip Erdoğan, Vilnius’taki NATO zirvesinde gazetecilerin sorularını yanıtladı.',
      'Erdoğan’ın açıklamaları, ittifak içindeki tartışmaları yeniden alevlendirdi.',
    ],
    {
      subtitle: 'Türkiye’nin onayı, İsveç parlamentosundaki düzenlemeye bağlı',
      quotes: [
        quote(
          'İsveç’in terörle mücadele konusundaki adımlarını yakından izliyoruz',
          'recep-tayyip-erdogan',
          'Erdoğan',
          0,
        ),
      ],
    },
  ),
  article(
    'iran-hamaney-secim',
    'İran’da seçim öncesi tartışmalı açıklama',
    [
      'İran Dini Lideri Ali Hamaney, Tahran’da düzenlenen törende seçime katılımın önemine değindi.',
      'Hamaney’in sözleri devlet televizyonunda canlı yayımlandı.',
    ],
    {
      captions: [{ text: 'Hamaney, Tahran’da kalabalığa seslendi', credit: 'EPA' }],
      quotes: [
        quote('Sandığa gitmek dini bir görevdir', 'ali-khamenei', 'Hamaney', 0),
        quote('Düşmanlarımız seçime katılımın düşük olmasını istiyor', 'ali-khamenei', 'Hamaney', 1),
        quote('Seçim günü herkes sandığa gitmeli', 'ali-khamenei', 'Hamaney', 1),
        quote('Seçime katılım bir zaferdir', 'ali-khamenei', 'Hamaney', 1),
      ],
    },
  ),
  article('kore-fuzeler', 'Kuzey Kore yeni füze denemesi yaptı', [
    'Kuzey Kore lideri Kim Jong-un, yeni balistik füze denemesini yerinde izledi.',
    'Kim Yo-jong ise Güney Kore’ye yönelik sert bir açıklama yaptı.',
  ]),
  article('kremlin-toplanti', 'Kremlin’de güvenlik toplantısı', [
    'Kremlin lideri dün Güvenlik Konseyi üyeleriyle bir araya geldi.',
    'Toplantıda enerji ihracatı ve yaptırımlar ele alındı.',
  ]),
  article('ekonomi-enflasyon', 'Enflasyon beklentileri geriledi', [
    'Merkez Bankası’nın anketine göre piyasa katılımcılarının enflasyon beklentisi geriledi.',
    'Ekonomistler, bakanların açıklamalarının da beklentileri etkilediğini belirtti.',
  ]),
  article('bakan-ziyaret', 'Dışişleri Bakanı Ankara’da mevkidaşıyla görüştü', [
    'Bakan, görüşmenin ardından ortak basın toplantısı düzenledi ve ticaret hacminin artırılacağını söyledi.',
    'Dışişleri Bakanlığı’ndan yapılan yazılı açıklamada, iki ülke arasındaki işbirliğinin süreceği belirtildi.',
  ]),
  article('nato-genel', 'NATO ittifakında yeni dönem', [
    'İttifakın genel sekreteri, üye ülkelerin savunma harcamalarını artırması gerektiğini söyledi. NATO ülkeleri zirvede uzlaştı.',
  ]),
];

function stats(id: string, articles: [string, number][], role?: string): PersonStats {
  return {
    id,
    roles: role ? [{ role, articleIds: articles.map(([a]) => a) }] : [],
    articles: articles.map(([articleId, count]) => ({ articleId, count })),
    quotes: [],
    coMentions: [],
  };
}

/** Stats as the corpus build computes them; `kremlin-toplanti` names Putin only by his role. */
const STATS: PersonStats[] = [
  stats('recep-tayyip-erdogan', [['erdogan-nato', 2]]),
  stats('ali-khamenei', [['iran-hamaney-secim', 3]]),
  stats('kim-jong-un', [['kore-fuzeler', 1]]),
  stats('kim-yo-jong', [['kore-fuzeler', 1]]),
  stats('vladimir-putin', [['kremlin-toplanti', 1]], 'Kremlin lideri'),
];

const CORPUS: BuiltCorpus = { articles: ARTICLES, registry: REGISTRY, stats: STATS };
const INDEX = buildSearchIndex(CORPUS);

function ids(hits: SearchHit[]): string[] {
  return hits.map((h) => `${h.kind}:${h.id}`);
}

function marked(hit: SearchHit | undefined): string[] {
  return (hit?.snippet ?? []).filter((p) => p.mark).map((p) => p.text);
}

describe('search: people', () => {
  it('puts the person the query names first', () => {
    const { hits } = search(INDEX, 'erdoğan');
    expect(ids(hits)[0]).toBe('person:recep-tayyip-erdogan');
    expect(ids(hits)).toContain('article:erdogan-nato');
  });

  it('names only the person matching most of the query: `kim jong un` is not Kim Yo Jong', () => {
    const { hits } = search(INDEX, 'kim jong un');
    expect(ids(hits)[0]).toBe('person:kim-jong-un');
    expect(ids(hits)[1]).toBe('article:kore-fuzeler');
    // Kim Yo Jong matched `kim` and `jong` only: listed, but after the articles.
    expect(ids(hits).indexOf('person:kim-yo-jong')).toBeGreaterThan(
      ids(hits).indexOf('article:kore-fuzeler'),
    );
  });

  it('lists every person sharing the one word typed', () => {
    const { hits } = search(INDEX, 'kim');
    expect(ids(hits).slice(0, 2).sort()).toEqual(['person:kim-jong-un', 'person:kim-yo-jong']);
  });

  it('shows no person when the query names none', () => {
    const { hits } = search(INDEX, 'enflasyon');
    expect(hits.some((h) => h.kind === 'person')).toBe(false);
  });

  it('gives the person hit its display name in the UI language, role and the alias that matched', () => {
    const tr = search(INDEX, 'khamenei').hits[0];
    expect(tr).toMatchObject({
      kind: 'person',
      id: 'ali-khamenei',
      title: 'Ali Hamaney',
      personId: 'ali-khamenei',
      articleId: null,
    });
    expect(tr?.snippet.map((p) => p.text).join('')).toBe('Ali Khamenei · İran Dini Lideri');
    expect(marked(tr)).toEqual(['Khamenei']);
    const en = search(INDEX, 'hamaney', { lang: 'en' }).hits[0];
    expect(en).toMatchObject({ kind: 'person', title: 'Ali Khamenei' });
    expect(en?.snippet.map((p) => p.text).join('')).toContain('İran Dini Lideri (en)');
  });

  it('prefers the role the corpus states in Turkish', () => {
    const hit = search(INDEX, 'putin').hits[0];
    expect(hit?.snippet.map((p) => p.text).join('')).toBe('Kremlin lideri');
  });
});

describe('search: aliases find the articles that mention a person', () => {
  it.each([
    ['khamenei', 'iran-hamaney-secim'],
    ['Хаменеи', 'iran-hamaney-secim'],
    ['erdogan', 'erdogan-nato'],
    ['Эрдоган', 'erdogan-nato'],
    // Stats, not the text, say who is mentioned: this article calls Putin "Kremlin lideri".
    ['putin', 'kremlin-toplanti'],
  ])('%s → %s', (query, articleId) => {
    const { hits } = search(INDEX, query);
    expect(hits.filter((h) => h.kind === 'article').map((h) => h.id)).toContain(articleId);
  });

  it('marks the name as the article writes it when the alias matched', () => {
    const hit = search(INDEX, 'khamenei').hits.find((h) => h.kind === 'article');
    expect(marked(hit).join(' ')).toMatch(/Hamaney/u);
  });

  it("finds an article by a person's alias in another script", () => {
    const hits = search(INDEX, '김정은').hits;
    expect(ids(hits)).toEqual(['person:kim-jong-un', 'article:kore-fuzeler']);
  });

  it('detects mentions with a whole-word alias scan when the corpus has no stats', () => {
    const noStats = buildSearchIndex({ ...CORPUS, stats: [] });
    expect(ids(search(noStats, 'Эрдоган').hits)).toEqual([
      'person:recep-tayyip-erdogan',
      'article:erdogan-nato',
      'quote:erdogan-nato#0',
    ]);
    // Without stats nothing says that "Kremlin lideri" is Putin.
    expect(ids(search(noStats, 'Путин').hits)).toEqual(['person:vladimir-putin']);
  });
});

describe('search: articles and quotes', () => {
  it('ranks an article with the word in its title above one with it in the body', () => {
    const articles = search(INDEX, 'nato').hits.filter((h) => h.kind === 'article');
    expect(
      articles
        .map((h) => h.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['erdogan-nato', 'nato-genel']);
    const enflasyon = search(INDEX, 'beklentileri').hits.filter((h) => h.kind === 'article');
    expect(enflasyon[0]?.id).toBe('ekonomi-enflasyon');
  });

  it('interleaves quotes with articles, at most two quotes per article', () => {
    const { hits } = search(INDEX, 'seçim');
    const quotes = hits.filter((h) => h.kind === 'quote');
    expect(quotes.length).toBe(2);
    expect(hits.some((h) => h.kind === 'article' && h.id === 'iran-hamaney-secim')).toBe(true);
  });

  it("describes a quote hit by its speaker (display name, not the article's words) and article", () => {
    const hit = search(INDEX, 'sandığa gitmek').hits.find((h) => h.kind === 'quote');
    expect(hit).toMatchObject({
      kind: 'quote',
      id: 'iran-hamaney-secim#0',
      title: 'Ali Hamaney',
      articleId: 'iran-hamaney-secim',
      personId: 'ali-khamenei',
      date: '2024-05-01',
    });
    expect(marked(hit)).toEqual(['Sandığa', 'gitmek']);
  });

  it('names a quote by the person it was resolved to when the article gave a role alone', () => {
    const resolved = article(
      'kore-lider',
      'Pyongyang’da tören',
      ['Törende konuşan Kuzey Kore lideri sözlerine devam etti.'],
      {
        quotes: [
          { ...quote('Barış içinde güçlü olacağız', null, 'Kuzey Kore lideri'), personId: 'kim-jong-un' },
        ],
      },
    );
    const index = buildSearchIndex({ ...CORPUS, articles: [...CORPUS.articles, resolved] });
    const hit = search(index, 'barış içinde güçlü').hits.find((h) => h.kind === 'quote');
    expect(hit).toMatchObject({ title: 'Kim Jong Un', personId: 'kim-jong-un', articleId: 'kore-lider' });
  });

  it('describes an article hit by its title and date, with a marked snippet', () => {
    const hit = search(INDEX, 'füze').hits[0];
    expect(hit).toMatchObject({
      kind: 'article',
      id: 'kore-fuzeler',
      title: 'Kuzey Kore yeni füze denemesi yaptı',
      articleId: 'kore-fuzeler',
      personId: null,
    });
    expect(marked(hit)).toEqual(['füze']);
  });

  it('never lists the same hit twice and respects the limit', () => {
    const { hits } = search(INDEX, 'kore kim jong un nato erdoğan hamaney', { limit: 5 });
    expect(hits.length).toBe(5);
    expect(new Set(ids(hits)).size).toBe(5);
  });

  it('scores in descending order within articles and quotes', () => {
    const rest = search(INDEX, 'seçim').hits.filter((h) => h.kind !== 'person');
    const scores = rest.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('search: matching', () => {
  it.each([
    // Prefix while typing.
    ['erdo', 'erdogan-nato'],
    ['hama', 'iran-hamaney-secim'],
    // Case, diacritics and apostrophe suffixes.
    ['ERDOĞAN', 'erdogan-nato'],
    ['erdogan', 'erdogan-nato'],
    ["Hamaney'in", 'iran-hamaney-secim'],
    ['İSVEÇ', 'erdogan-nato'],
    ['isvec', 'erdogan-nato'],
    // Fuzzy for longer unknown words.
    ['enflasyom', 'ekonomi-enflasyon'],
    // A final k/p/t softens before a suffix: `bakanlık` → `Bakanlığı’ndan`.
    ['bakanlık', 'bakan-ziyaret'],
    // An unknown inflected word falls back to its stem.
    ['bakanlarından', 'bakan-ziyaret'],
    ['füzelerin', 'kore-fuzeler'],
  ])('%s finds %s', (query, articleId) => {
    expect(search(INDEX, query).hits.map((h) => h.articleId)).toContain(articleId);
  });

  it.each(['', '   ', 've', 'bir ve bu', 'the of', '?!'])(
    '%j finds nothing and suggests nothing',
    (query) => {
      expect(search(INDEX, query)).toEqual({ hits: [], suggestion: null });
    },
  );

  it('marks the softened form and counts it as the word typed', () => {
    const hit = search(INDEX, 'dışişleri bakanlık').hits.find((h) => h.id === 'bakan-ziyaret');
    expect(marked(hit)).toEqual(['Dışişleri', 'Bakanlığı’ndan']);
  });

  it('does no prefix search on two letters', () => {
    expect(search(INDEX, 'er').hits).toEqual([]);
  });
});

describe('search: suggestion', () => {
  it.each([
    // No results: a correction within two edits.
    ['Erdoğna', 'Erdoğan'],
    ['hamanay', 'hamaney'],
    // Results by fuzzy match: still say what was meant.
    ['enflasyom', 'enflasyon'],
    // Other words stay as typed; the corrected one is written as the corpus writes it.
    ['Erdoğna NATO', 'Erdoğan NATO'],
  ])('%j → %j', (query, suggestion) => {
    expect(search(INDEX, query).suggestion).toBe(suggestion);
  });

  // Known words, prefixes, aliases, nonsense, and inflections of a known stem.
  it.each(['erdoğan', 'erdo', 'khamenei', 'xqzwvk', 'bakanlarından', 'İsvecin üyeliği'])(
    '%j: none',
    (query) => {
      expect(search(INDEX, query).suggestion).toBeNull();
    },
  );
});

/** Scores to 9 digits: summation order may differ after a round trip. */
function rounded(r: { hits: SearchHit[]; suggestion: string | null }) {
  return { ...r, hits: r.hits.map((h) => ({ ...h, score: h.score.toFixed(9) })) };
}

describe('indexToJSON / loadSearchIndex', () => {
  const json = indexToJSON(INDEX);

  it('gives the same results after a round trip', () => {
    const loaded = loadSearchIndex(json, CORPUS);
    for (const query of [
      'erdoğan',
      'khamenei',
      'kim jong un',
      'seçim',
      'hama',
      'enflasyom',
      'bakanlarından',
      'Erdoğna',
    ]) {
      expect(rounded(search(loaded, query))).toEqual(rounded(search(INDEX, query)));
    }
  });

  it('ranks without the articles, then reads only the ones it names', () => {
    const bare = loadSearchIndex(json);
    for (const query of ['erdoğan', 'khamenei', 'seçim', 'Erdoğna', 'enflasyom']) {
      const plan = planSearch(bare, query);
      const needed = articlesNeeded(bare, plan);
      const byId = new Map(ARTICLES.filter((a) => needed.includes(a.id)).map((a) => [a.id, a]));
      const read: string[] = [];
      const lookup = {
        get: (id: string) => {
          read.push(id);
          return byId.get(id);
        },
      };
      const result = presentSearch(withArticles(bare, lookup), plan);
      expect(rounded(result)).toEqual(rounded(search(INDEX, query)));
      expect(read.every((id) => needed.includes(id))).toBe(true);
    }
  });

  it('holds no document text', () => {
    expect(json).not.toContain('Güvenlik Konseyi');
    expect(json).not.toContain('sorularını yanıtladı');
  });

  it('skips hits whose document is not in the corpus given', () => {
    const smaller: BuiltCorpus = { ...CORPUS, articles: ARTICLES.filter((a) => a.id !== 'erdogan-nato') };
    const { hits } = search(loadSearchIndex(json, smaller), 'erdoğan');
    expect(ids(hits)).not.toContain('article:erdogan-nato');
    expect(ids(hits)[0]).toBe('person:recep-tayyip-erdogan');
  });

  it.each([
    ['not json', /search-index\.json: not valid JSON/u],
    ['[]', /search-index\.json: field "shards" is missing/u],
    ['{"base": {"version": 99}, "shards": []}', /search-index\.json: format version 99, expected 4/u],
    ['{"base": {"version": 3}, "shards": []}', /search-index\.json: format version 3, expected 4/u],
    ['{"base": {"version": 4}, "shards": []}', /search-index\.json: field "people" is missing/u],
    [
      '{"base": {"version": 4, "people": {"index": []}}, "shards": []}',
      /search-index\.json: field "context" is missing/u,
    ],
    [
      '{"base": {"version": 4, "people": {"index": []}, "context": {"people": [], "roles": null}}, "shards": []}',
      /search-index\.json: field "context" is missing or malformed/u,
    ],
    [
      `{"base": ${JSON.stringify(JSON.parse(json).base)}, "shards": [{"version": 4, "articles": {"index": []}}]}`,
      /search-index\.json, shard 0: field "quotes" is missing/u,
    ],
    [
      `{"base": ${JSON.stringify(JSON.parse(json).base)}, "shards": [{"version": 4, "articles": {"index": []}, "quotes": {"index": []}, "mentions": []}]}`,
      /search-index\.json, shard 0: field "mentions" is missing or malformed/u,
    ],
  ])('rejects %j with a clear error', (bad, message) => {
    expect(() => loadSearchIndex(bad, CORPUS)).toThrow(message);
  });
});

describe('shards: the newest articles answer first, older ones join as they load', () => {
  const dated = ARTICLES.map((a, i) => ({ ...a, date: `2024-05-${String(10 + i).padStart(2, '0')}` }));
  const corpus: BuiltCorpus = { ...CORPUS, articles: dated };
  const whole = buildSearchIndex(corpus);
  const sharded = buildSearchIndex(corpus, { firstShard: 1 });
  const parts = searchIndexParts(sharded);
  const byId = new Map(dated.map((a) => [a.id, a]));
  const QUERIES = ['erdoğan', 'khamenei', 'kim jong un', 'seçim', 'hama', 'enflasyom', 'Erdoğna', 'nato'];
  const hitSet = (r: { hits: SearchHit[] }) => ids(r.hits).sort();

  it('cuts the articles newest first into shards that double in size', () => {
    expect(shardArticles(dated, 1).map((shard) => shard.length)).toEqual([1, 2, 4]);
    const newest = [...dated].sort((a, b) => (a.date < b.date ? 1 : -1));
    expect(
      shardArticles(dated, 1)
        .flat()
        .map((a) => a.id),
    ).toEqual(newest.map((a) => a.id));
    expect(shardArticles([], 1)).toEqual([[]]);
    expect(parts.shards).toHaveLength(3);
  });

  it('finds what one index finds, people first, with the same suggestions', () => {
    for (const query of QUERIES) {
      const one = search(whole, query);
      const many = search(sharded, query);
      expect(hitSet(many), query).toEqual(hitSet(one));
      expect(many.suggestion, query).toBe(one.suggestion);
      expect(many.hits[0]?.kind, query).toBe(one.hits[0]?.kind);
    }
  });

  it('filters by person across shards (an article involves the people it mentions)', () => {
    const filters = { personId: 'vladimir-putin' };
    expect(hitSet(search(sharded, 'toplantı', { filters }))).toEqual(
      hitSet(search(whole, 'toplantı', { filters })),
    );
    expect(hitSet(search(sharded, 'toplantı', { filters }))).toContain('article:kremlin-toplanti');
  });

  it('answers from the people part alone, then from each shard as it is added', () => {
    let index = withArticles(loadSearchBase(parts.base), byId);
    expect(ids(search(index, 'erdoğan').hits)).toEqual(['person:recep-tayyip-erdogan']);
    const found: string[][] = [];
    for (const [i, shard] of parts.shards.entries()) {
      index = withShard(index, loadSearchShard(shard, `shard ${i}`));
      found.push(ids(search(index, 'erdoğan').hits));
    }
    // Each shard only adds: what an earlier answer showed is still there.
    for (let i = 1; i < found.length; i++)
      for (const id of found[i - 1] ?? []) expect(found[i]).toContain(id);
    expect([...(found.at(-1) ?? [])].sort()).toEqual(hitSet(search(whole, 'erdoğan')));
  });

  it('stops after the shard in which its time budget ran out, and says the plan is partial', () => {
    let clock = 0;
    // Every reading of the clock is 10 ms later: the budget of 5 ms is spent by the first shard.
    const budget = { ms: 5, now: () => (clock += 10) };
    const quick = planSearch(sharded, 'toplantı', { budget });
    expect(quick.partial).toBe(true);
    const newest = new Set(shardArticles(dated, 1)[0]?.map((a) => a.id));
    expect(quick.hits.filter((h) => h.kind !== 'person').every((h) => newest.has(h.articleId ?? ''))).toBe(
      true,
    );
    const ample = planSearch(sharded, 'toplantı', { budget: { ms: 1e9, now: () => (clock += 10) } });
    expect(ample.hits.some((h) => h.articleId !== null && !newest.has(h.articleId))).toBe(true);
    expect(ample.partial).toBe(false);
    expect(ample.hits.map((h) => h.id)).toEqual(planSearch(sharded, 'toplantı').hits.map((h) => h.id));
    expect(planSearch(sharded, 'toplantı').partial).toBe(false);
    // No correction is suggested for a keystroke: the full search when typing pauses does.
    expect(planSearch(sharded, 'Erdoğna').fixes.size).toBe(1);
    const quickFix = planSearch(sharded, 'Erdoğna', { budget: { ms: 1e9, now: () => 0 } });
    expect(quickFix.fixes.size).toBe(0);
    expect(quickFix.partial).toBe(true); // so the full search follows when typing pauses
  });

  it('does not start a shard it expects to end past the budget (each takes about twice the one before)', () => {
    // Clock readings: the start, before and after the newest shard (8 ms), before the next.
    const readings = [0, 0, 8, 9, 9, 9, 9, 9];
    const now = () => readings.shift() ?? 9;
    const plan = planSearch(sharded, 'toplantı', { budget: { ms: 20, now } });
    expect(plan.partial).toBe(true); // 9 ms spent, but the next shard should take ≈16 ms more
    const newest = new Set(shardArticles(dated, 1)[0]?.map((a) => a.id));
    expect(plan.hits.every((h) => h.articleId === null || newest.has(h.articleId))).toBe(true);
  });

  it('names the part in errors', () => {
    expect(() => loadSearchShard(parts.base, 'search-shard-002.txt')).toThrow(
      /search-shard-002\.txt: field "articles" is missing/u,
    );
    expect(() => loadSearchBase('{', 'search-base-000.txt')).toThrow(/search-base-000\.txt: not valid JSON/u);
  });
});

describe('queries people type in a hurry', () => {
  const choe = person(
    'choe-son-hui',
    'Choe Son Hui',
    'Choe Son Hui',
    { tr: ['Choe Son Hui', 'Choe Son-hui'], en: ['Choe Son Hui'] },
    'Kuzey Kore Dışişleri Bakanı',
  );
  const corpus: BuiltCorpus = {
    registry: { version: 1, people: [choe] },
    articles: [
      article('son-dakika-deprem', 'Son dakika: Ege’de deprem', [
        'Son dakika gelişmesine göre deprem Ege kıyılarında hissedildi.',
      ]),
      article('choe-moskova', 'Choe Son-hui Moskova’da', [
        'Kuzey Kore Dışişleri Bakanı Choe Son-hui, Moskova’da mevkidaşıyla görüştü.',
      ]),
    ],
    stats: [stats('choe-son-hui', [['choe-moskova', 1]])],
  };
  const index = buildSearchIndex(corpus);

  it('does not put a person first for a phrase they match only one word of', () => {
    const order = ids(search(index, 'son dakika').hits);
    expect(order[0]).toBe('article:son-dakika-deprem');
    expect(order.indexOf('person:choe-son-hui')).toBeGreaterThan(order.indexOf('article:son-dakika-deprem'));
  });

  it('still names the person for their own name, in full or in part', () => {
    expect(ids(search(index, 'choe son hui').hits)[0]).toBe('person:choe-son-hui');
    expect(ids(search(index, 'choe').hits)[0]).toBe('person:choe-son-hui');
  });

  it('reads run-together names as their words and suggests the spaced form', () => {
    const joined = search(INDEX, 'kimjong');
    expect(ids(joined.hits)).toContain('person:kim-jong-un');
    expect(joined.suggestion).toBe('kim jong');
    const full = search(INDEX, 'kimjongun');
    expect(ids(full.hits)[0]).toBe('person:kim-jong-un');
    expect(full.suggestion?.startsWith('kim jong')).toBe(true);
  });

  it('does not split a word that is not made of known words', () => {
    const { hits, suggestion } = search(INDEX, 'zqxkimwv');
    expect(hits).toEqual([]);
    expect(suggestion).toBeNull();
  });
});

describe('search with filters', () => {
  it('narrows to a kind and to one person', () => {
    const quotes = search(INDEX, 'hamaney', { filters: { kinds: ['quote'] } }).hits;
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((h) => h.kind === 'quote')).toBe(true);
    const kimOnly = search(INDEX, 'kore', { filters: { personId: 'kim-yo-jong' } }).hits;
    expect(ids(kimOnly)).toContain('article:kore-fuzeler');
    expect(kimOnly.every((h) => h.kind !== 'person' || h.id === 'kim-yo-jong')).toBe(true);
  });

  it('fills the limit with results that pass the filters', () => {
    const all = search(INDEX, 'hamaney', { limit: 50 }).hits.filter((h) => h.kind === 'quote');
    const limited = search(INDEX, 'hamaney', { limit: 2, filters: { kinds: ['quote'] } }).hits;
    expect(limited).toHaveLength(Math.min(2, all.length));
  });

  it('ranks many matches as a full sort would, and still finds the few that pass a filter', () => {
    // Forty articles match; the filter keeps the two oldest, ranked lowest (fewest mentions).
    const many = Array.from({ length: 40 }, (_, i) =>
      article(`haber-${i}`, `Haber ${i}`, [Array.from({ length: 40 - i }, () => 'liman').join(' ')], {
        date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    );
    const index = buildSearchIndex({ registry: { version: 1, people: [] }, articles: many, stats: [] });
    const top = search(index, 'liman', { limit: 5 }).hits;
    const all = search(index, 'liman', { limit: 40 }).hits;
    expect(ids(top)).toEqual(ids(all).slice(0, 5));
    expect(all).toHaveLength(40);
    const old = search(index, 'liman', { limit: 3, filters: { from: '2020-01-27', to: '2020-01-28' } }).hits;
    expect(ids(old).sort()).toEqual(['article:haber-26', 'article:haber-27']);
  });

  it('sorts by date, newest first, undated last; a date range keeps what overlaps it', () => {
    const corpus: BuiltCorpus = {
      registry: { version: 1, people: [] },
      articles: [
        article('eski', 'Deprem raporu', ['Deprem bölgesinde çalışmalar sürüyor, deprem uzmanları uyardı.'], {
          date: '2023-01-01',
        }),
        article('tarihsiz', 'Deprem tatbikatı', ['Okullarda deprem tatbikatı yapıldı.'], { date: null }),
        article('yeni', 'Deprem sonrası', ['Deprem sonrası yardımlar ulaştı.'], { date: '2024-11' }),
      ],
      stats: [],
    };
    const index = buildSearchIndex(corpus);
    expect(ids(search(index, 'deprem', { filters: { sort: 'date' } }).hits)).toEqual([
      'article:yeni',
      'article:eski',
      'article:tarihsiz',
    ]);
    expect(ids(search(index, 'deprem', { filters: { from: '2024-11-15', to: '2024-12-31' } }).hits)).toEqual([
      'article:yeni',
    ]);
  });
});

describe('role phrases find the person', () => {
  it.each([
    ['kremlin lideri', 'person:vladimir-putin'],
    ['kuzey kore lideri', 'person:kim-jong-un'],
    ['iran dini lideri', 'person:ali-khamenei'],
    ['türkiye cumhurbaşkanı', 'person:recep-tayyip-erdogan'],
  ])('%s → %s', (query, first) => {
    expect(ids(search(INDEX, query).hits)[0]).toBe(first);
  });

  it('does not let a role that names someone else stand for that name', () => {
    // Kim Yo Jong is described through her brother; `kim jong un` is still him alone.
    expect(ids(search(INDEX, 'kim jong un').hits)[0]).toBe('person:kim-jong-un');
  });

  it('finds a person by their English description', () => {
    const corpus: BuiltCorpus = {
      registry: {
        version: 1,
        people: [
          {
            ...person('ali-khamenei', 'Ali Hamaney', 'Ali Khamenei', { tr: ['Hamaney'] }, 'İran Dini Lideri'),
            description: { tr: 'İran Dini Lideri', en: 'Supreme Leader of Iran' },
          },
        ],
      },
      articles: [article('a', 'Tahran’da tören', ['Törene binlerce kişi katıldı.'])],
      stats: [],
    };
    expect(ids(search(buildSearchIndex(corpus), 'supreme leader').hits)[0]).toBe('person:ali-khamenei');
  });
});
