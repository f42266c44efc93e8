// Language codes as callers write them: a plain BCP-47 tag ('da', 'da-DK', 'EN'). Anything else is refused
// with a message that says it is not a language code, instead of being read as one by accident.
import { ClaimdiffInputError } from '../errors';

/** A BCP-47 tag without extensions or private use: language, then script, region and variants. */
const PLAIN_TAG = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;

/**
 * The primary language subtag of a code, lowercased ('da-DK' → 'da'). Throws ERR_LANGUAGE_UNSUPPORTED when the
 * value is not a string holding a plain BCP-47 tag: `['da']`, `'da-'`, `''`, `' da'`, `42`.
 */
export function primaryLanguage(code: unknown): string {
  if (typeof code !== 'string' || !PLAIN_TAG.test(code)) {
    const hint = typeof code === 'string' && /^[a-z]{2,3}_[a-z]{2}$/i.test(code) ? ` (did you mean ${code.replace('_', '-')}?)` : '';
    throw new ClaimdiffInputError(
      `${describe(code)} is not a language code${hint}: give a BCP-47 tag such as "da", "en" or "da-DK".`,
      'ERR_LANGUAGE_UNSUPPORTED',
    );
  }
  return code.split('-')[0].toLowerCase();
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value === '' ? 'An empty string' : JSON.stringify(value);
  if (value === null || ['number', 'boolean', 'bigint'].includes(typeof value)) return String(value);
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return `${Array.isArray(value) ? 'An array' : `A ${typeof value}`} (${json.slice(0, 40)})`;
  } catch {
    // a value JSON cannot write: fall through to its type
  }
  return `A ${typeof value}`;
}
