//! `pathfinder test`: every rule against its own fixtures, with a per-rule TP/FN/FP matrix.

use crate::util::{builtin_rules, error};
use crate::TestArgs;
use pathfinder_engine::fixtures::{run_rule, RuleResult};
use pathfinder_rules::query::resolve_with;
use pathfinder_rules::RuleQuery;
use rayon::prelude::*;

pub fn run(args: TestArgs) -> u8 {
    // Every rule of every kind and language; `--rules` replaces the built-in catalog as in `scan`.
    let query = RuleQuery {
        paths: args.rules.clone(),
        ids: args.only.clone(),
        ..RuleQuery::catalog()
    };
    let rules = match resolve_with(&query, builtin_rules) {
        Ok((_, selection)) => selection.rules,
        Err(e) => {
            error(e);
            return 2;
        }
    };
    if rules.is_empty() {
        error("no rules to test");
        return 2;
    }
    let results: Vec<RuleResult> = rules.par_iter().map(run_rule).collect();
    let (mut passed, mut failed) = (0, 0);
    for r in &results {
        let (tp, fn_, fp) = r.matrix();
        if r.passed() {
            passed += 1;
            if args.verbose {
                println!("PASS {}  TP {tp}  FN {fn_}  FP {fp}", r.rule_id);
            }
            continue;
        }
        failed += 1;
        println!("FAIL {}  TP {tp}  FN {fn_}  FP {fp}", r.rule_id);
        for p in &r.problems {
            println!("     {p}");
        }
        for f in &r.files {
            let lines = |set: &std::collections::BTreeSet<u32>| {
                set.iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if !f.missed.is_empty() {
                println!(
                    "     {}: expected but not found on line(s) {}",
                    f.fixture,
                    lines(&f.missed)
                );
            }
            if !f.extra.is_empty() {
                println!(
                    "     {}: unexpected finding on line(s) {}",
                    f.fixture,
                    lines(&f.extra)
                );
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        1
    } else {
        0
    }
}
