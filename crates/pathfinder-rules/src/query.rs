//! Which rules run: one query (`--ruleset`, `--rules`, built-ins on/off, languages, profile, excludes,
//! ids, `--no-taint`) resolved in one place, [`RuleSet::select`], for every entry point (`scan`, `ci`,
//! `rules list`, `registry build`, the playground, the MCP server, the language server, `test`).
//!
//! `--rules PATH` has one meaning everywhere: the rules in PATH are loaded beside the built-in catalog (a
//! user rule with a built-in rule's id replaces it) and are always selected. Built-in rules are selected
//! by `--ruleset` specs; when no spec and no rule path is given, the default applies: the built-in rules
//! of the profile (vulnerability rules; audit adds audit rules) for the languages present.

use crate::catalog::{self, LoadError, Rule, RuleBody, RuleLanguage};
use crate::meta::RuleKind;
use globset::{GlobBuilder, GlobMatcher};
use pathfinder_workspace::Profile;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

/// What the user asked for, before any rule is loaded.
#[derive(Debug, Clone)]
pub struct RuleQuery {
    /// `--ruleset` specs, resolved over built-in and user rules (`python/all`, `docker/security`, an id).
    pub rulesets: Vec<String>,
    /// `--rules` files or directories; every rule in them is selected.
    pub paths: Vec<PathBuf>,
    /// Whether the built-in catalog is loaded at all (`--no-builtin` turns it off).
    pub builtin: bool,
    /// The languages the default selection covers; `None` is every language.
    pub languages: Option<Vec<RuleLanguage>>,
    /// The default selection's profile: vulnerability rules, or every rule with `Audit`.
    pub profile: Profile,
    /// Rule ids or globs not to run (`exclude-rules`, `--exclude-rule`).
    pub excludes: Vec<Exclude>,
    /// When not empty, only these rule ids are kept (case-insensitive; `test --rule`).
    pub ids: Vec<String>,
    /// Drop dataflow (`flows()`) rules (`--no-taint`).
    pub no_taint: bool,
}

impl Default for RuleQuery {
    fn default() -> Self {
        RuleQuery {
            rulesets: Vec::new(),
            paths: Vec::new(),
            builtin: true,
            languages: None,
            profile: Profile::Default,
            excludes: Vec::new(),
            ids: Vec::new(),
            no_taint: false,
        }
    }
}

impl RuleQuery {
    /// Every known rule by default: the view of catalogs (`rules list`, the registry, the playground).
    pub fn catalog() -> RuleQuery {
        RuleQuery {
            profile: Profile::Audit,
            ..RuleQuery::default()
        }
    }
}

/// A rule id pattern not to run, with where it was written (for messages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exclude {
    pub pattern: String,
    pub origin: String,
}

/// The loaded rules a query chooses from: the built-in catalog and the rules of `--rules` paths.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub builtin: Vec<Arc<Rule>>,
    pub user: Vec<Arc<Rule>>,
}

/// The outcome of a query: the chosen rules (sorted by id) and warnings about patterns matching nothing.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub rules: Vec<Arc<Rule>>,
    pub warnings: Vec<String>,
}

/// Where the built-in catalog comes from: [`catalog::builtin_rules`] interprets the embedded files; a
/// consumer may hand in another source of the same rules (one compiled at build time).
pub type BuiltinLoader = fn() -> Result<Vec<Arc<Rule>>, LoadError>;

/// Loads what `query` needs (the built-in catalog unless turned off, and its rule paths) and selects.
pub fn resolve(query: &RuleQuery) -> Result<(RuleSet, Selection), String> {
    resolve_with(query, catalog::builtin_rules)
}

/// [`resolve`] with the built-in catalog from `builtin`.
pub fn resolve_with(
    query: &RuleQuery,
    builtin: BuiltinLoader,
) -> Result<(RuleSet, Selection), String> {
    let set = RuleSet::load_with(&query.paths, query.builtin.then_some(builtin))
        .map_err(|e| format!("cannot load rules: {e}"))?;
    let selection = set.select(query)?;
    Ok((set, selection))
}

impl RuleSet {
    /// The built-in catalog (unless `builtin` is false) and the rules of `paths`. Any rule file that
    /// fails to load is an error.
    pub fn load(paths: &[PathBuf], builtin: bool) -> Result<RuleSet, LoadError> {
        RuleSet::load_with(
            paths,
            builtin.then_some(catalog::builtin_rules as BuiltinLoader),
        )
    }

    /// [`RuleSet::load`] with the built-in catalog from `builtin` (none when `None`).
    pub fn load_with(
        paths: &[PathBuf],
        builtin: Option<BuiltinLoader>,
    ) -> Result<RuleSet, LoadError> {
        let builtin = match builtin {
            Some(load) => load()?,
            None => Vec::new(),
        };
        let mut user = Vec::new();
        for p in paths {
            user.extend(catalog::load_rules_path(p)?);
        }
        // Each path is checked alone; two paths may still define one id.
        catalog::check_unique_ids(&user)?;
        Ok(RuleSet { builtin, user })
    }

    /// Every known rule, user rules shadowing built-in ones with the same id, sorted by id.
    pub fn all(&self) -> Vec<Arc<Rule>> {
        let mut by_id: BTreeMap<String, Arc<Rule>> = BTreeMap::new();
        for r in self.builtin.iter().chain(&self.user) {
            by_id.insert(r.id.clone(), r.clone());
        }
        by_id.into_values().collect()
    }

    pub fn find(&self, id: &str) -> Option<Arc<Rule>> {
        self.all()
            .into_iter()
            .find(|r| r.id.eq_ignore_ascii_case(id))
    }

    /// Whether any known rule id matches `pattern` (an id or a glob; `*` always does).
    pub fn matches_any(&self, pattern: &str) -> bool {
        pattern == "*"
            || rule_glob(pattern).is_some_and(|g| self.all().iter().any(|r| g.is_match(&r.id)))
    }

    /// The one place a query becomes a rule list. The query's `paths` must already be loaded into
    /// `self.user` (see [`resolve`]); a set built from rules loaded elsewhere (the MCP server's) works
    /// the same. See the module documentation for what `--rules` and the default mean.
    pub fn select(&self, query: &RuleQuery) -> Result<Selection, String> {
        let all = self.all();
        let mut chosen: BTreeMap<String, Arc<Rule>> = BTreeMap::new();
        for spec in &query.rulesets {
            for r in catalog::select(&all, spec).map_err(|e| e.to_string())? {
                chosen.insert(r.id.clone(), r);
            }
        }
        for r in &self.user {
            chosen.insert(r.id.clone(), r.clone());
        }
        if query.rulesets.is_empty() && self.user.is_empty() {
            for r in &self.builtin {
                let present = query
                    .languages
                    .as_ref()
                    .is_none_or(|ls| ls.contains(&r.language));
                if present && (query.profile == Profile::Audit || r.kind == RuleKind::Vulnerability)
                {
                    chosen.insert(r.id.clone(), r.clone());
                }
            }
        }
        let mut rules: Vec<Arc<Rule>> = chosen.into_values().collect();
        if !query.ids.is_empty() {
            rules.retain(|r| query.ids.iter().any(|id| id.eq_ignore_ascii_case(&r.id)));
        }
        if query.no_taint {
            rules.retain(|r| !matches!(&r.body, RuleBody::Code(m) if m.contains_dataflow()));
        }
        let mut warnings = Vec::new();
        if !query.excludes.is_empty() {
            for e in &query.excludes {
                if !self.matches_any(&e.pattern) {
                    warnings.push(unmatched(&e.origin, &e.pattern));
                }
            }
            let globs: Vec<GlobMatcher> = query
                .excludes
                .iter()
                .map(|e| {
                    rule_glob(&e.pattern).ok_or_else(|| {
                        format!("{}: invalid rule pattern `{}`", e.origin, e.pattern)
                    })
                })
                .collect::<Result<_, _>>()?;
            rules.retain(|r| !globs.iter().any(|g| g.is_match(&r.id)));
        }
        Ok(Selection { rules, warnings })
    }
}

/// The warning for a rule pattern that matches no loaded rule (a typo must not silently do nothing).
pub fn unmatched(origin: &str, pattern: &str) -> String {
    format!("{origin}: `{pattern}` matches no loaded rule id")
}

/// A rule id pattern (`PYTHON-FLASK-*`) as a case-insensitive glob; `None` when it does not compile.
pub fn rule_glob(pattern: &str) -> Option<GlobMatcher> {
    GlobBuilder::new(pattern)
        .case_insensitive(true)
        .build()
        .ok()
        .map(|g| g.compile_matcher())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user_rule(id: &str) -> Arc<Rule> {
        let source = format!(
            "from codepathfinder import calls\nfrom codepathfinder.python_decorators import python_rule\n\n@python_rule(id=\"{id}\", name=\"n\", severity=\"HIGH\", message=\"m\")\ndef r():\n    return calls(\"eval\")\n"
        );
        Arc::new(
            catalog::load_rule_text("mem.py", &source)
                .unwrap()
                .remove(0),
        )
    }

    fn builtin() -> Vec<Arc<Rule>> {
        catalog::builtin_rules().unwrap()
    }

    fn ids(s: &Selection) -> Vec<&str> {
        s.rules.iter().map(|r| r.id.as_str()).collect()
    }

    #[test]
    fn default_is_the_vulnerability_rules_of_the_languages_present() {
        let set = RuleSet {
            builtin: builtin(),
            user: Vec::new(),
        };
        let query = RuleQuery {
            languages: Some(vec![RuleLanguage::Dockerfile]),
            ..RuleQuery::default()
        };
        let s = set.select(&query).unwrap();
        assert!(!s.rules.is_empty());
        assert!(s
            .rules
            .iter()
            .all(|r| r.language == RuleLanguage::Dockerfile && r.kind == RuleKind::Vulnerability));
        let audit = set
            .select(&RuleQuery {
                profile: Profile::Audit,
                ..query
            })
            .unwrap();
        let expected = set
            .builtin
            .iter()
            .filter(|r| r.language == RuleLanguage::Dockerfile)
            .count();
        assert_eq!(audit.rules.len(), expected);
        assert!(audit.rules.len() > s.rules.len());
        // Every language, every kind: the catalog view.
        assert_eq!(
            set.select(&RuleQuery::catalog()).unwrap().rules.len(),
            set.builtin.len()
        );
    }

    #[test]
    fn rule_paths_turn_the_default_off_and_rulesets_add_to_them() {
        let set = RuleSet {
            builtin: builtin(),
            user: vec![user_rule("TEAM-001")],
        };
        assert_eq!(
            ids(&set.select(&RuleQuery::default()).unwrap()),
            ["TEAM-001"]
        );
        let q = RuleQuery {
            rulesets: vec!["python/PYTHON-LANG-SEC-070".into()],
            ..RuleQuery::default()
        };
        assert_eq!(
            ids(&set.select(&q).unwrap()),
            ["PYTHON-LANG-SEC-070", "TEAM-001"]
        );
    }

    #[test]
    fn a_user_rule_replaces_the_builtin_rule_with_its_id() {
        let set = RuleSet {
            builtin: builtin(),
            user: vec![user_rule("PYTHON-LANG-SEC-070")],
        };
        let q = RuleQuery {
            rulesets: vec!["python/PYTHON-LANG-SEC-070".into()],
            ..RuleQuery::default()
        };
        let s = set.select(&q).unwrap();
        assert_eq!(ids(&s), ["PYTHON-LANG-SEC-070"]);
        assert!(!s.rules[0].builtin);
    }

    #[test]
    fn excludes_ids_and_no_taint_narrow_the_choice() {
        let set = RuleSet {
            builtin: builtin(),
            user: Vec::new(),
        };
        let q = RuleQuery {
            rulesets: vec!["python/flask".into()],
            excludes: vec![
                Exclude {
                    pattern: "python-flask-sec-00*".into(),
                    origin: "--exclude-rule".into(),
                },
                Exclude {
                    pattern: "NOPE-*".into(),
                    origin: "pathfinder.toml (exclude-rules)".into(),
                },
            ],
            ..RuleQuery::default()
        };
        let s = set.select(&q).unwrap();
        assert!(!s.rules.is_empty());
        assert!(s
            .rules
            .iter()
            .all(|r| !r.id.starts_with("PYTHON-FLASK-SEC-00")));
        assert_eq!(
            s.warnings,
            ["pathfinder.toml (exclude-rules): `NOPE-*` matches no loaded rule id"]
        );
        let no_taint = set
            .select(&RuleQuery {
                no_taint: true,
                ..q.clone()
            })
            .unwrap();
        assert!(no_taint.rules.len() < s.rules.len());
        assert!(no_taint
            .rules
            .iter()
            .all(|r| !matches!(&r.body, RuleBody::Code(m) if m.contains_dataflow())));
        let one = set
            .select(&RuleQuery {
                ids: vec!["python-flask-sec-010".into()],
                ..RuleQuery::catalog()
            })
            .unwrap();
        assert_eq!(ids(&one), ["PYTHON-FLASK-SEC-010"]);
    }

    #[test]
    fn bad_specs_and_patterns_are_errors() {
        let set = RuleSet {
            builtin: builtin(),
            user: Vec::new(),
        };
        let e = set
            .select(&RuleQuery {
                rulesets: vec!["cobol/all".into()],
                ..RuleQuery::default()
            })
            .unwrap_err();
        assert!(e.contains("unknown ruleset category"), "{e}");
        let e = set
            .select(&RuleQuery {
                excludes: vec![Exclude {
                    pattern: "[".into(),
                    origin: "--exclude-rule".into(),
                }],
                ..RuleQuery::default()
            })
            .unwrap_err();
        assert_eq!(e, "--exclude-rule: invalid rule pattern `[`");
    }

    #[test]
    fn without_the_builtin_catalog_only_rule_paths_count() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("team.py");
        std::fs::write(
            &file,
            "from codepathfinder import calls\nfrom codepathfinder.python_decorators import python_rule\n\n@python_rule(id=\"TEAM-9\", name=\"n\", severity=\"LOW\", message=\"m\")\ndef r():\n    return calls(\"eval\")\n",
        )
        .unwrap();
        let (set, s) = resolve(&RuleQuery {
            paths: vec![file],
            builtin: false,
            ..RuleQuery::catalog()
        })
        .unwrap();
        assert!(set.builtin.is_empty());
        assert_eq!(ids(&s), ["TEAM-9"]);
    }
}
