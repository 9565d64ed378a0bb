//! Conversions between pathfinder's coordinates (1-based lines, 1-based columns counting Unicode scalar values,
//! exclusive end column) and LSP's (0-based lines, UTF-16 code-unit offsets), and between `file:` URIs and paths.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// The text of 0-based line `n` without its line break (`""` past the end).
pub fn line_text(text: &str, n: usize) -> &str {
    let line = text.split('\n').nth(n).unwrap_or("");
    line.strip_suffix('\r').unwrap_or(line)
}

/// UTF-16 offset of the first `chars` characters of `line` (clamped to the line's end).
pub fn utf16_offset(line: &str, chars: usize) -> usize {
    line.chars().take(chars).map(char::len_utf16).sum()
}

/// An LSP position for 1-based `line` and 1-based `column` (0 = unknown, taken as the start of the line).
pub fn position(text: &str, line: u32, column: u32) -> Value {
    let l = line.saturating_sub(1) as usize;
    let chars = column.saturating_sub(1) as usize;
    json!({"line": l, "character": utf16_offset(line_text(text, l), chars)})
}

/// The LSP range of a finding's location in `text`. An empty or unknown span covers the whole line so the
/// editor still shows something.
pub fn range(text: &str, line: u32, column: u32, end_line: u32, end_column: u32) -> Value {
    let start = position(text, line, column);
    let end_line = end_line.max(line);
    let end = if end_column == 0 || (end_line == line && end_column <= column) {
        let l = line.saturating_sub(1) as usize;
        let t = line_text(text, l);
        json!({"line": l, "character": utf16_offset(t, usize::MAX)})
    } else {
        position(text, end_line, end_column)
    };
    json!({"start": start, "end": end})
}

/// The local path of a `file:` URI, percent-decoded; `None` for other schemes.
pub fn uri_to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    // `file://localhost/x` and `file:///x` name the same file; other hosts are not local.
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    if !rest.starts_with('/') {
        return None;
    }
    let decoded = percent_decode(rest)?;
    // `/C:/x` on Windows is the drive path `C:/x`.
    let bytes = decoded.as_bytes();
    if cfg!(windows) && bytes.len() >= 3 && bytes[2] == b':' && bytes[1].is_ascii_alphabetic() {
        return Some(PathBuf::from(&decoded[1..]));
    }
    Some(PathBuf::from(decoded))
}

/// The `file:` URI of an absolute path.
pub fn path_to_uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file://");
    if !text.starts_with('/') {
        out.push('/');
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_become_utf16_offsets() {
        let text = "x = '日本語😀' + y\nnext\r\nlast";
        // `y` is the 14th character; before it, 😀 takes two UTF-16 units.
        assert_eq!(position(text, 1, 14), json!({"line": 0, "character": 14}));
        assert_eq!(line_text(text, 1), "next");
        assert_eq!(position(text, 9, 3), json!({"line": 8, "character": 0}));
    }

    #[test]
    fn ranges_use_the_exclusive_end_column_and_widen_empty_spans() {
        let text = "s.bind((\"0.0.0.0\", 8080))\n";
        assert_eq!(
            range(text, 1, 1, 1, 26),
            json!({"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 25}})
        );
        assert_eq!(
            range(text, 1, 3, 1, 0),
            json!({"start": {"line": 0, "character": 2}, "end": {"line": 0, "character": 25}})
        );
    }

    #[test]
    fn file_uris_round_trip() {
        let p = Path::new("/home/me/my project/ünï.py");
        let uri = path_to_uri(p);
        assert_eq!(uri, "file:///home/me/my%20project/%C3%BCn%C3%AF.py");
        assert_eq!(uri_to_path(&uri).as_deref(), Some(p));
        assert_eq!(
            uri_to_path("file://localhost/a/b.py"),
            Some(PathBuf::from("/a/b.py"))
        );
        assert_eq!(uri_to_path("untitled:Untitled-1"), None);
        assert_eq!(uri_to_path("file:///bad%zz"), None);
    }
}
