// Numbers of aligned claims: a count, amount or share that one side gives differently.
import { CELSIUS, FAHRENHEIT } from '../../facets/numbers/rules';
import type { Claim, Discrepancy, NumberFacet, NumberMeasure } from '../../types';
import { pairOneToOne } from './one-to-one';
import { collect, confidenceFor, side, type Comparer, type Located } from '../group/context';

/** Translators round converted measures ('295 kg' for '650 pounds' is 294.8): this much relative slack. */
const CONVERSION_SLACK = 0.1;

interface Reading {
  item: Located<NumberFacet>;
  /** Possible values: '2,000' in Danish text may be the English-style 2000 a translator kept. */
  values: number[];
  measure?: NumberMeasure;
}

export const compareNumbers: Comparer = (group, say) => {
  const left = collect(group.left, (c) => c.facets.numbers).map(read);
  const right = collect(group.right, (c) => c.facets.numbers).map(read);
  const leftYears = yearsOf(group.left);
  const rightYears = yearsOf(group.right);
  const [pairedLeft, pairedRight] = pairOneToOne(left, right, agree);
  const openLeft = left.filter((l, i) => !pairedLeft.has(i) && !isYearOf(l, rightYears));
  const openRight = right.filter((r, j) => !pairedRight.has(j) && !isYearOf(r, leftYears));
  const found: Discrepancy[] = [];
  const taken = new Set<number>();
  for (const l of openLeft) {
    // Pair each unexplained number with the first unexplained comparable one on the other side, in text order.
    const k = openRight.findIndex((r, idx) => !taken.has(idx) && comparable(l, r));
    if (k < 0) continue;
    taken.add(k);
    const r = openRight[k];
    // When both sides have several numbers and most are unexplained, the pairing is a guess: say so.
    const ambiguous = openLeft.length > 1 || openRight.length > 1;
    found.push({
      kind: 'number',
      left: side(l.item, l.item.facet.value),
      right: side(r.item, r.item.facet.value),
      confidence: confidenceFor(group, ambiguous ? 0.55 : 0.8),
      message: say.number({ text: l.item.facet.text, shown: format(l) }, { text: r.item.facet.text, shown: format(r) }),
    });
  }
  return found;
};

function read(item: Located<NumberFacet>): Reading {
  const { facet } = item;
  const values = [facet.value];
  // One separator and exactly three digits after it reads either way: '2,000' is 2 or 2000.
  if (/^\d{1,3}[.,]\d{3}$/.test(facet.text)) {
    values.push(facet.value < 1000 ? facet.value * 1000 : facet.value / 1000);
  }
  return { item, values, measure: facet.measure };
}

function family(r: Reading): string {
  const kind = r.item.facet.kind;
  if (kind === 'percent' || kind === 'ordinal') return kind;
  return r.measure ? `measure:${r.measure.dimension}` : 'count';
}

function comparable(a: Reading, b: Reading): boolean {
  return family(a) === family(b);
}

function agree(a: Reading, b: Reading): boolean {
  if (!comparable(a, b)) return false;
  const [x, y] = [a.measure, b.measure];
  if (x?.dimension === 'temperature' && y) return sameTemperature(a, b);
  // Units of one size ('km' and 'kilometer', '%' and 'procent') compare as written; only a conversion has slack.
  if (x?.factor && y?.factor && x.factor !== y.factor) {
    return a.values.some((u) => b.values.some((v) => nearBase(inBase(u, x), inBase(v, y))));
  }
  return a.values.some((u) => b.values.some((v) => sameValue(u, v)));
}

function inBase(value: number, m: { factor?: number; offset?: number }): number {
  return value * (m.factor ?? 1) + (m.offset ?? 0);
}

function nearBase(x: number, y: number): boolean {
  return Math.abs(x - y) <= CONVERSION_SLACK * Math.max(Math.abs(x), Math.abs(y));
}

/** The temperature scales a reading of 'degrees' may be on (°C, °F), as kelvins per degree and zero. */
const SCALES = [CELSIUS, FAHRENHEIT];
/** Translators round a converted temperature ('80 degrees' → '26 grader' is 26.7): this many kelvin of slack. */
const TEMPERATURE_SLACK = 1;

/**
 * Temperatures, in kelvin with a slack of their own (a relative one would be wide at 300 K). A side may leave its
 * scale open ('30 grader', '86 degrees'): then they agree when the same number, or when some reading of the open
 * scale makes them one temperature (a translator converting Fahrenheit).
 */
function sameTemperature(a: Reading, b: Reading): boolean {
  const kelvins = (r: Reading) => {
    const m = r.measure!;
    const scales = m.factor ? [m] : SCALES;
    return r.values.flatMap((v) => scales.map((s) => ({ factor: s.factor, k: inBase(v, s) })));
  };
  if (a.values.some((u) => b.values.some((v) => sameValue(u, v)))) return true;
  // Only a conversion from one scale to the other is rounded: on one scale a degree apart is a change.
  return kelvins(a).some((x) =>
    kelvins(b).some((y) => x.factor !== y.factor && Math.abs(x.k - y.k) <= TEMPERATURE_SLACK),
  );
}

/** Equal up to rounding: "3.85 million" and "3,850,000", "2.5 %" and "2.50 %". */
function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  const big = Math.max(Math.abs(a), Math.abs(b));
  return big > 0 && Math.abs(a - b) / big < 0.005;
}

function yearsOf(claims: Claim[]): Set<number> {
  return new Set(claims.flatMap((c) => c.facets.times.filter((t) => !t.bare).map((t) => t.year).filter((y): y is number => y !== undefined)));
}

/** A bare '1997' one side reads as a number is the year the other side reads as a time ('the 1997 match'). */
function isYearOf(r: Reading, years: Set<number>): boolean {
  return Number.isInteger(r.item.facet.value) && years.has(r.item.facet.value);
}

function format(r: Reading): string {
  const value = r.item.facet.value.toLocaleString('en');
  if (r.item.facet.kind === 'percent') return `${value}%`;
  return r.measure ? `${value} ${r.measure.unit}` : value;
}
