//! CSV output: the reference tool's columns, one row per unsuppressed finding, RFC 4180 quoting.

use super::{detection_scope, sink_call, source_sink, tainted_var};
use crate::{Finding, ScanReport};

pub const HEADER: [&str; 19] = [
    "severity",
    "confidence",
    "rule_id",
    "rule_name",
    "cwe",
    "owasp",
    "file",
    "line",
    "column",
    "function",
    "message",
    "detection_type",
    "detection_scope",
    "source_file",
    "source_line",
    "sink_file",
    "sink_line",
    "tainted_var",
    "sink_call",
];

pub(super) fn render(report: &ScanReport) -> String {
    let bytes = write(report).expect("writing CSV to memory cannot fail");
    String::from_utf8(bytes).expect("CSV fields are UTF-8 strings")
}

fn write(report: &ScanReport) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    // `\n` like the reference (Go's encoding/csv); quoting is RFC 4180.
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    w.write_record(HEADER)?;
    for f in &report.findings {
        w.write_record(row(f).map(|cell| safe_cell(&cell)))?;
    }
    Ok(w.into_inner()?)
}

/// Spreadsheets run a cell starting with `=`, `+`, `-` or `@` (or tab/CR before one) as a formula, and
/// file names, functions and snippets come from the scanned code. OWASP's advice: prefix such a cell
/// with `'`. Control characters but line feed are escaped (`\u{1b}`) so the file cannot drive a terminal.
fn safe_cell(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len() + 1);
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        out.push('\'');
    }
    for c in cell.chars() {
        if c.is_control() && c != '\n' {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

fn row(f: &Finding) -> [String; 19] {
    let ends = source_sink(f);
    let (source_file, source_line, sink_file, sink_line) = match ends {
        Some((src, sink)) => (
            src.location.file.clone(),
            src.location.line.to_string(),
            sink.location.file.clone(),
            sink.location.line.to_string(),
        ),
        None => Default::default(),
    };
    [
        f.severity.as_str().to_string(),
        f.confidence.as_str().to_string(),
        f.rule_id.clone(),
        f.rule_name.clone(),
        // All of them, not only the first (the reference dropped the rest).
        f.cwe.join(";"),
        f.owasp.join(";"),
        f.location.file.clone(),
        f.location.line.to_string(),
        f.location.column.to_string(),
        f.function.clone().unwrap_or_default(),
        f.message.clone(),
        f.detection.as_str().to_string(),
        detection_scope(f.detection).unwrap_or_default().to_string(),
        source_file,
        source_line,
        sink_file,
        sink_line,
        tainted_var(f).unwrap_or_default().to_string(),
        ends.and_then(|(_, sink)| sink_call(sink))
            .unwrap_or_default()
            .to_string(),
    ]
}
