//! Loading rules: the built-in catalog embedded in the binary and user rules from `--rules` paths, both
//! read the same way (rule.py through the static DSL reader, meta.yaml beside it, fixtures under tests/).

use crate::container::ContainerError;
use crate::dsl::{self, Family, RuleRecord};
use crate::ir::Matcher;
use crate::meta::{RuleKind, RuleMeta};
use include_dir::{include_dir, Dir};
use pathfinder_findings::{RuleInfo, Severity};
use pathfinder_workspace::{read_regular_file, MAX_SMALL_FILE};
use std::borrow::Borrow;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

static BUILTIN: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../rules");

/// A rule's language is the workspace's [`Language`](pathfinder_workspace::Language): one enum, its names
/// (ruleset category, code fence, aliases) written once in `pathfinder_workspace::lang`.
pub use pathfinder_workspace::Language as RuleLanguage;

/// A fixture file: source text plus whether it is a positive (vulnerable) or negative (safe) case.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Fixture {
    /// `tests/positive/server.py`
    pub name: String,
    pub text: String,
    pub positive: bool,
}

/// What a rule matches on.
#[derive(Debug, Clone)]
pub enum RuleBody {
    /// Python/Go code rules: the typed IR.
    Code(Matcher),
    /// Dockerfile/compose rules: the condition tree, or why the static engine cannot run it (a Python
    /// callable; the rule is reported as skipped). A wrong rule (a bad regex) is a load error instead.
    Container(Result<crate::container::Cond, String>),
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub name: String,
    pub severity: Severity,
    pub cwe: Vec<String>,
    pub owasp: Vec<String>,
    pub message: String,
    pub language: RuleLanguage,
    /// `lang` for `rules/python/lang/…`; `None` for user rules outside that layout.
    pub bundle: Option<String>,
    /// From `meta.yaml`; rules without one (user rules) are vulnerability rules.
    pub kind: RuleKind,
    pub body: RuleBody,
    /// The rule record exactly as the DSL reader produced it (what `rules ir` prints).
    pub record: serde_json::Value,
    pub meta: Option<RuleMeta>,
    /// Where it came from, for messages: `builtin:python/lang/X/rule.py` or a file path.
    pub origin: String,
    /// 1-based line of the rule's definition in `origin`.
    pub line: u32,
    pub source: String,
    pub fixtures: Vec<Fixture>,
    pub builtin: bool,
}

impl Rule {
    /// What reporters show about this rule, from rule.py and meta.yaml.
    pub fn info(&self) -> RuleInfo {
        let meta = self.meta.clone().unwrap_or_default();
        let doc = crate::doc::RuleDoc::new(self);
        let short = doc.summary.clone();
        let full = if doc.description.is_empty() {
            short.clone()
        } else {
            doc.description.clone()
        };
        let precision = match meta.confidence.to_ascii_lowercase().as_str() {
            "high" => "high",
            "low" => "low",
            "very-high" => "very-high",
            _ => "medium",
        }
        .to_string();
        let mut tags = meta.tags.clone();
        if !meta.subcategory.is_empty() {
            tags.push(meta.subcategory.clone());
        }
        RuleInfo {
            id: self.id.clone(),
            name: self.name.clone(),
            severity: Some(self.severity),
            cwe: self.cwe.clone(),
            owasp: self.owasp.clone(),
            short_description: short,
            full_description: full,
            help_text: doc.sarif_help_text(),
            help_markdown: doc.sarif_help_markdown(),
            tags,
            precision,
            help_uri: self.bundle.as_ref().map(|b| {
                format!(
                    "https://pathfinder-sast.github.io/registry/{}/{}/{}",
                    self.language.category(),
                    b,
                    self.id
                )
            }),
            references: meta.references.iter().map(|r| r.url.clone()).collect(),
        }
    }

    /// `python/lang/PYTHON-LANG-SEC-070`, or the language and id for rules outside the catalog layout.
    pub fn ruleset_path(&self) -> String {
        match &self.bundle {
            Some(b) => format!("{}/{}/{}", self.language.category(), b, self.id),
            None => format!("{}/{}", self.language.category(), self.id),
        }
    }
}

/// A rule file that could not be loaded. Always names the file, and the line when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub path: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
            if let Some(c) = self.column {
                write!(f, ":{c}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for LoadError {}

impl From<dsl::DslError> for LoadError {
    fn from(e: dsl::DslError) -> Self {
        LoadError {
            path: e.path,
            line: Some(e.line),
            column: Some(e.column),
            message: e.message,
        }
    }
}

fn err(path: &str, message: impl Into<String>) -> LoadError {
    LoadError {
        path: path.to_string(),
        line: None,
        column: None,
        message: message.into(),
    }
}

/// Turns the reader's records into rules. `bundle`/`meta`/`fixtures` come from the directory layout.
fn build_rules(
    origin: &str,
    source: &str,
    records: Vec<RuleRecord>,
    bundle: Option<String>,
    meta: Option<RuleMeta>,
    fixtures: Vec<Fixture>,
    builtin: bool,
) -> Result<Vec<Rule>, LoadError> {
    let mut rules = Vec::new();
    for record in records {
        let at = |message: String| LoadError {
            path: origin.to_string(),
            line: Some(record.line),
            column: None,
            message,
        };
        let (header, body, language) = match record.family {
            Family::Container => {
                let r = &record.record;
                let language = if r.get("rule_type").and_then(|v| v.as_str()) == Some("compose") {
                    RuleLanguage::Compose
                } else {
                    RuleLanguage::Dockerfile
                };
                let matcher = r.get("matcher").cloned().unwrap_or_default();
                let cond = match crate::container::compile(&matcher) {
                    Ok(cond) => Ok(cond),
                    Err(ContainerError::Unsupported(reason)) => Err(reason),
                    Err(ContainerError::Invalid(reason)) => {
                        let id = r.get("id").and_then(|v| v.as_str()).unwrap_or("");
                        return Err(at(format!("rule {id}: {reason}")));
                    }
                };
                (r.clone(), RuleBody::Container(cond), language)
            }
            family => {
                let header = record.record.get("rule").cloned().unwrap_or_default();
                let matcher_json = record.record.get("matcher").cloned().unwrap_or_default();
                let matcher: Matcher = serde_json::from_value(matcher_json)
                    .map_err(|e| at(format!("rule matcher is not a code matcher: {e}")))?;
                let language = if family == Family::Go {
                    RuleLanguage::Go
                } else {
                    RuleLanguage::Python
                };
                (header, RuleBody::Code(matcher), language)
            }
        };
        let text = |key: &str| {
            header
                .get(key)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string()
        };
        let id = text("id");
        if id.trim().is_empty() {
            return Err(at("rule has an empty id".into()));
        }
        let severity_text = text("severity");
        let severity = Severity::parse(&severity_text).ok_or_else(|| {
            at(format!(
                "rule {id}: unknown severity {severity_text:?} (expected critical, high, medium, low or info)"
            ))
        })?;
        let list = |key: &str| -> Vec<String> {
            text(key)
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        };
        let message = match record.family {
            Family::Container => text("message"),
            _ => text("description"),
        };
        let meta = meta.clone();
        let mut kind = RuleKind::Vulnerability;
        if let Some(m) = &meta {
            if !m.id.is_empty() && m.id != id {
                return Err(err(
                    origin,
                    format!("meta.yaml id {} does not match rule id {id}", m.id),
                ));
            }
            kind = m
                .rule_kind()
                .map_err(|e| err(origin, format!("meta.yaml of {id}: {e}")))?
                .unwrap_or(RuleKind::Vulnerability);
        }
        rules.push(Rule {
            name: text("name"),
            cwe: list("cwe"),
            owasp: list("owasp"),
            message,
            severity,
            language,
            bundle: bundle.clone(),
            kind,
            body,
            record: record.record,
            meta,
            origin: origin.to_string(),
            line: record.line,
            source: source.to_string(),
            fixtures: fixtures.clone(),
            builtin,
            id,
        });
    }
    Ok(rules)
}

fn parse_meta(path: &str, text: &str) -> Result<RuleMeta, LoadError> {
    RuleMeta::parse(text).map_err(|e| LoadError {
        path: path.to_string(),
        line: e.location().map(|l| l.line() as u32),
        column: e.location().map(|l| l.column() as u32),
        message: format!("invalid meta.yaml: {e}"),
    })
}

/// Every rule of the built-in catalog, interpreted from the embedded `rule.py` and `meta.yaml` files. A scan
/// takes the engine's copy, read at build time (`pathfinder_engine::builtin`); this is what it is checked
/// against. The catalog is tested in `cargo test`, so an error here is a bug.
pub fn builtin_rules() -> Result<Vec<Arc<Rule>>, LoadError> {
    rules_from_read(read_builtin()?)
}

/// One rule file of the built-in catalog as the DSL reader and the YAML parser leave it, before it becomes
/// [`Rule`]s: what the engine's build script stores, so start-up interprets no `rule.py` and parses no YAML.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReadRuleFile {
    pub origin: String,
    pub source: String,
    pub records: Vec<ReadRecord>,
    pub bundle: Option<String>,
    pub meta: Option<RuleMeta>,
    pub fixtures: Vec<Fixture>,
}

/// A [`RuleRecord`] in a serialisable form (`family` is `python`, `go`, `legacy` or `container`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReadRecord {
    pub family: String,
    pub line: u32,
    pub record: serde_json::Value,
}

const FAMILIES: [(Family, &str); 4] = [
    (Family::Python, "python"),
    (Family::Go, "go"),
    (Family::Legacy, "legacy"),
    (Family::Container, "container"),
];

/// Reads (interprets) every rule file of the embedded catalog, in parallel.
pub fn read_builtin() -> Result<Vec<ReadRuleFile>, LoadError> {
    use rayon::prelude::*;
    let mut dirs = Vec::new();
    rule_dirs(&BUILTIN, &mut dirs);
    let read: Vec<Option<ReadRuleFile>> = dirs
        .par_iter()
        .map(|d| read_builtin_dir(d))
        .collect::<Result<_, _>>()?;
    Ok(read.into_iter().flatten().collect())
}

/// Turns read rule files into the catalog's rules, sorted by id.
pub fn rules_from_read(files: Vec<ReadRuleFile>) -> Result<Vec<Arc<Rule>>, LoadError> {
    let mut rules = Vec::new();
    for f in files {
        let mut records = Vec::with_capacity(f.records.len());
        for r in f.records {
            let family = FAMILIES
                .iter()
                .find(|(_, name)| *name == r.family)
                .map(|(family, _)| *family)
                .ok_or_else(|| err(&f.origin, format!("unknown rule family {:?}", r.family)))?;
            records.push(RuleRecord {
                family,
                line: r.line,
                record: r.record,
            });
        }
        rules.extend(build_rules(
            &f.origin, &f.source, records, f.bundle, f.meta, f.fixtures, true,
        )?);
    }
    rules.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(rules.into_iter().map(Arc::new).collect())
}

/// Directories of the embedded catalog that hold a `rule.py`.
fn rule_dirs<'d>(dir: &'d Dir<'d>, out: &mut Vec<&'d Dir<'d>>) {
    if dir
        .files()
        .any(|f| f.path().file_name().is_some_and(|n| n == "rule.py"))
    {
        out.push(dir);
        return;
    }
    for sub in dir.dirs() {
        rule_dirs(sub, out);
    }
}

fn read_builtin_dir(dir: &Dir<'_>) -> Result<Option<ReadRuleFile>, LoadError> {
    if let Some(file) = dir
        .files()
        .find(|f| f.path().file_name().is_some_and(|n| n == "rule.py"))
    {
        let path = file.path();
        let origin = format!("builtin:{}", path.display());
        let source = file
            .contents_utf8()
            .ok_or_else(|| err(&origin, "rule.py is not UTF-8"))?;
        let records = dsl::read_rule_source(&origin, source)?;
        let meta = match dir.get_file(dir.path().join("meta.yaml")) {
            Some(m) => Some(parse_meta(
                &format!("builtin:{}", m.path().display()),
                m.contents_utf8().unwrap_or(""),
            )?),
            None => None,
        };
        let mut fixtures = Vec::new();
        for (kind, positive) in [("positive", true), ("negative", false)] {
            if let Some(d) = dir.get_dir(dir.path().join("tests").join(kind)) {
                let mut files: Vec<_> = d.files().collect();
                files.sort_by_key(|f| f.path());
                for f in files {
                    let name = f.path().strip_prefix(dir.path()).unwrap_or(f.path());
                    fixtures.push(Fixture {
                        name: name.to_string_lossy().replace('\\', "/"),
                        text: f.contents_utf8().unwrap_or("").to_string(),
                        positive,
                    });
                }
            }
        }
        // rules/<language>/<bundle>/<RULE-ID>/rule.py
        let parts: Vec<String> = path
            .iter()
            .map(|p| p.to_string_lossy().to_string())
            .collect();
        let bundle = (parts.len() >= 4).then(|| parts[parts.len() - 3].clone());
        let records = records
            .into_iter()
            .map(|r| ReadRecord {
                family: FAMILIES
                    .iter()
                    .find(|(family, _)| *family == r.family)
                    .map_or("python", |(_, name)| name)
                    .to_string(),
                line: r.line,
                record: r.record,
            })
            .collect();
        return Ok(Some(ReadRuleFile {
            origin,
            source: source.to_string(),
            records,
            bundle,
            meta,
            fixtures,
        }));
    }
    Ok(None)
}

/// Heuristic the reference tool also uses: a `.py` file is a rule file when it talks to the rule SDK.
pub fn looks_like_rule_file(text: &str) -> bool {
    text.contains("codepathfinder")
}

/// Loads user rules from a file or a directory (recursively). Any rule file that fails to load is an error:
/// never skipped silently.
pub fn load_rules_path(path: &Path) -> Result<Vec<Arc<Rule>>, LoadError> {
    let display = path.display().to_string();
    let meta = std::fs::metadata(path)
        .map_err(|e| err(&display, format!("cannot read rules path: {e}")))?;
    let mut files = Vec::new();
    if meta.is_dir() {
        collect_rule_files(path, &mut files, 0)?;
    } else {
        files.push(path.to_path_buf());
    }
    let mut rules = Vec::new();
    for file in files {
        rules.extend(load_rule_file(&file, !meta.is_dir())?);
    }
    check_unique_ids(&rules)?;
    Ok(rules.into_iter().map(Arc::new).collect())
}

/// Two rules with one id would silently shadow each other: an error naming both definitions.
pub fn check_unique_ids<R: std::borrow::Borrow<Rule>>(rules: &[R]) -> Result<(), LoadError> {
    let mut seen: std::collections::HashMap<&str, &Rule> = std::collections::HashMap::new();
    for rule in rules.iter().map(Borrow::borrow) {
        if let Some(first) = seen.insert(rule.id.as_str(), rule) {
            return Err(LoadError {
                path: rule.origin.clone(),
                line: Some(rule.line),
                column: None,
                message: format!(
                    "duplicate rule id {}: also defined at {}:{}",
                    rule.id, first.origin, first.line
                ),
            });
        }
    }
    Ok(())
}

fn collect_rule_files(dir: &Path, out: &mut Vec<PathBuf>, depth: u32) -> Result<(), LoadError> {
    if depth > 32 {
        return Err(err(
            &dir.display().to_string(),
            "rules directory nested too deeply (symlink loop?)",
        ));
    }
    let display = dir.display().to_string();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| err(&display, format!("cannot read directory: {e}")))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    // Fixture folders sit beside rule.py; their .py files are test inputs, not rules.
    let is_rule_dir = entries
        .iter()
        .any(|p| p.file_name().is_some_and(|n| n == "rule.py"));
    for path in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if path.is_dir() {
            if (is_rule_dir && name == "tests") || name.starts_with('.') || name == "__pycache__" {
                continue;
            }
            collect_rule_files(&path, out, depth + 1)?;
        } else if name.ends_with(".py") {
            out.push(path);
        }
    }
    Ok(())
}

fn load_rule_file(path: &Path, explicit: bool) -> Result<Vec<Rule>, LoadError> {
    let display = path.display().to_string();
    let bytes = read_regular_file(path, MAX_SMALL_FILE)
        .map_err(|e| err(&display, format!("cannot read rule file: {e}")))?;
    let source =
        String::from_utf8(bytes).map_err(|_| err(&display, "rule file is not valid UTF-8"))?;
    if !explicit && !looks_like_rule_file(&source) {
        return Ok(Vec::new());
    }
    let records = dsl::read_rule_source(&display, &source)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let is_layout = path.file_name().is_some_and(|n| n == "rule.py");
    let (meta, fixtures, bundle) = if is_layout {
        let meta_path = dir.join("meta.yaml");
        let meta = match read_regular_file(&meta_path, MAX_SMALL_FILE) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                Some(parse_meta(&meta_path.display().to_string(), &text)?)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                let shown = meta_path.display().to_string();
                return Err(err(&shown, format!("cannot read meta.yaml: {e}")));
            }
        };
        let bundle = dir
            .parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().to_string());
        (meta, read_fixtures(dir), bundle)
    } else {
        (None, Vec::new(), None)
    };
    let bundle = bundle.filter(|_| meta.as_ref().is_some_and(|m| !m.ruleset.is_empty()));
    build_rules(&display, &source, records, bundle, meta, fixtures, false)
}

fn read_fixtures(rule_dir: &Path) -> Vec<Fixture> {
    let mut fixtures = Vec::new();
    for (kind, positive) in [("positive", true), ("negative", false)] {
        let dir = rule_dir.join("tests").join(kind);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for p in paths.into_iter().filter(|p| p.is_file()) {
            let text = read_regular_file(&p, MAX_SMALL_FILE).map(String::from_utf8);
            if let Ok(Ok(text)) = text {
                let file = p.file_name().unwrap_or_default().to_string_lossy();
                fixtures.push(Fixture {
                    name: format!("tests/{kind}/{file}"),
                    text,
                    positive,
                });
            }
        }
    }
    fixtures
}

/// Reads one rule source held in memory (the playground's edited rule).
pub fn load_rule_text(label: &str, source: &str) -> Result<Vec<Rule>, LoadError> {
    let records = dsl::read_rule_source(label, source)?;
    let rules = build_rules(label, source, records, None, None, Vec::new(), false)?;
    check_unique_ids(&rules)?;
    Ok(rules)
}

/// Errors for `--ruleset` specs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesetError(pub String);

impl fmt::Display for RulesetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RulesetError {}

/// Selects rules by spec: `python/all`, `python/<bundle>`, `python/<RULE-ID>`, or a bare rule id.
pub fn select(rules: &[Arc<Rule>], spec: &str) -> Result<Vec<Arc<Rule>>, RulesetError> {
    let spec = spec.trim().trim_end_matches('/');
    let (category, rest) = match spec.split_once('/') {
        Some((c, r)) => (Some(c), r),
        None => (None, spec),
    };
    let in_category = |r: &Rule| category.is_none_or(|c| in_category_named(r, c));
    if category.is_some_and(|c| !rules.iter().any(|r| in_category_named(r, c))) {
        let known = categories(rules).join(", ");
        return Err(RulesetError(format!(
            "unknown ruleset category in {spec:?} (known: {known})"
        )));
    }
    // `python/audit` and `python/vulnerability` select by kind across the language's bundles.
    let by_kind = [RuleKind::Audit, RuleKind::Vulnerability]
        .into_iter()
        .find(|k| rest.eq_ignore_ascii_case(k.as_str()));
    let chosen: Vec<Arc<Rule>> = if rest.eq_ignore_ascii_case("all") {
        rules.iter().filter(|r| in_category(r)).cloned().collect()
    } else if let Some(kind) = by_kind {
        rules
            .iter()
            .filter(|r| in_category(r) && r.kind == kind)
            .cloned()
            .collect()
    } else {
        let by_id: Vec<_> = rules
            .iter()
            .filter(|r| in_category(r) && r.id.eq_ignore_ascii_case(rest))
            .cloned()
            .collect();
        if !by_id.is_empty() {
            by_id
        } else {
            rules
                .iter()
                .filter(|r| {
                    in_category(r)
                        && r.bundle.as_deref().is_some_and(|b| {
                            b.eq_ignore_ascii_case(rest)
                                || b.replace('_', "-").eq_ignore_ascii_case(rest)
                        })
                })
                .cloned()
                .collect()
        }
    };
    if chosen.is_empty() && category.is_none() && rules.iter().any(|r| in_category_named(r, rest)) {
        return Err(RulesetError(format!(
            "unknown ruleset {spec:?}: a language needs a bundle; did you mean `{}/all`?",
            rest.to_ascii_lowercase()
        )));
    }
    if chosen.is_empty() {
        let bundles = bundles(rules, category);
        return Err(RulesetError(format!(
            "unknown ruleset {spec:?}: no rule id or bundle by that name (bundles: {})",
            if bundles.is_empty() {
                "none".to_string()
            } else {
                bundles.join(", ")
            }
        )));
    }
    Ok(chosen)
}

fn in_category_named(r: &Rule, c: &str) -> bool {
    RuleLanguage::parse(c) == Some(r.language)
}

fn categories(rules: &[Arc<Rule>]) -> Vec<String> {
    let mut cats: Vec<String> = rules
        .iter()
        .map(|r| r.language.category().to_string())
        .collect();
    cats.sort();
    cats.dedup();
    cats
}

/// Bundle names (`python/lang`, …) present among `rules`, optionally within one category.
pub fn bundles(rules: &[Arc<Rule>], category: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = rules
        .iter()
        .filter(|r| category.is_none_or(|c| in_category_named(r, c)))
        .filter_map(|r| {
            r.bundle
                .as_ref()
                .map(|b| format!("{}/{b}", r.language.category()))
        })
        .collect();
    out.sort();
    out.dedup();
    out
}
