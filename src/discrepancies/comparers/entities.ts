// People, places and organisations of aligned claims: one side names someone or somewhere the other does not.
import { anchorsOf } from '../../keys/anchors';
import { foldName } from '../../keys/fold';
import { lastWordOf, sameEntity } from '../../keys/same-entity';
import { overlaps } from '../../keys/spans';
import { writesWordStart } from '../../keys/words';
import type { Claim, Discrepancy, EntityFacet, EntityType } from '../../types';
import {
  claimsAround,
  collect,
  confidenceFor,
  side,
  vouchedByArticle,
  type AlignedGroup,
  type Comparer,
  type Located,
} from '../group/context';
import type { Messages } from '../messages/en';
import {
  coveredByNames,
  hasCounterpart,
  PROVES_PAIRING,
  rendersEachOther,
  restCoverage,
  wordInPlaceOf,
  writtenAsCommon,
} from '../group/words';

/** Types that can name the same thing: equal ones, or an untyped name with anything. */
function compatible(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'name' || b === 'name';
}
/**
 * Places that news uses for the country that holds them ('England' for Britain): one side naming the part and
 * the other the whole is a looser word, not another place. Keys, so one table serves every language.
 */
const PART_OF: Record<string, string> = {
  england: 'united kingdom',
  scotland: 'united kingdom',
  wales: 'united kingdom',
  'northern ireland': 'united kingdom',
};
const partOf = (a: EntityFacet, b: EntityFacet) => PART_OF[a.key] === b.key || PART_OF[b.key] === a.key;

const NOUN: Record<EntityType, string> = { person: 'person', place: 'place', organisation: 'organisation', name: 'name' };

export const compareEntities: Comparer = (group, say) => {
  const left = collect(group.left, (c) => c.facets.entities);
  const right = collect(group.right, (c) => c.facets.entities);
  if (left.length === 0 && right.length === 0) return [];
  const found: Discrepancy[] = [];

  // A name explained exactly (same key, or the surname of the full name, or words that translate each other:
  // 'Tre' / 'Three' at a sentence start, 'Vejle Amt' / 'Vejle County') needs no word.
  const words = group.words;
  const names = { left: left.map((x) => x.facet), right: right.map((x) => x.facet) };
  const exact = (a: EntityFacet, b: EntityFacet) => {
    const m = sameEntity(a, b);
    return (m.same && !misspelt(a, b)) || partOf(a, b) || (words !== undefined && rendersEachOther(words, 'left', a, b, names));
  };
  // A capitalised word the other side renders as a common word ('Jorden' / 'the earth', 'Tyve' / 'Thieves' in a
  // headline), or a name whose words all stand in the other side's names, cut differently, is no name that side
  // lacks.
  const common = (side: 'left' | 'right', e: EntityFacet) => {
    const others = side === 'left' ? names.right : names.left;
    return words !== undefined && (writtenAsCommon(words, side, e, others) || coveredByNames(words, side, e, others));
  };
  // A name written in another clause of the other side's sentence ('…, according to Sergei Lavrov, who
  // delivered …') is not missing from it either.
  const around = { left: claimsAround(group, 'left'), right: claimsAround(group, 'right') };
  const openLeft = left.filter(
    (l) => !right.some((r) => exact(l.facet, r.facet)) && !writtenIn(l.facet, around.right) && !common('left', l.facet),
  );
  const openRight = right.filter(
    (r) => !left.some((l) => exact(l.facet, r.facet)) && !writtenIn(r.facet, around.left) && !common('right', r.facet),
  );

  // The same person spelt differently ('Kunz' / 'Kurz'): a lead, not a contradiction.
  const spelt = new Set<Located<EntityFacet>>();
  for (const l of openLeft) {
    const r = openRight.find((x) => !spelt.has(x) && sameEntity(l.facet, x.facet).same);
    if (!r) continue;
    spelt.add(l);
    spelt.add(r);
    found.push(misspelling(l, r, group, say));
  }

  // Both sides must name something the other side lacks; a name on one side only is an omission, which
  // unmatched claims and translators' choices make too common to flag.
  // A replaced name is a finding only where the claims otherwise tell the same thing: they share another
  // anchor (a name, number or date that is not the story's topic), align strongly, or sit in sequence (their
  // neighbours are aligned with each other). Else two different names mostly mean two different events.
  if (!corroborated(group)) return found;
  const l = openLeft.filter((x) => !spelt.has(x) && comparable(x, group.right));
  const r = openRight.filter((x) => !spelt.has(x) && comparable(x, group.left));
  if (l.length === 0 || r.length === 0) return [...found, ...nameForWord(l.length ? l : r, l.length ? 'left' : 'right', group, say)];
  const ambiguous = l.length > 1 || r.length > 1;
  // Where the rest of the group is rendered word for word and one name on each side has no counterpart at all,
  // the two stand in the same place whatever their types ('in Tokyo' / 'in Bianchi').
  const slot = words !== undefined && l.length === 1 && r.length === 1 && (restCoverage(group) ?? 0) >= PROVES_PAIRING &&
    !hasCounterpart(words, 'left', l[0].facet) && !hasCounterpart(words, 'right', r[0].facet);
  for (const [a, b] of slot ? [[l[0], r[0]] as [Located<EntityFacet>, Located<EntityFacet>]] : pairs(l, r)) {
    found.push(different(a, b, ambiguous, group, say));
  }
  return found;
};

/**
 * A name one side gives where the other has a common word ('Police urged people in Glasgow' / 'i området'): the one
 * name of its side left without any counterpart, in a group rendered word for word, standing where the other side
 * has a plain word without a counterpart, and named nowhere in the other article (else the translator wrote 'the
 * country' for a country the article names).
 */
function nameForWord(open: Located<EntityFacet>[], named: 'left' | 'right', group: AlignedGroup, say: Messages): Discrepancy[] {
  const words = group.words;
  if (!words || open.length !== 1 || (restCoverage(group) ?? 0) < PROVES_PAIRING) return [];
  const [name] = open;
  if (opensSentence(name)) return [];
  const elsewhere = group.articleNames?.[named === 'left' ? 'right' : 'left'];
  const key = name.facet.key;
  if (!elsewhere || elsewhere.has(key) || elsewhere.has(lastWordOf(key))) return [];
  const word = wordInPlaceOf(words, named, name.facet);
  if (!word) return [];
  const plainSide = named === 'left' ? 'right' : 'left';
  const claim = group[plainSide].find((c) => c.start <= word.start && word.end <= c.end) ?? group[plainSide][0];
  const plain = { claim: claim.id, text: word.text, start: word.start, end: word.end };
  const given = side(name, key);
  return [{
    kind: 'entity',
    left: named === 'left' ? given : plain,
    right: named === 'left' ? plain : given,
    confidence: confidenceFor(group, NAME_FOR_WORD),
    message: say.nameForWord(named, name.facet, word),
  }];
}

/**
 * Whether a name is the first word of its sentence or clause, where any word is capitalised: a lone capitalised word
 * there is as likely a common word ('Fordobling', 'Scuffles') as a name.
 */
function opensSentence({ claim, facet }: Located<EntityFacet>): boolean {
  const before = claim.text.slice(0, Math.max(0, facet.start - claim.start));
  return !/\p{L}/u.test(before) || /[.!?:;"“”«»]\s*$/u.test(before);
}

/** A name against a common word is a lead: the translator may have written 'the city' for it. */
const NAME_FOR_WORD = 0.5;

/** The two sides tell one thing: the articles vouch for the pairing, its words render each other, or they share a telling anchor. */
function corroborated(group: AlignedGroup): boolean {
  if (vouchedByArticle(group) || (restCoverage(group) ?? 0) >= PROVES_PAIRING) return true;
  const telling = (a: string) => !group.commonAnchors?.has(a);
  const right = new Set(group.right.flatMap((c) => [...anchorsOf(c)]).filter(telling));
  return group.left.some((c) => [...anchorsOf(c)].some((a) => right.has(a)));
}

/**
 * Whether a name can stand in a finding: not the speaker the attribution comparer weighs against the other
 * side's, not a credited outlet, not a lowercase word the extractor took for a name ('engelske'), and not a
 * plural acronym.
 */
function comparable(item: Located<EntityFacet>, others: Claim[]): boolean {
  const { claim, facet } = item;
  if (/^\p{Ll}/u.test(facet.text)) return false;
  // An acronym in the plural names members of a body ('AMs', 'MPs'), which a translation writes out in words.
  if (/^\p{Lu}{2,}s$/u.test(facet.text)) return false;
  const speaker = claim.attribution?.speaker;
  const speakerWeighed = others.some((c) => c.attribution?.speaker) && speaker !== undefined && overlaps(facet, speaker);
  // An outlet credited is never the counterpart of a name in what is told: the attribution comparer weighs it.
  const credited = (claim.attribution?.via ?? []).some((via) => overlaps(facet, via));
  return !speakerWeighed && !credited;
}

/** Pairs names across the sides, likeliest first: same type, shared words ('Lauren Laverne' / 'Lauren Bianchi'). */
function pairs(left: Located<EntityFacet>[], right: Located<EntityFacet>[]): Array<[Located<EntityFacet>, Located<EntityFacet>]> {
  const scored = left.flatMap((a, i) =>
    right
      .map((b, j) => ({ a, b, i, j, score: pairScore(a.facet, b.facet) }))
      .filter((x) => x.score > 0),
  );
  scored.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const out: Array<[Located<EntityFacet>, Located<EntityFacet>, number]> = [];
  for (const { a, b, i, j } of scored) {
    if (usedLeft.has(i) || usedRight.has(j)) continue;
    usedLeft.add(i);
    usedRight.add(j);
    out.push([a, b, i]);
  }
  return out.sort((x, y) => x[2] - y[2]).map(([a, b]) => [a, b]);
}

function pairScore(a: EntityFacet, b: EntityFacet): number {
  if (!compatible(a.type, b.type)) return 0;
  const typeScore = a.type === b.type && a.type !== 'name' ? 2 : 1;
  const wa = a.key.split(' ');
  const shared = b.key.split(' ').filter((w) => wa.includes(w)).length;
  const sameLength = wa.length === b.key.split(' ').length ? 0.5 : 0;
  return typeScore + shared + sameLength;
}

/** Keys differ in a word the other key lacks: a misspelling or another person, not a surname met alone. */
function misspelt(a: EntityFacet, b: EntityFacet): boolean {
  const wa = a.key.split(' ');
  const wb = b.key.split(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return !short.every((w) => long.includes(w));
}

/** The name is written in the other side's claims after all, and only its extraction missed it there. */
function writtenIn(e: EntityFacet, claims: Claim[]): boolean {
  const words = foldName(e.text).split(' ').filter((w) => w.length >= 3);
  if (words.length === 0) return false;
  const surname = words[words.length - 1];
  // A language that writes the genitive as a bare s ('Ovie Ejarias tamme skud') may have glued it to the name.
  const forms = e.genitiveS ? [surname, surname.slice(0, -1)] : [surname];
  return claims.some((c) => forms.some((f) => writesWordStart(c, f)));
}

function different(
  l: Located<EntityFacet>,
  r: Located<EntityFacet>,
  ambiguous: boolean,
  group: AlignedGroup,
  say: Messages,
): Discrepancy {
  // Organisation names are translated more freely than people's and places' names, and an untyped name may be
  // either: less sure.
  const types = [l.facet.type, r.facet.type];
  // The bases follow the calibration table of the bench: a replaced name is real about half the time at 0.6.
  const base = (types.includes('organisation') || types.includes('name') ? 0.5 : 0.65) * (ambiguous ? 0.75 : 1);
  const sides = { left: side(l, l.facet.key), right: side(r, r.facet.key), confidence: confidenceFor(group, base) };
  // One of the names speaks on its side (the other side's speaker was not found): the claims differ in who says
  // it, which is what a reader should be told.
  const [ls, rs] = [speaks(l), speaks(r)];
  if (ls || rs) {
    const [speaker, other] = ls ? [l.facet, r.facet] : [r.facet, l.facet];
    return { kind: 'attribution', ...sides, message: say.speakerNamed(ls ? 'left' : 'right', speaker, other) };
  }
  return { kind: 'entity', ...sides, message: say.entity(l.facet, r.facet) };
}

/** Whether a name is the speaker of its claim. */
function speaks(item: Located<EntityFacet>): boolean {
  const s = item.claim.attribution?.speaker;
  return s !== undefined && overlaps(item.facet, s);
}

function misspelling(l: Located<EntityFacet>, r: Located<EntityFacet>, group: AlignedGroup, say: Messages): Discrepancy {
  const type = l.facet.type === 'name' ? r.facet.type : l.facet.type;
  return {
    kind: 'entity',
    left: side(l, l.facet.key),
    right: side(r, r.facet.key),
    // A spelling variant is a lead to check, rarely another fact.
    confidence: confidenceFor(group, 0.25),
    message: say.misspelt(l.facet, r.facet, NOUN[type]),
  };
}
