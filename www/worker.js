// @ts-check
// The summariser's Web Worker for the served page, the extension and
// gistr/worker: loads the English-only wasm module (www/pkg/lean, built by
// scripts/build-web.sh; 179 KB gzipped) and answers summary requests,
// keeping the analysis of the articles while only the length or order
// change. When the input is not certainly English, that module says so
// (an Error named LanguageUnavailable) and the full module (www/pkg, every
// language), fetched then from beside this file, answers instead: the same
// summary, as that module gives every summary.
import init, { Summarizer, optionGroups } from './pkg/lean/gistr.js';
import { serveSummaries } from './worker-core.js';

serveSummaries(
  () => init(),
  (articles, options) => new Summarizer(articles, options),
  optionGroups,
  async () => {
    const full = await import('./pkg/gistr.js');
    await full.default();
    return { analyse: (articles, options) => new full.Summarizer(articles, options), groups: full.optionGroups };
  },
);
