import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';

/** The committed GeoJSON files the explainer draws. Ids are stable: layers and tests key on them. */
export type GeoFileId = 'basemap' | 'mdl' | 'dmz' | 'places' | 'story';

export type GeoBundle = Record<GeoFileId, FeatureCollection>;

export type GeoUrls = Record<GeoFileId, string>;

export const GEO_FILE_IDS: readonly GeoFileId[] = ['basemap', 'mdl', 'dmz', 'places', 'story'];

/** Thrown when a file is missing, slow or not GeoJSON; the message is shown to readers as is. */
export class GeoLoadError extends Error {
  constructor(
    readonly file: GeoFileId,
    message: string,
  ) {
    super(message);
    this.name = 'GeoLoadError';
  }
}

export function isFeatureCollection(value: unknown): value is FeatureCollection {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; features?: unknown };
  return (
    v.type === 'FeatureCollection' &&
    Array.isArray(v.features) &&
    v.features.every(
      (f: unknown) =>
        typeof f === 'object' &&
        f !== null &&
        (f as { type?: unknown }).type === 'Feature' &&
        typeof (f as { geometry?: unknown }).geometry === 'object',
    )
  );
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** A reader on a bad connection gets a message after this long rather than a spinner forever. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

async function loadOne(id: GeoFileId, url: string, opts: LoadOptions): Promise<FeatureCollection> {
  const doFetch = opts.fetch ?? fetch;
  const timeout = new AbortController();
  const timeoutMs = opts.timeoutMs ?? 8000;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    timeout.abort();
  }, timeoutMs);
  const onAbort = () => timeout.abort();
  opts.signal?.addEventListener('abort', onAbort);
  try {
    let res: Response;
    try {
      res = await doFetch(url, { signal: timeout.signal });
    } catch {
      if (opts.signal?.aborted) throw new GeoLoadError(id, `Loading ${id} map data was cancelled.`);
      if (timedOut) throw new GeoLoadError(id, `The ${id} map data took too long to arrive (over ${Math.round(timeoutMs / 1000)} s).`);
      throw new GeoLoadError(id, `The ${id} map data could not be loaded (network error).`);
    }
    if (!res.ok) throw new GeoLoadError(id, `The ${id} map data could not be loaded (HTTP ${res.status}).`);
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      // A body that stalls after the headers is a timeout too, not corruption.
      if (timedOut) throw new GeoLoadError(id, `The ${id} map data took too long to arrive (over ${Math.round(timeoutMs / 1000)} s).`);
      throw new GeoLoadError(id, `The ${id} map data is corrupt (not valid JSON).`);
    }
    if (!isFeatureCollection(json)) {
      throw new GeoLoadError(id, `The ${id} map data is corrupt (not a GeoJSON FeatureCollection).`);
    }
    return json;
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** Loads every file in parallel; the first failure rejects with a reader-facing GeoLoadError. */
export async function loadGeo(urls: GeoUrls, opts: LoadOptions = {}): Promise<GeoBundle> {
  const entries = await Promise.all(
    GEO_FILE_IDS.map(async (id) => [id, await loadOne(id, urls[id], opts)] as const),
  );
  return Object.fromEntries(entries) as GeoBundle;
}

export function featureById<G extends Geometry = Geometry>(
  fc: FeatureCollection,
  id: string,
): Feature<G> | undefined {
  return fc.features.find((f) => f.properties?.['id'] === id || f.id === id) as Feature<G> | undefined;
}

/** The MDL as a list of [lon, lat], west to east. */
export function mdlCoordinates(bundle: Pick<GeoBundle, 'mdl'>): [number, number][] {
  const line = bundle.mdl.features.find((f) => f.geometry.type === 'LineString') as
    | Feature<LineString>
    | undefined;
  return (line?.geometry.coordinates ?? []) as [number, number][];
}
