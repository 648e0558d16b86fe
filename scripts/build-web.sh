#!/usr/bin/env bash
# Builds gistr's web page from the repository root:
#   www/pkg/         the wasm module (every language) and its wasm-bindgen glue (optimised with wasm-opt)
#   www/pkg/lean/    the English-only module (crates/gistr-wasm's feature `lean`), which the
#                    worker (worker.js) loads first; it fetches www/pkg's for other languages
#   www/vendor/      Mozilla Readability, copied from node_modules, with its licence
#   dist/gistr.html  one self-contained file: wasm (base64), JS and CSS inlined, the
#                    worker started from a Blob URL; works opened from file://
# Needs what scripts/setup.sh installs: the wasm32 target, wasm-bindgen-cli
# matching Cargo.toml, and `npm ci` (binaryen, @mozilla/readability).
# Idempotent: every output is rebuilt from scratch.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'build-web: %s\n' "$*" >&2; exit 1; }
# wasm_cargo_build and wasm_opt: the flags, and why.
. scripts/wasm-release.sh

[ -f Cargo.toml ] && [ -d www ] || die "run from the gistr repository (Cargo.toml and www/ not found)"
[ -x node_modules/.bin/wasm-opt ] || die "node_modules/.bin/wasm-opt missing: run 'npm ci' first"
[ -f node_modules/@mozilla/readability/Readability.js ] || die "@mozilla/readability missing: run 'npm ci' first"
command -v wasm-bindgen >/dev/null || die "wasm-bindgen not on PATH: cargo install wasm-bindgen-cli --version <the one in Cargo.toml>"

want=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml | head -1)
have=$(wasm-bindgen --version | awk '{print $2}')
if [ -n "$want" ] && [ "$want" != "$have" ]; then
  die "wasm-bindgen CLI is $have but Cargo.toml pins $want: cargo install wasm-bindgen-cli --version $want"
fi

raw_wasm=target/wasm32-unknown-unknown/release/gistr_wasm.wasm
rm -rf www/pkg
# module DIR [CARGO ARGS]: builds the module, bindgen'd into DIR, and starts
# wasm-opt on it in the background: the full module's (13 s) runs beside the
# English-only module's cargo build, whose link-time optimisation is one thread.
opts=()
module() {
  local dir=$1
  shift
  say "cargo build (wasm32, release${*:+, $*}) -> $dir"
  wasm_cargo_build "$@"
  wasm-bindgen --target web --out-name gistr --out-dir "$dir" "$raw_wasm"
  { wasm_opt -O3 "$dir/gistr_bg.wasm" "$dir/gistr_bg.opt.wasm" && mv "$dir/gistr_bg.opt.wasm" "$dir/gistr_bg.wasm"; } &
  opts+=($!)
}
module www/pkg
module www/pkg/lean --features lean
for pid in "${opts[@]}"; do wait "$pid" || die "wasm-opt failed"; done

say "vendor Readability -> www/vendor"
cp node_modules/@mozilla/readability/Readability.js www/vendor/Readability.js
cp node_modules/@mozilla/readability/LICENSE.md www/vendor/Readability.LICENSE.md

say "single file -> dist/gistr.html"
mkdir -p dist
node --input-type=module - "$root" <<'NODE'
// Inlines the page into one file. The page's modules follow a convention that
// makes this a concatenation: one-line imports of ./x.js at the top, `export`
// only before top-level declarations, and top-level names unique across modules
// (a clash is a SyntaxError, caught by the file:// e2e test).
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const root = process.argv[2];
const www = (p) => join(root, 'www', p);
const read = (p) => readFileSync(www(p), 'utf8');
const fail = (msg) => { console.error(`build-web: ${msg}`); process.exit(1); };

// The page's modules, dependencies first.
const MODULES = ['articles.js', 'store.js', 'exporter.js', 'paint.js', 'pager.js', 'render.js', 'coverage.js', 'examples.js', 'cards.js', 'controls.js', 'summary-client.js', 'summary-view.js', 'progress.js', 'files.js', 'toast.js', 'status.js', 'limits.js', 'app.js'];

function unmodule(name, source, known) {
  return source
    .split('\n')
    .filter((line) => {
      const m = /^import\s.*\sfrom\s+'\.\/([^']+)';\s*$/.exec(line);
      if (!m) return true;
      if (!known.includes(m[1])) fail(`${name} imports ./${m[1]}, which the single-file build does not know`);
      return false;
    })
    .map((line) => line.replace(/^export\s+(?=(async\s+)?(function|const|let|class)\b)/, ''))
    .join('\n');
}

function check(name, text) {
  for (const bad of ['</script', '<!--']) {
    if (text.toLowerCase().includes(bad)) fail(`${name} contains ${bad}, which cannot be inlined in <script>`);
  }
  for (const line of text.split('\n')) {
    if (/^\s*(import|export)\s/.test(line)) fail(`${name}: import/export left after inlining: ${line}`);
  }
}

const bundle = MODULES.map((m) => `// ---- ${m}\n${unmodule(m, read(m), MODULES)}`).join('\n');
check('app bundle', bundle);

// The worker: wasm-bindgen's glue as a classic script, the wasm as base64, the message loop.
let glue = read('pkg/gistr.js');
glue = glue
  .replace(/^export\s*\{[^}]*\};?\s*$/m, '')
  .replace(/^export\s+(?=(async\s+)?(function|const|let|class)\b)/gm, '')
  .replaceAll('import.meta.url', 'self.location.href');
const wasmBase64 = readFileSync(www('pkg/gistr_bg.wasm')).toString('base64');
const workerSource = [
  '"use strict";',
  glue,
  unmodule('worker-core.js', read('worker-core.js'), []),
  `const GISTR_WASM_BASE64 = "${wasmBase64}";`,
  `function gistrWasmBytes() {
  const bin = atob(GISTR_WASM_BASE64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}`,
  'serveSummaries(() => __wbg_init({ module_or_path: gistrWasmBytes() }), (articles, options) => new Summarizer(articles, options), optionGroups);',
].join('\n');
check('worker', workerSource);

const readability = read('vendor/Readability.js');
check('Readability.js', readability);
const css = read('style.css');
if (css.toLowerCase().includes('</style')) fail('style.css contains </style');

const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${sha(readability)} ${sha(bundle)} 'wasm-unsafe-eval'`,
  'worker-src blob:',
  "connect-src 'none'",
  'img-src data:',
  `style-src ${sha(css)}`,
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

let html = read('index.html');
const swap = (from, to) => {
  const at = html.indexOf(from);
  if (at < 0 || html.indexOf(from, at + 1) >= 0) fail(`index.html must contain exactly one ${from}`);
  html = html.slice(0, at) + to + html.slice(at + from.length);
};
const cspMeta = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/.exec(html);
if (!cspMeta) fail('index.html has no Content-Security-Policy meta');
swap(cspMeta[0], `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
swap('<link rel="stylesheet" href="style.css">', '');
swap('<script src="vendor/Readability.js" defer></script>', '');
swap('<script type="module" src="app.js"></script>', '');
// The modules app.js imports are inlined too: their preload hints go.
html = html.replace(/<!-- Every module app\.js imports[^\n]*-->\n/, '').replace(/<link rel="modulepreload" href="[^"]+">\n/g, '');
// Replacement functions, so `$` in the inlined code is never a replacement pattern.
html = html.replace('</head>', () => `<style>${css}</style>\n</head>`);
html = html.replace('</body>', () =>
  `<script type="text/x-gistr-worker" id="gistr-worker-source">${workerSource}</script>\n` +
  `<script>${readability}</script>\n` +
  `<script type="module">${bundle}</script>\n</body>`);
html = html.replace('<html lang="en"', '<html lang="en" data-build="single-file"');
writeFileSync(join(root, 'dist', 'gistr.html'), html);
NODE

size() {
  local f=$1
  printf '  %-28s %9s bytes raw %9s bytes gzip\n' "$f" "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)"
}
say "sizes"
size www/pkg/gistr_bg.wasm
size www/pkg/lean/gistr_bg.wasm
size dist/gistr.html
