// Names of languages in English, for messages: 'de' → 'German'. Any language a detector may report, not only
// the packs', so the names come from the runtime's locale data rather than from a table of our own.

let displayNames: Intl.DisplayNames | undefined;

/** 'German' for 'de'; the code itself when the runtime knows no name for it. */
export function languageName(code: string): string {
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
    return displayNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** 'German (de)'. */
export function languageWithCode(code: string): string {
  const name = languageName(code);
  return name === code ? code : `${name} (${code})`;
}
