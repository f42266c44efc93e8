// Word links beyond the dictionary's one-word translations, each { en: [word], da: word, weight }:
//
//   phrase links  — "direct speech :: direkte tale": a two-word gloss and a two-word translation pair word
//                   by word when one of the pairs is already a known translation (adjective + noun keep
//                   their order in both languages);
//   learned links — a word-alignment model (IBM Model 1, trained both ways by EM) on Tatoeba sentence pairs:
//                   two words link when each is the other's likeliest translation ("ate"/"spiste",
//                   "customers"/"kunder": inflected forms the dictionary does not list);
//   englishBase   — the base of a regular English form ("talks" → "talk"), which the build leans it towards.
// Cognates found by spelling were tried as a third source and left out: as many false friends as finds
// ("bigger"/"bygger", "forest"/"forreste"), and no gain in retrieval or alignment.
import { tokenWords } from './model-data.mjs';

const ARTICLES = new Set(['the', 'a', 'an', 'to', 'den', 'det', 'de', 'en', 'et', 'at']);
const content = (words) => words.filter((w) => !ARTICLES.has(w));

/** Pairs word by word the multi-word entries whose other words are already known translations of each other. */
export function phraseLinks(phrases, known) {
  const links = [];
  for (const { en, da } of phrases) {
    const e = content(en);
    const d = content(da);
    if (e.length !== d.length || e.length < 2 || e.length > 3) continue;
    const pairs = e.map((w, i) => [w, d[i]]);
    if (!pairs.some(([w, x]) => known.get(x)?.has(w))) continue;
    for (const [w, x] of pairs) if (w !== x && !known.get(x)?.has(w)) links.push({ en: [w], da: x, weight: 0.5 });
  }
  return links;
}

/** IBM Model 1: t[target][source] = p(target word | source word), with a NULL source. */
function model1(pairs, iterations) {
  const t = new Map();
  for (const [source, target] of pairs) {
    for (const f of target) {
      if (!t.has(f)) t.set(f, new Map());
      for (const e of ['', ...source]) t.get(f).set(e, 1);
    }
  }
  for (let it = 0; it < iterations; it++) {
    const count = new Map();
    const total = new Map();
    for (const [source, target] of pairs) {
      const es = ['', ...source];
      for (const f of target) {
        const row = t.get(f);
        const z = es.reduce((s, e) => s + row.get(e), 0);
        for (const e of es) {
          const c = row.get(e) / z;
          if (!count.has(f)) count.set(f, new Map());
          count.get(f).set(e, (count.get(f).get(e) ?? 0) + c);
          total.set(e, (total.get(e) ?? 0) + c);
        }
      }
    }
    for (const [f, row] of count) for (const [e, c] of row) t.get(f).set(e, c / total.get(e));
  }
  return t;
}

/** For each source word, the target word it most likely translates to, with that probability. */
function bestTranslations(t) {
  const best = new Map();
  for (const [f, row] of t) {
    for (const [e, p] of row) {
      if (!e) continue;
      if (!best.has(e) || best.get(e).p < p) best.set(e, { word: f, p });
    }
  }
  return best;
}

/** Links from sentence pairs [english, danish] (text): mutual best translations seen together at least twice. */
export function learnedLinks(sentencePairs, { iterations = 6, minCount = 2, minProbability = 0.2 } = {}) {
  const pairs = sentencePairs.map(([en, da]) => [tokenWords(en), tokenWords(da)]);
  const seen = new Map();
  for (const [en, da] of pairs) {
    for (const e of new Set(en)) for (const d of new Set(da)) {
      const key = `${e}\t${d}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  const daGivenEn = bestTranslations(model1(pairs, iterations));
  const enGivenDa = bestTranslations(model1(pairs.map(([en, da]) => [da, en]), iterations));
  const links = [];
  for (const [e, { word: d, p }] of daGivenEn) {
    const back = enGivenDa.get(d);
    if (!back || back.word !== e || e === d) continue;
    if (Math.min(p, back.p) < minProbability || (seen.get(`${e}\t${d}`) ?? 0) < minCount) continue;
    if (/^\d+$/.test(e) || /^\d+$/.test(d)) continue;
    links.push({ en: [e], da: d, weight: Math.min(p, back.p) });
  }
  return links;
}

/** The base of a regularly inflected English word ("talks", "studies", "delivered", "meeting") that `known` accepts. */
export function englishBase(word, known) {
  const candidates = [];
  if (word.endsWith('ies')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) candidates.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) candidates.push(word.slice(0, -1));
  if (word.endsWith('ied')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) candidates.push(word.slice(0, -2), word.slice(0, -1), word.slice(0, -3));
  if (word.endsWith('ing')) candidates.push(word.slice(0, -3), `${word.slice(0, -3)}e`, word.slice(0, -4));
  return candidates.find((w) => w.length >= 3 && known(w));
}
