//! The navigation tools: queries over an index [`Snapshot`]. Argument names follow the reference server
//! (`function`, `instruction_type`, `limit`/`cursor`, …); every list is paginated.

use crate::index::{names, Call, Snapshot, Symbol};
use pathfinder_compose::{ComposeFile, Service};
use pathfinder_dockerfile::{Dockerfile, Form, Instruction};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub const DEFAULT_LIMIT: usize = 50;
pub const MAX_LIMIT: usize = 500;

#[derive(Debug, Default, Deserialize)]
pub struct Page {
    #[serde(default)]
    pub limit: Option<usize>,
    #[serde(default)]
    pub cursor: Option<String>,
}

/// One page of `items`: `{items, total, next_cursor}`. The cursor is opaque to clients (an offset today).
pub fn page(key: &str, items: Vec<Value>, p: &Page) -> Result<Value, String> {
    let limit = p.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT);
    let start = match p.cursor.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        None => 0,
        Some(c) => c
            .strip_prefix("o")
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|&n| n <= items.len())
            .ok_or_else(|| {
                format!("invalid cursor {c:?} (pass back a next_cursor from a previous answer)")
            })?,
    };
    let total = items.len();
    let end = (start + limit).min(total);
    let next = (end < total).then(|| format!("o{end}"));
    let shown: Vec<Value> = items.into_iter().skip(start).take(limit).collect();
    Ok(json!({ key: shown, "total": total, "next_cursor": next }))
}

fn function_index(symbols: &[Symbol]) -> HashMap<String, ()> {
    symbols
        .iter()
        .filter(|s| s.kind != "class_definition")
        .map(|s| (s.fqn.clone(), ()))
        .collect()
}

pub fn index_info(snap: &Snapshot, status: Value) -> Value {
    let symbols = snap.symbols();
    let calls = snap.calls(&function_index(&symbols));
    let mut by_type: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &symbols {
        *by_type.entry(s.kind).or_default() += 1;
    }
    let mut per_module: Vec<(&str, usize)> = snap
        .python
        .iter()
        .map(|(_, m)| {
            let n = symbols.iter().filter(|s| s.module == m.module).count();
            (m.module.as_str(), n)
        })
        .collect();
    per_module.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let syntax_errors: usize = snap.python.iter().map(|(_, m)| m.syntax_errors.len()).sum();
    let services: usize = snap.compose.iter().map(|(_, c)| c.services.len()).sum();
    json!({
        "project": status["project"],
        "index": status,
        "files": {
            "python": snap.python.len(),
            "dockerfile": snap.dockerfiles.len(),
            "compose": snap.compose.len(),
            "other": snap.other,
        },
        "modules": snap.python.len(),
        "symbols": symbols.len(),
        "symbols_by_type": by_type,
        "call_edges": calls.len(),
        "resolved_call_edges": calls.iter().filter(|c| c.resolved).count(),
        "compose_services": services,
        "top_modules": per_module.iter().take(10).map(|(m, n)| json!({"module": m, "symbols": n})).collect::<Vec<_>>(),
        "health": {
            "python_files_with_syntax_errors": snap.python.iter().filter(|(_, m)| !m.syntax_errors.is_empty()).count(),
            "syntax_errors": syntax_errors,
        },
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindSymbol {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub types: Vec<String>,
    #[serde(default)]
    pub module: Option<String>,
    #[serde(default)]
    pub limit: Option<usize>,
    #[serde(default)]
    pub cursor: Option<String>,
}

pub fn find_symbol(snap: &Snapshot, a: &FindSymbol) -> Result<Value, String> {
    let mut kinds: Vec<String> = a.types.iter().map(|t| t.trim().to_string()).collect();
    kinds.extend(a.kind.iter().map(|t| t.trim().to_string()));
    let query = a.name.as_deref().unwrap_or("").trim().to_ascii_lowercase();
    let module = a.module.as_deref().unwrap_or("").trim();
    if query.is_empty() && kinds.is_empty() && module.is_empty() {
        return Err("give at least one of name, type/types or module".into());
    }
    let mut found: Vec<(u8, Symbol)> = snap
        .symbols()
        .into_iter()
        .filter(|s| kinds.is_empty() || kinds.iter().any(|k| k == s.kind))
        .filter(|s| {
            module.is_empty() || s.module == module || s.module.starts_with(&format!("{module}."))
        })
        .filter_map(|s| {
            let fqn = s.fqn.to_ascii_lowercase();
            let name = s.name.to_ascii_lowercase();
            // Exact names first, then suffixes of the FQN, then substrings.
            let rank = if query.is_empty() || name == query || fqn == query {
                0
            } else if fqn.ends_with(&format!(".{query}")) {
                1
            } else if fqn.contains(&query) {
                2
            } else {
                return None;
            };
            Some((rank, s))
        })
        .collect();
    found.sort_by(|a, b| (a.0, &a.1.fqn, &a.1.file).cmp(&(b.0, &b.1.fqn, &b.1.file)));
    page(
        "symbols",
        found.into_iter().map(|(_, s)| s.json()).collect(),
        &Page {
            limit: a.limit,
            cursor: a.cursor.clone(),
        },
    )
}

fn module_json(snap: &Snapshot, rel: &str, module: &str) -> Value {
    let symbols: Vec<Symbol> = snap
        .symbols()
        .into_iter()
        .filter(|s| s.file == rel)
        .collect();
    let count = |k: &str| symbols.iter().filter(|s| s.kind == k).count();
    let model = snap.python_model(rel);
    json!({
        "module": module,
        "file": rel,
        "symbols": symbols.len(),
        "functions": count("function_definition"),
        "classes": count("class_definition"),
        "methods": count("method") + count("constructor") + count("special_method"),
        "imports": model.map_or(0, |m| m.imports.len()),
        "lines": model.map_or(0, |m| m.lines.line_count()),
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindModule {
    pub name: String,
}

pub fn find_module(snap: &Snapshot, a: &FindModule) -> Result<Value, String> {
    let q = a.name.trim();
    let matches: Vec<Value> = snap
        .python
        .iter()
        .filter(|(_, m)| names(&m.module, q) || m.module.rsplit('.').next() == Some(q))
        .map(|(rel, m)| module_json(snap, rel, &m.module))
        .collect();
    if matches.is_empty() {
        return Err(format!("no Python module named {q:?} in the project"));
    }
    Ok(json!({ "modules": matches }))
}

pub fn list_modules(snap: &Snapshot, p: &Page) -> Result<Value, String> {
    let items = snap
        .python
        .iter()
        .map(|(rel, m)| json!({"module": m.module, "file": rel}))
        .collect();
    page("modules", items, p)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FunctionQuery {
    pub function: String,
    #[serde(default)]
    pub limit: Option<usize>,
    #[serde(default)]
    pub cursor: Option<String>,
}

fn call_json(c: &Call) -> Value {
    json!({
        "caller": c.caller,
        "caller_is_module": c.caller_is_module,
        "file": c.file,
        "line": c.line,
        "column": c.column,
        "callee": c.callee,
        "target": c.target,
        "resolved": c.resolved,
    })
}

/// Function symbols a (short or qualified) name can mean.
fn functions_named<'s>(symbols: &'s [Symbol], q: &str) -> Vec<&'s Symbol> {
    symbols
        .iter()
        .filter(|s| s.kind != "class_definition" && names(&s.fqn, q))
        .collect()
}

pub fn get_callers(snap: &Snapshot, a: &FunctionQuery) -> Result<Value, String> {
    let q = a.function.trim();
    if q.is_empty() {
        return Err("`function` is empty".into());
    }
    let symbols = snap.symbols();
    let targets: Vec<String> = functions_named(&symbols, q)
        .iter()
        .map(|s| s.fqn.clone())
        .collect();
    let calls = snap.calls(&function_index(&symbols));
    // A call resolved to one of the matching definitions, or (unresolved) written with that name.
    let items: Vec<Value> = calls
        .iter()
        .filter(|c| targets.contains(&c.target) || (!c.resolved && names(&c.target, q)))
        .map(call_json)
        .collect();
    let mut out = page(
        "callers",
        items,
        &Page {
            limit: a.limit,
            cursor: a.cursor.clone(),
        },
    )?;
    out["function"] = json!(q);
    out["definitions"] = json!(targets);
    Ok(out)
}

pub fn get_callees(snap: &Snapshot, a: &FunctionQuery) -> Result<Value, String> {
    let q = a.function.trim();
    let symbols = snap.symbols();
    let defs = functions_named(&symbols, q);
    if defs.is_empty() {
        return Err(format!(
            "no function or method named {q:?} in the project (find_symbol lists them)"
        ));
    }
    let fqns: BTreeSet<&str> = defs.iter().map(|s| s.fqn.as_str()).collect();
    let calls = snap.calls(&function_index(&symbols));
    let items: Vec<Value> = calls
        .iter()
        .filter(|c| !c.caller_is_module && fqns.contains(c.caller.as_str()))
        .map(|c| {
            let mut v = call_json(c);
            if let Some(site) = snap
                .python_model(&c.file)
                .and_then(|m| m.calls.get(c.index))
            {
                v["receiver_type"] = json!(site.receiver_type);
                v["arguments"] = json!(site.args.len());
            }
            v
        })
        .collect();
    let mut out = page(
        "callees",
        items,
        &Page {
            limit: a.limit,
            cursor: a.cursor.clone(),
        },
    )?;
    out["function"] = json!(q);
    out["definitions"] = json!(fqns);
    Ok(out)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallDetails {
    pub caller: String,
    pub callee: String,
}

fn variant_name(debug: String) -> String {
    let head = debug
        .split(['(', ' ', '{'])
        .next()
        .unwrap_or("")
        .to_string();
    let mut out = String::new();
    for (i, ch) in head.chars().enumerate() {
        if ch.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(ch.to_lowercase());
    }
    out
}

pub fn get_call_details(snap: &Snapshot, a: &CallDetails) -> Result<Value, String> {
    let symbols = snap.symbols();
    let callers: BTreeSet<String> = functions_named(&symbols, a.caller.trim())
        .iter()
        .map(|s| s.fqn.clone())
        .collect();
    let calls = snap.calls(&function_index(&symbols));
    let callee = a.callee.trim();
    let mut sites = Vec::new();
    for c in calls.iter().filter(|c| {
        callers.contains(&c.caller)
            && (names(&c.target, callee) || names(&c.callee, callee) || c.callee == callee)
    }) {
        let Some(m) = snap.python_model(&c.file) else {
            continue;
        };
        let Some(site) = m.calls.get(c.index) else {
            continue;
        };
        let text = |s: pathfinder_python::Span| {
            m.source
                .get(s.start as usize..s.end as usize)
                .unwrap_or("")
                .to_string()
        };
        let args: Vec<Value> = site
            .args
            .iter()
            .map(|arg| {
                json!({
                    "position": arg.position,
                    "keyword": arg.keyword,
                    "text": text(arg.span),
                    "kind": variant_name(format!("{:?}", arg.kind)),
                    "names": arg.names,
                })
            })
            .collect();
        let mut v = call_json(c);
        v["code"] = json!(text(site.span));
        v["receiver"] = json!(site.receiver);
        v["receiver_type"] = json!(site.receiver_type);
        v["arguments"] = json!(args);
        v["star_args"] = json!(site.star_args_at.is_some());
        v["star_kwargs"] = json!(site.has_star_kwargs);
        v["resolution"] = json!(if c.resolved {
            "project function"
        } else if site.fqn.is_some() {
            "resolved outside the project"
        } else {
            "unresolved"
        });
        sites.push(v);
    }
    if callers.is_empty() {
        return Err(format!(
            "no function or method named {:?} in the project",
            a.caller.trim()
        ));
    }
    Ok(json!({ "caller": a.caller.trim(), "callee": callee, "calls": sites }))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResolveImport {
    pub import_path: String,
}

pub fn resolve_import(snap: &Snapshot, a: &ResolveImport) -> Result<Value, String> {
    let q = a.import_path.trim().trim_start_matches('.');
    if q.is_empty() {
        return Err("`import_path` is empty".into());
    }
    // The longest module prefix of the dotted path; the rest names something inside it.
    let mut parts: Vec<&str> = q.split('.').collect();
    let mut rest = Vec::new();
    while !parts.is_empty() {
        let module = parts.join(".");
        let hit = snap
            .python
            .iter()
            .find(|(_, m)| m.module == module || m.module == format!("{module}.__init__"));
        if let Some((rel, m)) = hit {
            rest.reverse();
            let symbol = (!rest.is_empty()).then(|| rest.join("."));
            let definition = symbol.as_ref().and_then(|s| {
                snap.symbols()
                    .into_iter()
                    .find(|d| d.fqn == format!("{}.{s}", m.module))
                    .map(|d| d.json())
            });
            return Ok(json!({
                "import_path": q,
                "resolved": true,
                "module": m.module,
                "file": rel,
                "symbol": symbol,
                "definition": definition,
            }));
        }
        rest.push(parts.pop().unwrap_or_default());
    }
    Ok(json!({
        "import_path": q,
        "resolved": false,
        "note": "not a module of this project (standard library or a third-party package)",
    }))
}

// ---- Dockerfiles ----

fn instruction_json(file: &str, d: &Dockerfile, i: &Instruction) -> Value {
    let stage = i.stage.and_then(|s| d.stages.get(s));
    let mut v = json!({
        "file": file,
        "line": i.line,
        "end_line": i.end_line,
        "instruction": i.keyword,
        "arguments": i.args,
        "stage": i.stage,
        "stage_name": stage.and_then(|s| s.name.clone()),
    });
    if !i.flags.is_empty() {
        v["flags"] = i
            .flags
            .iter()
            .map(|f| json!({"name": f.name, "value": f.value}))
            .collect();
    }
    if let Form::Exec(items) = &i.form {
        v["exec_form"] = json!(items);
    }
    if i.keyword == "FROM" {
        if let Some(img) = stage.and_then(|s| s.image.as_ref()) {
            v["image"] = json!({"name": img.name, "tag": img.tag, "digest": img.digest});
        }
    }
    if i.keyword == "EXPOSE" {
        v["ports"] = json!(exposed_ports(i));
    }
    v
}

fn exposed_ports(i: &Instruction) -> Vec<String> {
    i.args.split_whitespace().map(str::to_string).collect()
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DockerfileFilter {
    #[serde(default)]
    pub instruction_type: Option<String>,
    #[serde(default)]
    pub file_path: Option<String>,
    #[serde(default)]
    pub base_image: Option<String>,
    #[serde(default)]
    pub port: Option<u32>,
    #[serde(default)]
    pub has_digest: Option<bool>,
    #[serde(default)]
    pub user: Option<String>,
    #[serde(default)]
    pub limit: Option<usize>,
    #[serde(default)]
    pub cursor: Option<String>,
}

pub fn find_dockerfile_instructions(
    snap: &Snapshot,
    a: &DockerfileFilter,
) -> Result<Value, String> {
    let kind = a
        .instruction_type
        .as_deref()
        .map(|k| k.trim().to_ascii_uppercase());
    let mut items = Vec::new();
    for (rel, d) in &snap.dockerfiles {
        if a.file_path.as_deref().is_some_and(|f| f.trim() != rel) {
            continue;
        }
        for i in &d.instructions {
            if kind.as_deref().is_some_and(|k| k != i.keyword) {
                continue;
            }
            let stage = i.stage.and_then(|s| d.stages.get(s));
            let image = stage.and_then(|s| s.image.as_ref());
            if let Some(base) = &a.base_image {
                if i.keyword != "FROM" || !image.is_some_and(|img| img.name.contains(base.trim())) {
                    continue;
                }
            }
            if let Some(want) = a.has_digest {
                if i.keyword != "FROM" || image.is_some_and(|img| img.digest.is_some()) != want {
                    continue;
                }
            }
            if let Some(port) = a.port {
                let p = port.to_string();
                if i.keyword != "EXPOSE"
                    || !exposed_ports(i)
                        .iter()
                        .any(|e| e.split('/').next() == Some(p.as_str()))
                {
                    continue;
                }
            }
            if let Some(user) = &a.user {
                if i.keyword != "USER" || i.args.trim().split(':').next() != Some(user.trim()) {
                    continue;
                }
            }
            items.push(instruction_json(rel, d, i));
        }
    }
    page(
        "instructions",
        items,
        &Page {
            limit: a.limit,
            cursor: a.cursor.clone(),
        },
    )
}

fn stage_json(d: &Dockerfile, s: &pathfinder_dockerfile::Stage) -> Value {
    let line = d.instructions.get(s.from).map(|i| i.line);
    json!({
        "index": s.index,
        "name": s.name,
        "line": line,
        "image": s.image.as_ref().map(|i| json!({"name": i.name, "tag": i.tag, "digest": i.digest})),
        "scratch": s.scratch,
        "parent_stage": s.parent,
        "copies_from": copies_from(d, s.index),
    })
}

/// Stages (by index) and images a stage copies files from with `COPY --from`.
fn copies_from(d: &Dockerfile, stage: usize) -> Vec<String> {
    let mut out: Vec<String> = d
        .instructions
        .iter()
        .filter(|i| i.stage == Some(stage) && i.keyword == "COPY")
        .flat_map(|i| i.flags.iter().filter(|f| f.name == "from"))
        .filter_map(|f| f.value.clone())
        .collect();
    out.dedup();
    out
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileArg {
    pub file_path: String,
}

pub fn get_dockerfile_details(snap: &Snapshot, rel: &str) -> Result<Value, String> {
    let Some((_, d)) = snap.dockerfiles.iter().find(|(r, _)| r == rel) else {
        return Err(format!(
            "{} is not a Dockerfile of this project",
            crate::project::escape(rel)
        ));
    };
    Ok(json!({
        "file": rel,
        "instructions": d.instructions.iter().map(|i| instruction_json(rel, d, i)).collect::<Vec<_>>(),
        "stages": d.stages.iter().map(|s| stage_json(d, s)).collect::<Vec<_>>(),
        "multi_stage": d.stages.len() > 1,
        "problems": d.problems.iter().map(|p| json!({"line": p.line, "column": p.column, "message": p.message})).collect::<Vec<_>>(),
    }))
}

// ---- compose ----

fn scalar(c: &ComposeFile, s: &Service, key: &str) -> Option<String> {
    s.get(&c.yaml, key)
        .and_then(|(_, v)| c.yaml.scalar(v).map(str::to_string))
}

fn depends_on(c: &ComposeFile, s: &Service) -> Vec<String> {
    let Some((_, v)) = s.get(&c.yaml, "depends_on") else {
        return Vec::new();
    };
    if c.yaml.is_map(v) {
        c.yaml.entries(v).into_iter().map(|(k, _, _)| k).collect()
    } else {
        pathfinder_compose::items(&c.yaml, v)
            .into_iter()
            .map(|i| i.text)
            .collect()
    }
}

fn service_json(file: &str, c: &ComposeFile, s: &Service) -> Value {
    let y = &c.yaml;
    let ports: Vec<Value> = s
        .get(y, "ports")
        .map(|(_, v)| pathfinder_compose::ports(y, v))
        .unwrap_or_default()
        .iter()
        .map(|p| {
            json!({
                "host_ip": p.host_ip,
                "published": p.published.map(|(a, b)| if a == b { a.to_string() } else { format!("{a}-{b}") }),
                "target": p.target.map(|(a, b)| if a == b { a.to_string() } else { format!("{a}-{b}") }),
                "protocol": p.protocol,
            })
        })
        .collect();
    let volumes: Vec<Value> = s
        .get(y, "volumes")
        .map(|(_, v)| pathfinder_compose::volumes(y, v))
        .unwrap_or_default()
        .iter()
        .map(|v| json!({"type": v.kind, "source": v.source, "target": v.target}))
        .collect();
    let build = s.get(y, "build").map(|(_, v)| {
        y.scalar(v)
            .map(str::to_string)
            .or_else(|| {
                y.get(v, "context")
                    .and_then(|(_, c)| y.scalar(c).map(str::to_string))
            })
            .unwrap_or_default()
    });
    json!({
        "name": s.name,
        "file": file,
        "line": y.node(s.key).line,
        "image": scalar(c, s, "image"),
        "build": build,
        "privileged": scalar(c, s, "privileged").is_some_and(|v| v.eq_ignore_ascii_case("true")),
        "user": scalar(c, s, "user"),
        "network_mode": scalar(c, s, "network_mode"),
        "ports": ports,
        "volumes": volumes,
        "depends_on": depends_on(c, s),
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComposeFilter {
    #[serde(default)]
    pub service_name: Option<String>,
    #[serde(default)]
    pub file_path: Option<String>,
    #[serde(default)]
    pub privileged: Option<bool>,
    #[serde(default)]
    pub port: Option<u32>,
    #[serde(default)]
    pub volume: Option<String>,
    #[serde(default)]
    pub limit: Option<usize>,
    #[serde(default)]
    pub cursor: Option<String>,
}

pub fn find_compose_services(snap: &Snapshot, a: &ComposeFilter) -> Result<Value, String> {
    let mut items = Vec::new();
    for (rel, c) in &snap.compose {
        if a.file_path.as_deref().is_some_and(|f| f.trim() != rel) {
            continue;
        }
        for s in &c.services {
            if a.service_name
                .as_deref()
                .is_some_and(|n| n.trim() != s.name)
            {
                continue;
            }
            let v = service_json(rel, c, s);
            if a.privileged.is_some_and(|p| v["privileged"] != json!(p)) {
                continue;
            }
            if let Some(port) = a.port {
                let p = port.to_string();
                let hit = v["ports"].as_array().is_some_and(|ps| {
                    ps.iter()
                        .any(|x| x["published"] == json!(p) || x["target"] == json!(p))
                });
                if !hit {
                    continue;
                }
            }
            if let Some(vol) = &a.volume {
                let hit = v["volumes"].as_array().is_some_and(|vs| {
                    vs.iter().any(|x| {
                        [&x["source"], &x["target"]]
                            .iter()
                            .any(|s| s.as_str().is_some_and(|s| s.contains(vol.trim())))
                    })
                });
                if !hit {
                    continue;
                }
            }
            items.push(v);
        }
    }
    page(
        "services",
        items,
        &Page {
            limit: a.limit,
            cursor: a.cursor.clone(),
        },
    )
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dependencies {
    /// `compose` (services) or `dockerfile` (build stages).
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub file_path: Option<String>,
    /// `upstream`, `downstream` or `both` (default).
    #[serde(default)]
    pub direction: Option<String>,
    #[serde(default)]
    pub max_depth: Option<usize>,
}

/// Upstream (what `name` needs) and downstream (what needs `name`) over a dependency graph.
fn traverse(
    edges: &BTreeMap<String, Vec<String>>,
    start: &str,
    direction: &str,
    max_depth: usize,
) -> Value {
    let walk = |next: &dyn Fn(&str) -> Vec<String>| {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut out = Vec::new();
        let mut frontier = vec![start.to_string()];
        for depth in 1..=max_depth {
            let mut nextf = Vec::new();
            for n in &frontier {
                for m in next(n) {
                    if m != start && seen.insert(m.clone()) {
                        out.push(json!({"name": m, "depth": depth, "via": n}));
                        nextf.push(m);
                    }
                }
            }
            if nextf.is_empty() {
                break;
            }
            frontier = nextf;
        }
        out
    };
    let up = |n: &str| edges.get(n).cloned().unwrap_or_default();
    let down = |n: &str| {
        edges
            .iter()
            .filter(|(_, deps)| deps.iter().any(|d| d == n))
            .map(|(k, _)| k.clone())
            .collect()
    };
    let mut v = json!({});
    if direction != "downstream" {
        v["upstream"] = json!(walk(&up));
    }
    if direction != "upstream" {
        v["downstream"] = json!(walk(&down));
    }
    v
}

pub fn get_docker_dependencies(snap: &Snapshot, a: &Dependencies) -> Result<Value, String> {
    let direction = a.direction.as_deref().unwrap_or("both").trim();
    if !matches!(direction, "upstream" | "downstream" | "both") {
        return Err(format!(
            "direction {direction:?}: expected upstream, downstream or both"
        ));
    }
    let depth = a.max_depth.unwrap_or(10).clamp(1, 100);
    let name = a.name.trim();
    let file = a.file_path.as_deref().map(str::trim);
    match a.kind.trim() {
        "compose" | "service" => {
            for (rel, c) in &snap.compose {
                if file.is_some_and(|f| f != rel) || !c.services.iter().any(|s| s.name == name) {
                    continue;
                }
                let edges: BTreeMap<String, Vec<String>> = c
                    .services
                    .iter()
                    .map(|s| (s.name.clone(), depends_on(c, s)))
                    .collect();
                let mut v = traverse(&edges, name, direction, depth);
                v["type"] = json!("compose");
                v["name"] = json!(name);
                v["file"] = json!(rel);
                return Ok(v);
            }
            Err(format!("no compose service named {name:?}"))
        }
        "dockerfile" | "stage" => {
            for (rel, d) in &snap.dockerfiles {
                if file.is_some_and(|f| f != rel) {
                    continue;
                }
                let label = |i: usize| {
                    d.stages
                        .get(i)
                        .and_then(|s| s.name.clone())
                        .unwrap_or_else(|| i.to_string())
                };
                let Some(stage) = d
                    .stages
                    .iter()
                    .find(|s| s.name.as_deref() == Some(name) || s.index.to_string() == name)
                else {
                    continue;
                };
                // A stage depends on its parent stage (FROM other-stage) and on stages it copies from.
                let edges: BTreeMap<String, Vec<String>> = d
                    .stages
                    .iter()
                    .map(|s| {
                        let mut deps: Vec<String> = s.parent.map(label).into_iter().collect();
                        for from in copies_from(d, s.index) {
                            let dep = d
                                .stages
                                .iter()
                                .find(|o| {
                                    o.name.as_deref() == Some(from.as_str())
                                        || o.index.to_string() == from
                                })
                                .map_or(from.clone(), |o| label(o.index));
                            if !deps.contains(&dep) {
                                deps.push(dep);
                            }
                        }
                        if let (None, Some(img)) = (s.parent, &s.image) {
                            deps.push(format!("image:{}", img.name));
                        }
                        (label(s.index), deps)
                    })
                    .collect();
                let mut v = traverse(&edges, &label(stage.index), direction, depth);
                v["type"] = json!("dockerfile");
                v["name"] = json!(label(stage.index));
                v["file"] = json!(rel);
                return Ok(v);
            }
            Err(format!("no build stage named {name:?}"))
        }
        other => Err(format!(
            "type {other:?}: expected compose (services) or dockerfile (build stages)"
        )),
    }
}
