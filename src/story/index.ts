/**
 * The story's public surface: chapters in reading order for a language, plus the sources and
 * the chart/table data. Pure data, no DOM: safe to import anywhere, including the no-JS path.
 */
import { CHAPTER_IDS, type Chapter, type Lang, type StoryText } from './types.js';
import { CHAPTER_SOURCES } from './chapter-sources.js';
import { en } from './text/en.js';
import { ko } from './text/ko.js';

const TEXTS: Record<Lang, StoryText> = { en, ko };

/** The chapters in `CHAPTER_IDS` order, in the given language, each with its source ids. */
export function getStory(lang: Lang): Chapter[] {
  const text = TEXTS[lang];
  return CHAPTER_IDS.map((id, index) => ({
    ...text[id],
    id,
    index,
    sources: [...CHAPTER_SOURCES[id]],
  }));
}

export { CHAPTER_IDS } from './types.js';
export type { Chapter, ChapterId, ChapterText, Figure, Lang, Source, StoryText } from './types.js';
export { SOURCES, SOURCE_LIST } from './sources.js';
export { CHAPTER_SOURCES } from './chapter-sources.js';
export { ARRIVALS, SOLDIER_CROSSINGS, KEY_DATES } from './data.js';
export type { ArrivalYear, KeyDate, SoldierCrossing, SoldierCrossingYear } from './data.js';
