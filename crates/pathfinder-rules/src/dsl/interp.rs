//! The evaluator: runs a rule file's statements in source order over SDK values, with Python's scoping
//! (module, class bodies, rule functions) and nothing else (rule-dsl.md §7).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use ruff_python_ast::visitor::{walk_expr, walk_pattern, walk_stmt, Visitor};
use ruff_python_ast::{
    Expr, ExprCall, ExprDict, ModModule, Number, Operator, Pattern, Stmt, StmtClassDef,
    StmtFunctionDef, StmtImport, StmtImportFrom, UnaryOp,
};
use ruff_source_file::LineIndex;
use ruff_text_size::{Ranged, TextRange};

use super::matchers::Code;
use super::sdk::{export, exported_names, find_module, Bound, Export, GoType, RuleKind, ROOT};
use super::value::{nest, Budget, Dict, Key, Seq, Value};
use super::{fail, line_column, Eval, RuleRecord, RED_ZONE, STACK_SEGMENT};

mod defs;
mod nesting;
use defs::*;
pub(super) use nesting::measure_nesting;

/// `QueryType` or a subclass: class attributes plus the linearized bases (flattened, so dropping a long
/// inheritance chain does not recurse).
pub(super) struct QueryClass<'a> {
    pub name: String,
    attrs: HashMap<&'a str, Value<'a>>,
    mro: Vec<Rc<QueryClass<'a>>>,
    pub depth: u32,
}

impl<'a> QueryClass<'a> {
    /// A class attribute, inherited along the method resolution order.
    pub fn lookup(&self, name: &str) -> Option<&Value<'a>> {
        std::iter::once(self)
            .chain(self.mro.iter().map(Rc::as_ref))
            .find_map(|class| class.attrs.get(name))
    }
}

/// A `def`. Only rule decorators call it, with no arguments.
pub(super) struct Function<'a> {
    def: &'a StmtFunctionDef,
    /// Frame the body resolves free names in (class bodies are skipped, as in Python).
    scope: usize,
    defaults: Vec<(&'a str, Value<'a>)>,
    pub depth: u32,
}

impl<'a> Function<'a> {
    pub fn name(&self) -> &'a str {
        self.def.name.as_str()
    }

    pub fn docstring(&self) -> Option<&'a str> {
        match self.def.body.first() {
            Some(Stmt::Expr(stmt)) => stmt
                .value
                .as_string_literal_expr()
                .map(|s| s.value.to_str()),
            _ => None,
        }
    }
}

/// The result of `python_rule(…)` and the other rule decorators, waiting for its function.
pub(super) struct Decorator<'a> {
    pub kind: RuleKind,
    pub args: Bound<'a>,
    pub depth: u32,
}

/// A legacy `@rule`: its function runs at exit.
pub(super) struct LegacyRule<'a> {
    pub decorator: Rc<Decorator<'a>>,
    pub function: Rc<Function<'a>>,
    /// The decorator, to locate failures of the deferred call.
    pub range: TextRange,
    pub depth: u32,
}

/// A rule in registration order; legacy rules are evaluated at the end, like the SDK's exit hook.
pub(super) enum Registered<'a> {
    Ready(RuleRecord),
    Legacy { rule: Rc<LegacyRule<'a>>, line: u32 },
}

/// An evaluated call argument and where it was written.
#[derive(Clone)]
pub(super) struct Arg<'a> {
    pub value: Value<'a>,
    pub range: TextRange,
}

pub(super) struct Keyword<'a> {
    pub name: &'a str,
    pub range: TextRange,
    pub arg: Arg<'a>,
}

/// The arguments of one call, evaluated.
pub(super) struct Call<'a> {
    pub positional: Vec<Arg<'a>>,
    pub keywords: Vec<Keyword<'a>>,
    pub range: TextRange,
}

enum FrameKind<'a> {
    Module,
    Class,
    /// The names the function body binds: reading one before it is bound is an error, as in Python.
    Function(HashSet<&'a str>),
}

struct Frame<'a> {
    vars: HashMap<&'a str, Value<'a>>,
    parent: Option<usize>,
    kind: FrameKind<'a>,
}

pub(super) struct Interpreter<'a> {
    source: &'a str,
    lines: &'a LineIndex,
    /// Every frame ever created; values refer to frames by index, so closures cannot form `Rc` cycles.
    frames: Vec<Frame<'a>>,
    pub budget: Budget,
    query_type: Rc<QueryClass<'a>>,
    /// `set_default_propagation` / `set_default_scope` state, read by later `flows()` calls.
    pub default_propagation: Vec<Rc<Code>>,
    pub default_scope: String,
    pub rules: Vec<Registered<'a>>,
}

/// Interprets a parsed rule file and returns its rules in registration order.
pub(super) fn run<'a>(
    module: &'a ModModule,
    source: &'a str,
    lines: &'a LineIndex,
) -> Eval<Vec<RuleRecord>> {
    let mut interpreter = Interpreter::new(source, lines);
    let globals = interpreter.new_frame(HashMap::new(), None, FrameKind::Module);
    interpreter.exec_block(&module.body, globals)?;
    interpreter.finish()
}

impl<'a> Interpreter<'a> {
    fn new(source: &'a str, lines: &'a LineIndex) -> Self {
        let attrs = HashMap::from([
            ("fqns", Value::str_list(&[])),
            ("patterns", Value::str_list(&[])),
            ("match_subclasses", Value::Bool(true)),
        ]);
        let query_type = Rc::new(QueryClass {
            name: "QueryType".to_string(),
            attrs,
            mro: Vec::new(),
            depth: 2,
        });
        Interpreter {
            source,
            lines,
            frames: Vec::new(),
            budget: Budget::new(),
            query_type,
            default_propagation: Vec::new(),
            default_scope: "global".to_string(),
            rules: Vec::new(),
        }
    }

    pub fn line(&self, range: TextRange) -> u32 {
        line_column(self.lines, self.source, range.start()).0
    }

    fn new_frame(
        &mut self,
        vars: HashMap<&'a str, Value<'a>>,
        parent: Option<usize>,
        kind: FrameKind<'a>,
    ) -> usize {
        self.frames.push(Frame { vars, parent, kind });
        self.frames.len() - 1
    }

    fn bind(&mut self, frame: usize, name: &'a str, value: Value<'a>) {
        self.frames[frame].vars.insert(name, value);
    }

    fn lookup(&self, name: &str, frame: usize, range: TextRange) -> Eval<Value<'a>> {
        let mut current = Some(frame);
        while let Some(id) = current {
            let frame = &self.frames[id];
            if let Some(value) = frame.vars.get(name) {
                return Ok(value.clone());
            }
            if matches!(&frame.kind, FrameKind::Function(locals) if locals.contains(name)) {
                return fail(
                    range,
                    format!("local variable '{name}' referenced before assignment"),
                );
            }
            current = frame.parent;
        }
        fail(range, format!("name '{name}' is not defined"))
    }

    /// Runs statements until one returns; `Some` carries the returned value.
    fn exec_block(&mut self, body: &'a [Stmt], frame: usize) -> Eval<Option<Value<'a>>> {
        for stmt in body {
            if let Some(value) = self.exec_stmt(stmt, frame)? {
                return Ok(Some(value));
            }
        }
        Ok(None)
    }

    fn exec_stmt(&mut self, stmt: &'a Stmt, frame: usize) -> Eval<Option<Value<'a>>> {
        match stmt {
            Stmt::Expr(stmt) => {
                self.eval(&stmt.value, frame)?;
            }
            Stmt::Assign(stmt) => {
                let value = self.eval(&stmt.value, frame)?;
                for target in &stmt.targets {
                    self.assign(target, value.clone(), frame)?;
                }
            }
            Stmt::AnnAssign(stmt) => {
                if let Some(value) = &stmt.value {
                    let value = self.eval(value, frame)?;
                    self.assign(&stmt.target, value, frame)?;
                }
            }
            Stmt::Import(stmt) => self.import(stmt, frame)?,
            Stmt::ImportFrom(stmt) => self.import_from(stmt, frame)?,
            Stmt::ClassDef(def) => self.class_def(def, frame)?,
            Stmt::FunctionDef(def) => self.function_def(def, frame)?,
            Stmt::Return(stmt) => {
                if !matches!(self.frames[frame].kind, FrameKind::Function(_)) {
                    return fail(stmt.range, "'return' outside function");
                }
                let value = match &stmt.value {
                    Some(value) => self.eval(value, frame)?,
                    None => Value::None,
                };
                return Ok(Some(value));
            }
            Stmt::Pass(_) => {}
            other => return fail(other.range(), unsupported_statement(other)),
        }
        Ok(None)
    }

    fn assign(&mut self, target: &'a Expr, value: Value<'a>, frame: usize) -> Eval<()> {
        match target {
            Expr::Name(name) => {
                self.bind(frame, name.id.as_str(), value);
                Ok(())
            }
            Expr::Tuple(_) | Expr::List(_) => fail(
                target.range(),
                "assigning several names at once is not supported in rule files",
            ),
            other => fail(
                other.range(),
                "only plain names can be assigned in rule files",
            ),
        }
    }

    fn import(&mut self, stmt: &'a StmtImport, frame: usize) -> Eval<()> {
        for alias in &stmt.names {
            let path = alias.name.as_str();
            let Some(module) = find_module(path) else {
                return fail(alias.range, unknown_module(path));
            };
            // `import codepathfinder.matchers` binds the top-level package, as Python does.
            match &alias.asname {
                Some(asname) => self.bind(frame, asname.as_str(), Value::Module(module)),
                None => self.bind(frame, ROOT, Value::Module(ROOT)),
            }
        }
        Ok(())
    }

    fn import_from(&mut self, stmt: &'a StmtImportFrom, frame: usize) -> Eval<()> {
        let Some(module_name) = stmt.module.as_ref().filter(|_| stmt.level == 0) else {
            return fail(
                stmt.range,
                "relative imports are not supported in rule files",
            );
        };
        let path = module_name.as_str();
        if path == "__future__" {
            return Ok(());
        }
        let Some(module) = find_module(path) else {
            return fail(module_name.range, unknown_module(path));
        };
        for alias in &stmt.names {
            let name = alias.name.as_str();
            if name == "*" {
                for exported in exported_names(module) {
                    if let Some(found) = export(module, exported) {
                        let value = self.export_value(found);
                        self.bind(frame, exported, value);
                    }
                }
                continue;
            }
            let Some(found) = export(module, name) else {
                return fail(
                    alias.range,
                    format!("cannot import name '{name}' from '{path}'"),
                );
            };
            let value = self.export_value(found);
            self.bind(
                frame,
                alias.asname.as_ref().map_or(name, |asname| asname.as_str()),
                value,
            );
        }
        Ok(())
    }

    fn export_value(&self, found: Export) -> Value<'a> {
        match found {
            Export::Builtin(builtin) => Value::Builtin(builtin),
            Export::QueryType => Value::Class(self.query_type.clone()),
            Export::GoType(go_type) => Value::Class(self.go_class(go_type)),
            Export::Module(module) => Value::Module(module),
        }
    }

    /// Calls a rule function with no arguments, as the decorators do.
    pub fn call_function(&mut self, function: &Function<'a>, range: TextRange) -> Eval<Value<'a>> {
        let def = function.def;
        let name = function.name();
        if def.is_async {
            return fail(range, format!("rule function '{name}' cannot be async"));
        }
        let parameters = &def.parameters;
        let mut all = parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .chain(&parameters.kwonlyargs);
        if let Some(required) = all.find(|p| p.default.is_none()) {
            return fail(
                range,
                format!(
                    "{name}() missing required argument '{}'",
                    required.parameter.name.as_str()
                ),
            );
        }
        let mut vars: HashMap<&'a str, Value<'a>> = function.defaults.iter().cloned().collect();
        if let Some(varargs) = &parameters.vararg {
            vars.insert(
                varargs.name.as_str(),
                Value::Tuple(Seq::new(Vec::new(), range)?),
            );
        }
        if let Some(kwargs) = &parameters.kwarg {
            vars.insert(
                kwargs.name.as_str(),
                Value::Dict(Dict::new(Vec::new(), range)?),
            );
        }
        let mut locals = local_names(&def.body);
        locals.extend(vars.keys());
        let frame = self.new_frame(vars, Some(function.scope), FrameKind::Function(locals));
        Ok(self.exec_block(&def.body, frame)?.unwrap_or(Value::None))
    }

    fn eval(&mut self, expr: &'a Expr, frame: usize) -> Eval<Value<'a>> {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.eval_inner(expr, frame))
    }

    fn eval_inner(&mut self, expr: &'a Expr, frame: usize) -> Eval<Value<'a>> {
        match expr {
            Expr::StringLiteral(literal) => Ok(Value::str(literal.value.to_str())),
            Expr::NumberLiteral(literal) => number(&literal.value, false, literal.range),
            Expr::UnaryOp(unary) if matches!(unary.op, UnaryOp::USub | UnaryOp::UAdd) => {
                match &*unary.operand {
                    Expr::NumberLiteral(literal) => {
                        number(&literal.value, unary.op == UnaryOp::USub, unary.range)
                    }
                    _ => fail(
                        unary.range,
                        "unary '-' and '+' apply only to number literals in rule files",
                    ),
                }
            }
            Expr::BooleanLiteral(literal) => Ok(Value::Bool(literal.value)),
            Expr::NoneLiteral(_) => Ok(Value::None),
            Expr::Name(name) => self.lookup(name.id.as_str(), frame, name.range),
            Expr::Attribute(attribute) => {
                let value = self.eval(&attribute.value, frame)?;
                self.get_attr(value, attribute.attr.as_str(), attribute.attr.range)
            }
            Expr::Call(call) => self.eval_call(call, frame),
            Expr::List(list) => Ok(Value::List(Seq::new(
                self.eval_items(&list.elts, frame)?,
                list.range,
            )?)),
            Expr::Tuple(tuple) => Ok(Value::Tuple(Seq::new(
                self.eval_items(&tuple.elts, frame)?,
                tuple.range,
            )?)),
            Expr::Dict(dict) => self.eval_dict(dict, frame),
            // `Sources.flask_request() + Sources.fastapi()`: one source list for several frameworks.
            Expr::BinOp(bin) if bin.op == Operator::Add => {
                let left = self.eval(&bin.left, frame)?;
                let right = self.eval(&bin.right, frame)?;
                match (&left, &right) {
                    (Value::List(a), Value::List(b)) => {
                        let items = a.items.iter().chain(&b.items).cloned().collect();
                        Ok(Value::List(Seq::new(items, bin.range)?))
                    }
                    (Value::List(_), _) | (_, Value::List(_)) => fail(
                        bin.range,
                        format!(
                            "'+' joins two lists in rule files, not {} and {}",
                            left.type_name(),
                            right.type_name()
                        ),
                    ),
                    _ => fail(bin.range, unsupported_expression(expr)),
                }
            }
            other => fail(other.range(), unsupported_expression(other)),
        }
    }

    fn eval_items(&mut self, items: &'a [Expr], frame: usize) -> Eval<Vec<Value<'a>>> {
        items
            .iter()
            .map(|item| match item {
                Expr::Starred(starred) => fail(
                    starred.range,
                    "'*' unpacking is not supported in rule files",
                ),
                item => self.eval(item, frame),
            })
            .collect()
    }

    fn eval_dict(&mut self, dict: &'a ExprDict, frame: usize) -> Eval<Value<'a>> {
        let mut entries = Vec::with_capacity(dict.items.len());
        for item in &dict.items {
            let Some(key) = &item.key else {
                return fail(
                    item.value.range(),
                    "'**' unpacking is not supported in rule files",
                );
            };
            let key_value = self.eval(key, frame)?;
            let key = Key::from_value(&key_value, &self.budget, key.range())?;
            entries.push((key, self.eval(&item.value, frame)?));
        }
        Ok(Value::Dict(Dict::new(entries, dict.range)?))
    }

    fn eval_call(&mut self, call: &'a ExprCall, frame: usize) -> Eval<Value<'a>> {
        let callee = self.eval(&call.func, frame)?;
        let mut positional = Vec::with_capacity(call.arguments.args.len());
        for arg in &call.arguments.args {
            if let Expr::Starred(starred) = arg {
                return fail(
                    starred.range,
                    "argument unpacking with '*' is not supported in rule files",
                );
            }
            positional.push(Arg {
                value: self.eval(arg, frame)?,
                range: arg.range(),
            });
        }
        let mut keywords = Vec::with_capacity(call.arguments.keywords.len());
        for keyword in &call.arguments.keywords {
            let Some(name) = &keyword.arg else {
                return fail(
                    keyword.range,
                    "argument unpacking with '**' is not supported in rule files",
                );
            };
            let arg = Arg {
                value: self.eval(&keyword.value, frame)?,
                range: keyword.value.range(),
            };
            keywords.push(Keyword {
                name: name.as_str(),
                range: name.range,
                arg,
            });
        }
        self.call_value(
            callee,
            Call {
                positional,
                keywords,
                range: call.range(),
            },
        )
    }

    pub fn call_value(&mut self, callee: Value<'a>, call: Call<'a>) -> Eval<Value<'a>> {
        match callee {
            Value::Builtin(builtin) => self.call_builtin(builtin, call),
            Value::Method(receiver, name) => self.call_method(&receiver, name, call),
            Value::Decorator(decorator) => self.apply_decorator(&decorator, call),
            Value::Class(class) => fail(
                call.range,
                format!(
                    "QueryType classes are not instantiated: use {0}.method(…) or {0}.attr(…)",
                    class.name
                ),
            ),
            Value::Function(function) => fail(
                call.range,
                format!(
                    "cannot call '{}': rule files call only the SDK",
                    function.name()
                ),
            ),
            other => fail(
                call.range,
                format!("'{}' object is not callable", other.type_name()),
            ),
        }
    }

    fn get_attr(&self, value: Value<'a>, attr: &str, range: TextRange) -> Eval<Value<'a>> {
        let method = match &value {
            Value::Module(module) => {
                return match export(module, attr) {
                    Some(found) => Ok(self.export_value(found)),
                    None => fail(
                        range,
                        format!("module '{module}' has no attribute '{attr}'"),
                    ),
                }
            }
            Value::Class(class) => match attr {
                "method" => Some("method"),
                "attr" => Some("attr"),
                _ => {
                    return class.lookup(attr).cloned().map_or_else(
                        || {
                            fail(
                                range,
                                format!("type object '{}' has no attribute '{attr}'", class.name),
                            )
                        },
                        Ok,
                    )
                }
            },
            Value::Builtin(builtin) => builtin.static_method(attr),
            Value::Code(code) => code.method(attr),
            _ => None,
        };
        match method {
            Some(name) => Ok(Value::Method(Rc::new(value), name)),
            None => fail(
                range,
                format!("'{}' object has no attribute '{attr}'", value.type_name()),
            ),
        }
    }

    /// Runs the legacy rules (the SDK does so at exit) and returns every record in registration order.
    fn finish(mut self) -> Eval<Vec<RuleRecord>> {
        let mut records = Vec::with_capacity(self.rules.len());
        // A legacy rule function may register further rules, so the list can grow while we walk it.
        let mut index = 0;
        while index < self.rules.len() {
            let record = match &self.rules[index] {
                Registered::Ready(record) => record.clone(),
                Registered::Legacy { rule, line } => {
                    let (rule, line) = (rule.clone(), *line);
                    RuleRecord {
                        family: super::Family::Legacy,
                        line,
                        record: self.legacy_record(&rule)?,
                    }
                }
            };
            records.push(record);
            index += 1;
        }
        if records.is_empty() {
            return fail(TextRange::default(), "no rule found in file");
        }
        Ok(records)
    }
}

fn number<'a>(number: &Number, negate: bool, range: TextRange) -> Eval<Value<'a>> {
    match number {
        Number::Int(int) => match int.as_i64() {
            Some(int) => Ok(Value::Int(if negate { -int } else { int })),
            None => fail(range, "integer literal too large"),
        },
        Number::Float(float) => Ok(Value::Float(if negate { -float } else { *float })),
        Number::Complex { .. } => fail(range, "complex numbers are not supported in rule files"),
    }
}

fn unknown_module(path: &str) -> String {
    format!("unknown module '{path}': rule files import only from the codepathfinder SDK")
}

fn unsupported_statement(stmt: &Stmt) -> String {
    let what = match stmt {
        Stmt::For(_) => "for loops are",
        Stmt::While(_) => "while loops are",
        Stmt::If(_) => "if statements are",
        Stmt::With(_) => "with statements are",
        Stmt::Match(_) => "match statements are",
        Stmt::Try(_) => "try statements are",
        Stmt::Raise(_) => "raise statements are",
        Stmt::Assert(_) => "assert statements are",
        Stmt::Delete(_) => "del statements are",
        Stmt::AugAssign(_) => "augmented assignments are",
        Stmt::TypeAlias(_) => "type aliases are",
        Stmt::Global(_) => "global declarations are",
        Stmt::Nonlocal(_) => "nonlocal declarations are",
        Stmt::Break(_) => "break statements are",
        Stmt::Continue(_) => "continue statements are",
        _ => "this statement is",
    };
    format!("{what} not supported in rule files")
}

fn unsupported_expression(expr: &Expr) -> String {
    let what = match expr {
        Expr::BoolOp(op) => format!("the '{}' operator is", op.op.as_str()),
        Expr::BinOp(op) => format!("the '{}' operator is", op.op.as_str()),
        Expr::UnaryOp(op) => format!("the '{}' operator is", op.op.as_str()),
        Expr::Compare(_) => "comparisons are".to_string(),
        Expr::Lambda(_) => "lambdas are".to_string(),
        Expr::If(_) => "conditional expressions are".to_string(),
        Expr::Named(_) => "assignment expressions (:=) are".to_string(),
        Expr::Set(_) => "set literals are".to_string(),
        Expr::ListComp(_) => "list comprehensions are".to_string(),
        Expr::SetComp(_) => "set comprehensions are".to_string(),
        Expr::DictComp(_) => "dict comprehensions are".to_string(),
        Expr::Generator(_) => "generator expressions are".to_string(),
        Expr::Await(_) => "await expressions are".to_string(),
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expressions are".to_string(),
        Expr::FString(_) => "f-strings are".to_string(),
        Expr::TString(_) => "t-strings are".to_string(),
        Expr::BytesLiteral(_) => "bytes literals are".to_string(),
        Expr::EllipsisLiteral(_) => "'...' is".to_string(),
        Expr::Subscript(_) => "subscripts are".to_string(),
        Expr::Slice(_) => "slices are".to_string(),
        Expr::Starred(_) => "'*' unpacking is".to_string(),
        _ => "this expression is".to_string(),
    };
    format!("{what} not supported in rule files")
}
