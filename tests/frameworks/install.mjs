#!/usr/bin/env node
/**
 * Installs the framework fixtures' dependencies (tests/frameworks/package.json: React, Next.js,
 * TypeScript, Lit) once, into `.cache/<hash of package.json and package-lock.json>/`, and prints
 * that folder. Run by `.ci/run` before `npm test`, and by tests/e2e/embed-frameworks.spec.ts if
 * it has not run: a second run with the same lockfile does nothing. Older caches are removed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const FILES = ['package.json', 'package-lock.json'];

/** The cache folder for the current lockfile, installed if it was not. */
export function frameworkDeps() {
  const hash = createHash('sha256');
  for (const file of FILES) hash.update(readFileSync(join(here, file)));
  const key = hash.digest('hex').slice(0, 16);
  const cache = join(here, '.cache');
  const dir = join(cache, key);
  const done = join(dir, '.installed');
  if (existsSync(done)) return dir;
  if (existsSync(cache)) for (const old of readdirSync(cache)) if (old !== key) rmSync(join(cache, old), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of FILES) copyFileSync(join(here, file), join(dir, file));
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  writeFileSync(done, new Date().toISOString());
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(frameworkDeps());
