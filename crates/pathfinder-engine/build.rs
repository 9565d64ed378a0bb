// Reads the built-in catalog at build time: every `rule.py` through the DSL reader and every `meta.yaml`
// through the YAML parser, stored as JSON lines in OUT_DIR for `builtin.rs` to embed. Start-up then only
// deserialises plain JSON (interpreting the catalog took most of a one-file scan). A catalog that does
// not load is stored as its error, so the binary reports it with file:line as before.
use std::io::Write;

fn main() {
    println!("cargo:rerun-if-changed=../../rules");
    println!("cargo:rerun-if-changed=build.rs");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut text = Vec::new();
    match pathfinder_rules::catalog::read_builtin() {
        // One rule file per line: start-up reads the lines in parallel.
        Ok(files) => {
            for f in files {
                serde_json::to_writer(&mut text, &f).expect("a read rule file serialises");
                text.push(b'\n');
            }
        }
        Err(e) => {
            let error = serde_json::json!({
                "error": { "path": e.path, "line": e.line, "column": e.column, "message": e.message }
            });
            writeln!(text, "{error}").expect("writing to memory");
        }
    }
    std::fs::write(out.join("catalog.jsonl"), text).expect("OUT_DIR is writable");
}
