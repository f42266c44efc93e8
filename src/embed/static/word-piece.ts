// The word-piece tokenizer of claimdiff's own static models, in plain TypeScript: what their tokenizer.json asks of
// @huggingface/tokenizers (NFC, the BERT normalizer with lower-casing and accents kept, the BERT pre-tokenizer,
// greedy longest-match word pieces), read from vocab.txt (one token a line, its id the line number) and
// tokenizer_config.json. Building the library's tokenizer from the 57,000-word tokenizer.json costs about 140 ms
// on a cold start, this about 30; the tests hold the two to the same ids.

/** Pieces after the first of a word start with this (BERT's convention). */
const CONTINUATION = '##';
/** A longer word is unknown as a whole (BERT's default, which the model script writes). */
const MAX_WORD_CHARS = 100;

/** A word or a single punctuation mark, after normalising (the BERT pre-tokenizer's pattern). */
const PUNCTUATION = '\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E';
const PRE_TOKEN = new RegExp(`[^\\s${PUNCTUATION}]+|[${PUNCTUATION}]`, 'gu');
const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u;
const WHITE = /^\s$/u;

export interface WordPieceConfig {
  unk_token?: unknown;
  cls_token?: unknown;
  sep_token?: unknown;
  pad_token?: unknown;
  mask_token?: unknown;
}

/** Han ideographs get spaces around them, as the BERT normalizer does (per UTF-16 unit, as the library does). */
function isChineseUnit(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** The BERT normalizer: control characters out, white space to a space, ideographs spaced, lower case. */
function normalise(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.charCodeAt(0);
    if (code === 0 || code === 0xfffd || (code !== 9 && code !== 10 && code !== 13 && CONTROL.test(char))) continue;
    out += WHITE.test(char) ? ' ' : char;
  }
  let spaced = '';
  for (let i = 0; i < out.length; i++) {
    const code = out.charCodeAt(i);
    spaced += isChineseUnit(code) ? ` ${out[i]} ` : out[i];
  }
  return spaced.toLowerCase();
}

function tokenName(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.length > 0 ? value : fallback;
}

export class WordPiece {
  private readonly ids = new Map<string, number>();
  private readonly unknown: number;
  /** The special tokens, which match in the raw text as they are written. */
  private readonly special: Map<string, number>;
  readonly before: number[];
  readonly after: number[];

  /** Throws when the vocabulary lacks a special token the configuration names. */
  constructor(vocabulary: string[], config: WordPieceConfig) {
    vocabulary.forEach((token, id) => {
      if (token !== '' && !this.ids.has(token)) this.ids.set(token, id);
    });
    const names = {
      unk: tokenName(config.unk_token, '[UNK]'),
      cls: tokenName(config.cls_token, '[CLS]'),
      sep: tokenName(config.sep_token, '[SEP]'),
      pad: tokenName(config.pad_token, '[PAD]'),
      mask: tokenName(config.mask_token, '[MASK]'),
    };
    this.special = new Map();
    for (const name of Object.values(names)) {
      const id = this.ids.get(name);
      if (id === undefined) throw new Error(`the vocabulary has no "${name}"`);
      this.special.set(name, id);
    }
    this.unknown = this.special.get(names.unk)!;
    this.before = [this.special.get(names.cls)!];
    this.after = [this.special.get(names.sep)!];
  }

  /** The ids of a piece of text without special tokens around it. */
  encode(text: string): number[] {
    const out: number[] = [];
    for (const section of this.sections(text)) {
      const special = this.special.get(section);
      if (special !== undefined) {
        out.push(special);
        continue;
      }
      for (const word of normalise(section).trim().match(PRE_TOKEN) ?? []) this.pieces(word, out);
    }
    return out;
  }

  /** The text cut around the special tokens written in it ('[SEP]'), earliest first, longest at one place. */
  private sections(text: string): string[] {
    if (!text.includes('[')) return [text];
    const out: string[] = [];
    let from = 0;
    let i = text.indexOf('[');
    while (i >= 0) {
      let match = '';
      for (const name of this.special.keys()) if (name.length > match.length && text.startsWith(name, i)) match = name;
      if (match) {
        if (i > from) out.push(text.slice(from, i));
        out.push(match);
        from = i + match.length;
        i = text.indexOf('[', from);
      } else {
        i = text.indexOf('[', i + 1);
      }
    }
    if (from < text.length) out.push(text.slice(from));
    return out;
  }

  /** Greedy longest-match pieces of one word; the unknown token for the whole word when it cannot be pieced. */
  private pieces(word: string, out: number[]): void {
    const chars = [...word];
    if (chars.length > MAX_WORD_CHARS) {
      out.push(this.unknown);
      return;
    }
    const found: number[] = [];
    let start = 0;
    while (start < chars.length) {
      let id: number | undefined;
      let end = chars.length;
      for (; end > start; end--) {
        const piece = chars.slice(start, end).join('');
        id = this.ids.get(start > 0 ? CONTINUATION + piece : piece);
        if (id !== undefined) break;
      }
      if (id === undefined) {
        out.push(this.unknown);
        return;
      }
      found.push(id);
      start = end;
    }
    for (const id of found) out.push(id);
  }
}

/** vocab.txt as a list of tokens, the id of each its line number. */
export function readVocabulary(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}
