# How the release .wasm is built: sourced by scripts/build-web.sh (the page,
# and through www/pkg the npm package and the extension) and
# scripts/bench-build-wasm.sh (the size and the Node benchmarks), so that
# what is measured is what ships.
#
#   wasm_cargo_build [CARGO ARGS…]   cargo build of the library for wasm32
#   wasm_opt LEVEL IN OUT            wasm-opt (LEVEL: -O3, -Os or -Oz)

# rustc: -Zlocation-detail=none leaves the file, line and column out of
# panic locations. wasm32-unknown-unknown has no panic hook here (nothing
# prints a panic; it traps), so they were dead bytes: -3.8 KB gzipped
# (231,384 -> 227,581 B, scripts/bench-build-wasm.sh). It is an unstable
# flag of the stable compiler, so this build sets RUSTC_BOOTSTRAP=1 (as
# fuzz/ does); the output of the module is unchanged. -Zfmt-debug=none was
# measured too: -45 B alone, nothing more with this flag, so it is not used.
# -Zbuild-std with -Cpanic=immediate-abort builds the standard library
# from source (the rust-src component, which scripts/setup.sh adds) with
# the module, so that a panic is a trap at once, with no formatting of its
# message; std is also optimised and inlined with gistr's own code:
# 227,076 -> 221,314 B gzipped (scripts/bench-build-wasm.sh), below the
# 223,069 B of before the one-schema work; Node tier-50 median 33.2 ->
# 32.6 ms (9 runs of benches/wasm/node-bench.mjs for each module in
# turn, paired: the same speed). Behaviour is the same: a panic trapped before as well. It
# costs about 2 minutes more the first time (std is compiled).
# The flags apply to this build only: cargo test, clippy and the CLI are
# built as before.
# --cfg gistr_size: the core's cold code (the credit checks of
# dedup::conflict and dedup::polarity, run on a few pairs per summary) is
# built with `optimize(size)` (crates/gistr/src/lib.rs): English-only
# module 180,356 -> 177,681 B gzipped; elsewhere (the report) it saved
# under 100 B, so it is not used there.
# The stemmers at opt-level "z" here (Cargo.toml has them at 3 for the CLI
# and Python): at 3 the full module's 18 were about 11 KB more gzipped (over its
# budget), and the English-only module's one +246 B with no gain seen under
# Node (tier 50, 5 alternated rounds, within the noise of a loaded machine).
wasm_cargo_build() {
    RUSTC_BOOTSTRAP=1 RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }--cfg gistr_size -Zlocation-detail=none -Zunstable-options -Cpanic=immediate-abort" \
        cargo build --lib --release --target wasm32-unknown-unknown -p gistr-wasm \
        -Zbuild-std=std,panic_abort --config 'profile.release.package.rust-stemmers.opt-level="z"' "$@"
}

# -O3, not -Oz: measured on this module (scripts/bench-build-wasm.sh), -Oz
# saves nothing over -O3 after rustc's opt-level 3 (nor does --converge), and
# opt-level s or z save 5 or 19 KB gzipped for 1.5x or 3x the time (see
# BENCHMARKS.md); only the crates that are not hot get opt-level z
# (Cargo.toml). scripts/size.sh shows where the bytes go.
# The features are the ones rustc enables for wasm32-unknown-unknown (read from the
# module's target_features section; listed so an older module still validates).
# --skip-pass=memory-packing keeps the data in one segment: split at every
# run of zeros (2,600 segments, mostly the stemmers' tables), its segment
# headers gzip worse than the zeros (6 KB gzipped). The target_features
# section is for linkers (--strip-target-features: 137 B).
# --low-memory-unused: rustc's layout puts the stack below 1 MB growing
# down, so the low 1 KB is never addressed and wasm-opt may fold pointer
# offsets into loads and stores (-729 B gzipped); -ocimfs 0: no inlining of
# big functions into their one caller (-498 B; whole-process time under
# Node on the 50-article tier unchanged, paired: A/B cpu 1.07 median).
wasm_opt() {
    node_modules/.bin/wasm-opt "$1" --low-memory-unused -ocimfs 0 --skip-pass=memory-packing \
        --strip-target-features --strip-debug --strip-producers \
        --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
        --enable-mutable-globals --enable-reference-types --enable-multivalue \
        "$2" -o "$3"
}
