// factlint review page: send the draft to POST /lint and show each finding where it stands.
// All text from the draft and the report goes into the page as text nodes, never as HTML.
"use strict";

(function () {
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
  const SEVERITY_ORDER = { error: 3, warning: 2, info: 1 };
  const MAX_BYTES = 1000000;

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
      setStatus(`${file.name} is larger than 1 MB; the service will refuse it.`, "error");
      return;
    }
    file.text().then((text) => {
      draft.value = text;
      fileName = file.name;
      syncDate();
      markStale();
      setStatus(`Opened ${file.name}. Press “Check draft”.`);
      draft.focus();
    }, () => setStatus(`Could not read ${file.name}.`, "error"));
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
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    // The service drops a leading byte-order mark, as the CLI does; positions count without it.
    const text = draft.value.replace(/^\uFEFF/, "");
    if (!text.trim()) {
      setStatus("Paste a draft or open a file first.", "error");
      draft.focus();
      return;
    }
    const body = { text };
    if (dateInput.value) body.date = dateInput.value;
    if (fileName) body.path = fileName;
    button.disabled = true;
    results.setAttribute("aria-busy", "true");
    setStatus("Checking…");
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
      setStatus("The service did not answer. Is “factlint serve” still running?", "error");
      return;
    } finally {
      button.disabled = false;
      results.removeAttribute("aria-busy");
    }
    if (data && typeof data.schema_version === "number" && Array.isArray(data.findings)) {
      checkedText = draft.value;
      checkedDate = dateInput.value;
      checkedRequest = body;
      show(text, data);
      const n = data.findings.length;
      setStatus(response.ok ? `Checked: ${n} finding${n === 1 ? "" : "s"}.` : "The draft could not be checked.", response.ok ? "" : "error");
      results.scrollIntoView({ block: "start", behavior: "smooth" });
      results.focus({ preventScroll: true });
    } else {
      const message = data && data.message ? data.message : `HTTP ${response.status}`;
      setStatus(`Not checked: ${message}`, "error");
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
  }

  function renderSummary(report) {
    const n = report.findings.length;
    if (report.summary.errors && report.summary.errors.length) {
      summary.textContent = "factlint could not read this draft:";
      return;
    }
    if (n === 0) {
      summary.textContent = "No findings: nothing in this draft disagrees with the fact base.";
      return;
    }
    const parts = ["error", "warning", "info"]
      .filter((s) => report.summary.by_severity[s])
      .map((s) => `${report.summary.by_severity[s]} ${s}${report.summary.by_severity[s] === 1 || s === "info" ? "" : "s"}`);
    summary.textContent = `${n} finding${n === 1 ? "" : "s"}: ${parts.join(", ")}.`;
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
      const label = ids.map((i) => `${findings[i].severity} ${findings[i].kind}: ${findings[i].message}`).join("\n");
      const mark = el("mark", {
        class: `finding sev-${sev}`,
        tabindex: "0",
        "data-findings": ids.join(" "),
        title: label,
        "aria-label": `${piece}. ${ids.length === 1 ? "Finding" : "Findings"} ${ids.map((i) => i + 1).join(", ")}: ${ids.map((i) => `${findings[i].severity} ${findings[i].kind}`).join("; ")}`,
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

  function card(f, i, placed) {
    const where = `line ${f.line}, column ${f.column}`;
    const evidence = f.evidence.length
      ? el("div", { class: "evidence" },
          el("h4", {}, `Evidence from the seeds (${f.evidence.length})`),
          el("ul", {}, ...f.evidence.map((e) => el("li", {},
            el("blockquote", {}, e.quote),
            el("p", { class: "cite" },
              el("span", { class: "seed" }, e.seed), `, line ${e.line}`,
              e.source ? ` · ${e.source}` : null,
              e.date ? ` · as of ${e.date}` : null)))))
      : null;
    const item = el("li", { class: `card sev-${f.severity}`, id: `finding-${i}`, tabindex: "-1", "data-index": i },
      el("p", { class: "card-head" },
        el("span", { class: "badge" }, f.severity),
        el("span", { class: "kind" }, f.kind),
        el("span", { class: "where" }, where)),
      el("p", { class: "quote" }, el("q", {}, f.text)),
      el("p", { class: "message" }, f.message),
      f.expected && f.expected !== f.suggestion ? el("p", { class: "expected" }, "Expected: ", el("strong", {}, f.expected)) : null,
      f.suggestion ? el("p", { class: "suggestion" }, "Suggested: ", el("strong", {}, f.suggestion)) : null,
      evidence,
      el("p", { class: "rule" }, `rule ${f.rule}`),
      placed
        ? el("button", { type: "button", class: "show" }, "Show in draft")
        : el("p", { class: "hint" }, "(its place in the draft could not be found)"));
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

  syncDate();
})();
