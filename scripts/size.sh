#!/usr/bin/env bash
# Where the bytes of a .wasm go: per section, raw and gzipped (each part
# compressed on its own, so the parts add up to a little more than the
# whole), with the largest data segments.
#
#   scripts/size.sh [WASM]        (default: www/pkg/gistr_bg.wasm, the full module,
#                                  then www/pkg/lean/gistr_bg.wasm, the English-only one)
#
# For the functions, use twiggy on a module that still has its names
# (wasm-bindgen's output before wasm-opt, or wasm-opt -g):
#   cargo install twiggy; twiggy top -n 40 FILE.wasm
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ] && [ -f www/pkg/lean/gistr_bg.wasm ]; then
    "$0" www/pkg/gistr_bg.wasm
    echo
    exec "$0" www/pkg/lean/gistr_bg.wasm
fi
wasm=${1:-www/pkg/gistr_bg.wasm}
[ -f "$wasm" ] || { echo "size.sh: $wasm not found (run scripts/build-web.sh)" >&2; exit 1; }
printf '%-28s %9s bytes raw %9s gzip -9\n' "$wasm" "$(wc -c <"$wasm")" "$(gzip -9 -c "$wasm" | wc -c)"
node --input-type=module - "$wasm" <<'NODE'
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const b = readFileSync(process.argv[2]);
const gz = (x) => gzipSync(x, { level: 9 }).length;
const leb = (at) => {
  let r = 0, s = 0, x;
  do { x = b[at++]; r += (x & 127) * 2 ** s; s += 7; } while (x & 128);
  return [r, at];
};
const NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
  'start', 'elem', 'code', 'data', 'datacount'];
const row = (name, raw, z) => console.log(`  ${name.padEnd(26)} ${String(raw).padStart(9)} ${String(z).padStart(9)}`);
console.log(`  ${'section'.padEnd(26)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)}`);
const segments = [];
for (let at = 8; at < b.length;) {
  const id = b[at];
  let n;
  [n, at] = leb(at + 1);
  const body = b.subarray(at, at + n);
  let name = NAMES[id] ?? `#${id}`;
  if (id === 0) {
    const [len, p] = leb(at);
    name += `:${b.subarray(p, p + len).toString()}`;
  }
  if (id === 11) {
    let [count, p] = leb(at);
    for (let i = 0; i < count; i++) {
      let flag;
      [flag, p] = leb(p);
      if (flag === 0) { while (b[p] !== 0x0b) p++; p++; }
      if (flag === 2) { [, p] = leb(p); while (b[p] !== 0x0b) p++; p++; }
      let size;
      [size, p] = leb(p);
      segments.push([i, b.subarray(p, p + size)]);
      p += size;
    }
  }
  row(name, n, gz(body));
  at += n;
}
segments.sort((x, y) => y[1].length - x[1].length);
console.log(`  data segments: ${segments.length}; the largest:`);
for (const [i, s] of segments.slice(0, 6)) row(`  segment ${i}`, s.length, gz(s));
NODE
