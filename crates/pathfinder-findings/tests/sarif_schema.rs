//! The SARIF output validates against the official OASIS SARIF 2.1.0 JSON schema.
//!
//! The schema is not vendored: `scripts/fetch-sarif-schema.sh` downloads it into `target/sarif-schema/`.
//! `PATHFINDER_SARIF_SCHEMA` points the test at another copy.

mod common;

use pathfinder_findings::report::{render, Format, RenderOptions};
use pathfinder_findings::ScanReport;
use serde_json::Value;
use std::path::PathBuf;

fn schema_path() -> PathBuf {
    match std::env::var_os("PATHFINDER_SARIF_SCHEMA") {
        Some(path) => PathBuf::from(path),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../target/sarif-schema/sarif-schema-2.1.0.json"),
    }
}

fn validator() -> jsonschema::Validator {
    let path = schema_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read the SARIF 2.1.0 schema at {} ({e}).\n\
             Run `scripts/fetch-sarif-schema.sh` from the workspace root, \
             or set PATHFINDER_SARIF_SCHEMA to the schema file.",
            path.display()
        )
    });
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("schema compiles")
}

fn assert_valid(report: &ScanReport) {
    let sarif: Value =
        serde_json::from_str(&render(Format::Sarif, report, &RenderOptions::default())).unwrap();
    let errors: Vec<String> = validator()
        .iter_errors(&sarif)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF does not match the schema:\n{}",
        errors.join("\n")
    );
}

#[test]
fn full_report_matches_the_schema() {
    assert_valid(&common::report());
}

#[test]
fn merged_rules_are_related_locations_and_properties() {
    let mut report = common::report();
    report.findings[0].related_rules = vec!["RULE-B".into(), "RULE-C".into()];
    assert_valid(&report);
    let sarif: Value =
        serde_json::from_str(&render(Format::Sarif, &report, &RenderOptions::default())).unwrap();
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["properties"]["relatedRules"][1], "RULE-C");
    let related = result["relatedLocations"].as_array().unwrap();
    assert_eq!(related.len(), 2);
    assert_eq!(
        related[0]["message"]["text"],
        "Also reported by RULE-B (same weakness)"
    );
    assert_eq!(
        related[0]["physicalLocation"],
        result["locations"][0]["physicalLocation"]
    );
    let json: Value =
        serde_json::from_str(&render(Format::Json, &report, &RenderOptions::default())).unwrap();
    assert_eq!(json["results"][0]["related_rules"][0], "RULE-B");
    assert_eq!(json["summary"]["merged"], 2);
}

#[test]
fn empty_report_matches_the_schema() {
    assert_valid(&common::empty_report());
    assert_valid(&ScanReport::default());
}

#[test]
fn odd_paths_and_unknown_columns_match_the_schema() {
    let mut report = common::report();
    report.findings[0].location.file = "dir with space/naïve#1.py".into();
    report.findings[0].location.column = 0;
    report.findings[0].location.end_column = 0;
    report.warnings[0].path = "/abs/outside project.py".into();
    assert_valid(&report);
}

#[test]
fn the_validator_rejects_broken_sarif() {
    // Guards against a schema file (or validator setup) that accepts anything.
    let validator = validator();
    let no_tool = serde_json::json!({"version": "2.1.0", "runs": [{"results": []}]});
    assert!(
        !validator.is_valid(&no_tool),
        "a run without a tool must be rejected"
    );

    let rendered = render(Format::Sarif, &common::report(), &RenderOptions::default());
    let mut sarif: Value = serde_json::from_str(&rendered).unwrap();
    sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startline"] =
        1.into();
    assert!(
        !validator.is_valid(&sarif),
        "a misspelled nested property must be rejected"
    );

    let mut sarif: Value = serde_json::from_str(&rendered).unwrap();
    sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        0.into();
    assert!(!validator.is_valid(&sarif), "line 0 must be rejected");
}
