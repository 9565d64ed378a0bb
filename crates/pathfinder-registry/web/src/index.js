// Index page: client-side search and filters over the server-rendered rule list (works from file:// too).

const $ = (id) => document.getElementById(id);
const rows = Array.from(document.querySelectorAll(".rule-row"));
const fields = ["language", "bundle", "severity", "cwe"];

function current() {
  const state = { q: $("q").value.trim().toLowerCase() };
  for (const f of fields) state[f] = $(`f-${f}`).value;
  return state;
}

function apply() {
  const s = current();
  const words = s.q.split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const row of rows) {
    const d = row.dataset;
    const ok =
      (!s.language || d.language === s.language) &&
      (!s.bundle || d.bundle === s.bundle) &&
      (!s.severity || d.severity === s.severity) &&
      (!s.cwe || d.cwe.split(" ").includes(s.cwe)) &&
      words.every((w) => d.search.includes(w));
    row.hidden = !ok;
    if (ok) shown++;
  }
  $("count").textContent = shown === rows.length ? `${rows.length} rules` : `${shown} of ${rows.length} rules`;
  $("empty").hidden = shown !== 0;
  const params = new URLSearchParams();
  if (s.q) params.set("q", s.q);
  for (const f of fields) if (s[f]) params.set(f, s[f]);
  const query = params.toString();
  try {
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  } catch {
    // Some file:// contexts refuse history changes; filtering still works.
  }
}

function init() {
  $("filters").hidden = false;
  const params = new URLSearchParams(location.search);
  if (params.get("q")) $("q").value = params.get("q");
  for (const f of fields) {
    const v = params.get(f);
    const sel = $(`f-${f}`);
    if (v && Array.from(sel.options).some((o) => o.value === v)) sel.value = v;
  }
  $("q").addEventListener("input", apply);
  for (const f of fields) $(`f-${f}`).addEventListener("change", apply);
  $("f-clear").addEventListener("click", () => {
    $("q").value = "";
    for (const f of fields) $(`f-${f}`).value = "";
    apply();
    $("q").focus();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "/" && document.activeElement !== $("q")) {
      e.preventDefault();
      $("q").focus();
    }
  });
  apply();
}

init();
