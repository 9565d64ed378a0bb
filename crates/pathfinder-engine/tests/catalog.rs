//! The built-in catalog, checked as a whole: every rule loads, has complete metadata, and passes its own
//! fixtures with exactly the annotated lines.

use pathfinder_engine::compile;
use pathfinder_engine::fixtures::run_rule;
use pathfinder_python::analyze;
use pathfinder_rules::catalog::builtin_rules;
use pathfinder_rules::fixtures::expectations;
use pathfinder_rules::RuleLanguage;
use std::collections::BTreeSet;
use std::sync::Arc;

#[test]
fn every_builtin_rule_passes_its_fixtures() {
    let rules = builtin_rules().expect("catalog loads");
    assert!(!rules.is_empty());
    let mut failures = Vec::new();
    // Go rules have no front end yet; Python, Dockerfile and compose rules all run their fixtures.
    for rule in rules.iter().filter(|r| r.language != RuleLanguage::Go) {
        let result = run_rule(rule);
        if !result.passed() {
            failures.push(format!("{result:#?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rules fail their fixtures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn catalog_metadata_is_complete_and_consistent() {
    let rules = builtin_rules().expect("catalog loads");
    let mut ids = BTreeSet::new();
    let mut problems = Vec::new();
    for rule in &rules {
        if !ids.insert(rule.id.clone()) {
            problems.push(format!("{}: duplicate id", rule.id));
        }
        let dir = rule
            .origin
            .trim_start_matches("builtin:")
            .rsplit('/')
            .nth(1)
            .unwrap_or("");
        if dir != rule.id {
            problems.push(format!("{}: directory is {dir}", rule.id));
        }
        let Some(meta) = &rule.meta else {
            problems.push(format!("{}: no meta.yaml", rule.id));
            continue;
        };
        for missing in meta.missing_sections() {
            problems.push(format!("{}: meta.yaml has no {missing}", rule.id));
        }
        if meta.name != rule.name {
            problems.push(format!(
                "{}: meta name {:?} != rule name {:?}",
                rule.id, meta.name, rule.name
            ));
        }
        if !meta.severity.eq_ignore_ascii_case(rule.severity.as_str()) {
            problems.push(format!(
                "{}: meta severity {} != rule {}",
                rule.id, meta.severity, rule.severity
            ));
        }
        let meta_cwes: Vec<&str> = meta.cwe.iter().map(|c| c.id.as_str()).collect();
        if !rule.cwe.iter().all(|c| meta_cwes.contains(&c.as_str())) {
            problems.push(format!(
                "{}: rule CWE {:?} not in meta {:?}",
                rule.id, rule.cwe, meta_cwes
            ));
        }
        if meta.message.trim() != rule.message.trim() {
            problems.push(format!(
                "{}: meta message differs from rule.py message",
                rule.id
            ));
        }
        let expected_ruleset = rule.ruleset_path();
        if meta.ruleset != expected_ruleset {
            problems.push(format!(
                "{}: ruleset {:?}, expected {expected_ruleset:?}",
                rule.id, meta.ruleset
            ));
        }
        match meta.rule_kind() {
            Ok(Some(pathfinder_rules::RuleKind::Audit)) => {
                if rule.severity > pathfinder_findings::Severity::Medium {
                    problems.push(format!(
                        "{}: an audit rule is at most medium severity, not {}",
                        rule.id, rule.severity
                    ));
                }
                if meta.subcategory != "audit" {
                    problems.push(format!("{}: kind audit needs subcategory audit", rule.id));
                }
            }
            Ok(Some(pathfinder_rules::RuleKind::Vulnerability)) => {
                if meta.subcategory == "audit" {
                    problems.push(format!(
                        "{}: kind vulnerability with subcategory audit",
                        rule.id
                    ));
                }
            }
            // missing_sections() above reports a missing kind.
            Ok(None) => {}
            Err(e) => problems.push(format!("{}: {e}", rule.id)),
        }
        if meta.name.to_ascii_lowercase().contains("audit") && meta.subcategory != "audit" {
            problems.push(format!(
                "{}: an Audit rule must have subcategory audit",
                rule.id
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Negative fixtures must hold at least as many safe look-alikes as the positives have expected lines. A
/// look-alike is a call the rule inspects (same name) or a line annotated `# ok: RULE-ID`.
#[test]
fn negative_fixtures_have_enough_look_alikes() {
    let rules = builtin_rules().expect("catalog loads");
    let mut problems = Vec::new();
    for rule in &rules {
        if matches!(
            rule.language,
            RuleLanguage::Dockerfile | RuleLanguage::Compose
        ) {
            if let Some(problem) = container_look_alikes(rule) {
                problems.push(problem);
            }
            continue;
        }
        let compiled = compile(std::slice::from_ref(rule));
        let Some(c) = compiled.pattern.first().or(compiled.go.first()) else {
            continue;
        };
        let analyze = |path: &str, text: Arc<str>| match rule.language {
            RuleLanguage::Go => pathfinder_go::analyze(path, text),
            _ => analyze(path, text),
        };
        let candidates = c.candidate_names();
        let mut positive_lines = 0;
        let mut look_alikes = 0;
        for f in &rule.fixtures {
            let model = analyze(&f.name, Arc::from(f.text.as_str()));
            if f.positive {
                let lines: Vec<&str> = f.text.lines().collect();
                positive_lines += expectations(&rule.id, &model.comments, &lines)
                    .expected
                    .len();
            } else {
                let ok_markers = model
                    .comments
                    .iter()
                    .filter(|(_, c)| {
                        c.trim_start_matches('#')
                            .trim()
                            .strip_prefix("ok:")
                            .is_some_and(|ids| {
                                ids.split(',')
                                    .any(|id| id.trim().eq_ignore_ascii_case(&rule.id))
                            })
                    })
                    .count();
                let same_name = model
                    .calls
                    .iter()
                    .filter(|call| {
                        candidates.is_none_or(|names| {
                            names.iter().any(|n| {
                                n.strip_prefix("kw:")
                                    .is_some_and(|kw| call.keyword(kw).is_some())
                                    || *n == call.name
                                    || call
                                        .fqn
                                        .as_deref()
                                        .is_some_and(|f| f.ends_with(&format!(".{n}")))
                            })
                        })
                    })
                    .count();
                look_alikes += same_name.max(ok_markers);
            }
        }
        if look_alikes < positive_lines {
            problems.push(format!(
                "{}: {positive_lines} positive lines but only {look_alikes} look-alike calls in negative fixtures",
                rule.id
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Container fixtures have no call sites to count: their look-alikes are the `# ok:` lines of the negatives.
fn container_look_alikes(rule: &pathfinder_rules::Rule) -> Option<String> {
    let (positive_lines, look_alikes) = container_counts(rule);
    (look_alikes < positive_lines).then(|| {
        format!(
            "{}: {positive_lines} positive lines but only {look_alikes} `# ok:` look-alikes in negative fixtures",
            rule.id
        )
    })
}

/// (expected positive lines, `# ok:` look-alikes) of a container rule's fixtures.
fn container_counts(rule: &pathfinder_rules::Rule) -> (usize, usize) {
    let comments = |text: &str| -> Vec<(u32, String)> {
        text.lines()
            .enumerate()
            .filter_map(|(i, l)| l.find('#').map(|p| (i as u32 + 1, l[p..].to_string())))
            .collect()
    };
    let mut positive_lines = 0;
    let mut look_alikes = 0;
    for f in &rule.fixtures {
        let lines: Vec<&str> = f.text.lines().collect();
        let exp = expectations(&rule.id, &comments(&f.text), &lines);
        if f.positive {
            positive_lines += exp.expected.len();
        } else {
            look_alikes += comments(&f.text)
                .iter()
                .filter(|(_, c)| {
                    c.trim_start_matches('#')
                        .trim()
                        .strip_prefix("ok:")
                        .is_some_and(|ids| {
                            ids.split(',')
                                .any(|id| id.trim().eq_ignore_ascii_case(&rule.id))
                        })
                })
                .count();
        }
    }
    (positive_lines, look_alikes)
}

#[test]
fn container_fixtures_are_counted() {
    let rules = builtin_rules().expect("catalog loads");
    let (mut positive, mut ok) = (0, 0);
    for rule in rules
        .iter()
        .filter(|r| matches!(r.language, RuleLanguage::Dockerfile | RuleLanguage::Compose))
    {
        let (p, o) = container_counts(rule);
        assert!(p > 0, "{} has no expected positive line", rule.id);
        positive += p;
        ok += o;
    }
    assert!(
        positive >= 47 && ok >= positive,
        "{positive} positive, {ok} look-alikes"
    );
}

/// A keyword constraint (`match_name={"shell": True}`, `.where(mode=...)`) on a call the library data has
/// no signature for can never see the argument when it is passed by position: every keyword a Python rule
/// constrains must be a parameter of its callee in `rules/python/_library/*.yaml` (positional, or
/// keyword-only after `"*"`).
#[test]
fn keyword_constraints_name_known_parameters() {
    use pathfinder_rules::ir::Matcher;
    use pathfinder_rules::RuleBody;
    let library = pathfinder_rules::library::python();
    let rules = builtin_rules().expect("catalog loads");
    let mut problems = BTreeSet::new();
    for rule in rules.iter().filter(|r| r.language == RuleLanguage::Python) {
        let RuleBody::Code(top) = &rule.body else {
            continue;
        };
        top.walk(&mut |m| {
            let (callees, keywords): (Vec<String>, Vec<&String>) = match m {
                Matcher::Call(c) => (c.patterns.clone(), c.keyword_args.keys().collect()),
                Matcher::TypedCall(c) => (
                    c.receiver_types
                        .iter()
                        .flat_map(|t| c.method_names.iter().map(move |n| format!("{t}.{n}")))
                        .collect(),
                    c.keyword_args.keys().collect(),
                ),
                _ => return,
            };
            // A wildcard names no one callee whose signature could be looked up.
            for callee in callees.iter().filter(|c| !c.contains('*')) {
                for k in &keywords {
                    if !library.signature(callee).is_some_and(|s| s.has(k)) {
                        problems.insert(format!("{}: {callee}({k}=...)", rule.id));
                    }
                }
            }
        });
    }
    // Known gaps are listed in tests/data/keyword-gaps.txt (a ratchet): a new gap fails, and so does a
    // listed one that is gone, so the list only shrinks.
    let listed: BTreeSet<String> = include_str!("data/keyword-gaps.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    let new: Vec<&String> = problems.difference(&listed).collect();
    let gone: Vec<&String> = listed.difference(&problems).collect();
    assert!(
        new.is_empty(),
        "{} keyword constraints name a parameter no signature in rules/python/_library gives (add the \
         parameter there, after \"*\" when it is keyword-only):\n{}",
        new.len(),
        new.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
    );
    assert!(
        gone.is_empty(),
        "{} gaps are fixed: remove them from tests/data/keyword-gaps.txt:\n{}",
        gone.len(),
        gone.iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The calls starting at a position (where a finding or its flow's source starts: the sink or source
/// call of a flow, the matched call of a pattern), by resolved name and by callee text.
fn flagged_calls(model: &pathfinder_python::FileModel, line: u32, column: u32) -> Vec<String> {
    let mut names = Vec::new();
    for call in &model.calls {
        if model.lines.position(&model.source, call.span.start) == (line, column) {
            names.extend(call.fqn.clone());
            names.push(call.callee.clone());
        }
    }
    names
}

/// `scope:` in `meta.yaml` against the fixtures: each API listed as reported is the flagged call of a
/// finding on a positive fixture line, and none listed as not reported is flagged anywhere, while some
/// fixture calls it (so the claim is exercised, not just absent).
#[test]
fn detection_scope_apis_agree_with_the_fixtures() {
    use pathfinder_rules::meta::ScopeApis;
    let rules = builtin_rules().expect("catalog loads");
    let mut problems = Vec::new();
    let mut checked = 0;
    for rule in rules.iter().filter(|r| r.language == RuleLanguage::Python) {
        let Some(scope) = rule
            .meta
            .as_ref()
            .map(|m| &m.scope)
            .filter(|s| !s.is_empty())
        else {
            continue;
        };
        checked += 1;
        let compiled = compile(std::slice::from_ref(rule));
        // (positive fixture, names of flagged calls) per finding, and every call name per fixture.
        let mut flagged: Vec<(bool, Vec<String>)> = Vec::new();
        let mut called: Vec<String> = Vec::new();
        for fixture in &rule.fixtures {
            let name = fixture.name.rsplit('/').next().unwrap_or(&fixture.name);
            let (out, model) = pathfinder_engine::scan_source(name, &fixture.text, &compiled);
            for f in out.findings.iter().filter(|f| f.rule_id == rule.id) {
                let mut names = flagged_calls(&model, f.location.line, f.location.column);
                // A flow's source is named on the page too (`random.random` feeding a token).
                if let Some(source) = f.flow.first().filter(|s| s.message.starts_with("source")) {
                    names.extend(flagged_calls(
                        &model,
                        source.location.line,
                        source.location.column,
                    ));
                }
                flagged.push((fixture.positive, names));
            }
            for call in &model.calls {
                called.extend(call.fqn.clone());
                called.push(call.callee.clone());
            }
        }
        for api in &scope.reported {
            let hit = flagged
                .iter()
                .any(|(pos, names)| *pos && names.iter().any(|n| ScopeApis::names(api, n)));
            if !hit {
                problems.push(format!(
                    "{}: `{api}` is listed as reported, but no positive fixture line is a finding on it",
                    rule.id
                ));
            }
        }
        for api in &scope.not_reported {
            if flagged
                .iter()
                .any(|(_, names)| names.iter().any(|n| ScopeApis::names(api, n)))
            {
                problems.push(format!(
                    "{}: `{api}` is listed as not reported, but a fixture finding is on it",
                    rule.id
                ));
            } else if !called.iter().any(|n| ScopeApis::names(api, n)) {
                problems.push(format!(
                    "{}: `{api}` is listed as not reported, but no fixture calls it",
                    rule.id
                ));
            }
        }
    }
    assert!(
        checked > 0,
        "no rule declares scope: the check checks nothing"
    );
    assert!(
        problems.is_empty(),
        "{} detection scope entries disagree with the fixtures:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Per bundle, every finding (rule, position, message) each rule reports on its own positive fixtures: a
/// change of message or span shows as a snapshot diff even where the fixture's line set still passes.
#[test]
fn positive_fixture_findings_snapshot() {
    use pathfinder_engine::fixtures::scan_fixture;
    use std::collections::BTreeMap;
    use std::fmt::Write;
    let rules = builtin_rules().expect("catalog loads");
    let mut bundles: BTreeMap<String, String> = BTreeMap::new();
    for rule in &rules {
        let compiled = compile(std::slice::from_ref(rule));
        let bundle = format!(
            "{}_{}",
            rule.language.category(),
            rule.bundle.as_deref().unwrap_or("none")
        );
        let out = bundles.entry(bundle).or_default();
        for fixture in rule.fixtures.iter().filter(|f| f.positive) {
            if rule.language == RuleLanguage::Go && !fixture.name.ends_with(".go") {
                continue;
            }
            let (scan, _) = scan_fixture(rule.language, fixture, &compiled);
            let mut all: Vec<_> = scan
                .findings
                .iter()
                .map(|f| (f, ""))
                .chain(scan.suppressed.iter().map(|f| (f, " (suppressed)")))
                .collect();
            all.sort_by(|a, b| a.0.location.cmp(&b.0.location));
            for (f, note) in all {
                let l = &f.location;
                writeln!(
                    out,
                    "{} {}:{}:{}-{}:{}{note}\n    {}",
                    f.rule_id, fixture.name, l.line, l.column, l.end_line, l.end_column, f.message
                )
                .unwrap();
            }
        }
    }
    for (bundle, text) in bundles {
        insta::assert_snapshot!(format!("findings_{bundle}"), text);
    }
}
