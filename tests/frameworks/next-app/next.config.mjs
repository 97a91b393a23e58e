import { fileURLToPath } from 'node:url';

// Only for the test: the app is built inside tests/frameworks/.cache/<hash>/, whose node_modules
// sit one level up, so tell Next.js (Turbopack) where the project root is. A real app needs no config.
const root = fileURLToPath(new URL('..', import.meta.url));

/** @type {import('next').NextConfig} */
export default { turbopack: { root }, outputFileTracingRoot: root };
