// factlint review page: send the draft to POST /lint and show each finding where it stands.
// All text from the draft and the report goes into the page as text nodes, never as HTML.
"use strict";

(function () {
  const { _, ngettext, fmt } = window.factlintI18n;
  const $ = (id) => document.getElementById(id);
  const form = $("check-form");
  const draft = $("draft");
  const dateInput = $("date");
  const fileInput = $("file");
  const button = $("check");
  const status = $("status");
  const results = $("results");
  const annotated = $("annotated");
  const list = $("findings");
  const summary = $("summary");
  const stale = $("stale");
  const inputErrors = $("input-errors");
  const review = results.querySelector(".review");
  const languages = $("lang");
  const SEVERITY_ORDER = { error: 3, warning: 2, info: 1 };
  const MAX_BYTES = 1000000;
  const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

  let fileName = null; // the path sent with the draft, when it came from a file
  let checkedText = null; // the text the shown findings belong to
  let checkedDate = ""; // and the date they were checked with
  let checkedRequest = null; // what was sent to /lint for them (story.js dismisses against it)

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function setStatus(message, kind) {
    status.textContent = message;
    status.className = kind || "";
  }

  // --- the page's own words, in the editor's language (i18n.js) ---
  function severityName(severity) {
    return { error: _("error"), warning: _("warning"), info: _("info") }[severity] || severity;
  }

  function kindName(kind) {
    const names = {
      contradiction: _("contradiction"),
      misattribution: _("misattribution"),
      unverified: _("unverified"),
      unattributed: _("unattributed"),
      inconsistent: _("inconsistent"),
      "date-mismatch": _("date-mismatch"),
      spelling: _("spelling"),
      outdated: _("outdated"),
    };
    return names[kind] || kind;
  }

  // Each piece of the page's text by its data-text name; a function, as a piece may hold elements.
  function pageText() {
    return {
      skip: _("Skip to findings"),
      tagline: _("check a draft against the story's fact base"),
      "facts-link": _("Fact base (JSON)"),
      language: _("Language"),
      draft: _("Draft"),
      "draft-hint": fill(_("Paste the article (Markdown or plain text; YAML front matter with {date} is read), or open or drop a file."),
        { date: el("code", {}, "date:") }),
      "open-file": _("Open a file"),
      date: _("Draft date"),
      "date-hint": _("Year-month-day, as 2025-07-01. Relative dates such as “tahun lalu” are read against it. Empty: the front matter's date, else today."),
      check: _("Check draft"),
      "keys-hint": fill(_("{keys} in the draft also checks it."), { keys: [el("kbd", {}, "Ctrl"), "+", el("kbd", {}, "Enter")] }),
      findings: _("Findings"),
      stale: _("The draft has changed since it was checked. Check it again to update the findings."),
      "draft-title": _("Draft, with each finding marked where it stands"),
      "list-title": _("What is wrong, beside where it stands"),
      marks: _("Marks:"),
    };
  }

  // ``text`` as nodes, each {name} in it replaced by the node(s) ``values`` gives for it.
  function fill(text, values) {
    const nodes = [];
    text.split(/(\{[a-z_]+\})/).forEach((part) => {
      const name = part.slice(1, -1);
      if (part.startsWith("{") && name in values) nodes.push(...[].concat(values[name]));
      else if (part) nodes.push(document.createTextNode(part));
    });
    return nodes;
  }

  function translatePage() {
    const texts = pageText();
    for (const node of document.querySelectorAll("[data-text]")) {
      const text = texts[node.dataset.text];
      if (text !== undefined) node.replaceChildren(...[].concat(text));
    }
    for (const node of document.querySelectorAll(".legend .finding")) {
      node.textContent = severityName(node.className.replace(/.*sev-(\w+).*/, "$1"));
    }
    document.title = _("factlint · review a draft");
    $("service-nav").setAttribute("aria-label", _("Service"));
    languages.value = window.factlintI18n.lang;
  }

  function languageChoices() {
    for (const [code, name] of Object.entries(window.factlintI18n.LANGUAGES)) {
      languages.append(el("option", { value: code, lang: code }, name));
    }
    languages.addEventListener("change", () => window.factlintI18n.choose(languages.value));
  }

  // --- the draft's date: taken from the front matter until the editor sets it ---
  function frontMatterDate(text) {
    const fm = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
    if (!fm) return null;
    const m = /^date:[ \t]*["']?(\d{4}-\d{2}-\d{2})/m.exec(fm[1]);
    return m ? m[1] : null;
  }

  function syncDate() {
    if (dateInput.dataset.touched === "1") return;
    dateInput.value = frontMatterDate(draft.value) || "";
  }

  dateInput.addEventListener("input", () => {
    dateInput.dataset.touched = dateInput.value ? "1" : "";
    markStale();
  });

  draft.addEventListener("input", () => {
    syncDate();
    markStale();
  });

  draft.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  function markStale() {
    stale.hidden = checkedText === null || (draft.value === checkedText && !dateChanged());
  }

  function dateChanged() {
    return dateInput.value !== checkedDate;
  }

  // --- opening a file: the picker, or a file dropped on the draft ---
  function loadFile(file) {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setStatus(fmt(_("{name} is larger than 1 MB; the service will refuse it."), { name: file.name }), "error");
      return;
    }
    file.text().then((text) => {
      draft.value = text;
      fileName = file.name;
      syncDate();
      markStale();
      setStatus(fmt(_("Opened {name}. Press “Check draft”."), { name: file.name }));
      draft.focus();
    }, () => setStatus(fmt(_("Could not read {name}."), { name: file.name }), "error"));
  }

  fileInput.addEventListener("change", () => loadFile(fileInput.files[0]));
  draft.addEventListener("dragover", (event) => event.preventDefault());
  draft.addEventListener("drop", (event) => {
    if (event.dataTransfer && event.dataTransfer.files.length) {
      event.preventDefault();
      loadFile(event.dataTransfer.files[0]);
    }
  });

  // --- checking ---
  // A date the service can read: year, month, day, in that order whatever the browser's locale.
  function dateProblem() {
    const value = dateInput.value.trim();
    dateInput.value = value;
    const bad = value !== "" && !ISO_DATE.test(value);
    dateInput.setAttribute("aria-invalid", bad ? "true" : "false");
    return bad ? fmt(_("Write the date as year-month-day: 2025-07-01, not {date}."), { date: value }) : null;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    await window.factlintI18n.ready;
    // The service drops a leading byte-order mark, as the CLI does; positions count without it.
    const text = draft.value.replace(/^\uFEFF/, "");
    if (!text.trim()) {
      setStatus(_("Paste a draft or open a file first."), "error");
      draft.focus();
      return;
    }
    const badDate = dateProblem();
    if (badDate) {
      setStatus(badDate, "error");
      dateInput.focus();
      return;
    }
    const body = { text, locale: window.factlintI18n.lang };
    if (dateInput.value) body.date = dateInput.value;
    if (fileName) body.path = fileName;
    button.disabled = true;
    results.setAttribute("aria-busy", "true");
    setStatus(_("Checking…"));
    let response;
    let data;
    try {
      response = await fetch("/lint", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
      });
      data = await response.json();
    } catch (err) {
      setStatus(_("The service did not answer. Is “factlint serve” still running?"), "error");
      return;
    } finally {
      button.disabled = false;
      results.removeAttribute("aria-busy");
      status.dataset.answers = String(Number(status.dataset.answers || 0) + 1);
    }
    if (data && typeof data.schema_version === "number" && Array.isArray(data.findings)) {
      checkedText = draft.value;
      checkedDate = dateInput.value;
      checkedRequest = body;
      show(text, data);
      const n = data.findings.length;
      if (response.ok) setStatus(fmt(ngettext("Checked: {count} finding.", "Checked: {count} findings.", n), { count: n }));
      else setStatus(_("The draft could not be checked."), "error");
      results.scrollIntoView({ block: "start", behavior: "smooth" });
      results.focus({ preventScroll: true });
    } else {
      const message = data && data.message ? data.message : `HTTP ${response.status}`;
      setStatus(fmt(_("Not checked: {reason}"), { reason: message }), "error");
    }
  });

  // --- positions: the report counts lines (\r\n, \n or \r) and columns in code points ---
  function lineStarts(text) {
    const starts = [0];
    const re = /\r\n|\n|\r/g;
    let m;
    while ((m = re.exec(text)) !== null) starts.push(m.index + m[0].length);
    return starts;
  }

  function offsetOf(text, starts, line, column) {
    let i = starts[line - 1];
    if (i === undefined) return -1;
    for (let c = 1; c < column && i < text.length; c++) {
      const code = text.charCodeAt(i);
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    }
    return i;
  }

  function spanOf(text, starts, finding) {
    const start = offsetOf(text, starts, finding.line, finding.column);
    const end = offsetOf(text, starts, finding.end_line, finding.end_column);
    if (start >= 0 && end > start && text.slice(start, end) === finding.text) return [start, end];
    // Positions that do not land on the reported text: look for it on its line instead.
    const from = starts[finding.line - 1];
    if (from === undefined || !finding.text) return null;
    const at = text.indexOf(finding.text, from);
    return at >= 0 ? [at, at + finding.text.length] : null;
  }

  // --- rendering ---
  function show(text, report) {
    results.hidden = false;
    stale.hidden = true;
    annotated.replaceChildren();
    list.replaceChildren();
    inputErrors.replaceChildren();

    const errors = report.summary.errors || [];
    inputErrors.hidden = errors.length === 0;
    for (const e of errors) inputErrors.append(el("li", {}, e.message));

    const findings = report.findings;
    const starts = lineStarts(text);
    const spans = findings.map((f) => spanOf(text, starts, f));
    renderSummary(report);
    renderDraft(text, findings, spans);
    findings.forEach((f, i) => list.append(card(f, i, spans[i] !== null)));
    placeCards();
  }

  function renderSummary(report) {
    const n = report.findings.length;
    if (report.summary.errors && report.summary.errors.length) {
      summary.textContent = _("factlint could not read this draft:");
      return;
    }
    if (n === 0) {
      summary.textContent = _("No findings: nothing in this draft disagrees with the fact base.");
      return;
    }
    const counted = {
      error: (count) => ngettext("{count} error", "{count} errors", count),
      warning: (count) => ngettext("{count} warning", "{count} warnings", count),
      info: (count) => ngettext("{count} info", "{count} info", count),
    };
    const parts = ["error", "warning", "info"]
      .filter((s) => report.summary.by_severity[s])
      .map((s) => fmt(counted[s](report.summary.by_severity[s]), { count: report.summary.by_severity[s] }));
    summary.textContent = fmt(ngettext("{count} finding: {counts}.", "{count} findings: {counts}.", n), { count: n, counts: parts.join(", ") });
  }

  function worst(ids, findings) {
    return ids.reduce((a, i) => (SEVERITY_ORDER[findings[i].severity] > SEVERITY_ORDER[a] ? findings[i].severity : a), "info");
  }

  function renderDraft(text, findings, spans) {
    // Cut the text at every span boundary; each piece is marked with the findings covering it.
    const cuts = new Set([0, text.length]);
    spans.forEach((s) => { if (s) { cuts.add(s[0]); cuts.add(s[1]); } });
    const points = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k + 1 < points.length; k++) {
      const [a, b] = [points[k], points[k + 1]];
      const piece = text.slice(a, b);
      const ids = [];
      spans.forEach((s, i) => { if (s && s[0] <= a && s[1] >= b) ids.push(i); });
      if (!ids.length) {
        annotated.append(document.createTextNode(piece));
        continue;
      }
      const sev = worst(ids, findings);
      const what = (i) => `${severityName(findings[i].severity)} ${kindName(findings[i].kind)}`;
      const label = ids.map((i) => `${what(i)}: ${findings[i].message}`).join("\n");
      const spoken = ngettext("{text}. Finding {numbers}: {what}", "{text}. Findings {numbers}: {what}", ids.length);
      const mark = el("mark", {
        class: `finding sev-${sev}`,
        tabindex: "0",
        "data-findings": ids.join(" "),
        title: label,
        "aria-label": fmt(spoken, { text: piece, numbers: ids.map((i) => i + 1).join(", "), what: ids.map(what).join("; ") }),
      }, piece);
      mark.addEventListener("click", () => select(ids[0], "card"));
      mark.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          select(ids[0], "card");
        }
      });
      annotated.append(mark);
    }
  }

  // The seed passages behind a finding. The message already names each record's source and
  // date, so the passages themselves wait behind one click: the evidence is shown once.
  function evidenceOf(f) {
    if (!f.evidence.length) return null;
    return el("details", { class: "evidence" },
      el("summary", {}, fmt(_("Evidence from the seeds ({count})"), { count: f.evidence.length })),
      el("ul", {}, ...f.evidence.map((e) => el("li", {},
        el("blockquote", {}, e.quote),
        el("p", { class: "cite" },
          el("span", { class: "seed" }, e.seed), fmt(_(", line {line}"), { line: e.line }),
          e.outlet ? ` · ${[e.outlet, e.published].filter(Boolean).join(", ")}` : null)))));
  }

  function card(f, i, placed) {
    const where = fmt(_("line {line}, column {column}"), { line: f.line, column: f.column });
    const item = el("li", { class: `card sev-${f.severity}`, id: `finding-${i}`, tabindex: "-1", "data-index": i },
      el("p", { class: "card-head" },
        el("span", { class: "badge", "data-severity": f.severity }, severityName(f.severity)),
        el("span", { class: "kind", "data-kind": f.kind }, kindName(f.kind)),
        el("span", { class: "where" }, where)),
      el("p", { class: "quote" }, el("q", {}, f.text)),
      el("p", { class: "message" }, f.message),
      f.expected && f.expected !== f.suggestion ? el("p", { class: "expected" }, _("Expected:"), " ", el("strong", {}, f.expected)) : null,
      f.suggestion ? el("p", { class: "suggestion" }, _("Suggested:"), " ", el("strong", {}, f.suggestion)) : null,
      evidenceOf(f),
      el("p", { class: "rule" }, fmt(_("rule {id}"), { id: f.rule })),
      placed
        ? el("button", { type: "button", class: "show" }, _("Show in draft"))
        : el("p", { class: "hint" }, _("(its place in the draft could not be found)")));
    const show = item.querySelector("button.show");
    if (show) show.addEventListener("click", () => select(i, "mark"));
    item.addEventListener("mouseenter", () => highlight(i, true));
    item.addEventListener("mouseleave", () => highlight(i, false));
    // story.js adds the fact's timeline and a way to dismiss the finding to the card.
    document.dispatchEvent(new CustomEvent("factlint:card", { detail: { item, finding: f, request: checkedRequest } }));
    return item;
  }

  function marksOf(i) {
    return [...annotated.querySelectorAll("mark[data-findings]")].filter((m) => m.dataset.findings.split(" ").includes(String(i)));
  }

  function highlight(i, on) {
    for (const m of marksOf(i)) m.classList.toggle("active", on);
  }

  function select(i, focus) {
    for (const c of list.querySelectorAll(".card.active")) c.classList.remove("active");
    for (const m of annotated.querySelectorAll("mark.active")) m.classList.remove("active");
    const item = $(`finding-${i}`);
    if (item) item.classList.add("active");
    highlight(i, true);
    const target = focus === "mark" ? marksOf(i)[0] : item;
    if (target) {
      target.scrollIntoView({ block: "nearest", behavior: "smooth" });
      target.focus({ preventScroll: true });
    }
  }

  // --- each card beside its mark, where the draft and the cards stand side by side ---
  // The cards keep their order; each starts level with its first mark, or just below the card
  // before it. Heights and positions are read in one pass and margins written in another.
  function placeCards() {
    const cards = [...list.children];
    for (const c of cards) c.style.marginTop = "";
    const beside = getComputedStyle(review).gridTemplateColumns.trim().split(/\s+/).length > 1;
    review.classList.toggle("beside", beside);
    if (!beside || !cards.length) return;
    const top = list.getBoundingClientRect().top;
    const gap = parseFloat(getComputedStyle(cards[0]).marginBottom) || 0;
    const firstMark = new Map(); // finding index -> its first mark, found in one pass
    for (const m of annotated.querySelectorAll("mark[data-findings]")) {
      for (const i of m.dataset.findings.split(" ")) if (!firstMark.has(i)) firstMark.set(i, m);
    }
    const wanted = cards.map((c) => {
      const mark = firstMark.get(c.dataset.index);
      return { card: c, at: mark ? mark.getBoundingClientRect().top - top : null, height: c.getBoundingClientRect().height };
    });
    let bottom = 0;
    for (const [k, w] of wanted.entries()) {
      const floor = k === 0 ? 0 : bottom + gap; // where it would stand anyway (the list is a flex column)
      const y = Math.max(floor, w.at === null ? floor : w.at);
      w.card.style.marginTop = `${y - floor}px`;
      bottom = y + w.height;
    }
  }

  let placing = 0;
  function placeSoon() {
    cancelAnimationFrame(placing);
    placing = requestAnimationFrame(placeCards);
  }
  // A card grows (its evidence or timeline opened) or the window changes width: place them again.
  const resized = new ResizeObserver(placeSoon);
  resized.observe(annotated);
  new MutationObserver(() => { for (const c of list.children) resized.observe(c); }).observe(list, { childList: true });
  window.addEventListener("resize", placeSoon);

  languageChoices();
  window.factlintI18n.onChange(() => {
    translatePage();
    if (checkedRequest !== null && !results.hidden) form.requestSubmit(); // the findings in the new language
  });
  window.factlintI18n.ready.then(translatePage);
  syncDate();
})();
