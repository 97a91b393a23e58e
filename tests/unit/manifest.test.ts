import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The committed custom-elements.json (`npm run analyze`): what editors, docs and linters read. */
interface Named {
  name: string;
  description?: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  attributes?: (Named & { fieldName?: string })[];
  members?: (Named & { kind: string; privacy?: string; static?: boolean })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as {
  modules: { path: string; declarations?: Declaration[] }[];
};
const explainer = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'dmz-explainer')!;
const names = (list: Named[] | undefined) => (list ?? []).map((x) => x.name);

describe('custom-elements.json documents the public interface of <dmz-explainer>', () => {
  it('declares the element', () => {
    expect(explainer).toBeDefined();
  });

  it('lists the attributes, each with a description', () => {
    expect(names(explainer.attributes)).toEqual(expect.arrayContaining(['chapter', 'lang', 'theme', 'basemap', 'mode']));
    for (const a of explainer.attributes!) expect(a.description, a.name).toBeTruthy();
  });

  it('lists the methods', () => {
    const methods = (explainer.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static);
    expect(names(methods)).toEqual(expect.arrayContaining(['goTo', 'next', 'prev']));
  });

  it('lists the events by their real names, typed, with a description', () => {
    expect(names(explainer.events).sort()).toEqual(['dmz-chapter-change', 'dmz-error', 'dmz-ready']);
    for (const e of explainer.events!) {
      expect(e.description, e.name).toBeTruthy();
      expect(e.type?.text, e.name).toMatch(/Event$/);
    }
  });

  it('lists the parts and custom properties', () => {
    expect(names(explainer.cssParts)).toEqual(expect.arrayContaining(['panel', 'map', 'chapter', 'heading']));
    expect(names(explainer.cssProperties)).toEqual(
      expect.arrayContaining(['--dmz-font', '--dmz-text', '--dmz-bg', '--dmz-accent', '--dmz-panel-width']),
    );
  });
});
