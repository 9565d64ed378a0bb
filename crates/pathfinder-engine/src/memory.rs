//! In-memory analysis: one source text under a virtual file name, nothing read from or written to disk
//! (the playground). Languages are dispatched here, so a new front end is one more match arm.

use crate::{container, scan_source, CompiledRules, ScanOutput};
use pathfinder_rules::RuleLanguage;
use pathfinder_workspace::Language;
use std::fmt;

/// The language has rules but no in-memory front end yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported(pub RuleLanguage);

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "in-memory analysis of {} is not supported yet (supported: {})",
            self.0.category(),
            SUPPORTED
                .iter()
                .map(|l| l.category())
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

impl std::error::Error for Unsupported {}

/// Languages [`analyze_memory`] can analyse.
pub const SUPPORTED: &[RuleLanguage] = &[
    RuleLanguage::Python,
    RuleLanguage::Go,
    RuleLanguage::Dockerfile,
    RuleLanguage::Compose,
];

/// The file name findings carry when the caller gives none.
pub fn default_file_name(language: RuleLanguage) -> &'static str {
    language.example_file()
}

/// Analyses `code` as the file `path` with `rules`, through the same per-file model, matching and taint code
/// as a scan. Findings are sorted, deduplicated and fingerprinted exactly as `scan` does.
pub fn analyze_memory(
    language: RuleLanguage,
    path: &str,
    code: &str,
    rules: &CompiledRules,
) -> Result<ScanOutput, Unsupported> {
    match language {
        RuleLanguage::Python => Ok(scan_source(path, code, rules).0),
        RuleLanguage::Go => Ok(crate::scan_go_source(path, code, rules).0),
        RuleLanguage::Dockerfile | RuleLanguage::Compose => {
            Ok(container_file(path, language, code, rules))
        }
    }
}

/// A Dockerfile or compose file: parsed and checked in one step, as a scan does.
fn container_file(path: &str, language: Language, code: &str, rules: &CompiledRules) -> ScanOutput {
    let started = std::time::Instant::now();
    let result = container::check_text(path, language, code, &rules.container);
    ScanOutput {
        model_time: started.elapsed(),
        ..crate::suppressed_output(
            result.findings,
            result.warnings,
            1,
            &[pathfinder_findings::suppress::FileSuppressions {
                path: path.to_string(),
                directives: result.suppressions,
            }],
            rules,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pathfinder_rules::catalog::load_rule_text;
    use std::sync::Arc;

    const RULE: &str = r#"
from codepathfinder import calls
from codepathfinder.python_decorators import python_rule

@python_rule(id="T-1", name="eval", severity="HIGH", cwe="CWE-95", message="eval")
def r():
    return calls("eval")
"#;

    #[test]
    fn python_in_memory() {
        let rules: Vec<_> = load_rule_text("rule.py", RULE)
            .unwrap()
            .into_iter()
            .map(Arc::new)
            .collect();
        let compiled = crate::compile(&rules);
        let out =
            analyze_memory(RuleLanguage::Python, "x.py", "x = 1\neval(x)\n", &compiled).unwrap();
        assert_eq!(out.findings.len(), 1);
        assert_eq!(out.findings[0].location.file, "x.py");
        assert_eq!(out.findings[0].location.line, 2);
        assert!(!out.findings[0].fingerprint.is_empty());
    }

    #[test]
    fn dockerfiles_in_memory() {
        let rules: Vec<_> = pathfinder_rules::catalog::builtin_rules()
            .unwrap()
            .into_iter()
            .filter(|r| r.language == RuleLanguage::Dockerfile)
            .collect();
        assert!(!rules.is_empty());
        let compiled = crate::compile(&rules);
        let out = analyze_memory(
            RuleLanguage::Dockerfile,
            "Dockerfile",
            "FROM ubuntu:latest\nUSER root\nRUN apt-get install -y curl\n",
            &compiled,
        )
        .unwrap();
        assert!(!out.findings.is_empty());
        assert!(out.findings.iter().all(|f| f.location.file == "Dockerfile"));
    }

    #[test]
    fn go_in_memory() {
        let rules: Vec<_> = pathfinder_rules::catalog::builtin_rules()
            .unwrap()
            .into_iter()
            .filter(|r| r.id == "GO-CRYPTO-001")
            .collect();
        assert_eq!(rules.len(), 1);
        let compiled = crate::compile(&rules);
        let code = "package main\n\nimport \"crypto/md5\"\n\nfunc f(b []byte) {\n\tmd5.Sum(b)\n}\n";
        let out = analyze_memory(RuleLanguage::Go, "x.go", code, &compiled).unwrap();
        let lines: Vec<u32> = out.findings.iter().map(|f| f.location.line).collect();
        assert_eq!(lines, vec![6]);
        assert_eq!(out.findings[0].function.as_deref(), Some("f"));
    }
}
