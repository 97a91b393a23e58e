/**
 * The explainer's size unit, `var(--dmz-unit)`: what `rem` would be if the host page had not
 * changed its root font size. It is the explainer's own `font-size` (`--dmz-font-size`, by default
 * `medium`, the reader's browser setting), computed once on the element and inherited as a length
 * through every shadow root, so `html { font-size: 62.5% }` on a news site does not shrink the
 * story, and a reader's larger default font still enlarges it.
 *
 * Inheriting as a length needs a registered property; where `CSS.registerProperty` is missing,
 * `1em` is substituted at each use instead, which is close (sizes then follow their parent).
 */
export const UNIT_PROPERTY = '--dmz-unit';

let registered = false;

/** Registers {@link UNIT_PROPERTY} once per page (another copy of the explainer may have). */
export function registerUnit(): void {
  if (registered || typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  registered = true;
  try {
    CSS.registerProperty({ name: UNIT_PROPERTY, syntax: '<length>', inherits: true, initialValue: '16px' });
  } catch {
    // Already registered by another copy of this module: the same definition, nothing to do.
  }
}
