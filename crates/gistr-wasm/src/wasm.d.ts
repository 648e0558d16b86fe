/** One article to summarise. */
export interface ArticleInput {
  /** The headline; a body line repeating it is dropped as boilerplate. */
  title?: string;
  /** The body text; paragraphs are separated by line breaks. */
  text: string;
  /** Outlet name or URL. */
  source?: string;
}

/** Options; every field may be left out. */
export interface SummarizeOptions {
  /** At most this many sentences (default 5 when no budget is given). */
  sentences?: number;
  /** About this many words: the last sentence may cross the budget by min(20, words/5). */
  words?: number;
  /** About this share (0 < r <= 1) of the input's words. */
  ratio?: number;
  /** "article" (default): as in the articles; "rank": most important first. */
  order?: "article" | "rank";
  /** ISO 639-1 code, or "auto" (default) to detect per article. */
  language?: string;
  /** Rank toward these words or this question. */
  focus?: string;
}

/** A range of an article's text in UTF-8 bytes and in UTF-16 units (JS string indices). */
export interface Span { start: number; end: number; startUtf16: number; endUtf16: number; }
/** A sentence of an article. */
export interface SentenceRef { article: number; sentence: number; span: Span; }
/** Another sentence stating the same fact. */
export interface Version { at: SentenceRef; similarity: number; text: string; }
/** Where two versions of a fact disagree. */
export interface Conflict { kind: "number" | "date" | "name" | "claim"; ours: string; theirs: string; at: SentenceRef; }
/** A summary sentence. */
export interface ChosenSentence {
  text: string;
  at: SentenceRef;
  score: number;
  /** Its words as every word budget counts them (UAX #29 words: "three-year-old" is three, a dash none). */
  words: number;
  /** Every article reporting this fact ("reported by", strict: each has a version), ascending. */
  articles: number[];
  /** Independent articles: verbatim copies of one wire story count once. */
  independent: number;
  /** The other sentences stating this fact; `similarity` is the credit's strength. */
  versions: Version[];
  /** Weaker matches: shown as related, never counted in `articles`. */
  related: Version[];
  conflicts: Conflict[];
}
/** Every sentence of an article with its score and why it is or is not in the summary. */
export interface SentenceReport {
  span: Span;
  score: number;
  cluster: number | null;
  status: "chosen" | "duplicate" | "related" | "boilerplate" | "unfit" | "belowBudget";
  /** For "boilerplate" and "unfit": why. */
  reason?: string;
  /** For "duplicate" (credits its article) and "related" (does not): the summary sentence, and how similar they are. */
  of?: SentenceRef;
  similarity?: number;
}
export interface ArticleReport { language: string; words: number; sentences: SentenceReport[]; }
export interface Keyword { text: string; score: number; }
/** Why a summary has no sentence. */
export interface EmptyReason {
  reason: "noText" | "allBoilerplate" | "noSentenceEnds" | "tooShort" | "nothingFits" | "binary";
  /** The reason, for a reader ("this looks like a binary file, not text"). */
  message: string;
  /** For "binary": the index of the first article that looks binary (nothing is summarised). */
  article?: number;
}
export interface SummaryResult {
  sentences: ChosenSentence[];
  articles: ArticleReport[];
  keywords: Keyword[];
  /** Present exactly when sentences is empty: why. */
  empty?: EmptyReason;
  /**
   * Present when the input was too large for every usable sentence to be a
   * candidate: only the `sentences` best-ranked of the `of` usable sentences
   * were compared for duplicates and could be chosen.
   */
  compared?: { sentences: number; of: number };
  /**
   * Present (true) when a focus was given and none of its words is in the
   * articles: it was ignored, and the summary is the one without it.
   */
  unmatchedFocus?: boolean;
  /**
   * Present when the summary is shorter than its budget because no other
   * sentence could be added: of the sentences left out, how many repeat a
   * chosen one, are not news (boilerplate, links, page chrome), are too
   * short (or cut from a run without a sentence end), or were not compared
   * (a large input). Absent when a sentence was left out for want of room.
   */
  shortfall?: Shortfall;
}
/** Why a summary is shorter than asked; `asked` is in `unit` (a ratio as the words it came to). */
export interface Shortfall {
  unit: "sentences" | "words";
  asked: number;
  repeats: number;
  notNews: number;
  tooShort: number;
  notCompared: number;
}
/** A verdict on one pair of sentences. */
export interface PairVerdict { similarity: number; duplicate: boolean; }

/** Summarises the articles. Throws an Error with a clear message on bad input or options. */
export function summarize(articles: ArticleInput[], options?: SummarizeOptions): SummaryResult;
/**
 * Articles analysed once and summarised at any length: what a length slider
 * needs. Each summarize() runs only the selection; it gives what the
 * function summarize() gives with the same options. Call free() when done.
 */
export class Summarizer {
  /** Analyses the articles. Only language and focus are options here. */
  constructor(articles: ArticleInput[], options?: Pick<SummarizeOptions, "language" | "focus">);
  /** The summary at this length and order. Only sentences, words, ratio and order are options here. */
  summarize(options?: Pick<SummarizeOptions, "sentences" | "words" | "ratio" | "order">): SummaryResult;
  /** Releases the analysis. */
  free(): void;
}
/** Which options belong to the analysis (new Summarizer) and which to the selection (Summarizer.summarize). */
export interface OptionGroups {
  analysis: ("language" | "focus")[];
  selection: ("sentences" | "words" | "ratio" | "order")[];
}
/** The one table of option groups; the page's worker splits a request's options by it. */
export function optionGroups(): OptionGroups;
/** Judges each [a, b] pair with the summariser's duplicate decision. */
export function comparePairs(pairs: [string, string][], language?: string): PairVerdict[];
