// Types for tests/frameworks/install.mjs, plain JavaScript so that .ci/run can run it with node.
declare module '*/frameworks/install.mjs' {
  /** `tests/frameworks/.cache/<hash>/`, with the fixtures' dependencies installed. */
  export function frameworkDeps(): string;
}
