//! The per-file semantic model: what rules see of a Python file. Owned data, no AST references, so it can
//! outlive the parse and cross threads.

use rustc_hash::FxHashMap;
use std::sync::Arc;

/// Byte range into the file's source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// A constant value as far as the front end can tell statically. Anything it cannot evaluate is
/// `Unknown`, and matchers never treat `Unknown` as equal to anything.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Str(String),
    Bytes(Vec<u8>),
    Int(i128),
    /// An integer too large for i128, kept as written.
    BigInt(String),
    Float(f64),
    Complex,
    Bool(bool),
    None,
    Tuple(Vec<Value>),
    List(Vec<Value>),
    Set(Vec<Value>),
    Dict(Vec<(Value, Value)>),
    /// A reference to a named thing resolved through imports: `socket.INADDR_ANY`, `paramiko.AutoAddPolicy`.
    Symbol(String),
    /// A freshly constructed object of a known class: `hashes.SHA1()` → `…hashes.SHA1`.
    Instance(String),
    Unknown,
}

impl Value {
    pub fn is_known(&self) -> bool {
        !matches!(self, Value::Unknown)
    }

    /// Element `i` of a tuple or list value.
    pub fn element(&self, i: usize) -> Option<&Value> {
        match self {
            Value::Tuple(items) | Value::List(items) => items.get(i),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Int(i) => Some(*i as f64),
            Value::Float(f) => Some(*f),
            Value::Bool(b) => Some(if *b { 1.0 } else { 0.0 }),
            _ => None,
        }
    }

    /// A constant string, or the text of a symbol (so `"ssl.PROTOCOL_SSLv2"` can match `ssl.PROTOCOL_SSLv2`).
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Str(s) | Value::Symbol(s) => Some(s),
            _ => None,
        }
    }
}

/// The syntactic shape of an argument, for rules that care how a value was built (formatting vs literal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExprKind {
    Literal,
    Name(String),
    Attribute,
    Call,
    Subscript,
    /// f-string with at least one interpolation
    FString,
    /// `a + b` where at least one side is a string-ish operand
    Concat,
    /// `"..." % x`
    PercentFormat,
    /// `"...".format(...)`
    FormatCall,
    Container,
    Lambda,
    Other,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    /// Index among positional arguments; `None` for keywords.
    pub position: Option<usize>,
    pub keyword: Option<String>,
    pub value: Value,
    pub kind: ExprKind,
    /// For strings built at run time, the constant text with `{}` for each unknown part
    /// (`f"http://{host}/x"` → `http://{}/x`), so `regex()` can still check their constant parts.
    pub template: Option<String>,
    /// Identifiers the argument expression mentions (names and attribute names, also inside f-strings):
    /// `f"pw={user.password}"` mentions `user` and `password`.
    pub names: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallKind {
    /// `f(x)`
    Call,
    /// `@decorator` written without parentheses: treated as a call of the decorator on the function.
    Decorator,
    /// `target[key] = value`, modelled as `target.__setitem__(key, value)`.
    SetItem,
    /// `target.attr = value`, modelled as `target.__setattr__("attr", value)`.
    SetAttr,
    /// `name = value` (also annotated), modelled as `__assign__("name", value)`.
    Assign,
    /// `return value` in a function, modelled as `__return__(value)`.
    Return,
}

pub type ScopeId = u32;

#[derive(Debug, Clone, PartialEq)]
pub struct CallSite {
    pub kind: CallKind,
    /// The callee as written with call parentheses dropped, `requests.get(u).json` → `requests.get.json`.
    pub callee: String,
    /// Last segment of the callee (`bind` for `s.bind`).
    pub name: String,
    /// Fully qualified name resolved through imports, local definitions and receiver types.
    pub fqn: Option<String>,
    /// True when the callee text is only an alias (its first name is a local definition or an import under
    /// another name): `fqn` is then the truth, so a local `def eval` is never the builtin.
    pub text_is_alias: bool,
    /// Receiver expression text (`self.sock` for `self.sock.bind`).
    pub receiver: Option<String>,
    /// Inferred type of the receiver (`socket.socket`).
    pub receiver_type: Option<String>,
    pub args: Vec<Arg>,
    /// Index of the first `*args` splat: positional indices from here on are unknown.
    pub star_args_at: Option<usize>,
    /// A `**kwargs` splat is present: any keyword might be passed.
    pub has_star_kwargs: bool,
    pub span: Span,
    pub scope: ScopeId,
}

impl CallSite {
    pub fn positional(&self, index: usize) -> Option<&Arg> {
        if self.star_args_at.is_some_and(|s| index >= s) {
            return None;
        }
        self.args.iter().find(|a| a.position == Some(index))
    }

    pub fn keyword(&self, name: &str) -> Option<&Arg> {
        self.args
            .iter()
            .find(|a| a.keyword.as_deref() == Some(name))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Qualified name inside the module (`Server.start`); empty for the module.
    pub qualname: String,
    pub parent: Option<ScopeId>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassInfo {
    /// `pkg.mod.Server`
    pub fqn: String,
    /// Resolved base class names.
    pub bases: Vec<String>,
}

/// A syntax error: the message-at-a-position type every front end shares.
pub type SyntaxIssue = pathfinder_findings::Problem;

/// Line starts for offset → (line, column) conversion. Columns count Unicode scalar values, 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        // Python's line breaks: `\n`, `\r\n` and a lone `\r` (old Mac files, mixed endings).
        let bytes = source.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based (line, column) of a byte offset.
    pub fn position(&self, source: &str, offset: u32) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.starts[line as usize - 1] as usize;
        let end = (offset as usize).min(source.len());
        let column = source
            .get(start..end)
            .map_or(end - start, |s| s.chars().count());
        (line, column as u32 + 1)
    }

    pub fn line_count(&self) -> u32 {
        self.starts.len() as u32
    }

    /// Text of 1-based line `line` without its line terminator.
    pub fn line_text<'s>(&self, source: &'s str, line: u32) -> &'s str {
        let Some(&start) = self.starts.get(line as usize - 1) else {
            return "";
        };
        let end = self
            .starts
            .get(line as usize)
            .map_or(source.len(), |&e| e as usize);
        source
            .get(start as usize..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}

/// Everything the engine needs from one Python file.
#[derive(Debug, Clone)]
pub struct FileModel {
    /// Path relative to the project root.
    pub path: String,
    /// Dotted module name derived from the path (`pkg/sub/mod.py` → `pkg.sub.mod`).
    pub module: String,
    pub source: Arc<str>,
    pub lines: LineIndex,
    /// Local name → fully qualified name, for module-level imports.
    pub imports: FxHashMap<String, String>,
    pub calls: Vec<CallSite>,
    pub scopes: Vec<Scope>,
    pub classes: Vec<ClassInfo>,
    /// Comments by 1-based line (fixtures read their expectations from here).
    pub comments: Vec<(u32, String)>,
    /// Suppression comments and the lines each covers (a whole statement where written above or on it).
    pub suppressions: Vec<pathfinder_findings::suppress::Directive>,
    pub syntax_errors: Vec<SyntaxIssue>,
    /// First lines of the statements left out because they nest deeper than [`crate::depth::MAX_NESTING`].
    pub too_deep: Vec<u32>,
    /// Source-to-sink paths found by the flow rules run on this file.
    pub taint: Vec<crate::taint::TaintFinding>,
    /// First lines of the functions whose taint walk stopped at the loop iteration cap (the loop's names
    /// then carry every label of the function: a conservative fallback), for `--verbose`.
    pub taint_capped: Vec<u32>,
    /// Taint summaries of this file's functions, for flows from other files.
    pub exported: Vec<crate::taint::ExportedFunction>,
    /// The flow rules (run-wide numbers) the taint walk of this file ran.
    pub flow_rules: Vec<u32>,
    /// Names of the parameters of those functions, sorted, without repeats.
    pub parameters: Vec<String>,
}

/// The fully qualified name of `qualname` (`Server.start`) defined in `module` (empty: a top-level script).
pub fn qualified(module: &str, qualname: &str) -> String {
    if module.is_empty() {
        qualname.to_string()
    } else {
        format!("{module}.{qualname}")
    }
}

impl FileModel {
    /// Fully qualified names of the functions and methods defined in this file.
    pub fn function_fqns(&self) -> impl Iterator<Item = String> + '_ {
        self.scopes
            .iter()
            .filter(|s| s.kind == ScopeKind::Function)
            .map(|s| qualified(&self.module, &s.qualname))
    }

    /// Qualified name of the innermost function or class around `scope`, `None` at module level.
    pub fn enclosing(&self, scope: ScopeId) -> Option<&str> {
        let mut id = Some(scope);
        while let Some(s) = id {
            let sc = &self.scopes[s as usize];
            if matches!(sc.kind, ScopeKind::Function | ScopeKind::Class) {
                return Some(&sc.qualname);
            }
            id = sc.parent;
        }
        None
    }

    pub fn position(&self, offset: u32) -> (u32, u32) {
        self.lines.position(&self.source, offset)
    }

    /// The first call written as `callee`; the error lists the calls there are (front-end tests of every
    /// language look calls up this way).
    pub fn find_call(&self, callee: &str) -> Result<&CallSite, String> {
        self.calls
            .iter()
            .find(|c| c.callee == callee)
            .ok_or_else(|| {
                let all: Vec<&str> = self.calls.iter().map(|c| c.callee.as_str()).collect();
                format!("no call {callee} in {all:?}")
            })
    }

    pub fn text(&self, span: Span) -> &str {
        self.source
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }
}
