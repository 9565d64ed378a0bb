//! `class` and `def` statements: query classes (with their method resolution order) and functions.

use super::*;

impl<'a> Interpreter<'a> {
    /// A class of the Go catalog (rule-dsl.md §4), built on import.
    pub(super) fn go_class(&self, go_type: &GoType) -> Rc<QueryClass<'a>> {
        let attrs = HashMap::from([
            ("fqns", Value::str_list(go_type.fqns)),
            ("patterns", Value::str_list(go_type.patterns)),
            ("match_subclasses", Value::Bool(false)),
        ]);
        Rc::new(QueryClass {
            name: go_type.name.to_string(),
            attrs,
            mro: vec![self.query_type.clone()],
            depth: 2,
        })
    }

    pub(super) fn class_def(&mut self, def: &'a StmtClassDef, frame: usize) -> Eval<()> {
        let name = def.name.as_str();
        if let Some(decorator) = def.decorator_list.first() {
            return fail(
                decorator.range,
                "class decorators are not supported in rule files",
            );
        }
        if let Some(type_params) = &def.type_params {
            return fail(
                type_params.range,
                "type parameters are not supported in rule files",
            );
        }
        let mut bases = Vec::new();
        if let Some(arguments) = &def.arguments {
            if let Some(keyword) = arguments.keywords.first() {
                return fail(
                    keyword.range,
                    "class keywords (metaclass=…) are not supported in rule files",
                );
            }
            for base in &arguments.args {
                match self.eval(base, frame)? {
                    Value::Class(class) => bases.push(class),
                    other => {
                        return fail(
                            base.range(),
                            format!(
                                "class {name} must derive from QueryType, not from a {}",
                                other.type_name()
                            ),
                        )
                    }
                }
            }
        }
        if bases.is_empty() {
            return fail(
                def.name.range,
                format!("class {name} must derive from QueryType"),
            );
        }
        let Some(mro) = linearize(&bases) else {
            return fail(
                def.name.range,
                format!("cannot create a consistent method resolution order for {name}"),
            );
        };
        let body = self.new_frame(HashMap::new(), Some(frame), FrameKind::Class);
        self.exec_block(&def.body, body)?;
        let attrs = std::mem::take(&mut self.frames[body].vars);
        let depth = nest(
            attrs.values().map(Value::depth).max().unwrap_or(0),
            def.name.range,
        )?;
        let class = Rc::new(QueryClass {
            name: name.to_string(),
            attrs,
            mro,
            depth,
        });
        self.bind(frame, name, Value::Class(class));
        Ok(())
    }

    pub(super) fn function_def(&mut self, def: &'a StmtFunctionDef, frame: usize) -> Eval<()> {
        // Python evaluates the decorators first, then the defaults, then applies the decorators
        // innermost first.
        let mut decorators = Vec::with_capacity(def.decorator_list.len());
        for decorator in &def.decorator_list {
            decorators.push((self.eval(&decorator.expression, frame)?, decorator.range));
        }
        let parameters = &def.parameters;
        let mut defaults = Vec::new();
        for parameter in parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .chain(&parameters.kwonlyargs)
        {
            if let Some(default) = &parameter.default {
                defaults.push((
                    parameter.parameter.name.as_str(),
                    self.eval(default, frame)?,
                ));
            }
        }
        let mut scope = frame;
        while let (FrameKind::Class, Some(parent)) =
            (&self.frames[scope].kind, self.frames[scope].parent)
        {
            scope = parent;
        }
        let depth = nest(
            defaults.iter().map(|(_, v)| v.depth()).max().unwrap_or(0),
            def.name.range,
        )?;
        let mut value = Value::Function(Rc::new(Function {
            def,
            scope,
            defaults,
            depth,
        }));
        for (decorator, range) in decorators.into_iter().rev() {
            let call = Call {
                positional: vec![Arg { value, range }],
                keywords: Vec::new(),
                range,
            };
            value = self.call_value(decorator, call)?;
        }
        self.bind(frame, def.name.as_str(), value);
        Ok(())
    }
}

/// C3 linearization of the bases' method resolution orders; `None` when inconsistent.
pub(super) fn linearize<'a>(bases: &[Rc<QueryClass<'a>>]) -> Option<Vec<Rc<QueryClass<'a>>>> {
    let mut sequences: Vec<Vec<Rc<QueryClass<'a>>>> = bases
        .iter()
        .map(|base| {
            std::iter::once(base.clone())
                .chain(base.mro.iter().cloned())
                .collect()
        })
        .collect();
    sequences.push(bases.to_vec());
    let mut order = Vec::new();
    loop {
        sequences.retain(|sequence| !sequence.is_empty());
        if sequences.is_empty() {
            return Some(order);
        }
        let in_a_tail = |class: &Rc<QueryClass<'a>>| {
            sequences
                .iter()
                .any(|sequence| sequence[1..].iter().any(|other| Rc::ptr_eq(other, class)))
        };
        let head = sequences
            .iter()
            .map(|sequence| &sequence[0])
            .find(|head| !in_a_tail(head))?
            .clone();
        for sequence in &mut sequences {
            if Rc::ptr_eq(&sequence[0], &head) {
                sequence.remove(0);
            }
        }
        order.push(head);
    }
}

/// The names a function body binds at its top level (rule functions have no nested blocks).
pub(super) fn local_names(body: &[Stmt]) -> HashSet<&str> {
    fn plain_name(expr: &Expr) -> Option<&str> {
        expr.as_name_expr().map(|name| name.id.as_str())
    }
    let mut names = HashSet::new();
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(def) => {
                names.insert(def.name.as_str());
            }
            Stmt::ClassDef(def) => {
                names.insert(def.name.as_str());
            }
            Stmt::Assign(assign) => names.extend(assign.targets.iter().filter_map(plain_name)),
            Stmt::AnnAssign(assign) => names.extend(plain_name(&assign.target)),
            Stmt::Import(import) => {
                names.extend(import.names.iter().map(|alias| match &alias.asname {
                    Some(asname) => asname.as_str(),
                    None => alias.name.as_str().split('.').next().unwrap_or_default(),
                }))
            }
            Stmt::ImportFrom(import) => names.extend(
                import
                    .names
                    .iter()
                    .filter(|alias| alias.name.as_str() != "*")
                    .map(|alias| alias.asname.as_ref().unwrap_or(&alias.name).as_str()),
            ),
            _ => {}
        }
    }
    names
}
