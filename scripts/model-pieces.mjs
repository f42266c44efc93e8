// The model's WordPiece vocabulary and a vector for every piece. A piece's length is its weight in
// mean pooling: content words ≈ 1, frequent words and inflection endings much less.
import { addScaled, hashVector, withLength } from './model-vectors.mjs';

const VOWELS = new Set([...'aeiouyæøå']);
/** Weights of pieces that carry form rather than meaning. */
const STEM_WEIGHT = 0.9;
const PREFIX_WEIGHT = 0.4;
const ENDING_WEIGHT = 0.15;
const CHAR_WEIGHT = 0.25;
/** A 2–4 letter beginning or ending becomes a piece when this many word types share it. */
const MIN_TYPES = 8;

function isWordChar(ch) {
  return /[\p{L}\p{N}]/u.test(ch);
}

/** Whole words: English, Danish, or both (one spelling, one piece: the two meanings are blended). */
function wholeWords(english, danish) {
  const vectors = new Map();
  for (const word of new Set([...english.keys(), ...danish.keys()])) {
    const v = new Float32Array(english.get(word) ?? danish.get(word));
    if (english.has(word) && danish.has(word)) addScaled(v, danish.get(word));
    vectors.set(word, withLength(v));
  }
  return vectors;
}

/** Stems: "møde" → "mød", so "mødtes" reads as "mød" + "##tes" (the vowel that inflection drops). */
function stems(words) {
  const sums = new Map();
  for (const [word, v] of words) {
    if (word.length < 4 || !VOWELS.has(word.at(-1))) continue;
    const stem = word.slice(0, -1);
    if (words.has(stem)) continue;
    if (!sums.has(stem)) sums.set(stem, new Float32Array(v.length));
    addScaled(sums.get(stem), v);
  }
  return sums;
}

/**
 * Compound parts seen in the dictionary itself: "##konference" when a longer word ends in
 * "konference", and "sikkerheds" (a word plus linking s) when words are built as sikkerhed+s+X.
 */
function compoundParts(words) {
  const heads = new Map();
  const modifiers = new Map();
  for (const word of words.keys()) {
    for (let i = 3; i <= word.length - 4; i++) {
      const tail = word.slice(i);
      if (words.has(tail)) heads.set(tail, (heads.get(tail) ?? 0) + 1);
      const head = word.slice(0, i);
      if (word[i] === 's' && words.has(head) && words.has(word.slice(i + 1)) && !words.has(head + 's')) {
        modifiers.set(head + 's', head);
      }
    }
  }
  return {
    heads: [...heads.keys()],
    modifiers,
  };
}

/** Regular endings: Danish definite and plural nouns, past verbs, genitives; English plurals and verb forms. */
const INFLECTIONS = ['erne', 'ene', 'ens', 'ets', 'ede', 'en', 'et', 'er', 'te', 'es', 'ed', 'ing', 's'];

/**
 * Inflected forms seen in the corpus whose base is a dictionary word ("stormen" = "storm" + "en"): whole pieces
 * with the base's vector, so that WordPiece does not cut them wrongly ("storme" + "##n", 'to charge').
 */
function inflectedForms(corpus, words) {
  const forms = new Map();
  for (const word of corpus.keys()) {
    if (words.has(word) || !/^\p{L}+$/u.test(word)) continue;
    const ending = INFLECTIONS.find((e) => word.length - e.length >= 3 && word.endsWith(e) && words.has(word.slice(0, -e.length)));
    if (ending) forms.set(word, word.slice(0, -ending.length));
  }
  return forms;
}

/** Beginnings and endings of 2–4 letters shared by many word types. */
function frequentAffixes(types) {
  const prefixes = new Map();
  const endings = new Map();
  for (const word of types) {
    const chars = [...word];
    for (let n = 2; n <= 4 && n < chars.length; n++) {
      const pre = chars.slice(0, n).join('');
      const end = chars.slice(-n).join('');
      prefixes.set(pre, (prefixes.get(pre) ?? 0) + 1);
      endings.set(end, (endings.get(end) ?? 0) + 1);
    }
  }
  const keep = (m) => [...m].filter(([, n]) => n >= MIN_TYPES).map(([a]) => a);
  return { prefixes: keep(prefixes), endings: keep(endings) };
}

export function pieceVocabulary({ english, danish, weight, corpus, dim }) {
  const words = wholeWords(english, danish);
  const pieces = new Map();
  const add = (piece, v, length) => {
    if (!pieces.has(piece)) pieces.set(piece, withLength(v, length));
  };
  for (const [word, v] of words) add(word, v, weight(word));
  // Numbers: each its own vector; "8" is already tied to "eight" when the dictionary says so.
  for (let n = 0; n <= 100; n++) add(String(n), english.get(String(n)) ?? hashVector(`w:${n}`, dim), 1);
  for (let year = 1900; year <= 2040; year++) add(String(year), hashVector(`w:${year}`, dim), 1);
  for (const [form, base] of inflectedForms(corpus, words)) add(form, words.get(base), weight(base));
  for (const [stem, v] of stems(words)) add(stem, v, STEM_WEIGHT);
  const { heads, modifiers } = compoundParts(words);
  for (const head of heads) add(`##${head}`, words.get(head), weight(head));
  for (const [modifier, head] of modifiers) add(modifier, words.get(head), weight(head));

  const types = new Set([...words.keys(), ...corpus.keys()]);
  const { prefixes, endings } = frequentAffixes(types);
  for (const pre of prefixes) add(pre, hashVector(`p:${pre}`, dim), PREFIX_WEIGHT);
  for (const end of endings) add(`##${end}`, hashVector(`s:${end}`, dim), ENDING_WEIGHT);
  // Every letter and digit, so that any word of letters and digits can be spelled out.
  const chars = new Set([...'abcdefghijklmnopqrstuvwxyz0123456789']);
  // Lower-case Latin-1 and Latin Extended-A letters, for names like "Škoda" or "Łódź".
  for (let cp = 0xdf; cp <= 0x17f; cp++) {
    const ch = String.fromCodePoint(cp);
    if (ch === ch.toLowerCase() && isWordChar(ch)) chars.add(ch);
  }
  for (const word of types) for (const ch of word) if (isWordChar(ch)) chars.add(ch);
  for (const ch of chars) {
    add(ch, hashVector(`c:${ch}`, dim), CHAR_WEIGHT);
    add(`##${ch}`, hashVector(`c:##${ch}`, dim), CHAR_WEIGHT);
  }
  return pieces;
}
