// The page with very large input and a failing summariser or storage: a
// 20 MB paste never enters a textarea and never freezes the page, a long
// summary can be cancelled with the text kept, 20 MB survive a reload
// (IndexedDB), a dead worker is reported and replaced on the next change, and
// storage that is full says so. The long input is generated at run time.
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { LIBRARY_A, LIBRARY_B, fillArticle, mainThreadTasks, openPage, makeText, savedArticles, settled, setup, summaryTexts } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** Pastes window.__text into the first box as the clipboard would, and returns the longest main-thread task (ms) it caused. */
async function pasteBig(page) {
  return page.evaluate(async () => {
    const dt = new DataTransfer();
    dt.setData('text/plain', window.__text);
    const longest = { ms: 0 };
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest.ms = Math.max(longest.ms, e.duration);
    });
    observer.observe({ type: 'longtask' });
    await new Promise((r) => setTimeout(r, 50));
    document.querySelector('#cards textarea').dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: dt }));
    await new Promise((r) => setTimeout(r, 800)); // the summary request and the save (400 ms) are sent
    observer.disconnect();
    return longest.ms;
  });
}

test('a 20 MB paste: a preview, no long freeze, Cancel keeps the text, and it survives a reload', async () => {
  const { page, context, errors } = await openPage(env.browser, env.base);
  await makeText(page, 20);
  const length = await page.evaluate(() => window.__text.length);
  const longest = await pasteBig(page);
  if (process.env.GISTR_SHOW_TIMES) console.log('longest task while pasting 20 MB (ms):', longest);
  assert.equal(await page.locator('#cards .card-preview').count(), 1, 'shown as a preview');
  assert.equal(await page.locator('#cards textarea').count(), 1, 'only the other, empty box is a textarea');
  assert.match(await page.locator('#cards .card-meta').first().textContent(), /20\.\d million characters/);
  // The paste and the summary request (a 20 MB postMessage) take one task each; the save is in pieces.
  assert.ok(longest < 250, `the longest task while pasting took ${longest} ms`);
  // While the worker analyses 20 MB, the page answers at once; after a second it offers
  // Cancel, and says which stage runs (the text is handed over in pieces first).
  await page.waitForSelector('#progress:not([hidden])');
  await page.waitForFunction(() => /^Analysing 1 article \(20\.\d million characters\): sentences, scores, repeats… \d+ s$/.test(document.getElementById('progress-text').textContent));
  // Busy and saying so: not idle (it said idle from the request until the result), no
  // "Nothing to summarise yet" under it, and one spinner, the progress line's.
  assert.equal(await page.evaluate(() => document.documentElement.dataset.idle), 'false');
  assert.equal(await page.isVisible('#empty-state'), false);
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('status'), '::before').display), 'none');
  // Cancel is handled in one short task: under 200 ms of the main thread's CPU (see
  // mainThreadTasks: the load of the machine does not count), and in wall time under ten
  // times that, which catches a Cancel that waits for the worker.
  const { result: clickMs, longestCpu } = await mainThreadTasks(env.browser, page, () => page.evaluate(async () => {
    const t = performance.now();
    await new Promise((ok) => {
      document.getElementById('cancel-button').addEventListener('click', ok, { once: true });
      document.getElementById('cancel-button').click();
    });
    return performance.now() - t;
  }));
  assert.ok(longestCpu < 200, `Cancel took ${longestCpu} ms of the main thread's CPU`);
  assert.ok(clickMs < 2000, `Cancel took effect after ${clickMs} ms`);
  assert.match(await page.textContent('#status'), /Cancelled\. The articles are kept/);
  assert.equal(await page.isVisible('#progress'), false);
  await settled(page);
  // Saved in IndexedDB (localStorage holds about 5 MB): the text is back after a reload.
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await page.locator('#cancel-button').click({ timeout: 15000 }); // the reload summarises again
  // What IndexedDB holds: each article's text, or its pieces (one record each).
  const kept = (await savedArticles(page)).map((a) => a.length);
  assert.ok(kept.includes(length), `the 20 MB text was kept: ${kept}`);
  assert.match(await page.locator('#cards .card-meta').first().textContent(), /20\.\d million characters/);
  assert.equal(await page.locator('#cards .card-preview').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dropped 20 MB text file: decoded in pieces to the same text, shown as a preview, and Cancel answers at once', async () => {
  const { page, context, errors } = await openPage(env.browser, env.base);
  await makeText(page, 20);
  const sent = await page.evaluate(async () => {
    // CRLF line ends, and a two-byte character on a piece boundary (1 MB).
    const body = window.__text.replaceAll('\n', '\r\n');
    const text = `${'x'.repeat((1 << 20) - 1)}é\r\n${body}`;
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'huge.txt', { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.getElementById('dropzone').dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
    window.__text = null; // the test's own copies are garbage now
    return text.replaceAll('\r\n', '\n').trim().length;
  });
  await page.waitForSelector('#cards .card-preview');
  assert.match(await page.locator('#cards .card-meta').first().textContent(), /huge\.txt · 21\.\d million characters/);
  await page.waitForSelector('#progress:not([hidden])');
  // The test made 60 MB of strings of its own: collected first, so that its garbage is not timed.
  await (await context.newCDPSession(page)).send('HeapProfiler.collectGarbage');
  // One short task (as in the test above): CPU under 200 ms, wall under ten times that.
  const { result: clickMs, longestCpu } = await mainThreadTasks(env.browser, page, () => page.evaluate(() => {
    const t = performance.now();
    document.getElementById('cancel-button').click();
    return performance.now() - t;
  }));
  assert.ok(longestCpu < 200, `Cancel took ${longestCpu} ms of the main thread's CPU`);
  assert.ok(clickMs < 2000, `Cancel took ${clickMs} ms`);
  // What the page holds is the file's text, line ends made \n.
  await page.waitForTimeout(600); // the save
  const [a] = (await savedArticles(page, { slice: [(1 << 20) - 2, (1 << 20) + 2] })).filter((x) => x.file === 'huge.txt');
  const kept = { length: a.length, boundary: a.slice, crlf: a.crlf };
  assert.deepEqual(kept, { length: sent, boundary: 'xé\nR', crlf: false }); // é's two bytes straddle the first 1 MB piece
  assert.deepEqual(errors, []);
  await context.close();
});

test("a long article's source view shows passages, and its JSON download holds every sentence's report", async () => {
  const { page, context, errors } = await openPage(env.browser, env.base, { acceptDownloads: true });
  await makeText(page, 0.3);
  await pasteBig(page);
  await fillArticle(page, 1, LIBRARY_A);
  await summaryTexts(page);
  assert.match(await page.textContent('#source-0'), /only the passages around the summary's sentences are shown/);
  const shownSentences = await page.locator('#source-0 .sent').count();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const reports = json.result.articles[0].sentences;
  assert.ok(reports.length > 2000, `the long article has ${reports.length} sentences`);
  assert.ok(reports.every((r) => r && r.span && r.status), 'no sentence report is missing from the download');
  assert.ok(shownSentences < reports.length / 10, `the page shows ${shownSentences} of them`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a worker that dies is reported, the articles stay, and the next change starts a new one', async () => {
  const { page, context, errors } = await openPage(env.browser, env.base);
  await fillArticle(page, 0, LIBRARY_A);
  await fillArticle(page, 1, LIBRARY_B);
  await summaryTexts(page);
  const [worker] = page.workers();
  assert.ok(worker, 'the summariser runs in a worker');
  await worker.evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated crash');
    }, 0);
  });
  await page.waitForSelector('#error-box:not([hidden])');
  assert.match(await page.textContent('#error-box'), /The summariser stopped working: .*simulated crash.*Change anything to try again\./);
  assert.equal(await page.locator('#cards textarea').nth(0).inputValue(), LIBRARY_A);
  await page.fill('#length-input', '2');
  await summaryTexts(page, 2);
  assert.equal(await page.isVisible('#error-box'), false);
  assert.deepEqual(errors.filter((e) => !/simulated crash/.test(e)), []);
  await context.close();
});

test('storage that is full is said plainly, and the summary still works', async () => {
  const { page, context, errors } = await openPage(env.browser, null);
  await context.addInitScript(() => {
    const full = () => new DOMException('full', 'QuotaExceededError');
    IDBObjectStore.prototype.put = function () {
      throw full();
    };
    Storage.prototype.setItem = function () {
      throw full();
    };
  });
  await page.goto(env.base);
  await page.waitForSelector('html[data-ready="true"]');
  await fillArticle(page, 0, LIBRARY_A);
  await fillArticle(page, 1, LIBRARY_B);
  await summaryTexts(page);
  await page.waitForFunction(() => /storage for this page is full/.test(document.getElementById('toast-text').textContent));
  assert.equal(await page.isVisible('#toast'), true);
  assert.deepEqual(errors, []);
  await context.close();
});
