//! Dockerfile front end: one pass over the text into a [`Dockerfile`] model of instructions with exact
//! positions, the stages they belong to and the values rules judge (image references, exec vs shell form,
//! flags, heredoc bodies, shell sub-commands, variables expanded where their value is known).
//!
//! Hand-written on purpose: the Rust Dockerfile crates we looked at either drop positions below the
//! instruction, do not implement BuildKit heredocs or the `# escape=` directive, or are unmaintained. The
//! grammar is line-based and small, and owning it lets bad input (binary-looking text, unterminated
//! continuations or heredocs) become a [`Problem`] instead of an error: the parser never fails and never
//! panics, it models what it can.
//!
//! What is modelled, as BuildKit reads a Dockerfile:
//! - parser directives at the top (`# escape=`, `# syntax=`, `# check=`), until the first other line;
//! - comments (whole lines starting with `#`, also between continuation lines, which they do not end);
//! - line continuations with the escape character (`\` or `` ` ``) followed only by blanks; the joined
//!   line is the concatenation, as Docker builds it;
//! - heredocs on `RUN`, `COPY` and `ADD`: `<<EOF`, `<<-EOF` (leading tabs stripped), `<<"EOF"`/`<<'EOF'`,
//!   several per instruction, bodies in order;
//! - flags (`--platform=`, `--from=`, `--chown=`, `--mount=`, …) on `FROM`, `RUN`, `COPY`, `ADD`,
//!   `HEALTHCHECK`;
//! - exec form (a JSON array of strings) vs shell form for `RUN`, `CMD`, `ENTRYPOINT`, `SHELL` and
//!   `HEALTHCHECK CMD`; a `[` that is not a valid JSON string array is shell form, as in Docker;
//! - stages: `FROM image [AS name]`, stage index, the stage a `FROM` builds on (by name or index);
//! - `ARG`/`ENV` values in scope (global `ARG`s before the first `FROM` for `FROM` lines; per stage after),
//!   used to expand `$X`, `${X}`, `${X:-default}`, `${X:+alt}` in the values rules look at.

mod shell;
#[cfg(test)]
mod tests;

pub use shell::{expand, split_commands, Vars};

/// A parsed Dockerfile.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dockerfile {
    pub instructions: Vec<Instruction>,
    pub stages: Vec<Stage>,
    /// `(line, text)` of every comment line, directives included (fixture annotations live here).
    pub comments: Vec<(u32, String)>,
    /// The escape character (`\` unless `# escape=` says otherwise).
    pub escape: char,
    /// Parser directives, keys lower-cased: `("syntax", "docker/dockerfile:1")`.
    pub directives: Vec<(String, String)>,
    /// Things that were off but did not stop the parse.
    pub problems: Vec<Problem>,
}

/// Something odd in the input; the parse went on (the message-at-a-position type every front end shares).
pub use pathfinder_findings::Problem;

/// One instruction. Lines and columns are 1-based; columns count Unicode scalar values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Instruction {
    /// Upper-cased: `RUN`, `FROM`, …
    pub keyword: String,
    pub line: u32,
    pub column: u32,
    /// Last line of the instruction (continuations and heredoc bodies included) and the column just past
    /// its last character.
    pub end_line: u32,
    pub end_column: u32,
    /// Leading `--name[=value]` flags.
    pub flags: Vec<Flag>,
    /// The arguments after the flags, continuation lines joined exactly as Docker joins them.
    pub args: String,
    /// What text conditions (`contains`, `regex`, …) look at: everything after the keyword (flags
    /// included) with whitespace runs collapsed to one space, then each heredoc body after a newline.
    pub text: String,
    pub form: Form,
    pub heredocs: Vec<Heredoc>,
    /// For `RUN` (and shell-form `CMD`/`ENTRYPOINT`): the shell command split on unquoted `&&`, `||`, `;`,
    /// `|`, `&` and newlines, heredoc bodies included; `sh -c "…"` in exec form is split too.
    pub commands: Vec<String>,
    /// Index into [`Dockerfile::stages`]; `None` before the first `FROM` (global `ARG`s).
    pub stage: Option<usize>,
    /// `args` with variables expanded, when every variable used has a known value. Computed for the
    /// instructions whose values rules judge: `FROM`, `EXPOSE`, `WORKDIR`, `USER`, `STOPSIGNAL`, `VOLUME`.
    pub expanded: Option<String>,
    /// `KEY=value` pairs of `ARG`, `ENV` and `LABEL` (legacy `ENV KEY value` too), quotes removed; `None`
    /// for an `ARG` without default.
    pub pairs: Vec<(String, Option<String>)>,
}

/// A leading flag: `--chown=app:app` is `("chown", Some("app:app"))`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub name: String,
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Form {
    /// Not a command instruction.
    #[default]
    None,
    Shell,
    /// A JSON array of strings.
    Exec(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heredoc {
    pub delimiter: String,
    /// `<<-`: leading tabs were stripped from the body lines.
    pub strip_tabs: bool,
    pub body: String,
    /// First body line.
    pub line: u32,
}

/// A build stage: a `FROM` and the instructions up to the next one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    pub index: usize,
    /// `AS name`, lower-cased as Docker compares them.
    pub name: Option<String>,
    /// Index of the `FROM` instruction.
    pub from: usize,
    /// One past the last instruction of the stage.
    pub end: usize,
    /// The earlier stage this one builds on (`FROM builder`), if any.
    pub parent: Option<usize>,
    /// The base image when it is an image (not a stage, not `scratch`) and its name is known.
    pub image: Option<ImageRef>,
    /// `FROM scratch`.
    pub scratch: bool,
}

/// `registry/name:tag@digest`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRef {
    /// As written, without tag and digest: `docker.io/library/ubuntu`.
    pub name: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl ImageRef {
    pub fn parse(reference: &str) -> Option<ImageRef> {
        let reference = reference.trim();
        if reference.is_empty() || reference.contains(char::is_whitespace) {
            return None;
        }
        let (rest, digest) = match reference.split_once('@') {
            Some((r, d)) => (r, Some(d.to_string())),
            None => (reference, None),
        };
        let slash = rest.rfind('/').map_or(0, |i| i + 1);
        let (name, tag) = match rest[slash..].rfind(':') {
            Some(i) => (&rest[..slash + i], Some(rest[slash + i + 1..].to_string())),
            None => (rest, None),
        };
        (!name.is_empty()).then(|| ImageRef {
            name: name.to_string(),
            tag,
            digest,
        })
    }

    /// The name without the default registry and `library/` namespace: `docker.io/library/ubuntu` →
    /// `ubuntu`.
    pub fn short_name(&self) -> &str {
        let n = self.name.as_str();
        let n = n
            .strip_prefix("docker.io/")
            .or_else(|| n.strip_prefix("index.docker.io/"))
            .or_else(|| n.strip_prefix("registry-1.docker.io/"))
            .unwrap_or(n);
        n.strip_prefix("library/").unwrap_or(n)
    }

    /// The tag Docker pulls: the one written, else `latest` (when there is no digest either).
    pub fn effective_tag(&self) -> Option<&str> {
        match (&self.tag, &self.digest) {
            (Some(t), _) => Some(t),
            (None, None) => Some("latest"),
            (None, Some(_)) => None,
        }
    }
}

impl Instruction {
    pub fn flag(&self, name: &str) -> Option<&Flag> {
        let name = name.trim_start_matches('-');
        self.flags
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
    }
}

impl Dockerfile {
    /// The last stage: the image that runs.
    pub fn final_stage(&self) -> Option<&Stage> {
        self.stages.last()
    }

    /// `stage` and the stages it builds on, nearest first (bounded: a stage only builds on earlier ones).
    pub fn stage_chain(&self, stage: usize) -> Vec<usize> {
        let mut out = vec![stage];
        let mut cur = stage;
        while let Some(p) = self.stages.get(cur).and_then(|s| s.parent) {
            if p >= cur {
                break;
            }
            out.push(p);
            cur = p;
        }
        out
    }

    /// Instructions of a stage (its `FROM` first).
    pub fn stage_instructions(&self, stage: usize) -> &[Instruction] {
        match self.stages.get(stage) {
            Some(s) => &self.instructions[s.from..s.end],
            None => &[],
        }
    }
}

/// Instructions whose values are worth expanding (rules compare them).
const EXPANDED: &[&str] = &["FROM", "EXPOSE", "WORKDIR", "USER", "STOPSIGNAL", "VOLUME"];
const WITH_FLAGS: &[&str] = &["FROM", "RUN", "COPY", "ADD", "HEALTHCHECK"];
const WITH_HEREDOCS: &[&str] = &["RUN", "COPY", "ADD"];
const COMMANDS: &[&str] = &["RUN", "CMD", "ENTRYPOINT", "SHELL"];

/// Parses a Dockerfile. Never fails: problems are recorded in [`Dockerfile::problems`].
pub fn parse(source: &str) -> Dockerfile {
    let lines: Vec<&str> = source
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let mut df = Dockerfile {
        escape: '\\',
        ..Dockerfile::default()
    };
    let n = lines.len();
    let mut i = directives(&lines, &mut df);
    let mut vars = shell::Vars::default();
    // Variables each stage ends with, so `FROM earlier` inherits them.
    let mut stage_vars: Vec<shell::Vars> = Vec::new();
    let mut global = shell::Vars::default();
    // Stage names to indices (the first stage of a name wins, as in Docker).
    let mut stage_names: std::collections::HashMap<String, usize> =
        std::collections::HashMap::new();
    while i < n {
        let raw = lines[i];
        let t = raw.trim_start();
        if t.trim_end().is_empty() {
            i += 1;
            continue;
        }
        if t.starts_with('#') {
            df.comments.push((i as u32 + 1, t.trim_end().to_string()));
            i += 1;
            continue;
        }
        let start = i;
        let column = raw.len() - t.len();
        let column = raw[..column].chars().count() as u32 + 1;
        // Join continuation lines.
        let mut logical = String::new();
        let mut current = t;
        let mut last = i;
        loop {
            let (content, continued) = strip_continuation(current, df.escape);
            logical.push_str(content);
            if !continued {
                break;
            }
            i += 1;
            while i < n && {
                let l = lines[i].trim_start();
                l.trim_end().is_empty() || l.starts_with('#')
            } {
                let l = lines[i].trim();
                if !l.is_empty() {
                    df.comments.push((i as u32 + 1, l.to_string()));
                }
                i += 1;
            }
            if i >= n {
                df.problems.push(Problem {
                    line: last as u32 + 1,
                    column: lines[last].chars().count() as u32,
                    message: "line continuation at the end of the file".into(),
                });
                break;
            }
            current = lines[i];
            last = i;
        }
        i += 1;
        let (keyword, rest) = match logical.find(char::is_whitespace) {
            Some(p) => (&logical[..p], logical[p..].trim_start()),
            None => (logical.as_str(), ""),
        };
        let keyword = keyword.to_ascii_uppercase();
        let mut ins = Instruction {
            line: start as u32 + 1,
            column,
            ..Instruction::default()
        };
        // Heredoc bodies follow the instruction line.
        if WITH_HEREDOCS.contains(&keyword.as_str()) {
            for (delimiter, strip_tabs) in heredoc_markers(rest) {
                let body_start = i;
                let mut body = Vec::new();
                let mut closed = false;
                while i < n {
                    let line = lines[i];
                    let cmp = if strip_tabs {
                        line.trim_start_matches('\t')
                    } else {
                        line
                    };
                    i += 1;
                    if cmp == delimiter {
                        closed = true;
                        break;
                    }
                    body.push(cmp);
                }
                last = i.saturating_sub(1).max(last);
                if !closed {
                    df.problems.push(Problem {
                        line: ins.line,
                        column: ins.column,
                        message: format!("heredoc <<{delimiter} is not terminated"),
                    });
                }
                let mut text = body.join("\n");
                if !body.is_empty() {
                    text.push('\n');
                }
                ins.heredocs.push(Heredoc {
                    delimiter,
                    strip_tabs,
                    body: text,
                    line: body_start as u32 + 1,
                });
            }
        }
        ins.end_line = last as u32 + 1;
        ins.end_column = lines[last].trim_end().chars().count() as u32 + 1;
        let mut args = rest;
        if WITH_FLAGS.contains(&keyword.as_str()) {
            let (flags, after) = parse_flags(rest);
            ins.flags = flags;
            args = after;
        }
        if keyword == "HEALTHCHECK" {
            // `HEALTHCHECK [flags] CMD command`: the form is the command's.
            let cmd = args
                .get(..3)
                .filter(|w| w.eq_ignore_ascii_case("CMD"))
                .map(|_| args[3..].trim_start());
            if let Some(cmd) = cmd {
                ins.form = form(cmd);
                ins.commands = commands_of(&ins.form, cmd, &[]);
            }
        }
        ins.args = args.trim_end().to_string();
        ins.text = collapse_whitespace(rest);
        for h in &ins.heredocs {
            ins.text.push('\n');
            ins.text.push_str(&h.body);
        }
        if COMMANDS.contains(&keyword.as_str()) {
            ins.form = form(&ins.args);
            if keyword != "SHELL" {
                ins.commands = commands_of(&ins.form, &ins.args, &ins.heredocs);
            }
        }
        ins.keyword = keyword;
        if matches!(ins.keyword.as_str(), "ARG" | "ENV" | "LABEL") {
            ins.pairs = shell::pairs(&ins.args, ins.keyword == "ARG");
        }
        if matches!(ins.keyword.as_str(), "ARG" | "ENV") {
            let in_stage = !df.stages.is_empty();
            for (k, v) in &ins.pairs {
                let scope = if in_stage { &vars } else { &global };
                let value = match v {
                    Some(v) => shell::expand(v, scope, df.escape),
                    // `ARG X` in a stage takes the global default, if any.
                    None if in_stage && ins.keyword == "ARG" => {
                        global.get(k).flatten().map(str::to_string)
                    }
                    None => None,
                };
                if in_stage {
                    vars.set(k, value);
                } else {
                    global.set(k, value);
                }
            }
        }
        if EXPANDED.contains(&ins.keyword.as_str()) {
            let scope = if ins.keyword == "FROM" {
                &global
            } else {
                &vars
            };
            ins.expanded = shell::expand(&ins.args, scope, df.escape);
        }
        if ins.keyword == "FROM" {
            let index = df.stages.len();
            if let Some(prev) = df.stages.last_mut() {
                prev.end = df.instructions.len();
                stage_vars.push(std::mem::take(&mut vars));
            }
            let stage = from_stage(&ins, index, df.instructions.len(), &df.stages, &stage_names);
            if let Some(name) = &stage.name {
                stage_names.entry(name.clone()).or_insert(index);
            }
            vars = stage
                .parent
                .and_then(|p| stage_vars.get(p).cloned())
                .unwrap_or_default();
            df.stages.push(stage);
        }
        ins.stage = df.stages.len().checked_sub(1);
        df.instructions.push(ins);
    }
    if let Some(last) = df.stages.last_mut() {
        last.end = df.instructions.len();
    }
    df
}

/// Reads parser directives at the top of the file; returns the first line after them.
fn directives(lines: &[&str], df: &mut Dockerfile) -> usize {
    let mut i = 0;
    while i < lines.len() {
        let Some(rest) = lines[i].trim().strip_prefix('#') else {
            break;
        };
        let Some((key, value)) = rest.split_once('=') else {
            break;
        };
        let key = key.trim();
        if key.is_empty()
            || !key.starts_with(|c: char| c.is_ascii_alphabetic())
            || !key.chars().all(|c| c.is_ascii_alphanumeric())
        {
            break;
        }
        let key = key.to_ascii_lowercase();
        let value = value.trim().to_string();
        if key == "escape" {
            match value.as_str() {
                "\\" => df.escape = '\\',
                "`" => df.escape = '`',
                other => df.problems.push(Problem {
                    line: i as u32 + 1,
                    column: 1,
                    message: format!("invalid escape directive {other:?} (expected \\ or `)"),
                }),
            }
        }
        df.comments
            .push((i as u32 + 1, lines[i].trim().to_string()));
        df.directives.push((key, value));
        i += 1;
    }
    i
}

/// Removes a trailing escape character (followed only by blanks): `(content, continued)`.
fn strip_continuation(line: &str, escape: char) -> (&str, bool) {
    let trimmed = line.trim_end_matches([' ', '\t']);
    match trimmed.strip_suffix(escape) {
        Some(content) => (content, true),
        None => (line, false),
    }
}

/// `--name=value` flags at the start of `rest`, and what follows them.
fn parse_flags(rest: &str) -> (Vec<Flag>, &str) {
    let mut flags = Vec::new();
    let mut s = rest;
    while let Some(after) = s.strip_prefix("--") {
        let end = after.find(char::is_whitespace).unwrap_or(after.len());
        let word = &after[..end];
        if word.is_empty() {
            break;
        }
        let (name, value) = match word.split_once('=') {
            Some((n, v)) => (n, Some(shell::unquote(v))),
            None => (word, None),
        };
        flags.push(Flag {
            name: name.to_ascii_lowercase(),
            value,
        });
        s = after[end..].trim_start();
    }
    (flags, s)
}

/// Exec form when the arguments are a JSON array of strings, as Docker decides it.
fn form(args: &str) -> Form {
    let a = args.trim();
    if a.starts_with('[') {
        if let Ok(v) = serde_json::from_str::<Vec<String>>(a) {
            return Form::Exec(v);
        }
    }
    Form::Shell
}

fn commands_of(form: &Form, args: &str, heredocs: &[Heredoc]) -> Vec<String> {
    let mut script = match form {
        Form::Exec(v) => {
            let shell = v.first().map(|s| s.rsplit('/').next().unwrap_or(s));
            let is_shell = matches!(shell, Some("sh" | "bash" | "ash" | "dash" | "zsh"));
            match v.iter().position(|a| a == "-c") {
                Some(p) if is_shell && p + 1 < v.len() => v[p + 1].clone(),
                _ => v.join(" "),
            }
        }
        _ => {
            // The `<<EOF` markers are not commands; their bodies are appended below.
            let mut s = args.to_string();
            for h in heredocs {
                let dash = if h.strip_tabs { "-" } else { "" };
                for q in ["", "\"", "'"] {
                    s = s.replace(&format!("<<{dash}{q}{}{q}", h.delimiter), "");
                }
            }
            s
        }
    };
    for h in heredocs {
        script.push('\n');
        script.push_str(&h.body);
    }
    shell::split_commands(&script)
}

/// Heredoc markers of an instruction line, in order: `(delimiter, strip_tabs)`.
fn heredoc_markers(line: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let chars: Vec<char> = line.chars().collect();
    let mut quote: Option<char> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match quote {
            Some(q) => {
                if c == q {
                    quote = None;
                } else if c == '\\' && q == '"' {
                    i += 1;
                }
            }
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == '\\' => i += 1,
            None if c == '<'
                && chars.get(i + 1) == Some(&'<')
                && chars.get(i + 2) != Some(&'<') =>
            {
                let mut j = i + 2;
                let strip_tabs = chars.get(j) == Some(&'-');
                if strip_tabs {
                    j += 1;
                }
                let q = chars.get(j).copied().filter(|c| *c == '"' || *c == '\'');
                if q.is_some() {
                    j += 1;
                }
                let start = j;
                while j < chars.len()
                    && (chars[j].is_alphanumeric() || matches!(chars[j], '_' | '-' | '.'))
                {
                    j += 1;
                }
                if j > start && (q.is_none() || chars.get(j).copied() == q) {
                    out.push((chars[start..j].iter().collect(), strip_tabs));
                    if q.is_some() {
                        j += 1;
                    }
                    i = j;
                    continue;
                }
                i += 1;
            }
            None => {}
        }
        i += 1;
    }
    out
}

fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The stage a `FROM` opens: name, parent stage, base image.
fn from_stage(
    ins: &Instruction,
    index: usize,
    at: usize,
    earlier: &[Stage],
    names: &std::collections::HashMap<String, usize>,
) -> Stage {
    let source = ins.expanded.as_deref();
    let words: Vec<&str> = ins.args.split_whitespace().collect();
    let name = match words.as_slice() {
        [_, kw, name, ..] if kw.eq_ignore_ascii_case("as") => Some(name.to_ascii_lowercase()),
        _ => None,
    };
    let image_text = source.and_then(|s| s.split_whitespace().next());
    let parent = image_text.and_then(|img| {
        let lower = img.to_ascii_lowercase();
        names
            .get(&lower)
            .copied()
            .or_else(|| lower.parse::<usize>().ok().filter(|n| *n < earlier.len()))
    });
    let scratch = image_text.is_some_and(|i| i.eq_ignore_ascii_case("scratch"));
    let image = if parent.is_some() || scratch {
        None
    } else {
        image_text.and_then(ImageRef::parse)
    };
    Stage {
        index,
        name,
        from: at,
        end: at + 1,
        parent,
        image,
        scratch,
    }
}
