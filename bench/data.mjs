// Loads the development datasets. A missing dataset is not an error: the section that needs it is skipped.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hashString } from './random.mjs';

/** Thrown when a dataset is absent; its message is the line the bench prints. */
export class MissingData extends Error {
  constructor(what, relativePath) {
    super(`skipped: ${what} not found at ${relativePath}`);
    this.name = 'MissingData';
  }
}

/** Where the datasets live: `--data DIR`, else ../shared/data beside the repository. */
export function dataLocation(root, override) {
  const dir = override ? path.resolve(override) : path.resolve(root, '..', 'shared', 'data');
  return {
    dir,
    /** Absolute path of a dataset file, and the path to print (relative to the repository). */
    file(...parts) {
      const absolute = path.join(dir, ...parts);
      return { absolute, shown: path.relative(root, absolute) || '.' };
    },
  };
}

/** The lines of a text file, without the empty line a final newline leaves. */
export function readLines(file, what) {
  if (!existsSync(file.absolute)) throw new MissingData(what, file.shown);
  const lines = readFileSync(file.absolute, 'utf8').split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function readText(file, what) {
  if (!existsSync(file.absolute)) throw new MissingData(what, file.shown);
  return readFileSync(file.absolute, 'utf8');
}

/**
 * Groups line-aligned parallel lines into articles: consecutive lines sharing an id form one article.
 * Returns [{ id, index, da: string[], en: string[] }] in data order.
 */
export function groupArticles(ids, da, en) {
  if (ids.length !== da.length || ids.length !== en.length) {
    throw new Error(`line counts differ: ${ids.length} ids, ${da.length} Danish, ${en.length} English`);
  }
  const articles = [];
  for (let i = 0; i < ids.length; i++) {
    const last = articles[articles.length - 1];
    if (last && last.id === ids[i]) {
      last.da.push(da[i]);
      last.en.push(en[i]);
    } else {
      articles.push({ id: ids[i], index: articles.length, da: [da[i]], en: [en[i]] });
    }
  }
  return articles;
}

/**
 * Which half of the development data an item belongs to, stably across runs and commits: 'reading' (what rules
 * and thresholds are tuned on) or 'held-out' (reported, never tuned on). `key` names the item: an NTREX article
 * by its id ('ntrex:<doc id>'), a Tatoeba pair by its line index ('tatoeba:<index>').
 */
export function halfOf(key) {
  if (key.startsWith('ntrex:')) return ntrexHalf(key.slice('ntrex:'.length));
  return hashString(key) % 2 === 0 ? 'reading' : 'held-out';
}

/** The NTREX dev articles (60 news articles, English originals with Danish translations). */
export function loadNtrexArticles(location) {
  const what = 'ntrex-dev';
  const ids = readLines(location.file('ntrex-dev', 'doc_ids.txt'), what);
  const da = readLines(location.file('ntrex-dev', 'dan.txt'), what);
  const en = readLines(location.file('ntrex-dev', 'eng.txt'), what);
  return groupArticles(ids, da, en);
}

/**
 * The project's two halves of the NTREX articles, fixed once: an article is in the reading half when the FNV-1a
 * hash of its id (`hashString`) is even, else in the held-out half (28 and 32 of the 60 articles). Rules and word
 * lists are written looking at the reading half only; a change is kept when it helps the held-out half too.
 */
export function ntrexHalf(id) {
  return hashString(id) % 2 === 0 ? 'reading' : 'held-out';
}

/** Tatoeba Danish–English sentence pairs: [{ index, da, en }]. */
export function loadTatoeba(location) {
  const what = 'tatoeba-da-en';
  const da = readLines(location.file('tatoeba-da-en', 'dan.txt'), what);
  const en = readLines(location.file('tatoeba-da-en', 'eng.txt'), what);
  if (da.length !== en.length) throw new Error(`tatoeba-da-en: ${da.length} Danish lines, ${en.length} English`);
  return da.map((text, index) => ({ index, da: text, en: en[index] }));
}

/** Paths of the seed pair (the CLI reads the files itself). */
export function seedPairFiles(location) {
  const da = location.file('seed-pair', 'da.txt');
  const en = location.file('seed-pair', 'en.txt');
  for (const file of [da, en]) {
    if (!existsSync(file.absolute)) throw new MissingData('seed pair', file.shown);
  }
  return { da, en };
}
