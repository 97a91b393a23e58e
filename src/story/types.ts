/**
 * The story as typed data. Editors change the text in `src/story/text/<lang>.ts` and the
 * sources in `src/story/sources.ts`; nothing here needs touching to change a chapter's words.
 */

/** Stable chapter ids: deep links, events, tests and map choreography key on these. Never rename. */
export const CHAPTER_IDS = [
  'intro',
  'the-line',
  'fog-crossing',
  'jsa-shooting',
  'defections',
  'buildup',
  'since-2017',
  'sources',
] as const;

export type ChapterId = (typeof CHAPTER_IDS)[number];

export type Lang = 'en' | 'ko';

/** One cited source. Cite the original outlet or agency, never a syndicating copy. */
export interface Source {
  /** Stable id used by chapters and figures, e.g. `reuters-2017-12-21`. */
  id: string;
  /** Outlet, agency or publisher as readers know it: "Reuters", "Yonhap", "Korea Herald". */
  publisher: string;
  /** Headline or document title (in the source's own language). */
  title: string;
  /** Publication date, ISO `YYYY-MM-DD` or `YYYY-MM` or `YYYY` where that is all that is known. */
  date?: string;
  url: string;
}

/**
 * A figure (number, date, time or distance) a chapter states. Every numeral in a chapter's
 * prose must be covered by one of its figures, and every figure cites sources the chapter lists:
 * the unit tests enforce both so a figure cannot slip in unsourced.
 */
export interface Figure {
  /** Exactly as it appears in the text, e.g. "2 km", "13 November 2017", "1,418". */
  text: string;
  /** What it is, for the data table and CSV. */
  label: string;
  /** Source ids from `sources.ts`; at least one. */
  sources: string[];
  /** True when the sources call it approximate or disagree (facts sheet [~] or [!]). */
  approximate?: boolean;
}

/** The words of one chapter in one language. Plain text only: never rendered as HTML. */
export interface ChapterText {
  /** Small label above the heading ("21 December 2017"). */
  kicker?: string;
  heading: string;
  /** Paragraphs of plain text. */
  body: string[];
  /** What the map shows in this chapter, for screen readers and the no-map fallback. */
  mapDescription: string;
  /**
   * Two to four short key points for presenter mode, where a projected card must not overflow;
   * the full `body` is one key away. Plain text; every numeral must be one of `figures`.
   */
  presenter: string[];
  figures: Figure[];
}

/** A whole story in one language: one entry per chapter id. */
export type StoryText = Record<ChapterId, ChapterText>;

/** The chapter as the UI consumes it: text in the current language plus its sources. */
export interface Chapter extends ChapterText {
  id: ChapterId;
  index: number;
  /** Source ids cited by the chapter (the union of its figures' sources plus any extra). */
  sources: string[];
}
