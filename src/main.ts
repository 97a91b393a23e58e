// Registers the explainer's elements. Importing this module is all a host page needs.
export { DmzExplainer } from './components/dmz-explainer.js';
export * from './events.js';
export { getBasePath, setBasePath } from './base-path.js';
export type { ChapterId, Lang } from './story/types.js';
