// Where the built-in model lives and what it is called.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MARKER = join('models', 'builtin', 'config.json');

let cachedFolder: string | undefined;

/**
 * The folder of the built-in model. The code runs from src/ (tests), from dist/ (the built package)
 * and from node_modules/claimdiff/dist/, so walk up from this module until models/builtin/ appears.
 */
export function builtinModelFolder(): string {
  if (cachedFolder) return cachedFolder;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, MARKER))) {
      cachedFolder = join(dir, 'models', 'builtin');
      return cachedFolder;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error('The built-in model (models/builtin/) is missing from this installation of claimdiff.');
}

/** 'builtin:claimdiff-static-da-en@2', from the model's own config.json. */
export function builtinModelName(folder: string): string {
  try {
    const config = JSON.parse(readFileSync(join(folder, 'config.json'), 'utf8'));
    const info = config?.claimdiff;
    if (info?.name) return `builtin:${info.name}@${info.version ?? 0}`;
  } catch {
    // fall through to the generic name
  }
  return 'builtin';
}
