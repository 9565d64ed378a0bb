// The catalog is embedded with include_dir!, which cargo does not know to track: rebuild whenever any file
// under rules/ changes (a directory here means "anything inside it").
fn main() {
    println!("cargo:rerun-if-changed=../../rules");
}
