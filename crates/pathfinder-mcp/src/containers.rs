//! The Dockerfile and docker-compose navigation tools: instructions, build stages, services and the
//! dependencies between them, over an index [`Snapshot`].

use crate::index::Snapshot;
use crate::nav::{page, Page};
use pathfinder_compose::{ComposeFile, Service};
use pathfinder_dockerfile::{Dockerfile, Form, Instruction};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

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
