// The negation comparer with word-level evidence: a negating word in any clause the other side does not render.
import { describe, expect, it } from 'vitest';
import { compareNegation } from '../../../src/discrepancies/comparers/negation';
import type { AlignedGroup } from '../../../src/discrepancies/group/context';
import { englishMessages } from '../../../src/discrepancies/messages/en';
import { makeClaim, withWordFacets } from '../../helpers/claims';
import { wordGroup } from '../../helpers/word-groups';

const say = englishMessages({ left: 'Danish', right: 'English' });

const group = (da: string, en: string, words = true): AlignedGroup =>
  wordGroup(withWordFacets(makeClaim('L1', da)), withWordFacets(makeClaim('R1', en)), words);

const found = (g: AlignedGroup) => compareNegation(g, say).map((d) => `${d.left.value ? d.left.text : '-'} / ${d.right.value ? d.right.text : '-'}`);

describe('compareNegation, negator by negator', () => {
  it('finds a negation added inside a relative clause, where the main statements agree', () => {
    const g = group(
      'Han mødte en mand, som var tilknyttet partiet, i går.',
      'He met a man who was not associated with the party yesterday.',
    );
    expect(found(g)).toEqual(['- / not']);
    // Without the words only the main statement's polarity is compared, and it agrees.
    expect(found({ ...g, words: undefined })).toEqual([]);
  });

  it('asks less of the rest of the group where the article vouches for the pairing (aligned neighbours)', () => {
    // The Danish side goes on about a walk the English side leaves out: a third of its words have a counterpart.
    const g = group(
      'Han mødte en mand, som var tilknyttet partiet, og så spiste de frokost med vennerne ved søen efter en lang tur gennem skoven og bjergene.',
      'He met a man who was not associated with the party yesterday.',
    );
    expect(found(g)).toEqual([]);
    expect(found({ ...g, inSequence: true })).toEqual(['- / not']);
  });

  it('finds a second negation added to a clause of a sentence that negates already', () => {
    expect(found(group('Jeg forventer ikke, at de vil støtte mit synspunkt.', "I don't expect that they will not support my view."))).toEqual([
      "- / don't",
    ]);
  });

  it('stays quiet where each negating word is rendered by one on the other side', () => {
    expect(found(group('Han sagde, at byen ikke var klar.', 'He said that the city was not ready.'))).toEqual([]);
    expect(found(group('Nej, han kom ikke.', 'No, he did not come.'))).toEqual([]);
  });

  it("takes a negator the pack reads as an idiom for a rendering of the other side's negator", () => {
    // 'ikke sandt' is a tag question in 'Det er bedre, ikke sandt?', the predicate here; 'ikke bare' is 'not only'
    // elsewhere, 'did not just' here.
    expect(found(group('Det han siger, er ikke sandt.', 'What he says is not true.'))).toEqual([]);
    expect(found(group('Det er bedre, ikke sandt?', "That's better, isn't it?"))).toEqual([]);
    expect(found(group('Hvorfor sagde du ikke bare sandheden?', "Why didn't you just tell the truth?"))).toEqual([]);
    // A negation added beside the idiom is still found.
    expect(found(group('Han sagde ikke kun, at byen var klar.', 'He said not only that the city was not ready.'))).toEqual(['- / not']);
  });

  it('stays quiet where the clause around the negating word was rephrased, not rendered word for word', () => {
    // The main statements agree; the relative clause was rephrased.
    expect(found(group('Hospitalerne, som ikke kunne følge med, bad om hjælp.', 'The hospitals, which were overwhelmed, asked for help.'))).toEqual([]);
  });
});
