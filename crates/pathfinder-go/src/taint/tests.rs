//! The Go walk against a small rule table: rule 0 is SQL (`database/sql.DB.Query` argument 0, cleaned by
//! `strconv.Atoi`, trusting allow-lists and regexps), rule 1 is paths (`os.Open`, cleaned by
//! `filepath.Base`, trusting path checks). Sources: `r.FormValue` and `r.URL`.

use crate::analyze_with_taint;
use pathfinder_python::taint::{guard_family, ArgSel, RuleIdx, TaintSpec};
use pathfinder_python::{CallSite, CrossFile, FileModel, TaintRules};
use std::sync::Arc;

struct Rules;

struct Spec;

impl TaintRules for Rules {
    fn for_file<'s>(
        &'s self,
        _calls: &[CallSite],
        _cross: &CrossFile<'_>,
        _text: &str,
    ) -> Option<Box<dyn TaintSpec + 's>> {
        Some(Box::new(Spec))
    }
}

fn fqn(call: &CallSite) -> &str {
    call.fqn.as_deref().unwrap_or("")
}

impl TaintSpec for Spec {
    fn call_sources(&self, call: &CallSite, out: &mut Vec<RuleIdx>) {
        if fqn(call) == "net/http.Request.FormValue" {
            out.extend([0, 1]);
        }
    }
    fn call_sanitizes(&self, call: &CallSite, out: &mut Vec<RuleIdx>) {
        match fqn(call) {
            "strconv.Atoi" => out.push(0),
            "path/filepath.Base" => out.push(1),
            _ => {}
        }
    }
    fn call_sinks(&self, call: &CallSite, out: &mut Vec<(RuleIdx, Vec<ArgSel>)>) {
        match fqn(call) {
            "database/sql.DB.Query" => out.push((0, vec![ArgSel::Index(0)])),
            "os.Open" => out.push((1, vec![ArgSel::Index(0)])),
            _ => {}
        }
    }
    fn attribute_sources(&self, _text: &str, resolved: Option<&str>, out: &mut Vec<RuleIdx>) {
        if resolved == Some("net/http.Request.URL") {
            out.extend([0, 1]);
        }
    }
    fn attribute_name_may_be_source(&self, name: &str) -> bool {
        name == "URL"
    }
    fn parameter_sources(&self, _: &str, _: &[&CallSite], _: &mut Vec<RuleIdx>) {}
    fn follows_calls(&self, _: RuleIdx) -> bool {
        true
    }
    fn sources_possible(&self) -> bool {
        true
    }
    fn may_have_sources(&self, _: &str) -> bool {
        true
    }
    fn rule_count(&self) -> RuleIdx {
        2
    }
    fn global_rule(&self, rule: RuleIdx) -> u32 {
        rule as u32
    }
    fn local_rule(&self, global: u32) -> Option<RuleIdx> {
        (global < 2).then_some(global as RuleIdx)
    }
    fn guard_bits(&self, rule: RuleIdx) -> u8 {
        let f = |n| guard_family(n).unwrap();
        match rule {
            0 => f("allow_list") | f("regex"),
            _ => f("path_traversal") | f("allow_list"),
        }
    }
}

fn model(body: &str) -> FileModel {
    let src = format!(
        "package main\n\nimport (\n\t\"database/sql\"\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strconv\"\n\t\"strings\"\n)\n\nvar db *sql.DB\n{body}"
    );
    analyze_with_taint(
        "main.go",
        Arc::from(src),
        &crate::module::Context::default(),
        Some(&Rules),
        CrossFile::default(),
    )
}

/// (rule, line of the sink) of every finding; lines count from the `{body}` start at line 13.
fn found(body: &str) -> Vec<(u32, u32)> {
    let m = model(body);
    let mut out: Vec<(u32, u32)> = m
        .taint
        .iter()
        .map(|t| {
            (
                t.rule,
                m.position(m.calls[t.sink as usize].span.start).0 - 12,
            )
        })
        .collect();
    out.sort_unstable();
    out
}

#[test]
fn branches_merge_and_reassignment_clears() {
    let body = "func h(w http.ResponseWriter, r *http.Request) {
\tq := \"x\"
\tif len(w.Header()) > 0 {
\t\tq = r.FormValue(\"q\")
\t}
\tdb.Query(q)
\tq = \"constant\"
\tdb.Query(q)
}
";
    assert_eq!(found(body), vec![(0, 6)]);
}

#[test]
fn loops_reach_their_fixpoint_and_break_keeps_its_state() {
    let body = "func h(w http.ResponseWriter, r *http.Request) {
\tq := \"\"
\tfor i := 0; i < 3; i++ {
\t\tdb.Query(q)
\t\tq = r.FormValue(\"q\")
\t}
\tp := \"\"
\tfor {
\t\tp = r.URL.Path
\t\tbreak
\t}
\tos.Open(p)
}
";
    assert_eq!(found(body), vec![(0, 4), (1, 12)]);
}

#[test]
fn closures_struct_fields_and_out_parameters() {
    let body = "type req struct{ Name, Dir string }
func register(mux *http.ServeMux) {
\tmux.HandleFunc(\"/\", func(w http.ResponseWriter, r *http.Request) {
\t\tvar x req
\t\tx.Name = r.FormValue(\"n\")
\t\tx.Dir = \"/srv\"
\t\tdb.Query(x.Name)
\t\tos.Open(x.Dir)
\t})
}
";
    assert_eq!(found(body), vec![(0, 7)]);
}

#[test]
fn helpers_of_the_file_have_summaries() {
    let body = "func param(r *http.Request) string { return r.FormValue(\"id\") }
func wrap(s string) string { return \"SELECT \" + s }
func clean(s string) string { n, _ := strconv.Atoi(s); return strconv.Itoa(n) }
func run(q string) { db.Query(q) }
func h(w http.ResponseWriter, r *http.Request) {
\tdb.Query(wrap(param(r)))
\tdb.Query(clean(param(r)))
\trun(r.FormValue(\"x\"))
}
";
    // The pass-through, the source helper and the sink helper (reported at the sink inside it).
    assert_eq!(found(body), vec![(0, 4), (0, 6)]);
}

#[test]
fn guards_leave_the_function_or_open_a_branch() {
    let body = "var allowed = map[string]bool{\"a\": true}
func h(w http.ResponseWriter, r *http.Request) {
\tid := r.FormValue(\"id\")
\tif _, err := strconv.Atoi(id); err != nil {
\t\treturn
\t}
\tdb.Query(id)
\tk := r.FormValue(\"k\")
\tif !allowed[k] {
\t\treturn
\t}
\tdb.Query(k)
\tname := r.FormValue(\"f\")
\tp := filepath.Join(\"/srv\", name)
\tif strings.HasPrefix(p, \"/srv/\") {
\t\tos.Open(p)
\t}
\tif strings.HasPrefix(name, \"/srv/\") {
\t\tos.Open(name)
\t}
\tos.Open(filepath.Base(name))
}
";
    // Only the prefix check of a path that was never cleaned is not trusted.
    assert_eq!(found(body), vec![(1, 19)]);
}

#[test]
fn sanitizers_clean_only_their_rule_and_steps_run_source_to_sink() {
    let body = "func h(w http.ResponseWriter, r *http.Request) {
\tname := filepath.Base(r.FormValue(\"f\"))
\tos.Open(name)
\tdb.Query(name)
}
";
    assert_eq!(found(body), vec![(0, 4)]);
    let m = model(body);
    let steps: Vec<String> = m.taint[0].steps.iter().map(|s| s.message()).collect();
    assert_eq!(
        steps,
        vec![
            "source: r.FormValue(\"f\")",
            "assigned to name",
            "sink: db.Query"
        ]
    );
}

#[test]
fn deep_nesting_and_long_chains_do_not_exhaust_the_stack() {
    let mut body = String::from(
        "func h(w http.ResponseWriter, r *http.Request) {\n\tq := r.FormValue(\"q\")\n",
    );
    body.push_str(&"if q != \"\" {\n".repeat(5000));
    body.push_str("db.Query(q)\n");
    body.push_str(&"}\n".repeat(5000));
    body.push_str("\tx := q");
    body.push_str(&" + q".repeat(20000));
    body.push_str("\n\tdb.Query(y.a");
    body.push_str(&".b".repeat(5000));
    body.push_str(")\n\tdb.Query(x)\n}\n");
    // Statements nested too deeply are left out, and so is a path too long to be one; the function
    // around them is still analysed: the long concatenation is tainted.
    let m = model(&body);
    let sinks: Vec<&str> = m
        .taint
        .iter()
        .map(|t| m.text(m.calls[t.sink as usize].span))
        .collect();
    assert_eq!(sinks, vec!["db.Query(x)"]);
}
