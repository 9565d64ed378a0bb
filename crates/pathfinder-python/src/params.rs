//! Handler parameters that a web framework fills in itself rather than from the client's request, so they
//! are never taint sources even when the handler's parameters are.

use ruff_python_ast::{Expr, ParameterWithDefault};

// Which types a framework injects (FastAPI/Starlette: the response being built, background tasks) and
// which default calls declare a dependency (`db = Depends(get_db)`) are library data:
// `rules/python/_library/fastapi.yaml` (`injected_types`, `dependency_calls`).
fn conventions() -> &'static pathfinder_rules::library::Conventions {
    &pathfinder_rules::library::python().conventions
}

/// Whether the framework supplies the parameter: annotated with an injected type, or declared as a
/// dependency by its default or inside `Annotated[...]`.
pub(crate) fn framework_supplied(param: &ParameterWithDefault) -> bool {
    param.default.as_deref().is_some_and(is_dependency)
        || param
            .parameter
            .annotation
            .as_deref()
            .is_some_and(supplied_annotation)
}

fn last_name(expr: &Expr) -> Option<&str> {
    match expr {
        Expr::Name(n) => Some(n.id.as_str()),
        Expr::Attribute(a) => Some(a.attr.id.as_str()),
        _ => None,
    }
}

fn is_dependency(expr: &Expr) -> bool {
    matches!(expr, Expr::Call(call) if last_name(&call.func).is_some_and(|n| conventions().dependency_calls.iter().any(|c| c == n)))
}

fn supplied_annotation(annotation: &Expr) -> bool {
    match annotation {
        // `Annotated[Session, Depends(get_db)]`: a dependency; `Annotated[str, Query()]`: client data.
        Expr::Subscript(s) if last_name(&s.value) == Some("Annotated") => match s.slice.as_ref() {
            Expr::Tuple(t) => {
                t.elts.first().is_some_and(supplied_annotation)
                    || t.elts.iter().skip(1).any(is_dependency)
            }
            other => supplied_annotation(other),
        },
        other => {
            last_name(other).is_some_and(|n| conventions().injected_types.iter().any(|t| t == n))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::framework_supplied;
    use ruff_python_ast::Stmt;
    use ruff_python_parser::parse_module;

    fn supplied(signature: &str) -> Vec<bool> {
        let module =
            parse_module(&format!("async def f(*, {signature}):\n    pass\n")).expect("parses");
        let Stmt::FunctionDef(f) = &module.syntax().body[0] else {
            panic!("not a function")
        };
        f.parameters
            .kwonlyargs
            .iter()
            .map(framework_supplied)
            .collect()
    }

    #[test]
    fn dependencies_and_injected_objects_are_supplied_by_the_framework() {
        assert_eq!(
            supplied("response: Response, tasks: fastapi.BackgroundTasks, scopes: SecurityScopes"),
            [true, true, true]
        );
        assert_eq!(
            supplied("db=Depends(get_db), user: User = Security(current_user), s: Annotated[Session, Depends(get_db)]"),
            [true, true, true]
        );
    }

    #[test]
    fn client_parameters_are_not() {
        assert_eq!(
            supplied("q: str = Query(''), x_token: str = Header(None), item: Item, name, tag: Annotated[str, Query()], request: Request"),
            [false, false, false, false, false, false]
        );
    }
}
