// A React 19 component as docs/EMBED.md ("React") writes it: the tag, its attributes, a ref, and
// listeners on the element (through the ref: React 19 drops `ondmz-*` props while hydrating),
// the document and the window. `tsc` must accept it with nothing but the package's own types.
import { useEffect, useRef } from 'react';
import 'dmz-explainer';
import type { ChapterChangeEvent, ChapterId, DmzExplainer } from 'dmz-explainer';

export function Explainer({ lang = 'en', onChapter }: { lang?: 'en' | 'ko'; onChapter?: (id: ChapterId) => void }) {
  const ref = useRef<DmzExplainer>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onChange = (e: ChapterChangeEvent) => onChapter?.(e.detail.id);
    el.addEventListener('dmz-chapter-change', onChange);
    return () => el.removeEventListener('dmz-chapter-change', onChange);
  }, [onChapter]);
  return <dmz-explainer ref={ref} lang={lang} theme="auto" chapter="intro" heading-level={2} className="story" />;
}

// Client-rendered (not hydrated) trees may use React 19's event props.
export function ClientOnly() {
  return <dmz-explainer mode="scroll" ondmz-ready={(e) => console.log(e.detail.map)} ondmz-error={(e) => console.warn(e.detail.reason)} />;
}

document.addEventListener('dmz-chapter-change', (e) => {
  const id: ChapterId = e.detail.id;
  console.log(id, e.detail.index + 1, e.detail.total);
});
window.addEventListener('dmz-error', (e) => console.warn(e.detail.reason, e.detail.detail));
document.addEventListener('dmz-ready', (e) => console.log(e.detail.map === true));
const first: DmzExplainer | null = document.querySelector('dmz-explainer');
first?.goTo('sources');
