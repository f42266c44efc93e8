// Danish polarity through analyze(): is the claim's main predicate negated? Idioms that only look negative
// ('ikke kun', 'ingen tvivl') and negators in a subordinate clause do not count; a negated reported clause does.
import { describe, expect } from 'vitest';
import { negatedOf, type NegationRow, read, table } from '../golden';

const rows: NegationRow[] = [
  // Plain negators.
  { text: 'Regeringen vil ikke hæve skatten.', negated: true },
  { text: 'Ministeren har aldrig mødt ham.', negated: true },
  { text: 'Ingen blev dræbt ved ulykken.', negated: true },
  { text: 'Politiet fandt intet i bilen.', negated: true },
  { text: 'Skolen har hverken penge eller lærere.', negated: true },
  { text: 'Minkavlerne fik ikke erstatning.', negated: true },
  { text: 'Kommunen kan ikke finde pengene.', negated: true },
  // No negator.
  { text: 'Regeringen hæver skatten.', negated: false },
  { text: 'Hun kom hjem i går.', negated: false },
  // Implicit negatives are no negators.
  { text: 'Han afviste at kommentere sagen.', negated: false },
  // Idioms.
  { text: 'Der er ingen tvivl om resultatet.', negated: false },
  { text: 'Aftalen gælder ikke kun for Danmark, men også for Sverige.', negated: false },
  { text: 'Planen koster ikke blot penge, men også tid.', negated: false },
  { text: 'Ikke desto mindre vedtog Folketinget loven.', negated: false },
  { text: 'Ikke mindst de unge stemte.', negated: false },
  { text: 'Der kom ikke mere end tyve mennesker.', negated: false },
  { text: 'Kort efter ankom politiet, ikke længe efter eksplosionen.', negated: false },
  // Clauses: a reported clause is the content; a relative or conditional clause is not.
  { text: 'Han sagde, at han ikke var til stede.', negated: true },
  { text: '»Vi har ikke pengene,« siger borgmesteren.', negated: true },
  { text: 'Skatten stiger ikke, siger finansministeren.', negated: true },
  { text: 'Manden, der ikke ville udtale sig, forlod retten.', negated: false },
  { text: 'Hvis forhandlingerne ikke begynder, følger der sanktioner.', negated: false },
  { text: 'Selvom han ikke var enig, stemte han for.', negated: false },
  { text: 'Det er ikke sandt, at skatten stiger.', negated: true,
    bug: "the tag-question idiom 'ikke sandt' also swallows a plain 'Det er ikke sandt, at …' (English 'It is not true that …' is negated)" },
];

describe('Danish negation (golden)', () => {
  table(rows, ({ text, negated }) => {
    expect(negatedOf(read('da', text))).toBe(negated);
  });
});
