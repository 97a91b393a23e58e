/**
 * `<dmz-explainer>` in the template languages of React 19, Vue 3 and Svelte 5, so that a typed
 * template accepts the tag, its attributes and its events (and rejects a misspelt one).
 *
 * Each block augments a framework's own module. A project without that framework has nothing to
 * augment: the `@ts-ignore` lines keep its type check quiet (even with `skipLibCheck: false`), and
 * the block is then ignored. Tested with React's types in tests/frameworks/react-ts/.
 */
import type { DmzExplainer, DmzExplainerAttributes, DmzExplainerEventAttributes } from './api.js';

// @ts-ignore: only in projects that have React's types (@types/react 19)
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      // @ts-ignore: DetailedHTMLProps and HTMLAttributes are React's
      'dmz-explainer': DetailedHTMLProps<HTMLAttributes<DmzExplainer>, DmzExplainer> &
        DmzExplainerAttributes &
        DmzExplainerEventAttributes & { class?: string };
    }
  }
}

// @ts-ignore: only in projects that have Vue's types (vue 3.5, checked by vue-tsc)
declare module 'vue' {
  interface GlobalComponents {
    // The shape Vue's docs give for a non-Vue custom element: the element, with template props.
    'dmz-explainer': new () => DmzExplainer & {
      // @ts-ignore: Vue's HTMLAttributes (re-exported, so not in this block's scope by name)
      $props: import('vue').HTMLAttributes & DmzExplainerAttributes;
    };
  }
}

// @ts-ignore: only in projects that have Svelte's types (svelte 5, checked by svelte-check)
declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    // @ts-ignore: HTMLAttributes is Svelte's
    'dmz-explainer': HTMLAttributes<DmzExplainer> & DmzExplainerAttributes & DmzExplainerEventAttributes;
  }
}
