// claimdiff: compare two news articles in different languages, claim by claim.
export { compare } from './compare';
export { compareMany, type ArticlePair, type PairResult, type PairError } from './compare-many';
export {
  analyze,
  splitSentences,
  type AnalyzeOptions,
  type SplitOptions,
  type Sentence,
  type SplitterName,
} from './analyze';
export { align, type AlignOptions, type AlignResult } from './align';
export {
  findDiscrepancies,
  findDiscrepanciesOf,
  englishMessages,
  COMPARERS,
  type Comparer,
  type AlignedGroup,
  type Closeness,
  type FindOptions,
  type FindingsInput,
  type Messages,
  type SideNames,
} from './discrepancies';
export { loadEmbedder, type Embedder } from './embed';
export { checkEmbedderLanguages, type ComparedLanguages } from './embed/languages';
export { getLanguagePack, detectLanguage, registerLanguage, supportedLanguages } from './lang';
export type { LanguagePack } from './lang/types';
export { sameEntity } from './keys/same-entity';
export { ClaimdiffError, ClaimdiffInputError, ClaimdiffModelError, ClaimdiffAbortError, type ClaimdiffErrorCode } from './errors';
export type { CompareOptions, CompareManyOptions, CompareManyProgress, EmbedOptions } from './options';
export type * from './types';
export {
  renderText,
  renderMarkdown,
  renderJson,
  renderHtml,
  renderReport,
  type TextReportOptions,
  type ReportFormat,
} from './report';
