// Verbs of saying and 'according to' phrases: a claim that holds one reports someone's word, even when it names
// no one ('it was said', 'ifølge kilder').
import type { Span } from '../types';
import { readSpan } from './span-text';

/** What the sayings read of a pack's text rules: verbs of saying and 'according to' phrases. */
export interface SayingRules {
  reportingVerbs: readonly string[];
  accordingTo: readonly string[];
}

const cache = new WeakMap<SayingRules, string[]>();

/** The pack's reporting verbs and 'according to' phrases written in the claim, as whole words. */
export function findSayings(span: Span, rules: SayingRules): Span[] {
  const { text, offset } = readSpan(span);
  let phrases = cache.get(rules);
  if (!phrases) {
    phrases = [...new Set([...rules.reportingVerbs, ...rules.accordingTo].map((v) => v.toLowerCase()))];
    cache.set(rules, phrases);
  }
  // Punctuation reads as a space, one for one, so offsets stay those of the text.
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\s-]/gu, (c) => ' '.repeat(c.length))} `;
  const out: Span[] = [];
  for (const phrase of phrases) {
    for (let i = lower.indexOf(` ${phrase} `); i >= 0; i = lower.indexOf(` ${phrase} `, i + 1)) {
      out.push({ text: text.slice(i, i + phrase.length), start: offset + i, end: offset + i + phrase.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
