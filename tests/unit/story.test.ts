import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ARRIVALS,
  CHAPTER_IDS,
  CHAPTER_SOURCES,
  KEY_DATES,
  SOLDIER_CROSSINGS,
  SOURCES,
  SOURCE_LIST,
  TIMELINE,
  TIMELINE_YEARS,
  getStory,
  type ChapterText,
  type Lang,
} from '../../src/story/index.js';
import { figuresCsv } from '../../src/story/csv.js';
import { en } from '../../src/story/text/en.js';
import { ko } from '../../src/story/text/ko.js';

const TEXTS: Record<Lang, typeof en> = { en, ko };
const LANGS: Lang[] = ['en', 'ko'];
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Every reader-facing string of a chapter except figure metadata. */
function prose(c: ChapterText): string[] {
  return [c.kicker ?? '', c.heading, ...c.body, c.mapDescription];
}

/**
 * Numeral tokens as a reader sees them: a digit run with internal separators kept together, so
 * "1,418", "8:04", "20.8" are one token each and "K-3", "4th", "Hwasong-14" yield "3", "4", "14".
 */
function numeralTokens(s: string): string[] {
  return s.match(/\d+(?:[.,:]\d+)*/g) ?? [];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];
const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const round = (n: number): number => Number(n.toFixed(6));
const num = (s: string): number => Number(s.replace(/,/g, ''));

/**
 * The numbers a figure states, as sorted values, so English and Korean renderings compare equal:
 * - English month names count as their number ("21 December 2017" ≡ "2017년 12월 21일");
 * - English number words count ("fourth" ≡ "4번째", "five times" ≡ "5발");
 * - "million" (en) and 만/억 (ko) scale ("about 1.28 million" ≡ "약 128만 명", "2만8,500" ≡ "28,500");
 * - a time's parts are separate integers, leading zeros dropped ("8:04" ≡ "8시 4분").
 */
function numericValues(text: string, lang: Lang): number[] {
  const out: number[] = [];
  if (lang === 'en') {
    let t = text.toLowerCase();
    MONTHS.forEach((m, i) => { t = t.replace(new RegExp(`\\b${m}\\b`, 'g'), ` ${i + 1} `); });
    for (const [w, n] of Object.entries(EN_WORDS)) t = t.replace(new RegExp(`\\b${w}\\b`, 'g'), ` ${n} `);
    for (const m of t.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)(\s*million\b)?/g)) {
      out.push(round(num(m[1]!) * (m[2] ? 1e6 : 1)));
    }
  } else {
    for (const m of text.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(만|억)(\d+(?:,\d{3})*)?)?/g)) {
      const unit = m[2] === '만' ? 1e4 : m[2] === '억' ? 1e8 : 1;
      out.push(round(num(m[1]!) * unit + (m[3] ? num(m[3]) : 0)));
    }
  }
  return out.sort((a, b) => a - b);
}

function allTexts(): string[] {
  const strings: string[] = [];
  for (const lang of LANGS) {
    for (const id of CHAPTER_IDS) {
      const c = TEXTS[lang][id];
      strings.push(...prose(c));
      for (const f of c.figures) strings.push(f.text, f.label);
    }
  }
  return strings;
}

describe('story structure', () => {
  it('builds chapters with unique ids in CHAPTER_IDS order, in both languages', () => {
    for (const lang of LANGS) {
      const story = getStory(lang);
      expect(story.map((c) => c.id)).toEqual([...CHAPTER_IDS]);
      expect(new Set(story.map((c) => c.id)).size).toBe(story.length);
      story.forEach((c, i) => expect(c.index).toBe(i));
    }
  });

  it('has a non-empty heading, body and map description for every chapter in both languages', () => {
    for (const lang of LANGS) {
      for (const c of getStory(lang)) {
        expect(c.heading.trim(), `${lang}/${c.id} heading`).not.toBe('');
        expect(c.body.length, `${lang}/${c.id} body`).toBeGreaterThan(0);
        c.body.forEach((p) => expect(p.trim(), `${lang}/${c.id} paragraph`).not.toBe(''));
        expect(c.mapDescription.trim(), `${lang}/${c.id} mapDescription`).not.toBe('');
      }
    }
  });

  it('keeps body text to 2–5 paragraphs per chapter', () => {
    for (const lang of LANGS) {
      for (const id of CHAPTER_IDS) expect(TEXTS[lang][id].body.length, `${lang}/${id}`).toBeGreaterThanOrEqual(2);
      for (const id of CHAPTER_IDS) expect(TEXTS[lang][id].body.length, `${lang}/${id}`).toBeLessThanOrEqual(5);
    }
  });

  it('gives every chapter at least one source, all of them known', () => {
    for (const id of CHAPTER_IDS) {
      expect(CHAPTER_SOURCES[id].length, id).toBeGreaterThan(0);
      for (const s of CHAPTER_SOURCES[id]) expect(SOURCES[s], `${id} → ${s}`).toBeDefined();
      expect(new Set(CHAPTER_SOURCES[id]).size, `${id} has duplicate sources`).toBe(CHAPTER_SOURCES[id].length);
    }
  });

  it('contains no HTML in any text', () => {
    for (const s of allTexts()) expect(s, s).not.toMatch(/</);
    for (const s of SOURCE_LIST) expect(`${s.publisher} ${s.title}`).not.toMatch(/</);
  });
});

describe('figures', () => {
  for (const lang of LANGS) {
    for (const id of CHAPTER_IDS) {
      it(`${lang}/${id}: every numeral in the prose and the presenter points is covered by a figure`, () => {
        const c = TEXTS[lang][id];
        const covered = new Set(c.figures.flatMap((f) => numeralTokens(f.text)));
        for (const s of [...prose(c), ...c.presenter]) {
          for (const token of numeralTokens(s)) expect(covered.has(token), `"${token}" in: ${s}`).toBe(true);
        }
      });
    }
  }

  it('quotes each figure exactly as the chapter text has it', () => {
    for (const lang of LANGS) {
      for (const id of CHAPTER_IDS) {
        const c = TEXTS[lang][id];
        const all = prose(c).join('\n');
        for (const f of c.figures) expect(all.includes(f.text), `${lang}/${id}: "${f.text}"`).toBe(true);
      }
    }
  });

  it('cites known sources that the chapter lists, at least one per figure', () => {
    for (const lang of LANGS) {
      for (const id of CHAPTER_IDS) {
        for (const f of TEXTS[lang][id].figures) {
          expect(f.sources.length, `${lang}/${id}: "${f.text}"`).toBeGreaterThan(0);
          for (const s of f.sources) {
            expect(SOURCES[s], `${lang}/${id}: "${f.text}" → ${s}`).toBeDefined();
            expect(CHAPTER_SOURCES[id], `${lang}/${id}: "${f.text}" → ${s}`).toContain(s);
          }
        }
      }
    }
  });

  it('states the same numbers in English and Korean, figure by figure', () => {
    for (const id of CHAPTER_IDS) {
      const a = en[id].figures;
      const b = ko[id].figures;
      expect(b.length, `${id}: figure count`).toBe(a.length);
      a.forEach((f, i) => {
        const g = b[i]!;
        expect(numericValues(g.text, 'ko'), `${id}[${i}]: "${f.text}" vs "${g.text}"`).toEqual(numericValues(f.text, 'en'));
        expect(g.sources, `${id}[${i}] sources`).toEqual(f.sources);
        expect(Boolean(g.approximate), `${id}[${i}] approximate`).toBe(Boolean(f.approximate));
      });
      const all = (figs: typeof a, lang: Lang) => figs.flatMap((f) => numericValues(f.text, lang)).sort((x, y) => x - y);
      expect(all(b, 'ko'), `${id}: numbers`).toEqual(all(a, 'en'));
    }
  });

  it('normalises numbers across languages as documented', () => {
    expect(numericValues('about 8:04 a.m.', 'en')).toEqual(numericValues('오전 8시 4분께', 'ko'));
    expect(numericValues('21 December 2017', 'en')).toEqual(numericValues('2017년 12월 21일', 'ko'));
    expect(numericValues('about 1.28 million', 'en')).toEqual([1_280_000]);
    expect(numericValues('약 128만 명', 'ko')).toEqual([1_280_000]);
    expect(numericValues('약 2만8,500명', 'ko')).toEqual([28_500]);
    expect(numericValues('fourth', 'en')).toEqual([4]);
  });
});

describe('presenter points', () => {
  it('gives every chapter 2–4 short, plain key points in both languages', () => {
    for (const lang of LANGS) {
      for (const id of CHAPTER_IDS) {
        const points = TEXTS[lang][id].presenter;
        expect(points.length, `${lang}/${id}`).toBeGreaterThanOrEqual(2);
        expect(points.length, `${lang}/${id}`).toBeLessThanOrEqual(4);
        for (const p of points) {
          expect(p.trim(), `${lang}/${id}`).not.toBe('');
          expect(p, `${lang}/${id}`).not.toMatch(/[<\n]/);
          // A projected card holds about this much per point; Korean glyphs are about twice as wide.
          expect(p.length, `${lang}/${id}: ${p}`).toBeLessThanOrEqual(lang === 'en' ? 90 : 50);
        }
      }
    }
  });

  it('states the same numbers in English and Korean, point by point', () => {
    for (const id of CHAPTER_IDS) {
      const a = en[id].presenter;
      const b = ko[id].presenter;
      expect(b.length, `${id}: point count`).toBe(a.length);
      a.forEach((p, i) => expect(numericValues(b[i]!, 'ko'), `${id}[${i}]: "${p}" vs "${b[i]}"`).toEqual(numericValues(p, 'en')));
    }
  });
});

describe('a 2026 reader', () => {
  it('says on the first screen that the events are from 2017', () => {
    for (const lang of LANGS) {
      const first = [TEXTS[lang].intro.kicker ?? '', TEXTS[lang].intro.heading, TEXTS[lang].intro.body[0]!].join(' ');
      expect(first, lang).toMatch(/2017/);
      // The lede is the scene, not a signpost about the explainer.
      expect(TEXTS[lang].intro.body[0], lang).not.toMatch(/explainer|설명 자료|이 글은/);
    }
  });

  it('credits the article the explainer grew from, in the sources chapter', () => {
    expect(SOURCES['independent-2017-12-21']?.url).toBe(
      'https://the-independent.com/news/world/north-korea-soldier-defection-south-kim-jong-un-a8121426.html',
    );
    expect(CHAPTER_SOURCES.sources).toContain('independent-2017-12-21');
    expect(en.sources.body.join(' ')).toMatch(/The Independent/);
    expect(ko.sources.body.join(' ')).toMatch(/인디펜던트/);
  });

  it('places "since 2017" between the build-up and the sources, with eight chapters', () => {
    expect(CHAPTER_IDS).toHaveLength(8);
    expect(CHAPTER_IDS.indexOf('since-2017')).toBe(CHAPTER_IDS.indexOf('buildup') + 1);
    expect(CHAPTER_IDS.at(-1)).toBe('sources');
  });

  // Agencies and outlets whose own sites are known; a link elsewhere is a copy and must say so.
  const OWN_HOSTS: Record<string, string[]> = {
    Reuters: ['reuters.com'], AP: ['apnews.com'], AFP: ['afp.com'], Yonhap: ['yna.co.kr', 'yonhapnews.co.kr'],
    UPI: ['upi.com'], Bloomberg: ['bloomberg.com'], CNN: ['cnn.com'], NPR: ['npr.org'], RFA: ['rfa.org'],
    'The New York Times': ['nytimes.com'], 'The Washington Post': ['washingtonpost.com'], 'NBC News': ['nbcnews.com'],
    'Stars and Stripes': ['stripes.com'], YTN: ['ytn.co.kr'],
  };

  it('marks every copy of an agency or outlet report as "via" the site that carries it', () => {
    for (const s of SOURCE_LIST) {
      const base = s.publisher.replace(/\s*\(.*$/, '');
      const own = OWN_HOSTS[base];
      if (!own) continue;
      const host = new URL(s.url).hostname;
      const isOwn = own.some((d) => host === d || host.endsWith(`.${d}`));
      if (!isOwn) expect(s.publisher, `${s.id} → ${host}`).toMatch(/\(.*via /);
    }
  });

  it('links no known aggregator, blog or document host without saying "via"', () => {
    const copies = ['nydailynews.com', 'kxly.com', 'newser.com', 'blogspot.com', 'skepticreview.com',
      'vdocuments.site', 'thisainthell.us', 'arkansasonline.com', 'spacewar.com', 'aiaa.org', 'koreanewsgazette.com',
      'nationalpost.com', 'ohmynews.com', 'arabstoday.net', 'australianartillery.org', 'ava360.com', 'dailytv.net',
      'cbsnews.com'];
    for (const s of SOURCE_LIST) {
      const host = new URL(s.url).hostname;
      if (copies.some((c) => host === c || host.endsWith(`.${c}`))) expect(s.publisher, `${s.id} → ${host}`).toMatch(/via /);
    }
  });
});

describe('sources', () => {
  it('has unique ids matching their keys', () => {
    expect(new Set(SOURCE_LIST.map((s) => s.id)).size).toBe(SOURCE_LIST.length);
    for (const [key, s] of Object.entries(SOURCES)) expect(s.id).toBe(key);
  });

  it('gives every source a publisher, a title, an http(s) URL and a well-formed date', () => {
    for (const s of SOURCE_LIST) {
      expect(s.publisher.trim(), s.id).not.toBe('');
      expect(s.title.trim(), s.id).not.toBe('');
      expect(s.url, s.id).toMatch(/^https?:\/\/\S+$/);
      if (s.date !== undefined) expect(s.date, s.id).toMatch(ISO_DATE);
    }
  });

  it('cites Wikipedia only at en.wikipedia.org', () => {
    for (const s of SOURCE_LIST) {
      if (s.publisher === 'Wikipedia') expect(s.url, s.id).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\//);
    }
  });

  it('lists every source in the sources chapter, and every source used anywhere', () => {
    const listed = new Set(CHAPTER_SOURCES.sources);
    const used = new Set<string>([
      ...CHAPTER_IDS.filter((id) => id !== 'sources').flatMap((id) => CHAPTER_SOURCES[id]),
      ...LANGS.flatMap((l) => CHAPTER_IDS.flatMap((id) => TEXTS[l][id].figures.flatMap((f) => f.sources))),
      ...ARRIVALS.flatMap((a) => a.sources),
      ...SOLDIER_CROSSINGS.flatMap((y) => [...y.sources, ...y.events.flatMap((e) => e.sources)]),
      ...KEY_DATES.flatMap((d) => d.sources),
    ]);
    for (const s of used) expect(listed.has(s), s).toBe(true);
    // Nothing is listed that nothing cites, but the credits for the map data and the fonts.
    expect([...listed].filter((s) => !used.has(s)).sort()).toEqual(['geo-maps', 'natural-earth', 'noto-fonts', 'openstreetmap']);
  });
});

describe('data', () => {
  it('has unique, sorted arrival years, each with known sources in the defections chapter', () => {
    const years = ARRIVALS.map((a) => a.year);
    expect(new Set(years).size).toBe(years.length);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years[0]).toBe(2009);
    // The facts sheet's latest full year; 2018 is final now, not provisional.
    expect(years.at(-1)).toBe(2025);
    expect(ARRIVALS.filter((a) => a.provisional)).toEqual([]);
    for (const a of ARRIVALS) {
      expect(a.arrivals, `${a.year}`).toBeGreaterThan(0);
      expect(a.sources.length, `${a.year}`).toBeGreaterThan(0);
      for (const s of a.sources) expect(CHAPTER_SOURCES.defections, `${a.year} → ${s}`).toContain(s);
    }
  });

  it('agrees with the arrivals the chapters quote, read from their text', () => {
    const byYear = new Map(ARRIVALS.map((a) => [a.year, a.arrivals]));
    const quoted = (lang: Lang, re: RegExp, order: 'ny' | 'yn'): [number, number][] =>
      (['defections', 'since-2017'] as const).flatMap((id) =>
        [...TEXTS[lang][id].body.join('\n').matchAll(re)].map((m): [number, number] =>
          order === 'ny' ? [Number(m[2]), num(m[1]!)] : [Number(m[1]), num(m[2]!)],
        ),
      );
    // "1,418 in 2016", "236 who arrived in 2024", "1,127 North Koreans arriving in the South in 2017"
    const enPairs = quoted('en', /(\d[\d,]*) (?:who arrived |North Koreans arriving in the South )?in (\d{4})\b/g, 'ny');
    // "2016년 1,418명", "2025년 입국자는 224명"
    const koPairs = quoted('ko', /(\d{4})년 (?:입국자는? )?(\d[\d,]*)명/g, 'yn');
    expect(enPairs.length).toBeGreaterThanOrEqual(9);
    expect(koPairs.length).toBeGreaterThanOrEqual(7);
    for (const [year, n] of [...enPairs, ...koPairs]) expect(byYear.get(year), `${year}: ${n}`).toBe(n);
    // Independent of the text: the facts sheet's figures for the peak, the peg year and the latest year.
    expect(byYear.get(2009)).toBe(2914);
    expect(byYear.get(2017)).toBe(1127);
    expect(byYear.get(2025)).toBe(224);
    expect(ARRIVALS.find((a) => a.year === 2010)?.approximate).toBe(true);
  });

  it('has sorted soldier-crossing years whose counts cover their events, with known sources', () => {
    const years = SOLDIER_CROSSINGS.map((y) => y.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(Object.fromEntries(SOLDIER_CROSSINGS.map((y) => [y.year, y.count]))).toEqual({
      2012: 2, 2015: 1, 2016: 1, 2017: 4, 2018: 1, 2019: 1, 2024: 1, 2025: 1,
    });
    // From 2018 no source gives an annual count, only the cases it reports.
    for (const y of SOLDIER_CROSSINGS) expect(Boolean(y.reportedCasesOnly), `${y.year}`).toBe(y.year >= 2018);
    for (const y of SOLDIER_CROSSINGS) {
      expect(y.events.length, `${y.year}`).toBeLessThanOrEqual(y.count);
      expect(y.sources.length, `${y.year}`).toBeGreaterThan(0);
      for (const e of y.events) {
        expect(e.date.startsWith(String(y.year)), e.date).toBe(true);
        expect(e.date, e.date).toMatch(ISO_DATE);
        expect(e.sources.length, e.date).toBeGreaterThan(0);
        for (const s of [...y.sources, ...e.sources]) expect(CHAPTER_SOURCES.defections, `${e.date} → ${s}`).toContain(s);
      }
    }
  });

  it('has unique, chronological key dates whose sources their chapter lists', () => {
    expect(new Set(KEY_DATES.map((d) => d.id)).size).toBe(KEY_DATES.length);
    const dates = KEY_DATES.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    for (const d of KEY_DATES) {
      expect(d.date, d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (d.end) expect(d.end > d.date, d.id).toBe(true);
      expect(d.label_en.trim()).not.toBe('');
      expect(d.label_ko.trim()).not.toBe('');
      expect(d.sources.length, d.id).toBeGreaterThan(0);
      for (const s of d.sources) expect(CHAPTER_SOURCES[d.chapter], `${d.id} → ${s}`).toContain(s);
    }
  });
});

describe('timeline of the years since 2017', () => {
  const places = (JSON.parse(readFileSync(new URL('../../geo/places.geojson', import.meta.url), 'utf8')) as {
    features: { properties: { id: string } }[];
  }).features.map((f) => f.properties.id);

  it('steps through every year from 2018 to 2026', () => {
    expect([...TIMELINE_YEARS]).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const e of TIMELINE) expect(TIMELINE_YEARS, e.id).toContain(e.year);
  });

  it('lists unique events in date order, each in the year of its date', () => {
    expect(new Set(TIMELINE.map((e) => e.id)).size).toBe(TIMELINE.length);
    const dates = TIMELINE.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const e of TIMELINE) {
      expect(e.date, e.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(e.year, e.id).toBe(Number(e.date.slice(0, 4)));
    }
  });

  it('has at least one event in every year but the last', () => {
    for (const y of TIMELINE_YEARS) expect(TIMELINE.some((e) => e.year === y), `${y}`).toBe(true);
  });

  it('puts every event at a place in geo/places.geojson', () => {
    expect(places.length).toBeGreaterThan(0);
    for (const e of TIMELINE) expect(places, e.id).toContain(e.place);
  });

  it('cites known sources that the chapter lists', () => {
    for (const e of TIMELINE) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) {
        expect(SOURCES[s], `${e.id} → ${s}`).toBeDefined();
        expect(CHAPTER_SOURCES['since-2017'], `${e.id} → ${s}`).toContain(s);
      }
    }
  });

  it('has short plain labels whose numerals are the chapter’s figures, the same in both languages', () => {
    for (const lang of LANGS) {
      const covered = new Set(TEXTS[lang]['since-2017'].figures.flatMap((f) => numeralTokens(f.text)));
      for (const e of TIMELINE) {
        const label = e.label[lang];
        expect(label.trim(), `${e.id}/${lang}`).not.toBe('');
        expect(label, `${e.id}/${lang}`).not.toMatch(/</);
        expect(label.length, `${e.id}/${lang}: ${label}`).toBeLessThanOrEqual(40);
        for (const token of numeralTokens(label)) expect(covered.has(token), `"${token}" in: ${label}`).toBe(true);
      }
    }
    for (const e of TIMELINE) expect(numericValues(e.label.ko, 'ko'), e.id).toEqual(numericValues(e.label.en, 'en'));
  });

  it('marks places that stand for an area or a capital as approximate, and the JSA as exact', () => {
    for (const e of TIMELINE) {
      if (e.place === 'panmunjom') expect(e.approximate, e.id).toBe(false);
      else expect(e.approximate, e.id).toBe(true);
    }
  });
});

describe('figures download (CSV)', () => {
  it('runs the arrivals to 2025 and carries the timeline, in both languages', () => {
    const en = figuresCsv('en').split('\r\n');
    const ko = figuresCsv('ko').split('\r\n');
    expect(en.some((l) => l.startsWith('arrivals,2018,1137,false,'))).toBe(true);
    expect(en.some((l) => l.startsWith('arrivals,2025,224,false,'))).toBe(true);
    expect(en.some((l) => l.startsWith('soldier-crossings,2025,1,true,'))).toBe(true);
    expect(en.some((l) => l.startsWith('timeline,kim-crosses-mdl,2018-04-27,false,Kim Jong Un steps across the MDL (panmunjom),'))).toBe(true);
    // The label has a comma, so RFC 4180 quotes the field.
    expect(ko.some((l) => l.startsWith('timeline,restore-agreement,2026-02-18,true,"정부, 2018년 군사합의 복원 추진 (seoul)",'))).toBe(true);
  });
});
