// The English-only module (www/pkg/lean, crates/gistr-wasm's feature `lean`)
// and the full one (www/pkg): the worker loads the first, and the second only
// for input that is not certainly English. No summary may differ between the
// two paths: the English-only module either gives the full module's summary
// byte for byte or refuses with an Error named LanguageUnavailable.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  LIBRARY_A, LIBRARY_B, LIBRARY_C, ROOT, SINGLE_FILE,
  fillArticle, gotoReady, openPage, requireBuilt, settled, setup, summaryTexts,
} from './helpers.mjs';

// Made-up events, written for this test.
const FRENCH = [
  `Le pont de Rivebelle rouvre après deux ans de travaux
Le pont de Rivebelle a rouvert à la circulation lundi matin, après deux ans de travaux de rénovation.
Les travaux ont coûté 48 millions d'euros, selon la mairie, qui les a financés avec l'aide de la région.
Le maire, Claire Dumont, a déclaré que le pont pourrait désormais accueillir les bus et les vélos.
Des centaines d'habitants se sont rassemblés sur les quais pour assister à l'ouverture.
La vitesse y sera limitée à trente kilomètres par heure pendant les premiers mois.`,
  `Rivebelle : la circulation reprend sur le pont rénové
Après deux années de chantier, la circulation a repris lundi sur le pont de Rivebelle.
La mairie chiffre le coût des travaux à 52 millions d'euros, dont une partie payée par la région.
Claire Dumont, la maire, a assuré que les bus et les cyclistes pourraient enfin emprunter le pont.
Les commerçants du centre espèrent que la réouverture fera revenir les clients.`,
];
const GREEK = [
  `Η γέφυρα του Ποταμού ξανάνοιξε μετά από δύο χρόνια εργασιών
Η γέφυρα του Ποταμού άνοιξε ξανά για την κυκλοφορία τη Δευτέρα το πρωί, μετά από δύο χρόνια εργασιών.
Οι εργασίες κόστισαν 48 εκατομμύρια ευρώ, σύμφωνα με τον δήμο.
Η δήμαρχος Κλαίρη Δημητρίου δήλωσε ότι η γέφυρα θα δέχεται πλέον λεωφορεία και ποδήλατα.
Εκατοντάδες κάτοικοι συγκεντρώθηκαν στην προκυμαία για να δουν τα εγκαίνια.`,
  `Ξανά ανοιχτή η γέφυρα του Ποταμού
Μετά από δύο χρόνια εργασιών, η κυκλοφορία στη γέφυρα του Ποταμού ξεκίνησε ξανά τη Δευτέρα.
Ο δήμος υπολογίζει το κόστος των εργασιών σε 52 εκατομμύρια ευρώ.
Η δήμαρχος Κλαίρη Δημητρίου είπε ότι τα λεωφορεία και οι ποδηλάτες θα μπορούν να περνούν τη γέφυρα.`,
];
const CHINESE = [
  `河湾大桥经过两年维修后重新开放
河湾大桥在两年的维修工程之后，于星期一上午重新通车。
市政府表示，工程耗资四千八百万欧元，部分由地区政府资助。
市长杜蒙说，大桥今后可以通行公共汽车和自行车。
数百名居民聚集在河岸观看通车仪式。`,
  `河湾大桥恢复通车
经过两年施工，河湾大桥星期一恢复通车。
市政府估计工程费用为五千二百万欧元。
市长杜蒙表示，公共汽车和骑自行车的人终于可以使用这座桥。`,
];
const ENGLISH = [LIBRARY_A, LIBRARY_B, LIBRARY_C];

const asArticles = (texts) => texts.map((text) => ({ text }));

/** The English fixtures of the repository (and the seeds, when present). */
function englishFixtures() {
  const sets = [];
  for (const dir of ['tests/fixtures/strike', 'tests/fixtures/aeb-2026-12-07', '../shared/seeds']) {
    const d = join(ROOT, dir);
    if (!existsSync(d)) continue;
    const texts = readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(d, f), 'utf8'));
    if (texts.length) sets.push([dir, texts]);
  }
  return sets;
}

describe('the English-only module and the full one, in Node', () => {
  let full;
  let lean;
  before(async () => {
    requireBuilt();
    assert.ok(existsSync(join(ROOT, 'www/pkg/lean/gistr_bg.wasm')), 'www/pkg/lean: run scripts/build-web.sh');
    full = await import(pathToFileURL(join(ROOT, 'www/pkg/gistr.js')).href);
    lean = await import(pathToFileURL(join(ROOT, 'www/pkg/lean/gistr.js')).href);
    full.initSync({ module: readFileSync(join(ROOT, 'www/pkg/gistr_bg.wasm')) });
    lean.initSync({ module: readFileSync(join(ROOT, 'www/pkg/lean/gistr_bg.wasm')) });
  });

  const LENGTHS = [{ sentences: 3 }, { words: 80, order: 'rank' }, { ratio: 0.5 }];

  /** The full module's summaries of `articles` at LENGTHS, as JSON. */
  function summaries(module, articles, analysis) {
    const s = new module.Summarizer(articles, analysis);
    try {
      return LENGTHS.map((l) => JSON.stringify(s.summarize(l)));
    } finally {
      s.free();
    }
  }

  /** The English-only module's summaries, or 'unavailable' when it refuses. */
  function leanSummaries(articles, analysis) {
    try {
      return summaries(lean, articles, analysis);
    } catch (e) {
      assert.equal(e.name, 'LanguageUnavailable', `refused with another error: ${e}`);
      return 'unavailable';
    }
  }

  test('English: the English-only module gives the full module\'s summary, byte for byte', () => {
    const cases = [['the library', ENGLISH], ...englishFixtures()];
    assert.ok(cases.length >= 3, 'the fixtures are there');
    let answered = 0;
    for (const [name, texts] of cases) {
      for (const analysis of [{}, { language: 'auto', focus: 'cost' }, { language: 'en' }]) {
        const want = summaries(full, asArticles(texts), analysis);
        const got = leanSummaries(asArticles(texts), analysis);
        if (got === 'unavailable') continue;
        assert.deepEqual(got, want, `${name} ${JSON.stringify(analysis)}`);
        answered++;
      }
    }
    // Every English case but the saved page full of menus (lang.rs's test) is answered by the English-only module.
    assert.ok(answered >= 3 * (cases.length - 1), `${answered} English cases answered by the English-only module`);
    const library = leanSummaries(asArticles(ENGLISH), {});
    assert.notEqual(library, 'unavailable');
  });

  test('French, Greek, Chinese: the English-only module refuses, and says so', () => {
    for (const [name, texts, code] of [['French', FRENCH, 'fr'], ['Greek', GREEK, 'el'], ['Chinese', CHINESE, 'zh']]) {
      assert.equal(leanSummaries(asArticles(texts), {}), 'unavailable', name);
      // One such article among English ones is enough.
      assert.equal(leanSummaries(asArticles([...ENGLISH, texts[0]]), {}), 'unavailable', `${name} among English`);
      // The full module finds the language and summarises.
      const result = JSON.parse(summaries(full, asArticles(texts), {})[0]);
      assert.ok(result.sentences.length > 0, name);
      assert.deepEqual(result.articles.map((a) => a.language), texts.map(() => code), name);
    }
    // A language asked for: English text summarised as French needs the full module too,
    assert.equal(leanSummaries(asArticles(ENGLISH), { language: 'fr' }), 'unavailable');
    // and French text summarised as English (asked) is the full module's English summary.
    assert.deepEqual(leanSummaries(asArticles(FRENCH), { language: 'en' }), summaries(full, asArticles(FRENCH), { language: 'en' }));
    // Both modules refuse a bad option with the same message (on French text, the
    // English-only module refuses first, and the full one then says the same).
    const message = (m) => {
      try {
        new m.Summarizer(asArticles(ENGLISH), { language: 'xx' });
      } catch (e) {
        return String(e.message);
      }
      return 'no error';
    };
    assert.equal(message(lean), message(full));
    assert.match(message(lean), /unknown language code/);
  });
});

describe('the page: English from the English-only module, other languages after fetching the full one', () => {
  let env;
  before(async () => {
    requireBuilt({ single: true });
    env = await setup();
  });
  after(async () => {
    await env?.close();
  });

  const wasmFetched = (requests) => requests.filter((u) => /\.wasm$|pkg\/.*\.js$/.test(u)).map((u) => new URL(u).pathname).sort();

  /** The summary the single file (the full module alone, inlined) shows for `texts`. */
  async function singleFileSummary(texts) {
    const { page, context } = await openPage(env.browser, pathToFileURL(SINGLE_FILE).href);
    for (const [i, t] of texts.entries()) await fillArticle(page, i, t);
    const shown = await summaryTexts(page);
    await context.close();
    return shown;
  }

  test('English: only the English-only module is fetched, and the summary is the full module\'s', async () => {
    const { page, context, requests, errors } = await openPage(env.browser, env.base);
    await fillArticle(page, 0, LIBRARY_A);
    await fillArticle(page, 1, LIBRARY_B);
    const shown = await summaryTexts(page);
    await settled(page);
    assert.deepEqual(wasmFetched(requests), ['/pkg/lean/gistr.js', '/pkg/lean/gistr_bg.wasm']);
    assert.deepEqual(errors, []);
    await context.close();
    assert.deepEqual(shown, await singleFileSummary([LIBRARY_A, LIBRARY_B]));
  });

  test('a full module that cannot load says so, and the next change loads it', async () => {
    const { page, context, errors } = await openPage(env.browser, env.base);
    await context.route('**/pkg/gistr_bg.wasm', (route) => route.abort());
    for (const [i, t] of FRENCH.entries()) await fillArticle(page, i, t);
    await page.waitForSelector('#error-box:not([hidden])');
    assert.match(await page.textContent('#error-box'), /languages other than English could not be loaded/);
    await context.unroute('**/pkg/gistr_bg.wasm');
    await page.fill('#length-input', '2');
    assert.equal((await summaryTexts(page, 2)).length, 2);
    assert.equal(await page.isVisible('#error-box'), false);
    assert.deepEqual(errors.filter((e) => !/gistr_bg\.wasm|Failed to load resource/.test(e)), []);
    await context.close();
  });

  for (const [name, texts] of [['French', FRENCH], ['Greek', GREEK], ['Chinese', CHINESE]]) {
    test(`${name}: the full module is fetched from the page's origin, and the summary is the full module's`, async () => {
      const { page, context, requests, errors } = await openPage(env.browser, env.base);
      for (const [i, t] of texts.entries()) await fillArticle(page, i, t);
      const shown = await summaryTexts(page);
      assert.ok(shown.length > 0);
      assert.deepEqual(wasmFetched(requests), ['/pkg/gistr.js', '/pkg/gistr_bg.wasm', '/pkg/lean/gistr.js', '/pkg/lean/gistr_bg.wasm']);
      const origin = new URL(env.base).origin;
      assert.deepEqual(requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin), []);
      assert.deepEqual(errors, []);
      if (name === 'French' && process.env.LEAN_SCREENSHOT) {
        await page.screenshot({ path: process.env.LEAN_SCREENSHOT, fullPage: false });
      }
      await context.close();
      assert.deepEqual(shown, await singleFileSummary(texts));
    });
  }
});
