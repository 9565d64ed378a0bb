//! `meta.yaml`: everything a rule's documentation page, SARIF help and `rules show` display.
//! Key names follow the reference catalog so existing metadata files load unchanged.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RuleMeta {
    pub id: String,
    pub name: String,
    /// One sentence: what the rule flags.
    pub short_description: String,
    pub severity: String,
    pub category: String,
    pub language: String,
    /// `python/lang/PYTHON-LANG-SEC-070`
    pub ruleset: String,
    pub cwe: Vec<Cwe>,
    pub owasp: Vec<Owasp>,
    pub tags: Vec<String>,
    pub author: Option<Author>,
    /// `high`, `medium`, `low`: how likely a finding is a true positive.
    pub confidence: String,
    /// `vuln` (exploitable as written), `audit` (needs a human look), `secure-default`.
    pub subcategory: String,
    /// `vulnerability` or `audit`: which profile runs the rule (see [`RuleKind`]).
    pub kind: String,
    /// Import roots of the frameworks the rule is about (`flask`, `django`): it reports only in files of
    /// those frameworks (and in framework-free helper files of a project that uses one). Empty: any code.
    pub frameworks: Vec<String>,
    /// Long description (Markdown): what it detects and why it matters.
    pub description: String,
    /// The finding message: says what is wrong and how to fix it.
    pub message: String,
    pub security_implications: Vec<Implication>,
    /// How to fix, as ordered steps.
    pub recommendations: Vec<String>,
    pub vulnerable_example: String,
    pub secure_example: String,
    /// Exactly what is and is not matched.
    pub detection_scope: String,
    /// The APIs the detection scope names, as data: the catalog test checks each `reported` one against
    /// a finding on a positive fixture line and that no finding is on a `not_reported` one.
    pub scope: ScopeApis,
    pub known_limitations: Vec<String>,
    pub compliance: Vec<Compliance>,
    pub references: Vec<Reference>,
    pub similar_rules: Vec<SimilarRule>,
    pub faq: Vec<Faq>,
    pub cves: Vec<Cve>,
    pub status: String,
    /// Free-form note on where this rule deliberately differs from the reference tool.
    pub differences: String,
}

/// `scope: {reported: [...], not_reported: [...]}` in `meta.yaml`. An entry names a call as the rule
/// matches it: a resolved name (`hashlib.sha1`, `django.utils.safestring.mark_safe`), or a method on any
/// receiver written with a leading `*.` (`*.set_password`). A trailing `()` is allowed and ignored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScopeApis {
    pub reported: Vec<String>,
    pub not_reported: Vec<String>,
}

impl ScopeApis {
    pub fn is_empty(&self) -> bool {
        self.reported.is_empty() && self.not_reported.is_empty()
    }

    /// Whether the entry `api` names the call `name` (a resolved name or the callee as written):
    /// `hashlib.sha1` names `hashlib.sha1`; `*.bind` names `s.bind` and `socket.socket.bind`.
    pub fn names(api: &str, name: &str) -> bool {
        let api = api.trim().trim_end_matches("()");
        match api.strip_prefix("*.") {
            Some(method) => name == method || name.ends_with(&format!(".{method}")),
            None => name == api,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cwe {
    pub id: String,
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Owasp {
    pub id: String,
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Author {
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Implication {
    pub title: String,
    pub description: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Compliance {
    pub standard: String,
    pub requirement: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reference {
    pub title: String,
    pub url: String,
}

/// Either a bare id or `{id, description}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SimilarRule {
    Id(String),
    Described {
        id: String,
        #[serde(default)]
        description: String,
    },
}

impl SimilarRule {
    pub fn id(&self) -> &str {
        match self {
            SimilarRule::Id(id) | SimilarRule::Described { id, .. } => id,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Faq {
    pub question: String,
    pub answer: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cve {
    pub id: String,
    pub description: String,
    pub url: String,
}

/// What a finding of a rule means, and so which profile runs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleKind {
    /// Outside data reaches a dangerous operation, or a setting is insecure as written: a verdict.
    /// The default scan runs these.
    Vulnerability,
    /// A dangerous API used with data we cannot trace: worth a review, not a verdict. Runs with the
    /// audit profile, an `<language>/audit` ruleset or by id; never above medium severity.
    Audit,
}

impl RuleKind {
    pub fn parse(s: &str) -> Option<RuleKind> {
        match s.trim() {
            "vulnerability" => Some(RuleKind::Vulnerability),
            "audit" => Some(RuleKind::Audit),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RuleKind::Vulnerability => "vulnerability",
            RuleKind::Audit => "audit",
        }
    }
}

impl RuleMeta {
    pub fn parse(text: &str) -> Result<RuleMeta, serde_yaml::Error> {
        serde_yaml::from_str(text)
    }

    /// The declared kind: `Ok(None)` when the key is absent (user rules may leave it out), an error
    /// naming the bad value otherwise.
    pub fn rule_kind(&self) -> Result<Option<RuleKind>, String> {
        if self.kind.trim().is_empty() {
            return Ok(None);
        }
        RuleKind::parse(&self.kind).map(Some).ok_or_else(|| {
            format!(
                "unknown kind {:?} (expected vulnerability or audit)",
                self.kind
            )
        })
    }

    /// The Detection scope section as a page shows it: the prose, then the `scope` lists.
    pub fn detection_scope_page(&self) -> String {
        let mut out = self.detection_scope.trim().to_string();
        let list = |items: &[String]| {
            items
                .iter()
                .map(|a| format!("`{}`", a.trim()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !self.scope.reported.is_empty() {
            out.push_str(&format!(
                "\n\n**APIs reported:** {}.",
                list(&self.scope.reported)
            ));
        }
        if !self.scope.not_reported.is_empty() {
            out.push_str(&format!(
                "\n\n**APIs not reported:** {}.",
                list(&self.scope.not_reported)
            ));
        }
        out
    }

    /// Sections a rule page must have; the catalog lint in `cargo test` fails on any that is empty.
    pub fn missing_sections(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        let checks: [(&'static str, bool); 12] = [
            ("kind", self.kind.trim().is_empty()),
            (
                "short_description",
                self.short_description.trim().is_empty(),
            ),
            ("description", self.description.trim().is_empty()),
            ("message", self.message.trim().is_empty()),
            (
                "security_implications",
                self.security_implications.is_empty(),
            ),
            ("recommendations", self.recommendations.is_empty()),
            ("secure_example", self.secure_example.trim().is_empty()),
            ("detection_scope", self.detection_scope.trim().is_empty()),
            ("cwe", self.cwe.is_empty()),
            ("references", self.references.is_empty()),
            ("faq", self.faq.is_empty()),
            ("owasp", self.owasp.is_empty()),
        ];
        for (name, is_missing) in checks {
            if is_missing {
                missing.push(name);
            }
        }
        missing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_lists_are_parsed_matched_and_rendered() {
        let m = RuleMeta::parse(
            "id: X\ndetection_scope: Calls.\nscope:\n  reported: [hashlib.sha1, \"*.bind()\"]\n  not_reported: [hmac.new]\n",
        )
        .unwrap();
        assert_eq!(m.scope.reported, vec!["hashlib.sha1", "*.bind()"]);
        assert!(ScopeApis::names("hashlib.sha1", "hashlib.sha1"));
        assert!(!ScopeApis::names("hashlib.sha1", "hashlib.sha1_x"));
        assert!(ScopeApis::names("*.bind()", "self.sock.bind"));
        assert!(ScopeApis::names("*.bind", "bind"));
        assert!(!ScopeApis::names("*.bind", "rebind"));
        assert_eq!(
            m.detection_scope_page(),
            "Calls.\n\n**APIs reported:** `hashlib.sha1`, `*.bind()`.\n\n**APIs not reported:** `hmac.new`."
        );
    }

    #[test]
    fn kind_is_parsed_and_validated() {
        let m = RuleMeta::parse("id: X\nkind: audit\n").unwrap();
        assert_eq!(m.rule_kind(), Ok(Some(RuleKind::Audit)));
        let m = RuleMeta::parse("id: X\n").unwrap();
        assert_eq!(m.rule_kind(), Ok(None));
        assert!(m.missing_sections().contains(&"kind"));
        let m = RuleMeta::parse("id: X\nkind: vuln\n").unwrap();
        assert!(m.rule_kind().unwrap_err().contains("\"vuln\""));
    }
}
