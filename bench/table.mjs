// Fixed-width text for the bench table.

const LABEL_WIDTH = 12;

/** One table row: a section label padded to a fixed width, then the text. */
export function row(label, text) {
  return `${label.padEnd(LABEL_WIDTH)}${text}`;
}

/** A continuation row under the previous one (diagnostics, skip notes). */
export function note(text) {
  return `${' '.repeat(LABEL_WIDTH)}${text}`;
}

/** A score in [0, 1] with two decimals; '—' when undefined. */
export function score(value, digits = 2) {
  return value === null || value === undefined || Number.isNaN(value) ? '—   ' : value.toFixed(digits);
}

export function milliseconds(value) {
  if (value === null || value === undefined) return '—';
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
}

export function seconds(ms) {
  if (ms === null || ms === undefined) return '—';
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function rate(value) {
  if (value === null || value === undefined) return '—';
  return value < 10 ? value.toFixed(1) : String(Math.round(value));
}

/** The first line of the table. */
export function header(embedderName, date) {
  return `claimdiff bench — ${embedderName} — ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
