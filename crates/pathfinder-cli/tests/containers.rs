//! Dockerfile and compose scanning, driving the real `pathfinder` binary with rules written here (so the
//! engine is tested independently of the catalog's wording).

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Instant;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pathfinder"))
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

const RULE_APT: &str = r#"from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction
from codepathfinder.container_combinators import all_of

@dockerfile_rule(id="T-APT", name="Apt Recommends", severity="LOW", cwe="CWE-710",
                 message="apt-get install without --no-install-recommends")
def apt():
    return all_of(
        instruction(type="RUN", contains="apt-get install"),
        instruction(type="RUN", not_contains="--no-install-recommends"),
    )
"#;

const RULE_ROOT: &str = r#"from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction, missing
from codepathfinder.container_combinators import any_of

@dockerfile_rule(id="T-ROOT", name="Runs As Root", severity="HIGH", message="the image runs as root")
def root():
    return any_of(missing(instruction="USER"), instruction(type="USER", user_name_regex="^(root|0)$"))
"#;

const RULE_SHELL_FORM: &str = r#"from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction
from codepathfinder.container_combinators import any_of

@dockerfile_rule(id="T-SHELL", name="Shell Form", severity="LOW", message="shell form")
def shell_form():
    return any_of(instruction(type="CMD", command_form="shell"), instruction(type="ENTRYPOINT", command_form="shell"))
"#;

const RULE_PRIVILEGED: &str = r#"from codepathfinder.container_decorators import compose_rule
from codepathfinder.container_matchers import service_has

@compose_rule(id="T-PRIV", name="Privileged", severity="CRITICAL", message="privileged service")
def privileged():
    return service_has(key="privileged", equals=True)
"#;

fn rules_dir(dir: &Path) {
    write(dir, "rules/apt.py", RULE_APT);
    write(dir, "rules/root.py", RULE_ROOT);
    write(dir, "rules/shell.py", RULE_SHELL_FORM);
    write(dir, "rules/privileged.py", RULE_PRIVILEGED);
}

const DOCKERFILE: &str = "\
FROM python:3.12 AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc
RUN apt-get install -y make
USER root

FROM python:3.12-slim
COPY --from=build /app /app
CMD [\"python\", \"/app/main.py\"]
USER root
";

const COMPOSE: &str = "\
x-common: &common
  privileged: true
services:
  web:
    <<: *common
    image: nginx:1.25
  db:
    image: postgres:16
    privileged: false
";

/// Scans `project` with the test rules, JSON output.
fn scan_json(project: &Path, rules: &Path, extra: &[&str]) -> (Output, Value) {
    json_scan(project, &["-r", rules.to_str().unwrap()], extra)
}

/// `pathfinder scan -p PROJECT ... -o json`, parsed.
fn json_scan(project: &Path, rules: &[&str], extra: &[&str]) -> (Output, Value) {
    let mut args = vec!["scan", "-p", project.to_str().unwrap()];
    args.extend_from_slice(rules);
    args.extend_from_slice(&["--no-progress", "-o", "json"]);
    args.extend_from_slice(extra);
    let out = run(&args);
    let v: Value = serde_json::from_str(&stdout(&out))
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", stdout(&out), stderr(&out)));
    (out, v)
}

fn hits(v: &Value) -> Vec<(String, String, u64)> {
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["rule_id"].as_str().unwrap().to_string(),
                r["location"]["file"].as_str().unwrap().to_string(),
                r["location"]["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn h(rule: &str, file: &str, line: u64) -> (String, String, u64) {
    (rule.to_string(), file.to_string(), line)
}

#[test]
fn container_findings_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    rules_dir(d);
    write(d, "proj/Dockerfile", DOCKERFILE);
    write(d, "proj/deploy/docker-compose.yml", COMPOSE);
    let (proj, rules) = (d.join("proj"), d.join("rules"));
    let (out, v) = scan_json(&proj, &rules, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        hits(&v),
        vec![
            // Only the RUN that lacks the flag, not the one that has it (same-RUN semantics).
            h("T-APT", "Dockerfile", 3),
            // The final stage's USER, not the build stage's.
            h("T-ROOT", "Dockerfile", 9),
            // Merged from the anchor: reported where the value is written; `privileged: false` is not.
            h("T-PRIV", "deploy/docker-compose.yml", 2),
        ]
    );
    let r = &v["results"][2];
    assert_eq!(r["location"]["column"], 15);
    assert_eq!(r["location"]["snippet"]["lines"][0], "  privileged: true");
    assert!(r["message"].as_str().unwrap().contains("web"));
    assert_eq!(r["severity"], "critical");
    assert_eq!(v["results"][0]["location"]["function"], "build");

    let sarif = run(&[
        "scan",
        "-p",
        proj.to_str().unwrap(),
        "-r",
        rules.to_str().unwrap(),
        "--no-progress",
        "-o",
        "sarif",
    ]);
    let s: Value = serde_json::from_str(&stdout(&sarif)).unwrap();
    let results = s["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    let uris: Vec<&str> = results
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert_eq!(
        uris,
        vec!["Dockerfile", "Dockerfile", "deploy/docker-compose.yml"]
    );
    let rule_ids: Vec<&str> = s["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(
        rule_ids.contains(&"T-SHELL"),
        "every rule that ran: {rule_ids:?}"
    );

    let csv = run(&[
        "scan",
        "-p",
        proj.to_str().unwrap(),
        "-r",
        rules.to_str().unwrap(),
        "--no-progress",
        "-o",
        "csv",
    ]);
    let csv = stdout(&csv);
    assert_eq!(csv.lines().count(), 4, "{csv}");
    assert!(csv.contains("T-PRIV") && csv.contains("deploy/docker-compose.yml,2,15"));

    let text = run(&[
        "scan",
        "-p",
        proj.to_str().unwrap(),
        "-r",
        rules.to_str().unwrap(),
        "--no-progress",
        "--fail-on",
        "critical",
    ]);
    assert_eq!(text.status.code(), Some(1));
    assert!(
        stdout(&text).contains("Dockerfile:3:1"),
        "{}",
        stdout(&text)
    );
}

#[test]
fn clean_container_files_have_zero_findings_and_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    rules_dir(d);
    write(
        d,
        "proj/Dockerfile",
        "# syntax=docker/dockerfile:1\nFROM python:3.12-slim@sha256:0123\nWORKDIR /app\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\nUSER 10001\nENTRYPOINT [\"python\", \"-m\", \"app\"]\n",
    );
    write(
        d,
        "proj/compose.yaml",
        "services:\n  web:\n    image: nginx:1.25\n    read_only: true\n",
    );
    let (out, v) = scan_json(&d.join("proj"), &d.join("rules"), &["--fail-on", "info"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(hits(&v), vec![]);
    assert_eq!(v["scan"]["files_scanned"].as_u64(), Some(2), "{v}");
    // No warning: only the summary line a machine format gets.
    assert_eq!(
        stderr(&out),
        "pathfinder: 0 findings; exit 0: no findings at or above info\n"
    );
}

#[test]
fn suppression_comment_above_an_instruction() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    rules_dir(d);
    write(
        d,
        "proj/Dockerfile",
        "FROM alpine:3.20\n# pathfinder: ignore[T-SHELL]\nCMD echo one\nENTRYPOINT run it\nUSER app\n",
    );
    let (_, v) = scan_json(&d.join("proj"), &d.join("rules"), &[]);
    assert_eq!(hits(&v), vec![h("T-SHELL", "Dockerfile", 4)]);
    assert_eq!(v["summary"]["suppressed"].as_u64(), Some(1), "{v}");
}

#[test]
fn bad_container_input_is_reported_and_loses_no_findings() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    rules_dir(d);
    let p = d.join("proj");
    write(
        &p,
        "good/Dockerfile",
        "FROM alpine:3.20\nCMD run\nUSER app\n",
    );
    write(&p, "empty/Dockerfile", "");
    fs::create_dir_all(p.join("bin")).unwrap();
    fs::write(p.join("bin/Dockerfile"), b"\x7fELF\x00\x00\x01\x02").unwrap();
    write(
        &p,
        "cont/Dockerfile",
        "FROM alpine:3.20\nUSER app\nCMD echo \\\n",
    );
    write(
        &p,
        "heredoc/Dockerfile",
        "FROM alpine:3.20\nUSER app\nRUN <<EOF\napk add curl\n",
    );
    write(
        &p,
        "invalid/docker-compose.yml",
        "services:\n  web: [\n    privileged: true\n",
    );
    let mut bomb =
        String::from("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    for (prev, name) in ["a", "b", "c", "d", "e", "f", "g", "h"]
        .iter()
        .zip(["b", "c", "d", "e", "f", "g", "h", "i"])
    {
        let refs = vec![format!("*{prev}"); 10].join(",");
        bomb.push_str(&format!("{name}: &{name} [{refs}]\n"));
    }
    bomb.push_str("services:\n  web:\n    privileged: true\n    environment: *i\n");
    write(&p, "bomb/compose.yaml", &bomb);
    // A 10 MB compose file whose last service is privileged.
    let mut big = String::from("services:\n");
    let mut n = 0;
    while big.len() < 10 * 1024 * 1024 {
        big.push_str(&format!(
            "  svc{n}:\n    image: registry.local/team/app-{n}:1.0\n    environment:\n      - MODE=production\n      - INDEX={n}\n    ports:\n      - \"127.0.0.1:{}:80\"\n",
            10000 + n % 50000
        ));
        n += 1;
    }
    big.push_str("  last:\n    image: busybox\n    privileged: true\n");
    write(&p, "big/docker-compose.yml", &big);
    let big_last_line = big.lines().count() as u64;
    write(&p, "empty/compose.yaml", "");

    let started = Instant::now();
    let (out, v) = scan_json(&p, &d.join("rules"), &[]);
    let elapsed = started.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert!(elapsed.as_secs() < 60, "took {elapsed:?}");
    for (path, what) in [
        ("empty/Dockerfile", "empty"),
        ("bin/Dockerfile", "binary"),
        ("cont/Dockerfile:3", "continuation"),
        ("heredoc/Dockerfile:3", "heredoc"),
        ("invalid/docker-compose.yml:", "invalid YAML"),
        ("bomb/compose.yaml:", "alias"),
        ("empty/compose.yaml", "empty"),
    ] {
        assert!(
            err.lines().any(|l| l.contains(path) && l.contains(what)),
            "no warning naming {path} ({what}):\n{err}"
        );
    }
    assert_eq!(
        hits(&v),
        vec![
            h("T-PRIV", "big/docker-compose.yml", big_last_line),
            h("T-SHELL", "cont/Dockerfile", 3),
            h("T-SHELL", "good/Dockerfile", 2),
        ]
    );
}

#[test]
fn container_rule_fixtures_run_with_pathfinder_test() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let rule = d.join("rules/docker/best-practice/T-APT");
    write(&rule, "rule.py", RULE_APT);
    write(
        &rule,
        "tests/positive/Dockerfile",
        "FROM debian:12\n# ruleid: T-APT\nRUN apt-get update \\\n    && apt-get install -y curl\nUSER app\n",
    );
    write(
        &rule,
        "tests/negative/Dockerfile",
        "FROM debian:12\n# ok: T-APT\nRUN apt-get install -y --no-install-recommends curl\nUSER app\n",
    );
    let rule = d.join("rules/docker-compose/security/T-PRIV");
    write(&rule, "rule.py", RULE_PRIVILEGED);
    write(
        &rule,
        "tests/positive/docker-compose.yml",
        "services:\n  web:\n    image: nginx\n    privileged: true  # expect: T-PRIV\n",
    );
    write(
        &rule,
        "tests/negative/docker-compose.yml",
        "services:\n  web:\n    image: nginx\n    privileged: false  # ok: T-PRIV\n",
    );
    let out = run(&["test", "-r", d.join("rules").to_str().unwrap(), "-v"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("PASS T-APT  TP 1  FN 0  FP 0"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("PASS T-PRIV  TP 1  FN 0  FP 0"),
        "{}",
        stdout(&out)
    );

    // A wrong expectation fails, naming the line.
    write(
        &rule,
        "tests/positive/docker-compose.yml",
        "services:\n  web:\n    # ruleid: T-PRIV\n    image: nginx\n    privileged: true\n",
    );
    let out = run(&["test", "-r", d.join("rules").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("line(s) 4"), "{}", stdout(&out));
}

#[test]
fn configured_names_are_container_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    rules_dir(d);
    let p = d.join("proj");
    write(
        &p,
        "pathfinder.toml",
        "dockerfiles = [\"images/*.build\"]\ncompose-files = \"deploy/stack-*.yml\"\n",
    );
    write(
        &p,
        "images/api.build",
        "FROM alpine:3.20\nCMD run\nUSER app\n",
    );
    write(&p, "images/notes.txt", "CMD run\n");
    write(
        &p,
        "deploy/stack-prod.yml",
        "services:\n  web:\n    image: a\n    privileged: true\n",
    );
    let (out, v) = scan_json(&p, &d.join("rules"), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        hits(&v),
        vec![
            h("T-PRIV", "deploy/stack-prod.yml", 4),
            h("T-SHELL", "images/api.build", 2),
        ]
    );
}

const CLEAN_DOCKERFILE: &str = "\
# syntax=docker/dockerfile:1
FROM python:3.12-slim@sha256:4f1b0c6a8e7d2c9b3a5f6e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b AS build
WORKDIR /src
RUN apt-get update \\
    && apt-get install -y --no-install-recommends gcc \\
    && rm -rf /var/lib/apt/lists/*
RUN echo built > /src/stamp
CMD [\"true\"]

FROM python:3.12-slim@sha256:4f1b0c6a8e7d2c9b3a5f6e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b
WORKDIR /app
COPY --from=build /src /app
EXPOSE 8080
USER 10001
HEALTHCHECK --interval=30s CMD [\"python\", \"-m\", \"app.health\"]
CMD [\"python\", \"-m\", \"app\"]
";

const CLEAN_COMPOSE: &str = "\
services:
  web:
    image: registry.local/web:1.4.2
    read_only: true
    security_opt:
      - no-new-privileges:true
    ports:
      - \"8080:8080\"
";

/// Scans with the built-in catalog (no `--rules`).
fn builtin_scan(project: &Path, extra: &[&str]) -> (Output, Value) {
    json_scan(project, &[], extra)
}

#[test]
fn builtin_container_rulesets_resolve_and_a_clean_project_has_no_findings() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    // Exec-form CMDs (one per stage), absolute WORKDIRs, one apt-get RUN with every flag next to an
    // unrelated RUN: none of the reference's false positives.
    write(p, "Dockerfile", CLEAN_DOCKERFILE);
    write(p, "compose.yaml", CLEAN_COMPOSE);
    let (out, v) = builtin_scan(
        p,
        &[
            "--ruleset",
            "docker/all",
            "--ruleset",
            "docker-compose/all",
            "--fail-on",
            "info",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(hits(&v), vec![]);
    assert_eq!(v["scan"]["rules_executed"].as_u64(), Some(47));
    for (spec, at_least) in [
        ("docker/security", 1),
        ("docker/best-practice", 1),
        ("docker/performance", 1),
        ("docker-compose/security", 1),
        ("docker-compose/networking", 1),
    ] {
        let (out, v) = builtin_scan(p, &["--ruleset", spec]);
        assert_eq!(out.status.code(), Some(0), "{spec}: {}", stderr(&out));
        assert!(
            v["scan"]["rules_executed"].as_u64().unwrap() >= at_least,
            "{spec}"
        );
    }
    // The default scan runs the vulnerability rules of the languages present: 3 Dockerfile and 8
    // compose rules here, and no Python; the audit rulesets hold the other 36.
    let (out, v) = builtin_scan(p, &[]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(v["scan"]["rules_executed"].as_u64(), Some(11));
    let (out, v) = builtin_scan(
        p,
        &[
            "--ruleset",
            "docker/audit",
            "--ruleset",
            "docker-compose/audit",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(v["scan"]["rules_executed"].as_u64(), Some(36));
}

#[test]
fn builtin_container_rules_find_the_classic_problems() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    write(
        p,
        "Dockerfile",
        "FROM ubuntu:latest\nRUN apt-get install -y curl\nCMD python app.py\n",
    );
    write(
        p,
        "docker-compose.yml",
        "services:\n  web:\n    image: nginx\n    privileged: true\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n",
    );
    // The default profile: the insecure settings, not the best-practice advice.
    let (out, v) = builtin_scan(p, &["--fail-on", "critical"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let mut found = hits(&v);
    found.sort();
    assert_eq!(
        found,
        vec![
            h("COMPOSE-SEC-001", "docker-compose.yml", 4),
            h("COMPOSE-SEC-002", "docker-compose.yml", 6),
            h("DOCKER-SEC-001", "Dockerfile", 1),
        ]
    );
    let (_, v) = builtin_scan(p, &["--ruleset", "docker/audit"]);
    let found = hits(&v);
    for expected in [
        h("DOCKER-BP-001", "Dockerfile", 1),
        h("DOCKER-BP-005", "Dockerfile", 2),
        h("DOCKER-BP-016", "Dockerfile", 3),
    ] {
        assert!(found.contains(&expected), "{expected:?} not in {found:?}");
    }
}
