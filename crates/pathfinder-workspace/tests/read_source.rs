//! Reading walked files into text.

use std::fs;
use std::path::Path;

use pathfinder_workspace::{read_source, walk, SourceFile, WalkOptions};

fn walk_one(root: &Path) -> SourceFile {
    let result = walk(&WalkOptions {
        root: root.to_path_buf(),
        ..WalkOptions::default()
    })
    .unwrap();
    assert_eq!(result.files.len(), 1, "{:?}", result.files);
    result.files.into_iter().next().unwrap()
}

fn file_with(bytes: &[u8]) -> (tempfile::TempDir, SourceFile) {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("pkg")).unwrap();
    fs::write(dir.path().join("pkg/mod.py"), bytes).unwrap();
    let file = walk_one(dir.path());
    (dir, file)
}

#[test]
fn utf8_is_read_as_is() {
    let (_dir, file) = file_with("name = 'Ünïcode'\r\n".as_bytes());
    let (text, warning) = read_source(&file);
    assert_eq!(text.as_deref(), Some("name = 'Ünïcode'\r\n"));
    assert_eq!(warning, None);
}

#[test]
fn empty_file_is_empty_text() {
    let (_dir, file) = file_with(b"");
    assert_eq!(read_source(&file), (Some(String::new()), None));
}

#[test]
fn bom_is_stripped() {
    let (_dir, file) = file_with(b"\xEF\xBB\xBFimport os\n");
    assert_eq!(read_source(&file), (Some("import os\n".to_owned()), None));
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let (_dir, file) = file_with(b"s = 'caf\xE9'\n");
    let (text, warning) = read_source(&file);
    assert_eq!(text.as_deref(), Some("s = 'caf\u{FFFD}'\n"));
    let warning = warning.expect("a warning for invalid UTF-8");
    assert_eq!(warning.path, "pkg/mod.py");
    assert!(warning.message.contains("UTF-8"), "{}", warning.message);
}

#[test]
fn binary_file_is_skipped_with_a_warning() {
    let (_dir, file) = file_with(b"\x00\x01\x02import os\n");
    let (text, warning) = read_source(&file);
    assert_eq!(text, None);
    let warning = warning.expect("a warning for a binary file");
    assert_eq!(warning.path, "pkg/mod.py");
    assert!(warning.message.contains("binary"), "{}", warning.message);
}

#[test]
fn vanished_file_is_a_warning() {
    let (dir, file) = file_with(b"x = 1\n");
    fs::remove_file(dir.path().join("pkg/mod.py")).unwrap();
    let (text, warning) = read_source(&file);
    assert_eq!(text, None);
    let warning = warning.expect("a warning for a missing file");
    assert_eq!(warning.path, "pkg/mod.py");
    assert!(
        warning.message.starts_with("cannot read"),
        "{}",
        warning.message
    );
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_a_warning() {
    use std::os::unix::fs::PermissionsExt;

    let (dir, file) = file_with(b"x = 1\n");
    let path = dir.path().join("pkg/mod.py");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    // Running as root, permissions do not stop reads: check which case this is.
    let blocked = fs::read(&path).is_err();
    // The walk itself lists the file either way; reading it is what fails.
    let walked = walk_one(dir.path());
    let (text, warning) = read_source(&walked);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(walked, file);
    if blocked {
        assert_eq!(text, None);
        let warning = warning.expect("a warning for an unreadable file");
        assert_eq!(warning.path, "pkg/mod.py");
        assert!(
            warning.message.contains("ermission denied"),
            "{}",
            warning.message
        );
    } else {
        assert_eq!(text.as_deref(), Some("x = 1\n"));
        assert_eq!(warning, None);
    }
}
