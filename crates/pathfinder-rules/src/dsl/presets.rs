//! `Sources.<framework>()` (pathfinder extension): each web framework's list of taint sources, written once
//! here and shared by every flow rule. A preset is a list of the same matchers a rule could spell out
//! (`attribute(…)`, `calls(…)`, `variable(…)`), so it produces exactly their IR.

use std::cell::RefCell;
use std::rc::Rc;

use ruff_text_size::TextRange;
use serde_json::{json, Map};

use super::matchers::{CallMatcher, Code, Node};
use super::value::{Budget, Seq, Value};
use super::Eval;

/// One matcher of a preset.
enum Item {
    /// `attribute(*patterns)`
    Attribute(&'static [&'static str]),
    /// `calls(*patterns)`
    Calls(&'static [&'static str]),
    /// `variable(name)`
    Variable(&'static str),
    /// `variable("*", decorated_by=[calls(*patterns)])`: every parameter of a route handler.
    HandlerParams(&'static [&'static str]),
    /// Parameters after `self` of these methods of subclasses of these classes (URL captures Tornado
    /// passes positionally to `get(self, slug)`).
    MethodParams(&'static [&'static str], &'static [&'static str]),
    /// `attribute(…)` of `request.<name>` and `*.request.<name>` (a view's parameter, `self.request`).
    RequestAttributes(&'static [&'static str]),
    /// `calls(…)` of `request.<name>` and of `*.request.<name>`, as two matchers.
    RequestCalls(&'static [&'static str]),
}

/// Route decorators whose functions' parameters come from the URL, query or body (Flask, FastAPI).
const ROUTE_DECORATORS: &[&str] = &["*.route", "*.get", "*.post", "*.put", "*.patch", "*.delete"];

/// Django's `HttpRequest` (and REST framework's `Request`, which wraps it) read by views.
const DJANGO_ATTRIBUTES: &[&str] = &[
    "GET",
    "POST",
    "COOKIES",
    "FILES",
    "META",
    "headers",
    "body",
    "data",
    "query_params",
    "path",
    "path_info",
];
const DJANGO_CALLS: &[&str] = &["read", "readline", "readlines", "get_full_path"];

const FLASK: &[Item] = &[
    Item::Attribute(&[
        "flask.request.args",
        "flask.request.form",
        "flask.request.values",
        "flask.request.data",
        "flask.request.json",
        "flask.request.files",
        "flask.request.cookies",
        "flask.request.headers",
        "flask.request.view_args",
        "flask.request.query_string",
        "flask.request.stream",
        "flask.request.referrer",
        "flask.request.path",
        "flask.request.full_path",
    ]),
    Item::Calls(&["flask.request.get_json", "flask.request.get_data"]),
    Item::HandlerParams(ROUTE_DECORATORS),
];

/// The URL of the current request, host included (from the Host header). Kept apart from
/// `flask_request()`: `redirect(request.url)` (post/redirect/get) stays on the site the browser asked for,
/// so open-redirect rules leave these out.
const FLASK_URL: &[Item] = &[Item::Attribute(&[
    "flask.request.url",
    "flask.request.base_url",
    "flask.request.url_root",
    "flask.request.host_url",
    "flask.request.host",
])];

const DJANGO: &[Item] = &[
    Item::RequestAttributes(DJANGO_ATTRIBUTES),
    Item::RequestCalls(DJANGO_CALLS),
    // URL captures of class-based views.
    Item::Attribute(&["self.kwargs"]),
    // URL captures of function views: the engine treats the URLconf entry routing requests to a view
    // (`path("posts/<slug>/", views.show)`) as a decorator of its parameters after the request.
    Item::HandlerParams(&[
        "django.urls.path",
        "django.urls.re_path",
        "django.conf.urls.url",
    ]),
];

const DRF: &[Item] = &[
    Item::RequestAttributes(&["data", "query_params"]),
    Item::Attribute(&["self.kwargs"]),
];

const LAMBDA: &[Item] = &[
    Item::Variable("event"),
    Item::Attribute(&["*.current_request"]),
    Item::Attribute(&["*.current_event"]),
];

const PYRAMID: &[Item] = &[Item::Attribute(&[
    "request.params",
    "request.GET",
    "request.POST",
    "request.matchdict",
    "request.json_body",
    "request.json",
    "request.body",
    "request.text",
    "request.cookies",
    "request.headers",
    "request.query_string",
    "request.subpath",
    "self.request.params",
    "self.request.GET",
    "self.request.POST",
    "self.request.matchdict",
    "self.request.json_body",
    "self.request.json",
    "self.request.body",
    "self.request.text",
    "self.request.cookies",
    "self.request.headers",
    "self.request.query_string",
    "self.request.subpath",
])];

/// FastAPI and Starlette: handler parameters (path, query, header, cookie, form and body parameters,
/// declared by annotation or by a `Query()`/`Body()`/… default; numeric annotations and `Depends()` are not
/// sources), and what a `Request` object hands over (`await request.json()` etc.).
const FASTAPI: &[Item] = &[
    Item::HandlerParams(&[
        "*.get",
        "*.post",
        "*.put",
        "*.patch",
        "*.delete",
        "*.api_route",
        "*.websocket",
    ]),
    Item::Attribute(&[
        "request.query_params",
        "request.path_params",
        "request.headers",
        "request.cookies",
        "request.url",
    ]),
    Item::Calls(&[
        "request.json",
        "request.form",
        "request.body",
        "request.stream",
    ]),
];

const AIOHTTP: &[Item] = &[
    Item::Attribute(&[
        "request.query",
        "request.match_info",
        "request.headers",
        "request.cookies",
        "request.rel_url",
        "request.url",
        "request.path",
        "request.raw_path",
        "request.query_string",
        "request.content",
        "self.request.query",
        "self.request.match_info",
    ]),
    Item::Calls(&[
        "request.post",
        "request.json",
        "request.text",
        "request.read",
        "request.multipart",
        "self.request.post",
        "self.request.json",
        "self.request.text",
        "self.request.read",
    ]),
];

const TORNADO: &[Item] = &[
    Item::MethodParams(
        &["tornado.web.RequestHandler"],
        &["get", "post", "put", "patch", "delete", "head", "options"],
    ),
    Item::Calls(&[
        "self.get_argument",
        "self.get_arguments",
        "self.get_body_argument",
        "self.get_body_arguments",
        "self.get_query_argument",
        "self.get_query_arguments",
        "self.get_cookie",
        "self.decode_argument",
    ]),
    Item::Attribute(&[
        "self.request.body",
        "self.request.arguments",
        "self.request.body_arguments",
        "self.request.query_arguments",
        "self.request.files",
        "self.request.headers",
        "self.request.uri",
        "self.request.path",
        "self.request.query",
        "self.request.cookies",
        "self.path_args",
        "self.path_kwargs",
    ]),
];

/// The presets, by method name.
const SOURCE_PRESETS: &[(&str, &[Item])] = &[
    ("flask_request", FLASK),
    ("flask_request_url", FLASK_URL),
    ("django_request", DJANGO),
    ("drf", DRF),
    ("lambda_event", LAMBDA),
    ("pyramid_request", PYRAMID),
    ("fastapi", FASTAPI),
    ("aiohttp", AIOHTTP),
    ("tornado", TORNADO),
];

/// Every preset's method name.
#[cfg(test)]
pub(super) fn preset_names() -> impl Iterator<Item = &'static str> {
    SOURCE_PRESETS.iter().map(|(name, _)| *name)
}

/// The method name of a preset, if `name` is one.
pub(super) fn preset_name(name: &str) -> Option<&'static str> {
    SOURCE_PRESETS
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(known, _)| *known)
}

/// The list of matchers `Sources.<name>()` returns.
pub(super) fn source_preset<'a>(name: &str, range: TextRange) -> Eval<Value<'a>> {
    let items = SOURCE_PRESETS
        .iter()
        .find(|(known, _)| *known == name)
        .map_or(&[][..], |(_, items)| *items);
    let mut out = Vec::new();
    for item in items {
        match item {
            Item::Attribute(patterns) => out.push(attribute(patterns.iter().map(|p| p.to_string()))),
            Item::Calls(patterns) => out.push(calls(patterns.iter().map(|p| p.to_string()), range)?),
            Item::Variable(name) => out.push(Value::Code(Code::fixed(
                "VariableMatcher",
                json!({ "type": "variable_matcher", "pattern": name, "wildcard": name.contains('*') }),
            ))),
            Item::HandlerParams(decorators) => {
                let code = call_matcher(decorators.iter().map(|p| p.to_string()), range)?;
                let ir = json!({
                    "type": "variable_matcher",
                    "pattern": "*",
                    "wildcard": true,
                    "decorated_by": [code.to_ir(&Budget::new(), range)?],
                });
                out.push(Value::Code(Code::fixed("VariableMatcher", ir)));
            }
            Item::MethodParams(classes, methods) => out.push(Value::Code(Code::fixed(
                "VariableMatcher",
                json!({
                    "type": "variable_matcher",
                    "pattern": "*",
                    "wildcard": true,
                    "method_of": { "classes": classes, "methods": methods },
                }),
            ))),
            Item::RequestAttributes(names) => out.push(attribute(
                names
                    .iter()
                    .map(|n| format!("request.{n}"))
                    .chain(names.iter().map(|n| format!("*.request.{n}"))),
            )),
            Item::RequestCalls(names) => {
                out.push(calls(names.iter().map(|n| format!("request.{n}")), range)?);
                out.push(calls(names.iter().map(|n| format!("*.request.{n}")), range)?);
            }
        }
    }
    Ok(Value::List(Seq::new(out, range)?))
}

fn attribute<'a>(patterns: impl Iterator<Item = String>) -> Value<'a> {
    let patterns: Vec<String> = patterns.collect();
    Value::Code(Code::fixed(
        "AttributeMatcher",
        json!({ "type": "attribute_matcher", "patterns": patterns }),
    ))
}

fn calls<'a>(patterns: impl Iterator<Item = String>, range: TextRange) -> Eval<Value<'a>> {
    Ok(Value::Code(call_matcher(patterns, range)?))
}

fn call_matcher(patterns: impl Iterator<Item = String>, range: TextRange) -> Eval<Rc<Code>> {
    let patterns: Vec<String> = patterns.collect();
    let call = CallMatcher {
        wildcard: patterns.iter().any(|p| p.contains('*')),
        patterns,
        positional: Map::new(),
        keyword: Map::new(),
        tracked: Vec::new(),
    };
    Code::new(Node::Call(RefCell::new(call)), range)
}
