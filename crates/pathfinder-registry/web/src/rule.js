// Rule page: the interactive playground (two CodeMirror editors, live analysis through the playground
// server, findings on their lines, rule errors at their line, Reset, Share) and static code highlighting.
import { EditorState, StateField, StateEffect, RangeSetBuilder } from "@codemirror/state";
import {
  EditorView, Decoration, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, hoverTooltip, gutter, GutterMarker,
} from "@codemirror/view";
import { defaultKeymap, history as undoHistory, historyKeymap, indentWithTab } from "@codemirror/commands";
import { syntaxHighlighting, bracketMatching, indentOnInput, StreamLanguage } from "@codemirror/language";
import { python } from "@codemirror/lang-python";
import { yaml } from "@codemirror/lang-yaml";
import { dockerFile } from "@codemirror/legacy-modes/mode/dockerfile";
import { classHighlighter, highlightCode } from "@lezer/highlight";
import { parser as pythonParser } from "@lezer/python";

const $ = (id) => document.getElementById(id);
const root = document.body.dataset.root || "";
const DEBOUNCE_MS = 350;

// ---- marks: findings (code editor) and the rule error (rule editor) ----

// marks: [{line, col, endLine, endCol, message, kind: "finding"|"error"}] with 1-based lines and columns in
// Unicode scalar values, as the engine reports them.
const setMarks = StateEffect.define();

function posOf(doc, line, col) {
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  let pos = l.from;
  let n = 1;
  for (const ch of l.text) {
    if (n >= col) break;
    pos += ch.length;
    n++;
  }
  return Math.min(pos, l.to);
}

class DotMarker extends GutterMarker {
  constructor(kind) {
    super();
    this.kind = kind;
  }
  eq(other) {
    return other.kind === this.kind;
  }
  toDOM() {
    const el = document.createElement("span");
    el.className = this.kind === "error" ? "cm-error-gutter" : "cm-finding-gutter";
    return el;
  }
}

const marksField = StateField.define({
  create: () => [],
  update(marks, tr) {
    for (const e of tr.effects) if (e.is(setMarks)) return e.value;
    // Edits make old marks stale; keep them (re-analysis replaces them) but drop lines that vanished.
    return tr.docChanged ? marks.filter((m) => m.line <= tr.state.doc.lines) : marks;
  },
});

function buildDecorations(state) {
  const marks = state.field(marksField);
  const doc = state.doc;
  const lines = new Map();
  const ranges = [];
  for (const m of marks) {
    if (m.line < 1 || m.line > doc.lines) continue;
    const endLine = Math.min(Math.max(m.endLine || m.line, m.line), doc.lines);
    for (let l = m.line; l <= endLine; l++) if (!lines.has(l) || m.kind === "error") lines.set(l, m.kind);
    const from = posOf(doc, m.line, m.col || 1);
    let to = posOf(doc, endLine, m.endCol || 1 << 30);
    if (to <= from) to = doc.line(m.line).to;
    if (to > from) ranges.push({ from, to, kind: m.kind });
  }
  const all = [];
  for (const [l, kind] of lines) {
    const from = doc.line(l).from;
    all.push({ from, to: from, deco: Decoration.line({ class: kind === "error" ? "cm-error-line" : "cm-finding-line", attributes: { "data-mark": kind } }) });
  }
  for (const r of ranges) all.push({ from: r.from, to: r.to, deco: Decoration.mark({ class: "cm-finding-mark" }) });
  all.sort((a, b) => a.from - b.from || (a.to === a.from ? -1 : 0) - (b.to === b.from ? -1 : 0) || a.to - b.to);
  const builder = new RangeSetBuilder();
  for (const d of all) builder.add(d.from, d.to, d.deco);
  return builder.finish();
}

const decorations = EditorView.decorations.compute([marksField], buildDecorations);

const markGutter = gutter({
  class: "cm-mark-gutter",
  lineMarker(view, line) {
    const n = view.state.doc.lineAt(line.from).number;
    const m = view.state.field(marksField).find((x) => n >= x.line && n <= (x.endLine || x.line));
    return m ? new DotMarker(m.kind) : null;
  },
  lineMarkerChange: (update) => update.transactions.some((t) => t.effects.some((e) => e.is(setMarks))),
});

// The message of every mark on the hovered line.
const markTooltip = hoverTooltip((view, pos) => {
  const n = view.state.doc.lineAt(pos).number;
  const here = view.state.field(marksField).filter((m) => n >= m.line && n <= (m.endLine || m.line));
  if (!here.length) return null;
  const line = view.state.doc.line(n);
  return {
    pos: line.from,
    end: line.to,
    above: true,
    create() {
      const dom = document.createElement("div");
      dom.className = "pf-tip";
      dom.textContent = here.map((m) => m.message).join("\n");
      return { dom };
    },
  };
}, { hoverTime: 200 });

// Ctrl/Cmd-Enter analyses at once instead of waiting for the debounce.
let runNow = () => {};

// Highlighting by the rule's language (the category names of the catalog).
function languageSupport(language) {
  switch (language) {
    case "python":
      return python();
    case "docker":
      return StreamLanguage.define(dockerFile);
    case "docker-compose":
      return yaml();
    default:
      return [];
  }
}

function makeEditor(parent, doc, onChange, label, language) {
  parent.textContent = "";
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        undoHistory(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        languageSupport(language),
        syntaxHighlighting(classHighlighter),
        keymap.of([
          { key: "Mod-Enter", run: () => (runNow(), true) },
          ...defaultKeymap, ...historyKeymap, indentWithTab,
        ]),
        marksField,
        decorations,
        markGutter,
        markTooltip,
        EditorState.tabSize.of(4),
        // The panes are narrow beside each other: wrap rather than hide the end of long lines.
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ "aria-label": label }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange();
        }),
      ],
    }),
  });
}

// ---- share links: the state in the URL fragment ----

function toBase64Url(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const b = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = b.charCodeAt(i);
  return out;
}

async function pipe(bytes, stream) {
  const res = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await res.arrayBuffer());
}

async function encodeState(state) {
  const json = new TextEncoder().encode(JSON.stringify(state));
  if (typeof CompressionStream === "function") {
    return "z." + toBase64Url(await pipe(json, new CompressionStream("deflate-raw")));
  }
  return "j." + toBase64Url(json);
}

async function decodeState(text) {
  const [kind, payload] = [text.slice(0, 2), text.slice(2)];
  let bytes = fromBase64Url(payload);
  if (kind === "z.") bytes = await pipe(bytes, new DecompressionStream("deflate-raw"));
  else if (kind !== "j.") throw new Error("unknown share format");
  const state = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof state.code !== "string" || typeof state.rule !== "string") throw new Error("bad share state");
  return state;
}

function shareParam() {
  const m = /(?:^#|&)s=([^&]+)/.exec(location.hash);
  return m ? m[1] : null;
}

// ---- the playground ----

function toast(text) {
  const t = document.createElement("div");
  t.className = "toast";
  t.textContent = text;
  document.body.appendChild(t);
  setTimeout(() => t.remove(), 1800);
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

async function playground() {
  const dataEl = $("pg-data");
  if (!dataEl) return;
  const data = JSON.parse(dataEl.textContent);
  let live = false;
  let timer = null;
  let inflight = null;
  let seq = 0;

  const status = (text, kind) => {
    const el = $("pg-status");
    el.textContent = text;
    el.className = `pg-status ${kind || ""}`;
  };

  const schedule = () => {
    if (!live) return;
    clearTimeout(timer);
    status("Editing…", "busy");
    timer = setTimeout(analyze, DEBOUNCE_MS);
  };

  const codeView = makeEditor($("pg-code"), data.code, schedule, "Vulnerable code", data.language);
  const ruleView = makeEditor($("pg-rule"), data.rule, schedule, "Rule source (rule.py)", "python");

  const jumpTo = (view, line) => {
    const l = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
    view.dispatch({ selection: { anchor: l.from }, effects: EditorView.scrollIntoView(l.from, { y: "center" }) });
    view.focus();
  };

  const showFindings = (results) => {
    const list = $("pg-findings");
    list.textContent = "";
    $("pg-results").hidden = false;
    $("pg-count").textContent = plural(results.length, "finding");
    if (!results.length) {
      const li = document.createElement("li");
      li.className = "none";
      li.textContent = "No findings: the rule does not match this code.";
      list.appendChild(li);
    }
    for (const r of results) {
      const li = document.createElement("li");
      li.dataset.line = r.location.line;
      li.dataset.rule = r.rule_id;
      const b = document.createElement("button");
      b.type = "button";
      b.title = "Jump to the line";
      const loc = document.createElement("span");
      loc.className = "loc";
      loc.textContent = `line ${r.location.line}:${r.location.column}`;
      const sev = document.createElement("span");
      sev.className = `sev sev-${r.severity}`;
      sev.textContent = r.severity;
      const msg = document.createElement("span");
      msg.className = "msg";
      msg.textContent = r.message;
      b.append(loc, sev, msg);
      b.addEventListener("click", () => jumpTo(codeView, r.location.line));
      li.appendChild(b);
      // Taint findings: the path from source to sink, each step a link to its line.
      const flow = (r.detection && r.detection.flow) || [];
      if (flow.length) {
        const f = document.createElement("div");
        f.className = "flow";
        flow.forEach((step, i) => {
          if (i) f.append(" → ");
          const sb = document.createElement("button");
          sb.type = "button";
          sb.textContent = `${step.line}: ${step.message}`;
          sb.title = step.snippet || "";
          sb.addEventListener("click", () => jumpTo(codeView, step.line));
          f.appendChild(sb);
        });
        li.appendChild(f);
      }
      list.appendChild(li);
    }
    codeView.dispatch({
      effects: setMarks.of(results.map((r) => ({
        line: r.location.line, col: r.location.column, endLine: r.location.end_line,
        endCol: r.location.end_column, message: `${r.rule_id}: ${r.message}`, kind: "finding",
      }))),
    });
  };

  const showError = (err) => {
    const box = $("pg-error");
    const where = err.line ? `rule.py:${err.line}${err.column ? ":" + err.column : ""}: ` : "";
    box.textContent = `${where}${err.message}`;
    box.dataset.line = err.line || "";
    box.dataset.kind = err.kind || "";
    box.hidden = false;
    $("pg-results").hidden = false;
    if (err.kind === "rule" && err.line) {
      ruleView.dispatch({ effects: setMarks.of([{ line: err.line, col: err.column || 1, message: err.message, kind: "error" }]) });
    }
  };

  const clearError = () => {
    $("pg-error").hidden = true;
    $("pg-error").dataset.line = "";
    ruleView.dispatch({ effects: setMarks.of([]) });
  };

  async function analyze() {
    clearTimeout(timer);
    if (inflight) inflight.abort();
    const mine = ++seq;
    const ctrl = new AbortController();
    inflight = ctrl;
    status("Analyzing…", "busy");
    const started = performance.now();
    try {
      const res = await fetch(`${root}api/analyze`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          language: data.language,
          code: codeView.state.doc.toString(),
          rule: ruleView.state.doc.toString(),
          filename: data.codeName,
        }),
        signal: ctrl.signal,
      });
      const body = await res.json().catch(() => ({}));
      if (mine !== seq) return;
      if (res.ok) {
        clearError();
        showFindings(body.results || []);
        const ms = Math.round(performance.now() - started);
        status(`${plural((body.results || []).length, "finding")} · ${ms} ms`, "ok");
      } else {
        const err = body.error || { message: `HTTP ${res.status}` };
        if (err.kind === "busy") {
          // The server is at its limit of concurrent analyses: try again shortly, keep the last results.
          status("Server busy, retrying…", "busy");
          timer = setTimeout(analyze, 1000);
          return;
        }
        codeView.dispatch({ effects: setMarks.of([]) });
        $("pg-findings").textContent = "";
        $("pg-count").textContent = "";
        ruleView.dispatch({ effects: setMarks.of([]) });
        showError(err);
        status(err.kind === "rule" ? "Rule error" : `Error ${res.status}`, "bad");
      }
    } catch (e) {
      if (e.name === "AbortError" || mine !== seq) return;
      status("The playground server did not answer", "bad");
    } finally {
      if (inflight === ctrl) inflight = null;
    }
  }

  const setDoc = (view, text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });

  // Example picker when the rule has several positive fixtures.
  if (Array.isArray(data.fixtures) && data.fixtures.length > 1) {
    const sel = document.createElement("select");
    sel.className = "pane-file";
    sel.setAttribute("aria-label", "Load another vulnerable example");
    const first = document.createElement("option");
    first.textContent = data.codeName;
    first.value = "";
    sel.appendChild(first);
    for (const f of data.fixtures) {
      const o = document.createElement("option");
      o.value = f.name;
      o.textContent = f.name.replace(/^tests\/positive\//, "");
      sel.appendChild(o);
    }
    sel.addEventListener("change", () => {
      const f = data.fixtures.find((x) => x.name === sel.value);
      setDoc(codeView, f ? f.text : data.code);
    });
    const head = $("pg-code").parentElement.querySelector(".pane-file");
    head.replaceWith(sel);
  }

  // Restore a shared state.
  const shared = shareParam();
  if (shared) {
    try {
      const s = await decodeState(shared);
      setDoc(codeView, s.code);
      setDoc(ruleView, s.rule);
    } catch {
      toast("This share link could not be read; showing the rule's example.");
    }
  }

  $("pg-reset").addEventListener("click", () => {
    setDoc(codeView, data.code);
    setDoc(ruleView, data.rule);
    try {
      window.history.replaceState(null, "", location.pathname + location.search);
    } catch {}
    analyze();
  });

  $("pg-share").addEventListener("click", async () => {
    const enc = await encodeState({ code: codeView.state.doc.toString(), rule: ruleView.state.doc.toString() });
    const url = `${location.href.split("#")[0]}#s=${enc}`;
    try {
      window.history.replaceState(null, "", url);
    } catch {}
    $("pg-share").dataset.url = url;
    try {
      await navigator.clipboard.writeText(url);
      toast("Link copied: it reproduces this code and rule");
    } catch {
      toast("The address bar now holds a link to this state");
    }
  });

  runNow = () => live && analyze();
  window.pfPlayground = { codeView, ruleView, analyze };

  // Live only when served by `pathfinder playground`.
  let server = false;
  try {
    const res = await fetch(`${root}api/health`, { cache: "no-store" });
    const h = await res.json();
    server = res.ok && h.status === "ok";
    const lang = (h.languages || []).find((l) => l.id === data.language);
    live = server && Boolean(lang && lang.analysis);
  } catch {
    live = false;
  }
  if (server && !live) {
    // A server without an in-memory front end for this language yet.
    $("pg-static").textContent = `This version of pathfinder cannot analyse ${data.language} code in the playground yet; the code and the rule below can still be read and copied.`;
  }
  if (live) {
    $("pg-static").hidden = true;
    $("pg-reset").hidden = false;
    $("pg-share").hidden = false;
    analyze();
  } else {
    $("pg-share").hidden = false;
    status("Static page: edits are not analysed", "");
  }
}

function copyButtons() {
  for (const b of document.querySelectorAll("[data-copy]")) {
    b.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(b.dataset.copy);
        b.textContent = "Copied";
      } catch {
        const range = document.createRange();
        range.selectNodeContents($("pg-command"));
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        b.textContent = "Selected";
      }
      setTimeout(() => (b.textContent = "Copy"), 1500);
    });
  }
}

// Python blocks outside the editors (secure example, Markdown code) get the same colours.
function highlightStatic() {
  for (const code of document.querySelectorAll(".content pre code.language-python")) {
    if (code.closest(".editor")) continue;
    const text = code.textContent;
    const frag = document.createDocumentFragment();
    highlightCode(
      text,
      pythonParser.parse(text),
      classHighlighter,
      (t, cls) => {
        if (cls) {
          const s = document.createElement("span");
          s.className = cls;
          s.textContent = t;
          frag.appendChild(s);
        } else frag.appendChild(document.createTextNode(t));
      },
      () => frag.appendChild(document.createTextNode("\n")),
    );
    code.textContent = "";
    code.appendChild(frag);
  }
}

highlightStatic();
copyButtons();
playground();
