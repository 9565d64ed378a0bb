//! docker-compose front end: the file's YAML as a tree with a position for every value ([`yaml`]), its
//! services, and the typed views rules judge: environment (list or map), volumes and ports (short and long
//! syntax).
//!
//! YAML comes from `saphyr-parser`'s event API (it reports a span for every event, which the serde-based
//! loaders do not expose). Anchors, aliases and merge keys (`<<: *defaults`, `<<: [*a, *b]`) are resolved;
//! alias expansion is bounded (see [`yaml`]). Invalid YAML, an alias bomb or a top level that is not a
//! mapping give a [`Problem`] and no services; the parse never panics.

#[cfg(test)]
mod tests;
pub mod yaml;

pub use yaml::{Kind, Node, NodeId, Yaml};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ComposeFile {
    pub yaml: Yaml,
    pub services: Vec<Service>,
    /// `(line, text)` of `#` comments (fixture annotations).
    pub comments: Vec<(u32, String)>,
    pub problems: Vec<Problem>,
}

/// Something odd in the input; the parse went on (the message-at-a-position type every front end shares).
pub use pathfinder_findings::Problem;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    pub name: String,
    /// The service's key under `services:` (where service-level findings are reported).
    pub key: NodeId,
    /// Its definition (a mapping, or a null scalar for `web:` with nothing under it).
    pub value: NodeId,
    /// Definitions of the services it `extends` in the same file, nearest first.
    pub extends: Vec<NodeId>,
}

/// How long an `extends` chain may be (it may also loop).
const MAX_EXTENDS: usize = 16;

/// Parses a compose file. Never fails: problems are recorded in [`ComposeFile::problems`].
pub fn parse(source: &str) -> ComposeFile {
    let mut file = ComposeFile {
        comments: comments(source),
        ..ComposeFile::default()
    };
    // The YAML parser is third-party code: if it ever panics on hostile input, that is a problem with
    // this file, not the end of the scan.
    let parsed = std::panic::catch_unwind(|| yaml::parse(source)).unwrap_or_else(|_| {
        Err(yaml::YamlError {
            line: 1,
            column: 1,
            message: "the YAML parser failed on this input".into(),
            bomb: false,
        })
    });
    let y = match parsed {
        Ok(y) => y,
        Err(e) => {
            file.problems.push(Problem {
                line: e.line.max(1),
                column: e.column.max(1),
                message: if e.bomb {
                    format!("{}; the file was not checked", e.message)
                } else {
                    format!("invalid YAML: {}", e.message)
                },
            });
            return file;
        }
    };
    let Some(root) = y.root else {
        file.yaml = y;
        return file;
    };
    if !y.is_map(root) {
        if !y.is_null(root) {
            let n = y.node(root);
            file.problems.push(Problem {
                line: n.line,
                column: n.column,
                message: "not a compose file: the top level is not a mapping".into(),
            });
        }
        file.yaml = y;
        return file;
    }
    let services = match y.get(root, "services") {
        Some((_, s)) => y.entries(s),
        // Compose file format 1: services at the top level.
        None => y
            .entries(root)
            .into_iter()
            .filter(|(_, _, v)| {
                y.is_map(*v) && (y.get(*v, "image").is_some() || y.get(*v, "build").is_some())
            })
            .collect(),
    };
    let by_name: std::collections::HashMap<&str, NodeId> = services
        .iter()
        .map(|(name, _, value)| (name.as_str(), *value))
        .collect();
    // `extends: base` or `extends: {service: base}` without `file:` (another file is not read).
    let parent = |value: NodeId| -> Option<NodeId> {
        let (_, e) = y.get(value, "extends")?;
        let name = match y.scalar(e) {
            Some(name) => name,
            None if y.get(e, "file").is_some() => return None,
            None => y.scalar(y.get(e, "service")?.1)?,
        };
        by_name.get(name).copied()
    };
    file.services = services
        .iter()
        .map(|(name, key, value)| {
            let mut extends = Vec::new();
            let mut cur = *value;
            while let Some(p) = parent(cur) {
                if p == *value || extends.contains(&p) || extends.len() >= MAX_EXTENDS {
                    break;
                }
                extends.push(p);
                cur = p;
            }
            Service {
                name: name.clone(),
                key: *key,
                value: *value,
                extends,
            }
        })
        .collect();
    file.yaml = y;
    file
}

impl Service {
    /// A key of the service, `.`-separated for nested keys (`deploy.resources`), merge keys followed;
    /// a key the service does not set comes from the service it `extends` (the service's own value
    /// wins as a whole: lists are not concatenated).
    pub fn get(&self, y: &Yaml, path: &str) -> Option<(NodeId, NodeId)> {
        std::iter::once(self.value)
            .chain(self.extends.iter().copied())
            .find_map(|definition| {
                let mut cur = definition;
                let mut found = None;
                for part in path.split('.') {
                    let (k, v) = y.get(cur, part)?;
                    found = Some((k, v));
                    cur = v;
                }
                found
            })
    }
}

/// One element of a value as text, for `contains`/`equals`-style checks: a scalar is itself; a sequence
/// gives its elements; a mapping gives `key=value` (as `environment` and `labels` are written in list
/// form); nested mappings in a sequence give their scalar values (`volumes` long syntax `source`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub text: String,
    pub node: NodeId,
    /// A plain (unquoted) scalar.
    pub plain: bool,
}

/// How deep [`items`] looks into nested values.
const MAX_ITEM_DEPTH: u32 = 8;

pub fn items(y: &Yaml, node: NodeId) -> Vec<Item> {
    let mut out = Vec::new();
    items_at(y, node, 0, &mut out);
    out
}

fn items_at(y: &Yaml, node: NodeId, depth: u32, out: &mut Vec<Item>) {
    if depth > MAX_ITEM_DEPTH {
        return;
    }
    match &y.node(node).kind {
        Kind::Scalar { value, plain } => out.push(Item {
            text: interpolate(value),
            node,
            plain: *plain,
        }),
        Kind::Seq(elements) => {
            for e in elements {
                items_at(y, *e, depth + 1, out);
            }
        }
        Kind::Map(_) => {
            for (k, _, v) in y.entries(node) {
                match &y.node(v).kind {
                    Kind::Scalar { value, .. } if depth == 0 => out.push(Item {
                        text: if y.is_null(v) {
                            k
                        } else {
                            format!("{k}={}", interpolate(value))
                        },
                        node: v,
                        plain: false,
                    }),
                    _ => items_at(y, v, depth + 1, out),
                }
            }
        }
    }
}

/// An environment variable, from `environment:` as a list (`- KEY=value`) or a mapping (`KEY: value`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvVar {
    pub name: String,
    pub value: Option<String>,
    pub node: NodeId,
}

pub fn environment(y: &Yaml, node: NodeId) -> Vec<EnvVar> {
    match &y.node(node).kind {
        Kind::Seq(elements) => elements
            .iter()
            .filter_map(|e| {
                let text = interpolate(y.scalar(*e)?);
                let text = text.as_str();
                let (name, value) = match text.split_once('=') {
                    Some((n, v)) => (n, Some(v.to_string())),
                    None => (text, None),
                };
                Some(EnvVar {
                    name: name.trim().to_string(),
                    value,
                    node: *e,
                })
            })
            .collect(),
        Kind::Map(_) => y
            .entries(node)
            .into_iter()
            .map(|(name, k, v)| EnvVar {
                name,
                value: (!y.is_null(v)).then(|| y.scalar(v).unwrap_or("").to_string()),
                node: if y.is_null(v) { k } else { v },
            })
            .collect(),
        Kind::Scalar { .. } => Vec::new(),
    }
}

/// A `volumes:` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Volume {
    /// `bind`, `volume`, `tmpfs`, `npipe`, … (short syntax: `bind` for a path, `volume` for a name).
    pub kind: String,
    pub source: Option<String>,
    pub target: Option<String>,
    pub node: NodeId,
}

pub fn volumes(y: &Yaml, node: NodeId) -> Vec<Volume> {
    let Kind::Seq(elements) = &y.node(node).kind else {
        return Vec::new();
    };
    elements
        .iter()
        .filter_map(|e| match &y.node(*e).kind {
            Kind::Scalar { value, .. } => Some(short_volume(&interpolate(value), *e)),
            Kind::Map(_) => {
                let text = |k: &str| {
                    y.get(*e, k)
                        .and_then(|(_, v)| y.scalar(v))
                        .map(str::to_string)
                };
                let source = text("source");
                let kind = text("type").unwrap_or_else(|| {
                    if source.as_deref().is_some_and(is_path) {
                        "bind".into()
                    } else {
                        "volume".into()
                    }
                });
                Some(Volume {
                    kind,
                    source,
                    target: text("target"),
                    node: *e,
                })
            }
            Kind::Seq(_) => None,
        })
        .collect()
}

fn is_path(s: &str) -> bool {
    s.starts_with(['/', '.', '~', '$', '\\']) || has_drive(s)
}

fn has_drive(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && (b[2] == b'\\' || b[2] == b'/')
}

fn short_volume(spec: &str, node: NodeId) -> Volume {
    // `C:\data:/data` keeps its drive letter.
    let (drive, rest) = if has_drive(spec) {
        spec.split_at(2)
    } else {
        ("", spec)
    };
    let parts: Vec<&str> = rest.split(':').collect();
    let (source, target) = match parts.as_slice() {
        [target] => (None, Some(format!("{drive}{target}"))),
        [source, target, ..] => (Some(format!("{drive}{source}")), Some(target.to_string())),
        [] => (None, None),
    };
    let kind = if source.as_deref().is_some_and(is_path) {
        "bind"
    } else {
        "volume"
    };
    Volume {
        kind: kind.into(),
        source,
        target,
        node,
    }
}

/// A `ports:` entry; ports are inclusive ranges (`8000-8010`), a single port is `(p, p)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Port {
    pub host_ip: Option<String>,
    pub published: Option<(u32, u32)>,
    pub target: Option<(u32, u32)>,
    pub protocol: Option<String>,
    pub node: NodeId,
}

pub fn ports(y: &Yaml, node: NodeId) -> Vec<Port> {
    let Kind::Seq(elements) = &y.node(node).kind else {
        return Vec::new();
    };
    elements
        .iter()
        .filter_map(|e| match &y.node(*e).kind {
            Kind::Scalar { value, .. } => Some(short_port(&interpolate(value), *e)),
            Kind::Map(_) => {
                let text = |k: &str| {
                    y.get(*e, k)
                        .and_then(|(_, v)| y.scalar(v))
                        .map(str::to_string)
                };
                Some(Port {
                    host_ip: text("host_ip"),
                    published: text("published").and_then(|p| port_range(&p)),
                    target: text("target").and_then(|p| port_range(&p)),
                    protocol: text("protocol"),
                    node: *e,
                })
            }
            Kind::Seq(_) => None,
        })
        .collect()
}

fn short_port(spec: &str, node: NodeId) -> Port {
    let (spec, protocol) = match spec.rsplit_once('/') {
        Some((s, p)) => (s, Some(p.to_string())),
        None => (spec, None),
    };
    // `[::1]:8080:80`
    let (host_ip, rest) = match spec.strip_prefix('[').and_then(|s| s.split_once(']')) {
        Some((ip, rest)) => (Some(ip.to_string()), rest.trim_start_matches(':')),
        None => (None, spec),
    };
    let parts: Vec<&str> = rest.split(':').collect();
    let (ip, published, target) = match parts.as_slice() {
        [target] => (None, None, Some(*target)),
        [published, target] => (None, Some(*published), Some(*target)),
        [ip, published, target] => (Some(ip.to_string()), Some(*published), Some(*target)),
        _ => (None, None, None),
    };
    Port {
        host_ip: host_ip.or(ip),
        published: published.and_then(port_range),
        target: target.and_then(port_range),
        protocol,
        node,
    }
}

/// `80` or `8000-8010`.
pub fn port_range(s: &str) -> Option<(u32, u32)> {
    let s = s.trim();
    match s.split_once('-') {
        Some((a, b)) => Some((a.trim().parse().ok()?, b.trim().parse().ok()?)),
        None => {
            let p = s.parse().ok()?;
            Some((p, p))
        }
    }
}

/// `#` comments: a `#` at the start of a line or after a blank, outside quotes on that line.
pub fn comments(source: &str) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let mut quote: Option<char> = None;
        let mut prev_blank = true;
        for (pos, c) in line.char_indices() {
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if (c == '"' || c == '\'') && prev_blank => quote = Some(c),
                None if c == '#' && prev_blank => {
                    out.push((i as u32 + 1, line[pos..].trim_end().to_string()));
                    break;
                }
                None => {}
            }
            prev_blank = c.is_whitespace() || (quote.is_none() && matches!(c, '[' | '{' | ','));
        }
    }
    out
}

/// Compose interpolation where the result does not depend on the environment: `${VAR:-default}` and
/// `${VAR-default}` become the default (what runs when the variable is unset), `$$` is a literal `$`.
/// Anything else (`$VAR`, `${VAR}`, `${VAR:?err}`) is kept as written.
pub fn interpolate(s: &str) -> String {
    if !s.contains('$') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('$') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        if let Some(after) = rest.strip_prefix("$$") {
            out.push('$');
            rest = after;
            continue;
        }
        let replaced = rest.strip_prefix("${").and_then(|inner| {
            let close = inner.find('}')?;
            let body = &inner[..close];
            let name_end = body
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(body.len());
            let op = &body[name_end..];
            let default = op.strip_prefix(":-").or_else(|| op.strip_prefix('-'))?;
            (name_end > 0 && !default.contains('$')).then(|| (default, &inner[close + 1..]))
        });
        match replaced {
            Some((default, after)) => {
                out.push_str(default);
                rest = after;
            }
            None => {
                out.push('$');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}
