// Types for `import 'dmz-explainer'`: the public interface (api.d.ts), the DOM's typed maps, and
// the tag in React's, Vue's and Svelte's templates (frameworks.d.ts).
import type { ChapterChangeEvent, DmzExplainer, ExplainerErrorEvent, ReadyEvent } from './api.js';
import './frameworks.js';

export * from './api.js';

/** The three events by name, for every map below. */
interface DmzExplainerEventMap {
  'dmz-chapter-change': ChapterChangeEvent;
  'dmz-ready': ReadyEvent;
  'dmz-error': ExplainerErrorEvent;
}

declare global {
  interface HTMLElementTagNameMap {
    'dmz-explainer': DmzExplainer;
  }
  // The events bubble and are composed: a page can listen on the element, the document or the window.
  interface HTMLElementEventMap extends DmzExplainerEventMap {}
  interface DocumentEventMap extends DmzExplainerEventMap {}
  interface WindowEventMap extends DmzExplainerEventMap {}
}
