// Builds the word lists and the gazetteer that the entities stage reads (data/common-words-*.json,
// data/gazetteer-da-en.json) from the development data. Run it again when the sources change.
//
//   common words: lowercase words of Tatoeba (minus words seen capitalised mid-sentence as often
//                 as lowercase: names like 'Trump'), plus Wiktionary's lowercase words (headwords, the words
//                 of its English glosses, Danish translations) as a rarer tier.
//   nouns (da):   Danish words Wiktionary gives only as nouns (what follows a genitive: 'Trumps regering').
//   gazetteer:    Wiktionary proper nouns glossed as places or organisations, English name → Danish names;
//                 demonyms (Russian / russisk, russer) with the country or region they name; given names
//                 of Wiktionary and the people of Tatoeba (Mads, Charles: a name ending in s that is no Danish
//                 genitive; Johnny English: a demonym as a surname).
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
  const demonyms = [];
  const givenNames = new Set();
  const capitalisedWords = new Set();
  const text = readFileSync(join(dataDir, 'wiktionary-en-da/en-da.txt'), 'utf8');
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.includes('::')) continue;
    const [left, right] = line.split('::');
    const m = /^(.+?) \{([^}]*)\}\s*(?:\((.*)\))?/.exec(left.trim());
    if (!m) continue;
    const [, head, pos, gloss = ''] = m;
    if (pos === 'prop' && /given name/.test(gloss) && /^\p{Lu}\p{Ll}+$/u.test(head)) {
      givenNames.add(head);
      for (const t of right.replace(/\{[^}]*\}/g, '').split(',')) if (/^\p{Lu}\p{Ll}+$/u.test(t.trim())) givenNames.add(t.trim());
    }
    // Every lowercase word of a headword counts, also in phrases ('silent film') and cross-references,
    // and so do the words of the English glosses, which are plain prose ('of or pertaining to', 'throughout').
    if (pos !== 'prop') for (const w of head.split(/\s+/)) if (/^\p{Ll}[\p{Ll}'-]*$/u.test(w)) en.add(w);
    for (const w of gloss.split(/[\s,;:()!?"]+/)) if (/^\p{Ll}[\p{Ll}'-]*\p{Ll}$/u.test(w)) en.add(w);
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
    // 'Russian {adj} (of or pertaining to Russia) :: russisk': a capitalised adjective or noun of a place.
    if (pos !== 'prop' && /^\p{Lu}/u.test(head)) capitalisedWords.add(head.split(' ')[0]);
    if ((pos === 'adj' || pos === 'n') && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(head)) {
      demonyms.push({ head, pos, gloss, translations });
    }
    for (const t of translations) {
      for (const w of t.split(/\s+/)) if (/^\p{Ll}[\p{Ll}-]*$/u.test(w)) da.add(w);
      if (/^\p{Ll}[\p{Ll}-]*$/u.test(t)) (pos === 'n' ? daNouns : daOther).add(t);
    }
  }
  // Danish words Wiktionary gives only as nouns: what may follow a bare genitive ('Trumps regering').
  const nouns = [...daNouns].filter((w) => !daOther.has(w) && !w.includes('-')).sort();
  return { en, da, proper, nouns, demonyms, givenNames: [...givenNames].sort(), capitalisedWords };
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
  republic kingdom emirate oblast federal_subject principality nation autonomous_community prefecture USSR`);
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

/** Other English names of countries in Wiktionary glosses, beside the CLDR names. */
const COUNTRY_ALIASES = { britain: 'GB', 'great britain': 'GB', 'u.s.': 'US', us: 'US', 'u.s.a.': 'US', uk: 'GB',
  'united states of america': 'US', holland: 'NL', burma: 'MM', 'republic of congo': 'CG', turkey: 'TR' };
/** Danish demonyms that are more often everyday words: 'lette' (light, ease), 'finne' (fin), 'liver' (lives). */
const EVERYDAY_DANISH = new Set(['lette', 'finne', 'liver']);
/** Capitalised words Wiktionary ties to a place that name something else in the news (a script, a field). */
const NOT_DEMONYMS = new Set(['Latin', 'Roman', 'Anschluss', 'Danbo', 'Chernobyl', 'Jute', 'Wend', 'Mede', 'Median']);

/** English place name (lowercase) → key: CLDR country codes as 'region:XX', other places by their gazetteer key. */
function placeNames(places) {
  const out = new Map(Object.entries(COUNTRY_ALIASES).map(([name, code]) => [name, `region:${code}`]));
  const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // A withdrawn code (DD, SU) is canonicalised to the current one and carries its name: skip it.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      const name = regions.of(code)?.toLowerCase();
      if (name && name !== code.toLowerCase() && !/[()]/.test(name) && !out.has(name)) out.set(name, `region:${code}`);
    }
  }
  for (const e of places) if (e.type === 'place' && !out.has(e.key)) out.set(e.key, e.key);
  return out;
}

/** Length of the longest common beginning of a word and any of some names, lowercase. */
function prefixLength(word, names) {
  let best = 0;
  for (const name of names) {
    const lower = name.toLowerCase();
    let n = 0;
    while (n < word.length && word[n] === lower[n]) n++;
    best = Math.max(best, n);
  }
  return best;
}

/** Danish names of a demonym's place: the CLDR Danish name of a region, the gazetteer's Danish names of others. */
function danishNamesOf(entries) {
  const regions = new Intl.DisplayNames(['da'], { type: 'region', fallback: 'none' });
  const byKey = new Map(entries.map((e) => [e.key, e.da]));
  return (key) => (key.startsWith('region:') ? [regions.of(key.slice(7)) ?? ''] : byKey.get(key) ?? []);
}

/**
 * Demonyms: the first capitalised phrase of a gloss that names a known place ('of or pertaining to Russia')
 * gives the headword's place; the Danish translations, lowercase words, are its Danish forms.
 */
function demonymTable(rows, places, frequentDanish, danishPlaceNames) {
  // A Danish form that is also an everyday word ('lette' Latvian / light, 'lap') or very short is left out.
  const usable = (w) => w.length >= 5 && !EVERYDAY_DANISH.has(w) && (/sk$/.test(w) || !frequentDanish.has(w));
  const byHead = new Map();
  for (const { head, pos, gloss, translations } of rows) {
    if (NOT_DEMONYMS.has(head) || /(?:logy|phobia|phile)$/.test(head)) continue;
    const entry = byHead.get(head) ?? { head, key: null, en: new Set([head]), da: new Set(), senses: 0 };
    entry.senses++;
    // The place follows 'of', 'from', 'to' or 'in': '(of or pertaining to Russia)', '(person from the U.S.)'.
    const phrases = gloss.matchAll(/\b(?:of|from|to|in) (?:the )?(\p{Lu}[\p{L}.]*(?: (?:of )?(?:the )?\p{Lu}[\p{L}.]*)*)/gu);
    for (const [, phrase] of phrases) {
      entry.key ??= places.get(phrase.toLowerCase()) ?? null;
    }
    // A gloss without a place ('(person)', '(language)') still brings its Danish forms.
    if (pos === 'n' && !/(?:s|sh|ch|ese)$/.test(head)) entry.en.add(head.endsWith('man') ? `${head.slice(0, -3)}men` : `${head}s`);
    for (const t of translations) if (/^\p{L}+$/u.test(t) && usable(t.toLowerCase())) entry.da.add(t.toLowerCase());
    byHead.set(head, entry);
  }
  // A Danish form under several headwords ('skotsk': Scottish, Caledonian) stays with the one whose place's
  // Danish name it resembles most ('Skotland'), then the one with most senses.
  const owner = new Map();
  const score = (f, e) => [prefixLength(f, danishPlaceNames(e.key)), e.senses];
  const better = (a, b) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  for (const e of byHead.values()) {
    if (!e.key) continue;
    for (const f of e.da) if (!owner.has(f) || better(score(f, e), score(f, owner.get(f)))) owner.set(f, e);
  }
  for (const e of byHead.values()) for (const f of e.da) if (owner.get(f) !== e) e.da.delete(f);
  return [...byHead.values()]
    .filter((e) => e.key && e.da.size > 0)
    .map((e) => ({ ...(e.key.startsWith('region:') ? { region: e.key.slice(7) } : { key: e.key }),
      en: [...e.en], da: [...e.da] }))
    .sort((a, b) => a.en[0].localeCompare(b.en[0]));
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
const frequentWords = {};
for (const lang of ['da', 'en']) {
  const { frequent, rare } = commonWords(countCorpus(sources[lang]), wiktionary[lang]);
  frequentWords[lang] = new Set(frequent);
  const file = join(outDir, `common-words-${lang}.json`);
  const lists = { note: NOTE, frequent: frequent.join(' '), rare: rare.join(' ') };
  if (lang === 'da') lists.nouns = wiktionary.nouns.join(' ');
  writeFileSync(file, JSON.stringify(lists) + '\n');
  console.log(`${file}: ${frequent.length} frequent, ${rare.length} rarer words`);
}
const entries = gazetteer(wiktionary.proper);
// Tatoeba's people: words only ever capitalised mid-sentence there (Tom, Mary, Jack), places aside.
const placeWords = new Set(entries.flatMap((e) => [...e.en, ...e.da]).map((n) => n.toLowerCase()));
for (const lang of ['en', 'da']) {
  const { lower, capital } = countCorpus(sources[lang]);
  for (const [w, n] of capital) {
    const name = w[0].toUpperCase() + w.slice(1);
    // Weekdays, months and demonyms are capitalised words of the dictionary, not people.
    const dictionary = wiktionary.capitalisedWords.has(name) || wiktionary.capitalisedWords.has(name.replace(/s$/, ''));
    if (n >= 2 && !lower.has(w) && !placeWords.has(w) && !dictionary && /^\p{L}{3,}$/u.test(w)) {
      wiktionary.givenNames.push(name);
    }
  }
}
wiktionary.givenNames = [...new Set(wiktionary.givenNames)].sort();
const demonyms = demonymTable(wiktionary.demonyms, placeNames(entries), frequentWords.da, danishNamesOf(entries));
const gazetteerFile = join(outDir, 'gazetteer-da-en.json');
// The given names come partly from Tatoeba, so the gazetteer carries both sources' attribution.
const note = NOTE;
writeFileSync(gazetteerFile, JSON.stringify({ note, entries, demonyms, givenNames: wiktionary.givenNames }) + '\n');
console.log(`${gazetteerFile}: ${entries.length} names, ${demonyms.length} demonyms, ` +
  `${wiktionary.givenNames.length} given names`);
