// English polarity through analyze(): is the claim's main predicate negated? Idioms that only look negative
// ('not only', 'no doubt') and negators in a subordinate clause do not count; a negated reported clause does.
import { describe, expect } from 'vitest';
import { negatedOf, type NegationRow, read, table } from '../golden';

const rows: NegationRow[] = [
  // Plain negators and negated auxiliaries.
  { text: 'The government will not raise taxes.', negated: true },
  { text: 'The minister has never met him.', negated: true },
  { text: 'No one was killed in the crash.', negated: true },
  { text: 'Police found nothing in the car.', negated: true },
  { text: 'Nobody saw the attack.', negated: true },
  { text: 'The school has neither money nor teachers.', negated: true },
  { text: "The farmers didn't get compensation.", negated: true },
  { text: 'The farmers didn’t get compensation.', negated: true },
  { text: "The council can't find the money.", negated: true },
  { text: 'The council cannot find the money.', negated: true },
  // No negator.
  { text: 'The government is raising taxes.', negated: false },
  { text: 'She came home yesterday.', negated: false },
  // Implicit negatives are no negators.
  { text: 'He declined to comment on the case.', negated: false },
  // Idioms.
  { text: 'There is no doubt about the result.', negated: false },
  { text: 'The deal applies not only to Denmark but also to Sweden.', negated: false },
  { text: 'The plan costs not just money but time.', negated: false },
  { text: 'The bill passed, not least because of the unions.', negated: false },
  { text: 'No more than twenty people came.', negated: false },
  { text: 'Police arrived not long after the blast.', negated: false },
  { text: 'Not surprisingly, the vote was close.', negated: false },
  { text: 'No matter what happens, the vote goes ahead.', negated: false },
  { text: 'Whether or not the talks resume, the sanctions stay.', negated: false },
  // Clauses: a reported clause is the content; a relative or conditional clause is not.
  { text: 'He said he was not present.', negated: true },
  { text: 'He told reporters the plan was not dead.', negated: true },
  { text: '"We do not have the money," the mayor said.', negated: true },
  { text: 'It is not true that taxes are rising.', negated: true },
  { text: 'The man, who did not want to comment, left the court.', negated: false },
  { text: 'If the talks do not start, sanctions follow.', negated: false },
];

describe('English negation (golden)', () => {
  table(rows, ({ text, negated }) => {
    expect(negatedOf(read('en', text))).toBe(negated);
  });
});
