// The worker's message loop (www/worker-core.js) in Node, with a stand-in
// summariser: which requests analyse the articles again and which reuse the
// kept analysis, and that superseded requests are dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';

/** Runs serveSummaries with a fake module; returns {send, replies, analysed, freed}. */
async function harness() {
  const replies = [];
  const analysed = [];
  let freed = 0;
  globalThis.self = { postMessage: (m) => replies.push(m) };
  const { serveSummaries } = await import(`../../www/worker-core.js?${Math.random()}`);
  serveSummaries(
    () => undefined,
    (articles, options) => {
      if (articles.some((a) => a.text === 'trap')) throw new WebAssembly.RuntimeError('unreachable');
      analysed.push({ articles, options });
      const n = analysed.length;
      return {
        summarize(selection) {
          if (selection.sentences === 0) throw new Error('invalid option sentences');
          return { analysis: n, selection };
        },
        free() {
          freed++;
        },
      };
    },
    () => ({ analysis: ['language', 'focus'], selection: ['sentences', 'words', 'ratio', 'order'] }),
  );
  const settle = () => new Promise((r) => setTimeout(r, 5));
  const send = async (msg) => {
    self.onmessage({ data: msg });
    await settle();
    return replies.at(-1);
  };
  return { send, replies, analysed, freed: () => freed };
}

const A = [{ text: 'One.' }, { text: 'Two.', title: 'T' }];

test('a new length or order reuses the analysis; new text, language or focus does not', async () => {
  const h = await harness();
  let r = await h.send({ id: 1, articles: A, options: { sentences: 3 } });
  assert.deepEqual(r.result, { analysis: 1, selection: { sentences: 3 } });
  assert.deepEqual(h.analysed[0].options, {});
  r = await h.send({ id: 2, articles: structuredClone(A), options: { sentences: 5, order: 'rank' } });
  assert.deepEqual(r.result, { analysis: 1, selection: { sentences: 5, order: 'rank' } }, 'same articles: reused');
  r = await h.send({ id: 3, articles: [A[0], { text: 'Two!', title: 'T' }], options: { sentences: 5 } });
  assert.equal(r.result.analysis, 2, 'an edited text');
  r = await h.send({ id: 4, articles: [A[0], { text: 'Two!', title: 'U' }], options: { sentences: 5 } });
  assert.equal(r.result.analysis, 3, 'an edited title');
  r = await h.send({ id: 5, articles: [A[0], { text: 'Two!', title: 'U' }], options: { sentences: 5, focus: 'one' } });
  assert.equal(r.result.analysis, 4, 'a focus');
  assert.deepEqual(h.analysed[3].options, { focus: 'one' });
  r = await h.send({ id: 6, articles: [A[0], { text: 'Two!', title: 'U' }], options: { sentences: 2, focus: 'one', language: 'en' } });
  assert.equal(r.result.analysis, 5, 'a language');
  r = await h.send({ id: 7, articles: [A[0]], options: { sentences: 2, focus: 'one', language: 'en' } });
  assert.equal(r.result.analysis, 6, 'an article fewer');
  r = await h.send({ id: 8, articles: [A[0]], options: { sentences: 2, focus: 'one', language: 'en' }, fresh: true });
  assert.equal(r.result.analysis, 7, 'fresh: analysed again');
  assert.equal(h.freed(), 6, 'every replaced analysis is freed');
});

test('a bad length keeps the analysis; a trap drops it', async () => {
  const h = await harness();
  await h.send({ id: 1, articles: A, options: { sentences: 3 } });
  let r = await h.send({ id: 2, articles: A, options: { sentences: 0 } });
  assert.match(r.error, /invalid option/);
  assert.equal(r.fatal, false);
  r = await h.send({ id: 3, articles: A, options: { sentences: 4 } });
  assert.equal(r.result.analysis, 1, 'still the first analysis');
  r = await h.send({ id: 4, articles: [{ text: 'trap' }], options: {} });
  assert.equal(r.fatal, true);
  r = await h.send({ id: 5, articles: A, options: { sentences: 4 } });
  assert.equal(r.result.analysis, 2, 'analysed again after the trap');
});

test('of requests sent together only the newest is answered', async () => {
  const h = await harness();
  self.onmessage({ data: { id: 1, articles: A, options: { sentences: 1 } } });
  self.onmessage({ data: { id: 2, articles: A, options: { sentences: 2 } } });
  await new Promise((r) => setTimeout(r, 5));
  assert.deepEqual(h.replies.map((m) => m.id), [2]);
  assert.equal(h.analysed.length, 1);
});

test('lean: long articles keep only the summary sentences, their versions and neighbours, at their indices', async () => {
  globalThis.self = { postMessage() {} };
  const { leanResult } = await import(`../../www/worker-core.js?${Math.random()}`);
  const reports = (n) => Array.from({ length: n }, (_, i) => ({ status: 'belowBudget', i }));
  const result = {
    sentences: [{ at: { article: 0, sentence: 5 }, versions: [{ at: { article: 0, sentence: 9 } }, { at: { article: 1, sentence: 0 } }] }],
    articles: [{ sentences: reports(10) }, { sentences: reports(4) }],
  };
  leanResult(result, [{ text: 'x'.repeat(50) }, { text: 'short' }], 20);
  const kept = (a) => Object.keys(result.articles[a].sentences).map(Number);
  assert.deepEqual(kept(0), [4, 5, 6, 8, 9]);
  assert.equal(result.articles[0].sentences.length, 10, 'same length: indices stay valid');
  assert.equal(result.articles[0].sentences[5].i, 5);
  assert.deepEqual(kept(1), [0, 1, 2, 3], 'a short article is left whole');
});

test("the module's option table decides what is analysis", async () => {
  const replies = [];
  const analysed = [];
  globalThis.self = { postMessage: (m) => replies.push(m) };
  const { serveSummaries } = await import(`../../www/worker-core.js?${Math.random()}`);
  serveSummaries(
    () => undefined,
    (articles, options) => {
      analysed.push(options);
      return { summarize: (selection) => ({ selection }), free() {} };
    },
    () => ({ analysis: ['focus'], selection: ['sentences', 'language'] }),
  );
  const send = async (msg) => {
    self.onmessage({ data: msg });
    await new Promise((r) => setTimeout(r, 5));
    return replies.at(-1);
  };
  await send({ id: 1, articles: A, options: { focus: 'x', language: 'en' } });
  const r = await send({ id: 2, articles: A, options: { focus: 'x', language: 'fr' } });
  assert.deepEqual(analysed, [{ focus: 'x' }], 'a language change did not analyse again');
  assert.deepEqual(r.result.selection, { language: 'fr' });
});

test('pieces of a long text are joined before the request; missing pieces are an error', async () => {
  const h = await harness();
  self.onmessage({ data: { id: 7, part: { article: 1, text: 'Two ' } } });
  self.onmessage({ data: { id: 7, part: { article: 1, text: 'halves.' } } });
  let r = await h.send({ id: 7, articles: [{ text: 'One.' }, { text: '', parts: 2, title: 'T' }], options: {} });
  assert.equal(r.error, undefined);
  assert.deepEqual(h.analysed.at(-1).articles, [{ text: 'One.' }, { title: 'T', text: 'Two halves.' }]);
  self.onmessage({ data: { id: 8, part: { article: 0, text: 'Only one of two.' } } });
  r = await h.send({ id: 8, articles: [{ text: '', parts: 2 }], options: {} });
  assert.match(r.error, /article 1 arrived incomplete/);
});

test('progress: true tells each stage before it runs; the selection alone when only the length changes', async () => {
  const h = await harness();
  await h.send({ id: 1, articles: A, options: { sentences: 1 }, progress: true });
  assert.deepEqual(h.replies.map((m) => m.stage ?? 'result'), ['analysing', 'selecting', 'result']);
  assert.ok(h.replies.every((m) => m.id === 1));
  await h.send({ id: 2, articles: A, options: { sentences: 3 }, progress: true });
  assert.deepEqual(h.replies.slice(3).map((m) => m.stage ?? 'result'), ['selecting', 'result']);
  await h.send({ id: 3, articles: A, options: { sentences: 2 } });
  assert.deepEqual(h.replies.slice(5).map((m) => m.stage ?? 'result'), ['result'], 'no stage unless asked');
});
