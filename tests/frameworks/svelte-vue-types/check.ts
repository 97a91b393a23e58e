// What svelte-check and vue-tsc see of the tag: the package's declarations in `svelte/elements`
// and in Vue's `GlobalComponents`. Valid attributes pass; each `@ts-expect-error` line must fail.
// (skipLibCheck is on for the frameworks' own .d.ts files; a declaration of ours that did not
// apply would leave the attributes untyped, and the expected errors would not happen.)
import 'dmz-explainer';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { GlobalComponents } from 'vue';

type SvelteTag = SvelteHTMLElements['dmz-explainer'];
export const svelte: SvelteTag = {
  lang: 'ko',
  chapter: 'the-line',
  'heading-level': 3,
  class: 'story',
  'ondmz-chapter-change': (e) => console.log(e.detail.id, e.detail.index),
  'ondmz-ready': (e) => console.log(e.detail.map),
};
// @ts-expect-error not a chapter id
export const svelteBad: SvelteTag = { chapter: 'nowhere' };
// @ts-expect-error the event's detail has no `name`
export const svelteBadEvent: SvelteTag = { 'ondmz-chapter-change': (e) => e.detail.name };

type VueProps = InstanceType<GlobalComponents['dmz-explainer']>['$props'];
export const vue: VueProps = { lang: 'en', theme: 'dark', mode: 'present', chapter: 'sources' };
// @ts-expect-error no such theme
export const vueBad: VueProps = { theme: 'neon' };
