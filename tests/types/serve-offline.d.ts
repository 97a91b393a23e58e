// Types for the offline server (public/serve-offline.mjs), which ships as plain JavaScript beside
// the built explainer and is imported by the embed tests for its content types.
declare module '*/serve-offline.mjs' {
  import type { Server } from 'node:http';
  export const CONTENT_TYPES: Readonly<Record<string, string>>;
  export function contentType(path: string): string;
  export function serveOffline(root: string, port: number): Promise<Server>;
}
