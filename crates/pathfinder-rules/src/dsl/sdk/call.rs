//! What each SDK call builds: matchers, combinators, container conditions, and methods on values.

use super::*;

impl<'a> Interpreter<'a> {
    pub fn call_builtin(&mut self, builtin: Builtin, call: Call<'a>) -> Eval<Value<'a>> {
        let range = call.range;
        let Some(sig) = builtin.sig() else {
            return fail(
                range,
                format!("'{}' is not called: use one of its methods", builtin.name()),
            );
        };
        let args = bind(&sig, call)?;
        match builtin {
            Builtin::Calls => self.calls(&args, range),
            Builtin::Variable => {
                let pattern = non_empty_str(
                    args.required("pattern")?,
                    "variable() requires a non-empty string pattern",
                )?;
                let mut ir = json!({ "type": "variable_matcher", "pattern": pattern, "wildcard": pattern.contains('*') });
                if let Some(arg) = args.given("decorated_by") {
                    let decorators = matchers(arg)?
                        .iter()
                        .map(|m| m.to_ir(&self.budget, arg.range))
                        .collect::<Eval<Vec<Json>>>()?;
                    if decorators.is_empty() {
                        return fail(arg.range, "decorated_by needs at least one call matcher");
                    }
                    ir["decorated_by"] = Json::Array(decorators);
                }
                Ok(Value::Code(Code::fixed("VariableMatcher", ir)))
            }
            Builtin::Attribute => {
                if args.rest.is_empty() {
                    return fail(range, "attribute() requires at least one pattern");
                }
                let patterns = non_empty_strs(&args.rest)?;
                let ir = json!({ "type": "attribute_matcher", "patterns": patterns });
                Ok(Value::Code(Code::fixed("AttributeMatcher", ir)))
            }
            Builtin::Flows => self.flows(&args, range),
            Builtin::And | Builtin::Or => {
                if args.rest.len() < 2 {
                    return fail(
                        range,
                        format!("{}() requires at least 2 matchers", builtin.name()),
                    );
                }
                let operands = args.rest.iter().map(matcher).collect::<Eval<_>>()?;
                let ir_type = if builtin == Builtin::And {
                    "logic_and"
                } else {
                    "logic_or"
                };
                Ok(Value::Code(Code::new(
                    Node::Logic { ir_type, operands },
                    range,
                )?))
            }
            Builtin::Not => {
                let operand = matcher(args.required("matcher")?)?;
                Ok(Value::Code(Code::new(Node::Not(operand), range)?))
            }
            Builtin::Lt
            | Builtin::Gt
            | Builtin::Lte
            | Builtin::Gte
            | Builtin::Regex
            | Builtin::InstanceOf => {
                let arg = args.required(match builtin {
                    Builtin::Regex => "pattern",
                    Builtin::InstanceOf => "classes",
                    _ => "n",
                })?;
                let doc = object([
                    ("value", self.json(arg)?),
                    ("wildcard", false.into()),
                    ("comparator", builtin.name().into()),
                ]);
                Ok(Value::Qualifier(Doc::new(
                    doc,
                    nest(arg.value.depth(), range)?,
                )))
            }
            Builtin::Missing | Builtin::Dynamic | Builtin::NotConstant | Builtin::Formatted => {
                let doc = json!({ "value": null, "wildcard": false, "comparator": builtin.name() });
                Ok(Value::Qualifier(Doc::new(doc, 1)))
            }
            Builtin::SetDefaultPropagation => {
                self.default_propagation = primitives(args.required("primitives")?)?;
                Ok(Value::None)
            }
            Builtin::SetDefaultScope => {
                self.default_scope = self.scope(args.required("scope")?)?;
                Ok(Value::None)
            }
            Builtin::Rule => decorator(RuleKind::Legacy, args, range),
            Builtin::PythonRule => decorator(RuleKind::Python, args, range),
            Builtin::GoRule => decorator(RuleKind::Go, args, range),
            Builtin::DockerfileRule => decorator(RuleKind::Dockerfile, args, range),
            Builtin::ComposeRule => decorator(RuleKind::Compose, args, range),
            Builtin::Instruction => {
                self.container_matcher("instruction", Some("instruction"), &args, range)
            }
            Builtin::MissingInstruction => {
                self.container_matcher("missing_instruction", Some("instruction"), &args, range)
            }
            Builtin::ServiceHas => self.container_matcher("service_has", Some("key"), &args, range),
            Builtin::ServiceMissing => {
                self.container_matcher("service_missing", Some("key"), &args, range)
            }
            Builtin::Stage => self.container_matcher("stage_query", None, &args, range),
            Builtin::AllOf => self.combinator("all_of", &args, range),
            Builtin::AnyOf => self.combinator("any_of", &args, range),
            Builtin::NoneOf => self.combinator("none_of", &args, range),
            Builtin::InstructionAfter => self.sequence("instruction_after", "after", &args, range),
            Builtin::InstructionBefore => {
                self.sequence("instruction_before", "before", &args, range)
            }
            Builtin::FinalStageHas => self.final_stage_has(&args, range),
            Builtin::CustomCheck => {
                let description = match args.get("description") {
                    Some(arg) => self.json(arg)?,
                    None => Json::from(""),
                };
                let doc = object([
                    ("type", "programmatic".into()),
                    ("has_callable", true.into()),
                    ("description", description),
                ]);
                Ok(Value::Container(Doc::new(doc, 1)))
            }
            Builtin::Propagates | Builtin::PropagationPresets | Builtin::Sources => fail(
                range,
                format!("'{}' is not called: use one of its methods", builtin.name()),
            ),
        }
    }

    pub fn call_method(
        &mut self,
        receiver: &Value<'a>,
        name: &'static str,
        call: Call<'a>,
    ) -> Eval<Value<'a>> {
        let range = call.range;
        match receiver {
            Value::Class(class) => self.class_method(class, name, call),
            Value::Builtin(Builtin::Propagates) => {
                bind(&Sig::fixed(name, &[], 0), call)?;
                Ok(Value::Code(propagation(name)))
            }
            Value::Builtin(Builtin::Sources) => {
                bind(&Sig::fixed(name, &[], 0), call)?;
                crate::dsl::presets::source_preset(name, range)
            }
            Value::Builtin(Builtin::PropagationPresets) => {
                bind(&Sig::fixed(name, &[], 0), call)?;
                let kinds = if name == "minimal" {
                    &PROPAGATION_KINDS[..2]
                } else {
                    &PROPAGATION_KINDS[..]
                };
                let items = kinds
                    .iter()
                    .map(|kind| Value::Code(propagation(kind)))
                    .collect();
                Ok(Value::List(Seq::new(items, range)?))
            }
            Value::Code(code) if name == "tracks" => {
                let args = bind(&Sig::star(name, &[]), call)?;
                let params = args
                    .rest
                    .iter()
                    .map(tracked_param)
                    .collect::<Eval<Vec<_>>>()?;
                match &code.node {
                    Node::Call(matcher) => matcher.borrow_mut().tracked.extend(params),
                    Node::Method(method) => method.borrow_mut().tracked.extend(params),
                    _ => {
                        return fail(
                            range,
                            format!("'{}' object has no attribute 'tracks'", code.kind_name()),
                        )
                    }
                }
                Ok(receiver.clone())
            }
            Value::Code(code) => {
                let Node::Method(method) = &code.node else {
                    return fail(
                        range,
                        format!("'{}' object has no attribute '{name}'", code.kind_name()),
                    );
                };
                let args = bind(
                    &Sig::fixed(name, &["position_or_name", "constraint"], 1),
                    call,
                )?;
                let constraint = match args.get("constraint") {
                    Some(Arg {
                        value: Value::Qualifier(doc),
                        range,
                    }) => self.doc_json(doc, *range)?,
                    Some(arg) => constraint(self.json(arg)?, value_has_wildcard(&arg.value, false)),
                    None => constraint(Json::Null, false),
                };
                let target = args.required("position_or_name")?;
                let key = Key::from_value(&target.value, &self.budget, target.range)?;
                let mut method = method.borrow_mut();
                // `isinstance(x, int)` holds for bools too: `.where(True, …)` is positional "True".
                if matches!(target.value, Value::Int(_) | Value::Bool(_)) {
                    method.positional.insert(key.py_str(), constraint);
                } else {
                    method
                        .keyword
                        .insert(key.json_key(target.range)?, constraint);
                }
                Ok(receiver.clone())
            }
            other => fail(
                range,
                format!("'{}' object has no attribute '{name}'", other.type_name()),
            ),
        }
    }

    /// `X.method(*names)` and `X.attr(*names)` on a `QueryType` class.
    pub(super) fn class_method(
        &mut self,
        class: &QueryClass<'a>,
        name: &'static str,
        call: Call<'a>,
    ) -> Eval<Value<'a>> {
        let range = call.range;
        let args = bind(&Sig::star(name, &[]), call)?;
        if args.rest.is_empty() {
            let what = if name == "method" {
                "method"
            } else {
                "attribute"
            };
            return fail(range, format!("{name}() requires at least one {what} name"));
        }
        let names = Json::Array(
            args.rest
                .iter()
                .map(|arg| self.json(arg))
                .collect::<Eval<_>>()?,
        );
        let attribute = |attr: &str| -> Eval<Json> {
            match class.lookup(attr) {
                Some(value) => value.to_json(&self.budget, range),
                None => fail(
                    range,
                    format!("type object '{}' has no attribute '{attr}'", class.name),
                ),
            }
        };
        let (receiver_types, receiver_patterns, match_subclasses) = (
            attribute("fqns")?,
            attribute("patterns")?,
            attribute("match_subclasses")?,
        );
        if name == "attr" {
            let ir = object([
                ("type", "type_constrained_attribute".into()),
                ("receiverTypes", receiver_types),
                ("receiverPatterns", receiver_patterns),
                ("matchSubclasses", match_subclasses),
                ("attributeNames", names),
                ("minConfidence", 0.5.into()),
                ("fallbackMode", "none".into()),
            ]);
            return Ok(Value::Code(Code::fixed("AttributeMethodMatcher", ir)));
        }
        let method = MethodMatcher {
            receiver_types,
            receiver_patterns,
            match_subclasses,
            method_names: names,
            positional: Map::new(),
            keyword: Map::new(),
            tracked: Vec::new(),
        };
        Ok(Value::Code(Code::new(
            Node::Method(Box::new(RefCell::new(method))),
            range,
        )?))
    }

    pub(super) fn calls(&self, args: &Bound<'a>, range: TextRange) -> Eval<Value<'a>> {
        if args.rest.is_empty() {
            return fail(range, "calls() requires at least one pattern");
        }
        let patterns = non_empty_strs(&args.rest)?;
        let wildcard = patterns.iter().any(|pattern| pattern.contains('*'));
        let call = CallMatcher {
            positional: self.argument_constraints(args.get("match_position"), true, wildcard)?,
            keyword: self.argument_constraints(args.get("match_name"), false, wildcard)?,
            patterns,
            wildcard,
            tracked: Vec::new(),
        };
        Ok(Value::Code(Code::new(
            Node::Call(RefCell::new(call)),
            range,
        )?))
    }

    /// `match_position` / `match_name`: each `{key: value}` becomes a constraint under `str(key)`
    /// (positional) or the key as JSON writes it; a wildcard call pattern forces every constraint's.
    pub(super) fn argument_constraints(
        &self,
        arg: Option<&Arg<'a>>,
        positional: bool,
        wildcard: bool,
    ) -> Eval<Map<String, Json>> {
        let mut constraints = Map::new();
        let Some(arg) = arg.filter(|arg| arg.value.truthy()) else {
            return Ok(constraints);
        };
        let Value::Dict(dict) = &arg.value else {
            return fail(
                arg.range,
                format!("expected a dict, got {}", arg.value.type_name()),
            );
        };
        for (key, value) in &dict.items {
            let name = if positional {
                key.py_str()
            } else {
                key.json_key(arg.range)?
            };
            // pathfinder extension: a qualifier (`lt(…)`, `formatted()`, …) may stand here too.
            let json = match value {
                Value::Qualifier(doc) => self.doc_json(doc, arg.range)?,
                _ => {
                    let forced = wildcard || value_has_wildcard(value, true);
                    constraint(value.to_json(&self.budget, arg.range)?, forced)
                }
            };
            constraints.insert(name, json);
        }
        Ok(constraints)
    }

    pub(super) fn flows(&self, args: &Bound<'a>, range: TextRange) -> Eval<Value<'a>> {
        let endpoints = |name: &str, what: &str| -> Eval<Vec<Rc<Code>>> {
            let arg = args.required(name)?;
            let matchers = matchers(arg)?;
            if matchers.is_empty() {
                return fail(arg.range, format!("flows() requires at least one {what}"));
            }
            Ok(matchers)
        };
        let return_fields = match args.given("return_fields") {
            Some(arg) => return_fields(self.json(arg)?, arg.range)?,
            None => Vec::new(),
        };
        // A rule whose only sinks are fields of returned responses may leave `to_sinks` empty.
        let sinks = if return_fields.is_empty() {
            endpoints("to_sinks", "sink")?
        } else {
            matchers(args.required("to_sinks")?)?
        };
        let flow = Dataflow {
            sources: endpoints("from_sources", "source")?,
            sinks,
            sanitizers: args
                .given("sanitized_by")
                .map(matchers)
                .transpose()?
                .unwrap_or_default(),
            propagation: match args.given("propagates_through") {
                Some(arg) => primitives(arg)?,
                None => self.default_propagation.clone(),
            },
            scope: match args.given("scope") {
                Some(arg) => self.scope(arg)?,
                None => self.default_scope.clone(),
            },
            guards: match args.given("guards") {
                Some(arg) => guard_names(arg)?,
                None => Vec::new(),
            },
            return_sinks: args
                .given("return_sinks")
                .map(matchers)
                .transpose()?
                .unwrap_or_default(),
            return_fields,
        };
        Ok(Value::Code(Code::new(Node::Dataflow(flow), range)?))
    }

    pub(super) fn scope(&self, arg: &Arg<'a>) -> Eval<String> {
        match &arg.value {
            Value::Str(scope) if matches!(&**scope, "local" | "global") => Ok(scope.to_string()),
            other => fail(
                arg.range,
                format!(
                    "scope must be 'local' or 'global', got '{}'",
                    other.py_str(&self.budget, arg.range)?
                ),
            ),
        }
    }

    /// `{"type": ty, first_key: <first parameter>, …the other parameters that are not None}`.
    pub(super) fn container_matcher(
        &self,
        ty: &str,
        first_key: Option<&str>,
        args: &Bound<'a>,
        range: TextRange,
    ) -> Eval<Value<'a>> {
        let mut map = Map::new();
        map.insert("type".into(), ty.into());
        let mut depth = 0;
        for (index, (name, arg)) in args.params().enumerate() {
            let always = index == 0 && first_key.is_some();
            let Some(arg) = arg.filter(|arg| always || !arg.value.is_none()) else {
                continue;
            };
            if name == "validate" {
                // A validation callable stays in Python; the IR only records that there is one.
                map.insert("has_custom_validate".into(), Json::Bool(true));
                continue;
            }
            let key = if always {
                first_key.unwrap_or(name)
            } else {
                name
            };
            depth = depth.max(arg.value.depth());
            map.insert(key.into(), self.json(arg)?);
        }
        Ok(Value::Container(Doc::new(
            Json::Object(map),
            nest(depth, range)?,
        )))
    }

    /// `all_of` / `any_of` / `none_of`: container matchers as their dict, callables as a marker,
    /// anything else verbatim.
    pub(super) fn combinator(
        &self,
        ty: &str,
        args: &Bound<'a>,
        range: TextRange,
    ) -> Eval<Value<'a>> {
        let mut depth = 0;
        let mut conditions = Vec::with_capacity(args.rest.len());
        for arg in &args.rest {
            let (condition, condition_depth) = match &arg.value {
                Value::Container(doc) => (self.doc_json(doc, arg.range)?, doc.depth),
                value if value.is_callable() => (
                    json!({ "type": "custom_function", "has_callable": true }),
                    1,
                ),
                value => (self.json(arg)?, value.depth()),
            };
            depth = depth.max(condition_depth);
            conditions.push(condition);
        }
        let doc = object([("type", ty.into()), ("conditions", conditions.into())]);
        Ok(Value::Container(Doc::new(doc, nest(depth + 1, range)?)))
    }

    /// `instruction_after` / `instruction_before`; a plain string stands for `{"instruction": S}`.
    pub(super) fn sequence(
        &self,
        ty: &str,
        reference: &str,
        args: &Bound<'a>,
        range: TextRange,
    ) -> Eval<Value<'a>> {
        let operand = |arg: &Arg<'a>| -> Eval<(Json, u32)> {
            match &arg.value {
                Value::Str(text) => Ok((json!({ "instruction": &**text }), 1)),
                Value::Container(doc) => Ok((self.doc_json(doc, arg.range)?, doc.depth)),
                value => Ok((self.json(arg)?, value.depth())),
            }
        };
        let (instruction, instruction_depth) = operand(args.required("instruction")?)?;
        let (reference, reference_depth) = operand(args.required(reference)?)?;
        let not_followed_by = match args.get("not_followed_by") {
            Some(arg) => self.json(arg)?,
            None => Json::Bool(false),
        };
        let doc = object([
            ("type", ty.into()),
            ("instruction", instruction),
            ("reference", reference),
            ("not_followed_by", not_followed_by),
        ]);
        Ok(Value::Container(Doc::new(
            doc,
            nest(instruction_depth.max(reference_depth), range)?,
        )))
    }

    pub(super) fn final_stage_has(&self, args: &Bound<'a>, range: TextRange) -> Eval<Value<'a>> {
        let mut map = Map::new();
        map.insert("type".into(), "stage_final_has".into());
        let mut depth = 0;
        if let Some(arg) = args.given("instruction") {
            // The SDK keeps a string or a container matcher and silently drops anything else.
            match &arg.value {
                Value::Str(text) => {
                    map.insert("instruction".into(), Json::from(&**text));
                }
                Value::Container(doc) => {
                    depth = doc.depth;
                    map.insert("instruction".into(), self.doc_json(doc, arg.range)?);
                }
                _ => {}
            }
        }
        if let Some(arg) = args.given("missing_instruction") {
            depth = depth.max(arg.value.depth());
            map.insert("missing_instruction".into(), self.json(arg)?);
        }
        Ok(Value::Container(Doc::new(
            Json::Object(map),
            nest(depth, range)?,
        )))
    }
}
