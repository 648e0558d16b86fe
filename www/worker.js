// The summariser's Web Worker for the served page: loads the wasm module
// (www/pkg, built by scripts/build-web.sh) and answers summary requests.
import init, { summarize } from './pkg/gistr.js';
import { serveSummaries } from './worker-core.js';

serveSummaries(() => init(), (articles, options) => summarize(articles, options));
