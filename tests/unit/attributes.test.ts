import { describe, expect, it } from 'vitest';
import { parseBasemap, parseChapter, parseLang, parseMode, parseTheme } from '../../src/attributes';

describe('attribute parsing', () => {
  it('accepts known values, case-insensitively', () => {
    expect(parseLang('KO')).toEqual({ value: 'ko' });
    expect(parseTheme('dark')).toEqual({ value: 'dark' });
    expect(parseMode(' present ')).toEqual({ value: 'present' });
  });
  it('falls back to the documented default with a readable complaint', () => {
    const lang = parseLang('fr');
    expect(lang.value).toBe('en');
    expect(lang.error).toMatch(/Unknown lang "fr"/);
    expect(parseTheme('neon').value).toBe('auto');
    expect(parseMode('slides').error).toMatch(/"scroll", "present"/);
  });
  it('treats a missing value as the default without complaint', () => {
    expect(parseLang(null)).toEqual({ value: 'en' });
    expect(parseMode('')).toEqual({ value: 'scroll' });
  });
  it('knows the chapter ids, with or without a hash', () => {
    expect(parseChapter('#fog-crossing').value).toBe('fog-crossing');
    expect(parseChapter('nowhere').error).toMatch(/Unknown chapter/);
  });
  it('accepts only http(s) basemaps', () => {
    expect(parseBasemap('https://example.com/style.json').value).toBe('https://example.com/style.json');
    expect(parseBasemap('/styles/a.json', 'http://localhost:4173/x/').value).toBe('http://localhost:4173/styles/a.json');
    for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
      const r = parseBasemap(bad, 'http://localhost/');
      expect(r.value).toBeUndefined();
      expect(r.error).toMatch(/http\(s\)/);
    }
  });
});
