#!/usr/bin/env bash
# Builds gistr's browser extension (Manifest V3) from one source, extension/,
# and the page's own modules in www/ (render.js, articles.js, the worker and
# the wasm module), which are copied in, never rewritten:
#   dist/extension/                    unpacked, for Chromium (side panel, service worker)
#   dist/extension-firefox/            unpacked, for Firefox (sidebar, background scripts)
#   dist/gistr-extension-chromium.zip  the same, zipped (budget: 500 KB each)
#   dist/gistr-extension-firefox.zip
# Builds the page first (scripts/build-web.sh) when www/pkg is missing.
# The worker's first module (page/pkg/lean/gistr.js) is the full module here
# (page/pkg/, re-exported), not the page's English-only one: an extension is
# downloaded whole at install, so a smaller first module would save its users
# nothing, and both modules would take the zip over its budget (526 KB). The
# full module never refuses a language, so the worker asks for no other.
# Idempotent: every output is rebuilt from scratch.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

[ -f Cargo.toml ] && [ -d extension ] || { echo "build-extension: run from the gistr repository" >&2; exit 1; }
if [ ! -f www/pkg/gistr_bg.wasm ] || [ ! -f www/vendor/Readability.js ]; then
  say "www/pkg or www/vendor missing: building the page first"
  scripts/build-web.sh
fi

say "extension -> dist/extension, dist/extension-firefox"
node --input-type=module - "$(pwd)" <<'NODE'
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join, normalize, relative } from 'node:path';

const root = process.argv[2];
const fail = (msg) => { console.error(`build-extension: ${msg}`); process.exit(1); };
const src = join(root, 'extension');
const www = join(root, 'www');
const out = join(root, 'dist', 'extension');
const outFirefox = join(root, 'dist', 'extension-firefox');

const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'))?.[1];
if (!version) fail('no version in Cargo.toml');

rmSync(out, { recursive: true, force: true });
rmSync(outFirefox, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The extension's own files.
for (const name of readdirSync(src)) {
  if (/\.(js|html|css)$/.test(name)) cpSync(join(src, name), join(out, name));
}

// The page's modules, found by following the static imports from the extension's
// files into page/ (= www/), so what the page splits or adds comes along.
const IMPORT = /^\s*import\s[^'"]*['"](\.{1,2}\/[^'"]+)['"];?\s*$|^\s*export\s[^'"]*\sfrom\s+['"](\.{1,2}\/[^'"]+)['"];?\s*$/gm;
const WORKER = /new\s+Worker\(\s*new\s+URL\(\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const copied = new Set();
function follow(file, fromDir, inPage) {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(IMPORT)].map((m) => m[1] || m[2]).concat([...text.matchAll(WORKER)].map((m) => m[1]));
  for (const t of targets) {
    const rel = normalize(join(fromDir, t)); // relative to the output root
    if (!rel.startsWith('page/')) {
      if (inPage) fail(`${relative(root, file)} imports ${t}, outside the page`);
      if (!existsSync(join(src, rel))) fail(`${relative(root, file)} imports ${t}, which extension/ does not have`);
      continue;
    }
    if (copied.has(rel)) continue;
    const from = join(www, rel.slice('page/'.length));
    if (!existsSync(from)) fail(`${relative(root, file)} imports ${t}: www/${rel.slice(5)} does not exist`);
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    cpSync(from, join(out, rel));
    copied.add(rel);
    follow(from, dirname(rel), true);
  }
}
for (const name of readdirSync(src).filter((n) => n.endsWith('.js'))) follow(join(src, name), '.', false);
if (!copied.has('page/worker.js')) fail('the panel does not start page/worker.js');
// The worker's first module is the full one (see the top of this script).
if (!copied.has('page/pkg/lean/gistr.js')) fail('page/worker.js no longer loads pkg/lean/gistr.js');
cpSync(join(www, 'pkg/gistr.js'), join(out, 'page/pkg/gistr.js'));
writeFileSync(join(out, 'page/pkg/lean/gistr.js'),
  "// The extension's worker starts on the full module (scripts/build-extension.sh).\n" +
  "export * from '../gistr.js';\nexport { default } from '../gistr.js';\n");
// What the modules load by URL rather than import: the wasm, Readability (a classic script), the styles.
const extras = ['pkg/gistr_bg.wasm', 'vendor/Readability.js', 'vendor/Readability.LICENSE.md', 'style.css'];
for (const f of extras) {
  if (!existsSync(join(www, f))) fail(`www/${f} missing: run scripts/build-web.sh`);
  mkdirSync(dirname(join(out, 'page', f)), { recursive: true });
  cpSync(join(www, f), join(out, 'page', f));
}
for (const f of ['LICENSE', 'LICENSE-MIT', 'LICENSE-APACHE', 'COPYING']) {
  if (existsSync(join(root, f))) cpSync(join(root, f), join(out, f));
}

// Icons: a rounded square with three lines of text, drawn here so the source holds no binaries.
function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function png(size) {
  const px = Buffer.alloc(size * size * 4);
  const r = size * 0.22;
  const inside = (x, y) => {
    const cx = Math.min(Math.max(x, r), size - r), cy = Math.min(Math.max(y, r), size - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const lines = [[0.28, 0.72], [0.47, 0.72], [0.66, 0.55]]; // [y, right end] as fractions
  const thick = Math.max(1.5, size * 0.09);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      // 4x4 supersampling for smooth edges.
      let bg = 0, fg = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const X = x + (sx + 0.5) / 4, Y = y + (sy + 0.5) / 4;
        if (!inside(X, Y)) continue;
        bg++;
        if (lines.some(([ly, end]) => Math.abs(Y - ly * size) <= thick / 2 && X >= 0.26 * size && X <= end * size)) fg++;
      }
      const a = bg / 16, f = bg ? fg / bg : 0;
      px[i] = Math.round(0x24 + (255 - 0x24) * f);
      px[i + 1] = Math.round(0x50 + (255 - 0x50) * f);
      px[i + 2] = Math.round(0xc7 + (255 - 0xc7) * f);
      px[i + 3] = Math.round(255 * a);
    }
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
mkdirSync(join(out, 'icons'));
for (const s of [16, 32, 48, 128]) writeFileSync(join(out, 'icons', `${s}.png`), png(s));

// Manifests: Chromium's is the source; Firefox's is derived from it.
const manifest = JSON.parse(readFileSync(join(src, 'manifest.json'), 'utf8'));
manifest.version = version;
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

cpSync(out, outFirefox, { recursive: true });
const firefox = structuredClone(manifest);
delete firefox.side_panel;
firefox.permissions = firefox.permissions.filter((p) => p !== 'sidePanel');
firefox.background = { scripts: ['background.js'] };
firefox.sidebar_action = {
  default_panel: 'panel.html',
  default_title: 'gistr',
  default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
  open_at_install: false,
};
firefox.browser_specific_settings = {
  gecko: {
    id: 'gistr@gistr.invalid',
    strict_min_version: '142.0',
    data_collection_permissions: { required: ['none'] },
  },
};
writeFileSync(join(outFirefox, 'manifest.json'), `${JSON.stringify(firefox, null, 2)}\n`);
console.log(`  version ${version}; page modules: ${[...copied].sort().join(', ')}`);
NODE

say "zips"
python3 - "$(pwd)" <<'PY'
import os, sys, zipfile
root = sys.argv[1]
budget = 500 * 1024
for name, folder in (("chromium", "extension"), ("firefox", "extension-firefox")):
    base = os.path.join(root, "dist", folder)
    target = os.path.join(root, "dist", f"gistr-extension-{name}.zip")
    files = sorted(os.path.relpath(os.path.join(d, f), base) for d, _, fs in os.walk(base) for f in fs)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for f in files:
            info = zipfile.ZipInfo(f.replace(os.sep, "/"), date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with open(os.path.join(base, f), "rb") as fh:
                z.writestr(info, fh.read(), compresslevel=9)
    size = os.path.getsize(target)
    print(f"  dist/gistr-extension-{name}.zip {size:>9,} bytes ({len(files)} files; budget {budget:,})")
    if size > budget:
        sys.exit(f"build-extension: {target} is {size:,} bytes, over the {budget:,}-byte budget")
PY
