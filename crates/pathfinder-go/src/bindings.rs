//! Bindings as modelled calls, the way the Python front end models them, so rules can ask what value a
//! name is bound to (hardcoded credentials, settings): `name := v`, `name = v`, `var name = v` and
//! `const name = v` are `__assign__("name", v)`; `x.f = v` and the keyed field `T{F: v}` are
//! `x.__setattr__("f", v)` / `T.__setattr__("F", v)`; `m[k] = v` and the map literal entry `{k: v}` are
//! `m.__setitem__(k, v)`.

use crate::Walker;
use pathfinder_python::{Arg, CallKind, CallSite, ExprKind, ScopeId, Value};
use tree_sitter::Node;

impl<'a> Walker<'a> {
    /// One argument of a modelled call, built like a real call's argument.
    pub(crate) fn value_arg(&self, a: Node, position: usize) -> Arg {
        Arg {
            position: Some(position),
            keyword: None,
            value: self.value(a, 0),
            kind: self.kind(a),
            template: self.template(a, 0),
            names: self.names(a),
            span: Self::span(a),
        }
    }

    fn name_arg(&self, name: Node, value: Value) -> Arg {
        Arg {
            position: Some(0),
            keyword: None,
            value,
            kind: ExprKind::Literal,
            template: None,
            names: Vec::new(),
            span: Self::span(name),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push_binding(
        &mut self,
        kind: CallKind,
        receiver: Option<(String, Option<String>)>,
        args: Vec<Arg>,
        start: usize,
        end: usize,
        scope: ScopeId,
    ) {
        let name = match kind {
            CallKind::Assign => "__assign__",
            CallKind::SetAttr => "__setattr__",
            _ => "__setitem__",
        };
        let (callee, receiver, receiver_type) = match receiver {
            Some((text, ty)) => (format!("{text}.{name}"), Some(text), ty),
            None => (name.to_string(), None, None),
        };
        let fqn = receiver_type.as_ref().map(|t| format!("{t}.{name}"));
        self.model.calls.push(CallSite {
            kind,
            callee,
            name: name.to_string(),
            fqn,
            text_is_alias: false,
            receiver,
            receiver_type,
            args,
            star_args_at: None,
            has_star_kwargs: false,
            span: pathfinder_python::Span {
                start: start as u32,
                end: end as u32,
            },
            scope,
        });
    }

    /// `a, b := x, y` and `a = x` (compound operators such as `+=` bind nothing new). Only pairs whose
    /// value is written beside the name: `x, err := f()` binds the results of one call, which are unknown.
    pub(crate) fn record_assignment(&mut self, n: Node, scope: ScopeId) {
        let (Some(left), Some(right)) = (
            n.child_by_field_name("left"),
            n.child_by_field_name("right"),
        ) else {
            return;
        };
        if n.child_by_field_name("operator")
            .is_some_and(|op| !matches!(self.text(op), "=" | ":="))
        {
            return;
        }
        let mut c = left.walk();
        let targets: Vec<Node> = left.named_children(&mut c).collect();
        let mut c = right.walk();
        let values: Vec<Node> = right.named_children(&mut c).collect();
        if targets.len() != values.len() {
            return;
        }
        for (t, v) in targets.into_iter().zip(values) {
            self.record_target(t, v, scope);
        }
    }

    fn record_target(&mut self, target: Node, value: Node, scope: ScopeId) {
        let (start, end) = (target.start_byte(), value.end_byte());
        match target.kind() {
            "identifier" if self.text(target) != "_" => {
                let name = self.name_arg(target, Value::Str(self.text(target).to_string()));
                let args = vec![name, self.value_arg(value, 1)];
                self.push_binding(CallKind::Assign, None, args, start, end, scope);
            }
            "selector_expression" => {
                let (Some(operand), Some(field)) = (
                    target.child_by_field_name("operand"),
                    target.child_by_field_name("field"),
                ) else {
                    return;
                };
                let receiver = self.receiver_of(operand);
                let name = self.name_arg(field, Value::Str(self.text(field).to_string()));
                let args = vec![name, self.value_arg(value, 1)];
                self.push_binding(CallKind::SetAttr, Some(receiver), args, start, end, scope);
            }
            "index_expression" => {
                let (Some(operand), Some(index)) = (
                    target.child_by_field_name("operand"),
                    target.child_by_field_name("index"),
                ) else {
                    return;
                };
                let receiver = self.receiver_of(operand);
                let args = vec![self.value_arg(index, 0), self.value_arg(value, 1)];
                self.push_binding(CallKind::SetItem, Some(receiver), args, start, end, scope);
            }
            _ => {}
        }
    }

    fn receiver_of(&self, operand: Node) -> (String, Option<String>) {
        let text: String = self.text(operand).split_whitespace().collect();
        (text, self.type_of(operand))
    }

    /// `var a, b = x, y` and `const c = x`: each name with the value written for it.
    pub(crate) fn record_spec(&mut self, n: Node, scope: ScopeId) {
        let Some(list) = n.child_by_field_name("value") else {
            return;
        };
        let mut c = n.walk();
        let names: Vec<Node> = n.children_by_field_name("name", &mut c).collect();
        let mut c = list.walk();
        let values: Vec<Node> = list.named_children(&mut c).collect();
        if names.len() != values.len() {
            return;
        }
        for (name, v) in names.into_iter().zip(values) {
            if self.text(name) == "_" {
                continue;
            }
            let arg = self.name_arg(name, Value::Str(self.text(name).to_string()));
            let args = vec![arg, self.value_arg(v, 1)];
            let (start, end) = (name.start_byte(), v.end_byte());
            self.push_binding(CallKind::Assign, None, args, start, end, scope);
        }
    }

    /// `Config{Password: v}` (a struct field) and `map[string]string{"password": v}` (a map entry).
    pub(crate) fn record_keyed_element(&mut self, n: Node, scope: ScopeId) {
        let (Some(key), Some(value)) = (
            n.child_by_field_name("key").and_then(|k| k.named_child(0)),
            n.child_by_field_name("value")
                .and_then(|v| v.named_child(0)),
        ) else {
            return;
        };
        // keyed_element → literal_value → composite_literal; a nested literal with its type elided
        // (`[]Config{{Password: v}}`) has no composite_literal of its own.
        let literal = n
            .parent()
            .and_then(|l| l.parent())
            .filter(|p| p.kind() == "composite_literal");
        let ty = literal.and_then(|l| l.child_by_field_name("type"));
        let is_map = ty.is_some_and(|t| t.kind() == "map_type");
        let receiver = ty.map(|t| {
            let text: String = self.text(t).split_whitespace().collect();
            let resolved = (!is_map).then(|| self.resolve_type(t)).flatten();
            (text, resolved)
        });
        let (start, end) = (n.start_byte(), n.end_byte());
        if !is_map && key.kind() == "identifier" {
            let name = self.name_arg(key, Value::Str(self.text(key).to_string()));
            let args = vec![name, self.value_arg(value, 1)];
            self.push_binding(CallKind::SetAttr, receiver, args, start, end, scope);
        } else if is_map || key.kind() != "literal_value" {
            let args = vec![self.value_arg(key, 0), self.value_arg(value, 1)];
            self.push_binding(CallKind::SetItem, receiver, args, start, end, scope);
        }
    }
}
