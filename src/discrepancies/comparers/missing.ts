// What one side gives and the other leaves out, where it matters: the day of an event, and who says it. A
// translator or a second reporter drops many details; a dropped date or a dropped source changes what a reader
// can check, so those two are reported, softly, and only where the two claims clearly tell the same thing.
import { foldName } from '../../keys/fold';
import { overlaps } from '../../keys/spans';
import { hasQuoteMark, writesWordStart } from '../../keys/words';
import type { Claim, Discrepancy, EntityFacet, Span, TimeFacet } from '../../types';
import { claimsAround, confidenceFor, type AlignedGroup, type Comparer } from '../group/context';
import type { Messages } from '../messages/en';

type Side = 'left' | 'right';
const OTHER: Record<Side, Side> = { left: 'right', right: 'left' };

/** Alignment this far above the threshold, or neighbours aligned too, says the claims tell the same thing. */
const SURE_MARGIN = 0.4;
const DATE_BASE = 0.5;
const SPEAKER_BASE = 0.45;

export const compareMissing: Comparer = (group, say) => {
  if (group.related || !(group.inSequence || group.score >= group.threshold + SURE_MARGIN)) return [];
  const found: Discrepancy[] = [];
  for (const side of ['left', 'right'] as Side[]) {
    const date = missingDate(group, side, say);
    if (date) found.push(date);
    const speaker = missingSpeaker(group, side, say);
    if (speaker) found.push(speaker);
  }
  return found;
};

/** A day one side gives (a weekday or a calendar date) where the other side's text gives no time at all. */
function missingDate(group: AlignedGroup, side: Side, say: Messages): Discrepancy | undefined {
  const other = OTHER[side];
  // A headline leaves out the day by custom; the sentence it is paired with tells more.
  if ([...group.left, ...group.right].some((c) => c.headline)) return undefined;
  const day = group[side]
    .flatMap((claim) => claim.facets.times.map((facet) => ({ claim, facet })))
    .find(({ facet }) => isDay(facet));
  if (!day) return undefined;
  const silent = claimsAround(group, other, true).every((c) => c.facets.times.length === 0);
  if (!silent) return undefined;
  const lacking = group[other][0];
  const message = say.dateMissing(side, day.facet, lacking);
  return build(side, { claim: day.claim.id, text: day.facet.text, start: day.facet.start, end: day.facet.end }, lacking, {
    kind: 'date',
    confidence: confidenceFor(group, DATE_BASE),
    message,
  });
}

const isDay = (t: TimeFacet) => t.kind !== 'duration' && t.kind !== 'time' && (t.weekday !== undefined || t.day !== undefined);

/**
 * A named speaker one side credits where the other side credits no one, quotes nothing and never writes the
 * name nor a verb of saying: the other side states as fact what this side reports as someone's word.
 */
function missingSpeaker(group: AlignedGroup, side: Side, say: Messages): Discrepancy | undefined {
  const other = OTHER[side];
  const credited = group[side].find((c) => c.attribution?.speaker && personIn(c, c.attribution.speaker));
  if (!credited) return undefined;
  const speaker = credited.attribution!.speaker!;
  const person = personIn(credited, speaker)!;
  const theirs = claimsAround(group, other, true);
  if (theirs.some((c) => c.attribution?.speaker || c.attribution?.via?.length)) return undefined;
  const words = foldName(person.text).split(' ').filter((w) => w.length >= 3);
  const surname = words[words.length - 1] ?? foldName(person.text);
  const speaks = (c: Claim) => writesWordStart(c, surname) || hasQuoteMark(c) || (c.facets.sayings?.length ?? 0) > 0;
  if (theirs.some(speaks)) return undefined;
  const lacking = group[other][0];
  const message = say.speakerMissing(side, person, speaker, lacking);
  return build(side, { claim: credited.id, text: speaker.text, start: speaker.start, end: speaker.end, value: person.key }, lacking, {
    kind: 'attribution',
    confidence: confidenceFor(group, SPEAKER_BASE),
    message,
  });
}

/** The person a credit names: an entity inside the speaker span that is a person (or an untyped name). */
function personIn(claim: Claim, speaker: Span): EntityFacet | undefined {
  return claim.facets.entities.find((e) => (e.type === 'person' || e.type === 'name') && overlaps(e, speaker));
}

function build(
  side: Side,
  given: Discrepancy['left'],
  lacking: Claim,
  rest: Pick<Discrepancy, 'kind' | 'confidence' | 'message'>,
): Discrepancy {
  const absent = { claim: lacking.id, text: lacking.text, start: lacking.start, end: lacking.end };
  const missing = OTHER[side];
  return side === 'left'
    ? { kind: rest.kind, left: given, right: absent, missing, confidence: rest.confidence, message: rest.message }
    : { kind: rest.kind, left: absent, right: given, missing, confidence: rest.confidence, message: rest.message };
}
