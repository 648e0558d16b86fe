// The window of a long list (www/pager.js), shared by the article cards and
// the source views: where it goes to reach an item, as a table. In Node: the
// arithmetic needs no page (the buttons are covered by many-cards and
// many-sources).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frameWindow } from '../../www/pager.js';

test('frameWindow: where the window goes to reach an item', () => {
  // [from, to, target, n, step, max] -> [from, to]: the cards' sizes (8 a step, at most 40)
  // and the sources' (24, 48).
  const table = [
    // A new list: the first step.
    [[0, 0, -1, 3000, 8, 40], [0, 8]],
    [[0, 0, -1, 5, 8, 40], [0, 5]],
    // The target is in the window: it stays.
    [[16, 40, 20, 3000, 8, 40], [16, 40]],
    // Just after the window: it grows to the target, and no further.
    [[0, 24, 30, 3000, 24, 48], [0, 31]],
    [[0, 8, 8, 3000, 8, 40], [0, 9]],
    // Just before it: it grows back to the target.
    [[100, 124, 90, 3000, 24, 48], [90, 124]],
    // Far from it: a jump, the target first...
    [[0, 24, 2499, 3000, 24, 48], [2499, 2523]],
    [[2000, 2024, 10, 3000, 24, 48], [10, 34]],
    // ...or last, near the end.
    [[0, 24, 2990, 3000, 24, 48], [2976, 3000]],
    [[0, 8, 2999, 3000, 8, 40], [2992, 3000]],
    // Growing would pass the most shown: a jump instead.
    [[0, 40, 40, 3000, 8, 40], [40, 48]],
    [[100, 140, 99, 3000, 8, 40], [99, 107]],
    // Items removed from under the window: it keeps its size where it can, within the items.
    [[2990, 3000, -1, 2995, 8, 40], [2985, 2995]],
    [[0, 8, -1, 3, 8, 40], [0, 3]],
    [[0, 0, -1, 0, 8, 40], [0, 0]],
    // An item inserted before the window's end (it took in one more): the size it had.
    [[0, 8, 7, 3001, 8, 40], [0, 8]],
  ];
  for (const [args, want] of table) assert.deepEqual(frameWindow(...args), want, `frameWindow(${args.join(', ')})`);
});
