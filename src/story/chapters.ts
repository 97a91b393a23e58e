import { CHAPTER_SOURCES } from './chapter-sources.js';
import { CHAPTER_IDS, type Chapter, type StoryText } from './types.js';

/** The chapters of one language's text, in `CHAPTER_IDS` order, each with its source ids. */
export function chaptersOf(text: StoryText): Chapter[] {
  return CHAPTER_IDS.map((id, index) => ({
    ...text[id],
    id,
    index,
    sources: [...CHAPTER_SOURCES[id]],
  }));
}
