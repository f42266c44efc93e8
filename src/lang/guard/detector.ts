// Loads the bundled language detector on first use, synchronously, so analyze() stays synchronous and a caller
// who names the languages never pays for it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClaimdiffModelError } from '../../errors';
import type { LanguageScores } from './detector-entry';

export type { LanguageScores };

export interface LanguageDetector {
  scoreLanguages(text: string): LanguageScores;
}

const BUNDLE = 'language-detector.cjs';

let detector: LanguageDetector | undefined;
const stats = { loads: 0, loadMs: 0 };

/** The detector, loaded on the first call. */
export function languageDetector(): LanguageDetector {
  if (detector) return detector;
  const started = performance.now();
  const require = createRequire(import.meta.url);
  detector = require(bundlePath()) as LanguageDetector;
  stats.loads++;
  stats.loadMs = performance.now() - started;
  return detector;
}

/** How often the detector was loaded in this process, and how long the last load took (tests and bench). */
export function detectorStats(): { loads: number; loadMs: number } {
  return { ...stats };
}

/**
 * The bundle sits beside this module in dist/ (the built package); when the code runs from src/ (tests) it is
 * in the project's dist/, so walk up until one of the two appears.
 */
function bundlePath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    for (const candidate of [join(dir, BUNDLE), join(dir, 'dist', BUNDLE)]) {
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new ClaimdiffModelError(
    `The language detector (${BUNDLE}) is missing beside claimdiff's code, so an article given without its ` +
      'language cannot be read. Pass the language of each article (lang, --left-lang), or, in an app bundled into ' +
      `one file, copy node_modules/claimdiff/dist/${BUNDLE} beside the bundle (in a clone: npm run build).`,
    'ERR_MODEL_NOT_FOUND',
  );
}
