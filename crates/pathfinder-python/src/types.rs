//! A small, offline model of library types. What common factories return and the parameter names of
//! calls whose arguments rules inspect are data beside the rules (`rules/python/_library/*.yaml`, read by
//! `pathfinder_rules::library`); Python's own builtins and constants stay here.

use pathfinder_rules::library;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A statically known type: a class, or a tuple of types (`multiprocessing.Pipe()`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    Class(String),
    Tuple(Vec<Ty>),
}

pub fn parse_ty(text: &str) -> Ty {
    let t = text.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|s| s.strip_suffix(')')) {
        return Ty::Tuple(inner.split(',').map(parse_ty).collect());
    }
    Ty::Class(t.to_string())
}

/// The known return type of calling `fqn`, if the library data has it.
pub fn return_type(fqn: &str) -> Option<Ty> {
    library::python().return_type(fqn).map(parse_ty)
}

/// Functions whose known signature has a positional parameter called `name`.
pub fn functions_with_parameter(name: &str) -> impl Iterator<Item = &'static str> + '_ {
    library::python().functions_with_parameter(name)
}

/// Positional parameter names of `fqn`, if known.
pub fn parameters(fqn: &str) -> Option<&'static [&'static str]> {
    library::python().parameters(fqn)
}

/// Python's builtin callables and names; a bare call to one of these (not rebound) resolves to `builtins.X`.
pub const BUILTINS: &[&str] = &[
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
    "__import__",
];

pub fn is_builtin(name: &str) -> bool {
    static INDEX: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    INDEX
        .get_or_init(|| BUILTINS.iter().copied().collect())
        .contains(name)
}

#[cfg(test)]
#[allow(clippy::items_after_test_module)] // the constant table below is appended by its own change; no reshuffle
mod tests {
    use super::*;

    #[test]
    fn tuple_types_parse() {
        assert_eq!(
            return_type("multiprocessing.Pipe"),
            Some(Ty::Tuple(vec![
                Ty::Class("multiprocessing.connection.Connection".into()),
                Ty::Class("multiprocessing.connection.Connection".into())
            ]))
        );
        assert_eq!(return_type("nope"), None);
        assert_eq!(parameters("os.system"), Some(&["command"][..]));
    }
}

/// Integer values of library constants that code combines with arithmetic (permission bits).
const INT_CONSTANTS: &[(&str, i128)] = &[
    ("stat.S_ISUID", 0o4000),
    ("stat.S_ISGID", 0o2000),
    ("stat.S_ISVTX", 0o1000),
    ("stat.S_IRWXU", 0o700),
    ("stat.S_IRUSR", 0o400),
    ("stat.S_IWUSR", 0o200),
    ("stat.S_IXUSR", 0o100),
    ("stat.S_IRWXG", 0o70),
    ("stat.S_IRGRP", 0o40),
    ("stat.S_IWGRP", 0o20),
    ("stat.S_IXGRP", 0o10),
    ("stat.S_IRWXO", 0o7),
    ("stat.S_IROTH", 0o4),
    ("stat.S_IWOTH", 0o2),
    ("stat.S_IXOTH", 0o1),
    ("stat.S_IREAD", 0o400),
    ("stat.S_IWRITE", 0o200),
    ("stat.S_IEXEC", 0o100),
];

/// The integer value of a library constant (`stat.S_IWOTH` → 2), when it is one the table knows.
pub fn int_constant(fqn: &str) -> Option<i128> {
    INT_CONSTANTS
        .iter()
        .find(|(name, _)| *name == fqn)
        .map(|(_, v)| *v)
}
