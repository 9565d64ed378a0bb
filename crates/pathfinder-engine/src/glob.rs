//! Globs over dotted names, matched without a regex (they run on every candidate call).

use pathfinder_python::CallKind;

/// A glob over dotted names: `*` any run of characters, `?` one character. Common shapes (`*`, `x*`, `*x`,
/// `*x*`) are matched without a regex: globs run on every candidate call.
#[derive(Debug, Clone)]
pub struct Glob {
    source: String,
    kind: GlobKind,
}

#[derive(Debug, Clone)]
enum GlobKind {
    Exact,
    Any,
    Prefix(String),
    Suffix(String),
    Contains(String),
    Wildcard,
}

impl Glob {
    /// Modelled assignments and returns (`__assign__`, `__return__`) are not calls: only a pattern that names
    /// them can match them, so `calls("*")` keeps meaning "any call".
    pub(crate) fn admits(&self, kind: CallKind) -> bool {
        match kind {
            CallKind::Assign => self.source.contains("__assign__"),
            CallKind::Return => self.source.contains("__return__"),
            _ => true,
        }
    }

    pub fn new(pattern: &str) -> Glob {
        let inner = |s: &str| !s.contains(['*', '?']);
        let kind = if inner(pattern) {
            GlobKind::Exact
        } else if pattern.chars().all(|c| c == '*') {
            GlobKind::Any
        } else if let Some(p) = pattern.strip_suffix('*').filter(|p| inner(p)) {
            GlobKind::Prefix(p.to_string())
        } else if let Some(s) = pattern.strip_prefix('*').filter(|s| inner(s)) {
            GlobKind::Suffix(s.to_string())
        } else if let Some(c) = pattern
            .strip_prefix('*')
            .and_then(|p| p.strip_suffix('*'))
            .filter(|c| inner(c))
        {
            GlobKind::Contains(c.to_string())
        } else {
            // Matched directly rather than through a regex: any pattern compiles (a 30,000-character glob
            // made the regex too big to build) and matching stays O(pattern × text) at worst.
            GlobKind::Wildcard
        };
        Glob {
            source: pattern.to_string(),
            kind,
        }
    }

    pub fn matches(&self, text: &str) -> bool {
        match &self.kind {
            GlobKind::Exact => self.source == text,
            GlobKind::Any => true,
            GlobKind::Prefix(p) => text.starts_with(p.as_str()),
            GlobKind::Suffix(s) => text.ends_with(s.as_str()),
            GlobKind::Contains(c) => text.contains(c.as_str()),
            GlobKind::Wildcard => wildcard_match(self.source.as_bytes(), text.as_bytes()),
        }
    }

    /// The literal last dotted segment (`bind` for `*.bind`), when the pattern fixes it.
    /// The pattern's last two dotted names (`request.GET` of `*.request.GET`), or its last name when the
    /// one before is open; `None` when the last name is open. A file reading the attribute contains it.
    pub fn tail(&self) -> Option<&str> {
        let last = self.last_segment()?;
        let mut dots = self.source.rmatch_indices('.');
        let start = match (dots.next(), dots.next()) {
            (Some(_), Some((i, _))) => i + 1,
            (Some(_), None) => 0,
            _ => return Some(last),
        };
        let tail = &self.source[start..];
        Some(if tail.contains(['*', '?']) {
            last
        } else {
            tail
        })
    }

    /// The pattern as written.
    pub(crate) fn source(&self) -> &str {
        &self.source
    }

    pub fn last_segment(&self) -> Option<&str> {
        let last = self.source.rsplit('.').next()?;
        (!last.contains(['*', '?'])).then_some(last)
    }
}

/// `*` matches any run of characters, `?` one character, anything else itself; the whole text must match.
/// Greedy with one backtrack point (the last `*`), which is enough for these two wildcards.
fn wildcard_match(pattern: &[u8], text: &[u8]) -> bool {
    // Length of the UTF-8 character starting with `b` (`?` matches a character, not a byte).
    let char_len = |b: u8| match b {
        0xf0.. => 4,
        0xe0.. => 3,
        0xc0.. => 2,
        _ => 1,
    };
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some(b'*') => {
                star = Some((p, t));
                p += 1;
            }
            Some(b'?') => {
                p += 1;
                t += char_len(text[t]);
            }
            Some(&c) if c == text[t] => {
                p += 1;
                t += 1;
            }
            _ => match star {
                // Let the last `*` swallow one more character and retry from there.
                Some((sp, st)) => {
                    let next = st + char_len(text[st]);
                    star = Some((sp, next));
                    p = sp + 1;
                    t = next;
                }
                None => return false,
            },
        }
    }
    pattern[p.min(pattern.len())..].iter().all(|&c| c == b'*') && t == text.len()
}
