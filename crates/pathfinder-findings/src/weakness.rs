//! One finding per weakness: several rules that report the same weakness (CWE family) on the same code
//! are merged into the most specific finding.

use crate::{cwe_family, Detection, Finding, Severity};
use std::collections::BTreeSet;

/// What the merge ranks a rule by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleTraits {
    /// A vulnerability rule (a verdict), not an audit rule.
    pub vulnerability: bool,
    /// The rule is about named frameworks, so more specific than a generic one.
    pub framework: bool,
}

/// Most specific first: a vulnerability over an audit finding, a traced flow over a pattern, a
/// framework rule over a generic one, then the more severe.
fn specificity(f: &Finding, rule: Option<RuleTraits>) -> (bool, bool, bool, Severity) {
    (
        rule.is_none_or(|r| r.vulnerability),
        f.detection != Detection::Pattern,
        rule.is_some_and(|r| r.framework),
        f.severity,
    )
}

/// Merges findings of one file that report the same weakness on the same code: findings whose CWE
/// families overlap and whose line spans overlap. The most specific survives and lists the others'
/// rule ids in `related_rules`. Suppressed findings are merged only with suppressed ones. `rules(id)` tells
/// what the merge needs to know of a rule (unknown rules rank as generic vulnerability rules).
pub fn merge_same_weakness(
    findings: &mut Vec<Finding>,
    rules: &dyn Fn(&str) -> Option<RuleTraits>,
) {
    if findings.len() < 2 {
        return;
    }
    let rank = |f: &Finding| specificity(f, rules(&f.rule_id));
    // Strongest first, so each finding is absorbed by the strongest one it overlaps.
    findings.sort_by(|a, b| {
        rank(b)
            .cmp(&rank(a))
            .then_with(|| a.rule_id.cmp(&b.rule_id))
            .then_with(|| a.location.cmp(&b.location))
    });
    let mut kept: Vec<Finding> = Vec::with_capacity(findings.len());
    for f in findings.drain(..) {
        let families: BTreeSet<&str> = f.cwe.iter().map(|c| cwe_family(c)).collect();
        let host = kept.iter_mut().find(|k| {
            k.rule_id != f.rule_id
                && k.suppressed == f.suppressed
                && k.location.file == f.location.file
                && k.location.line <= f.location.end_line
                && f.location.line <= k.location.end_line
                && k.cwe.iter().any(|c| families.contains(cwe_family(c)))
        });
        match host {
            Some(k) => {
                if !k.related_rules.contains(&f.rule_id) {
                    k.related_rules.push(f.rule_id);
                    k.related_rules.sort();
                }
            }
            None => kept.push(f),
        }
    }
    *findings = kept;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Confidence, Location};

    fn finding(rule: &str, cwe: &str, line: u32, detection: Detection) -> Finding {
        Finding {
            rule_id: rule.into(),
            rule_name: rule.into(),
            severity: Severity::Medium,
            confidence: Confidence::High,
            cwe: vec![cwe.into()],
            owasp: vec![],
            message: String::new(),
            location: Location {
                file: "a.py".into(),
                line,
                column: 1,
                end_line: line,
                end_column: 10,
            },
            function: None,
            snippet: String::new(),
            detection,
            flow: vec![],
            fingerprint: String::new(),
            suppressed: false,
            related_rules: vec![],
        }
    }

    #[test]
    fn taint_finding_absorbs_patterns_of_the_same_family_on_its_line() {
        let mut v = vec![
            finding("PATTERN-EVAL", "CWE-95", 3, Detection::Pattern),
            finding("FLOW-EVAL", "CWE-94", 3, Detection::TaintLocal),
            // Another weakness on the same line, and the same weakness on another line, stay.
            finding("PATTERN-SQL", "CWE-89", 3, Detection::Pattern),
            finding("PATTERN-EVAL", "CWE-95", 7, Detection::Pattern),
        ];
        merge_same_weakness(&mut v, &|_| None);
        let ids: Vec<(&str, u32, &[String])> = v
            .iter()
            .map(|f| {
                (
                    f.rule_id.as_str(),
                    f.location.line,
                    f.related_rules.as_slice(),
                )
            })
            .collect();
        assert_eq!(
            ids,
            vec![
                ("FLOW-EVAL", 3, &["PATTERN-EVAL".to_string()][..]),
                ("PATTERN-EVAL", 7, &[][..]),
                ("PATTERN-SQL", 3, &[][..]),
            ]
        );
    }
}
