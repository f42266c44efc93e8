// A name and its acronym in brackets are one entity: 'Federation of German Industries (BDI)', 'MWP (Member …)'.
import type { EntityFacet } from '../../types';
import { isAllCaps } from './tokens';

/** An acronym, maybe with a plural or possessive ending: 'BDI', 'MWPs', "NATO's". */
const ACRONYM = /^(?:\p{Lu}\.?){2,}(?:['’]?s)?$/u;

/**
 * Where a name of two or more words stands right before its acronym in brackets, or an acronym right before
 * the name in brackets, both get the acronym's key (and the name's type): a text that gives only the acronym,
 * or only the name with it, then names the same entity. When only the name is in the tables, its key wins.
 * `known` tells, per entity, whether it came from the tables.
 */
export function shareAcronymKeys(text: string, entities: EntityFacet[], known: boolean[]): void {
  for (let k = 0; k + 1 < entities.length; k++) {
    const a = entities[k];
    const b = entities[k + 1];
    if (!/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || !/^\s*\)/.test(text.slice(b.end))) continue;
    const [full, short] = isAcronym(b.text) ? [a, b] : [b, a];
    if (!isAcronym(short.text) || isAcronym(full.text) || !/\s/.test(full.text.trim())) continue;
    if (known[entities.indexOf(full)] && !known[entities.indexOf(short)]) short.key = full.key;
    else full.key = short.key;
    if (short.type === 'name') short.type = full.type;
    else if (full.type === 'name') full.type = short.type;
  }
}

function isAcronym(name: string): boolean {
  return ACRONYM.test(name) && isAllCaps(name);
}
