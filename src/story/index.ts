/**
 * The story's public surface: chapters in reading order for a language, plus the sources and
 * the chart/table data. Pure data, no DOM: safe to import anywhere, including the no-JS path.
 */
import { chaptersOf } from './chapters.js';
import { en } from './text/en.js';
import { ko } from './text/ko.js';
import type { Chapter, Lang, StoryText } from './types.js';

const TEXTS: Record<Lang, StoryText> = { en, ko };

/**
 * The chapters in `CHAPTER_IDS` order, in the given language, each with its source ids. Holds
 * every language at once (tests, tools); the browser uses `runtime.ts`, which loads on demand.
 */
export function getStory(lang: Lang): Chapter[] {
  return chaptersOf(TEXTS[lang]);
}

export { CHAPTER_IDS } from './types.js';
export type { Chapter, ChapterId, ChapterText, Figure, Lang, Source, StoryText } from './types.js';
export { SOURCES, SOURCE_LIST } from './sources.js';
export { CHAPTER_SOURCES } from './chapter-sources.js';
export { ARRIVALS, SOLDIER_CROSSINGS, KEY_DATES } from './data.js';
export type { ArrivalYear, KeyDate, SoldierCrossing, SoldierCrossingYear } from './data.js';
export { TIMELINE, TIMELINE_YEARS } from './timeline.js';
export type { TimelineEvent } from './timeline.js';
