// A minimal summariser worker with the protocol of www/worker.js:
// receives {id, articles, options}, posts {id, result} (or {id, error}).
// A module worker; the wasm-bindgen --target web build is at ./pkg/.
import init, { summarize } from "./pkg/gistr.js";

const ready = init();
self.onmessage = async (e) => {
  const { id, articles, options } = e.data;
  await ready;
  try {
    self.postMessage({ id, result: summarize(articles, options) });
  } catch (err) {
    self.postMessage({ id, error: String(err && err.message ? err.message : err) });
  }
};
