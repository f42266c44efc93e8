import { describe, expect, it } from 'vitest';
import { compareAttribution } from '../../../src/discrepancies/comparers/attribution';
import { englishMessages } from '../../../src/discrepancies/messages/en';
import type { Attribution, Claim, EntityFacet, EntityType, RoleFacet } from '../../../src/types';
import { makeClaim, withWordFacets } from '../../helpers/claims';

const langs = englishMessages({ left: 'Danish', right: 'English' });

interface Spec {
  text: string;
  /** Entities and roles, found by their text. */
  names?: Array<[string, EntityType, string]>;
  roles?: Array<[string, string]>;
  speaker?: string;
  via?: string[];
}

function claim(id: string, spec: Spec): Claim {
  const at = (part: string) => {
    const start = spec.text.indexOf(part);
    if (start < 0) throw new Error(`${part} not in ${spec.text}`);
    return { text: part, start, end: start + part.length };
  };
  const entities: EntityFacet[] = (spec.names ?? []).map(([name, type, key]) => ({ ...at(name), type, key }));
  const roles: RoleFacet[] = (spec.roles ?? []).map(([role, key]) => ({ ...at(role), key }));
  const attribution: Attribution = {};
  if (spec.speaker) attribution.speaker = at(spec.speaker);
  if (spec.via) attribution.via = spec.via.map(at);
  return withWordFacets({ ...makeClaim(id, spec.text, { entities, roles }), ...(spec.speaker || spec.via ? { attribution } : {}) });
}

const run = (left: Spec, right: Spec) =>
  compareAttribution({ left: [claim('L1', left)], right: [claim('R1', right)], threshold: 1.2, score: 1.8 }, langs);

describe('compareAttribution', () => {
  const cases: Array<{ name: string; left: Spec; right: Spec; expected: string[] }> = [
    {
      name: 'no finding: a descriptor glued to the name on one side',
      left: { text: 'Det skrev Lakers-reporter Mike Trudell.', names: [['Lakers-reporter Mike Trudell', 'person', 'lakers-reporter mike trudell']], speaker: 'Lakers-reporter Mike Trudell' },
      right: { text: 'Mike Trudell wrote that.', names: [['Mike Trudell', 'person', 'mike trudell']], speaker: 'Mike Trudell' },
      expected: [],
    },
    {
      name: 'a surname alone glued to another first name is still another person',
      left: { text: 'Det skrev Anna Trudell.', names: [['Anna Trudell', 'person', 'anna trudell']], speaker: 'Anna Trudell' },
      right: { text: 'Mike Trudell wrote that.', names: [['Mike Trudell', 'person', 'mike trudell']], speaker: 'Mike Trudell' },
      expected: ['Anna Trudell → Mike Trudell'],
    },
    {
      name: 'another person says it',
      left: { text: 'Vi er klar, siger Sergej Lavrov.', names: [['Sergej Lavrov', 'person', 'sergei lavrov']], speaker: 'Sergej Lavrov' },
      right: { text: 'We are ready, says Rex Tillerson.', names: [['Rex Tillerson', 'person', 'rex tillerson']], speaker: 'Rex Tillerson' },
      expected: ['Sergej Lavrov → Rex Tillerson'],
    },
    {
      name: 'another agency is credited',
      left: { text: 'Mødet er aflyst, rapporterer Reuters.', names: [['Reuters', 'organisation', 'reuters']], via: ['Reuters'] },
      right: { text: 'The meeting is off, AP reported.', names: [['AP', 'organisation', 'associated press']], via: ['AP'] },
      expected: ['Reuters → AP'],
    },
    {
      name: 'another office speaks',
      left: { text: 'Vi er klar, siger udenrigsministeren.', roles: [['udenrigsministeren', 'foreign-minister']], speaker: 'udenrigsministeren' },
      right: { text: 'We are ready, says the defence minister.', roles: [['defence minister', 'defence-minister']], speaker: 'the defence minister' },
      expected: ['udenrigsministeren → the defence minister'],
    },
    {
      name: 'no finding: the same person, spelt in each language',
      left: { text: 'Vi er klar, siger Sergej Lavrov.', names: [['Sergej Lavrov', 'person', 'sergei lavrov']], speaker: 'Sergej Lavrov' },
      right: { text: 'We are ready, Lavrov said.', names: [['Lavrov', 'person', 'lavrov']], speaker: 'Lavrov' },
      expected: [],
    },
    {
      name: 'no finding: the same agency under two names',
      left: { text: 'Mødet er aflyst, skriver Associated Press.', names: [['Associated Press', 'organisation', 'associated press']], via: ['Associated Press'] },
      right: { text: 'The meeting is off, AP reported.', names: [['AP', 'organisation', 'associated press']], via: ['AP'] },
      expected: [],
    },
    {
      name: 'no finding: a name on one side, a role on the other may be one person',
      left: { text: 'Vi er klar, siger Sergej Lavrov.', names: [['Sergej Lavrov', 'person', 'sergei lavrov']], speaker: 'Sergej Lavrov' },
      right: { text: 'We are ready, says the foreign minister.', roles: [['foreign minister', 'foreign-minister']], speaker: 'the foreign minister' },
      expected: [],
    },
    {
      name: 'no finding: only one side says who speaks',
      left: { text: 'Vi er klar, siger Sergej Lavrov.', names: [['Sergej Lavrov', 'person', 'sergei lavrov']], speaker: 'Sergej Lavrov' },
      right: { text: 'Russia is ready.', names: [['Russia', 'place', 'russia']] },
      expected: [],
    },
    {
      name: 'no finding: the other side names the speaker, in another role ("X told Y")',
      left: { text: 'Lavrov fortalte Tillerson, at de er klar.', names: [['Lavrov', 'person', 'lavrov'], ['Tillerson', 'person', 'tillerson']], speaker: 'Lavrov' },
      right: { text: 'Tillerson heard from Lavrov that they are ready, he said.', names: [['Tillerson', 'person', 'tillerson'], ['Lavrov', 'person', 'lavrov']], speaker: 'Tillerson' },
      expected: [],
    },
    {
      name: 'no finding: the agency speaks on one side and is credited on the other',
      left: { text: 'Reuters skriver, at mødet er aflyst.', names: [['Reuters', 'organisation', 'reuters']], speaker: 'Reuters', via: [] },
      right: { text: 'The meeting is off, says Tass, Reuters reported.', names: [['Tass', 'organisation', 'tass'], ['Reuters', 'organisation', 'reuters']], speaker: 'Tass', via: ['Reuters'] },
      expected: [],
    },
  ];

  it.each(cases)('$name', ({ left, right, expected }) => {
    const found = run(left, right);
    expect(found.map((d) => `${d.left.text} → ${d.right.text}`)).toEqual(expected);
    for (const d of found) {
      expect(d.kind).toBe('attribution');
      expect(d.left.claim).toBe('L1');
      expect(left.text.slice(d.left.start, d.left.end)).toBe(d.left.text);
      expect(right.text.slice(d.right.start, d.right.end)).toBe(d.right.text);
    }
  });

  it('words speakers and agencies apart in its messages', () => {
    const named = (name: string) => cases.find((c) => c.name === name)!;
    const [speaker] = run(named('another person says it').left, named('another person says it').right);
    expect(speaker.message).toBe('The Danish article attributes this to Sergej Lavrov; the English article to Rex Tillerson.');
    const [via] = run(named('another agency is credited').left, named('another agency is credited').right);
    expect(via.message).toBe('The Danish article credits this to Reuters; the English article to AP.');
    expect(via.confidence).toBeGreaterThan(0.5);
  });
});

describe('compareAttribution: credits outside the claim and general offices', () => {
  it('compares a speaker carried from the tag in another claim of the same quotation', () => {
    // 'Vi er klar' is the first claim of a quotation whose tag (', sagde Beattie.') sits in the next claim.
    const text = '"Vi er klar. Det bliver svært", sagde Beattie.';
    const speaker = { text: 'Beattie', start: text.indexOf('Beattie'), end: text.indexOf('Beattie') + 7 };
    const left: Claim = withWordFacets({ ...makeClaim('L1', '"Vi er klar.'), attribution: { speaker } });
    const right = claim('R1', { text: '"We are ready," said Okafor.', names: [['Okafor', 'person', 'okafor']], speaker: 'Okafor' });
    const found = compareAttribution({ left: [left], right: [right], threshold: 1.2, score: 1.8 }, langs);
    expect(found.map((d) => `${d.left.text} → ${d.right.text}`)).toEqual(['Beattie → Okafor']);
    expect(found[0].left.value).toBe('beattie');
    // A speaker carried from another sentence is less sure than one named in the claim.
    const named = compareAttribution({ left: [claim('L1', { text: '"Vi er klar," sagde Beattie.', names: [['Beattie', 'person', 'beattie']], speaker: 'Beattie' })], right: [right], threshold: 1.2, score: 1.8 }, langs);
    expect(found[0].confidence).toBeLessThan(named[0].confidence);
  });

  it('reads the person, not the team, in a carried credit that names both', () => {
    const text = 'Lakers-reporteren Mike Trudell skrev det. "Jeg behøver ikke kampe," sagde han.';
    const at = text.indexOf('Lakers');
    const speaker = { text: 'Lakers-reporteren Mike Trudell', start: at, end: at + 30 };
    const left: Claim = withWordFacets({ ...makeClaim('L2', '"Jeg behøver ikke kampe," sagde han.', {}, 42), attribution: { speaker } });
    const right = claim('R1', { text: 'Mike Trudell said it.', names: [['Mike Trudell', 'person', 'mike trudell']], speaker: 'Mike Trudell' });
    expect(compareAttribution({ left: [left], right: [right], threshold: 1.2, score: 1.8 }, langs)).toEqual([]);
  });

  it('takes a leader on one side for any office on the other', () => {
    const found = run(
      { text: 'En leder for markedet fortalte avisen det.', roles: [['leder', 'leader']], speaker: 'En leder for markedet' },
      { text: 'A market manager told the paper so.', roles: [['manager', 'manager']], speaker: 'A market manager' },
    );
    expect(found).toEqual([]);
  });
});

describe('compareAttribution: the name a credit holds', () => {
  it('compares the person in a speaker phrase, not a place read at its start', () => {
    const found = run(
      { text: 'Det var godt, sagde Jordan Spieth.', names: [['Jordan', 'place', 'jordan'], ['Spieth', 'name', 'spieth']], speaker: 'Jordan Spieth' },
      { text: 'It was good, said Jordan Fischer.', names: [['Jordan', 'place', 'jordan'], ['Fischer', 'name', 'fischer']], speaker: 'Jordan Fischer' },
    );
    expect(found.map((d) => `${d.left.value} → ${d.right.value}`)).toEqual(['spieth → fischer']);
  });
});

describe('compareAttribution: speakers that name several', () => {
  const spec = (text: string, names: Array<[string, string]>, speaker: string): Spec => ({
    text,
    names: names.map(([n, key]) => [n, 'place', key]),
    speaker,
  });
  it('compares every name a credit joins: Kina og Rusland is not China and India', () => {
    const found = run(
      spec('Kina og Rusland mener, at Rådet bør belønne Pyongyang.', [['Kina', 'china'], ['Rusland', 'russia']], 'Kina og Rusland'),
      spec('China and India argue that the Council should reward Pyongyang.', [['China', 'china'], ['India', 'india']], 'China and India'),
    );
    expect(found.map((d) => `${d.left.text} → ${d.right.text}`)).toEqual(['Kina og Rusland → China and India']);
  });

  it('agrees when all the names match, in any order', () => {
    expect(
      run(
        spec('Kina og Rusland mener, at Rådet bør handle.', [['Kina', 'china'], ['Rusland', 'russia']], 'Kina og Rusland'),
        spec('Russia and China argue that the Council should act.', [['Russia', 'russia'], ['China', 'china']], 'Russia and China'),
      ),
    ).toEqual([]);
  });
});
