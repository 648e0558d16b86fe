// Times `summarize` in headless Chromium, in the page's Web Worker, end to end
// (postMessage of the articles to the reply with the result).
//
//   node benches/web/chromium-bench.mjs WEB_PKG_DIR TIER.json [RUNS] [SENTENCES] [cold|slider]
//
// WEB_PKG_DIR is a `wasm-bindgen --target web` output. Serves this folder,
// the package and the tier on 127.0.0.1, drives Debian's /usr/bin/chromium
// with playwright-core (a fresh browser per call, so the renderer's peak
// memory belongs to this tier; found through CDP SystemInfo.getProcessInfo), prints one JSON line like benches/tiers.rs.
// peak_kib is the highest VmHWM among the browser's renderer processes.
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { join, resolve, dirname, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const [pkg, tier, runsArg, kArg, mode = "cold"] = process.argv.slice(2);
if (!pkg || !tier) {
  console.error("usage: chromium-bench.mjs WEB_PKG_DIR TIER.json [RUNS] [SENTENCES]");
  process.exit(2);
}
const runs = Number(runsArg || 5);
const k = Number(kArg || 10);
const here = dirname(fileURLToPath(import.meta.url));
const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json" };
// The page's own worker (www/worker.js and the loop it shares with the
// single-file build), which imports ./pkg/gistr.js.
const www = resolve(here, "../../www");
const routes = [
  ["/pkg/", resolve(pkg)],
  ["/worker.js", join(www, "worker.js")],
  ["/worker-core.js", join(www, "worker-core.js")],
  ["/tier.json", resolve(tier)],
  ["/", here],
];
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  for (const [prefix, target] of routes) {
    if (path === prefix || (prefix.endsWith("/") && path.startsWith(prefix))) {
      const file = prefix.endsWith("/") ? join(target, path.slice(prefix.length) || "index.html") : target;
      if (!file.startsWith(target) || !existsSync(file)) break;
      res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
      res.end(readFileSync(file));
      return;
    }
  }
  res.writeHead(404);
  res.end();
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const port = server.address().port;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
  ],
  ignoreDefaultArgs: ["--headless=new"],
});

async function rendererPeakKib() {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send("SystemInfo.getProcessInfo");
  let peak = 0;
  for (const p of processInfo.filter((p) => p.type === "renderer")) {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p.id}/status`, "utf8"));
      if (m) peak = Math.max(peak, Number(m[1]));
    } catch {}
  }
  return peak;
}

try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(`http://127.0.0.1:${port}/index.html`);
  await page.waitForFunction(() => window.ready === true);
  const r = await page.evaluate(([runs, k, mode]) => window.bench("/tier.json", runs, k, mode), [runs, k, mode]);
  const times = r.times.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      articles: r.articles,
      bytes: r.bytes,
      runs,
      median_ms: +times[runs >> 1].toFixed(3),
      min_ms: +times[0].toFixed(3),
      max_ms: +times[runs - 1].toFixed(3),
      first_ms: +r.first.toFixed(3),
      peak_kib: await rendererPeakKib(),
    }),
  );
} finally {
  await browser.close();
  server.close();
}
