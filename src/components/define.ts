/**
 * Lit's `@customElement`, made safe for a page that loads the explainer twice (the npm bundle in
 * the site's own code and the script embed in an article, say): the first copy defines the
 * elements and the second is skipped with a warning, where `customElements.define` would throw
 * in the middle of loading the second copy.
 */
let warned = false;

export const customElement =
  (tagName: string) =>
  (cls: CustomElementConstructor): void => {
    const existing = customElements.get(tagName);
    if (!existing) customElements.define(tagName, cls);
    else if (existing !== cls && !warned) {
      warned = true;
      console.warn(`[dmz-explainer] <${tagName}> is already defined by another copy of the explainer on this page; that copy is used.`);
    }
  };
