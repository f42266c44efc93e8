// Help texts: what a user needs to run the tool without reading the README.

const COMMON = `Common options:
  --model NAME           builtin (default: the small model shipped with claimdiff), auto (a neural model when
                         one is present locally, else builtin), a transformers.js model id, or a local folder
                         (neural models need transformers.js: npm install @huggingface/transformers)
  --offline              never download anything (the default)
  --allow-download       let a neural model be downloaded once (the articles themselves never leave the machine)
  --min-confidence N     leave out findings below N (0..1)
  -q, --quiet            no progress bar, info or warnings on stderr
  -h, --help             this help
  -V, --version          the version`;

const COMPARE = `claimdiff compare LEFT RIGHT [options]

Compares two articles (files, or - for stdin: only one of them) and reports where aligned claims disagree.

  --left-lang CODE       language of LEFT (da, en, da-DK, …); detected when absent, and an article in a
                         language without a pack is then refused
  --right-lang CODE      language of RIGHT
  --published-left DATE  publication date of LEFT (YYYY-MM-DD): anchors weekdays and "yesterday"
  --published-right DATE publication date of RIGHT
  -f, --format FORMAT    text (default), json, markdown or html
  -o, --output FILE      write the report to FILE (its extension picks the format when --format is absent);
                         -o - is standard output
  --exit-code            exit 1 when the report holds a finding (at or above --min-confidence), 0 when it
                         holds none, 2 on an error: for scripts, as git diff --exit-code`;

const BATCH = `claimdiff batch PAIRS.jsonl|- [options]

Compares many pairs. Each input line is a JSON object:
  {"id": "p1", "left": {"text": "…", "lang": "da", "published": "2017-12-08"}, "right": {"text": "…", "lang": "en"}}
Other keys are ignored; the id defaults to the line number. Blank lines are skipped.
Writes one JSON line per input line, in input order: {"id", "report"} or
{"id", "error": {"message", "line", "code"}}; the code names the problem (ERR_INPUT_EMPTY, ERR_LANGUAGE_UNSUPPORTED, …).
A bad line never stops the batch; the model is loaded once. On a terminal, a progress bar on stderr.

  --left-lang CODE       language of left articles that do not give one
  --right-lang CODE      language of right articles that do not give one
  -o, --output FILE      write the JSON lines to FILE instead of stdout (-o - is stdout); they go to
                         FILE.partial first, which replaces FILE when the batch is done, so a run
                         stopped early leaves FILE as it was
  --resume               with -o: keep the answers FILE holds, skip the input lines whose ids they answer,
                         and append the rest to FILE (a line cut off by a kill is redone)`;

const EXIT = `Exit codes: 0 done; 1 some batch lines failed, or compare --exit-code found a finding;
2 usage or input error.`;

export function helpText(topic?: string): string {
  if (topic === 'compare') return `${COMPARE}\n\n${COMMON}\n\n${EXIT}\n`;
  if (topic === 'batch') return `${BATCH}\n\n${COMMON}\n\n${EXIT}\n`;
  return (
    `claimdiff: compare two news articles in different languages, claim by claim.\n\n` +
    `Usage:\n  claimdiff compare LEFT RIGHT [options]\n  claimdiff batch PAIRS.jsonl|- [options]\n\n` +
    `${COMPARE}\n\n${BATCH}\n\n${COMMON}\n\n${EXIT}\n` +
    `Set NO_COLOR to turn colours off; CLAIMDIFF_DEBUG=1 shows stack traces.\n`
  );
}
