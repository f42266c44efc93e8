// Builds the word lists and the gazetteer that the entities stage reads (data/common-words-*.json,
// data/gazetteer-da-en.json) from the development data. Run it again when the sources change.
//
//   common words: lowercase words of Tatoeba (minus words seen capitalised mid-sentence as often
//                 as lowercase: names like 'Trump'), plus Wiktionary's lowercase words as a rarer tier.
//   nouns (da):   Danish words Wiktionary gives only as nouns (what follows a genitive: 'Trumps regering').
//   gazetteer:    Wiktionary proper nouns glossed as places or organisations, English name → Danish names.
//
// Usage: node scripts/build-name-data.mjs [--data ../shared/data] [--out data]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dataDir = resolve(root, arg('--data', '../shared/data'));
const outDir = resolve(root, arg('--out', 'data'));
/** Corpus words seen at least this often are 'frequent': dropped from the front of a name at a sentence start. */
const FREQUENT = 3;

const WORD = /[\p{L}]+(?:['’-][\p{L}]+)*/gu;

function countCorpus(files) {
  const lower = new Map();
  const capital = new Map();
  for (const file of files) {
    for (const line of readFileSync(join(dataDir, file), 'utf8').split('\n')) {
      let first = true;
      for (const [word] of line.matchAll(WORD)) {
        if (word === word.toLowerCase()) lower.set(word, (lower.get(word) ?? 0) + 1);
        else if (!first && /^\p{Lu}\p{Ll}/u.test(word)) {
          const key = word.toLowerCase();
          capital.set(key, (capital.get(key) ?? 0) + 1);
        }
        first = false;
      }
    }
  }
  return { lower, capital };
}

/** Reads the Wiktionary dictionary: lowercase words per language and proper nouns with their Danish names. */
function readWiktionary() {
  const en = new Set();
  const da = new Set();
  const daNouns = new Set();
  const daOther = new Set();
  const proper = [];
  const text = readFileSync(join(dataDir, 'wiktionary-en-da/en-da.txt'), 'utf8');
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.includes('::')) continue;
    const [left, right] = line.split('::');
    const m = /^(.+?) \{([^}]*)\}\s*(?:\((.*)\))?/.exec(left.trim());
    if (!m) continue;
    const [, head, pos, gloss = ''] = m;
    // Every lowercase word of a headword counts, also in phrases ('silent film') and cross-references.
    if (pos !== 'prop') for (const w of head.split(/\s+/)) if (/^\p{Ll}[\p{Ll}'-]*$/u.test(w)) en.add(w);
    if (line.includes('SEE:')) continue;
    const translations = right
      .replace(/\{[^}]*\}|\[[^\]]*\]|\([^)]*\)/g, '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    if (pos === 'prop') {
      proper.push({ head, gloss, translations });
      continue;
    }
    for (const t of translations) {
      for (const w of t.split(/\s+/)) if (/^\p{Ll}[\p{Ll}-]*$/u.test(w)) da.add(w);
      if (/^\p{Ll}[\p{Ll}-]*$/u.test(t)) (pos === 'n' ? daNouns : daOther).add(t);
    }
  }
  // Danish words Wiktionary gives only as nouns: what may follow a bare genitive ('Trumps regering').
  const nouns = [...daNouns].filter((w) => !daOther.has(w) && !w.includes('-')).sort();
  return { en, da, proper, nouns };
}

function commonWords(corpus, lexicon) {
  const { lower, capital } = corpus;
  const isName = (w) => (capital.get(w) ?? 0) >= Math.max(2, lower.get(w) ?? 0);
  const frequent = [...lower].filter(([w, n]) => n >= FREQUENT && !isName(w)).map(([w]) => w);
  const frequentSet = new Set(frequent);
  const rare = [...new Set([...lower.keys(), ...lexicon])].filter((w) => !frequentSet.has(w) && !isName(w));
  return { frequent: frequent.sort(), rare: rare.sort() };
}

const words = (list) => new RegExp(`\\b(${list.trim().split(/\s+/).join('|').replace(/_/g, ' ')})\\b`, 'i');
const PLACE = words(`capital city town village country island islands region state province river lake sea ocean
  continent county municipality canton peninsula archipelago strait gulf bay mountain mountains desert territory
  republic kingdom emirate oblast federal_subject principality`);
const ORGANISATION = words(`organisation organization alliance agency council ministry parliament government
  residence league pact`);
const NOT_A_PLACE = words(`given_name surname language book_of constellation biblical mythology planet sign god goddess
  character fairy_tale prophet apostle saint`);

function gazetteer(proper) {
  const byKey = new Map();
  for (const { head, gloss, translations } of proper) {
    if (!/^\p{Lu}/u.test(head) || NOT_A_PLACE.test(gloss)) continue;
    const type = ORGANISATION.test(gloss) ? 'organisation' : PLACE.test(gloss) ? 'place' : null;
    if (!type) continue;
    // 'Washington, D.C.' and 'Washington' share a name: one key, the part before a comma.
    const key = head.split(',')[0].trim().toLowerCase();
    const entry = byKey.get(key) ?? { key, type, en: [], da: [] };
    if (!entry.en.includes(head)) entry.en.push(head);
    for (const t of translations) if (/^\p{Lu}/u.test(t) && !entry.da.includes(t)) entry.da.push(t);
    byKey.set(key, entry);
  }
  return [...byKey.values()].filter((e) => e.da.length > 0).sort((a, b) => a.key.localeCompare(b.key));
}

const wiktionary = readWiktionary();
const sources = {
  // Never the news test set (ntrex-dev): it is what the benchmark measures on.
  da: ['tatoeba-da-en/dan.txt'],
  en: ['tatoeba-da-en/eng.txt'],
};
const NOTE =
  'Built by scripts/build-name-data.mjs from the Tatoeba test set ' +
  '(CC BY 2.0 FR) and English Wiktionary via User:Matthias Buchmeier\'s en-da dictionary (CC BY-SA 3.0). ' +
  'Distributed under CC BY-SA 4.0.';

mkdirSync(outDir, { recursive: true });
for (const lang of ['da', 'en']) {
  const { frequent, rare } = commonWords(countCorpus(sources[lang]), wiktionary[lang]);
  const file = join(outDir, `common-words-${lang}.json`);
  const lists = { note: NOTE, frequent: frequent.join(' '), rare: rare.join(' ') };
  if (lang === 'da') lists.nouns = wiktionary.nouns.join(' ');
  writeFileSync(file, JSON.stringify(lists) + '\n');
  console.log(`${file}: ${frequent.length} frequent, ${rare.length} rarer words`);
}
const entries = gazetteer(wiktionary.proper);
const gazetteerFile = join(outDir, 'gazetteer-da-en.json');
writeFileSync(
  gazetteerFile,
  JSON.stringify({ note: NOTE.replace(/the Tatoeba test set \([^)]*\) and /, ''), entries }) + '\n',
);
console.log(`${gazetteerFile}: ${entries.length} names`);
