import { chaptersOf } from './chapters.js';
import { en } from './text/en.js';
import type { Chapter, Lang, StoryText } from './types.js';

/**
 * The story as the browser gets it: English is in the main bundle, other languages are separate
 * chunks fetched when a reader asks for them, so English readers never download the Korean text.
 */
const loaded: Partial<Record<Lang, Chapter[]>> = { en: chaptersOf(en) };
const loaders: Record<Exclude<Lang, 'en'>, () => Promise<StoryText>> = {
  ko: () => import('./text/ko.js').then((m) => m.ko),
};
const pending = new Map<Lang, Promise<Chapter[]>>();

/** The chapters in a language, if that language is loaded. */
export function storyIn(lang: Lang): Chapter[] | undefined {
  return loaded[lang];
}

/** Loads a language's chapters (once; later calls share the first request). */
export function loadStory(lang: Lang): Promise<Chapter[]> {
  const have = loaded[lang];
  if (have) return Promise.resolve(have);
  let p = pending.get(lang);
  if (!p) {
    p = loaders[lang as Exclude<Lang, 'en'>]().then((text) => (loaded[lang] = chaptersOf(text)));
    p.catch(() => pending.delete(lang));
    pending.set(lang, p);
  }
  return p;
}
