// @ts-check
// The optional permissions the panel asks for: "tabs" (to list the window's
// tabs, with titles and addresses) and the sites of the tabs the reader
// chose (to read those pages), nothing more. Each request is made in the
// click's turn (the browser asks only during a user gesture), so the caller
// calls these first, before awaiting anything.
//
//   const permissions = createPermissions();
//   await permissions.refresh();           // which sites are granted now
//   permissions.missing(tabs);             // the tabs' sites not granted yet, e.g. ['example.org']
//   permissions.askTabs();                 // Promise<boolean>
//   permissions.askSites(tabs);            // Promise<boolean>: exactly the tabs' sites
import { api } from './api.js';

/** The host permission a tab's page needs: its scheme and host, any port and path. @param {string} url */
export function originPattern(url) {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** @param {{url?: string}[]} tabs */
const originsOf = (tabs) => [...new Set(tabs.map((t) => originPattern(t.url || '')))];

export function createPermissions() {
  /** Origins the extension may read now (refreshed when the picker opens). */
  let granted = new Set();
  return {
    async refresh() {
      granted = new Set((await api.permissions.getAll()).origins || []);
    },
    /** The sites of `tabs` not granted yet, as host names. @param {{url?: string}[]} tabs */
    missing: (tabs) => originsOf(tabs).filter((o) => !granted.has(o)).map((o) => o.replace(/^\w+:\/\/|\/\*$/g, '')),
    askTabs: () => api.permissions.request({ permissions: ['tabs'] }),
    /** @param {{url?: string}[]} tabs */
    async askSites(tabs) {
      const origins = originsOf(tabs);
      const ok = await api.permissions.request({ origins });
      if (ok) for (const o of origins) granted.add(o);
      return ok;
    },
  };
}
