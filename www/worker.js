// @ts-check
// The summariser's Web Worker for the served page: loads the wasm module
// (www/pkg, built by scripts/build-web.sh) and answers summary requests,
// keeping the analysis of the articles while only the length or order change.
import init, { Summarizer, optionGroups } from './pkg/gistr.js';
import { serveSummaries } from './worker-core.js';

serveSummaries(() => init(), (articles, options) => new Summarizer(articles, options), optionGroups);
