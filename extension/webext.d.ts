// The part of the WebExtension API (Chromium's `chrome`, Firefox's `browser`)
// that gistr's extension uses, typed for `tsc -p extension`: written by hand
// (no @types/chrome dependency for twenty calls), promise-returning as both
// browsers are in Manifest V3.

interface WebExtTab {
  id?: number;
  windowId: number;
  index: number;
  url?: string;
  title?: string;
  active: boolean;
  highlighted: boolean;
}

interface WebExtEvent<F extends (...args: any[]) => any> {
  addListener(listener: F): void;
}

interface WebExtStorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, any>>;
  set(items: Record<string, unknown>): Promise<void>;
  onChanged?: WebExtEvent<(changes: Record<string, { oldValue?: any; newValue?: any }>) => void>;
}

interface WebExtApi {
  scripting: {
    executeScript<A extends unknown[], R>(details: { target: { tabId: number; frameIds?: number[] }; func: (...args: A) => R; args?: A }): Promise<{ result?: R }[]>;
    insertCSS(details: { target: { tabId: number }; css: string }): Promise<void>;
  };
  tabs: {
    query(info: { active?: boolean; currentWindow?: boolean; url?: string }): Promise<WebExtTab[]>;
    update(tabId: number, props: { active?: boolean }): Promise<WebExtTab>;
  };
  windows?: { update(windowId: number, props: { focused?: boolean }): Promise<unknown> };
  permissions: {
    request(what: { permissions?: string[]; origins?: string[] }): Promise<boolean>;
    getAll(): Promise<{ permissions?: string[]; origins?: string[] }>;
  };
  storage: {
    session: WebExtStorageArea;
    local: WebExtStorageArea;
    onChanged: WebExtEvent<(changes: Record<string, { oldValue?: any; newValue?: any }>, area: string) => void>;
  };
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  action: {
    setPopup(details: { popup: string }): void;
    onClicked: WebExtEvent<(tab: WebExtTab) => void>;
  };
  contextMenus: {
    removeAll(callback?: () => void): void;
    create(props: { id: string; title: string; contexts: string[] }, callback?: () => void): void;
    onClicked: WebExtEvent<(info: { menuItemId: string | number; selectionText?: string; frameId?: number; pageUrl?: string }, tab?: WebExtTab) => void>;
  };
  runtime: {
    lastError?: { message?: string };
    onInstalled: WebExtEvent<() => void>;
    onStartup?: WebExtEvent<() => void>;
  };
}

declare var browser: WebExtApi | undefined;
declare var chrome: WebExtApi;
