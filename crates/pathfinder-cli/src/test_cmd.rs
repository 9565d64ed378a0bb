//! `pathfinder test`: every rule against its own fixtures, with a per-rule TP/FN/FP matrix.

use crate::util::{error, RuleSet};
use crate::TestArgs;
use pathfinder_engine::fixtures::{run_rule, RuleResult};
use rayon::prelude::*;

pub fn run(args: TestArgs) -> u8 {
    let set = match RuleSet::load(&args.rules) {
        Ok(s) => s,
        Err(e) => {
            error(format!("cannot load rules: {e}"));
            return 2;
        }
    };
    let mut rules = if args.rules.is_empty() {
        set.builtin.clone()
    } else {
        set.user.clone()
    };
    if !args.only.is_empty() {
        rules.retain(|r| args.only.iter().any(|id| id.eq_ignore_ascii_case(&r.id)));
    }
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
