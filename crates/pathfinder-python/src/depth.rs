//! A cheap upper estimate of how deeply each logical line's expressions nest, computed from the bytes
//! before parsing. The parser, our walks and the syntax tree's drop all recurse once per nesting level,
//! so a statement nested tens of thousands of levels deep (`1+1+…`, `a.b.b…`, `[[[…]]]`) would overflow
//! the stack. Such statements are blanked out before parsing (their lines and offsets stay put) and
//! reported, so the rest of the file is still analysed. CPython refuses code like this too.

use std::ops::Range;

/// Nesting estimate above which a logical line is not analysed. Real code stays far below (CPython
/// itself stops at 200 nested brackets); generated code with a 1,000-term concatenation is the
/// closest legitimate case.
pub const MAX_NESTING: u32 = 1000;

/// What [`scan`] found.
#[derive(Debug, Default)]
pub(crate) struct Nesting {
    /// The highest estimate of any analysed line.
    pub max: u32,
    /// Byte ranges of the logical lines whose estimate exceeded [`MAX_NESTING`].
    pub too_deep: Vec<Range<usize>>,
}

/// Estimates nesting per logical line: every open bracket counts one level, and within a bracket level
/// every operator, `.`, call or subscript and `not`/`await`/`lambda`/`else`/`yield` since the last `,`
/// counts one more (each of them can add a level to the tree: `a+b+c` is `(a+b)+c`). Strings and
/// comments are skipped. It over-estimates (a flat `a < b < c` counts 2), never by more than the
/// operators present, and it under-counts only nesting inside f-string replacement fields.
pub(crate) fn scan(source: &str) -> Nesting {
    let bytes = source.as_bytes();
    let mut out = Nesting::default();
    // Per open bracket: the chain count at that level. Index 0 is the statement level.
    let mut chains: Vec<u32> = vec![0];
    let mut total: u32 = 0;
    let mut line_max: u32 = 0;
    let mut line_start = 0usize;
    let mut after_operand = false;
    // The string about to start has an `f` or `t` prefix.
    let mut formatted = false;
    let mut i = 0usize;
    let bump = |chains: &mut Vec<u32>, total: &mut u32, line_max: &mut u32| {
        if let Some(c) = chains.last_mut() {
            *c = c.saturating_add(1);
        }
        *total = total.saturating_add(1);
        *line_max = (*line_max).max(*total);
    };
    let finish_line = |out: &mut Nesting, line_max: u32, range: Range<usize>| {
        if line_max > MAX_NESTING {
            out.too_deep.push(range);
        } else {
            out.max = out.max.max(line_max);
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let (end, inside) = skip_string(bytes, i, formatted, 0);
                formatted = false;
                // Replacement fields of f-strings are code and nest like it.
                line_max = line_max.max(total.saturating_add(inside));
                i = end;
                after_operand = true;
                continue;
            }
            b'\\' => {
                // A line continuation (or a stray backslash): the logical line goes on.
                i += 1;
                if bytes.get(i) == Some(&b'\r') {
                    i += 1;
                }
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
                continue;
            }
            b'\n' | b'\r' | b';' if chains.len() == 1 => {
                if b != b';' {
                    finish_line(&mut out, line_max, line_start..i);
                    line_max = 0;
                    line_start = i + 1;
                }
                chains[0] = 0;
                total = 0;
                after_operand = false;
            }
            b'(' | b'[' | b'{' => {
                // A call or subscript nests its callee or value one level deeper.
                if after_operand {
                    bump(&mut chains, &mut total, &mut line_max);
                }
                chains.push(0);
                total = total.saturating_add(1);
                line_max = line_max.max(total);
                after_operand = false;
            }
            b')' | b']' | b'}' => {
                if chains.len() > 1 {
                    let chain = chains.pop().unwrap_or(0);
                    total = total.saturating_sub(chain.saturating_add(1));
                }
                after_operand = true;
            }
            b',' => {
                if let Some(c) = chains.last_mut() {
                    total = total.saturating_sub(*c);
                    *c = 0;
                }
                after_operand = false;
            }
            b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'~' | b'<' | b'>'
            | b'.' => {
                bump(&mut chains, &mut total, &mut line_max);
                after_operand = false;
            }
            b'0'..=b'9' => {
                // A number, with its dots and exponent signs: `1.5e-3`, `0x1F`, `1_000j`.
                i += 1;
                while i < bytes.len() {
                    let c = bytes[i];
                    let sign = (c == b'+' || c == b'-') && matches!(bytes[i - 1], b'e' | b'E');
                    if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || sign {
                        i += 1;
                    } else {
                        break;
                    }
                }
                after_operand = true;
                continue;
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                let start = i;
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] >= 0x80)
                {
                    i += 1;
                }
                // A string prefix (`f"…"`, `rb'…'`) belongs to the string.
                if i < bytes.len() && (bytes[i] == b'\'' || bytes[i] == b'"') && i - start <= 3 {
                    formatted = bytes[start..i].iter().any(|b| b"fFtT".contains(b));
                    continue;
                }
                let word = &bytes[start..i];
                if matches!(
                    word,
                    b"not" | b"await" | b"lambda" | b"else" | b"yield" | b"if"
                ) {
                    bump(&mut chains, &mut total, &mut line_max);
                    after_operand = false;
                } else {
                    after_operand = true;
                }
                continue;
            }
            // `x = [`, `{k: [`, `a != (`: what follows is a new operand, not a subscript or call.
            b'=' | b':' | b'!' => after_operand = false,
            _ => {}
        }
        i += 1;
    }
    finish_line(&mut out, line_max, line_start..bytes.len());
    out
}

/// The index just past the string literal opening at `start` (or the end of the line/file when it is
/// not closed), and for an f-string (`formatted`) an estimate of how deeply its replacement fields nest:
/// each field, bracket and operator inside a field counts one level, and nested strings (Python 3.12
/// allows any quotes there) add their own. `depth` counts enclosing f-strings.
fn skip_string(bytes: &[u8], start: usize, formatted: bool, depth: u32) -> (usize, u32) {
    if depth > MAX_NESTING {
        // Only a hostile file nests f-strings this deeply: the rest of it is one too-deep statement.
        return (bytes.len(), MAX_NESTING + 1);
    }
    let quote = bytes[start];
    let triple = bytes.get(start + 1) == Some(&quote) && bytes.get(start + 2) == Some(&quote);
    let mut i = start + if triple { 3 } else { 1 };
    let (mut field, mut level, mut deepest) = (0u32, 0u32, 0u32);
    while i < bytes.len() {
        let b = bytes[i];
        if formatted && field > 0 {
            match b {
                b'}' => {
                    field -= 1;
                    level = level.saturating_sub(1);
                }
                b'{' | b'(' | b'[' => {
                    field += u32::from(b == b'{');
                    level += 1;
                }
                b')' | b']' => level = level.saturating_sub(1),
                b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'~' | b'<'
                | b'>' | b'.' => level += 1,
                b'\'' | b'"' => {
                    // A prefix of up to two letters (`f'`, `rf'`, `Fr'`).
                    let prefix = &bytes[i.saturating_sub(2)..i];
                    let prefixed = prefix.iter().any(|c| b"fFtT".contains(c));
                    let (end, inside) = skip_string(bytes, i, prefixed, depth + 1);
                    deepest = deepest.max(level.saturating_add(inside));
                    i = end;
                    continue;
                }
                b'\n' | b'\r' if !triple => return (i, deepest),
                _ => {}
            }
            deepest = deepest.max(level);
            i += 1;
            continue;
        }
        match b {
            b'\\' => i += 2,
            b'\n' | b'\r' if !triple => return (i, deepest),
            b'{' if formatted => {
                if bytes.get(i + 1) == Some(&b'{') {
                    i += 2;
                } else {
                    field = 1;
                    level += 1;
                    deepest = deepest.max(level);
                    i += 1;
                }
            }
            c if c == quote => {
                if !triple {
                    return (i + 1, deepest);
                }
                if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                    return (i + 3, deepest);
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    (bytes.len(), deepest)
}

/// `source` with the bytes in `ranges` replaced by spaces (line breaks kept), so offsets, line numbers
/// and columns of everything else stay exactly as they were.
pub(crate) fn blank(source: &str, ranges: &[Range<usize>]) -> String {
    let mut bytes = source.as_bytes().to_vec();
    for r in ranges {
        for b in &mut bytes[r.clone()] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
    // Every byte replaced was either ASCII or a whole UTF-8 sequence inside the range (ranges start and
    // end at line breaks or the file's ends), so the text stays valid.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn max(s: &str) -> u32 {
        let n = scan(s);
        assert!(n.too_deep.is_empty(), "{s}");
        n.max
    }

    #[test]
    fn ordinary_code_nests_shallowly() {
        assert_eq!(max("x = 1\n"), 0);
        assert_eq!(max("f(a, b)\n"), 2);
        assert_eq!(max("x = [1, -2, 3, -4, 5, -6]\n"), 2);
        assert_eq!(max("s = 'a+b+c+d' # e+f+g\n"), 0);
        assert_eq!(max("y = 1.5e-3 + 2\n"), 1);
        assert!(max("os.path.join(a, b).strip()\n") <= 6);
    }

    #[test]
    fn long_lists_of_items_stay_flat() {
        let items: Vec<String> = (0..50_000).map(|i| format!("-{i}")).collect();
        assert_eq!(max(&format!("x = [{}]\n", items.join(", "))), 2);
    }

    #[test]
    fn deep_lines_are_found_with_their_byte_range() {
        let deep = format!("x = {}1\n", "1+".repeat(5_000));
        let src = format!("import os\n{deep}os.system(y)\n");
        let n = scan(&src);
        assert_eq!(n.too_deep, vec![10..10 + deep.len() - 1]);
        let blanked = blank(&src, &n.too_deep);
        assert_eq!(blanked.len(), src.len());
        assert!(blanked.ends_with(&format!("{}\nos.system(y)\n", " ".repeat(deep.len() - 1))));
    }

    #[test]
    fn every_kind_of_deep_nesting_is_found() {
        for deep in [
            format!("x = {}{}\n", "[".repeat(2_000), "]".repeat(2_000)),
            format!("x = a{}\n", ".b".repeat(2_000)),
            format!("x = a{}\n", "[0]".repeat(2_000)),
            format!("x = a{}\n", "()".repeat(2_000)),
            format!("x = {}1\n", "-".repeat(2_000)),
            format!("x = {}1\n", "not ".repeat(2_000)),
            format!("x = {}1\n", "lambda: ".repeat(2_000)),
            format!("x = 1 {}\n", "if a else 1 ".repeat(2_000)),
            format!("x = ({}\n    1)\n", "1 +\n".repeat(2_000)),
        ] {
            assert_eq!(scan(&deep).too_deep.len(), 1, "{}", &deep[..20]);
        }
    }

    #[test]
    fn f_string_replacement_fields_count_as_code() {
        assert!(max("s = f'{a} - {b.c} {{literal}} ---- ....'\n") <= 3);
        let deep = format!(
            "s = f\"\"\"{{{}{}}}\"\"\"\n",
            "[".repeat(2_000),
            "]".repeat(2_000)
        );
        assert_eq!(scan(&deep).too_deep.len(), 1);
        let mut nested = "x".to_string();
        for _ in 0..3_000 {
            nested = format!("f'{{{nested}}}'");
        }
        assert_eq!(scan(&format!("y = {nested}\n")).too_deep.len(), 1);
    }

    #[test]
    fn cr_only_line_breaks_end_logical_lines() {
        let src = format!("a = 1\r{}\rb = 2\r", "x = 1 + 2");
        assert_eq!(max(&src), 1);
    }
}
