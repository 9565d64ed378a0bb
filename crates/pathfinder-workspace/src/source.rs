//! Reading source files into text.

use std::fs;

use pathfinder_findings::Diagnostic;

use crate::walk::SourceFile;

/// Largest configuration, ignore or rule file read (they are written by hand; anything bigger is hostile).
pub const MAX_SMALL_FILE: u64 = 4 * 1024 * 1024;

/// Reads `path` only if it is a regular file (after symlinks) of at most `max` bytes. A FIFO would block
/// forever and `/dev/zero` would never end, so they are refused with an error saying why.
pub fn read_regular_file(path: &std::path::Path, max: u64) -> std::io::Result<Vec<u8>> {
    use std::io::{Error, ErrorKind, Read};
    let refuse = |why: String| Error::new(ErrorKind::InvalidInput, why);
    let check = |meta: &fs::Metadata| {
        if !meta.is_file() {
            return Err(refuse(format!(
                "not a regular file ({}), not read",
                file_kind(&meta.file_type())
            )));
        }
        if meta.len() > max {
            return Err(refuse(format!("larger than {max} bytes, not read")));
        }
        Ok(())
    };
    check(&fs::metadata(path)?)?;
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        // Should the path become a FIFO after the check, opening it must not wait for a writer.
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    check(&meta)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(refuse(format!("larger than {max} bytes, not read")));
    }
    Ok(bytes)
}

/// A file type in words, for messages about files that are not regular files.
pub fn file_kind(t: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if t.is_dir() {
        "a directory"
    } else if t.is_symlink() {
        "a symlink"
    } else {
        "a special file"
    }
}

/// How much of a file is inspected for NUL bytes to decide it is binary (the same heuristic as git).
const BINARY_SNIFF_LEN: usize = 8 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
const UTF16LE_BOM: &[u8] = b"\xFF\xFE";
const UTF16BE_BOM: &[u8] = b"\xFE\xFF";

/// A file's contents as analysable text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceText {
    /// Valid text, byte-order mark removed.
    Text(String),
    /// Not valid in `encoding`; undecodable bytes became U+FFFD.
    Lossy {
        text: String,
        encoding: &'static str,
    },
    /// NUL bytes near the start: not source code.
    Binary,
}

impl SourceText {
    /// Decodes UTF-8 (with or without BOM), and UTF-16 when it starts with a BOM (as files written by
    /// Windows PowerShell redirection do).
    pub fn decode(bytes: &[u8]) -> SourceText {
        if let Some(rest) = bytes.strip_prefix(UTF16LE_BOM) {
            return decode_utf16(rest, u16::from_le_bytes, "UTF-16LE");
        }
        if let Some(rest) = bytes.strip_prefix(UTF16BE_BOM) {
            return decode_utf16(rest, u16::from_be_bytes, "UTF-16BE");
        }
        if bytes[..bytes.len().min(BINARY_SNIFF_LEN)].contains(&0) {
            return SourceText::Binary;
        }
        let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
        match std::str::from_utf8(bytes) {
            Ok(text) => SourceText::Text(text.to_owned()),
            Err(_) => SourceText::Lossy {
                text: String::from_utf8_lossy(bytes).into_owned(),
                encoding: "UTF-8",
            },
        }
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, encoding: &'static str) -> SourceText {
    let chunks = bytes.chunks_exact(2);
    let mut lossy = !chunks.remainder().is_empty();
    let units = chunks.map(|pair| unit([pair[0], pair[1]]));
    let text: String = char::decode_utf16(units)
        .map(|c| {
            c.unwrap_or_else(|_| {
                lossy = true;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    if lossy {
        SourceText::Lossy { text, encoding }
    } else {
        SourceText::Text(text)
    }
}

/// Reads a file for analysis.
///
/// Returns the text when there is something to analyse, and a warning naming `file.rel` when something
/// was off: invalid UTF-8 is decoded lossily (text and warning), binary files (NUL bytes in the first
/// 8 KiB) and I/O errors give only a warning. Never panics.
pub fn read_source(file: &SourceFile) -> (Option<String>, Option<Diagnostic>) {
    let warn = |message: String| {
        Some(Diagnostic {
            path: file.rel.clone(),
            line: None,
            column: None,
            message,
        })
    };
    let bytes = match fs::read(&file.path) {
        Ok(bytes) => bytes,
        Err(err) => return (None, warn(format!("cannot read: {err}"))),
    };
    match SourceText::decode(&bytes) {
        SourceText::Text(text) => (Some(text), None),
        SourceText::Lossy { text, encoding } => (
            Some(text),
            warn(format!(
                "not valid {encoding}; undecodable bytes were replaced with U+FFFD"
            )),
        ),
        SourceText::Binary => (
            None,
            warn("looks binary (NUL bytes in the first 8 KiB), skipped".to_owned()),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_utf8() {
        assert_eq!(
            SourceText::decode(b"x = 1\n"),
            SourceText::Text("x = 1\n".into())
        );
        assert_eq!(SourceText::decode(b""), SourceText::Text(String::new()));
        assert_eq!(
            SourceText::decode("s = 'é'\n".as_bytes()),
            SourceText::Text("s = 'é'\n".into())
        );
    }

    #[test]
    fn utf8_bom_is_stripped() {
        assert_eq!(
            SourceText::decode(b"\xEF\xBB\xBFimport os\n"),
            SourceText::Text("import os\n".into())
        );
    }

    #[test]
    fn invalid_utf8_is_lossy() {
        let decoded = SourceText::decode(b"s = '\xE9'\n");
        assert_eq!(
            decoded,
            SourceText::Lossy {
                text: "s = '\u{FFFD}'\n".into(),
                encoding: "UTF-8"
            }
        );
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(SourceText::decode(b"\x7fELF\0\0\x01"), SourceText::Binary);
        // A NUL past the sniffed prefix does not make the file binary.
        let mut late = vec![b'#'; BINARY_SNIFF_LEN];
        late.extend_from_slice(b"\0\n");
        assert!(matches!(SourceText::decode(&late), SourceText::Text(_)));
    }

    #[test]
    fn utf16_with_bom() {
        let le: Vec<u8> = UTF16LE_BOM
            .iter()
            .copied()
            .chain("FROM alpine\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(
            SourceText::decode(&le),
            SourceText::Text("FROM alpine\n".into())
        );
        let be: Vec<u8> = UTF16BE_BOM
            .iter()
            .copied()
            .chain("x\n".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(SourceText::decode(&be), SourceText::Text("x\n".into()));
        // Lone surrogate plus a dangling byte.
        assert_eq!(
            SourceText::decode(b"\xFF\xFEa\0\x00\xD8b"),
            SourceText::Lossy {
                text: "a\u{FFFD}".into(),
                encoding: "UTF-16LE"
            }
        );
    }
}
