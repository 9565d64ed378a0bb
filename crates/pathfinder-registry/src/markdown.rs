//! Markdown twins of the pages: the same content as plain Markdown, for tools, diffs and language models.

use crate::site::{language_name, markdown_path, page_path, playground_code, scan_command};
use pathfinder_rules::meta::SimilarRule;
use pathfinder_rules::Rule;
use std::collections::HashMap;
use std::fmt::Write;
use std::sync::Arc;

/// A table cell: no line breaks, no column separators.
fn cell(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

fn fence(code: &str, lang: &str) -> String {
    // A fence longer than any backtick run inside the code.
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let ticks = "`".repeat(longest.max(2) + 1);
    format!("{ticks}{lang}\n{}\n{ticks}\n", code.trim_end_matches('\n'))
}

/// Relative link from one rule's Markdown twin to another's.
fn relative(to: &Rule) -> String {
    format!("../../{}", markdown_path(to))
}

/// `index.md`: every rule with its severity, bundle and one-line summary.
pub fn index(rules: &[Arc<Rule>]) -> String {
    let mut out = String::from("# pathfinder rule registry\n\n");
    let _ = writeln!(
        out,
        "{} rules. Each links to its Markdown page; the HTML pages (`.html`) add the interactive playground.\n",
        rules.len()
    );
    out.push_str(
        "| Rule | Severity | Language | Bundle | CWE | Summary |\n|---|---|---|---|---|---|\n",
    );
    for r in rules {
        let summary = r
            .meta
            .as_ref()
            .map(|m| m.short_description.clone())
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| r.message.clone());
        let _ = writeln!(
            out,
            "| [{}]({}) | {} | {} | {} | {} | {} |",
            r.id,
            markdown_path(r),
            r.severity.as_str(),
            language_name(r.language),
            cell(r.bundle.as_deref().unwrap_or("custom")),
            cell(&r.cwe.join(", ")),
            cell(&summary)
        );
    }
    out
}

/// One rule's page as Markdown, in the same section order as the HTML page.
pub fn rule(rule: &Rule, by_id: &HashMap<String, Arc<Rule>>) -> String {
    let meta = rule.meta.clone().unwrap_or_default();
    let mut out = String::new();
    let summary = if meta.short_description.trim().is_empty() {
        rule.message.clone()
    } else {
        meta.short_description.trim().to_string()
    };
    let _ = writeln!(out, "# {}: {}\n", rule.id, rule.name);
    let _ = writeln!(out, "**Severity:** {}\n", rule.severity.as_str());
    let _ = writeln!(out, "{summary}\n");

    out.push_str("## Rule Information\n\n| | |\n|---|---|\n");
    let _ = writeln!(out, "| Rule ID | `{}` |", rule.id);
    let _ = writeln!(out, "| Language | {} |", language_name(rule.language));
    let _ = writeln!(
        out,
        "| Bundle | {}/{} |",
        rule.language.category(),
        cell(rule.bundle.as_deref().unwrap_or("custom"))
    );
    let _ = writeln!(out, "| Severity | {} |", rule.severity.as_str());
    if !meta.confidence.is_empty() {
        let _ = writeln!(out, "| Confidence | {} |", cell(&meta.confidence));
    }
    let cwe: Vec<String> = if meta.cwe.is_empty() {
        rule.cwe.clone()
    } else {
        meta.cwe
            .iter()
            .map(|c| {
                if c.url.is_empty() {
                    format!("{} {}", c.id, c.name)
                } else {
                    format!("[{}: {}]({})", c.id, c.name, c.url)
                }
            })
            .collect()
    };
    if !cwe.is_empty() {
        let _ = writeln!(out, "| CWE | {} |", cell(&cwe.join(", ")));
    }
    let owasp: Vec<String> = if meta.owasp.is_empty() {
        rule.owasp.clone()
    } else {
        meta.owasp
            .iter()
            .map(|o| {
                if o.url.is_empty() {
                    format!("{} {}", o.id, o.name)
                } else {
                    format!("[{}: {}]({})", o.id, o.name, o.url)
                }
            })
            .collect()
    };
    if !owasp.is_empty() {
        let _ = writeln!(out, "| OWASP | {} |", cell(&owasp.join(", ")));
    }
    if !meta.tags.is_empty() {
        let _ = writeln!(out, "| Tags | {} |", cell(&meta.tags.join(", ")));
    }
    let _ = writeln!(
        out,
        "| Page | [{}](../../{}) |",
        page_path(rule),
        page_path(rule)
    );
    out.push('\n');

    out.push_str("## Interactive Playground\n\n");
    out.push_str(
        "The HTML page lets you edit both and see findings live (`pathfinder playground`).\n\n",
    );
    out.push_str("### Vulnerable code\n\n");
    out.push_str(&fence(
        &playground_code(rule),
        crate::site::code_lang(rule.language),
    ));
    out.push_str("\n### Rule (`rule.py`)\n\n");
    out.push_str(&fence(&rule.source, "python"));
    out.push_str("\n### Run it\n\n");
    out.push_str(&fence(&scan_command(rule), "sh"));
    out.push('\n');

    out.push_str("## About This Rule\n\n");
    out.push_str(if meta.description.trim().is_empty() {
        rule.message.trim()
    } else {
        meta.description.trim()
    });
    out.push_str("\n\n");

    if !meta.security_implications.is_empty() {
        out.push_str("## Security Implications\n\n");
        for (i, imp) in meta.security_implications.iter().enumerate() {
            let _ = writeln!(
                out,
                "### {}. {}\n\n{}\n",
                i + 1,
                imp.title.trim(),
                imp.description.trim()
            );
        }
    }

    if !meta.recommendations.is_empty() || !meta.secure_example.trim().is_empty() {
        out.push_str("## How to Fix\n\n");
        for (i, step) in meta.recommendations.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, step.trim());
        }
        if !meta.secure_example.trim().is_empty() {
            out.push_str("\n### Secure example\n\n");
            out.push_str(&fence(
                &meta.secure_example,
                crate::site::code_lang(rule.language),
            ));
        }
        out.push('\n');
    }

    if !meta.detection_scope.trim().is_empty() || !meta.known_limitations.is_empty() {
        out.push_str("## Detection Scope\n\n");
        out.push_str(&meta.detection_scope_page());
        out.push_str("\n\n");
        if !meta.known_limitations.is_empty() {
            out.push_str("### Known limitations\n\n");
            for l in &meta.known_limitations {
                let _ = writeln!(out, "- {}", l.trim());
            }
            out.push('\n');
        }
    }

    if !meta.compliance.is_empty() {
        out.push_str("## Compliance & Standards\n\n| Standard | Requirement |\n|---|---|\n");
        for c in &meta.compliance {
            let _ = writeln!(out, "| {} | {} |", cell(&c.standard), cell(&c.requirement));
        }
        out.push('\n');
    }

    if !meta.references.is_empty() {
        out.push_str("## References\n\n");
        for r in &meta.references {
            let _ = writeln!(out, "- [{}]({})", r.title.trim(), r.url.trim());
        }
        out.push('\n');
    }

    if !meta.similar_rules.is_empty() {
        out.push_str("## Similar Rules\n\n");
        for s in &meta.similar_rules {
            let target = by_id.get(&s.id().to_ascii_uppercase());
            let description = match s {
                SimilarRule::Described { description, .. } if !description.trim().is_empty() => {
                    description.trim().to_string()
                }
                _ => target
                    .and_then(|t| {
                        t.meta
                            .as_ref()
                            .map(|m| m.short_description.trim().to_string())
                    })
                    .unwrap_or_default(),
            };
            match target {
                Some(t) => {
                    let _ = writeln!(
                        out,
                        "- [{}]({}): {}. {}",
                        t.id,
                        relative(t),
                        t.name,
                        description
                    );
                }
                None => {
                    let _ = writeln!(out, "- {}: {}", s.id(), description);
                }
            }
        }
        out.push('\n');
    }

    if !meta.faq.is_empty() {
        out.push_str("## FAQ\n\n");
        for f in &meta.faq {
            let _ = writeln!(out, "### {}\n\n{}\n", f.question.trim(), f.answer.trim());
        }
    }
    let setup = crate::site::pull_request_setup(rule);
    let _ = writeln!(out, "## {}\n\n{}\n", setup.title, setup.intro);
    out.push_str(&fence(&setup.command, "sh"));
    out.push('\n');
    out.push_str(&fence(&setup.workflow, "yaml"));
    let mut out = out.trim_end().to_string();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_outgrow_backticks() {
        assert_eq!(fence("a", "py"), "```py\na\n```\n");
        assert!(fence("x = '```'", "").starts_with("````\n"));
        assert_eq!(cell("a |\n b"), "a \\| b");
    }
}
