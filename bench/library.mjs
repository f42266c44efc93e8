// The bench measures the built package (dist/), as users get it; it builds first when dist/ is missing or stale.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function distFiles(root) {
  return { index: path.join(root, 'dist', 'index.js'), cli: path.join(root, 'dist', 'cli.js') };
}

function newestModification(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestModification(full) : statSync(full).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

/** True when dist/ lacks a bundle or a source file is newer than it. */
export function needsBuild(root) {
  const { index, cli } = distFiles(root);
  if (!existsSync(index) || !existsSync(cli)) return true;
  const built = Math.min(statSync(index).mtimeMs, statSync(cli).mtimeMs);
  return newestModification(path.join(root, 'src')) > built;
}

/** Runs the package build (tsup); its output goes to stderr so stdout stays the table. */
export function build(root) {
  const result = spawnSync('npx', ['tsup'], { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`build failed (npx tsup exited with ${result.status ?? result.signal})`);
}

/** Imports dist/index.js and checks that it exports what the bench calls. */
export async function importLibrary(root) {
  const { index } = distFiles(root);
  if (!existsSync(index)) throw new Error('dist/index.js is missing: run `npm run build`');
  const lib = await import(pathToFileURL(index).href);
  for (const name of ['compare', 'loadEmbedder']) {
    if (typeof lib[name] !== 'function') throw new Error(`dist/index.js does not export ${name}()`);
  }
  return lib;
}
