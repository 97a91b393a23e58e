import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';

/**
 * Rebuilds a style's attribution HTML from text and http(s) links only. MapLibre's attribution
 * control inserts source attributions as HTML, and a `basemap` style comes from a URL the
 * explainer does not control: `<img onerror>` in it would otherwise run in the host page.
 * DOMParser documents are inert (no scripts run, no images load), so parsing here is safe.
 */
export function safeAttribution(raw: string): string {
  const doc = new DOMParser().parseFromString(`<body>${raw}</body>`, 'text/html');
  const escape = (t: string) =>
    t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return escape(node.textContent ?? '');
    if (!(node instanceof Element)) return '';
    const inner = [...node.childNodes].map(walk).join('');
    if (node.localName === 'a') {
      const href = node.getAttribute('href') ?? '';
      if (/^https?:\/\//i.test(href.trim())) {
        return `<a href="${escape(href.trim())}" target="_blank" rel="noopener noreferrer">${inner}</a>`;
      }
    }
    return node.localName === 'script' || node.localName === 'style' ? '' : inner;
  };
  return [...doc.body.childNodes].map(walk).join('');
}

/** A reader-supplied style made safe to merge: the right shape, attributions reduced to text and links. */
export function sanitizeBasemap(style: unknown): StyleSpecification | undefined {
  if (typeof style !== 'object' || style === null) return undefined;
  const s = style as Partial<StyleSpecification>;
  if (!Array.isArray(s.layers) || typeof s.sources !== 'object' || s.sources === null) return undefined;
  const sources = Object.fromEntries<SourceSpecification>(
    Object.entries(s.sources).map(([id, src]) => {
      if (typeof src !== 'object' || src === null) return [id, src];
      const attribution = (src as { attribution?: unknown }).attribution;
      if (attribution === undefined) return [id, src];
      return [id, { ...src, attribution: typeof attribution === 'string' ? safeAttribution(attribution) : '' }];
    }),
  );
  return { ...(s as StyleSpecification), sources };
}
