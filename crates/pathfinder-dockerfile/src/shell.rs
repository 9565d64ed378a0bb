//! The small part of shell syntax the Dockerfile model needs: variable expansion as Docker does it for
//! instruction values, `KEY=value` pairs, and splitting a `RUN` script into sub-commands.

use std::collections::HashMap;

/// Variables in scope: a value, or `None` when declared without a known value (`ARG X`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vars(HashMap<String, Option<String>>);

impl Vars {
    pub fn get(&self, name: &str) -> Option<Option<&str>> {
        self.0.get(name).map(|v| v.as_deref())
    }

    pub fn set(&mut self, name: &str, value: Option<String>) {
        self.0.insert(name.to_string(), value);
    }
}

/// How deep `${A:-${B:-…}}` may nest before we give up (keeps adversarial input cheap).
const MAX_NESTING: u32 = 16;

/// Expands `$X`, `${X}`, `${X:-word}`, `${X-word}`, `${X:+word}`, `${X+word}`. `None` when a variable
/// without a known value is needed, or the syntax is not understood: the value is unknown, and rules
/// must not guess it. The escape character before `$` makes it literal.
pub fn expand(text: &str, vars: &Vars, escape: char) -> Option<String> {
    expand_at(text, vars, escape, 0)
}

fn expand_at(text: &str, vars: &Vars, escape: char, depth: u32) -> Option<String> {
    if depth > MAX_NESTING {
        return None;
    }
    if !text.contains('$') {
        return Some(text.to_string());
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == escape && chars.get(i + 1) == Some(&'$') {
            out.push('$');
            i += 2;
            continue;
        }
        if c != '$' {
            out.push(c);
            i += 1;
            continue;
        }
        match chars.get(i + 1) {
            Some('{') => {
                // Find the matching brace.
                let mut level = 0;
                let mut j = i + 1;
                let mut end = None;
                while j < chars.len() {
                    match chars[j] {
                        '{' => level += 1,
                        '}' => {
                            level -= 1;
                            if level == 0 {
                                end = Some(j);
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                let end = end?;
                let inner: String = chars[i + 2..end].iter().collect();
                out.push_str(&braced(&inner, vars, escape, depth)?);
                i = end + 1;
            }
            Some(c) if c.is_ascii_alphabetic() || *c == '_' => {
                let mut j = i + 1;
                while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '_') {
                    j += 1;
                }
                let name: String = chars[i + 1..j].iter().collect();
                out.push_str(vars.get(&name).flatten()?);
                i = j;
            }
            _ => {
                out.push('$');
                i += 1;
            }
        }
    }
    Some(out)
}

fn braced(inner: &str, vars: &Vars, escape: char, depth: u32) -> Option<String> {
    let name_end = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(inner.len());
    let name = &inner[..name_end];
    if name.is_empty() {
        return None;
    }
    let value = vars.get(name).flatten();
    let op = &inner[name_end..];
    let word = |w: &str| expand_at(w, vars, escape, depth + 1);
    if op.is_empty() {
        return value.map(str::to_string);
    }
    if let Some(w) = op.strip_prefix(":-") {
        return match value {
            Some(v) if !v.is_empty() => Some(v.to_string()),
            Some(_) => word(w),
            // Unknown build argument: the default is what a plain build uses.
            None => word(w),
        };
    }
    if let Some(w) = op.strip_prefix(":+") {
        return match vars.get(name) {
            Some(Some(v)) if !v.is_empty() => word(w),
            Some(None) => None,
            _ => Some(String::new()),
        };
    }
    if let Some(w) = op.strip_prefix('-') {
        return match vars.get(name) {
            Some(Some(v)) => Some(v.to_string()),
            Some(None) => None,
            None => word(w),
        };
    }
    if let Some(w) = op.strip_prefix('+') {
        return match vars.get(name) {
            Some(Some(_)) => word(w),
            Some(None) => None,
            None => Some(String::new()),
        };
    }
    None
}

/// Removes one level of surrounding quotes.
pub fn unquote(s: &str) -> String {
    let s = s.trim();
    for q in ['"', '\''] {
        if s.len() >= 2 && s.starts_with(q) && s.ends_with(q) {
            return s[1..s.len() - 1].to_string();
        }
    }
    s.to_string()
}

/// Splits on whitespace outside quotes, keeping the quotes.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) if c == q => {
                quote = None;
                cur.push(c);
            }
            Some(_) if c == '\\' => {
                cur.push(c);
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            Some(_) => cur.push(c),
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                cur.push(c);
            }
            None if c.is_whitespace() => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            None => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// `KEY=value KEY2="v 2"` pairs; the legacy `KEY value with spaces` form when the first word has no `=`.
/// With `arg_style`, a word without `=` is a declaration without value.
pub fn pairs(args: &str, arg_style: bool) -> Vec<(String, Option<String>)> {
    let ws = words(args);
    let Some(first) = ws.first() else {
        return Vec::new();
    };
    if !arg_style && !first.contains('=') {
        let rest = args.trim_start()[first.len()..].trim();
        return vec![(unquote(first), Some(unquote(rest)))];
    }
    ws.iter()
        .map(|w| match w.split_once('=') {
            Some((k, v)) => (unquote(k), Some(unquote(v))),
            None => (unquote(w), None),
        })
        .collect()
}

/// Splits a shell script into sub-commands on unquoted `&&`, `||`, `;`, `|`, `&` and newlines. Quotes,
/// backslash escapes and `#` comments are respected; empty pieces are dropped.
pub fn split_commands(script: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut chars = script.chars().peekable();
    let mut push = |cur: &mut String| {
        let t = cur.trim();
        if !t.is_empty() {
            out.push(t.to_string());
        }
        cur.clear();
    };
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                cur.push(c);
                if c == q {
                    quote = None;
                } else if c == '\\' && q == '"' {
                    if let Some(n) = chars.next() {
                        cur.push(n);
                    }
                }
            }
            None => match c {
                '\'' | '"' => {
                    quote = Some(c);
                    cur.push(c);
                }
                '\\' => {
                    // An escaped newline continues the command.
                    match chars.next() {
                        Some('\n') => cur.push(' '),
                        Some(n) => {
                            cur.push(c);
                            cur.push(n);
                        }
                        None => {}
                    }
                }
                '#' if cur.is_empty() || cur.ends_with(char::is_whitespace) => {
                    // A comment runs to the end of the line.
                    for n in chars.by_ref() {
                        if n == '\n' {
                            break;
                        }
                    }
                    push(&mut cur);
                }
                ';' | '\n' => push(&mut cur),
                '&' | '|' => {
                    if chars.peek() == Some(&c) {
                        chars.next();
                    } else if c == '&' && cur.ends_with(['>', '<']) {
                        // `2>&1` is a redirection, not a separator.
                        cur.push(c);
                        continue;
                    }
                    push(&mut cur);
                }
                _ => cur.push(c),
            },
        }
    }
    push(&mut cur);
    out
}
