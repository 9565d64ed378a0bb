//! Rule decorators and the records they produce (the JSON IR `rules ir` prints), with the argument
//! helpers every SDK call shares.

use super::*;

impl<'a> Interpreter<'a> {
    /// Applies a rule decorator to its function: code and container rules run the function now, the
    /// legacy `@rule` at exit.
    pub fn apply_decorator(
        &mut self,
        decorator: &Rc<Decorator<'a>>,
        call: Call<'a>,
    ) -> Eval<Value<'a>> {
        let range = call.range;
        let args = bind(&Sig::fixed("decorator", &["func"], 1), call)?;
        let target = args.required("func")?;
        let Value::Function(function) = &target.value else {
            return fail(
                target.range,
                format!(
                    "rule decorators apply to functions, not to a {}",
                    target.value.type_name()
                ),
            );
        };
        let function = function.clone();
        let line = self.line(range);
        if decorator.kind == RuleKind::Legacy {
            let depth = nest(decorator.depth.max(function.depth), range)?;
            let rule = Rc::new(LegacyRule {
                decorator: decorator.clone(),
                function,
                range,
                depth,
            });
            self.rules.push(Registered::Legacy {
                rule: rule.clone(),
                line,
            });
            return Ok(Value::Rule(rule));
        }
        let result = self.call_function(&function, range)?;
        let record = if matches!(decorator.kind, RuleKind::Dockerfile | RuleKind::Compose) {
            self.container_record(decorator, &function, &result, range)?
        } else {
            self.code_record(decorator, &function, &result, range)?
        };
        self.rules.push(Registered::Ready(RuleRecord {
            family: decorator.kind.family(),
            line,
            record,
        }));
        Ok(target.value.clone())
    }

    /// `{"rule": {…}, "matcher": …}` for `python_rule` and `go_rule` (rule-dsl.md §2.1–2.2).
    pub(super) fn code_record(
        &self,
        decorator: &Decorator<'a>,
        function: &Function<'a>,
        result: &Value<'a>,
        range: TextRange,
    ) -> Eval<Json> {
        let args = &decorator.args;
        let mut matcher = match result {
            Value::Code(code) => code.to_ir(&self.budget, range)?,
            Value::Container(doc) => self.doc_json(doc, range)?,
            Value::Dict(_) => result.to_json(&self.budget, range)?,
            _ => return fail(range, self.must_return(args)?),
        };
        let severity = match args.get("severity") {
            None => Json::from("medium"),
            Some(Arg {
                value: Value::Str(severity),
                ..
            }) => Json::from(severity.to_lowercase()),
            Some(arg) => {
                return fail(
                    arg.range,
                    format!("severity must be a string, not {}", arg.value.type_name()),
                )
            }
        };
        let mut rule = object([
            ("id", self.json(args.required("id")?)?),
            ("name", self.rule_name(args, function)?),
            ("severity", severity),
            ("cwe", self.json_or(args, "cwe", Json::from(""))?),
            ("owasp", self.json_or(args, "owasp", Json::from(""))?),
            ("description", self.message(args)?),
        ]);
        if decorator.kind == RuleKind::Go {
            rule["language"] = Json::from("go");
            if matcher.get("type").and_then(Json::as_str) == Some("dataflow") {
                matcher["language"] = Json::from("go");
            }
        }
        Ok(object([("rule", rule), ("matcher", matcher)]))
    }

    /// The flat record of `dockerfile_rule` and `compose_rule` (rule-dsl.md §2.3).
    pub(super) fn container_record(
        &self,
        decorator: &Decorator<'a>,
        function: &Function<'a>,
        result: &Value<'a>,
        range: TextRange,
    ) -> Eval<Json> {
        let args = &decorator.args;
        let matcher = match result {
            Value::Container(doc) => self.doc_json(doc, range)?,
            Value::Dict(_) => result.to_json(&self.budget, range)?,
            _ => return fail(range, self.must_return(args)?),
        };
        let (file_pattern, rule_type) = if decorator.kind == RuleKind::Dockerfile {
            ("Dockerfile*", "dockerfile")
        } else {
            ("**/docker-compose*.yml", "compose")
        };
        Ok(object([
            ("id", self.json(args.required("id")?)?),
            ("name", self.rule_name(args, function)?),
            (
                "severity",
                self.json_or(args, "severity", Json::from("MEDIUM"))?,
            ),
            (
                "category",
                self.json_or(args, "category", Json::from("security"))?,
            ),
            ("cwe", self.json_or(args, "cwe", Json::from(""))?),
            ("message", self.message(args)?),
            ("file_pattern", file_pattern.into()),
            ("rule_type", rule_type.into()),
            ("matcher", matcher),
        ]))
    }

    /// The legacy `@rule` record, computed at exit (rule-dsl.md §2.4).
    pub fn legacy_record(&mut self, rule: &LegacyRule<'a>) -> Eval<Json> {
        let result = self.call_function(&rule.function, rule.range)?;
        let Value::Code(code) = &result else {
            return fail(
                rule.range,
                format!("{} must implement to_ir() method", result.type_name()),
            );
        };
        let matcher = code.to_ir(&self.budget, rule.range)?;
        let args = &rule.decorator.args;
        let record = object([
            ("id", self.json(args.required("id")?)?),
            ("name", rule.function.name().into()),
            ("severity", self.json(args.required("severity")?)?),
            ("cwe", self.json_or(args, "cwe", Json::Null)?),
            ("owasp", self.json_or(args, "owasp", Json::Null)?),
            (
                "description",
                python_strip(rule.function.docstring().unwrap_or_default()).into(),
            ),
        ]);
        Ok(object([("rule", record), ("matcher", matcher)]))
    }

    /// `name`, or the function name with `_` → space, title-cased.
    pub(super) fn rule_name(&self, args: &Bound<'a>, function: &Function<'a>) -> Eval<Json> {
        match args.get("name") {
            Some(arg) if arg.value.truthy() => self.json(arg),
            _ => Ok(Json::from(title_case(&function.name().replace('_', " ")))),
        }
    }

    /// `message`, or `Security issue detected by <id>`.
    pub(super) fn message(&self, args: &Bound<'a>) -> Eval<Json> {
        match args.get("message") {
            Some(arg) if arg.value.truthy() => self.json(arg),
            _ => Ok(Json::from(format!(
                "Security issue detected by {}",
                self.id_text(args)?
            ))),
        }
    }

    pub(super) fn must_return(&self, args: &Bound<'a>) -> Eval<String> {
        Ok(format!(
            "Rule {} must return a matcher or dict",
            self.id_text(args)?
        ))
    }

    pub(super) fn id_text(&self, args: &Bound<'a>) -> Eval<String> {
        let id = args.required("id")?;
        id.value.py_str(&self.budget, id.range)
    }

    pub(super) fn json(&self, arg: &Arg<'a>) -> Eval<Json> {
        arg.value.to_json(&self.budget, arg.range)
    }

    pub(super) fn json_or(&self, args: &Bound<'a>, name: &str, default: Json) -> Eval<Json> {
        match args.get(name) {
            Some(arg) => self.json(arg),
            None => Ok(default),
        }
    }

    pub(super) fn doc_json(&self, doc: &Doc, range: TextRange) -> Eval<Json> {
        self.budget.charge(&doc.json, range)?;
        Ok(doc.json.clone())
    }
}

pub(super) fn decorator<'a>(kind: RuleKind, args: Bound<'a>, range: TextRange) -> Eval<Value<'a>> {
    let depth = nest(args.depth(), range)?;
    Ok(Value::Decorator(Rc::new(Decorator { kind, args, depth })))
}

pub(super) fn propagation(kind: &'static str) -> Rc<Code> {
    Code::fixed(
        "PropagationPrimitive",
        json!({ "type": kind, "metadata": {} }),
    )
}

pub(super) fn matcher(arg: &Arg<'_>) -> Eval<Rc<Code>> {
    code_of(&arg.value, arg.range)
}

pub(super) fn code_of(value: &Value<'_>, range: TextRange) -> Eval<Rc<Code>> {
    match value {
        Value::Code(code) => Ok(code.clone()),
        other => fail(
            range,
            format!("expected a matcher, got {}", other.type_name()),
        ),
    }
}

/// A matcher or a list of matchers; anything but a list (a tuple too) is a single element.
pub(super) fn matchers(arg: &Arg<'_>) -> Eval<Vec<Rc<Code>>> {
    match &arg.value {
        Value::List(seq) => seq
            .items
            .iter()
            .map(|item| code_of(item, arg.range))
            .collect(),
        single => Ok(vec![code_of(single, arg.range)?]),
    }
}

/// `return_fields=[{"field": "headers.Location", "unless": "..."}, ...]`: a list of dicts of the shape
/// [`crate::ir::ReturnField`], each kept as written for the IR.
pub(super) fn return_fields(json: Json, range: TextRange) -> Eval<Vec<Json>> {
    let Json::Array(items) = json else {
        return fail(range, "return_fields must be a list of dicts");
    };
    for item in &items {
        let field: crate::ir::ReturnField = match serde_json::from_value(item.clone()) {
            Ok(f) => f,
            Err(e) => {
                return fail(
                    range,
                    format!("return_fields entries are {{\"field\": str, \"when\": {{str: str}}, \"unless\": str}}: {e}"),
                )
            }
        };
        if field.field.is_empty() || field.field.split('.').any(str::is_empty) {
            return fail(
                range,
                "return_fields: 'field' is a dotted key path like 'headers.Location'",
            );
        }
    }
    Ok(items)
}

/// `guards=["path_traversal", ...]`: names of built-in guard families.
pub(super) fn guard_names(arg: &Arg<'_>) -> Eval<Vec<String>> {
    let items = match &arg.value {
        Value::List(seq) | Value::Tuple(seq) => &seq.items,
        other => {
            return fail(
                arg.range,
                format!(
                    "guards must be a list of guard names, got {}",
                    other.type_name()
                ),
            )
        }
    };
    items
        .iter()
        .map(|item| match item {
            Value::Str(name) if crate::ir::GUARD_FAMILIES.contains(&&**name) => {
                Ok(name.to_string())
            }
            _ => fail(
                arg.range,
                format!(
                    "unknown guard; the guard families are {}",
                    crate::ir::GUARD_FAMILIES.join(", ")
                ),
            ),
        })
        .collect()
}

/// A list or tuple of objects with `to_ir`, as `propagates_through` takes.
pub(super) fn primitives(arg: &Arg<'_>) -> Eval<Vec<Rc<Code>>> {
    match &arg.value {
        Value::List(seq) | Value::Tuple(seq) => seq
            .items
            .iter()
            .map(|item| code_of(item, arg.range))
            .collect(),
        other => fail(
            arg.range,
            format!(
                "expected a list of propagation primitives, got {}",
                other.type_name()
            ),
        ),
    }
}

pub(super) fn non_empty_str<'v>(arg: &'v Arg<'_>, message: &str) -> Eval<&'v str> {
    match &arg.value {
        Value::Str(text) if !text.is_empty() => Ok(text),
        _ => fail(arg.range, message),
    }
}

pub(super) fn non_empty_strs(args: &[Arg<'_>]) -> Eval<Vec<String>> {
    args.iter()
        .map(|arg| non_empty_str(arg, "All patterns must be non-empty strings").map(str::to_string))
        .collect()
}

/// A string with `*` or `?`, or (when `lists`) a list holding one.
pub(super) fn value_has_wildcard(value: &Value<'_>, lists: bool) -> bool {
    match value {
        Value::Str(text) => has_wildcard(text),
        Value::List(seq) if lists => seq
            .items
            .iter()
            .any(|item| matches!(item, Value::Str(text) if has_wildcard(text))),
        _ => false,
    }
}

/// One `.tracks()` argument: an int (bools included) is an index, `"return"` the return value, any
/// other string a parameter name.
pub(super) fn tracked_param(arg: &Arg<'_>) -> Eval<Json> {
    Ok(match &arg.value {
        Value::Bool(b) => json!({ "index": b }),
        Value::Int(index) => json!({ "index": index }),
        Value::Str(text) if &**text == "return" => json!({ "return": true }),
        Value::Str(text) => json!({ "name": &**text }),
        other => {
            return fail(
                arg.range,
                format!(
                    "tracks() accepts int, str, or 'return', got <class '{}'>",
                    other.type_name()
                ),
            )
        }
    })
}

/// Python's `str.title()`: a cased character after another cased one is lower-cased, any other is
/// upper-cased (`x2y` → `X2Y`, `SQL` → `Sql`).
pub(super) fn title_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous_cased = false;
    for c in text.chars() {
        if previous_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        previous_cased = c.is_lowercase() || c.is_uppercase();
    }
    out
}

/// Python's `str.strip()`, whose whitespace also includes the ASCII separators U+001C–U+001F.
pub(super) fn python_strip(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
}
