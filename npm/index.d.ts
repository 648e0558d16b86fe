// Types of the package's main entry, the same for the browser (index.js) and
// Node (node.js). The payload types are the ones written in crates/gistr-wasm/src/lib.rs.
export * from './pkg/gistr.js';
export { default, default as init } from './pkg/gistr.js';
