//! Go taint end to end: the real binary follows request data through functions of other files of the
//! same package and of other packages of the module, and reports where the sink is reached.

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::Command;

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

fn scan(project: &Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_pathfinder"))
        .args(["scan", "-p", project.to_str().unwrap()])
        .args(["--no-progress", "--no-config", "-o", "json"])
        .args(["--ruleset", "go/all"])
        .output()
        .expect("binary runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// (rule, file, line) of every finding.
fn hits(v: &Value) -> Vec<(String, String, u64)> {
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["rule_id"].as_str().unwrap_or_default().to_string(),
                r["location"]["file"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                r["location"]["line"].as_u64().unwrap_or_default(),
            )
        })
        .collect()
}

const HANDLERS: &str = "package main

import (
\t\"net/http\"

\t\"example.com/shop/internal/store\"
)

func search(w http.ResponseWriter, r *http.Request) {
\tstore.FindByName(r.URL.Query().Get(\"name\"))
}

func searchSafe(w http.ResponseWriter, r *http.Request) {
\tstore.FindByNameSafe(r.URL.Query().Get(\"name\"))
}

func run(w http.ResponseWriter, r *http.Request) {
\tcmd := buildCommand(store.Param(r, \"target\"))
\tcmd.Run()
}
";

const COMMANDS: &str = "package main

import \"os/exec\"

func buildCommand(target string) *exec.Cmd {
\treturn exec.Command(\"sh\", \"-c\", \"ping \"+target)
}
";

const STORE: &str = "package store

import (
\t\"database/sql\"
\t\"net/http\"
)

var DB *sql.DB

func FindByName(name string) {
\tDB.Query(\"SELECT id FROM people WHERE name = '\" + name + \"'\")
}

func FindByNameSafe(name string) {
\tDB.Query(\"SELECT id FROM people WHERE name = $1\", name)
}

func Param(r *http.Request, key string) string {
\treturn r.FormValue(key)
}
";

#[test]
fn flows_cross_files_of_a_package_and_packages_of_the_module() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "go.mod", "module example.com/shop\n\ngo 1.22\n");
    write(d.path(), "cmd/web/handlers.go", HANDLERS);
    write(d.path(), "cmd/web/commands.go", COMMANDS);
    write(d.path(), "internal/store/store.go", STORE);
    let v = scan(d.path());
    let mut found = hits(&v);
    found.sort();
    assert_eq!(
        found,
        vec![
            // The SQL sink is in another package: reported where the handler calls into it.
            ("GO-SEC-001".into(), "cmd/web/handlers.go".into(), 10),
            // Source data returned by another package's function reaches a sink in another file of
            // the handler's package.
            ("GO-SEC-002".into(), "cmd/web/handlers.go".into(), 18),
        ],
        "{v:#}"
    );
    let sql = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["rule_id"] == "GO-SEC-001")
        .unwrap();
    let steps: Vec<(String, u64)> = sql["detection"]["flow"]
        .as_array()
        .unwrap_or_else(|| panic!("no flow: {sql:#}"))
        .iter()
        .map(|s| {
            (
                s["file"].as_str().unwrap_or("").to_string(),
                s["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(steps.first(), Some(&("cmd/web/handlers.go".into(), 10)));
    assert_eq!(
        steps.last(),
        Some(&("internal/store/store.go".into(), 11)),
        "{sql:#}"
    );
    assert_eq!(sql["detection"]["type"], "taint-global", "{sql:#}");
    assert_eq!(sql["detection"]["sink"]["file"], "internal/store/store.go");
}

#[test]
fn guards_and_sanitizers_in_go_handlers() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "go.mod", "module example.com/app\n\ngo 1.22\n");
    write(
        d.path(),
        "main.go",
        "package main

import (
\t\"database/sql\"
\t\"net/http\"
\t\"strconv\"
)

var db *sql.DB

var columns = map[string]bool{\"name\": true}

func a(w http.ResponseWriter, r *http.Request) {
\tcol := r.FormValue(\"sort\")
\tif !columns[col] {
\t\treturn
\t}
\tdb.Query(\"SELECT * FROM t ORDER BY \" + col)
}

func b(w http.ResponseWriter, r *http.Request) {
\tpage := r.FormValue(\"page\")
\tif _, err := strconv.Atoi(page); err != nil {
\t\treturn
\t}
\tdb.Query(\"SELECT * FROM t OFFSET \" + page)
}

func c(w http.ResponseWriter, r *http.Request) {
\tcol := r.FormValue(\"sort\")
\tif columns[col] {
\t\tdb.Query(\"SELECT * FROM t ORDER BY \" + col)
\t}
\tdb.Query(\"SELECT * FROM t ORDER BY \" + col)
}
",
    );
    let v = scan(d.path());
    // Only the use after the `if` in c(), outside the allow-list check, is reported.
    assert_eq!(
        hits(&v),
        vec![("GO-SEC-001".into(), "main.go".into(), 34)],
        "{v:#}"
    );
}
