// Verbs of saying and 'according to' phrases: a claim that holds one reports someone's word, even when it names
// no one ('it was said', 'ifølge kilder').
import type { Span } from '../types';
import { tokenize } from '../keys/words';
import type { Token } from '../keys/token';
import { readSpan } from './span-text';

/** What the sayings read of a pack's text rules: verbs of saying and 'according to' phrases. */
export interface SayingRules {
  reportingVerbs: readonly string[];
  accordingTo: readonly string[];
}

/** The pack's phrases as lower-case words, by their first word. */
const cache = new WeakMap<SayingRules, Map<string, string[][]>>();

/** The pack's reporting verbs and 'according to' phrases written in the claim, as whole words. */
export function findSayings(span: Span, rules: SayingRules, tokens?: Token[]): Span[] {
  const { text, offset } = readSpan(span);
  const words = (tokens ?? tokenize(text)).filter((t) => t.word);
  const phrases = phrasesOf(rules);
  const out: Span[] = [];
  words.forEach((t, k) => {
    for (const phrase of phrases.get(t.lower) ?? []) {
      if (!phrase.every((w, j) => words[k + j]?.lower === w)) continue;
      const end = words[k + phrase.length - 1].end;
      out.push({ text: text.slice(t.start, end), start: offset + t.start, end: offset + end });
    }
  });
  return out;
}

function phrasesOf(rules: SayingRules): Map<string, string[][]> {
  let phrases = cache.get(rules);
  if (!phrases) {
    phrases = new Map();
    for (const entry of new Set([...rules.reportingVerbs, ...rules.accordingTo].map((v) => v.toLowerCase()))) {
      const words = entry.split(/\s+/).filter(Boolean);
      if (words.length) phrases.set(words[0], [...(phrases.get(words[0]) ?? []), words]);
    }
    cache.set(rules, phrases);
  }
  return phrases;
}
