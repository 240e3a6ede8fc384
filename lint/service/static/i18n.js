// factlint review page, its language: English as the page is written, or a catalog made from
// the same gettext catalogs as factlint's own messages (static/locale/<lang>.json; see
// docs/translating.md). Chosen by ?lang=, else the editor's last choice, else the browser's.
"use strict";

window.factlintI18n = (function () {
  const LANGUAGES = { en: "English", id: "Bahasa Indonesia" }; // each in its own words
  const STORE = "factlint-locale";
  const listeners = [];
  let messages = {};
  let nplurals = 2;
  let lang = "en";

  function codeOf(tag) {
    const code = String(tag || "").toLowerCase().split(/[-_]/)[0];
    return Object.prototype.hasOwnProperty.call(LANGUAGES, code) ? code : null;
  }

  function stored() {
    try {
      return localStorage.getItem(STORE);
    } catch (err) {
      return null; // storage refused (a private window): the browser's language decides
    }
  }

  function wanted() {
    const asked = [new URLSearchParams(location.search).get("lang"), stored(), ...(navigator.languages || [navigator.language])];
    for (const tag of asked) {
      const code = codeOf(tag);
      if (code) return code;
    }
    return "en";
  }

  function _(msgid) {
    const text = messages[msgid];
    if (Array.isArray(text)) return text[0] || msgid;
    return text || msgid;
  }

  function ngettext(singular, plural, n) {
    const forms = messages[singular];
    if (Array.isArray(forms) && forms.length) return forms[nplurals === 1 ? 0 : n === 1 ? 0 : 1] || forms[0];
    return n === 1 ? singular : plural;
  }

  // "{count} findings" with {count: 2}: named placeholders, so a translation may reorder them.
  function fmt(text, values) {
    return text.replace(/\{([a-z_]+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  }

  async function load(code) {
    if (code === "en") return { messages: {}, nplurals: 2 };
    const response = await fetch(`/static/locale/${code}.json`, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }

  // Switch to ``code``; resolves once its messages are here (English if they cannot be loaded).
  async function use(code) {
    code = codeOf(code) || "en";
    try {
      const catalog = await load(code);
      messages = catalog.messages;
      nplurals = catalog.nplurals;
      lang = code;
    } catch (err) {
      messages = {};
      nplurals = 2;
      lang = "en";
    }
    document.documentElement.lang = lang;
    for (const listener of listeners) listener(lang);
    return lang;
  }

  function choose(code) {
    try {
      localStorage.setItem(STORE, code);
    } catch (err) {
      // not remembered; this page still switches
    }
    return use(code);
  }

  return {
    LANGUAGES,
    _,
    ngettext,
    fmt,
    choose,
    get lang() {
      return lang;
    },
    onChange: (listener) => listeners.push(listener),
    ready: use(wanted()),
  };
})();
