//! Tool definitions (names, descriptions, JSON Schemas for input and output) and the dispatcher.

use crate::index::Indexer;
use crate::project::Project;
use crate::{containers, nav, rules, scan};
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

/// Everything a tool call reads.
pub struct Shared {
    pub project: Project,
    pub index: std::sync::Arc<Indexer>,
}

pub struct ToolDef {
    pub name: &'static str,
    pub description: &'static str,
    pub input: Value,
    pub output: Value,
    /// Reads the navigation index (waits for the first build, refreshes changed files first).
    pub needs_index: bool,
}

fn obj(props: Value, required: &[&str]) -> Value {
    json!({
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": false,
    })
}

fn out(props: Value) -> Value {
    json!({"type": "object", "properties": props})
}

fn paged(props: Value) -> Value {
    let mut p = props;
    p["limit"] = json!({"type": "integer", "minimum": 1, "maximum": nav::MAX_LIMIT, "description": format!("page size (default {}, at most {})", nav::DEFAULT_LIMIT, nav::MAX_LIMIT)});
    p["cursor"] = json!({"type": "string", "description": "next_cursor from the previous page"});
    p
}

fn page_out(key: &str) -> Value {
    out(json!({
        key: {"type": "array", "items": {"type": "object"}},
        "total": {"type": "integer"},
        "next_cursor": {"type": ["string", "null"]},
    }))
}

fn s(desc: &str) -> Value {
    json!({"type": "string", "description": desc})
}

pub fn definitions() -> Vec<ToolDef> {
    vec![
        ToolDef {
            name: "scan",
            description: "Scan a file or directory of the project (or unsaved code given as `code` + `language`) with pathfinder's rules. Returns the same JSON document as `pathfinder scan -o json`: findings with rule id, severity, CWE, location, snippet, taint flow and fingerprint.",
            input: obj(json!({
                "path": s("file or directory inside the project, relative to it (default: the whole project); with `code`, the file name the findings carry"),
                "rulesets": {"type": "array", "items": {"type": "string"}, "description": "rulesets to run: python/all, python/<bundle>, docker/security, <RULE-ID> (default: every built-in rule for the languages present)"},
                "rules": {"type": "array", "items": {"type": "string"}, "description": "rule files or directories inside the project to run too"},
                "min_severity": {"type": "string", "enum": ["info", "low", "medium", "high", "critical"], "description": "report only findings at or above this severity"},
                "code": s("unsaved source text to scan in memory instead of a file on disk"),
                "language": {"type": "string", "enum": ["python", "go", "docker", "docker-compose"], "description": "language of `code`"},
                "no_taint": {"type": "boolean", "description": "run only pattern rules (skip dataflow rules)"},
                "max_findings": {"type": "integer", "minimum": 0, "description": format!("list at most this many findings (default {}); counts stay exact", scan::DEFAULT_MAX_FINDINGS)},
            }), &[]),
            output: out(json!({
                "tool": {"type": "object"},
                "scan": {"type": "object"},
                "results": {"type": "array", "items": {"type": "object"}},
                "summary": {"type": "object"},
                "errors": {"type": "array", "items": {"type": "string"}},
                "truncated": {"type": "object"},
            })),
            needs_index: false,
        },
        ToolDef {
            name: "list_rules",
            description: "List the rules pathfinder can run, filtered by ruleset, language or a search text (id, name, message, CWE, tag).",
            input: obj(paged(json!({
                "ruleset": s("python/all, python/<bundle>, docker/security, docker-compose/security, …"),
                "language": {"type": "string", "enum": ["python", "docker", "docker-compose", "go"]},
                "query": s("text to look for in id, name, message; or a CWE id or tag"),
            })), &[]),
            output: page_out("rules"),
            needs_index: false,
        },
        ToolDef {
            name: "get_rule",
            description: "One rule in full: metadata, every section of its documentation page, its rule.py source and JSON IR.",
            input: obj(json!({"id": s("rule id, e.g. PYTHON-LANG-SEC-070 (python/lang/PYTHON-LANG-SEC-070 works too)")}), &["id"]),
            output: out(json!({"id": {"type": "string"}, "page": {"type": "object"}, "source": {"type": "string"}})),
            needs_index: false,
        },
        ToolDef {
            name: "explain_finding",
            description: "Why a finding matters and how to fix it, from its rule's page, with the finding and its taint flow. Name the finding by its fingerprint (from scan), or by rule_id with file and line.",
            input: obj(json!({
                "fingerprint": s("a finding's fingerprint from scan"),
                "rule_id": s("rule id, when no fingerprint is given"),
                "file": s("file inside the project the finding is in"),
                "line": {"type": "integer", "minimum": 1, "description": "line of the finding"},
            }), &[]),
            output: out(json!({
                "rule_id": {"type": "string"},
                "finding": {"type": ["object", "null"]},
                "flow": {"type": "array"},
                "why_it_matters": {"type": "object"},
                "how_to_fix": {"type": "object"},
            })),
            needs_index: false,
        },
        ToolDef {
            name: "get_index_info",
            description: "Call first: the project index at a glance (files per language, modules, symbols by type, call edges, compose services, top modules, index health and build state).",
            input: obj(json!({}), &[]),
            output: out(json!({"project": {"type": "string"}, "index": {"type": "object"}, "files": {"type": "object"}, "symbols": {"type": "integer"}})),
            needs_index: true,
        },
        ToolDef {
            name: "find_symbol",
            description: "Find Python and Go definitions by (partial) name or FQN, by type (function_definition, method, constructor, special_method, class_definition) and module prefix (a Go symbol's module is its package import path).",
            input: obj(paged(json!({
                "name": s("name or FQN, whole or part"),
                "type": {"type": "string", "enum": ["function_definition", "method", "constructor", "special_method", "class_definition"]},
                "types": {"type": "array", "items": {"type": "string"}, "description": "several types"},
                "module": s("only symbols in this module or below it"),
            })), &[]),
            output: page_out("symbols"),
            needs_index: true,
        },
        ToolDef {
            name: "find_module",
            description: "A Python module by FQN or short name, or a Go package by import path or last element: its files and symbol counts.",
            input: obj(json!({"name": s("module FQN (pkg.views) or short name (views); Go package path (example.com/app/svc) or name (svc)")}), &["name"]),
            output: out(json!({"modules": {"type": "array", "items": {"type": "object"}}})),
            needs_index: true,
        },
        ToolDef {
            name: "list_modules",
            description: "Every Python module and Go file (with its package) of the project.",
            input: obj(paged(json!({})), &[]),
            output: page_out("modules"),
            needs_index: true,
        },
        ToolDef {
            name: "get_callers",
            description: "Who calls a function: call sites (caller, file, line, column) resolved to it, or written with its name when unresolved.",
            input: obj(paged(json!({"function": s("function or method: short name, Class.method or FQN")})), &["function"]),
            output: page_out("callers"),
            needs_index: true,
        },
        ToolDef {
            name: "get_callees",
            description: "What a function calls: callee as written, resolved target, whether it is a project function, line, receiver type.",
            input: obj(paged(json!({"function": s("function or method: short name, Class.method or FQN")})), &["function"]),
            output: page_out("callees"),
            needs_index: true,
        },
        ToolDef {
            name: "get_call_details",
            description: "Each call from one function to another in detail: code, arguments (position, keyword, text, kind), receiver and how the callee was resolved.",
            input: obj(json!({"caller": s("calling function (name or FQN)"), "callee": s("called function (name, text as written, or FQN)")}), &["caller", "callee"]),
            output: out(json!({"calls": {"type": "array", "items": {"type": "object"}}})),
            needs_index: true,
        },
        ToolDef {
            name: "resolve_import",
            description: "Resolve a Python import path (pkg.mod or pkg.mod.name) or a Go import path (example.com/app/svc or example.com/app/svc.Func) to the project file and definition it names.",
            input: obj(json!({"import_path": s("dotted import path")}), &["import_path"]),
            output: out(json!({"resolved": {"type": "boolean"}, "file": {"type": "string"}, "module": {"type": "string"}})),
            needs_index: true,
        },
        ToolDef {
            name: "find_dockerfile_instructions",
            description: "Dockerfile instructions across the project, filtered by instruction type, file, base image, exposed port, digest pinning or user.",
            input: obj(paged(json!({
                "instruction_type": s("FROM, RUN, COPY, USER, EXPOSE, …"),
                "file_path": s("only this Dockerfile (project-relative)"),
                "base_image": s("FROM instructions whose image name contains this"),
                "port": {"type": "integer", "description": "EXPOSE instructions exposing this port"},
                "has_digest": {"type": "boolean", "description": "FROM instructions pinned (true) or not pinned (false) by digest"},
                "user": s("USER instructions switching to this user"),
            })), &[]),
            output: page_out("instructions"),
            needs_index: true,
        },
        ToolDef {
            name: "find_compose_services",
            description: "docker-compose services across the project, filtered by name, file, privileged mode, port or volume.",
            input: obj(paged(json!({
                "service_name": s("service name"),
                "file_path": s("only this compose file (project-relative)"),
                "privileged": {"type": "boolean"},
                "port": {"type": "integer", "description": "services publishing or targeting this port"},
                "volume": s("services with a volume whose source or target contains this"),
            })), &[]),
            output: page_out("services"),
            needs_index: true,
        },
        ToolDef {
            name: "get_dockerfile_details",
            description: "One Dockerfile in full: every instruction and the multi-stage breakdown (stages, base images, COPY --from).",
            input: obj(json!({"file_path": s("Dockerfile path inside the project")}), &["file_path"]),
            output: out(json!({"file": {"type": "string"}, "instructions": {"type": "array"}, "stages": {"type": "array"}})),
            needs_index: true,
        },
        ToolDef {
            name: "get_docker_dependencies",
            description: "Upstream (what it needs) and downstream (what needs it) dependencies of a compose service (depends_on) or a Dockerfile build stage (FROM stage, COPY --from).",
            input: obj(json!({
                "type": {"type": "string", "enum": ["compose", "dockerfile"]},
                "name": s("service name, or stage name or index"),
                "file_path": s("compose file or Dockerfile (default: the first that has it)"),
                "direction": {"type": "string", "enum": ["upstream", "downstream", "both"]},
                "max_depth": {"type": "integer", "minimum": 1, "maximum": 100},
            }), &["type", "name"]),
            output: out(json!({"upstream": {"type": "array"}, "downstream": {"type": "array"}})),
            needs_index: true,
        },
        ToolDef {
            name: "status",
            description: "Index build state: phase, files modelled so far, build time, files re-modelled after changes.",
            input: obj(json!({}), &[]),
            output: out(json!({"state": {"type": "string"}, "phase": {"type": "string"}, "files_total": {"type": "integer"}, "files_done": {"type": "integer"}})),
            needs_index: false,
        },
    ]
}

fn args<T: DeserializeOwned>(v: Value) -> Result<T, String> {
    serde_json::from_value(v).map_err(|e| format!("invalid arguments: {e}"))
}

fn no_args(v: &Value) -> Result<(), String> {
    match v.as_object() {
        Some(m) if !m.is_empty() => Err(format!(
            "invalid arguments: this tool takes none (got {})",
            m.keys().cloned().collect::<Vec<_>>().join(", ")
        )),
        _ => Ok(()),
    }
}

/// Runs one tool (blocking). `Err` is a tool error the client shows to the model.
pub fn call(shared: &Shared, name: &str, a: Value) -> Result<Value, String> {
    let project = &shared.project;
    let needs_index = definitions()
        .iter()
        .any(|d| d.name == name && d.needs_index);
    if needs_index {
        shared.index.refresh()?;
    }
    let snap = || shared.index.snapshot();
    match name {
        "scan" => scan::run(project, &args(a)?),
        "list_rules" => rules::list_rules(project, &args(a)?),
        "get_rule" => rules::get_rule(project, &args(a)?),
        "explain_finding" => rules::explain_finding(project, &args(a)?),
        "status" => no_args(&a).map(|_| shared.index.status()),
        "get_index_info" => {
            no_args(&a)?;
            Ok(nav::index_info(&snap(), shared.index.status()))
        }
        "find_symbol" => nav::find_symbol(&snap(), &args(a)?),
        "find_module" => nav::find_module(&snap(), &args(a)?),
        "list_modules" => {
            let p: PageArgs = args(a)?;
            nav::list_modules(
                &snap(),
                &nav::Page {
                    limit: p.limit,
                    cursor: p.cursor,
                },
            )
        }
        "get_callers" => nav::get_callers(&snap(), &args(a)?),
        "get_callees" => nav::get_callees(&snap(), &args(a)?),
        "get_call_details" => nav::get_call_details(&snap(), &args(a)?),
        "resolve_import" => nav::resolve_import(&snap(), &args(a)?),
        "find_dockerfile_instructions" => {
            let mut f: containers::DockerfileFilter = args(a)?;
            f.file_path = relative(project, f.file_path)?;
            containers::find_dockerfile_instructions(&snap(), &f)
        }
        "find_compose_services" => {
            let mut f: containers::ComposeFilter = args(a)?;
            f.file_path = relative(project, f.file_path)?;
            containers::find_compose_services(&snap(), &f)
        }
        "get_dockerfile_details" => {
            let f: containers::FileArg = args(a)?;
            let (_, rel) = project.resolve(&f.file_path)?;
            containers::get_dockerfile_details(&snap(), &rel)
        }
        "get_docker_dependencies" => {
            let mut d: containers::Dependencies = args(a)?;
            d.file_path = relative(project, d.file_path)?;
            containers::get_docker_dependencies(&snap(), &d)
        }
        other => Err(format!("unknown tool {other:?}")),
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PageArgs {
    #[serde(default)]
    limit: Option<usize>,
    #[serde(default)]
    cursor: Option<String>,
}

/// A `file_path` filter as the index names files (refusing paths outside the project).
fn relative(project: &Project, p: Option<String>) -> Result<Option<String>, String> {
    match p.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(path) => project.resolve(path).map(|(_, rel)| Some(rel)),
    }
}

pub fn schema_object(v: &Value) -> Map<String, Value> {
    v.as_object().cloned().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::Indexer;
    use pathfinder_workspace::{Config, WalkOptions};

    fn shared(root: &std::path::Path) -> Shared {
        let root = root.canonicalize().unwrap();
        let index = Indexer::new(
            root.clone(),
            WalkOptions {
                root: root.clone(),
                ..WalkOptions::default()
            },
        );
        index.start();
        let project = Project::new(
            root,
            Config::default(),
            pathfinder_rules::catalog::builtin_rules().unwrap(),
            Vec::new(),
            "test".into(),
            String::new,
        );
        Shared { project, index }
    }

    /// A small deterministic generator (xorshift), so a failure reproduces.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn pick<T: Clone>(&mut self, items: &[T]) -> T {
            items[(self.next() % items.len() as u64) as usize].clone()
        }
    }

    /// Argument objects built from each tool's input schema with odd values mixed in: no input may panic,
    /// and every answer is either a JSON object or an error message.
    #[test]
    fn fuzzed_arguments_never_panic() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("pkg")).unwrap();
        std::fs::write(
            dir.path().join("pkg/a.py"),
            "import os\n\ndef f(x):\n    os.system(x)\n\nclass C:\n    def m(self):\n        f(1)\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("Dockerfile"),
            "FROM alpine AS a\nFROM a\nUSER 0\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("compose.yaml"),
            "services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    depends_on:\n      a: {condition: x}\n",
        )
        .unwrap();
        let sh = shared(dir.path());
        let values = [
            json!(null),
            json!(true),
            json!(0),
            json!(-1),
            json!(1e300),
            json!(u64::MAX),
            json!(""),
            json!(".."),
            json!("../../etc/passwd"),
            json!("/"),
            json!("\u{0}"),
            json!("é\u{202e}\n"),
            json!("x".repeat(5000)),
            json!([]),
            json!({}),
            json!(["python/all", 3]),
            json!("pkg/a.py"),
            json!("Dockerfile"),
            json!("compose.yaml"),
            json!("f"),
            json!("C.m"),
            json!("a"),
            json!("FROM"),
            json!("python"),
            json!("o99999"),
            json!("PYTHON-LANG-SEC-070"),
        ];
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for def in definitions() {
            let props: Vec<String> = def.input["properties"]
                .as_object()
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default();
            let rounds = if def.name == "scan" || def.name == "explain_finding" {
                25
            } else {
                120
            };
            for _ in 0..rounds {
                let mut args = Map::new();
                for p in &props {
                    if !rng.next().is_multiple_of(3) {
                        args.insert(p.clone(), rng.pick(&values));
                    }
                }
                if rng.next().is_multiple_of(10) {
                    args.insert("unexpected".into(), json!(1));
                }
                let answer = call(&sh, def.name, Value::Object(args.clone()));
                if let Ok(v) = answer {
                    assert!(v.is_object(), "{} {args:?}: {v}", def.name);
                }
            }
            // Not an object at all.
            assert!(
                call(&sh, def.name, json!([1, 2])).is_err() || def.input["properties"] == json!({})
            );
        }
    }

    #[test]
    fn every_schema_is_an_object_schema() {
        let defs = definitions();
        let mut names: Vec<&str> = defs.iter().map(|d| d.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), defs.len());
        for d in &defs {
            assert_eq!(d.input["type"], "object", "{}", d.name);
            assert_eq!(d.output["type"], "object", "{}", d.name);
            for r in d.input["required"].as_array().unwrap() {
                assert!(d.input["properties"].get(r.as_str().unwrap()).is_some());
            }
        }
    }
}
