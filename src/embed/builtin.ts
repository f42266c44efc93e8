// Where the built-in model lives and what it is called.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClaimdiffInputError, ClaimdiffModelError } from '../errors';

let cachedFolder: string | undefined;

function readConfig(folder: string): Record<string, unknown> | undefined {
  try {
    const config = JSON.parse(readFileSync(join(folder, 'config.json'), 'utf8'));
    return typeof config === 'object' && config !== null ? config : undefined;
  } catch {
    return undefined;
  }
}

/** A folder named just builtin/ counts only when its config.json says it is claimdiff's model. */
function isClaimdiffModel(folder: string): boolean {
  const info = readConfig(folder)?.claimdiff as { name?: unknown } | undefined;
  return typeof info?.name === 'string';
}

/**
 * The folder this code runs from: src/ (tests), dist/ (the package), or wherever a bundler put it. A bundle
 * turned into CommonJS may have no import.meta.url; its file name is then __filename.
 */
function codeFolder(): string | undefined {
  try {
    if (import.meta.url) return dirname(fileURLToPath(import.meta.url));
  } catch {
    // not a file: URL
  }
  return typeof __filename === 'string' && __filename ? dirname(__filename) : undefined;
}

function notFound(message: string): ClaimdiffModelError {
  return new ClaimdiffModelError(message, 'ERR_MODEL_NOT_FOUND');
}

/**
 * The folder of the built-in model: `modelPath` when given; else models/builtin/ in this code's folder or one
 * above it (the package, run from src/, dist/ or node_modules/claimdiff/dist/), or a builtin/ folder beside a
 * bundle. Throws ClaimdiffModelError (ERR_MODEL_NOT_FOUND) saying what to copy where.
 */
export function builtinModelFolder(modelPath?: unknown): string {
  if (modelPath !== undefined && modelPath !== null) {
    if (typeof modelPath !== 'string' || modelPath.trim() === '') {
      throw new ClaimdiffInputError('modelPath must be the path of a folder (the built-in model: a copy of models/builtin/).', 'ERR_OPTION_INVALID');
    }
    const folder = resolve(modelPath);
    if (existsSync(join(folder, 'config.json'))) return folder;
    throw notFound(
      `modelPath "${modelPath}" does not hold the built-in model (no config.json there): point it at a copy of claimdiff's models/builtin/ folder.`,
    );
  }
  if (cachedFolder) return cachedFolder;
  const here = codeFolder();
  if (here) {
    const beside = join(here, 'builtin');
    const candidates = [join(here, 'models', 'builtin'), beside];
    for (let dir = here; dirname(dir) !== dir; ) {
      dir = dirname(dir);
      candidates.push(join(dir, 'models', 'builtin'));
    }
    const found = candidates.find((folder) =>
      folder === beside ? isClaimdiffModel(folder) : existsSync(join(folder, 'config.json')),
    );
    if (found) return (cachedFolder = found);
  }
  throw notFound(
    `The built-in model is missing: no models/builtin/ folder was found ${here ? `in or above ${here}` : 'beside this code'}, ` +
      'nor a builtin/ folder beside it. When claimdiff is bundled into an app, copy node_modules/claimdiff/models/builtin/ ' +
      'next to the bundle (as models/builtin/ or builtin/), or pass modelPath: the folder that holds that copy.',
  );
}

/** 'builtin:claimdiff-static-da-en@2', from the model's own config.json. */
export function builtinModelName(folder: string): string {
  const info = readConfig(folder)?.claimdiff as { name?: unknown; version?: unknown } | undefined;
  if (info?.name) return `builtin:${String(info.name)}@${String(info.version ?? 0)}`;
  return 'builtin';
}
