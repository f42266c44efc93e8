// Reading the build's sources: the English–Danish Wiktionary dictionary and word counts from Tatoeba.
// Words are split exactly as the model's tokenizer splits them (NFC, lowercase, BERT punctuation).
import { readFileSync } from 'node:fs';

/** BERT's punctuation: ASCII symbols plus every Unicode P* character. */
function isPunctuation(ch) {
  const cp = ch.codePointAt(0);
  if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) return true;
  return /\p{P}/u.test(ch);
}

/** The words the tokenizer sees (punctuation dropped), before WordPiece. */
export function tokenWords(text) {
  const words = [];
  let current = '';
  for (const ch of text.normalize('NFC').toLowerCase()) {
    if (/\s/u.test(ch) || isPunctuation(ch)) {
      if (current) words.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current) words.push(current);
  return words;
}

/** Removes {gender}, [usage] and (gloss) annotations; an unclosed bracket runs to the end. */
function stripAnnotations(text) {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/**
 * Parses en-da.txt into { links, phrases, see, numbers }:
 * links: { en: string[] (headword tokens), da: string } for every single-word Danish translation;
 * see: [from, to] English cross-references ("abaka SEE: abaca"), single words only;
 * phrases: { en: string[], da: string[] } for multi-word glosses with multi-word translations;
 * numbers: [digits, word] from number entries whose gloss gives the value ("eight {num} (cardinal number 8)").
 */
export function readDictionary(path) {
  const links = [];
  const phrases = [];
  const see = [];
  const numbers = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [left, right = ''] = line.split(' :: ');
    const head = left.split(' {')[0].split(' SEE:')[0].trim();
    const en = tokenWords(head);
    if (en.length === 0) continue;
    const seeTarget = /SEE: (.+)$/.exec(left);
    if (seeTarget) {
      const to = tokenWords(seeTarget[1]);
      if (en.length === 1 && to.length === 1 && en[0] !== to[0]) see.push([en[0], to[0]]);
      continue;
    }
    const value = /\{num\}\s*\((?:(?:the )?cardinal number )?(\d{1,4})\)/i.exec(left);
    if (value && en.length === 1) numbers.push([value[1], en[0]]);
    for (const translation of stripAnnotations(right).split(/[,;]/)) {
      const da = tokenWords(translation);
      if (da.length === 1 && en.length <= 3) links.push({ en, da: da[0] });
      else if (da.length > 1 && en.length > 1) phrases.push({ en, da });
    }
  }
  return { links, phrases, see, numbers };
}

/** Line-aligned [english, danish] sentence pairs from two files; lines before `skip` are left out. */
export function readSentencePairs(englishPath, danishPath, skip = 0) {
  const en = readFileSync(englishPath, 'utf8').split('\n');
  const da = readFileSync(danishPath, 'utf8').split('\n');
  const pairs = [];
  for (let i = skip; i < Math.min(en.length, da.length); i++) if (en[i].trim() && da[i].trim()) pairs.push([en[i], da[i]]);
  return pairs;
}

/** Token counts over lines of text. */
export function countWords(lines) {
  const counts = new Map();
  let total = 0;
  for (const line of lines) {
    for (const word of tokenWords(line)) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
      total++;
    }
  }
  return { counts, total };
}
