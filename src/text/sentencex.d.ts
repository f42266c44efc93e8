// Types for sentencex, which ships none.
declare module 'sentencex' {
  export interface SentenceBoundary {
    /** Code point offsets (not UTF-16) into the input. */
    start_index: number;
    end_index: number;
    text: string;
    boundary_symbol?: string;
    is_paragraph_break?: boolean;
  }
  export function segment(languageCode: string, text: string): string[];
  export function get_sentence_boundaries(languageCode: string, text: string): SentenceBoundary[];
  export default segment;
}
