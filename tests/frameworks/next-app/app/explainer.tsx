'use client';
// docs/EMBED.md, "Next.js": a client component. On the server `dmz-explainer` resolves to its
// `node` entry, which registers nothing; in the browser it defines the element. The assets are
// copied to public/dmz-explainer/ (package.json "prebuild") and setBasePath says so.
import { useEffect, useRef } from 'react';
import { setBasePath, type ChapterChangeEvent, type DmzExplainer } from 'dmz-explainer';

setBasePath('/dmz-explainer/');

export function Explainer() {
  const ref = useRef<DmzExplainer>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Listeners through the ref: React 19 drops `ondmz-*` props when it hydrates.
    const onChange = (e: ChapterChangeEvent) => el.setAttribute('data-last-chapter', e.detail.id);
    el.addEventListener('dmz-chapter-change', onChange);
    return () => el.removeEventListener('dmz-chapter-change', onChange);
  }, []);
  return <dmz-explainer ref={ref} lang="en" suppressHydrationWarning />;
}
