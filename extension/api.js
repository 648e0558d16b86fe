// @ts-check
// The WebExtension API of this browser: Firefox's promise-based `browser`, else Chromium's `chrome`.
export const api = globalThis.browser ?? globalThis.chrome;
