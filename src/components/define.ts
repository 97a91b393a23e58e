/**
 * Lit's `@customElement`, made safe for a page that loads the explainer twice (the npm bundle in
 * the site's own code and the script embed in an article, say): the first copy defines the
 * elements and the second is skipped with a warning, where `customElements.define` would throw
 * in the middle of loading the second copy.
 *
 * When the page already holds the tag (server-rendered HTML, or the script embed's markup), the
 * definition waits one microtask: defining upgrades those elements at once, and they start
 * loading their files as they connect, so the module that imported the package must first get the
 * chance to call `setBasePath()` (which runs after the import, in the same synchronous evaluation).
 * With no such element on the page yet, the tag is defined at once, so `createElement` right after
 * the import returns the real element.
 */
let warned = false;

function define(tagName: string, cls: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (!existing) customElements.define(tagName, cls);
  else if (existing !== cls && !warned) {
    warned = true;
    console.warn(`[dmz-explainer] <${tagName}> is already defined by another copy of the explainer on this page; that copy is used.`);
  }
}

export const customElement =
  (tagName: string) =>
  (cls: CustomElementConstructor): void => {
    if (document.querySelector(tagName)) queueMicrotask(() => define(tagName, cls));
    else define(tagName, cls);
  };
