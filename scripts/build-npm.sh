#!/usr/bin/env bash
# Builds the npm package `gistr` into dist/npm/, ready to `npm pack` or
# publish (it is not published):
#   index.js, node.js        the entries: browsers/workers/bundlers, and Node
#   pkg/                     the wasm module and its wasm-bindgen glue (as built
#                            for the page by scripts/build-web.sh)
#   pkg/lean/                the English-only module, which gistr/worker's worker loads
#                            first (the full one, beside it, only for other languages)
#   summary-client.js        `gistr/worker`: createSummarizer(), the page's own
#   worker.js, worker-core.js  the worker it starts (the page's own files)
#   protocol.js, *.d.ts      the types (summary-client.d.ts from its JSDoc, by tsc)
#   package.json             from npm/package.json, version from Cargo.toml
#   README.md, LICENSE-*     from npm/
# The shared files are copied byte for byte from www/, so the package's
# worker wrapper is the code the page runs. Needs www/pkg (scripts/build-web.sh
# builds it; pass --build to run it first) and `npm ci` (typescript).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

die() { printf 'build-npm: %s\n' "$*" >&2; exit 1; }
[[ "${1:-}" == "--build" ]] && scripts/build-web.sh
[ -f www/pkg/gistr.js ] && [ -f www/pkg/gistr_bg.wasm ] && [ -f www/pkg/lean/gistr_bg.wasm ] || die "www/pkg missing: run scripts/build-web.sh first (or pass --build)"
[ -x node_modules/.bin/tsc ] || die "node_modules/.bin/tsc missing: run 'npm ci' first"

version=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\([^"]*\)".*/\1/p' Cargo.toml | head -1)
[ -n "$version" ] || die "no version in Cargo.toml's [workspace.package]"

out=dist/npm
rm -rf "$out"
mkdir -p "$out/pkg/lean"
cp www/pkg/gistr.js www/pkg/gistr.d.ts www/pkg/gistr_bg.wasm "$out/pkg/"
cp www/pkg/lean/gistr.js www/pkg/lean/gistr.d.ts www/pkg/lean/gistr_bg.wasm "$out/pkg/lean/"
cp www/summary-client.js www/protocol.js www/worker.js www/worker-core.js "$out/"
cp npm/index.js npm/index.d.ts npm/node.js npm/README.md npm/LICENSE-MIT npm/LICENSE-APACHE "$out/"

# The worker wrapper's declarations, from the JSDoc the page's type check uses.
node_modules/.bin/tsc --allowJs --declaration --emitDeclarationOnly --skipLibCheck \
  --target es2022 --module esnext --moduleResolution bundler --lib es2022,dom \
  --outDir "$out" "$out/summary-client.js" "$out/protocol.js"

node --input-type=module - "$out" "$version" <<'NODE'
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
const [out, version] = process.argv.slice(2);
const pkg = JSON.parse(readFileSync('npm/package.json', 'utf8'));
pkg.version = version;
writeFileSync(`${out}/package.json`, `${JSON.stringify(pkg, null, 2)}\n`);
const missing = pkg.files.filter((f) => !existsSync(`${out}/${f}`));
if (missing.length) {
  console.error(`build-npm: files listed in package.json but not built: ${missing.join(', ')}`);
  process.exit(1);
}
if (pkg.scripts) {
  console.error('build-npm: the package must have no scripts (no install scripts)');
  process.exit(1);
}
NODE
printf 'build-npm: %s %s -> %s (%s bytes packed .wasm)\n' gistr "$version" "$out" "$(wc -c <"$out/pkg/gistr_bg.wasm")"
