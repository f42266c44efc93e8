// The entity comparer with word-level evidence: the group's words aligned with the built-in model's word vectors.
import { describe, expect, it } from 'vitest';
import { compareEntities } from '../../../src/discrepancies/comparers/entities';
import type { AlignedGroup } from '../../../src/discrepancies/group/context';
import { englishMessages } from '../../../src/discrepancies/messages/en';
import type { Claim, EntityFacet, EntityType } from '../../../src/types';
import { makeClaim, withWordFacets } from '../../helpers/claims';
import { wordGroup } from '../../helpers/word-groups';

const say = englishMessages({ left: 'Danish', right: 'English' });

function claim(id: string, text: string, names: Array<[string, EntityType, string]>): Claim {
  const entities: EntityFacet[] = names.map(([name, type, key]) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`${name} not in ${text}`);
    return { text: name, type, key, start, end: start + name.length };
  });
  return withWordFacets(makeClaim(id, text, { entities }));
}

const found = (g: AlignedGroup) => compareEntities(g, say).map((d) => `${d.left.text} / ${d.right.text}`);

describe('compareEntities with the words aligned', () => {
  it('finds a place replaced in a sentence pair whose other words render each other', () => {
    const g = wordGroup(
      claim('L1', 'Han skrev en bog i Kina.', [['Kina', 'place', 'china']]),
      claim('R1', 'He wrote a book in Scotland.', [['Scotland', 'place', 'scotland']]),
    );
    expect(found(g)).toEqual(['Kina / Scotland']);
    // Without the words, a short pair barely above the threshold is no proof that both tell one thing.
    expect(found({ ...g, words: undefined })).toEqual([]);
  });

  it('finds a name replaced by one of another type standing in the same place', () => {
    const g = wordGroup(
      claim('L1', 'Min bror har boet i London i mange år.', [['London', 'place', 'london']]),
      claim('R1', 'My brother has been living in Brennan for many years.', [['Brennan', 'person', 'brennan']]),
    );
    expect(found(g)).toEqual(['London / Brennan']);
  });

  it('takes names whose words translate each other for one name', () => {
    const cases: Array<[Claim, Claim]> = [
      [
        claim('L1', 'Tre mennesker døde i går.', [['Tre', 'name', 'tre']]),
        claim('R1', 'Three people died yesterday.', [['Three', 'name', 'three']]),
      ],
      [
        claim('L1', 'Bilen blev stjålet i Vejle Amt i går.', [['Vejle Amt', 'place', 'vejle amt']]),
        claim('R1', 'The car was stolen in Vejle County yesterday.', [['Vejle County', 'place', 'vejle county']]),
      ],
      [
        claim('L1', 'Han studerede på Filmskolen i tre år.', [['Filmskolen', 'organisation', 'filmskolen']]),
        claim('R1', 'He studied at the Film School for three years.', [['Film School', 'organisation', 'film school']]),
      ],
    ];
    for (const [left, right] of cases) expect(found(wordGroup(left, right))).toEqual([]);
  });

  it('takes names the two sides cut differently for no missing name, when each word has its counterpart in a name', () => {
    const g = wordGroup(
      claim('L1', 'Kommissionen for Vejle Amt mødtes i går.', [['Kommissionen', 'organisation', 'kommissionen'], ['Vejle Amt', 'place', 'vejle amt']]),
      claim('R1', 'The Vejle County Commission met yesterday.', [['Vejle County Commission', 'organisation', 'vejle county commission']]),
    );
    expect(found(g)).toEqual([]);
  });

  it('keeps a name for another person when only the first name is shared', () => {
    const g = wordGroup(
      claim('L1', 'Keaghan Jacobs scorede i går.', [['Keaghan Jacobs', 'person', 'keaghan jacobs']]),
      claim('R1', 'Keaghan Okafor scored yesterday.', [['Keaghan Okafor', 'person', 'keaghan okafor']]),
    );
    expect(found(g)).toEqual(['Keaghan Jacobs / Keaghan Okafor']);
  });

  it('lets a capitalised word the other side writes as a common word stand for no name', () => {
    const g = wordGroup(
      claim('L1', 'Jorden er ikke flad, siger Lars.', [['Jorden', 'place', 'jorden'], ['Lars', 'person', 'lars']]),
      claim('R1', 'The earth is not flat, says Maria.', [['Maria', 'person', 'maria']]),
    );
    expect(found(g)).toEqual(['Lars / Maria']);
  });
});

describe('compareEntities: a name where the other side has a common word', () => {
  const pair = () =>
    wordGroup(
      claim('L1', 'Han har boet i byen i mange år.', []),
      claim('R1', 'He has lived in Leeds for many years.', [['Leeds', 'place', 'leeds']]),
    );
  const names = (left: string[], right: string[]) => ({ left: new Set(left), right: new Set(right) });

  it('finds the name and quotes the word standing in its place', () => {
    const out = compareEntities({ ...pair(), articleNames: names([], ['leeds']) }, say);
    expect(out.map((d) => [d.kind, d.left.text, d.right.text])).toEqual([['entity', 'byen', 'Leeds']]);
    expect(out[0].message).toBe('The English article names Leeds; the Danish article has no name here ("byen").');
  });

  it('says nothing when the other article names the place somewhere else: the translator wrote "the city" for it', () => {
    expect(compareEntities({ ...pair(), articleNames: names(['leeds'], ['leeds']) }, say)).toEqual([]);
  });

  it('says nothing without the article-wide names or the words', () => {
    expect(compareEntities(pair(), say)).toEqual([]);
    expect(compareEntities({ ...pair(), words: undefined, articleNames: names([], ['leeds']) }, say)).toEqual([]);
  });

  it('takes no capitalised word opening a sentence for a name put in place of a word', () => {
    const g = wordGroup(
      claim('L1', 'Fordoblingen kom efter valget.', []),
      claim('R1', 'Doubling came after the election.', [['Doubling', 'name', 'doubling']]),
    );
    expect(compareEntities({ ...g, articleNames: names([], ['doubling']) }, say)).toEqual([]);
  });

  it('needs a word without a counterpart where the name stands', () => {
    const g = wordGroup(
      claim('L1', 'Han har boet der i mange år.', []),
      claim('R1', 'He has lived there in Leeds for many years.', [['Leeds', 'place', 'leeds']]),
    );
    expect(compareEntities({ ...g, articleNames: names([], ['leeds']) }, say)).toEqual([]);
  });
});
