//! Replays the saved inputs of the `mcp` fuzz target (`fuzz/regressions/mcp/*`) through the same session
//! the fuzzer runs, in `cargo test`.

use std::path::Path;

#[test]
fn mcp_regressions() {
    pathfinder_mcp::fuzzing::init();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions/mcp");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files {
        let data = std::fs::read(&file).unwrap();
        pathfinder_mcp::fuzzing::session(&data);
        // The tool the input names gets arguments built from it.
        assert!(!pathfinder_mcp::fuzzing::messages(&data).is_empty());
    }
}
