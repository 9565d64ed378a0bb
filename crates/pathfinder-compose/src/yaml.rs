//! A YAML document as a tree of nodes with positions, built from `saphyr-parser`'s events.
//!
//! Aliases are not copied: an alias is the anchored node itself (the tree is a DAG), so building is
//! linear in the input. What an alias *would* expand to is counted while building (every node knows its
//! expanded size); a document whose expansion exceeds [`expansion_limit`] is refused, so a
//! billion-laughs file is an error in linear time and no later walk over the tree can blow up.

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

pub type NodeId = usize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Scalar {
        value: String,
        plain: bool,
    },
    Seq(Vec<NodeId>),
    /// `(key, value)` pairs in document order, merge keys (`<<`) included as written.
    Map(Vec<(NodeId, NodeId)>),
}

/// A node. Lines and columns are 1-based; columns count Unicode scalar values. The end is exclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub kind: Kind,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Yaml {
    pub nodes: Vec<Node>,
    /// The first document's root node (`None` for an empty stream).
    pub root: Option<NodeId>,
    /// How many nodes the document has with every alias expanded.
    pub expanded_size: u64,
}

/// A YAML problem with its position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub line: u32,
    pub column: u32,
    pub message: String,
    /// The document is valid but its aliases expand past [`expansion_limit`].
    pub bomb: bool,
}

/// Most nodes a document may expand to: generous for real files (every alias counted in full), far
/// below what an alias bomb needs.
pub fn expansion_limit(nodes: usize) -> u64 {
    1_000_000 + 8 * nodes as u64
}

/// How deep merge keys may chain (`<<` of a map that itself merges, …).
const MAX_MERGE_DEPTH: u32 = 32;

struct Frame {
    node: NodeId,
    pending_key: Option<NodeId>,
}

/// Parses the first document of `source`.
pub fn parse(source: &str) -> Result<Yaml, YamlError> {
    let mut yaml = Yaml::default();
    // Expanded size per node; 0 while a collection is still open.
    let mut sizes: Vec<u64> = Vec::new();
    let mut anchors: Vec<Option<NodeId>> = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut documents = 0;
    for event in Parser::new_from_str(source) {
        let (event, span) = event.map_err(|e| YamlError {
            line: e.marker().line() as u32,
            column: e.marker().col() as u32 + 1,
            message: e.info().to_string(),
            bomb: false,
        })?;
        let at = |message: String| YamlError {
            line: span.start.line() as u32,
            column: span.start.col() as u32 + 1,
            message,
            bomb: false,
        };
        let child = match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    break;
                }
                continue;
            }
            Event::Scalar(value, style, anchor, _) => {
                let plain = style == ScalarStyle::Plain;
                let id = push(
                    &mut yaml,
                    &mut sizes,
                    Kind::Scalar {
                        value: value.into_owned(),
                        plain,
                    },
                    span,
                );
                sizes[id] = 1;
                register(&mut anchors, anchor, id);
                id
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                let kind = if matches!(event, Event::SequenceStart(..)) {
                    Kind::Seq(Vec::new())
                } else {
                    Kind::Map(Vec::new())
                };
                let id = push(&mut yaml, &mut sizes, kind, span);
                register(&mut anchors, anchor, id);
                attach(&mut yaml, &mut stack, id);
                stack.push(Frame {
                    node: id,
                    pending_key: None,
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(frame) = stack.pop() else {
                    continue;
                };
                let node = &mut yaml.nodes[frame.node];
                node.end_line = span.end.line() as u32;
                node.end_column = span.end.col() as u32 + 1;
                let size = match &node.kind {
                    Kind::Seq(items) => items.iter().fold(1u64, |s, c| s.saturating_add(sizes[*c])),
                    Kind::Map(entries) => entries.iter().fold(1u64, |s, (k, v)| {
                        s.saturating_add(sizes[*k]).saturating_add(sizes[*v])
                    }),
                    Kind::Scalar { .. } => 1,
                };
                if size > expansion_limit(yaml.nodes.len()) {
                    return Err(YamlError {
                        line: yaml.nodes[frame.node].line,
                        column: yaml.nodes[frame.node].column,
                        message: format!(
                            "YAML aliases expand to more than {} nodes (an alias bomb?)",
                            expansion_limit(yaml.nodes.len())
                        ),
                        bomb: true,
                    });
                }
                sizes[frame.node] = size;
                continue;
            }
            Event::Alias(anchor) => {
                let target = anchors.get(anchor).copied().flatten();
                match target {
                    Some(t) if sizes[t] > 0 => t,
                    Some(_) => return Err(at("an alias refers to a node that contains it".into())),
                    None => return Err(at("alias to an unknown anchor".into())),
                }
            }
            Event::DocumentEnd | Event::StreamStart | Event::StreamEnd | Event::Nothing => continue,
        };
        attach(&mut yaml, &mut stack, child);
    }
    yaml.expanded_size = yaml.root.map_or(0, |r| sizes[r]);
    Ok(yaml)
}

fn push(yaml: &mut Yaml, sizes: &mut Vec<u64>, kind: Kind, span: Span) -> NodeId {
    yaml.nodes.push(Node {
        kind,
        line: span.start.line() as u32,
        column: span.start.col() as u32 + 1,
        end_line: span.end.line() as u32,
        end_column: span.end.col() as u32 + 1,
    });
    sizes.push(0);
    yaml.nodes.len() - 1
}

fn register(anchors: &mut Vec<Option<NodeId>>, anchor: usize, id: NodeId) {
    if anchor == 0 {
        return;
    }
    if anchors.len() <= anchor {
        anchors.resize(anchor + 1, None);
    }
    anchors[anchor] = Some(id);
}

fn attach(yaml: &mut Yaml, stack: &mut [Frame], child: NodeId) {
    let Some(frame) = stack.last_mut() else {
        if yaml.root.is_none() {
            yaml.root = Some(child);
        }
        return;
    };
    match &mut yaml.nodes[frame.node].kind {
        Kind::Seq(items) => items.push(child),
        Kind::Map(entries) => match frame.pending_key.take() {
            Some(key) => entries.push((key, child)),
            None => frame.pending_key = Some(child),
        },
        Kind::Scalar { .. } => {}
    }
}

impl Yaml {
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    pub fn scalar(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id].kind {
            Kind::Scalar { value, .. } => Some(value),
            _ => None,
        }
    }

    /// A plain `null`, `~` or empty scalar.
    pub fn is_null(&self, id: NodeId) -> bool {
        matches!(&self.nodes[id].kind, Kind::Scalar { value, plain: true }
            if matches!(value.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    pub fn is_map(&self, id: NodeId) -> bool {
        matches!(self.nodes[id].kind, Kind::Map(_))
    }

    /// The value of `key` in a mapping, merge keys followed: `(key node, value node)`.
    pub fn get(&self, map: NodeId, key: &str) -> Option<(NodeId, NodeId)> {
        self.get_at(map, key, 0)
    }

    fn get_at(&self, map: NodeId, key: &str, depth: u32) -> Option<(NodeId, NodeId)> {
        let Kind::Map(entries) = &self.nodes[map].kind else {
            return None;
        };
        // Later duplicates win, as in most loaders.
        if let Some(found) = entries
            .iter()
            .rev()
            .find(|(k, _)| self.scalar(*k) == Some(key) && !self.is_merge_key(*k))
        {
            return Some(*found);
        }
        if depth >= MAX_MERGE_DEPTH {
            return None;
        }
        self.merged(entries)
            .find_map(|m| self.get_at(m, key, depth + 1))
    }

    fn is_merge_key(&self, id: NodeId) -> bool {
        matches!(&self.nodes[id].kind, Kind::Scalar { value, plain: true } if value == "<<")
    }

    /// The maps merged into a mapping with `<<`, in priority order.
    fn merged<'s>(&'s self, entries: &'s [(NodeId, NodeId)]) -> impl Iterator<Item = NodeId> + 's {
        entries
            .iter()
            .filter(|(k, _)| self.is_merge_key(*k))
            .flat_map(move |(_, v)| match &self.nodes[*v].kind {
                Kind::Map(_) => vec![*v],
                Kind::Seq(items) => items.iter().copied().filter(|i| self.is_map(*i)).collect(),
                Kind::Scalar { .. } => Vec::new(),
            })
    }

    /// A mapping's entries with merge keys resolved: its own keys first (document order), then merged
    /// keys it does not override. `(key text, key node, value node)`.
    pub fn entries(&self, map: NodeId) -> Vec<(String, NodeId, NodeId)> {
        let mut out = Vec::new();
        let mut index = std::collections::HashMap::new();
        self.entries_at(map, 0, &mut out, &mut index);
        out
    }

    fn entries_at(
        &self,
        map: NodeId,
        depth: u32,
        out: &mut Vec<(String, NodeId, NodeId)>,
        index: &mut std::collections::HashMap<String, usize>,
    ) {
        let Kind::Map(entries) = &self.nodes[map].kind else {
            return;
        };
        for (k, v) in entries {
            if self.is_merge_key(*k) {
                continue;
            }
            let text = self.scalar(*k).unwrap_or("").to_string();
            match index.get(&text) {
                // A later duplicate of the map's own key wins.
                Some(&i) if depth == 0 => out[i] = (text, *k, *v),
                Some(_) => {}
                None => {
                    index.insert(text.clone(), out.len());
                    out.push((text, *k, *v));
                }
            }
        }
        if depth >= MAX_MERGE_DEPTH {
            return;
        }
        let merged: Vec<NodeId> = self.merged(entries).collect();
        for m in merged {
            self.entries_at(m, depth + 1, out, index);
        }
    }
}
