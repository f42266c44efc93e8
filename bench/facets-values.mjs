// Section "values": on faithful translations, do the times and numbers of a Danish line and its English line
// normalise to the same values? Every pair that does not is written to the JSON for a human to sort into
// extractor errors and real translation differences.
import { benchArticles } from './alignment.mjs';
import { note, row, score } from './table.mjs';

/** One reference day for both sides, so that "i går" and "yesterday" resolve to the same date. */
const PUBLISHED = '2019-01-16';
/** Translators round converted measures: the discrepancy stage allows this much relative slack, and so do we. */
const CONVERSION_SLACK = 0.1;
/** Equal up to rounding ('3.85 million' and '3,850,000'), as the discrepancy stage reads them. */
const ROUNDING = 0.005;
/** A unit may follow a range ('51 til 102 mm'): look this many words ahead for it, as the stage does. */
const UNIT_LOOKAHEAD = 3;
const TARGET = 0.95;

/**
 * The comparable atoms of a time facet. A day, its clock time and a length are separate atoms, so that
 * "torsdag kl. 14" read as one facet equals "Thursday" and "2 pm" read as two. A weekday keeps its number only:
 * its resolved date depends on a shift ("på torsdag" looks ahead, "on Thursday" does not) the text leaves open.
 */
export function timeAtoms(t) {
  const atoms = [];
  if (t.kind === 'duration') return t.days !== undefined ? [{ slot: 'length', days: t.days }] : [];
  if (t.time) atoms.push({ slot: 'clock', time: t.time });
  if (t.kind === 'time') return atoms;
  const day = {};
  for (const k of ['weekday', 'day', 'month', 'year']) if (t[k] !== undefined) day[k] = t[k];
  if (t.date && t.kind !== 'weekday') day.date = t.date;
  const slot =
    day.date || day.weekday !== undefined || day.day !== undefined
      ? 'day'
      : day.month !== undefined
        ? 'month'
        : day.year !== undefined
          ? 'year'
          : 'vague'; // "i sidste uge", "last week": a period the facet carries no value for
  atoms.push({ slot, ...day });
  return atoms;
}

/**
 * The unit of measurement written right after a number in `text` ('295 kg', '2 to 4 inches', '85 miles per
 * hour'), if any. As the discrepancy stage reads it, except that a unit of several words ('miles per hour')
 * is tried before its first word.
 */
export function measureAfter(text, number, measures) {
  const after = text.slice(number.end, number.end + 60).toLowerCase();
  const words = after.match(/[\p{L}°²/]+|\d[\d.,]*/gu) ?? [];
  for (const [i, word] of words.slice(0, UNIT_LOOKAHEAD).entries()) {
    for (const size of [3, 2, 1]) {
      const unit = words.slice(i, i + size).join(' ');
      const measure = measures[unit.replace(/\.$/, '')];
      if (measure) return { ...measure, unit };
    }
    if (!/^\d/.test(word) && word.length > 3) return undefined;
  }
  return undefined;
}

/** A number as the discrepancy stage reads it: its possible values, its family and its measure. */
export function numberItem(n, text, measures) {
  const values = [n.value];
  // One separator and exactly three digits after it reads either way: '2,000' is 2 or 2000.
  if (/^\d{1,3}[.,]\d{3}$/.test(n.text)) values.push(n.value < 1000 ? n.value * 1000 : n.value / 1000);
  const measure = measureAfter(text, n, measures);
  const family =
    n.kind === 'percent' || n.kind === 'ordinal' ? n.kind : measure ? `measure:${measure.dimension}` : 'count';
  return { slot: 'number', family, values, measure, kind: n.kind, value: n.value, text: n.text };
}

function sameValue(a, b) {
  if (a === b) return true;
  const big = Math.max(Math.abs(a), Math.abs(b));
  return big > 0 && Math.abs(a - b) / big < ROUNDING;
}

/** Whether two parts of a day agree: what both give is equal, and they give at least one common part. */
function sameParts(a, b, keys) {
  const common = keys.filter((k) => a[k] !== undefined && b[k] !== undefined);
  return common.length > 0 && common.every((k) => a[k] === b[k]);
}

/** Whether atom `a` of one side and `b` of the other name the same value. */
export function matches(a, b) {
  if (a.slot === 'number' && b.slot === 'number') {
    if (a.family !== b.family) return false;
    const [ma, mb] = [a.measure, b.measure];
    // Temperatures in different scales: the stage cannot check them and accepts them, and so do we.
    if (ma?.dimension === 'temperature' && ma.unit !== mb?.unit) return true;
    if (ma?.factor && mb?.factor && ma.unit !== mb.unit) {
      const [x, y] = [a.values[0] * ma.factor, b.values[0] * mb.factor];
      return Math.abs(x - y) <= CONVERSION_SLACK * Math.max(Math.abs(x), Math.abs(y));
    }
    return a.values.some((x) => b.values.some((y) => sameValue(x, y)));
  }
  // A year one side reads as a time and the other as a plain number ('the 1997 match') is the same value.
  if (a.slot === 'number' || b.slot === 'number') {
    const [n, t] = a.slot === 'number' ? [a, b] : [b, a];
    return t.slot === 'year' && n.family === 'count' && n.values.includes(t.year);
  }
  if (a.slot !== b.slot) return false;
  switch (a.slot) {
    case 'length':
      return a.days === b.days;
    case 'clock':
      return a.time === b.time;
    case 'vague':
      return true;
    case 'year':
      return a.year === b.year;
    case 'month':
      return a.month === b.month && (a.year === undefined || b.year === undefined || a.year === b.year);
    default:
      return sameParts(a, b, ['date', 'weekday', 'day', 'month']) && !(a.year && b.year && a.year !== b.year);
  }
}

/** True when every atom on each side pairs with one on the other (a maximum bipartite matching). */
export function allMatched(left, right) {
  if (left.length !== right.length) return false;
  const owner = new Array(right.length).fill(-1);
  const tryAssign = (i, seen) => {
    for (let j = 0; j < right.length; j++) {
      if (seen[j] || !matches(left[i], right[j])) continue;
      seen[j] = true;
      if (owner[j] < 0 || tryAssign(owner[j], seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  return left.every((_, i) => tryAssign(i, new Array(right.length).fill(false)));
}

/** The atoms of one line analysed as an article of its own. */
export function lineAtoms(lib, text, lang) {
  const measures = lib.getLanguagePack(lang).numbers.measures;
  const article = lib.analyze({ text, lang, published: PUBLISHED });
  const times = article.claims.flatMap((c) => c.facets.times);
  const numbers = article.claims.flatMap((c) => c.facets.numbers);
  return {
    atoms: [...times.flatMap(timeAtoms), ...numbers.map((n) => numberItem(n, text, measures))],
    shown: [...times.map(describeTime), ...numbers.map(describeNumber)],
  };
}

function describeTime(t) {
  const fields = ['weekday', 'day', 'month', 'year', 'date', 'time', 'days'].filter((k) => t[k] !== undefined);
  return `${t.kind} "${t.text}" ${fields.map((k) => `${k}=${t[k]}`).join(' ')}`.trim();
}

function describeNumber(n) {
  return `${n.kind} "${n.text}" ${n.value}${n.unit ? ` [${n.unit}]` : ''}`;
}

export async function runValues(ctx) {
  const lib = await ctx.library();
  if (typeof lib.analyze !== 'function' || typeof lib.getLanguagePack !== 'function') {
    throw new Error('dist/index.js does not export analyze() and getLanguagePack()');
  }
  let lines = 0;
  let withAny = 0;
  let equal = 0;
  const unequal = [];
  const failures = [];
  for (const article of benchArticles(ctx)) {
    for (const [i, da] of article.da.entries()) {
      const en = article.en[i];
      lines++;
      ctx.progress(`values ${lines}`);
      let left;
      let right;
      try {
        left = lineAtoms(lib, da, 'da');
        right = lineAtoms(lib, en, 'en');
      } catch (error) {
        failures.push({ id: article.id, line: i, message: String(error?.message ?? error) });
        continue;
      }
      if (left.atoms.length === 0 && right.atoms.length === 0) continue;
      withAny++;
      if (allMatched(left.atoms, right.atoms)) equal++;
      else unequal.push({ id: article.id, line: i, da, en, daValues: left.shown, enValues: right.shown });
    }
  }
  const share = withAny ? equal / withAny : null;
  const rows = [
    row('values', `times+numbers equal in ${score(share, 3)} of ${withAny} pairs that have any (${lines} line pairs; target ${TARGET})`),
  ];
  if (failures.length) rows.push(note(`${failures.length} lines failed (first: ${failures[0].message})`));
  const result = { published: PUBLISHED, lines, withAny, equal, share, target: TARGET, failures, unequal };
  return { rows, result, failed: failures.length > 0 };
}
