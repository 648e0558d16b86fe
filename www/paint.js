// @ts-check
// After the next paint: for work that should not lengthen the frame that shows
// what came before it (the summary before its grid and sources, new boxes
// before the focus moves into one).

/**
 * Calls `fn` in a task of its own after the next frame has been painted: by
 * then what changed before is laid out, so `fn` neither lays it out within
 * its own task nor adds to that frame's. A hidden document paints no frames:
 * after `fallbackMs` a timer stands in.
 * @param {() => void} fn @param {Window} [win] @param {number} [fallbackMs]
 */
export function afterPaint(fn, win = window, fallbackMs = 100) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  const timer = win.setTimeout(run, fallbackMs);
  // A task queued from requestAnimationFrame runs after that frame's paint.
  win.requestAnimationFrame(() => {
    win.clearTimeout(timer);
    win.setTimeout(run, 0);
  });
}
