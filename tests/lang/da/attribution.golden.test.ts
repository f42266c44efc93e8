// Danish attribution through analyze(): who says a claim (claim.attribution.speaker.text) and the outlet it is
// credited to (claim.attribution.via). `claim` picks a later claim of the text (0 = the first).
import { describe, expect } from 'vitest';
import { attributionOf, type AttributionRow, read, table } from '../golden';

const rows: AttributionRow[] = [
  // A speaker before or after the reporting verb.
  { text: 'Borgmesteren siger, at budgettet holder.', speaker: 'Borgmesteren' },
  { text: 'Mette Hansen fortæller, at hun mistede sit job.', speaker: 'Mette Hansen' },
  { text: 'Skatten stiger ikke, siger finansministeren.', speaker: 'finansministeren' },
  { text: 'Aftalen er på plads, oplyser Justitsministeriet.', speaker: 'Justitsministeriet' },
  { text: '»Vi har ikke pengene,« siger borgmesteren.', speaker: 'borgmesteren' },
  { text: 'Tre personer er døde, lyder det fra politiet.', speaker: 'politiet' },
  { text: 'Eksperter advarer om, at priserne kan stige.', speaker: 'Eksperter' },
  // A title before the name is left out of the speaker.
  { text: 'Udenrigsminister Anders Jensen sagde torsdag, at Danmark støtter planen.', speaker: 'Anders Jensen' },
  // 'ifølge' credits a source: an outlet is a via, anything else the speaker.
  { text: 'Ifølge Ritzau er tre personer anholdt.', via: ['Ritzau'] },
  { text: 'Ifølge nyhedsbureauet Reuters er mødet udskudt.', via: ['Reuters'] },
  { text: 'Ifølge politiet var føreren spirituspåvirket.', speaker: 'politiet' },
  // The outlet told ('til TV 2') and outlets that write.
  { text: 'Statsministeren siger til TV 2, at valget er tæt på.', speaker: 'Statsministeren', via: ['TV 2'] },
  { text: 'Kilder i regeringen oplyser til Politiken, at aftalen er på plads.', speaker: 'Kilder i regeringen', via: ['Politiken'] },
  { text: 'Sagen er lukket, skriver avisen Berlingske.', via: ['Berlingske'] },
  // A pronoun stands for the last named speaker.
  { text: 'Borgmester Anna Berg siger, at budgettet holder. Hun tilføjede, at forhandlingerne fortsætter.',
    claim: 1, speaker: 'Anna Berg' },
  // No attribution.
  { text: 'Toget var forsinket i to timer.' },
  { text: 'Prisen steg med fem procent.' },
  { text: 'Han tilføjede, at forhandlingerne fortsætter.' },
];

describe('Danish attribution (golden)', () => {
  table(rows, ({ text, speaker, via = [], claim = 0 }) => {
    const article = read('da', text);
    expect(attributionOf(article.claims[claim])).toEqual({ ...(speaker ? { speaker } : {}), via });
  });
});
