//! Runs rules against their own fixtures: every annotated line must be found, nothing else may be.

use crate::{compile, container, scan_go_source, scan_source, CompiledRules, ScanOutput};
use pathfinder_rules::catalog::Fixture;
use pathfinder_rules::fixtures::expectations;
use pathfinder_rules::Rule;
use pathfinder_workspace::Language;
use std::collections::BTreeSet;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileResult {
    pub fixture: String,
    pub positive: bool,
    pub expected: BTreeSet<u32>,
    pub found: BTreeSet<u32>,
    /// Expected but not found.
    pub missed: BTreeSet<u32>,
    /// Found but not expected.
    pub extra: BTreeSet<u32>,
    /// Written-down gaps (`todoruleid`/`todook`) that were observed as such.
    pub known_gaps: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleResult {
    pub rule_id: String,
    pub files: Vec<FileResult>,
    /// Problems with the fixtures themselves (none, positive without expectations, rule not runnable...).
    pub problems: Vec<String>,
}

impl RuleResult {
    pub fn passed(&self) -> bool {
        self.problems.is_empty()
            && self
                .files
                .iter()
                .all(|f| f.missed.is_empty() && f.extra.is_empty())
    }

    /// True positives, false negatives, false positives over all fixture files.
    pub fn matrix(&self) -> (usize, usize, usize) {
        let tp = self
            .files
            .iter()
            .map(|f| f.expected.intersection(&f.found).count())
            .sum();
        let fn_ = self.files.iter().map(|f| f.missed.len()).sum();
        let fp = self.files.iter().map(|f| f.extra.len()).sum();
        (tp, fn_, fp)
    }
}

/// Scans one fixture file with the compiled rules, as a one-file scan of its language would; also returns
/// the file's comments, where the expectations are written.
pub fn scan_fixture(
    language: Language,
    fixture: &Fixture,
    compiled: &CompiledRules,
) -> (ScanOutput, Vec<(u32, String)>) {
    let name = fixture.name.rsplit('/').next().unwrap_or(&fixture.name);
    match language {
        Language::Python => {
            let (out, model) = scan_source(name, &fixture.text, compiled);
            (out, model.comments)
        }
        Language::Go => {
            let (out, model) = scan_go_source(name, &fixture.text, compiled);
            (out, model.comments)
        }
        _ => {
            let r = container::check_text(name, language, &fixture.text, &compiled.container);
            (
                ScanOutput::from_findings(r.findings, r.warnings, 1),
                r.comments,
            )
        }
    }
}

/// Runs one rule on its fixtures (only that rule, so other rules' findings never interfere).
pub fn run_rule(rule: &Arc<Rule>) -> RuleResult {
    let mut result = RuleResult {
        rule_id: rule.id.clone(),
        files: Vec::new(),
        problems: Vec::new(),
    };
    let language = rule.language;
    let compiled = compile(std::slice::from_ref(rule));
    if let Some(s) = compiled.invalid.first().or(compiled.skipped.first()) {
        result
            .problems
            .push(format!("rule cannot run: {}", s.reason));
        return result;
    }
    let kind = match language {
        Language::Python => "*.py",
        Language::Dockerfile => "Dockerfile",
        Language::Compose => "docker-compose.yml",
        Language::Go => "*.go",
    };
    if !rule.fixtures.iter().any(|f| f.positive) {
        result
            .problems
            .push(format!("no positive fixture (tests/positive/{kind})"));
    }
    if !rule.fixtures.iter().any(|f| !f.positive) {
        result
            .problems
            .push(format!("no negative fixture (tests/negative/{kind})"));
    }
    for fixture in &rule.fixtures {
        // A Go fixture directory holds a `go.mod` beside its sources: only the sources are inputs.
        if language == Language::Go && !fixture.name.ends_with(".go") {
            continue;
        }
        let (out, comments) = scan_fixture(rule.language, fixture, &compiled);
        let lines: Vec<&str> = fixture.text.lines().collect();
        let exp = expectations(&rule.id, &comments, &lines);
        if fixture.positive && exp.expected.is_empty() && exp.todo_missed.is_empty() {
            result.problems.push(format!(
                "{}: positive fixture has no `# expect: {}` line",
                fixture.name, rule.id
            ));
        }
        if !fixture.positive && !exp.expected.is_empty() {
            result.problems.push(format!(
                "{}: negative fixture expects findings",
                fixture.name
            ));
        }
        for w in &out.warnings {
            result
                .problems
                .push(format!("{}: {}", fixture.name, w.message));
        }
        // Suppressed findings still count: fixtures test the rule, not the suppression comments.
        let found: BTreeSet<u32> = out
            .findings
            .iter()
            .chain(&out.suppressed)
            .map(|f| f.location.line)
            .collect();
        let missed: BTreeSet<u32> = exp.expected.difference(&found).copied().collect();
        let extra: BTreeSet<u32> = found
            .iter()
            .filter(|l| {
                !exp.expected.contains(l)
                    && !exp.todo_tolerated.contains(l)
                    && !exp.todo_missed.contains(l)
            })
            .copied()
            .collect();
        let known_gaps = exp.todo_missed.difference(&found).count()
            + exp.todo_tolerated.intersection(&found).count();
        result.files.push(FileResult {
            fixture: fixture.name.clone(),
            positive: fixture.positive,
            expected: exp.expected,
            found,
            missed,
            extra,
            known_gaps,
        });
    }
    result
}
