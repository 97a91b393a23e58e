// Types for `import 'dmz-explainer'`: the public interface (api.d.ts) and the DOM's typed maps.
import type { ChapterChangeEvent, DmzExplainer, ExplainerErrorEvent, ReadyEvent } from './api.js';

export * from './api.js';

declare global {
  interface HTMLElementTagNameMap {
    'dmz-explainer': DmzExplainer;
  }
  interface HTMLElementEventMap {
    'dmz-chapter-change': ChapterChangeEvent;
    'dmz-ready': ReadyEvent;
    'dmz-error': ExplainerErrorEvent;
  }
}
