// Checks an article before analysis, so bad input gets a clear error instead of a crash or a silent wrong answer.
import { ClaimdiffInputError } from './errors';
import { nativeSentencex } from './text/native-sentencex';
import { SPLITTERS, type SplitterName } from './text/sentences';
import type { ArticleInput } from './types';

/** Articles longer than this are refused: a news article is far shorter, and the pipeline is quadratic in claims. */
export const MAX_ARTICLE_CHARS = 1_000_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HTML_TAG = /<\/?(?:html|head|body|div|p|span|a|br|script|style|article|section|h[1-6]|ul|li|table|meta|link)\b[^>]*>/gi;

/** Validates an article and returns its text; `side` names it in messages ('left', 'right', 'line 3 left'). */
export function checkArticle(input: ArticleInput, side: string): string {
  if (input === null || typeof input !== 'object') {
    throw new ClaimdiffInputError(`The ${side} article must be an object with a "text" field.`);
  }
  const { text, published } = input;
  if (typeof text !== 'string') {
    throw new ClaimdiffInputError(`The ${side} article has no text: "text" must be a string.`);
  }
  if (text.trim() === '') throw new ClaimdiffInputError(`The ${side} article is empty.`, 'ERR_INPUT_EMPTY');
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new ClaimdiffInputError(
      `The ${side} article is too long (${text.length.toLocaleString('en')} characters; the limit is ` +
        `${MAX_ARTICLE_CHARS.toLocaleString('en')}). Split it into articles.`,
      'ERR_INPUT_TOO_LONG',
    );
  }
  if (looksBinary(text)) {
    throw new ClaimdiffInputError(`The ${side} article looks like binary data, not text.`, 'ERR_INPUT_BINARY');
  }
  const tags = text.match(HTML_TAG)?.length ?? 0;
  if (tags >= 3) {
    throw new ClaimdiffInputError(
      `The ${side} article looks like HTML (${tags} tags). Pass the article's plain text instead.`,
      'ERR_INPUT_HTML',
    );
  }
  if (published !== undefined && !isIsoDate(published)) {
    throw new ClaimdiffInputError(
      `The ${side} article's "published" must be a date like 2017-12-08, not ${JSON.stringify(published)}.`,
      'ERR_PUBLISHED_INVALID',
    );
  }
  return text;
}

/** The sentence splitter an option names: 'portable' when unset; 'sentencex' only where its binary is installed. */
export function checkSplitter(value: unknown): SplitterName {
  if (value === undefined) return 'portable';
  if (!SPLITTERS.includes(value as SplitterName)) {
    throw new ClaimdiffInputError(
      `The "splitter" option must be ${SPLITTERS.map((s) => `"${s}"`).join(' or ')}, not ${JSON.stringify(value)}.`,
      'ERR_OPTION_INVALID',
    );
  }
  if (value === 'sentencex' && !nativeSentencex()) {
    const platform = `${process.platform}-${process.arch}`;
    throw new ClaimdiffInputError(
      `The sentencex splitter is not installed for this platform (${platform}: no package sentencex-${platform}). ` +
        'Leave "splitter" unset to use the portable splitter.',
      'ERR_OPTION_INVALID',
    );
  }
  return value as SplitterName;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let odd = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd / sample.length > 0.05;
}

function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
