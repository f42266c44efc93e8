// Names folded to one spelling for comparing: case, diacritics, Nordic letters, dots and hyphens.

/** Lowercase ASCII-ish form: compatibility forms spelt plainly ('CO₂' → 'co2'), diacritics dropped, ø/æ/å spelt out, dots and apostrophes gone, hyphens as spaces. */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/å/g, 'aa')
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’.]/g, '')
    .replace(/[-‐\s]+/g, ' ')
    .trim();
}
