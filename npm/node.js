// gistr for Node (>= 20): the .wasm is read from the package with
// node:fs and compiled at import, with no fetch; summarize() works at once.
// init() is kept so code written for the browser entry runs unchanged.
import { readFileSync } from 'node:fs';
import { initSync } from './pkg/gistr.js';

initSync({ module: readFileSync(new URL('./pkg/gistr_bg.wasm', import.meta.url)) });

/** Already done at import; resolves at once. */
export async function init() {}
export default init;
export { initSync, summarize, Summarizer, comparePairs } from './pkg/gistr.js';
