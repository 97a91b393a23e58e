import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './embed-server';
import { frameworkDeps } from '../frameworks/install.mjs';

/** `tests/frameworks/.cache/<hash>/`: the fixtures' dependencies, installed once (install.mjs). */
export { frameworkDeps };

/** One file in `npm pack --json`'s listing. */
interface PackedFile {
  path: string;
  size: number;
}

export interface Packed {
  /** The tarball, as `npm pack` makes it (prepack skipped: the tests run on a built dist/). */
  tarball: string;
  files: string[];
}

let packed: Packed | undefined;

/** Packs the repository once per test worker. */
export function packPackage(): Packed {
  if (packed) return packed;
  const dir = mkdtempSync(join(tmpdir(), 'dmz-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(out) as { filename: string; files: PackedFile[] }[];
  packed = { tarball: join(dir, info!.filename), files: info!.files.map((f) => f.path) };
  return packed;
}

/**
 * A fixture app (tests/frameworks/<name>/) copied into the dependency cache, with the packed
 * package unpacked as `node_modules/dmz-explainer`, as `npm install` would put it. Returns its folder.
 */
export function fixtureApp(name: string): string {
  const app = join(frameworkDeps(), name);
  rmSync(app, { recursive: true, force: true });
  cpSync(join(REPO_ROOT, 'tests/frameworks', name), app, { recursive: true });
  const modules = join(app, 'node_modules');
  mkdirSync(modules, { recursive: true });
  execFileSync('tar', ['-xzf', packPackage().tarball, '-C', modules]);
  cpSync(join(modules, 'package'), join(modules, 'dmz-explainer'), { recursive: true });
  rmSync(join(modules, 'package'), { recursive: true, force: true });
  return app;
}

/** Runs a command in `cwd`; resolves with its output, rejects with it if it fails. */
export function run(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...env } });
  } catch (e) {
    const failure = e as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${failure.stdout ?? ''}\n${failure.stderr ?? ''}`);
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts a server process and waits until `url` answers; kill it with {@link stopServer}. */
export async function startServer(cwd: string, command: string, args: string[], url: string, env: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`${url} did not answer within 60 s:\n${output}`);
}

export async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

/** The package.json inside the packed tarball, as a consumer's node_modules holds it. */
export function packedManifest(app: string): { dependencies?: Record<string, string>; license?: string; private?: boolean } {
  return JSON.parse(readFileSync(join(app, 'node_modules/dmz-explainer/package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    license?: string;
    private?: boolean;
  };
}
