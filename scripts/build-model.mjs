// Builds the built-in model (models/builtin/): a static cross-lingual embedding model whose Danish and
// English vocabularies share one vector space (the Model2Vec idea, with vectors made from a dictionary
// instead of distilled from a neural model).
//
//   English word  → a pseudo-random vector seeded by the word's hash, nudged towards its translations
//   Danish word   → the mean of the vectors of its English translations (Wiktionary en–da, plus word pairs
//                   from its multi-word entries and a lexicon learned from Tatoeba: model-lexicon.mjs)
//   English word without a translation of its own ("talks") → the vector of its base form ("talk")
//   stems, compound heads, character pieces → let inflected forms, compounds and names meet
//   a word's length = its weight in mean pooling (frequent function words are short, from Tatoeba counts)
//
// Usage: node scripts/build-model.mjs [--data ../shared/data] [--out models/builtin] [--without phrase,learned]
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countWords, readDictionary, readSentencePairs } from './model-data.mjs';
import { englishBase, learnedLinks, phraseLinks } from './model-lexicon.mjs';
import { SPECIAL_TOKENS, writeModelFolder } from './model-files.mjs';
import { addScaled, hashVector, quantiseRows, withLength } from './model-vectors.mjs';
import { pieceVocabulary } from './model-pieces.mjs';
import { modelReadme } from './model-readme.mjs';

export const MODEL_NAME = 'claimdiff-static-da-en';
export const MODEL_VERSION = 2;
const DIM = 224;
/** How far an English word moves towards the Danish words it translates to (links its synonyms). */
const PULL = 3;
/** How far an inflected English word that has translations of its own also moves towards its base's. */
const BASE_SHARE = 1;
/** SIF weighting a / (a + p(word)): frequent words count less in the mean. */
const SIF_A = 1e-2;
/** Tatoeba lines kept out of the build (counts and learned links): the first 1000 are the quality check's test set. */
const HELD_OUT = 1000;

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

function textOption(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : undefined;
}

function option(name, fallback) {
  const text = textOption(name);
  return text ? resolve(text) : fallback;
}

function frequencyWeights(sentences) {
  const en = countWords(sentences.map(([english]) => english));
  const da = countWords(sentences.map(([, danish]) => danish));
  const weight = (word) => {
    const p = Math.max((en.counts.get(word) ?? 0) / en.total, (da.counts.get(word) ?? 0) / da.total);
    return SIF_A / (SIF_A + p);
  };
  const corpus = new Map(en.counts);
  for (const [word, n] of da.counts) corpus.set(word, (corpus.get(word) ?? 0) + n);
  return { weight, corpus };
}

/** Danish word → mean of its translations; a multi-word gloss is the weighted sum of its words. */
function danishVectors(links, englishOf, weight) {
  const sums = new Map();
  for (const link of links) {
    const { en, da } = link;
    const phrase = new Float32Array(DIM);
    for (const w of en) addScaled(phrase, englishOf(w), weight(w));
    if (!sums.has(da)) sums.set(da, new Float32Array(DIM));
    addScaled(sums.get(da), withLength(phrase), link.weight ?? 1);
  }
  return new Map([...sums].map(([w, v]) => [w, withLength(v)]));
}

/** English and Danish word vectors (unit length) from the dictionary links. */
function wordVectors({ links, see, numbers }, weight) {
  const base = new Map();
  const baseOf = (word) => {
    if (!base.has(word)) base.set(word, hashVector(`w:${word}`, DIM));
    return base.get(word);
  };
  // "udenrigsminister" lands on "foreign" + "minister".
  const firstDanish = danishVectors(links, baseOf, weight);
  // English words move towards their Danish translations, which brings English synonyms together.
  const pull = new Map();
  for (const { en, da, weight = 1 } of links) {
    if (en.length !== 1) continue;
    if (!pull.has(en[0])) pull.set(en[0], new Float32Array(DIM));
    addScaled(pull.get(en[0]), firstDanish.get(da), weight);
  }
  const english = new Map();
  for (const word of base.keys()) {
    const v = new Float32Array(baseOf(word));
    // An inflected form leans towards its base ("closed" towards "close"); "talks", known only from "peace
    // talks", takes the base's place altogether.
    const stem = englishBase(word, (w) => pull.has(w));
    if (pull.has(word)) addScaled(v, withLength(pull.get(word)), PULL);
    if (stem) addScaled(v, withLength(pull.get(stem)), pull.has(word) ? PULL * BASE_SHARE : PULL);
    english.set(word, withLength(v));
  }
  for (const [from, to] of see) {
    const v = new Float32Array(english.get(from) ?? baseOf(from));
    addScaled(v, english.get(to) ?? baseOf(to));
    english.set(from, withLength(v));
  }
  // A second round: Danish words follow the English words as they now stand.
  const danish = danishVectors(links, (w) => english.get(w) ?? baseOf(w), weight);
  // "8" meets "eight" (and so "otte").
  for (const [digits, word] of numbers) {
    const v = new Float32Array(hashVector(`w:${digits}`, DIM));
    addScaled(v, english.get(word) ?? baseOf(word));
    english.set(digits, withLength(v));
  }
  return { english, danish };
}

/**
 * The dictionary's one-word links, plus links from its two- and three-word entries and links learned from the
 * Tatoeba pairs after the held-out lines. `without` names sources to leave out ('phrase', 'learned').
 */
function lexicon({ links, phrases }, sentences, without) {
  const known = new Map();
  for (const { en, da } of links) {
    if (en.length !== 1) continue;
    if (!known.has(da)) known.set(da, new Set());
    known.get(da).add(en[0]);
  }
  const isNew = ({ en, da }) => !known.get(da)?.has(en[0]);
  const extra = [];
  if (!without.has('phrase')) extra.push(...phraseLinks(phrases, known));
  if (!without.has('learned')) extra.push(...learnedLinks(sentences).filter(isNew));
  return { links: [...links, ...extra], added: extra.length };
}

function main() {
  const data = option('--data', resolve(root, '..', 'shared', 'data'));
  const out = option('--out', join(root, 'models', 'builtin'));
  const dictionaryPath = join(data, 'wiktionary-en-da', 'en-da.txt');
  if (!existsSync(dictionaryPath)) {
    console.error(`Dictionary not found: ${dictionaryPath} (pass --data <folder with wiktionary-en-da/>)`);
    process.exit(2);
  }
  const dictionary = readDictionary(dictionaryPath);
  const tatoeba = join(data, 'tatoeba-da-en');
  const sentences = readSentencePairs(join(tatoeba, 'eng.txt'), join(tatoeba, 'dan.txt'), HELD_OUT);
  const { weight, corpus } = frequencyWeights(sentences);
  const without = new Set((textOption('--without') ?? '').split(',').filter(Boolean));
  const { links, added } = lexicon(dictionary, sentences, without);
  const words = wordVectors({ ...dictionary, links }, weight);
  const pieces = pieceVocabulary({ ...words, weight, corpus, dim: DIM });

  const vocab = [...SPECIAL_TOKENS, ...[...pieces.keys()].sort()];
  const rows = vocab.map((token) => pieces.get(token) ?? new Float32Array(DIM));
  rmSync(out, { recursive: true, force: true });
  writeModelFolder(out, {
    vocab,
    dim: DIM,
    weights: quantiseRows(rows, DIM),
    config: { claimdiff: { name: MODEL_NAME, version: MODEL_VERSION, kind: 'static', languages: ['da', 'en'] } },
  });
  writeFileSync(join(out, 'README.md'), modelReadme({ name: MODEL_NAME, version: MODEL_VERSION, vocabSize: vocab.length, dim: DIM }));
  console.log(`${out}: ${vocab.length} tokens × ${DIM} dimensions (${links.length - added} dictionary links + ${added} more)`);
}

main();
