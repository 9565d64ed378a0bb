//! Replays every saved fuzzing input (`fuzz/regressions/<target>/*`: minimized crashers and hangs, and
//! the hostile inputs of issue 15) through exactly the code the fuzz targets run, in `cargo test`.

// `init` is only for the fuzzer.
#[allow(dead_code)]
#[path = "../../../fuzz/src/lib.rs"]
mod targets;

use std::path::Path;
use std::time::{Duration, Instant};

fn replay(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/regressions")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().is_some_and(|n| n != ".gitkeep"))
        .collect();
    files.sort();
    for file in files {
        let data = std::fs::read(&file).unwrap();
        let started = Instant::now();
        run(&data);
        // Debug builds are slow; a regression back to a hang still shows.
        let took = started.elapsed();
        assert!(
            took < Duration::from_secs(60),
            "{}: {took:?}",
            file.display()
        );
    }
}

#[test]
fn python_regressions() {
    replay("python", targets::python);
}

#[test]
fn rule_dsl_regressions() {
    replay("rule_dsl", targets::rule_dsl);
}

#[test]
fn dockerfile_regressions() {
    replay("dockerfile", targets::dockerfile);
}

#[test]
fn compose_regressions() {
    replay("compose", targets::compose);
}

#[test]
fn reporters_regressions() {
    replay("reporters", targets::reporters);
}
