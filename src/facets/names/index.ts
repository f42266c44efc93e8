// Names in a claim (people, places, organisations) with a key that is the same in every language.
import type { EntityFacet, RoleFacet, Span } from '../../types';
import type { NameRules } from './rules';
import { isNotName, longestFrom, lookUp, lookUpLowercase, nameIndex, type NameIndex } from './gazetteer';
import { isAllCaps, isCapitalised, joinedBySpaces, startsSentence, type Token } from './tokens';
import { tokenize } from '../../keys/words';
import { genitiveBeforeName, knownGenitive, possessiveCuts, withPossessive } from './genitives';
import { typeAndKey, type Found } from './types';
import { isCommonWord, isHead, isListedWord } from './words';
import { shareAcronymKeys } from './acronyms';
import { compassCompound, compoundHead, splitHyphenated } from './compounds';
import { findRoleSpans } from '../roles/spans';
import { readSpan } from '../span-text';




/**
 * Names in a span. `namesInArticle` (from namesInside()) are capitalised common words the article writes as names
 * elsewhere: at a sentence start they stay names.
 */
export function findEntities(
  span: Span,
  rules: NameRules,
  namesInArticle?: ReadonlySet<string>,
  // The claim's tokens and role spans (article offsets), when the caller has them already (the facet stage has).
  claimTokens?: Token[],
  roleSpans?: RoleFacet[],
): EntityFacet[] {
  const { text, offset } = readSpan(span);
  if (!text) return [];
  const index = nameIndex(rules);
  const tokens = claimTokens ?? tokenize(text);
  // Role spans with offsets into the claim's text, as the tokens have them.
  const roles = (roleSpans ?? findRoleSpans(span, rules, tokens)).map((r) => ({ ...r, start: r.start - offset, end: r.end - offset }));
  const inRole = (t: Token) => roles.some((r) => t.start >= r.start && t.end <= r.end);
  const titleCase = looksTitleCased(tokens);
  const found: Found[] = [];
  let droppedUntil = -1; // index of the last common word dropped at a sentence start
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i];
    if (!tok.word) {
      i++;
      continue;
    }
    if (!isCapitalised(tok.text)) {
      // A name the tables write in lowercase: Danish 'russiske', 'højesteret'.
      const compound = rules.compounds ? compoundHead(tok, index, rules) : undefined;
      const lower = inRole(tok) ? undefined : (matchLowercase(text, tokens, i, index) ?? (compound && { first: i, last: i, ...compound }));
      if (lower) found.push(lower);
      i = lower ? lower.last + 1 : i + 1;
      continue;
    }
    // A known name wins over a role or title inside it ('Premier League', 'General Assembly').
    const known = matchKnown(text, tokens, i, index, rules) ?? matchCompass(tok, i, index, rules);
    const notName = matchNotName(text, tokens, i, index);
    if (known && known.last - i + 1 >= notName) {
      found.push(known);
      i = known.last + 1;
      continue;
    }
    if (notName > 0 || inRole(tok) || rules.personTitles.includes(tok.text.toLowerCase())) {
      i += Math.max(1, notName);
      continue;
    }
    // A word right after a dropped sentence-initial common word is tested the same way ('Related Articles').
    const afterDropped = i > 0 && droppedUntil === i - 1 && joinedBySpaces(text, tokens, i - 1, i);
    const atStart = titleCase || startsSentence(tokens, i);
    const initial = atStart || afterDropped;
    const namedHere = namesInArticle?.has(tok.text) ?? false;
    // After a dropped word, not at the start itself, a word is common only as listed: a name there ('Hvad Sandoval
    // så') may read as a compound of common words.
    const commonHere = atStart ? isCommonWord(tok.text, rules) : isListedWord(tok.text, rules);
    const dropped = initial && !namedHere && commonHere;
    // Such a word goes unless it heads a longer name or opens a title (below): only then is the name's extent read.
    // Dropped at once, a run of such words ('A A A …') costs no search ahead from each of them.
    if (dropped && !isHead(tok.text, rules) && tok.text.length < 5) {
      droppedUntil = i++;
      continue;
    }
    const last = extendName(text, tokens, i, rules, titleCase, inRole, index);
    // 'Styret', 'Ifølge', 'The' starting a sentence are common words; 'Ministry of Defence' stays a name.
    // Three or more capitalised common words make a title even at a sentence start ('Desert Island Discs'),
    // outside a title-case line, unless the first is short ('But', 'And'); 'Ifølge Sergej Lavrov' is no title.
    const title = !titleCase && last >= i + 2 && tok.text.length >= 5 && allCommon(tokens, i + 1, last, index, rules);
    if (dropped && !(last > i && isHead(tok.text, rules)) && !title) {
      droppedUntil = i++;
      continue;
    }
    const common = commonNounRun(text, tokens, i, last, rules);
    if (common > 0) {
      i += common;
      continue;
    }
    const head = rules.compounds && last === i ? compoundHead(tok, index, rules) : undefined;
    if (head) {
      found.push({ first: i, last: i, ...head });
      i++;
      continue;
    }
    const hyphenHead = splitHyphenated(tok, index, rules);
    if (hyphenHead !== undefined) {
      if (hyphenHead) found.push({ first: i, last: i, ...hyphenHead });
      i++;
      continue;
    }
    found.push(withPossessive(text, tokens, i, last, index, rules));
    i = last + 1;
  }
  const entities = typeAndKey(text, tokens, found, roles, rules);
  shareAcronymKeys(text, entities, found.map((f) => f.known !== undefined));
  return entities.map((e) => ({ ...e, start: e.start + offset, end: e.end + offset }));
}

/** The longest known name starting at token i, possessive stripped ('USA's', 'Nordkoreas'). */
function matchKnown(text: string, tokens: Token[], i: number, index: NameIndex, rules: NameRules): Found | undefined {
  for (let last = Math.min(tokens.length, i + longestFrom(index, tokens[i])) - 1; last >= i; last--) {
    if (!joinedBySpaces(text, tokens, i, last)) continue;
    const run = tokens.slice(i, last + 1);
    // A lowercase table name capitalised only because it starts a sentence: 'Amerikanerne', 'Højesteret'.
    const known = lookUp(index, run) ?? (startsSentence(tokens, i) ? lookUpLowercase(index, run) : undefined);
    if (known) return { first: i, last, cut: 0, known };
    const tail = run[run.length - 1];
    for (const cut of possessiveCuts(tail.text, rules)) {
      const trimmed = { ...tail, text: tail.text.slice(0, tail.text.length - cut) };
      const stripped = lookUp(index, [...run.slice(0, -1), trimmed]);
      if (stripped) return { first: i, last, cut, known: stripped };
    }
  }
  return undefined;
}

/** A point of the compass and a place in one word ('Nordsyrien'), as a name of the place. */
function matchCompass(tok: Token, i: number, index: NameIndex, rules: NameRules): Found | undefined {
  const known = compassCompound(tok, index, rules);
  return known && { first: i, last: i, cut: 0, known };
}

/** The longest name written in lowercase in the tables that starts at token i. */
function matchLowercase(text: string, tokens: Token[], i: number, index: NameIndex): Found | undefined {
  for (let last = Math.min(tokens.length, i + longestFrom(index, tokens[i])) - 1; last >= i; last--) {
    if (!joinedBySpaces(text, tokens, i, last) || !tokens[last].word) continue;
    const known = lookUpLowercase(index, tokens.slice(i, last + 1));
    if (known) return { first: i, last, cut: 0, known };
  }
  return undefined;
}

/** A given name before a demonym that is its surname: 'John English', or any unknown name before 'English'. */
function givenName(first: Token, demonym: Token, index: NameIndex, rules: NameRules): boolean {
  if (rules.givenNames?.has(first.text)) return true;
  if (!rules.demonymSurnames?.includes(demonym.text.replace(/['’]s?$/, ''))) return false;
  if (isAllCaps(first.text) || lookUp(index, [first]) || isNotName(index, [first])) return false;
  return !isCommonWord(first.text, rules);
}

/** A one-word demonym ('English', 'Russian'): a name in the tables or a not-a-name word, capitalised. */
function isDemonym(token: Token, index: NameIndex): boolean {
  return isCapitalised(token.text) && (isNotName(index, [token]) || lookUp(index, [token])?.type === 'place');
}

/** How many tokens a not-a-name phrase ('North Korean', 'Russian') covers at token i; 0 when none. */
function matchNotName(text: string, tokens: Token[], i: number, index: NameIndex): number {
  for (let last = Math.min(tokens.length, i + longestFrom(index, tokens[i])) - 1; last >= i; last--) {
    if (!joinedBySpaces(text, tokens, i, last)) continue;
    if (isNotName(index, tokens.slice(i, last + 1))) return last - i + 1;
  }
  return 0;
}

/**
 * Tokens from i that look like a name but are common nouns, 0 when none: an institution named by its head alone
 * ('the Commission', 'the Navy'), a lone capital letter ('gruppe G'), a compass point alone ('the North'), a
 * category ('Class A', 'Klasse B-sag').
 */
function commonNounRun(text: string, tokens: Token[], i: number, last: number, rules: NameRules): number {
  const word = tokens[i].text;
  if (last === i && ((isHead(word, rules) && !isAllCaps(word)) || /^\p{Lu}$/u.test(word))) return 1;
  if (last === i && rules.aloneNotNames?.includes(word.replace(/['’]s?$/, ''))) return 1;
  const letter = tokens[i + 1];
  if (last > i + 1 || !letter || !/^\p{Lu}(?:[-‐]\p{L}+)?$/u.test(letter.text)) return 0;
  return joinedBySpaces(text, tokens, i, i + 1) && isCommonWord(word, rules) ? 2 : 0;
}

/**
 * The most tokens a name spans, dots and particles counted ('Den Demokratiske Republik Congo' is 4, 'John F. Kennedy'
 * 4): a run of capitals past it ('A A A …', a title-case line) is cut there, which keeps the search linear.
 */
const MAX_NAME_TOKENS = 16;

/** The last token of a name starting at i: more capitalised words, particles, initials, organisation links. */
function extendName(
  text: string,
  tokens: Token[],
  i: number,
  rules: NameRules,
  titleCase: boolean,
  inRole: (t: Token) => boolean,
  index: NameIndex,
): number {
  let last = i;
  let organisation = isHead(tokens[i].text, rules);
  let linked = false;
  const usable = (t: Token | undefined, from: number) =>
    t?.word && !inRole(t) && /^[ \t\u00a0]+$/.test(text.slice(from, t.start));
  for (let j = i + 1; j < Math.min(tokens.length, i + MAX_NAME_TOKENS); ) {
    const tok = tokens[j];
    const prevEnd = tokens[j - 1].end;
    if (/\p{L}['’]\p{Ll}*$/u.test(tokens[last].text)) break; // a possessive ends the name
    if (rules.bareGenitiveS && knownGenitive(tokens[last], index)) break; // 'Ruslands Vladimir Putin'
    if (genitiveBeforeName(text, tokens, last, rules)) break; // 'Liverpools Daniel Sturridge'
    // An initial or a short abbreviation inside a name: 'John F. Kennedy', 'St. Martin'.
    const abbreviated = /^\p{Lu}\p{Ll}?$/u.test(tokens[j - 1].text) && isCapitalised(tokens[j + 1]?.text ?? '');
    if (tok.text === '.' && tok.start === prevEnd && abbreviated) {
      j++;
      continue;
    }
    if (!usable(tok, prevEnd)) break;
    const lower = tok.text.toLowerCase();
    const next = tokens[j + 1];
    const nextUsable = usable(next, tok.end) && isCapitalised(next!.text);
    if (isCapitalised(tok.text)) {
      if (titleCase && isCommonWord(tok.text, rules)) break;
      // A demonym ends a name ('Yorkshire English'), except as the surname after a given name: 'Johnny English'.
      const notName = matchNotName(text, tokens, j, index);
      // A bare genitive aside: 'Johnny Englishs'.
      const bare = rules.bareGenitiveS && /\p{L}s$/u.test(tok.text) ? { ...tok, text: tok.text.slice(0, -1) } : tok;
      const demonym = isDemonym(tok, index) ? tok : isDemonym(bare, index) ? bare : undefined;
      const surname = j === i + 1 && demonym !== undefined && givenName(tokens[i], demonym, index, rules);
      // Inside an organisation's name a demonym may stand before its head: 'Federation of German Industries'.
      const inOrganisation = organisation && linked && notName === 1 && isCapitalised(tokens[j + 1]?.text ?? '');
      // An initial is no article: 'Dionisio A. Lind'.
      const after = tokens[j + 2]?.text ?? '';
      const initial = /^\p{Lu}$/u.test(tok.text) && next?.text === '.' && next.start === tok.end &&
        isCapitalised(after) && !isCommonWord(after, rules) && !isCommonWord(tokens[j - 1].text, rules);
      if (notName > 0 && !surname && !inOrganisation && !initial) break;
      if (rules.personTitles.includes(lower)) break; // 'Democratic Sen. Chris Coons'
      // A known name ends the name before it, unless the name goes on after it: 'South China Morning Post'.
      const known = surname || organisation ? undefined : matchKnown(text, tokens, j, index, rules);
      if (known && !continuesAfter(text, tokens, known.last, rules)) break;
      last = j;
      if (surname) break; // 'Johnny English Reborn': the surname ends the person's name
      organisation ||= isHead(tok.text, rules);
      j++;
    } else if (nextUsable && rules.nameParticles.includes(lower)) {
      last = j + 1;
      j += 2;
    } else if (/^\p{Ll}+-\p{Lu}/u.test(tok.text) && rules.nameParticles.includes(lower.split('-')[0])) {
      last = j; // 'al-Assad'
      j++;
    } else if (
      organisation &&
      nextUsable &&
      (matchNotName(text, tokens, j + 1, index) === 0 || isCapitalised(tokens[j + 2]?.text ?? '')) &&
      (rules.organisationConnectors.includes(lower) || (linked && rules.organisationAnds.includes(lower)))
    ) {
      linked = true;
      last = j + 1;
      j += 2;
    } else break;
  }
  return last;
}

function allCommon(tokens: Token[], first: number, last: number, index: NameIndex, rules: NameRules): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (lookUp(index, [t]) || isNotName(index, [t]) || !isCommonWord(t.text, rules)) return false;
  }
  return true;
}

/** True when the name at token i goes on with a capitalised word, or ends with a possessive ('BBC Scotland's'). */
function continuesAfter(text: string, tokens: Token[], i: number, rules: NameRules): boolean {
  if (/\p{L}['’]s?$/u.test(tokens[i].text)) return true;
  const next = tokens[i + 1];
  if (!next?.word || !isCapitalised(next.text) || !joinedBySpaces(text, tokens, i, i + 1)) return false;
  return !rules.personTitles.includes(next.text.toLowerCase());
}

/**
 * A headline in title case ('North Korea Says It Is Open to Talks'): capitalised common words are not names there.
 * In title case every longer word is capitalised; one lowercase verb ('disagreed') means ordinary prose.
 */
/** A title-case line: every word of four letters or more capitalised ('The Bells of St. Martin's Fall Silent'). */
export function looksTitleCased(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word && /^\p{L}/u.test(t.text) && t.text.length > 3);
  return words.length >= 4 && words.every((t) => isCapitalised(t.text));
}
