// English attribution through analyze(): who says a claim (claim.attribution.speaker.text) and the outlet it is
// credited to (claim.attribution.via). `claim` picks a later claim of the text (0 = the first).
import { describe, expect } from 'vitest';
import { attributionOf, type AttributionRow, read, table } from '../golden';

const rows: AttributionRow[] = [
  // A speaker before or after the reporting verb.
  { text: 'The mayor said the budget would hold.', speaker: 'The mayor' },
  { text: 'Jane Miller said she had lost her job.', speaker: 'Jane Miller' },
  { text: 'Taxes will not rise, the finance minister said.', speaker: 'the finance minister' },
  { text: 'The deal is done, the Justice Department said.', speaker: 'the Justice Department' },
  { text: '"We do not have the money," the mayor said.', speaker: 'the mayor' },
  { text: 'Two men were arrested, police said.', speaker: 'police' },
  { text: 'Experts warn that prices could rise.', speaker: 'Experts' },
  // A title before the name is left out of the speaker.
  { text: 'Foreign Secretary John Brown said on Thursday that Britain backs the plan.', speaker: 'John Brown' },
  // 'according to' credits a source: an outlet is a via, anything else the speaker.
  { text: 'Three people have been arrested, according to Reuters.', via: ['Reuters'] },
  { text: 'According to police, the driver was drunk.', speaker: 'police' },
  // The outlet told and outlets that report; 'quoted … as saying'.
  { text: 'The prime minister told the BBC that an election was close.', speaker: 'The prime minister', via: ['BBC'] },
  { text: 'Government sources told the Financial Times that the deal was done.',
    speaker: 'Government sources', via: ['Financial Times'] },
  { text: 'The case is closed, the newspaper Guardian reported.', via: ['Guardian'] },
  { text: 'The talks were useful, Lavrov was quoted by Interfax as saying.', speaker: 'Lavrov', via: ['Interfax'] },
  { text: 'The talks were useful, Interfax quoted Lavrov as saying.', speaker: 'Lavrov', via: ['Interfax'] },
  // A pronoun stands for the last named speaker.
  { text: 'Mayor Anna Berg says the budget holds. She added that talks would continue.', claim: 1, speaker: 'Anna Berg' },
  // No attribution.
  { text: 'The train was delayed by two hours.' },
  { text: 'Prices rose by five percent.' },
  { text: 'He added that talks would continue.' },
  // Bugs.
  { text: 'Three people died, police said.', speaker: 'police',
    bug: "the speaker runs back over the comma into the reported clause ('Three people died, police')" },
  { text: 'Three people died, the police said.', speaker: 'the police',
    bug: "the speaker runs back over the comma into the reported clause ('Three people died, the police')" },
  { text: 'The talks were useful, Lavrov was quoted as saying by Interfax.', speaker: 'Lavrov', via: ['Interfax'],
    bug: "'quoted as saying by Interfax' loses the outlet (only 'quoted by Interfax as saying' gives the via)" },
];

describe('English attribution (golden)', () => {
  table(rows, ({ text, speaker, via = [], claim = 0 }) => {
    const article = read('en', text);
    expect(attributionOf(article.claims[claim])).toEqual({ ...(speaker ? { speaker } : {}), via });
  });
});
