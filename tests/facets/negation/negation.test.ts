import { describe, expect, it } from 'vitest';
import { isNegated } from '../../../src/facets/negation';
import { negation as da } from '../../../src/lang/da/negation';
import { negation as en } from '../../../src/lang/en/negation';
import type { NegationRules } from '../../../src/facets/negation/rules';
import { findImplicitNegators, findNegatingWords } from '../../../src/facets/negation/cues';
import { names as daNames } from '../../../src/lang/da/names';
import { names as enNames } from '../../../src/lang/en/names';

const negated = (text: string, rules: NegationRules) => isNegated({ text, start: 10, end: 10 + text.length }, rules);

const danish: Array<[string, boolean]> = [
  ['Nordkorea ønsker ikke samtaler med USA.', true],
  ['Lavrov har aldrig mødt Tillerson.', true],
  ['Der er ingen beviser for angrebet.', true],
  ['Hverken Lavrov eller Tillerson udtalte sig.', true],
  // Two negators in the main clause cancel.
  ['Ingen kan ikke se, at det virker.', false],
  ['Intet tyder på en aftale.', true],
  ['Nordkorea ønsker samtaler med USA.', false],
  // A tag question asks for agreement.
  ['Du kommer i morgen, gør du ikke?', false],
  ['Du kommer ikke i morgen, vel?', true],
  // Reported speech: the reported clause is the claim's content, so its negation is the claim's polarity.
  ['Lavrov sagde, at USA ikke udgør en trussel.', true],
  ['Nordkorea er ikke klar til samtaler, siger Lavrov.', true],
  ['Lavrov fortalte journalisterne i Wien, at aftalen ikke var død.', true],
  ['Kavanaugh sagde i sin forklaring, at han er sikker på, at det ikke skete.', true],
  ['Lavrov sagde ikke, at Nordkorea er klar.', true],
  ['Lavrov sagde, at Nordkorea er klar.', false],
  // A negation in a subordinate clause that is not the reported content is not the claim's polarity.
  ['Styret ønsker en garanti for, at USA ikke angriber.', false],
  ['Selvom han ikke var enig, skrev han under.', false],
  ['Han skrev under, selvom han ikke var enig.', false],
  ['Hvis samtalerne ikke starter, følger sanktioner.', false],
  ['Ministeren, som aldrig mødte Lavrov, gik af.', false],
  ['Soldaterne, der ikke var i Ukraine, vendte hjem.', false],
  ['Det er en aftale, som ikke holder.', false],
  ['Fordi han ikke kom, blev mødet aflyst.', false],
  // A relative clause closed by a comma leaves the main clause to count.
  ['Soldaterne, der var i Ukraine, vendte ikke hjem.', true],
  // Idioms that only look negative.
  ['Det handler ikke kun om Ukraine.', false],
  ['Ikke desto mindre fortsætter samtalerne.', false],
  ['Ikke blot Rusland, men også Kina stemte for.', false],
  ['Rapporten skal afleveres ikke senere end fredag.', false],
  ['Der er ingen tvivl om, at aftalen holder.', false],
  // Quotations: a short quoted phrase is someone else's words; a claim that is a quotation is that quotation.
  ['Han kaldte det en "ikke særlig god" idé, men støttede den.', false],
  ['"Vi vil ikke forhandle," siger Lavrov.', true],
  // 'at' after a preposition marks an infinitive: the main clause keeps its negation.
  ['Han er glad for at være her, og han vil ikke rejse.', true],
];

const english: Array<[string, boolean]> = [
  ['Pyongyang does not want escalation of tensions.', true],
  // A tag question asks for agreement.
  ["You texted me, didn't you?", false],
  ["You did not text me, did you?", true],
  ["Lavrov didn't meet Tillerson.", true],
  ['Lavrov didn’t meet Tillerson.', true],
  ['Neither Lavrov nor Tillerson spoke to reporters.', true],
  ['Lavrov did not call, nor did he write.', true],
  // Two negators in the main clause cancel.
  ["There was no reason she shouldn't run herself.", false],
  ['No one can deny they deserved it.', false],
  ['The minister has never visited Vienna.', true],
  ['There is no evidence of an attack.', true],
  ['None of the soldiers returned.', true],
  ['Neither side commented.', true],
  ['North Korea wants talks with the US.', false],
  // Reported speech: the reported clause is the claim's content (planted 'is not', 'did not', 'never' count).
  ['Lavrov said that the US is not a threat.', true],
  ['Trump said he did not have a time frame.', true],
  ['He told reporters the deal was not dead.', true],
  ['Lavrov says the talks will never resume, according to Interfax.', true],
  ['Kavanaugh said he is certain that it did not happen.', true],
  ['Lavrov said that the US is a threat.', false],
  ['He said nothing about the talks.', true],
  ['Lavrov did not say that North Korea is ready.', true],
  // Subordinate clauses that are not the reported content do not count.
  ['Soldiers who did not return were listed.', false],
  ['Although he did not attend, he sent a message.', false],
  ['He sent a message, although he did not attend.', false],
  ['If the talks do not start, sanctions will follow.', false],
  ['The minister, who never met Lavrov, resigned.', false],
  ['It is not only about Ukraine.', false],
  ['Not only Russia but also China voted.', false],
  ['Nevertheless, the talks went ahead.', false],
  ['No doubt the talks will continue.', false],
  ['The vote takes place no later than Friday.', false],
  ['It\'s aiming to be No.1 in AI.', false],
  ['He called it a "not very good" idea but backed it.', false],
  ['"We will not negotiate," Lavrov said.', true],
  ['That is not true.', true],
  // After a preposition 'that' is a determiner, not a complementiser.
  ['In that case the talks will not resume.', true],
];

describe('isNegated (Danish)', () => {
  it.each(danish)('%s → %s', (input, expected) => expect(negated(input, da)).toBe(expected));
});

describe('isNegated (English)', () => {
  it.each(english)('%s → %s', (input, expected) => expect(negated(input, en)).toBe(expected));
});

describe('isNegated, bad input', () => {
  it.each([['empty', ''], ['spaces', ' \n\t'], ['odd unicode', '\u0000\uFFFD\u200B ikke\u0301 not\uD800'], ['quotes only', '"""“”„«»']])(
    '%s does not crash',
    (_, text) => {
      expect(() => negated(text, da)).not.toThrow();
      expect(() => negated(text, en)).not.toThrow();
    },
  );

  it('copes with a missing span and a very long text', () => {
    expect(isNegated(undefined as never, da)).toBe(false);
    expect(negated('', en)).toBe(false);
    const long = 'The talks went well and continued. '.repeat(2000) + 'They did not end.';
    expect(negated(long, en)).toBe(true);
  });
});

describe('findImplicitNegators: words that negate by meaning or by form', () => {
  const found = (text: string, lang: 'da' | 'en') => {
    const pack = lang === 'da' ? { rules: da, names: daNames } : { rules: en, names: enNames };
    return findImplicitNegators({ text, start: 0, end: text.length }, pack.rules, pack.names).map((s) => s.text);
  };

  it('reads a negative prefix or suffix joined by a hyphen', () => {
    expect(found('They sell more non-food items and sugar-free drinks.', 'en')).toEqual(['non-food', 'sugar-free']);
    expect(found('The shop sells nonfood items.', 'en')).toEqual(['nonfood']);
  });

  it('takes no hyphen alone for the rest of a word', () => {
    expect(found('The un- and non- prefixes.', 'en')).toEqual([]);
  });

  it("reads the Danish negative imperative ('lad være med at')", () => {
    expect(found('Lad være med at kaste en sten efter hunden.', 'da')).toEqual(['Lad være']);
    expect(found('Gid de havde ladet være med at sige det.', 'da')).toEqual(['ladet være']);
  });

  it('knows the negative adverbs of frequency', () => {
    expect(found('Young voters rarely vote and seldom complain.', 'en')).toEqual(['rarely', 'seldom']);
    expect(found('Unge vælgere stemmer sjældent.', 'da')).toEqual(['sjældent']);
  });
});

describe('findNegatingWords: the negating words, apart by idiom', () => {
  const span = (text: string) => ({ text, start: 0, end: text.length });
  const negators = (text: string, rules: NegationRules) => findNegatingWords(span(text), rules).negators.map((s) => s.text);
  const idioms = (text: string, rules: NegationRules) =>
    findNegatingWords(span(text), rules).idioms.map((i) => `${i.text} (${i.negator.text})`);

  it('puts a negator inside an idiom apart, wherever in the idiom it stands', () => {
    expect(negators('Det er bedre, ikke sandt? Han kom ikke.', da)).toEqual(['ikke']);
    expect(idioms('Det er bedre, ikke sandt? Han kom ikke.', da)).toEqual(['ikke sandt (ikke)']);
    expect(negators('Om han vandt eller ej, var han glad.', da)).toEqual([]);
    expect(idioms('Om han vandt eller ej, var han glad.', da)).toEqual(['eller ej (ej)']);
    expect(negators('Not only did he not come, he did not call.', en)).toEqual(['not', 'not']);
    expect(idioms('Not only did he not come, he did not call.', en)).toEqual(['Not only (Not)']);
  });

  it('reads a tag question as an idiom: a comma, up to three words with a negating one, a question mark', () => {
    expect(idioms("You texted me, didn't you? He did not.", en)).toEqual(["didn't you (didn't)"]);
    expect(negators("You texted me, didn't you? He did not.", en)).toEqual(['not']);
    expect(idioms('Du kommer, gør du ikke?', da)).toEqual(['gør du ikke (ikke)']);
    // Four words after the comma make a question of its own.
    expect(idioms('He came, but why did he not stay?', en)).toEqual([]);
    expect(idioms('He came, did he not?', en)).toEqual(['did he not (not)']);
  });

  it('gives offsets into the text', () => {
    const [idiom] = findNegatingWords({ text: 'ikke kun', start: 10, end: 18 }, da).idioms;
    expect(idiom).toEqual({ text: 'ikke kun', start: 10, end: 18, negator: { text: 'ikke', start: 10, end: 14 } });
  });
});
