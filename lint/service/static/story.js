// factlint review page, the story around a finding: the timeline of its fact (GET
// /facts/{id}/timeline) and dismissing it with a reason (POST /dismiss). app.js announces each
// finding's card with a "factlint:card" event; this adds to it. Text goes in as text nodes only.
"use strict";

(function () {
  const { _, fmt } = window.factlintI18n;
  // The reasons a decisions file records (codes), each with words for the editor.
  function reasons() {
    return [
      ["wrong-reading", _("factlint read the sentence wrong")],
      ["fact-base-out-of-date", _("the draft is right; the fact base does not know it yet")],
      ["accepted-style", _("the house accepts this way of writing it")],
      ["other", _("another reason (write it below)")],
    ];
  }
  const timelines = new Map(); // language/fact id -> the promise of its timeline
  let cards = 0; // for ids unique on the page

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

  async function json(response) {
    try {
      return await response.json();
    } catch (err) {
      return null;
    }
  }

  // --- the timeline of the finding's fact ---
  function timelineOf(fact) {
    const lang = window.factlintI18n.lang; // what the fact is and who said it, in the page's language
    const key = `${lang}/${fact}`;
    if (!timelines.has(key)) {
      timelines.set(key, fetch(`/facts/${encodeURIComponent(fact)}/timeline?lang=${encodeURIComponent(lang)}`, { headers: { Accept: "application/json" } })
        .then(async (response) => {
          const data = await json(response);
          if (!response.ok || !data) throw new Error(data && data.message ? data.message : `HTTP ${response.status}`);
          return data;
        }));
    }
    return timelines.get(key);
  }

  function entry(e) {
    const who = e.via ? fmt(_("{source} via {relay}"), { source: e.source, relay: e.via }) : e.source;
    const where = [e.outlet, e.published].filter(Boolean).join(", ");
    return el("li", { class: e.status === "accepted" ? "said" : `said ${e.status}` },
      el("p", { class: "said-head" },
        el("time", {}, e.as_of), " ",
        el("strong", {}, e.display), ` · ${who}`,
        e.status !== "accepted" ? el("span", { class: "status" }, ` (${e.status})`) : null),
      el("blockquote", {}, e.quote),
      el("p", { class: "cite" },
        el("span", { class: "seed" }, e.seed), fmt(_(", line {line}"), { line: e.line }),
        where ? ` · ${where}` : null),
      e.newer ? el("p", { class: "newer" }, fmt(_("Replaced as of {date} by {figure}."), { date: e.newer.as_of, figure: e.newer.display })) : null);
  }

  function timelineSection(fact) {
    const body = el("div", { class: "timeline-body" }, el("p", { class: "hint" }, _("Loading…")));
    const section = el("details", { class: "timeline" },
      el("summary", {}, _("Timeline of this fact")), body);
    section.addEventListener("toggle", () => {
      if (!section.open || section.dataset.loaded) return;
      section.dataset.loaded = "1";
      timelineOf(fact).then((data) => {
        const items = data.entries.map(entry);
        body.replaceChildren(
          el("p", { class: "about" }, data.about, data.canonical ? ` · ${fmt(_("settled: {value}"), { value: data.canonical })}` : null),
          items.length ? el("ol", { class: "said-list" }, ...items) : el("p", { class: "hint" }, _("The seeds say nothing of it yet.")));
      }, (err) => {
        body.replaceChildren(el("p", { class: "error" }, fmt(_("The timeline could not be loaded: {reason}"), { reason: err.message })));
      });
    });
    return section;
  }

  // --- dismissing the finding ---
  function dismissSection(finding, request) {
    const id = `dismiss-${++cards}`;
    const select = el("select", { id: `${id}-reason`, name: "reason" },
      ...reasons().map(([value, label]) => el("option", { value }, `${value}: ${label}`)));
    const words = el("input", { id: `${id}-note`, name: "note", type: "text", maxlength: "500", autocomplete: "off" });
    const button = el("button", { type: "submit" }, _("Dismiss this finding"));
    const said = el("p", { class: "dismiss-status", role: "status", "aria-live": "polite" });
    const form = el("form", { class: "dismiss-form", novalidate: true },
      el("label", { for: select.id }, _("Reason")), select,
      el("label", { for: words.id }, _("Note (your reason, for “other”)")), words,
      button, said);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const note = words.value.trim();
      const reason = select.value === "other" ? note : select.value;
      if (!reason) {
        said.textContent = _("Write the reason in the note.");
        words.focus();
        return;
      }
      const body = {
        text: request.text, line: finding.line, column: finding.column, rule: finding.rule, reason,
      };
      if (request.date) body.date = request.date;
      if (request.path) body.path = request.path;
      if (note && select.value !== "other") body.note = note;
      button.disabled = true;
      said.textContent = _("Dismissing…");
      let response;
      let data;
      try {
        response = await fetch("/dismiss", {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify(body),
        });
        data = await json(response);
      } catch (err) {
        said.textContent = _("The service did not answer.");
        button.disabled = false;
        return;
      }
      if (!response.ok || !data || !data.decision) {
        said.textContent = fmt(_("Not dismissed: {reason}"), { reason: data && data.message ? data.message : `HTTP ${response.status}` });
        button.disabled = false;
        return;
      }
      const done = data.dismissed
        ? _("Dismissed: {kind} [{rule}] “{text}” on line {line}, as {reason}; recorded in {file}.")
        : _("Already dismissed: {kind} [{rule}] “{text}” on line {line}, as {reason}; recorded in {file}.");
      noteDismissed(fmt(done, {
        kind: finding.kind, rule: finding.rule, text: finding.text, line: finding.line, reason: data.decision.reason, file: data.file,
      }));
      document.getElementById("check-form").requestSubmit(); // the list without it
    });
    return el("details", { class: "dismiss" }, el("summary", {}, _("Dismiss…")), form);
  }

  // What was dismissed stays said above the findings, across the check that follows.
  function noteDismissed(text) {
    let note = document.getElementById("dismissed-note");
    if (!note) {
      note = el("p", { id: "dismissed-note", class: "dismissed-note", role: "status" });
      document.getElementById("summary").after(note);
    }
    note.textContent = text;
  }

  document.addEventListener("factlint:card", (event) => {
    const { item, finding, request } = event.detail;
    const tools = el("div", { class: "story-tools" });
    if (finding.fact && !finding.fact.startsWith("person:")) tools.append(timelineSection(finding.fact));
    if (request) tools.append(dismissSection(finding, request));
    item.append(tools);
  });
})();
