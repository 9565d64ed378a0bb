//! The navigation tools: queries over an index [`Snapshot`]. Argument names follow the reference server
//! (`function`, `limit`/`cursor`, …); every list is paginated. Dockerfiles and compose are in
//! [`crate::containers`].

use crate::index::{names, Call, Snapshot, Symbol};
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
    // A Go package spans the files of its directory: each module counted once.
    let modules: BTreeSet<&str> = snap.code().map(|(_, _, m)| m.module.as_str()).collect();
    let mut per_module: Vec<(&str, usize)> = modules
        .iter()
        .map(|&module| {
            let n = symbols.iter().filter(|s| s.module == module).count();
            (module, n)
        })
        .collect();
    per_module.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let syntax_errors: usize = snap.code().map(|(_, _, m)| m.syntax_errors.len()).sum();
    let services: usize = snap.compose.iter().map(|(_, c)| c.services.len()).sum();
    json!({
        "project": status["project"],
        "index": status,
        "files": {
            "python": snap.python.len(),
            "go": snap.go.len(),
            "dockerfile": snap.dockerfiles.len(),
            "compose": snap.compose.len(),
            "other": snap.other,
        },
        "modules": modules.len(),
        "go_packages": snap.go.iter().map(|(_, m)| m.module.as_str()).collect::<BTreeSet<_>>().len(),
        "symbols": symbols.len(),
        "symbols_by_type": by_type,
        "call_edges": calls.len(),
        "resolved_call_edges": calls.iter().filter(|c| c.resolved).count(),
        "compose_services": services,
        "top_modules": per_module.iter().take(10).map(|(m, n)| json!({"module": m, "symbols": n})).collect::<Vec<_>>(),
        "health": {
            "python_files_with_syntax_errors": snap.python.iter().filter(|(_, m)| !m.syntax_errors.is_empty()).count(),
            "go_files_with_syntax_errors": snap.go.iter().filter(|(_, m)| !m.syntax_errors.is_empty()).count(),
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
            module.is_empty()
                || s.module == module
                || s.module.starts_with(&format!("{module}."))
                || s.module.starts_with(&format!("{module}/"))
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

fn module_json(snap: &Snapshot, language: &str, rel: &str, module: &str) -> Value {
    let symbols: Vec<Symbol> = snap
        .symbols()
        .into_iter()
        .filter(|s| s.file == rel)
        .collect();
    let count = |k: &str| symbols.iter().filter(|s| s.kind == k).count();
    let model = snap.code_model(rel);
    json!({
        "module": module,
        "language": language,
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
    // Python modules by dotted name; Go packages by import path or its last element.
    let matches: Vec<Value> = snap
        .code()
        .filter(|(language, _, m)| {
            names(&m.module, q)
                || m.module.rsplit('.').next() == Some(q)
                || (*language == "go" && m.module.rsplit('/').next() == Some(q))
        })
        .map(|(language, rel, m)| module_json(snap, language, rel, &m.module))
        .collect();
    if matches.is_empty() {
        return Err(format!(
            "no Python module or Go package named {q:?} in the project"
        ));
    }
    Ok(json!({ "modules": matches }))
}

pub fn list_modules(snap: &Snapshot, p: &Page) -> Result<Value, String> {
    let items = snap
        .code()
        .map(|(language, rel, m)| json!({"module": m.module, "file": rel, "language": language}))
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
            if let Some(site) = snap.code_model(&c.file).and_then(|m| m.calls.get(c.index)) {
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
        let Some(m) = snap.code_model(&c.file) else {
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
    // A Go import path names a package (its files); `<package>.<Name>` something inside it.
    if let Some(found) = resolve_go_import(snap, q) {
        return Ok(found);
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

fn resolve_go_import(snap: &Snapshot, q: &str) -> Option<Value> {
    let q = q.trim_matches('"');
    let (package, symbol) = if snap.go.iter().any(|(_, m)| m.module == q) {
        (q, None)
    } else {
        // `pkg.Name` or `pkg.Type.Method`: the package path is everything before the first dot after the
        // last slash.
        let last = q.rfind('/').map_or(0, |i| i + 1);
        let dot = q[last..].find('.').map(|i| last + i)?;
        (&q[..dot], Some(&q[dot + 1..]))
    };
    let files: Vec<&String> = snap
        .go
        .iter()
        .filter(|(_, m)| m.module == package)
        .map(|(rel, _)| rel)
        .collect();
    if files.is_empty() {
        return None;
    }
    let definition = symbol.and_then(|s| {
        snap.symbols()
            .into_iter()
            .find(|d| d.language == "go" && d.fqn == format!("{package}.{s}"))
    });
    Some(json!({
        "import_path": q,
        "resolved": true,
        "language": "go",
        "module": package,
        "file": definition.as_ref().map_or(files[0].as_str(), |d| d.file.as_str()),
        "files": files,
        "symbol": symbol,
        "definition": definition.map(|d| d.json()),
    }))
}
