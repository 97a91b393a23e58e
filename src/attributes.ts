import { CHAPTER_IDS, type ChapterId, type Lang } from './story/types.js';

export type ThemeSetting = 'light' | 'dark' | 'auto';
/** One of the known values, or any string (an attribute can say anything; it is checked, not trusted), still offering the known ones in editors. */
export type OrString<T extends string> = T | (string & Record<never, never>);
export type Mode = 'scroll' | 'present';

/** A parsed attribute: the value to use, and a reader-facing complaint when the input was bad. */
export interface Parsed<T> {
  value: T;
  error?: string;
}

function oneOf<T extends string>(name: string, raw: string | null | undefined, allowed: readonly T[], fallback: T): Parsed<T> {
  if (raw === null || raw === undefined || raw === '') return { value: fallback };
  const v = raw.trim().toLowerCase() as T;
  if (allowed.includes(v)) return { value: v };
  return {
    value: fallback,
    error: `Unknown ${name} "${raw}": expected ${allowed.map((a) => `"${a}"`).join(', ')}; using "${fallback}".`,
  };
}

export const parseLang = (raw: string | null | undefined): Parsed<Lang> => oneOf('lang', raw, ['en', 'ko'] as const, 'en');
export const parseTheme = (raw: string | null | undefined): Parsed<ThemeSetting> =>
  oneOf('theme', raw, ['light', 'dark', 'auto'] as const, 'auto');
export const parseMode = (raw: string | null | undefined): Parsed<Mode> => oneOf('mode', raw, ['scroll', 'present'] as const, 'scroll');

export function parseChapter(raw: string | null | undefined): Parsed<ChapterId | undefined> {
  if (!raw) return { value: undefined };
  const id = raw.replace(/^#/, '') as ChapterId;
  if (CHAPTER_IDS.includes(id)) return { value: id };
  return { value: undefined, error: `Unknown chapter "${raw}": expected one of ${CHAPTER_IDS.join(', ')}.` };
}

/**
 * Only absolute http(s) style URLs are accepted for `basemap`: anything else (javascript:,
 * data:, relative junk) is refused so an attribute can never smuggle in a script or a local file.
 */
export function parseBasemap(raw: string | null | undefined, base = globalThis.location?.href): Parsed<string | undefined> {
  if (!raw) return { value: undefined };
  try {
    const url = new URL(raw, base);
    if (url.protocol === 'http:' || url.protocol === 'https:') return { value: url.href };
  } catch {
    // fall through to the error below
  }
  return { value: undefined, error: `Ignored basemap "${raw}": it must be an http(s) URL of a MapLibre style.` };
}

/** The complaints, if any, about the named attributes' current values. */
export function attributeErrors(
  el: { lang?: string | null; theme?: string | null; mode?: string | null; basemap?: string | null | undefined },
  names: readonly ('lang' | 'theme' | 'mode' | 'basemap')[],
): string[] {
  const parsers = { lang: parseLang, theme: parseTheme, mode: parseMode, basemap: parseBasemap };
  return names.map((n) => parsers[n](el[n] ?? undefined).error).filter((e): e is string => !!e);
}
