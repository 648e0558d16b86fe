// The summary client (www/summary-client.js, shipped as gistr/worker) in
// Node, with stand-in workers the test answers by hand: the newest request
// wins, a long-running request is abandoned by restarting the worker, and
// each kind of failure reaches the caller.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSummarizer } from '../../www/summary-client.js';

/** A client whose workers are recorded fakes (see `clocked` for a clock the test drives). */
function harness(options = {}) {
  const workers = [];
  const errors = [];
  const client = createSummarizer({
    ...options,
    onError: (e) => errors.push(e),
    worker: () => {
      const w = {
        sent: [],
        terminated: false,
        postMessage(m) {
          this.sent.push(m);
        },
        terminate() {
          this.terminated = true;
        },
        answer(data) {
          this.onmessage({ data });
        },
        crash(message) {
          this.onerror({ message, preventDefault() {} });
        },
      };
      workers.push(w);
      return w;
    },
  });
  return { client, workers, errors };
}

const settle = () => new Promise((r) => setImmediate(r));
const ARTICLES = [{ text: 'One.' }, { text: 'Two.' }];

test('the newest request wins; the older one is told it was superseded', async () => {
  const { client, workers } = harness();
  assert.equal(workers.length, 1, 'the worker starts at once');
  const first = client.summarize(ARTICLES, { sentences: 1 });
  const second = client.summarize(ARTICLES, { sentences: 2 });
  await assert.rejects(first, { name: 'AbortError' });
  const [w] = workers;
  assert.deepEqual(w.sent.map((m) => m.options.sentences), [1, 2]);
  w.answer({ id: w.sent[0].id, result: 'old', ms: 1 }); // stale: ignored
  assert.equal(client.busy(), true);
  w.answer({ id: w.sent[1].id, result: 'new', ms: 2 });
  assert.deepEqual(await second, { result: 'new', ms: 2 });
  assert.equal(client.busy(), false);
});

/** Runs `body(advance)` with performance.now() driven by `advance(ms)`. */
async function clocked(body) {
  const real = performance.now;
  let now = 1000;
  performance.now = () => now;
  try {
    await body((/** @type {number} */ ms) => (now += ms));
  } finally {
    performance.now = real;
  }
}

test('a warm worker superseded within abandonAfterMs is kept; past it, it is restarted', async () => {
  await clocked(async (advance) => {
    const { client, workers } = harness({ abandonAfterMs: 300 });
    workers[0].answer({ id: -1, result: null, ms: 0 }); // warm: it has answered once
    const first = client.summarize(ARTICLES, { sentences: 1 });
    advance(300);
    const second = client.summarize(ARTICLES, { sentences: 2 });
    await assert.rejects(first, { name: 'AbortError' });
    assert.equal(workers.length, 1, 'superseded after 300 ms: the worker is kept');
    assert.equal(workers[0].terminated, false);
    advance(301);
    const third = client.summarize(ARTICLES, { sentences: 3 });
    await assert.rejects(second, { name: 'AbortError' });
    assert.equal(workers.length, 2, 'superseded after 301 ms: a new worker');
    assert.equal(workers[0].terminated, true);
    workers[1].answer({ id: workers[1].sent[0].id, result: 'fresh', ms: 1 });
    assert.equal((await third).result, 'fresh');
  });
});

test('a request running longer than abandonAfterMs is abandoned by restarting the worker', async () => {
  const { client, workers } = harness({ abandonAfterMs: 0 });
  workers[0].answer({ id: -1, result: null, ms: 0 }); // warm: it has answered once
  const first = client.summarize(ARTICLES, {});
  await new Promise((r) => setTimeout(r, 5));
  const second = client.summarize(ARTICLES, { sentences: 3 });
  await assert.rejects(first, { name: 'AbortError' });
  assert.equal(workers[0].terminated, true);
  assert.equal(workers.length, 2);
  workers[1].answer({ id: workers[1].sent[0].id, result: 'fresh', ms: 1 });
  assert.equal((await second).result, 'fresh');
});

test('a worker fetching the full module is not abandoned: its next request waits for it', async () => {
  const { client, workers } = harness({ abandonAfterMs: 0 });
  workers[0].answer({ id: -1, result: null, ms: 0 }); // warm
  const french = client.summarize(ARTICLES, { sentences: 1 });
  workers[0].answer({ id: workers[0].sent[0].id, loading: 'full' });
  await new Promise((r) => setTimeout(r, 5));
  const edited = client.summarize(ARTICLES, { sentences: 2 });
  await assert.rejects(french, { name: 'AbortError' });
  assert.equal(workers[0].terminated, false, 'the fetch goes on');
  assert.equal(workers.length, 1);
  workers[0].answer({ id: workers[0].sent[1].id, result: 'full', ms: 1 });
  assert.equal((await edited).result, 'full');
  // Once answered, a long request is abandoned again as before.
  const long = client.summarize(ARTICLES, { sentences: 3 });
  await new Promise((r) => setTimeout(r, 5));
  const next = client.summarize(ARTICLES, { sentences: 4 });
  await assert.rejects(long, { name: 'AbortError' });
  assert.equal(workers[0].terminated, true);
  workers[1].answer({ id: workers[1].sent[0].id, result: 'fresh', ms: 1 });
  assert.equal((await next).result, 'fresh');
});

test('errors: invalid options, a trapped module, a dead worker, a worker that never loaded', async () => {
  const { client, workers, errors } = harness();
  let p = client.summarize(ARTICLES, { language: 'xx' });
  workers[0].answer({ id: workers[0].sent[0].id, error: 'unknown language "xx"' });
  await assert.rejects(p, { kind: 'invalid', message: 'unknown language "xx"' });
  assert.equal(workers[0].terminated, false);

  p = client.summarize(ARTICLES, {});
  workers[0].answer({ id: workers[0].sent[1].id, error: 'Internal error in the summariser (unreachable).', fatal: true });
  await assert.rejects(p, { kind: 'crashed' });
  assert.equal(workers[0].terminated, true, 'a trapped module is dropped');

  p = client.summarize(ARTICLES, {});
  assert.equal(workers.length, 2, 'the next request starts a fresh worker');
  workers[1].answer({ id: -1 }); // warm
  workers[1].crash('out of memory');
  await assert.rejects(p, { kind: 'crashed', message: /stopped working: out of memory/ });

  p = client.summarize(ARTICLES, {});
  workers[2].crash('');
  await assert.rejects(p, { kind: 'unavailable', message: /could not be loaded/ });

  // With no request waiting, the failure goes to onError rather than vanishing.
  client.summarize(ARTICLES, {}).catch(() => {});
  client.cancel();
  workers[3].crash('gone');
  await settle();
  assert.equal(errors.length, 1);
  assert.equal(errors[0].kind, 'unavailable');
});

test('cancel() supersedes the waiting request; terminate() stops the worker', async () => {
  const { client, workers } = harness();
  const p = client.summarize(ARTICLES, {});
  client.cancel();
  await assert.rejects(p, { name: 'AbortError' });
  assert.equal(client.busy(), false);
  client.terminate();
  assert.equal(workers[0].terminated, true);
  const q = client.summarize(ARTICLES, {});
  assert.equal(workers.length, 2);
  workers[1].answer({ id: workers[1].sent[0].id, result: 'ok', ms: 0 });
  assert.equal((await q).result, 'ok');
});

test('a long text goes in pieces of a million characters, one per task, then the request', async () => {
  const { client, workers } = harness();
  const long = 'x'.repeat(2_500_000);
  const p = client.summarize([{ text: 'short' }, { title: 'T', text: long }], { sentences: 2 });
  const [w] = workers;
  assert.equal(w.sent.length, 1, 'the first piece goes at once, the rest in later tasks');
  while (!w.sent.some((m) => m.articles)) await new Promise((r) => setTimeout(r, 1));
  const pieces = w.sent.filter((m) => m.part);
  assert.deepEqual(pieces.map((m) => [m.part.article, m.part.text.length]), [[1, 1 << 20], [1, 1 << 20], [1, 2_500_000 - 2 * (1 << 20)]]);
  assert.equal(pieces.map((m) => m.part.text).join(''), long);
  const request = w.sent.at(-1);
  assert.deepEqual(request.articles, [{ text: 'short' }, { title: 'T', text: '', parts: 3 }]);
  w.answer({ id: request.id, result: 'ok', ms: 1 });
  assert.equal((await p).result, 'ok');
});

test('a newer request stops the pieces of an older one', async () => {
  const { client, workers } = harness();
  const old = client.summarize([{ text: 'y'.repeat(3_000_000) }], {});
  old.catch(() => {});
  const newer = client.summarize([{ text: 'short' }], {});
  await new Promise((r) => setTimeout(r, 30));
  const [w] = workers;
  assert.equal(w.sent.filter((m) => m.part).length, 1, 'only the piece sent before the newer request');
  assert.equal(w.sent.filter((m) => m.articles).length, 1, 'only the newer request');
  await assert.rejects(old, { name: 'AbortError' });
  w.answer({ id: w.sent.at(-1).id, result: 'new', ms: 1 });
  assert.equal((await newer).result, 'new');
});

test('onProgress: pieces of a long text as they go, then the worker\'s stages; a stage never settles the request', async () => {
  const { client, workers } = harness();
  const [w] = workers;
  const seen = [];
  const long = 'x'.repeat((1 << 20) * 2 + 5);
  const done = client.summarize([{ text: long }, { text: 'Two.' }], {}, { onProgress: (p) => seen.push(p) });
  for (let i = 0; i < 20 && !w.sent.some((m) => m.articles); i++) await new Promise((r) => setTimeout(r, 1));
  const request = w.sent.find((m) => m.articles);
  assert.equal(request.progress, true);
  const total = long.length + 4;
  assert.deepEqual(seen, [
    { stage: 'sending', sent: 1 << 20, total },
    { stage: 'sending', sent: 2 << 20, total },
    { stage: 'sending', sent: long.length, total },
  ]);
  w.answer({ id: request.id, stage: 'analysing' });
  w.answer({ id: request.id - 1, stage: 'selecting' }); // stale: not told
  assert.equal(client.busy(), true, 'a stage does not settle the request');
  w.answer({ id: request.id, stage: 'selecting' });
  w.answer({ id: request.id, result: 'r', ms: 3 });
  assert.deepEqual(await done, { result: 'r', ms: 3 });
  assert.deepEqual(seen.slice(3), [{ stage: 'analysing' }, { stage: 'selecting' }]);
  // Without onProgress, the request does not ask for stages.
  client.summarize(ARTICLES, {});
  assert.equal(w.sent.at(-1).progress, undefined);
});
