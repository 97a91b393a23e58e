let probe: boolean | undefined;

/**
 * Whether this browser can give MapLibre (which needs WebGL2) a context at all. Probed once per
 * page: each probe is a context of its own, and with a page full of maps near Chromium's cap of
 * 16 a fresh probe would evict the oldest live map's context.
 */
export function webglAvailable(): boolean {
  if (probe !== undefined) return probe;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    probe = gl !== null;
  } catch {
    probe = false;
  }
  return probe;
}
