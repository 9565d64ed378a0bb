//! Expressions: what taint a value carries, calls (sources, sanitizers, sinks, summaries).

use super::fold::truthy;
use super::summary_apply::{
    is_clean_conversion, is_clean_method, is_converting_get, is_path_join, state_key,
};
use super::value::*;
use super::walker::Walker;
use super::*;
use crate::bindings::span_of;
use crate::calls::callee_text;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

impl<'a> Walker<'_, '_, 'a> {
    pub(super) fn expr(&mut self, expr: &'a Expr, st: &mut State) -> Taint {
        crate::cancel::check();
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(expr, st))
    }

    pub(super) fn expr_inner(&mut self, expr: &'a Expr, st: &mut State) -> Taint {
        match expr {
            Expr::Name(n) => st.get(n.id.as_str()).cloned().unwrap_or_default(),
            Expr::Attribute(a) => {
                let mut t = self.attribute_source(expr);
                if !self.symbolic.is_empty() {
                    self.parameter_attribute(a, &mut t);
                }
                if let Some(k) = state_key(expr) {
                    if let Some(v) = st.get(&k) {
                        t.union(v);
                    }
                }
                t.union(&self.expr(&a.value, st));
                t
            }
            Expr::Subscript(s) => {
                let t = self.expr(&s.value, st);
                self.expr(&s.slice, st);
                // A constant key or index of a tracked container reads one element.
                self.element_read(s, st).unwrap_or(t)
            }
            Expr::Call(call) => self.call(call, st),
            Expr::Named(n) => {
                let t = self.expr(&n.value, st);
                self.bind(&n.target, Some(&n.value), &t, st);
                t
            }
            Expr::BinOp(b) => {
                let mut t = self.expr(&b.left, st);
                let mut right = self.expr(&b.right, st);
                match b.op {
                    // `Path(base) / name` joins a path component: a `..` check alone does not protect it.
                    ast::Operator::Div => right.strengthen(),
                    // `BASE + "/" + name`: appended to fixed text.
                    ast::Operator::Add if t.is_empty() => right.drop_weak(),
                    _ => {}
                }
                t.union(&right);
                t
            }
            // `a and b` is `a` only when `a` is falsy (empty, None): no text of `a` flows on, only of the last.
            Expr::BoolOp(b) if matches!(b.op, ast::BoolOp::And) => {
                let mut last = Taint::default();
                for v in &b.values {
                    last = self.expr(v, st);
                }
                last
            }
            Expr::BoolOp(b) => self.exprs(b.values.iter(), st),
            Expr::UnaryOp(u) => {
                let t = self.expr(&u.operand, st);
                if matches!(u.op, ast::UnaryOp::Not) {
                    Taint::default()
                } else {
                    t
                }
            }
            // Comparisons yield booleans: nothing of the operands flows on.
            Expr::Compare(c) => {
                self.expr(&c.left, st);
                self.exprs(c.comparators.iter(), st);
                Taint::default()
            }
            Expr::If(i) => {
                self.expr(&i.test, st);
                match truthy(&self.fold(&i.test, st)) {
                    Some(true) => self.expr(&i.body, st),
                    Some(false) => self.expr(&i.orelse, st),
                    None => {
                        let cond = self.cond_facts(&i.test, st, 0);
                        if cond.if_true.is_empty() && cond.if_false.is_empty() {
                            let mut t = self.expr(&i.body, st);
                            t.union(&self.expr(&i.orelse, st));
                            return t;
                        }
                        // `x if x in ALLOWED else "home"`: each side sees what its condition tells.
                        let mut yes = st.clone();
                        self.apply_facts(&Self::merged(cond.if_true), &mut yes);
                        let mut t = self.expr(&i.body, &mut yes);
                        let mut no = st.clone();
                        self.apply_facts(&Self::merged(cond.if_false), &mut no);
                        t.union(&self.expr(&i.orelse, &mut no));
                        t
                    }
                }
            }
            Expr::FString(f) => {
                let mut t = Taint::default();
                // Whether fixed text precedes: a value guarded against `..` placed after a fixed prefix
                // (`f"{BASE}/{name}"`) stays under it.
                let mut prefixed = false;
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::FString(fs) => {
                            for element in &fs.elements {
                                match element {
                                    ast::InterpolatedStringElement::Interpolation(i) => {
                                        let mut v = self.expr(&i.expression, st);
                                        if prefixed {
                                            v.drop_weak();
                                        }
                                        prefixed |= v.is_empty();
                                        t.union(&v);
                                    }
                                    ast::InterpolatedStringElement::Literal(l) => {
                                        prefixed |= !l.value.is_empty();
                                    }
                                }
                            }
                        }
                        ast::FStringPart::Literal(l) => prefixed |= !l.value.is_empty(),
                    }
                }
                t
            }
            Expr::Tuple(t) => self.exprs(t.elts.iter(), st),
            Expr::List(l) => self.exprs(l.elts.iter(), st),
            Expr::Set(s) => self.exprs(s.elts.iter(), st),
            Expr::Dict(d) => {
                let mut t = Taint::default();
                for item in &d.items {
                    if let Some(k) = &item.key {
                        t.union(&self.expr(k, st));
                    }
                    t.union(&self.expr(&item.value, st));
                }
                t
            }
            Expr::Starred(s) => self.expr(&s.value, st),
            Expr::Await(a) => self.expr(&a.value, st),
            Expr::ListComp(c) => self.comprehension(&c.generators, [Some(&*c.elt)], st),
            Expr::SetComp(c) => self.comprehension(&c.generators, [Some(&*c.elt)], st),
            Expr::Generator(c) => self.comprehension(&c.generators, [Some(&*c.elt)], st),
            Expr::DictComp(c) => {
                self.comprehension(&c.generators, [c.key.as_deref(), Some(&*c.value)], st)
            }
            _ => Taint::default(),
        }
    }

    pub(super) fn comprehension<const N: usize>(
        &mut self,
        generators: &'a [ast::Comprehension],
        elements: [Option<&'a Expr>; N],
        st: &mut State,
    ) -> Taint {
        let mut inner = st.clone();
        for g in generators {
            let t = self.expr(&g.iter, &mut inner);
            self.bind(&g.target, None, &t, &mut inner);
            for cond in &g.ifs {
                self.expr(cond, &mut inner);
            }
        }
        let mut t = Taint::default();
        for e in elements.into_iter().flatten() {
            t.union(&self.expr(e, &mut inner));
        }
        t
    }

    pub(super) fn attribute_source(&mut self, expr: &'a Expr) -> Taint {
        // Most attribute reads cannot be sources: decide on the attribute's own name before building text.
        if let Expr::Attribute(a) = expr {
            if !self.spec.attribute_name_may_be_source(a.attr.id.as_str()) {
                return Taint::default();
            }
        }
        let text = callee_text(expr);
        let resolved = self.resolver.callee_fqn(expr, self.scope);
        self.scratch.clear();
        self.spec
            .attribute_sources(&text, resolved.as_deref(), &mut self.scratch);
        let mut t = Taint::default();
        let span = span_of(expr.range());
        for &r in &self.scratch {
            t.add(
                Label::Rule(r),
                Trace::start(span, StepKind::Source, "source: ", text.to_string()),
            );
        }
        t
    }

    /// Reports tainted arguments of a sink call (and records parameters reaching it, for summaries).
    pub(super) fn check_sinks(
        &mut self,
        index: u32,
        span: Span,
        callee: &str,
        receiver: &Taint,
        positional: &[Taint],
        keywords: &[(Option<&str>, Taint)],
    ) -> Vec<RuleIdx> {
        let site = &self.calls[index as usize];
        let mut sinks = Vec::new();
        self.spec.call_sinks(site, &mut sinks);
        let rules = sinks.iter().map(|(r, _)| *r).collect();
        for (rule, selected) in sinks {
            let mut checked = Taint::default();
            if selected.is_empty() {
                positional.iter().for_each(|p| checked.union(p));
                keywords.iter().for_each(|(_, k)| checked.union(k));
            } else {
                for sel in &selected {
                    match sel {
                        ArgSel::Index(i) => {
                            if let Some(p) = positional.get(*i) {
                                checked.union(p);
                            }
                        }
                        ArgSel::Receiver => checked.union(receiver),
                        ArgSel::Name(n) => {
                            for (k, t) in keywords {
                                if *k == Some(n.as_str()) {
                                    checked.union(t);
                                }
                            }
                        }
                    }
                }
            }
            for (label, trace) in &checked.0 {
                match label {
                    Label::Rule(r) | Label::Weak(r) if *r == rule => {
                        let mut steps = trace.steps();
                        steps.push(Step {
                            span,
                            kind: StepKind::Sink,
                            verb: "sink: ",
                            subject: callee.to_string(),
                            place: None,
                        });
                        self.findings.push(TaintFinding {
                            rule: u32::from(rule),
                            sink: index,
                            steps,
                            crosses_functions: trace.crosses,
                            returned_at: None,
                        });
                    }
                    Label::ParamAttr(p, path, r) if *r == rule && self.spec.follows_calls(rule) => {
                        let mut steps = trace.steps();
                        steps.push(Step {
                            span,
                            kind: StepKind::Sink,
                            verb: "sink: ",
                            subject: callee.to_string(),
                            place: None,
                        });
                        self.param_attr_sinks.push((*p, *path, rule, steps, index));
                    }
                    Label::Param(p, r) | Label::WeakParam(p, r)
                        if *r == rule && self.spec.follows_calls(rule) =>
                    {
                        let mut steps = trace.steps();
                        steps.push(Step {
                            span,
                            kind: StepKind::Sink,
                            verb: "sink: ",
                            subject: callee.to_string(),
                            place: None,
                        });
                        self.param_sinks.push((*p, rule, steps, index));
                    }
                    _ => {}
                }
            }
        }
        rules
    }

    pub(super) fn call(&mut self, call: &'a ast::ExprCall, st: &mut State) -> Taint {
        let span = span_of(call.range());
        // Receiver (for methods) and arguments, in evaluation order.
        let receiver = match call.func.as_ref() {
            Expr::Attribute(a) => self.expr(&a.value, st),
            other => {
                self.expr(other, st);
                Taint::default()
            }
        };
        let mut positional = Vec::new();
        for a in call.arguments.args.iter() {
            positional.push(self.expr(a, st));
        }
        let mut keywords = Vec::new();
        for k in &call.arguments.keywords {
            keywords.push((
                k.arg.as_ref().map(|a| a.id.as_str()),
                self.expr(&k.value, st),
            ));
        }
        let Some(&index) = self.call_at.get(&(span.start, span.end)) else {
            let mut t = receiver;
            positional.iter().for_each(|p| t.union(p));
            return t;
        };
        let site = &self.calls[index as usize];
        let callee = site.callee.clone();

        let sink_rules = self.check_sinks(index, span, &callee, &receiver, &positional, &keywords);

        if let Expr::Attribute(a) = call.func.as_ref() {
            let method = a.attr.id.as_str();
            // A list or dict whose elements are tracked: the method updates them.
            if let Some(key) = state_key(&a.value) {
                if st.elems.contains_key(&key) {
                    if let Some(r) = self.container_method(&key, method, call, &positional, st) {
                        return r;
                    }
                }
            }
            // `CHOICES.get(key, "default")` on a constant dict: one of its constant values, whatever the key.
            if method == "get"
                && positional.iter().skip(1).all(Taint::is_empty)
                && keywords.is_empty()
                && matches!(self.fold(&a.value, st), crate::model::Value::Dict(_))
            {
                return Taint::default();
            }
            // `s.isdigit()`, `s.startswith(p)`, `s.count(c)`: booleans and counts carry no text.
            if is_clean_method(method)
                && site
                    .fqn
                    .as_ref()
                    .is_none_or(|f| !self.summaries.contains_key(f))
            {
                return Taint::default();
            }
        }

        // `parts.append(x)`, `d.update(x)`, `buf.write(x)`, `config.set(s, k, x)`: mutating an object with
        // tainted data taints the object (its later reads, `getvalue()`, `get()`, carry it).
        if let Expr::Attribute(a) = call.func.as_ref() {
            if matches!(
                a.attr.id.as_str(),
                "append"
                    | "extend"
                    | "insert"
                    | "add"
                    | "update"
                    | "appendleft"
                    | "setdefault"
                    | "write"
                    | "writelines"
                    | "set"
                    | "put"
                    | "push"
            ) {
                if let Some(key) = state_key(&a.value) {
                    let mut added = Taint::default();
                    positional.iter().for_each(|p| added.union(p));
                    if !added.is_empty() {
                        let added =
                            added.then(span, StepKind::Assignment, "added to ", || key.to_string());
                        st.entry(key).or_default().union(&added);
                    }
                }
            }
        }

        // Default propagation: a call's result carries its receiver's and arguments' taint.
        let mut propagated = Taint::default();
        if let Some(fields) = self.format_fields(call, st) {
            // `"{0} {k}".format(a, b, k=c)`: only the fields the constant format names flow.
            propagated.union(&receiver);
            for (i, p) in positional.iter().enumerate() {
                if fields.0.contains(&i) {
                    propagated.union(p);
                }
            }
            for (k, t) in &keywords {
                if k.is_some_and(|k| fields.1.iter().any(|f| f == k)) {
                    propagated.union(t);
                }
            }
        } else if !is_clean_conversion(site) {
            propagated.union(&receiver);
            positional.iter().for_each(|p| propagated.union(p));
            keywords.iter().for_each(|(_, k)| propagated.union(k));
        }
        let mut result = Taint::default();
        // A method of a project class called on an instance whose type the call index did not resolve.
        let instance_method = match site.fqn.as_ref() {
            Some(f) if self.summaries.contains_key(f) => None,
            _ => self.instance_method_fqn(call),
        };
        let summaries = self.summaries;
        match instance_method
            .as_ref()
            .or(site.fqn.as_ref())
            .and_then(|f| summaries.get(f))
        {
            Some(summary) => {
                // Rules that follow calls use the function's summary; the others propagate as usual.
                propagated.0.retain(|(l, _)| {
                    let r = l.rule();
                    !(self.spec.follows_calls(r) && summary.covers(r))
                });
                result.union(&propagated);
                self.apply_summary(
                    summary,
                    index,
                    call,
                    span,
                    &callee,
                    &receiver,
                    &positional,
                    &keywords,
                    &mut result,
                );
            }
            None => result = propagated,
        }
        // A response built by a sink of a rule whose sink is also the handler's return value was reported
        // at that call: returning it is not a second finding.
        let consumed: Vec<RuleIdx> = sink_rules
            .into_iter()
            .filter(|r| self.spec.has_return_sinks(*r))
            .collect();
        if !consumed.is_empty() {
            result.remove_rules(&consumed);
        }
        // `os.path.join(BASE, name)`, `Path(name)`: the value becomes a path component, and a `..` check
        // alone does not stop an absolute name from replacing the base.
        if site.fqn.as_deref().is_some_and(is_path_join) {
            result.strengthen();
        }

        self.scratch.clear();
        self.spec.call_sanitizes(site, &mut self.scratch);
        if !self.scratch.is_empty() {
            let cleaned = self.scratch.clone();
            result.remove_rules(&cleaned);
        }
        self.scratch.clear();
        self.spec.call_sources(site, &mut self.scratch);
        for &r in &self.scratch {
            result.add(
                Label::Rule(r),
                Trace::start(span, StepKind::Source, "source: ", callee.to_string()),
            );
        }
        if is_converting_get(call) {
            return Taint::default();
        }
        result
    }

    /// The fields of `"…".format(...)` on a constant format string without `*args`/`**kwargs`: positional
    /// indices and keyword names it uses (`None`: not such a call, or a format it does not parse).
    fn format_fields(&self, call: &ast::ExprCall, st: &State) -> Option<(Vec<usize>, Vec<String>)> {
        let Expr::Attribute(a) = call.func.as_ref() else {
            return None;
        };
        if a.attr.id.as_str() != "format"
            || call.arguments.args.iter().any(Expr::is_starred_expr)
            || call.arguments.keywords.iter().any(|k| k.arg.is_none())
        {
            return None;
        }
        let crate::model::Value::Str(fmt) = self.fold(&a.value, st) else {
            return None;
        };
        format_fields(&fmt)
    }
}

/// Parses the replacement fields of a `str.format` string: `{}` (numbered automatically), `{0}`,
/// `{name}`, `{0[key]}`, `{name.attr}`, with `!r` and `:spec`. `None` when a spec nests fields.
pub(super) fn format_fields(fmt: &str) -> Option<(Vec<usize>, Vec<String>)> {
    let (mut indices, mut names) = (Vec::new(), Vec::new());
    let mut auto = 0;
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
            }
            '{' => {
                let mut field = String::new();
                for c in chars.by_ref() {
                    match c {
                        '}' => break,
                        '{' => return None,
                        c => field.push(c),
                    }
                }
                let name: String = field
                    .chars()
                    .take_while(|c| !matches!(c, '!' | ':' | '.' | '['))
                    .collect();
                if name.is_empty() {
                    indices.push(auto);
                    auto += 1;
                } else if let Ok(i) = name.parse::<usize>() {
                    indices.push(i);
                } else {
                    names.push(name);
                }
            }
            _ => {}
        }
    }
    Some((indices, names))
}

#[cfg(test)]
mod tests {
    use super::format_fields;

    #[test]
    fn format_fields_name_what_flows() {
        assert_eq!(format_fields("{} and {}"), Some((vec![0, 1], Vec::new())));
        assert_eq!(
            format_fields("{0[k]} {name.attr!r:>10} {{literal}}"),
            Some((vec![0], vec!["name".to_string()]))
        );
        assert_eq!(format_fields("{:{width}}"), None);
    }
}
