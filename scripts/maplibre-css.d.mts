export const USED_CLASSES: Set<string>;
export function selectorUsed(selector: string): boolean;
export function subsetMaplibreCss(css: string): string;
export function maplibreCss(): string;
