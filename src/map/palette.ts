/** Map colours per theme. Contrast of label text on its halo is AA (checked in tests/unit/style). */
export type Theme = 'light' | 'dark';

export interface Palette {
  sea: string;
  neighbour: string;
  north: string;
  south: string;
  coast: string;
  border: string;
  band: string;
  mdl: string;
  limit: string;
  text: string;
  halo: string;
  countryText: string;
  fog: string;
  run: string;
  distance: string;
  approx: string;
  /** Text on approximate areas: darker than the fill so it stays legible in fog. */
  approxText: string;
  crossing: string;
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    sea: '#c8dae5',
    neighbour: '#ebeae6',
    north: '#eadcc6',
    south: '#d5e3cd',
    coast: '#8497a3',
    border: '#7d7d7d',
    band: '#d0463a',
    mdl: '#8f1710',
    limit: '#4f4036',
    text: '#1b1b1d',
    halo: '#ffffff',
    countryText: '#5a4b3e',
    fog: '#ffffff',
    run: '#c4150e',
    distance: '#1d4f7c',
    approx: '#5b3f94',
    approxText: '#3f2870',
    crossing: '#5b3f94',
  },
  dark: {
    sea: '#0e1b25',
    neighbour: '#2a2b2e',
    north: '#3d3426',
    south: '#26362b',
    coast: '#51606a',
    border: '#8c8c8c',
    band: '#ff6a5a',
    mdl: '#ff8f80',
    limit: '#e0cdb8',
    text: '#f4f4f4',
    halo: '#101214',
    countryText: '#d9c7b2',
    fog: '#c8ccd0',
    run: '#ff5a4f',
    distance: '#8cc4ff',
    approx: '#c9b2ff',
    approxText: '#e2d6ff',
    crossing: '#c9b2ff',
  },
};
