import { describe, expect, it } from 'vitest';
import { compareEntities } from '../../../src/discrepancies/comparers/entities';
import { englishMessages } from '../../../src/discrepancies/messages/en';
import type { Claim, EntityFacet, EntityType } from '../../../src/types';
import { makeClaim, withWordFacets } from '../../helpers/claims';

const langs = englishMessages({ left: 'Danish', right: 'English' });

/** A claim whose entities are found by their text, so that offsets always match. */
function claim(id: string, text: string, names: Array<[string, EntityType, string]>, extra: Partial<Claim> = {}): Claim {
  const entities: EntityFacet[] = names.map(([name, type, key]) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`${name} not in ${text}`);
    return { text: name, type, key, start, end: start + name.length };
  });
  return withWordFacets({ ...makeClaim(id, text, { entities }), ...extra });
}
const group = (left: Claim, right: Claim, score = 1.8) => ({ left: [left], right: [right], threshold: 1.2, score });

describe('compareEntities', () => {
  const cases: Array<{
    name: string;
    left: Claim;
    right: Claim;
    expected: Array<{ left: string; right: string; spelt?: boolean }>;
  }> = [
    {
      name: 'a person replaced by another',
      left: claim('L1', 'Mødet blev ledet af Sebastian Kurz i går.', [['Sebastian Kurz', 'person', 'sebastian kurz']]),
      right: claim('R1', 'The meeting was led by Angela Merkel yesterday.', [['Angela Merkel', 'person', 'angela merkel']]),
      expected: [{ left: 'Sebastian Kurz', right: 'Angela Merkel' }],
    },
    {
      name: 'a place replaced by another',
      left: claim('L1', 'Mødet fandt sted i Wien.', [['Wien', 'place', 'vienna']]),
      right: claim('R1', 'The meeting took place in Geneva.', [['Geneva', 'place', 'geneva']]),
      expected: [{ left: 'Wien', right: 'Geneva' }],
    },
    {
      name: 'a likely misspelling is reported as probably the same person',
      left: claim('L1', 'Det sagde Sebastian Kunz.', [['Sebastian Kunz', 'person', 'sebastian kunz']]),
      right: claim('R1', 'That is what Sebastian Kurz announced.', [['Sebastian Kurz', 'person', 'sebastian kurz']]),
      expected: [{ left: 'Sebastian Kunz', right: 'Sebastian Kurz', spelt: true }],
    },
    {
      name: 'no finding: the same place under its own name in each language',
      left: claim('L1', 'Mødet fandt sted i Wien.', [['Wien', 'place', 'vienna']]),
      right: claim('R1', 'The meeting took place in Vienna.', [['Vienna', 'place', 'vienna']]),
      expected: [],
    },
    {
      name: 'no finding: a surname alone for the full name',
      left: claim('L1', 'Sergej Lavrov kom til Wien.', [['Sergej Lavrov', 'person', 'sergei lavrov'], ['Wien', 'place', 'vienna']]),
      right: claim('R1', 'Lavrov arrived in Vienna.', [['Lavrov', 'person', 'lavrov'], ['Vienna', 'place', 'vienna']]),
      expected: [],
    },
    {
      name: 'no finding: a name on one side only is an omission, not a contradiction',
      left: claim('L1', 'Lavrov mødtes med Tillerson i Wien.', [['Lavrov', 'person', 'lavrov'], ['Tillerson', 'person', 'tillerson'], ['Wien', 'place', 'vienna']]),
      right: claim('R1', 'Lavrov met Tillerson.', [['Lavrov', 'person', 'lavrov'], ['Tillerson', 'person', 'tillerson']]),
      expected: [],
    },
    {
      name: 'no finding: a person and a place never stand for each other',
      left: claim('L1', 'Mødet blev ledet af Sebastian Kurz.', [['Sebastian Kurz', 'person', 'sebastian kurz']]),
      right: claim('R1', 'The meeting was held in Geneva.', [['Geneva', 'place', 'geneva']]),
      expected: [],
    },
    {
      name: 'no finding: the name is written on the other side though its extraction missed it',
      left: claim('L1', 'Ifølge Haaland var det svært.', [['Haaland', 'person', 'haaland']]),
      right: claim('R1', 'Jones thinks getting past Haaland was hard.', [['Jones', 'person', 'jones']]),
      expected: [],
    },
    {
      name: 'no finding: a lowercase word taken for a name',
      left: claim('L1', 'Det sagde de engelske medier.', [['engelske', 'place', 'england']]),
      right: claim('R1', 'That is what the media in Britain said.', [['Britain', 'place', 'united kingdom']]),
      expected: [],
    },
    {
      name: 'no finding: a Danish genitive glued to the name the English side writes bare',
      left: claim('L1', 'Han stoppede Ovie Ejarias skud og Kellys hovedstød.', [['Ovie Ejarias', 'person', 'ovie ejarias']]),
      right: claim('R1', 'He stopped a tame Ovie Ejaria strike at Ibrox.', [['Ovie Ejaria', 'person', 'ovie ejaria'], ['Ibrox', 'name', 'ibrox']]),
      expected: [],
    },
    {
      name: 'no finding: a plural acronym is members of a body, written out in the translation',
      left: claim('L1', 'Walisisk Nationalforsamling stemte for.', [['Walisisk Nationalforsamling', 'organisation', 'walisisk nationalforsamling']]),
      right: claim('R1', 'AMs voted in favour.', [['AMs', 'organisation', 'am']]),
      expected: [],
    },
    {
      name: 'no finding: one side names the part of the country the other names (England / Britain)',
      left: claim('L1', 'Priserne i England steg med 3 procent.', [['England', 'place', 'england']]),
      right: claim('R1', 'Prices in Britain rose by 3 per cent.', [['Britain', 'place', 'united kingdom']]),
      expected: [],
    },
    {
      name: 'two parts of one country are two places',
      left: claim('L1', 'Priserne i England steg med 3 procent.', [['England', 'place', 'england']]),
      right: claim('R1', 'Prices in Scotland rose by 3 per cent.', [['Scotland', 'place', 'scotland']]),
      expected: [{ left: 'England', right: 'Scotland' }],
    },
    {
      name: 'a name opening the claim counts like any other',
      left: claim('L1', 'Trump tog et mere optimistisk syn.', [['Trump', 'name', 'trump']]),
      right: claim('R1', 'Obama took a much more optimistic view.', [['Obama', 'name', 'obama']]),
      expected: [{ left: 'Trump', right: 'Obama' }],
    },
  ];

  it.each(cases)('$name', ({ left, right, expected }) => {
    const found = compareEntities(group(left, right), langs);
    expect(found.map((d) => ({ left: d.left.text, right: d.right.text, ...(d.message.includes('spelt') ? { spelt: true } : {}) }))).toEqual(expected);
    for (const d of found) {
      expect(d.kind).toBe('entity');
      expect(left.text.slice(d.left.start, d.left.end)).toBe(d.left.text);
      expect(right.text.slice(d.right.start, d.right.end)).toBe(d.right.text);
    }
  });

  it('says the Danish and English names in one plain sentence, and is less sure of a misspelling', () => {
    const [different] = compareEntities(group(cases[0].left, cases[0].right), langs);
    expect(different.message).toBe('The Danish article names Sebastian Kurz; the English article Angela Merkel.');
    const [spelt] = compareEntities(group(cases[2].left, cases[2].right), langs);
    expect(spelt.message).toBe(
      'The Danish article names Sebastian Kunz; the English article Sebastian Kurz — probably the same person, spelt differently.',
    );
    expect(spelt.confidence).toBeLessThan(different.confidence);
  });

  it('leaves a speaker that differs to the attribution comparer when both sides name a speaker', () => {
    const left = claim('L1', 'Det er for sent, siger Kurz.', [['Kurz', 'person', 'kurz']], {
      attribution: { speaker: { text: 'Kurz', start: 23, end: 27 } },
    });
    const right = claim('R1', 'It is too late, says Merkel.', [['Merkel', 'person', 'merkel']], {
      attribution: { speaker: { text: 'Merkel', start: 21, end: 27 } },
    });
    expect(compareEntities(group(left, right), langs)).toEqual([]);
    const unattributed = claim('R1', 'It is too late for Merkel.', [['Merkel', 'person', 'merkel']]);
    expect(compareEntities(group(left, unattributed), langs)).toHaveLength(1);
  });
});

describe('compareEntities: a weak pair needs support', () => {
  const left = claim('L2', 'Trump tog et mere optimistisk syn.', [['Trump', 'person', 'trump']]);
  const right = claim('R2', 'Castillo took a more optimistic view.', [['Castillo', 'person', 'castillo']]);

  it('reports a replaced name in a weakly aligned pair only when its neighbours are aligned with each other', () => {
    expect(compareEntities({ left: [left], right: [right], threshold: 1.2, score: 1.25 }, langs)).toEqual([]);
    const found = compareEntities({ left: [left], right: [right], threshold: 1.2, score: 1.25, inSequence: true }, langs);
    expect(found.map((d) => [d.left.text, d.right.text])).toEqual([['Trump', 'Castillo']]);
  });
});

describe('compareEntities: a name that speaks', () => {
  it('reports a replaced name as attribution when it is the speaker on its side and the other side has none', () => {
    const left = claim('L1', 'Holdet gjorde et flot stykke arbejde, sagde Hamilton.', [['Hamilton', 'person', 'hamilton']], {
      attribution: { speaker: { text: 'Hamilton', start: 44, end: 52 } },
    });
    const right = claim('R1', 'The team did an exceptional job, said Petrov.', [['Petrov', 'person', 'petrov']]);
    const [found] = compareEntities(group(left, right), langs);
    expect(found.kind).toBe('attribution');
    expect(found.message).toBe('The Danish article attributes this to Hamilton; the English article names Petrov.');
    expect([found.left.text, found.right.text]).toEqual(['Hamilton', 'Petrov']);
  });
});

describe('compareEntities: what is not a name in the story', () => {
  it('never sets a credited outlet against a name in what the other side tells', () => {
    const left = claim('L1', 'Det er afgørende, sagde ministeren ifølge nyhedsbureauet AP.', [['AP', 'organisation', 'associated press']], {
      attribution: { via: [{ text: 'AP', start: 57, end: 59 }] },
    });
    const right = claim('R1', 'In a speech to the UN General Assembly, he defended it.', [['UN General Assembly', 'organisation', 'un general assembly']]);
    expect(compareEntities(group(left, right), langs)).toEqual([]);
  });

  it("takes no support from an anchor that is the story's topic", () => {
    const left = claim('L1', 'Nordkorea vil tale med USA.', [['Nordkorea', 'place', 'north korea'], ['USA', 'place', 'united states']]);
    const right = claim('R1', 'North Korea fired missiles near Pyongyang.', [['North Korea', 'place', 'north korea'], ['Pyongyang', 'place', 'pyongyang']]);
    const weak = { left: [left], right: [right], threshold: 1.2, score: 1.3 };
    expect(compareEntities(weak, langs)).toHaveLength(1);
    expect(compareEntities({ ...weak, commonAnchors: new Set(['e:north korea']) }, langs)).toEqual([]);
  });

  it('finds a name the other side wrote in another clause of its sentence', () => {
    const left = claim('L1', 'Tillerson deltog torsdag sammen med Lavrov på et møde i Wien.', [
      ['Tillerson', 'person', 'tillerson'],
      ['Lavrov', 'name', 'lavrov'],
      ['Wien', 'place', 'vienna'],
    ]);
    const before = claim('R1', 'North Korea is open to talks, according to Sergei Lavrov', [['Sergei Lavrov', 'person', 'sergei lavrov']]);
    const right = claim('R2', 'who met the United States secretary of state, Rex Tillerson, in Vienna on Thursday.', [
      ['United States', 'place', 'united states'],
      ['Rex Tillerson', 'person', 'rex tillerson'],
      ['Vienna', 'place', 'vienna'],
    ]);
    expect(compareEntities(group(left, right), langs)).toHaveLength(1);
    expect(compareEntities({ ...group(left, right), context: { left: [], right: [before] } }, langs)).toEqual([]);
  });
});
