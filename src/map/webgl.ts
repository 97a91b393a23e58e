let known: boolean | undefined;

/**
 * Whether this browser can give MapLibre (which needs WebGL2) a context at all. The first map's
 * own creation answers it ({@link noteWebgl}); asked before that, it probes once per page with a
 * throwaway context. Probing once matters: each probe is a context of its own, and with a page
 * full of maps near Chromium's cap of 16 a fresh probe would evict the oldest live map's context.
 */
export function webglAvailable(): boolean {
  if (known !== undefined) return known;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    known = gl !== null;
  } catch {
    known = false;
  }
  return known;
}

/** What creating a map found out, when nothing has been probed yet: no throwaway context needed. */
export function noteWebgl(available: boolean): void {
  known ??= available;
}

/** Whether WebGL is known to be missing (a map failed to get a context, or a probe found none). */
export function webglKnownMissing(): boolean {
  return known === false;
}
