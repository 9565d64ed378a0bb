//! The code paths the fuzz targets drive. Kept in one file that depends only on pathfinder crates, so
//! `crates/pathfinder-engine/tests/fuzz_regressions.rs` replays the saved crashers through exactly the same
//! calls in `cargo test`.

use pathfinder_engine::memory::analyze_memory;
use pathfinder_engine::{compile, CompiledRules};
use pathfinder_findings::report::{render, Format, RenderOptions};
use pathfinder_findings::{
    Confidence, Detection, Diagnostic, Finding, FlowStep, Location, RuleInfo, ScanReport, Severity,
    StepKind,
};
use pathfinder_rules::catalog::{builtin_rules, load_rule_text};
use pathfinder_rules::RuleLanguage;
use std::sync::OnceLock;

/// The built-in catalog, compiled once per process (compiling per input would dominate the run time).
fn builtin() -> &'static CompiledRules {
    static RULES: OnceLock<CompiledRules> = OnceLock::new();
    RULES.get_or_init(|| compile(&builtin_rules().expect("built-in rules load")))
}

/// Work done once before fuzzing starts.
pub fn init() {
    builtin();
}

fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// Python front end, semantic model, pattern and flow rules: what `scan` does with one file.
pub fn python(data: &[u8]) {
    if let Some(code) = text(data) {
        let _ = analyze_memory(RuleLanguage::Python, "fuzz.py", code, builtin());
    }
}

/// The rule DSL reader and rule compilation (regexes, globs, flow specs).
pub fn rule_dsl(data: &[u8]) {
    if let Some(code) = text(data) {
        if let Ok(rules) = load_rule_text("fuzz_rule.py", code) {
            let rules: Vec<_> = rules.into_iter().map(std::sync::Arc::new).collect();
            let _ = compile(&rules);
        }
    }
}

/// Dockerfile front end and the container rules.
pub fn dockerfile(data: &[u8]) {
    if let Some(code) = text(data) {
        let _ = analyze_memory(RuleLanguage::Dockerfile, "Dockerfile", code, builtin());
    }
}

/// docker-compose front end and the container rules.
pub fn compose(data: &[u8]) {
    if let Some(code) = text(data) {
        let _ = analyze_memory(RuleLanguage::Compose, "docker-compose.yml", code, builtin());
    }
}

/// Every reporter on a report built from arbitrary bytes (any text in every string field).
pub fn reporters(data: &[u8]) {
    let report = report_from(data);
    for format in Format::ALL {
        for verbose in [false, true] {
            let opts = RenderOptions {
                color: verbose,
                verbose,
            };
            let out = render(format, &report, &opts);
            assert!(out.ends_with('\n'), "{format} output ends with a newline");
        }
    }
}

/// Reads fields off the front of the input; runs dry into defaults.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        match self.0.split_first() {
            Some((b, rest)) => {
                self.0 = rest;
                *b
            }
            None => 0,
        }
    }

    fn number(&mut self) -> u32 {
        u32::from_le_bytes([self.byte(), self.byte(), self.byte(), self.byte()])
    }

    /// A string of up to 255 bytes, lossily decoded (so control characters, bidi marks and any code
    /// point reach the reporters).
    fn string(&mut self) -> String {
        let len = (self.byte() as usize).min(self.0.len());
        let (s, rest) = self.0.split_at(len);
        self.0 = rest;
        String::from_utf8_lossy(s).into_owned()
    }

    fn strings(&mut self) -> Vec<String> {
        (0..self.byte() % 4).map(|_| self.string()).collect()
    }

    fn location(&mut self) -> Location {
        Location {
            file: self.string(),
            line: self.number(),
            column: self.number(),
            end_line: self.number(),
            end_column: self.number(),
        }
    }

    fn severity(&mut self) -> Severity {
        Severity::ALL_DESC[self.byte() as usize % Severity::ALL_DESC.len()]
    }

    fn finding(&mut self) -> Finding {
        let detection = match self.byte() % 3 {
            0 => Detection::Pattern,
            1 => Detection::TaintLocal,
            _ => Detection::TaintGlobal,
        };
        let confidence = match self.byte() % 3 {
            0 => Confidence::Low,
            1 => Confidence::Medium,
            _ => Confidence::High,
        };
        Finding {
            rule_id: self.string(),
            rule_name: self.string(),
            severity: self.severity(),
            confidence,
            cwe: self.strings(),
            owasp: self.strings(),
            message: self.string(),
            location: self.location(),
            function: if self.byte().is_multiple_of(2) {
                None
            } else {
                Some(self.string())
            },
            snippet: self.string(),
            detection,
            flow: (0..self.byte() % 4)
                .map(|_| FlowStep {
                    location: self.location(),
                    message: self.string(),
                    snippet: self.string(),
                    kind: [
                        StepKind::Source,
                        StepKind::Assignment,
                        StepKind::Call,
                        StepKind::Return,
                        StepKind::Sink,
                        StepKind::Step,
                    ][usize::from(self.byte()) % 6],
                    subject: self.string(),
                })
                .collect(),
            fingerprint: self.string(),
            suppressed: self.byte() % 2 == 1,
            related_rules: self.strings(),
        }
    }
}

fn report_from(data: &[u8]) -> ScanReport {
    let mut b = Bytes(data);
    let mut report = ScanReport {
        tool_version: b.string(),
        target: b.string(),
        timestamp: b.string(),
        duration_ms: b.number() as u64,
        files_scanned: b.number() as usize,
        ..ScanReport::default()
    };
    for _ in 0..b.byte() % 4 {
        report.rules.push(RuleInfo {
            id: b.string(),
            name: b.string(),
            severity: Some(b.severity()),
            cwe: b.strings(),
            owasp: b.strings(),
            short_description: b.string(),
            full_description: b.string(),
            help_text: b.string(),
            help_markdown: b.string(),
            tags: b.strings(),
            precision: b.string(),
            help_uri: Some(b.string()).filter(|s| !s.is_empty()),
            references: b.strings(),
        });
    }
    for _ in 0..b.byte() % 8 {
        let f = b.finding();
        if f.suppressed {
            report.suppressed.push(f);
        } else {
            report.findings.push(f);
        }
    }
    for _ in 0..b.byte() % 4 {
        report.warnings.push(Diagnostic {
            path: b.string(),
            line: Some(b.number()).filter(|n| n % 2 == 0),
            column: Some(b.number()).filter(|n| n % 2 == 0),
            message: b.string(),
        });
    }
    report
}
