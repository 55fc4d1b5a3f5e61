// Google's Picker replaced, in the dialogs' browser tests, by a stub that records how a page builds it.

export const PICKER_LOADER = 'https://apis.google.com/js/api.js';

/**
 * The part of the Picker API the dialogs use (PickerBuilder, DocsView, the response keys), named as
 * in https://developers.google.com/workspace/drive/picker/reference. build() returns a picker whose
 * setVisible(true) exposes what was built as window.__picker; the test then calls its callback the
 * way the Picker does when the user picks.
 */
export const PICKER_STUB = `(() => {
  window.gapi = { load(name, opts) { window.__gapiLoaded = name; setTimeout(() => opts.callback(), 0); } };
  window.google = window.google || {};
  class DocsView {
    constructor(viewId) { this.viewId = viewId; this.calls = []; }
    setMimeTypes(m) { this.mimeTypes = m; return this; }
    setIncludeFolders(v) { this.includeFolders = v; return this; }
    setMode(m) { this.mode = m; return this; }
    setSelectFolderEnabled(v) { this.selectFolder = v; return this; }
  }
  class PickerBuilder {
    constructor() { this.views = []; this.features = []; }
    addView(v) { this.views.push(v); return this; }
    enableFeature(f) { this.features.push(f); return this; }
    setOAuthToken(t) { this.token = t; return this; }
    setDeveloperKey(k) { this.developerKey = k; return this; }
    setAppId(a) { this.appId = a; return this; }
    setOrigin(o) { this.origin = o; return this; }
    setTitle(t) { this.title = t; return this; }
    setCallback(c) { this.callback = c; return this; }
    build() { const b = this; return { setVisible(v) { if (v) window.__picker = b; } }; }
  }
  window.google.picker = {
    DocsView, PickerBuilder,
    ViewId: { DOCS: 'all', FOLDERS: 'folders' }, DocsViewMode: { LIST: 'list', GRID: 'grid' }, Feature: { MULTISELECT_ENABLED: 'multiselectEnabled' },
    Response: { ACTION: 'action', DOCUMENTS: 'docs' }, Action: { PICKED: 'picked', CANCEL: 'cancel' }, Document: { ID: 'id', NAME: 'name', LAST_EDITED_UTC: 'lastEditedUtc' },
  };
})();`;
