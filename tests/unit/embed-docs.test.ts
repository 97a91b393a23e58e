import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * docs/EMBED.md promises that its React and Next.js snippets are what the framework tests build
 * (tests/frameworks/). Each snippet's lines must appear, in order, in the fixture file.
 */
const docs = readFileSync(new URL('../../docs/EMBED.md', import.meta.url), 'utf8');
const fixture = (path: string): string => readFileSync(new URL(`../frameworks/${path}`, import.meta.url), 'utf8');

/** The first fenced block of `lang` after `heading`, or the one holding `marker` if given. */
function snippet(heading: string, lang: string, marker = ''): string {
  const start = docs.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const fence = '```' + lang + '\n';
  const open = marker ? docs.lastIndexOf(fence, docs.indexOf(marker, start)) : docs.indexOf(fence, start);
  return docs.slice(open + lang.length + 4, docs.indexOf('\n```', open));
}

function expectLinesInOrder(block: string, file: string): void {
  let at = 0;
  for (const line of block.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//'))) {
    const found = file.indexOf(line, at);
    expect(found, `"${line}" missing or out of order`).toBeGreaterThan(-1);
    at = found + line.length;
  }
}

describe('docs/EMBED.md snippets are the tested fixtures', () => {
  it('React', () => expectLinesInOrder(snippet('### React', 'tsx'), fixture('react-ts/app.tsx')));

  it('Next.js: the client component, the page and the prebuild script', () => {
    expectLinesInOrder(snippet('### Next.js (App Router)', 'tsx', '// app/explainer.tsx'), fixture('next-app/app/explainer.tsx'));
    expectLinesInOrder(snippet('### Next.js (App Router)', 'tsx', '// app/page.tsx'), fixture('next-app/app/page.tsx'));
    const prebuild = (JSON.parse(fixture('next-app/package.json')) as { scripts: { prebuild: string } }).scripts.prebuild;
    expect(docs).toContain(`"prebuild": ${JSON.stringify(prebuild)}`);
  });
});
