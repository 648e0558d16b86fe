// gistr for browsers, workers, extensions and bundlers. Call `await init()`
// once (it fetches pkg/gistr_bg.wasm beside this file, which bundlers find
// through `new URL(..., import.meta.url)`), then summarize() or new Summarizer().
// init({ module_or_path }) takes another URL, a Response, bytes or a
// WebAssembly.Module instead. In Node the package's "node" entry loads the
// .wasm itself (node.js).
export { default as init, initSync, summarize, Summarizer, comparePairs } from './pkg/gistr.js';
export { default } from './pkg/gistr.js';
