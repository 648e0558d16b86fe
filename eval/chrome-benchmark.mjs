// Counts the summary sentences that fall outside the article body on real saved pages (scrapinghub's benchmark).
//
//   node eval/chrome-benchmark.mjs BENCH_DIR [--bin target/release/gistr] [--sentences 5,20]
//        [--threshold N] [--out DIR] [--reuse] [--show N]
//
// BENCH_DIR is a checkout of github.com/scrapinghub/article-extraction-benchmark (MIT licence: 181 saved news
// and blog pages, html/<id>.html.gz, each with its gold article body in ground-truth.json). Without it (or
// without Chromium) the script says so and exits 0. Nothing of the benchmark is kept in the repository.
//
// Each page is read as the page does it: www/articles.js's articleFromFile (the saved page's charset, then
// Mozilla Readability on an inert document, then blockText) in Debian's Chromium through playwright-core.
// --threshold N runs it with Readability's `charThreshold: N` (www/articles.js uses the default, 500).
// Each article is summarised alone by the CLI (`gistr --json --sentences N FILE`; the CLI takes no title), and
// every summary sentence is looked for in the gold body: inside when its words appear there in a row
// (letters and digits, case and punctuation ignored), or when 80 % of its word trigrams do (the gold bodies
// were written down by people, with small differences of spacing and quotes). Printed: per length, the
// summary sentences and how many fall outside; the sentences outside are written to OUT/outside-N.tsv.
// The extracted articles are kept in OUT/articles-T.json; --reuse reads them instead of running Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function parseArgs(argv) {
  const o = { dir: '', bin: join(ROOT, 'target/release/gistr'), sentences: [5, 20], threshold: null, out: join(ROOT, 'target/chrome-eval'), reuse: false, show: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--bin') o.bin = resolve(next());
    else if (a === '--sentences') o.sentences = next().split(',').map(Number);
    else if (a === '--threshold') o.threshold = Number(next());
    else if (a === '--out') o.out = resolve(next());
    else if (a === '--reuse') o.reuse = true;
    else if (a === '--show') o.show = Number(next());
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.dir = resolve(a);
  }
  return o;
}

const opts = parseArgs(process.argv.slice(2));
const dir = opts.dir || process.env.GISTR_AEB || '';
if (!dir || !existsSync(join(dir, 'ground-truth.json')) || !existsSync(join(dir, 'html'))) {
  console.log('skipped: no benchmark checkout given (BENCH_DIR or GISTR_AEB: a checkout of scrapinghub/article-extraction-benchmark)');
  process.exit(0);
}
if (!existsSync(opts.bin)) {
  console.error(`no CLI at ${opts.bin}: cargo build --release (or give --bin)`);
  process.exit(1);
}

/** @type {Record<string, {articleBody: string, url: string}>} */
const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
const ids = readdirSync(join(dir, 'html'))
  .map((f) => /^([0-9a-f]+)\.html(\.gz)?$/.exec(f))
  .filter((m) => m && gold[m[1]])
  .map((m) => ({ id: m[1], file: join(dir, 'html', m[0]) }))
  .sort((a, b) => (a.id < b.id ? -1 : 1));

const articlesSource = readFileSync(join(ROOT, 'www/articles.js'), 'utf8');
// Readability's own default when www/articles.js gives none.
const shipped = Number(/charThreshold: (\d+)/.exec(articlesSource)?.[1] ?? 500);
const threshold = opts.threshold ?? shipped;
mkdirSync(opts.out, { recursive: true });
const cache = join(opts.out, `articles-${threshold}.json`);

/** Every page read by www/articles.js in Chromium: {id: {title, text} | {error}}. */
async function extractAll() {
  if (opts.reuse && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8'));
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  const readability = join(ROOT, 'node_modules/@mozilla/readability/Readability.js');
  if (!existsSync(executablePath) || !existsSync(readability)) {
    console.log(`skipped: needs Chromium (${executablePath}) and node_modules/@mozilla/readability`);
    process.exit(0);
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const page = await browser.newPage();
  // Nothing the saved pages name is fetched: the DOMParser document is inert, and the network is refused.
  await page.route('**/*', (route) => route.abort());
  await page.setContent('<!doctype html><title>chrome eval</title>');
  await page.addScriptTag({ content: readFileSync(readability, 'utf8') });
  const source = articlesSource.includes('charThreshold: ')
    ? articlesSource.replace(/charThreshold: \d+/, `charThreshold: ${threshold}`)
    : articlesSource.replace('{ serializer: (el) => el }', `{ serializer: (el) => el, charThreshold: ${threshold} }`);
  if (threshold !== shipped && source === articlesSource) throw new Error('cannot set charThreshold in www/articles.js: update this script');
  await page.addScriptTag({ type: 'module', content: `${source}\nwindow.readArticle = articleFromFile;` });
  await page.waitForFunction(() => typeof window['readArticle'] === 'function');
  const out = {};
  for (const { id, file } of ids) {
    let bytes = readFileSync(file);
    if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
    out[id] = await page.evaluate(async ([b64, name]) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      try {
        const a = await window['readArticle'](new File([bin], name, { type: 'text/html' }));
        return { title: a.title, text: a.text };
      } catch (e) {
        return { error: String(e && e.message) };
      }
    }, [bytes.toString('base64'), `${id}.html`]);
  }
  await browser.close();
  writeFileSync(cache, JSON.stringify(out));
  return out;
}

/** Lower-case words of letters and digits (quotes, dashes and spacing ignored). */
function words(s) {
  return s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
}

function trigrams(w) {
  const out = [];
  for (let i = 0; i + 2 < w.length; i++) out.push(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

const articles = await extractAll();
const goldIndex = new Map();
for (const { id } of ids) {
  const w = words(gold[id].articleBody);
  goldIndex.set(id, { joined: ` ${w.join(' ')} `, tri: new Set(trigrams(w)) });
}

/** Whether a summary sentence is part of page `id`'s gold body. */
function inside(id, sentence) {
  const g = goldIndex.get(id);
  const w = words(sentence);
  if (w.length === 0) return true;
  if (g.joined.includes(` ${w.join(' ')} `)) return true;
  const t = trigrams(w);
  if (t.length === 0) return false;
  return t.filter((x) => g.tri.has(x)).length >= 0.8 * t.length;
}

const texts = join(opts.out, 'texts');
mkdirSync(texts, { recursive: true });
let failed = 0;
for (const { id } of ids) {
  const a = articles[id];
  if (!a || a.error) failed++;
  writeFileSync(join(texts, `${id}.txt`), a && !a.error ? a.text : '');
}
console.log(`${ids.length} pages from ${dir}; read with charThreshold ${threshold} (www/articles.js has ${shipped}); ${failed} gave no text`);
console.log(`CLI: ${opts.bin}`);
console.log('sentences  pages  summary-sentences  outside  share   pages-with-one-outside');
// Of every sentence of every article (from the first length's runs): how many the boilerplate stage
// removed though they are in the gold body (real sentences lost), and how many it left though they are
// not (chrome left to choose from).
const lost = { boilerplate: 0, inside: 0, content: 0, outside: 0, reasons: /** @type {Record<string, number>} */ ({}) };
const lostRows = [];
for (const [round, n] of opts.sentences.entries()) {
  let total = 0;
  let outside = 0;
  const pagesOut = new Set();
  const rows = [];
  for (const { id } of ids) {
    const a = articles[id];
    if (!a || a.error || !a.text.trim()) continue;
    let result;
    try {
      result = JSON.parse(execFileSync(opts.bin, ['--json', '--sentences', String(n), join(texts, `${id}.txt`)], { encoding: 'utf8', maxBuffer: 1 << 28 }));
    } catch (e) {
      // Exit 3: nothing to summarise (the reason is on stderr).
      if (e.status === 3) continue;
      throw e;
    }
    if (round === 0) {
      const bytes = Buffer.from(a.text);
      for (const r of result.articles[0].sentences) {
        const text = bytes.subarray(r.span.start, r.span.end).toString();
        const isIn = inside(id, text);
        if (r.status === 'boilerplate') {
          lost.boilerplate++;
          if (isIn && words(text).length >= 5) {
            lost.inside++;
            lost.reasons[r.reason] = (lost.reasons[r.reason] || 0) + 1;
            lostRows.push(`${id}\t${r.reason}\t${text.replace(/\s+/g, ' ')}`);
          }
        } else {
          lost.content++;
          if (!isIn) lost.outside++;
        }
      }
    }
    for (const s of result.sentences) {
      total++;
      if (!inside(id, s.text)) {
        outside++;
        pagesOut.add(id);
        rows.push(`${id}\t${gold[id].url}\t${s.text.replace(/\s+/g, ' ')}`);
      }
    }
  }
  writeFileSync(join(opts.out, `outside-${n}.tsv`), rows.join('\n') + (rows.length ? '\n' : ''));
  const share = total ? ((100 * outside) / total).toFixed(2) : '0.00';
  console.log(`${String(n).padStart(9)}  ${String(ids.length).padStart(5)}  ${String(total).padStart(17)}  ${String(outside).padStart(7)}  ${share.padStart(5)}%  ${String(pagesOut.size).padStart(5)}`);
  for (const r of rows.slice(0, opts.show)) console.log(`  ${r}`);
}
writeFileSync(join(opts.out, 'lost.tsv'), lostRows.join('\n') + (lostRows.length ? '\n' : ''));
const byReason = Object.entries(lost.reasons).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`all sentences: ${lost.boilerplate} boilerplate, of which ${lost.inside} of 5+ words are in the gold body (${byReason || 'none'});`);
console.log(`               ${lost.content} left as content, of which ${lost.outside} are not in the gold body`);
console.log(`sentences outside the gold body: ${opts.out}/outside-N.tsv; real sentences marked boilerplate: ${opts.out}/lost.tsv`);
