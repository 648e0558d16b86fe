// @ts-check
// gistr's background script (a service worker in Chromium, an event page in
// Firefox). It holds no state and reads no page by itself: it opens the panel
// when the reader asks (toolbar button, keyboard shortcut, context menu) and
// leaves a request for it in session storage, which lives only as long as the
// browser session. The clicks that reach it are what grant `activeTab`.
const api = globalThis.browser ?? globalThis.chrome;

const MENU_SELECTION = 'gistr-selection';

/** Opens the side panel (Chromium) or sidebar (Firefox); must run in the click's turn. */
function openPanel(tab) {
  try {
    if (api.sidePanel?.open) return api.sidePanel.open({ windowId: tab.windowId }).catch(() => {});
    if (api.sidebarAction?.open) return api.sidebarAction.open().catch(() => {});
  } catch {
    // No user gesture (or no panel): the popup, or the panel opened as a tab, reads the request.
  }
  return Promise.resolve();
}

let seq = 0;
/** Leaves a request for the panel: {kind: 'tab' | 'selection', tabId, windowId, …}. */
function leaveRequest(request) {
  return api.storage.session.set({ request: { ...request, seq: Date.now() * 1000 + (seq++ % 1000) } });
}

/** The toolbar button (or Alt+Shift+G): summarise the tab it was clicked on. */
function onAction(tab) {
  const opened = openPanel(tab);
  return Promise.all([opened, leaveRequest({ kind: 'tab', tabId: tab.id, windowId: tab.windowId })]);
}

/** The selection's text with its line breaks (the menu's selectionText flattens them). */
function readSelection() {
  return String(getSelection() || '');
}

/** The context-menu entry: summarise the selected text. */
async function onMenuClicked(info, tab) {
  if (info.menuItemId !== MENU_SELECTION) return;
  const opened = openPanel(tab || {});
  let text = info.selectionText || '';
  if (tab?.id !== undefined) {
    try {
      const [frame] = await api.scripting.executeScript({ target: { tabId: tab.id, frameIds: [info.frameId || 0] }, func: readSelection });
      if (frame?.result && frame.result.trim().length >= text.trim().length) text = frame.result;
    } catch {
      // A page the extension may not script (the browser's own pages): the menu's text is enough.
    }
  }
  await opened;
  let site = '';
  try {
    site = new URL(info.pageUrl || tab?.url || '').hostname;
  } catch {}
  const request = { kind: 'selection', tabId: tab?.id, windowId: tab?.windowId, frameId: info.frameId || 0, title: tab?.title || '', site };
  try {
    await leaveRequest({ ...request, text });
  } catch {
    // Session storage holds about 10 MB: a bigger selection goes without its text, and the
    // panel reads it from the tab itself (the menu click granted activeTab on it).
    await leaveRequest({ ...request, read: true, chars: text.length });
  }
}

function setUp() {
  if (!api.sidePanel && !api.sidebarAction) {
    // No side panel in this browser: the button opens the same page as a popup.
    api.action.setPopup({ popup: 'panel.html?popup' });
  }
  api.contextMenus.removeAll(() => {
    api.contextMenus.create({ id: MENU_SELECTION, title: 'Summarise the selection with gistr', contexts: ['selection'] }, () => void api.runtime.lastError);
  });
}

api.runtime.onInstalled.addListener(setUp);
api.runtime.onStartup?.addListener(setUp);
api.action.onClicked.addListener(onAction);
api.contextMenus.onClicked.addListener(onMenuClicked);

// The end-to-end test calls these, as the browser would: headless Chromium has no toolbar or context menu to click.
globalThis.gistr = { onAction, onMenuClicked, MENU_SELECTION };
