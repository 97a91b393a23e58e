/// <reference types="vite/client" />

/** MapLibre's stylesheet, subset to what the map uses (vite.config.ts, `maplibreCssSubset`). */
declare module 'virtual:maplibre-css' {
  const css: string;
  export default css;
}
