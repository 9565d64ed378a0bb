//! Compose evaluation: a container rule's conditions per service, reported at the matching value.

use super::*;

pub(super) fn service_eval(
    cond: &Cond,
    file: &compose::ComposeFile,
    svc: &compose::Service,
) -> Vec<compose::NodeId> {
    let y = &file.yaml;
    match cond {
        Cond::Service(p) => service_has_hits(p, y, svc),
        Cond::ServiceMissing {
            key,
            value_contains,
        } => match svc.get(y, key) {
            None => vec![svc.key],
            Some((k, v)) => match value_contains {
                Some(want) if !compose::items(y, v).iter().any(|i| i.text.contains(want)) => {
                    vec![k]
                }
                _ => Vec::new(),
            },
        },
        Cond::All(cs) => {
            let mut first = None;
            for c in cs {
                let hits = service_eval(c, file, svc);
                if hits.is_empty() {
                    return Vec::new();
                }
                first.get_or_insert(hits);
            }
            first.unwrap_or_default()
        }
        Cond::Any(cs) => {
            let mut seen = BTreeSet::new();
            cs.iter()
                .flat_map(|c| service_eval(c, file, svc))
                .filter(|n| seen.insert(*n))
                .collect()
        }
        Cond::NoneOf(cs) => {
            if cs.iter().all(|c| service_eval(c, file, svc).is_empty()) {
                vec![svc.key]
            } else {
                Vec::new()
            }
        }
        _ => Vec::new(),
    }
}

fn yaml_equals(item: &compose::Item, want: &Json) -> bool {
    match want {
        // Compose casts `"true"` to a boolean for boolean keys (it interpolates strings first).
        Json::Bool(b) => match item.text.trim().to_ascii_lowercase().as_str() {
            "true" => *b,
            "false" => !*b,
            _ => false,
        },
        Json::Number(n) => item
            .text
            .trim()
            .parse::<f64>()
            .ok()
            .zip(n.as_f64())
            .is_some_and(|(a, b)| a == b),
        Json::String(s) => item.text == *s,
        Json::Array(options) => options.iter().any(|o| yaml_equals(item, o)),
        Json::Null => {
            item.plain && matches!(item.text.as_str(), "" | "~" | "null" | "Null" | "NULL")
        }
        Json::Object(_) => false,
    }
}

fn service_has_hits(
    p: &ServicePred,
    y: &compose::Yaml,
    svc: &compose::Service,
) -> Vec<compose::NodeId> {
    let Some((key_node, value)) = svc.get(y, &p.key) else {
        return Vec::new();
    };
    let mut groups: Vec<Vec<compose::NodeId>> = Vec::new();
    let item_level = p.equals.is_some()
        || p.contains.is_some()
        || !p.contains_any.is_empty()
        || p.regex.is_some();
    let items = compose::items(y, value);
    if item_level {
        groups.push(
            items
                .iter()
                .filter(|i| p.equals.as_ref().is_none_or(|w| yaml_equals(i, w)))
                .filter(|i| {
                    p.contains
                        .as_ref()
                        .is_none_or(|s| i.text.contains(s.as_str()))
                })
                .filter(|i| {
                    p.contains_any.is_empty()
                        || p.contains_any.iter().any(|s| i.text.contains(s.as_str()))
                })
                .filter(|i| p.regex.as_ref().is_none_or(|r| r.is_match(&i.text)))
                .map(|i| i.node)
                .collect(),
        );
    }
    if let Some(w) = &p.not_equals {
        let none = !items.iter().any(|i| yaml_equals(i, w));
        groups.push(if none { vec![value] } else { Vec::new() });
    }
    if let Some(s) = &p.not_contains {
        let none = !items.iter().any(|i| i.text.contains(s.as_str()));
        groups.push(if none { vec![value] } else { Vec::new() });
    }
    if p.env_name.is_some() || p.env_value.is_some() {
        groups.push(
            compose::environment(y, value)
                .into_iter()
                .filter(|e| p.env_name.as_ref().is_none_or(|r| r.is_match(&e.name)))
                .filter(|e| {
                    p.env_value
                        .as_ref()
                        .is_none_or(|r| e.value.as_deref().is_some_and(|v| r.is_match(v)))
                })
                .map(|e| e.node)
                .collect(),
        );
    }
    if p.volume_type.is_some() || p.source.is_some() || p.target.is_some() {
        groups.push(
            compose::volumes(y, value)
                .into_iter()
                .filter(|v| {
                    p.volume_type
                        .as_ref()
                        .is_none_or(|t| v.kind.eq_ignore_ascii_case(t))
                })
                .filter(|v| {
                    p.source
                        .as_ref()
                        .is_none_or(|r| v.source.as_deref().is_some_and(|s| r.is_match(s)))
                })
                .filter(|v| {
                    p.target
                        .as_ref()
                        .is_none_or(|r| v.target.as_deref().is_some_and(|s| r.is_match(s)))
                })
                .map(|v| v.node)
                .collect(),
        );
    }
    if let Some(n) = p.published_port_less_than {
        groups.push(
            compose::ports(y, value)
                .into_iter()
                .filter(|port| port.published.is_some_and(|(lo, _)| (lo as f64) < n))
                .map(|port| port.node)
                .collect(),
        );
    }
    if groups.is_empty() {
        // `service_has(key)` alone: the key is present.
        return vec![key_node];
    }
    if groups.iter().any(Vec::is_empty) {
        return Vec::new();
    }
    groups.swap_remove(0)
}
