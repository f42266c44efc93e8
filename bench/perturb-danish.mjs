// Planted edits in the Danish line: the other direction of the perturbation bench. The English-side edits
// (perturb-edits.mjs) test what the library reads in English against a faithful Danish line; these change the
// Danish line instead, so a miss shows what it fails to read in Danish (its numbers, dates, names and negation).
// Each is pure: (da, en, random, context) → { da, en, start, end, before, after } | null, with start/end in the new
// Danish line. An edit applies only where the English line carries the same thing.
import { changeDigits, digitsOf, escape, NEGATORS, NEGATORS_DA, pick, word } from './perturb-edits.mjs';
import { CITIES, COUNTRIES, MONTHS, MONTHS_DA, NUMBER_WORDS, NUMBER_WORDS_DA, STATES, SURNAMES, WEEKDAYS, WEEKDAYS_DA } from './perturb-words.mjs';

const wordsIn = (text, list, flags = 'gu') =>
  [...text.matchAll(new RegExp(`(?<![\\p{L}\\d])(${list.map(escape).join('|')})(?![\\p{L}\\d])`, flags))];
const sameCase = (model, text) => (/^\p{Lu}/u.test(model) ? text[0].toUpperCase() + text.slice(1) : text);
/** Whether the text before a word ends a sentence or opens a quotation: a capital there says nothing. */
const opens = (da, index) => /(^|[.!?:"“”«»(–-])\s*$/u.test(da.slice(0, index));

function replace(da, en, start, end, after) {
  return { da: da.slice(0, start) + after + da.slice(end), en, start, end: start + after.length, before: da.slice(start, end), after };
}

/**
 * One of `danish` in the Danish line, whose English counterpart (same place in `english`) the English line gives,
 * swapped for another of `danish`, written with the same case.
 */
function swapListed(da, en, random, danish, english) {
  const found = wordsIn(da, danish, 'giu').filter((m) => word(english[danish.indexOf(m[1].toLowerCase())]).test(en));
  if (found.length === 0) return null;
  const m = pick(found, random);
  const other = pick(danish.filter((d) => d !== m[1].toLowerCase()), random);
  return replace(da, en, m.index, m.index + m[1].length, sameCase(m[1], other));
}

export function editWeekdayDa(da, en, random) {
  return swapListed(da, en, random, WEEKDAYS_DA, WEEKDAYS);
}

export function editMonthDa(da, en, random) {
  // 'maj' stays out as 'May' does on the English side: the English check would meet the verb.
  const kept = (_, k) => MONTHS_DA[k] !== 'maj';
  return swapListed(da, en, random, MONTHS_DA.filter(kept), MONTHS.filter(kept));
}

/** A number written in digits the Danish way ('1.500', '3,5') or a number word, given the same in English. */
export function editNumberDa(da, en, random) {
  const enDigits = new Set([...en.matchAll(/\d[\d.,]*\d|\d/g)].map((m) => digitsOf(m[0])));
  const monthAfter = new RegExp(`^\\.?\\s*(${MONTHS_DA.join('|')})`, 'i');
  const digits = [...da.matchAll(/(?<![\p{L}\d.,:/-])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?![\d:/]|[.,]\d|\p{L})/gu)]
    .filter((m) => {
      const value = Number(m[1].replace(/\./g, '').replace(',', '.'));
      const after = da.slice(m.index + m[1].length, m.index + m[1].length + 16);
      const before = da.slice(Math.max(0, m.index - 12), m.index);
      if (/^\d{4}$/.test(m[1]) && value >= 1800 && value <= 2099) return false; // a year is a date
      if (monthAfter.test(after) || /(^|\s)d\.\s*$/.test(before)) return false; // 'den 5. maj', 'd. 5.'
      if (/^\s*(?:[.:]\d|tiden|klokken)/.test(after) || /klokken\s*$|kl\.\s*$/.test(before)) return false; // a clock time
      return enDigits.has(digitsOf(m[1]));
    })
    .map((m) => ({ index: m.index, text: m[1], changed: changeDigits(m[1], random) }));
  const words = wordsIn(da, NUMBER_WORDS_DA, 'giu')
    .filter((m) => {
      const k = NUMBER_WORDS_DA.indexOf(m[1].toLowerCase());
      return word(NUMBER_WORDS[k], 'iu').test(en) || word(String(k + 2)).test(en);
    })
    .map((m) => ({ index: m.index, text: m[1], changed: sameCase(m[1], pick(NUMBER_WORDS_DA.filter((w) => w !== m[1].toLowerCase()), random)) }));
  const found = [...digits, ...words];
  if (found.length === 0) return null;
  const m = pick(found, random);
  return replace(da, en, m.index, m.index + m.text.length, m.changed);
}

/**
 * A place the two lines name (Danish form in the Danish line, English in the English) swapped for another of its
 * kind; or a surname the English article gives with a first name, written in both lines, swapped for another.
 */
export function editNameDa(da, en, random, context) {
  const targets = [];
  for (const group of [COUNTRIES, CITIES, STATES]) {
    for (const [e, d] of group) {
      const m = word(d).exec(da);
      if (!m || opens(da, m.index) || !word(e).test(en) || da.split(d).length > 2) continue;
      targets.push({ index: m.index, text: d, others: group.map(([, x]) => x).filter((x) => !da.includes(x) && !en.includes(x)) });
    }
  }
  for (const surname of context.surnames) {
    const m = word(surname).exec(da);
    if (!m || opens(da, m.index) || !word(surname).test(en) || da.split(surname).length > 2) continue;
    targets.push({ index: m.index, text: surname, others: SURNAMES.filter((x) => !da.includes(x) && !en.includes(x)) });
  }
  if (targets.length === 0) return null;
  const t = pick(targets, random);
  return replace(da, en, t.index, t.index + t.text.length, pick(t.others, random));
}

const FINITE_DA = ['er', 'var', 'har', 'havde', 'vil', 'ville', 'kan', 'kunne', 'skal', 'skulle', 'blev', 'bliver'];
/** Words after which a finite verb may belong to a subordinate or reported clause, not the main one. */
const NOT_MAIN_DA = /(?<!\p{L})(at|som|der|hvis|når|fordi|mens|da|om|selvom|siger|sagde|mener|mente|tror|troede)(?!\p{L})|[,;:"“”«»]/iu;

/** 'ikke' after the first finite verb of the main clause ('Han er klar' → 'Han er ikke klar'), where neither line negates. */
export function editNegationDa(da, en) {
  if (NEGATORS_DA.test(da) || NEGATORS.test(en) || /\?\s*["”»]?$/.test(da)) return null;
  const m = new RegExp(`(?<![\\p{L}])(${FINITE_DA.join('|')})\\s+(?=\\p{L})`, 'iu').exec(da);
  if (!m) return null;
  const prefix = da.slice(0, m.index);
  if (!/\p{L}/u.test(prefix) || NOT_MAIN_DA.test(prefix) || prefix.split(/\s+/).length > 14) return null;
  const at = m.index + m[1].length;
  return { da: `${da.slice(0, at)} ikke${da.slice(at)}`, en, start: at + 1, end: at + 5, before: '', after: 'ikke' };
}

/** The Danish-side kinds: reported in a row of their own, beside the English-side kinds. */
export const DANISH_EDIT_KINDS = [
  { kind: 'da weekday', edit: editWeekdayDa, expect: 'date', side: 'left' },
  { kind: 'da month', edit: editMonthDa, expect: 'date', side: 'left' },
  { kind: 'da number', edit: editNumberDa, expect: 'number', side: 'left' },
  { kind: 'da name', edit: editNameDa, expect: ['entity', 'attribution'], side: 'left' },
  { kind: 'da negation', edit: editNegationDa, expect: 'negation', side: 'left' },
];
