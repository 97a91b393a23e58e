/**
 * The chapter registry: everything the explainer does per chapter, one entry each. The words
 * live in `story/text/<lang>.ts`; the map's scene, the extras under the text and the handout's
 * excerpt live here. Adding a chapter means adding its id, its entry here and its text in each
 * language: nothing else switches on chapter ids.
 */
import type { SceneBuilder } from './map/scene-builders.js';
import { alongTheLine, buildup, crossings, fogCrossing, jsaSite, peninsula, timeline } from './map/scene-builders.js';
import { TIMELINE, TIMELINE_YEARS } from './story/timeline.js';
import type { ChapterId } from './story/types.js';

/** What a chapter shows under its paragraphs, besides its own source list. */
export type ChapterExtras = 'none' | 'arrivals-chart' | 'downloads';

export interface ChapterEntry {
  /** The map for this chapter at a progress through it. */
  scene: SceneBuilder;
  extras: ChapterExtras;
  /**
   * The printed handout: how many of the chapter's paragraphs it quotes (0 leaves the chapter
   * out, as the sources chapter is printed as a list instead).
   */
  handoutParagraphs: number;
}

/** Where soldiers crossed in 2017, per the facts sheet: the JSA, Yeoncheon (twice), Cheorwon. */
const CROSSINGS_2017 = ['panmunjom', 'yeoncheon', 'cheorwon'];

export const CHAPTERS: Record<ChapterId, ChapterEntry> = {
  intro: { scene: peninsula('intro', ['seoul', 'pyongyang', 'panmunjom']), extras: 'none', handoutParagraphs: 2 },
  'the-line': {
    scene: alongTheLine('the-line', ['panmunjom', 'kaesong', 'paju', 'cheorwon', 'yanggu', 'goseong']),
    extras: 'none',
    handoutParagraphs: 1,
  },
  'fog-crossing': { scene: fogCrossing('fog-crossing', ['yeoncheon', 'cheorwon', 'paju']), extras: 'none', handoutParagraphs: 1 },
  'jsa-shooting': { scene: jsaSite('jsa-shooting', []), extras: 'none', handoutParagraphs: 1 },
  defections: {
    scene: crossings('defections', CROSSINGS_2017, CROSSINGS_2017),
    extras: 'arrivals-chart',
    handoutParagraphs: 1,
  },
  buildup: { scene: buildup('buildup', ['seoul', 'pyongyang', 'punggye-ri', 'seongju']), extras: 'none', handoutParagraphs: 1 },
  'since-2017': {
    scene: timeline('since-2017', ['seoul', 'pyongyang'], TIMELINE.map((e) => e.place), TIMELINE_YEARS),
    extras: 'none',
    handoutParagraphs: 1,
  },
  sources: { scene: peninsula('sources', ['seoul', 'pyongyang', 'panmunjom']), extras: 'downloads', handoutParagraphs: 0 },
};
