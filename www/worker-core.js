// The worker's message loop, shared by worker.js (served page) and the
// single-file build. Messages: {id, articles, options} -> {id, result, ms} | {id, error}.
// A request superseded by a newer one before it starts is dropped unanswered:
// the page only waits for its newest id. {fatal: true} on an error means the
// module trapped and is unusable: the page starts a new worker. A module that
// failed to load is loaded again on the next request.

export function serveSummaries(start, run) {
  let ready = null;
  let pending = null;
  let scheduled = false;
  const load = () => {
    if (!ready) {
      ready = Promise.resolve().then(start);
      ready.catch(() => {}); // reported with the request that needs it
    }
    return ready;
  };
  load();
  const work = async () => {
    scheduled = false;
    const msg = pending;
    pending = null;
    if (!msg) return;
    try {
      await load();
    } catch (e) {
      ready = null;
      self.postMessage({ id: msg.id, error: `The summariser could not start: ${e && e.message ? e.message : e}` });
      return;
    }
    if (pending) return; // a newer request arrived while the module loaded
    const t0 = performance.now();
    try {
      const result = run(msg.articles, msg.options);
      self.postMessage({ id: msg.id, result, ms: performance.now() - t0 });
    } catch (e) {
      const broken = e instanceof WebAssembly.RuntimeError;
      self.postMessage({
        id: msg.id,
        error: broken ? `Internal error in the summariser (${e.message}).` : String(e && e.message ? e.message : e),
        fatal: broken,
      });
    }
  };
  self.onmessage = (event) => {
    const msg = event.data;
    if (!msg || typeof msg.id !== 'number') return;
    pending = msg;
    if (!scheduled) {
      scheduled = true;
      setTimeout(work, 0);
    }
  };
}
