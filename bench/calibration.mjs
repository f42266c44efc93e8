// The calibration table: of the findings reported at a confidence, how many are real. In the perturbation bench
// every article carries one planted change; a finding is real when it reports that change, and any other finding
// counts as false (a real translation difference of the faithful text too, so the table errs on the harsh side).
import { note, row, score } from './table.mjs';

/** Confidence bins [from, to): the last one takes 1.0 too. */
export const BINS = [0, 0.2, 0.4, 0.6, 0.7, 0.8, 0.9, 1];

/** Per bin: how many findings, how many real, their mean confidence. */
export function calibrationTable(findings, bins = BINS) {
  const rows = [];
  for (let i = 0; i < bins.length - 1; i++) {
    const from = bins[i];
    const to = bins[i + 1];
    const last = i === bins.length - 2;
    const mine = findings.filter((f) => f.confidence >= from && (f.confidence < to || (last && f.confidence <= to)));
    const real = mine.filter((f) => f.real).length;
    const mean = mine.length ? mine.reduce((sum, f) => sum + f.confidence, 0) / mine.length : null;
    rows.push({ from, to, n: mine.length, real, share: mine.length ? real / mine.length : null, mean });
  }
  // Expected calibration error: the gap between stated confidence and the real share, weighted by bin size.
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  const error = total ? rows.reduce((sum, r) => sum + (r.n ? r.n * Math.abs(r.share - r.mean) : 0), 0) / total : null;
  // Per kind: how many findings, and the real share of those at 0.5 or more.
  const kinds = {};
  for (const f of findings) {
    const k = (kinds[f.kind] ??= { n: 0, high: 0, highReal: 0 });
    k.n++;
    if (f.confidence >= 0.5) {
      k.high++;
      if (f.real) k.highReal++;
    }
  }
  return { bins: rows, total, error, kinds };
}

export function calibrationRows(table) {
  const cells = table.bins
    .filter((b) => b.n > 0)
    .map((b) => `${b.from.toFixed(1)}–${b.to.toFixed(1)} ${score(b.share)} (${b.real}/${b.n})`);
  return [
    row('calibration', `real share of findings by confidence (articles with one planted change): ${cells.slice(0, 3).join(' · ')}`),
    note(cells.slice(3).join(' · ')),
    note(`expected calibration error ${score(table.error, 3)} over ${table.total} findings`),
    note(`real share at ≥ 0.5 by kind: ${Object.entries(table.kinds)
      .filter(([, k]) => k.high > 0)
      .map(([kind, k]) => `${kind} ${score(k.highReal / k.high)} (${k.high})`)
      .join(' · ')}`),
  ];
}

/** The calibration error of each half, and the held-out half's table. */
export function calibrationHalfRows(byHalf) {
  const heldOut = byHalf['held-out'];
  const cells = heldOut.bins.filter((b) => b.n > 0).map((b) => `${b.from.toFixed(1)}–${b.to.toFixed(1)} ${score(b.share)} (${b.real}/${b.n})`);
  return [
    note(`by half: expected calibration error reading ${score(byHalf.reading.error, 3)} (${byHalf.reading.total}) | ` +
      `held-out ${score(heldOut.error, 3)} (${heldOut.total}); held-out table: ${cells.slice(0, 3).join(' · ')}`),
    note(cells.slice(3).join(' · ')),
  ];
}
