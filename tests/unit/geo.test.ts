// @vitest-environment node
/**
 * Checks the committed geo/*.geojson against the facts sheet and the armistice's geometry.
 * These read the built files only; rebuilding them needs the 160 MB OSM-derived input
 * (`npm run geo`), which is not installed in CI. story.geojson alone rebuilds from the committed
 * MDL and band (`npm run geo:story`).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as turf from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { describe, expect, it } from 'vitest';

const GEO_DIR = path.resolve(__dirname, '../../geo');
const FILES = ['basemap', 'mdl', 'dmz', 'places', 'story'] as const;
const BUDGET_GZ = 300 * 1024;
const JSA: Position = [126.6768, 37.956];

const load = (name: string): FeatureCollection =>
  JSON.parse(fs.readFileSync(path.join(GEO_DIR, `${name}.geojson`), 'utf8')) as FeatureCollection;
const byId = <G extends Geometry>(fc: FeatureCollection, id: string): Feature<G> => {
  const f = fc.features.find((x) => x.properties?.['id'] === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f as Feature<G>;
};

const data = Object.fromEntries(FILES.map((f) => [f, load(f)])) as Record<
  (typeof FILES)[number],
  FeatureCollection
>;
const mdl = byId<LineString>(data.mdl, 'mdl');
const band = byId<Polygon | MultiPolygon>(data.dmz, 'dmz-band');
const kp = byId<Polygon | MultiPolygon>(data.basemap, 'kp');
const kr = byId<Polygon | MultiPolygon>(data.basemap, 'kr');
const place = (id: string) => byId<Point>(data.places, id);

function positionErrors(p: Position, where: string): string[] {
  if (!Array.isArray(p) || p.length < 2) return [`${where}: not a position`];
  const [lon, lat] = p;
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat))
    return [`${where}: non-numeric coordinate`];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return [`${where}: out of range ${lon},${lat}`];
  return [];
}

function ringErrors(ring: Position[], where: string): string[] {
  const errs = ring.flatMap((p, i) => positionErrors(p, `${where}[${i}]`));
  if (ring.length < 4) errs.push(`${where}: ring has ${ring.length} positions`);
  const [a, b] = [ring[0], ring[ring.length - 1]];
  if (!a || !b || a[0] !== b[0] || a[1] !== b[1]) errs.push(`${where}: ring not closed`);
  return errs;
}

function geometryErrors(g: Geometry | null, where: string): string[] {
  if (!g) return [`${where}: no geometry`];
  switch (g.type) {
    case 'Point':
      return positionErrors(g.coordinates, where);
    case 'LineString':
      return g.coordinates.length < 2
        ? [`${where}: line too short`]
        : g.coordinates.flatMap((p, i) => positionErrors(p, `${where}[${i}]`));
    case 'MultiLineString':
      return g.coordinates.flatMap((l, i) => geometryErrors({ type: 'LineString', coordinates: l }, `${where}[${i}]`));
    case 'Polygon':
      return g.coordinates.length ? g.coordinates.flatMap((r, i) => ringErrors(r, `${where}[${i}]`)) : [`${where}: empty`];
    case 'MultiPolygon':
      return g.coordinates.flatMap((p, i) => geometryErrors({ type: 'Polygon', coordinates: p }, `${where}[${i}]`));
    default:
      return [`${where}: unexpected geometry ${g.type}`];
  }
}

/**
 * Which side of the MDL a point lies on. The basemap's two Koreas are split exactly along the
 * MDL (tested below), so containment answers this without corner cases at line vertices.
 */
function sideOfMdl(p: Position): 'north' | 'south' | 'neither' {
  if (turf.booleanPointInPolygon(turf.point(p), kp)) return 'north';
  if (turf.booleanPointInPolygon(turf.point(p), kr)) return 'south';
  return 'neither';
}

describe('geo files are valid GeoJSON', () => {
  it.each(FILES)('%s.geojson', (name) => {
    const fc = data[name];
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    const errors = fc.features.flatMap((f, i) => {
      const where = `${name}#${i} ${String(f.properties?.['id'])}`;
      const errs = f.type === 'Feature' ? [] : [`${where}: not a Feature`];
      if (typeof f.properties?.['id'] !== 'string') errs.push(`${where}: no string id`);
      return [...errs, ...geometryErrors(f.geometry, where)];
    });
    expect(errors).toEqual([]);
    const ids = fc.features.map((f) => f.properties?.['id'] as unknown);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the whole default geo payload within 300 KB gzipped', () => {
    const total = FILES.reduce(
      (sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(GEO_DIR, `${f}.geojson`))).length,
      0,
    );
    expect(total).toBeLessThanOrEqual(BUDGET_GZ);
  });
});

describe('the MDL', () => {
  it('is one west-to-east LineString with its names and source', () => {
    expect(data.mdl.features).toHaveLength(1);
    expect(mdl.geometry.type).toBe('LineString');
    expect(mdl.properties).toMatchObject({ id: 'mdl', name_en: 'Military Demarcation Line', name_ko: '군사분계선' });
    expect(String(mdl.properties?.['source'])).toMatch(/OpenStreetMap/);
    const c = mdl.geometry.coordinates;
    expect(c[0]![0]!).toBeLessThan(c[c.length - 1]![0]!);
  });

  it('is 230-260 km long (sources say about 248 km)', () => {
    const km = turf.length(mdl, { units: 'kilometers' });
    expect(km).toBeGreaterThan(230);
    expect(km).toBeLessThan(260);
  });

  it('passes within 100 m of the JSA conference buildings', () => {
    expect(turf.pointToLineDistance(turf.point(JSA), mdl, { units: 'meters' })).toBeLessThan(100);
  });

  it('is the shared edge of the two Koreas on the basemap', () => {
    const keys = (f: Feature) => new Set(turf.coordAll(f).map((p) => p.join()));
    const [kpKeys, krKeys] = [keys(kp), keys(kr)];
    const missing = mdl.geometry.coordinates.filter((p) => !kpKeys.has(p.join()) || !krKeys.has(p.join()));
    expect(missing).toEqual([]);
  });
});

describe('the DMZ band', () => {
  const rings = band.geometry.type === 'Polygon' ? band.geometry.coordinates : band.geometry.coordinates.flat();
  const outlineLines = rings.map((r) => turf.lineString(r));
  const toOutline = (p: Position) =>
    Math.min(...outlineLines.map((l) => turf.pointToLineDistance(turf.point(p), l, { units: 'kilometers' })));

  it('is 2 km either side of the MDL at 20 samples along its interior', () => {
    const len = turf.length(mdl);
    const widths = Array.from({ length: 20 }, (_, i) => {
      const at = len * (0.05 + (0.9 * i) / 19);
      return toOutline(turf.along(mdl, at).geometry.coordinates);
    });
    for (const w of widths) {
      expect(w).toBeGreaterThan(1.8);
      expect(w).toBeLessThan(2.2);
    }
  });

  it('contains Panmunjom but not Seoul, Pyongyang, Kaesong or Paju', () => {
    const inBand = (id: string) => turf.booleanPointInPolygon(place(id), band);
    expect(inBand('panmunjom')).toBe(true);
    for (const id of ['seoul', 'pyongyang', 'kaesong', 'paju']) expect(inBand(id), id).toBe(false);
  });

  it('has northern and southern boundaries 2 km off the MDL on the right sides, never called NLL', () => {
    for (const side of ['north', 'south'] as const) {
      const f = byId<LineString | MultiLineString>(data.dmz, `${side === 'north' ? 'northern' : 'southern'}-boundary`);
      expect(f.properties).toMatchObject({ kind: 'limit-line', side });
      expect(f.properties?.['name_ko']).toBe(side === 'north' ? '북방한계선' : '남방한계선');
      expect(JSON.stringify(f.properties)).not.toMatch(/\bNLL\b|Northern Limit Line/);
      const pts = turf.coordAll(f);
      for (let i = 0; i < pts.length; i += Math.ceil(pts.length / 25)) {
        const p = pts[i]!;
        const km = turf.pointToLineDistance(turf.point(p), mdl, { units: 'kilometers' });
        expect(km).toBeGreaterThan(1.8);
        expect(km).toBeLessThan(2.2);
        expect(sideOfMdl(p)).toBe(side);
      }
    }
  });
});

describe('places', () => {
  const EXPECTED: Record<string, string> = {
    seoul: '서울', pyongyang: '평양', panmunjom: '판문점', kaesong: '개성', paju: '파주',
    yeoncheon: '연천', cheorwon: '철원', hwacheon: '화천', yanggu: '양구', inje: '인제',
    goseong: '고성', 'punggye-ri': '풍계리', seongju: '성주', suwon: '수원',
  };

  it('has exactly the stable ids, each with every required property', () => {
    expect(data.places.features.map((f) => f.properties?.['id'] as string).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of data.places.features) {
      const p = f.properties ?? {};
      expect(f.geometry.type).toBe('Point');
      expect(p['name_ko'], String(p['id'])).toBe(EXPECTED[p['id'] as string]);
      expect(typeof p['name_en']).toBe('string');
      expect(['capital', 'city', 'county', 'site']).toContain(p['kind']);
      expect(['north', 'south']).toContain(p['side']);
      expect(typeof p['approximate']).toBe('boolean');
      expect(String(p['source']).length).toBeGreaterThan(5);
    }
    expect(place('panmunjom').properties?.['approximate']).toBe(false);
    expect(place('yeoncheon').properties?.['approximate']).toBe(true);
  });

  it('puts Kaesong in North Korea and Paju in South Korea', () => {
    expect(turf.booleanPointInPolygon(place('kaesong'), kp)).toBe(true);
    expect(turf.booleanPointInPolygon(place('paju'), kr)).toBe(true);
    expect(sideOfMdl(place('paju').geometry.coordinates)).toBe('south');
  });

  it('gives each place the side of the Korea it lies in', () => {
    for (const f of data.places.features as Feature<Point>[]) {
      const onLand = [kp, kr].find((k) => turf.booleanPointInPolygon(f, k));
      if (!onLand) continue; // a coastal county centre can fall just offshore
      expect(f.properties?.['side'], String(f.properties?.['id'])).toBe(onLand.properties?.['side']);
    }
  });
});

describe('story geometry', () => {
  it('flags every feature approximate and cites a source', () => {
    expect(data.story.features.map((f) => f.properties?.['id'] as unknown)).toEqual(
      expect.arrayContaining(['fog-crossing-area', 'jsa-run', 'seoul-to-mdl']),
    );
    for (const f of data.story.features) {
      expect(f.properties).toMatchObject({ approximate: true });
      for (const k of ['kind', 'name_en', 'name_ko', 'source']) expect(typeof f.properties?.[k]).toBe('string');
    }
  });

  it('draws the fog-crossing area inside the DMZ near Yeoncheon', () => {
    const fog = byId<Polygon | MultiPolygon>(data.story, 'fog-crossing-area');
    expect(fog.properties?.['kind']).toBe('approximate-area');
    const centre = turf.centroid(fog);
    expect(turf.booleanPointInPolygon(centre, band)).toBe(true);
    expect(turf.distance(centre, place('yeoncheon'), { units: 'kilometers' })).toBeLessThan(25);
    expect(turf.area(fog)).toBeLessThan(turf.area(band));
  });

  it('has the JSA run cross the MDL from ~10 m north to ~50 m south', () => {
    const run = byId<LineString>(data.story, 'jsa-run');
    expect(run.properties?.['kind']).toBe('path');
    expect(turf.lineIntersect(run, mdl).features.length).toBeGreaterThanOrEqual(1);
    const c = run.geometry.coordinates;
    expect(sideOfMdl(c[0]!)).toBe('north');
    expect(sideOfMdl(c[c.length - 1]!)).toBe('south');
    const m = turf.length(run, { units: 'meters' });
    expect(m).toBeGreaterThan(50);
    expect(m).toBeLessThan(75);
    expect(run.properties?.['length_m']).toBe(Math.round(m / 5) * 5);
    expect(turf.distance(turf.point(c[0]!), turf.point(JSA), { units: 'meters' })).toBeLessThan(150);
  });

  it('measures Seoul City Hall to the nearest point of the MDL', () => {
    const line = byId<LineString>(data.story, 'seoul-to-mdl');
    const [from, to] = [line.geometry.coordinates[0]!, line.geometry.coordinates[1]!];
    expect(from).toEqual(place('seoul').geometry.coordinates);
    expect(turf.pointToLineDistance(turf.point(to), mdl, { units: 'meters' })).toBeLessThan(2);
    const km = turf.distance(turf.point(from), turf.point(to), { units: 'kilometers' });
    expect(line.properties?.['km']).toBe(Math.round(km));
    expect(km).toBeGreaterThan(35); // facts sheet §6: about 40-50 km
    expect(km).toBeLessThan(55);
  });
});

describe('the JSA at site scale', () => {
  const f = <G extends Geometry>(id: string) => byId<G>(data.story, id);
  const run = f<LineString>('jsa-run');
  const [runStart, runEnd] = [run.geometry.coordinates[0]!, run.geometry.coordinates[run.geometry.coordinates.length - 1]!];
  const toMdlM = (p: Position) => turf.pointToLineDistance(turf.point(p), mdl, { units: 'meters' });
  const JSA_IDS = [
    'jsa-mdl-local', 'jsa-mdl-label', 'jsa-conference-row', 'jsa-conference-row-label', 'jsa-72-hour-bridge',
    'jsa-jeep-stop', 'jsa-run', 'jsa-run-mid', 'jsa-wall', 'jsa-schematic-note',
  ];
  const FROM_COORDINATES = ['jsa-mdl-local', 'jsa-mdl-label', 'jsa-72-hour-bridge'];

  it('flags each feature approximate, says whether it is schematic, and names its source', () => {
    for (const id of JSA_IDS) {
      const p = f(id).properties ?? {};
      expect(p['approximate'], id).toBe(true);
      expect(typeof p['schematic'], id).toBe('boolean');
      expect(String(p['source']), id).toMatch(/facts sheet §[13]|Wikipedia|mdl\.geojson|jsa-/);
    }
    // Only the MDL slice and the bridge come from coordinates; the rest is drawn from distances.
    const schematic = JSA_IDS.filter((id) => f(id).properties?.['schematic'] === true).sort();
    expect(schematic).toEqual(JSA_IDS.filter((id) => !FROM_COORDINATES.includes(id)).sort());
    expect(data.story.features.map((x) => String(x.properties?.['id'])).filter((id) => id.startsWith('jsa-')).sort()).toEqual(
      [...JSA_IDS].sort(),
    );
  });

  it('puts the jeep stop ~10 m north of the MDL at the start of the run (facts §3)', () => {
    const jeep = f<Point>('jsa-jeep-stop').geometry.coordinates;
    expect(jeep).toEqual(runStart);
    expect(toMdlM(jeep)).toBeGreaterThan(7);
    expect(toMdlM(jeep)).toBeLessThan(13);
    expect(sideOfMdl(jeep)).toBe('north');
  });

  it('puts the wall ~50 m south of the MDL at the end of the run (facts §3)', () => {
    const wall = f<Point>('jsa-wall').geometry.coordinates;
    expect(wall).toEqual(runEnd);
    expect(toMdlM(wall)).toBeGreaterThan(45);
    expect(toMdlM(wall)).toBeLessThan(55);
    expect(sideOfMdl(wall)).toBe('south');
    expect(turf.length(run, { units: 'meters' })).toBeGreaterThan(55);
    expect(turf.length(run, { units: 'meters' })).toBeLessThan(65);
    expect(String(run.properties?.['source'])).toMatch(/Approximate/);
  });

  it('draws the local MDL on the committed line, through the run', () => {
    const local = f<LineString>('jsa-mdl-local');
    for (const c of local.geometry.coordinates) expect(toMdlM(c)).toBeLessThan(1);
    const m = turf.length(local, { units: 'meters' });
    expect(m).toBeGreaterThan(300);
    expect(m).toBeLessThan(1000);
    expect(turf.lineIntersect(local, run).features).toHaveLength(1);
    expect(toMdlM(f<Point>('jsa-mdl-label').geometry.coordinates)).toBeLessThan(1);
  });

  it('anchors the run label at the middle of the run and states its length', () => {
    const mid = f<Point>('jsa-run-mid');
    const half = turf.length(run, { units: 'meters' }) / 2;
    for (const end of [runStart, runEnd]) {
      expect(turf.distance(mid, turf.point(end), { units: 'meters' })).toBeCloseTo(half, 0);
    }
    expect(String(mid.properties?.['name_en']).replace(/\u00A0/g, ' ')).toBe(`Oh's run, about ${run.properties?.['length_m']} m`);
  });

  it('draws the conference blocks straddling the MDL, beside the run and not on it', () => {
    const row = f<MultiPolygon>('jsa-conference-row');
    expect(row.geometry.type).toBe('MultiPolygon');
    for (const poly of row.geometry.coordinates) {
      const block = turf.polygon(poly);
      expect(toMdlM(turf.centroid(block).geometry.coordinates)).toBeLessThan(3);
      const sides = new Set(poly[0]!.slice(0, -1).map(sideOfMdl));
      expect([...sides].sort()).toEqual(['north', 'south']);
      expect(turf.booleanIntersects(block, run)).toBe(false);
      expect(turf.distance(turf.centroid(block), turf.point(JSA), { units: 'meters' })).toBeLessThan(150);
    }
    // The label hangs just south of the row: near a block, never on one.
    const label = turf.point(f<Point>('jsa-conference-row-label').geometry.coordinates);
    const blocks = row.geometry.coordinates.map((poly) => turf.polygon(poly));
    expect(blocks.some((b) => turf.booleanPointInPolygon(label, b))).toBe(false);
    expect(Math.min(...blocks.map((b) => turf.distance(label, turf.centroid(b), { units: 'meters' })))).toBeLessThan(30);
    expect(sideOfMdl(label.geometry.coordinates)).toBe('south');
  });

  it("puts the 72-Hour Bridge at Wikipedia's 37°57′34″N 126°40′14″E, on the North's side", () => {
    const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;
    const bridge = f<Point>('jsa-72-hour-bridge').geometry.coordinates;
    expect(turf.distance(turf.point(bridge), turf.point([dms(126, 40, 14), dms(37, 57, 34)]), { units: 'meters' })).toBeLessThan(1);
    expect(sideOfMdl(bridge)).toBe('north');
    expect(turf.distance(turf.point(bridge), turf.point(runStart), { units: 'meters' })).toBeLessThan(1000);
  });

  it('keeps the map note in open ground south of the run, within the site view', () => {
    const note = f<Point>('jsa-schematic-note').geometry.coordinates;
    expect(turf.distance(turf.point(note), turf.point(runEnd), { units: 'meters' })).toBeLessThan(300);
    expect(note[1]!).toBeLessThan(runEnd[1]!);
    expect(sideOfMdl(note)).toBe('south');
  });
});

describe('basemap', () => {
  it('has the five countries with their sides and bilingual names', () => {
    const sides = Object.fromEntries(data.basemap.features.map((f) => [f.properties?.['id'] as string, f.properties?.['side'] as unknown]));
    expect(sides).toEqual({ kp: 'north', kr: 'south', cn: 'neighbour', ru: 'neighbour', jp: 'neighbour' });
    for (const f of data.basemap.features) {
      expect(typeof f.properties?.['name_en']).toBe('string');
      expect(typeof f.properties?.['name_ko']).toBe('string');
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
  });

  it('does not let the two Koreas overlap', () => {
    const overlap = turf.intersect(turf.featureCollection([kp, kr]));
    expect(overlap ? turf.area(overlap) : 0).toBeLessThan(1);
  });
});
