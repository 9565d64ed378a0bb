//! Module awareness: the module path from `go.mod`, and the declarations of the module's own packages
//! (struct field types, function and method result types, package-level variable types, package names),
//! so calls through them resolve across files and packages: `s.db.Query(...)` with `db *sql.DB` declared
//! in another file is `database/sql.DB.Query`, and `store.Open()` of the module's `store` package types
//! the value it returns.
//!
//! The engine reads every file of a module once for its declarations ([`declarations`]), merges them into
//! a [`ModuleIndex`], then models each file with a [`Context`] naming the file's package.

use rustc_hash::FxHashMap;
use std::sync::Arc;
use tree_sitter::{Node, Parser};

/// The module path of a `go.mod` file (`module example.com/app`, also quoted), if it declares one.
pub fn module_path(go_mod: &str) -> Option<String> {
    go_mod.lines().find_map(|line| {
        let line = line.split("//").next().unwrap_or("").trim();
        let rest = line.strip_prefix("module")?;
        // `modulex` is not the directive.
        if !rest.starts_with([' ', '\t', '"']) {
            return None;
        }
        let path = rest.trim().trim_matches('"').trim_matches('`').trim();
        (!path.is_empty() && !path.contains(char::is_whitespace)).then(|| path.to_string())
    })
}

/// What a file tells the rest of its module.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Declarations {
    /// The file's import path (module path and directory) and the name its package clause gives.
    pub package: String,
    pub package_name: String,
    /// `pkg.Type` → field → field type.
    pub fields: Vec<(String, String, String)>,
    /// `pkg.Func`, `pkg.Type.Method` → type of the first result.
    pub results: Vec<(String, String)>,
    /// `pkg.Var` → declared type (package-level `var` with a type or an evident value).
    pub vars: Vec<(String, String)>,
}

/// The declarations of every package of one module.
#[derive(Debug, Default)]
pub struct ModuleIndex {
    fields: FxHashMap<String, FxHashMap<String, String>>,
    results: FxHashMap<String, String>,
    vars: FxHashMap<String, String>,
    package_names: FxHashMap<String, String>,
}

impl ModuleIndex {
    pub fn add(&mut self, d: Declarations) {
        if !d.package_name.is_empty() {
            self.package_names
                .insert(d.package.clone(), d.package_name.clone());
        }
        for (ty, field, field_type) in d.fields {
            self.fields.entry(ty).or_default().insert(field, field_type);
        }
        self.results.extend(d.results);
        self.vars.extend(d.vars);
    }

    /// The type of field `field` of struct type `ty` (`example.com/app.Server`, `db`).
    pub fn field(&self, ty: &str, field: &str) -> Option<&str> {
        self.fields.get(ty)?.get(field).map(String::as_str)
    }

    /// The first result type of a function or method of the module (`example.com/app/store.Open`).
    pub fn result(&self, fqn: &str) -> Option<&str> {
        self.results
            .get(fqn)
            .map(String::as_str)
            .filter(|t| !t.is_empty())
    }

    pub fn var(&self, fqn: &str) -> Option<&str> {
        self.vars.get(fqn).map(String::as_str)
    }

    pub fn has_function(&self, fqn: &str) -> bool {
        self.results.contains_key(fqn)
    }

    /// The name a module package declares, when it differs from the last element of its path.
    pub fn package_name(&self, path: &str) -> Option<&str> {
        self.package_names.get(path).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.results.is_empty() && self.package_names.is_empty()
    }
}

/// How one file is modelled: its package's import path (`None` outside a module: local types keep their
/// bare names) and the declarations of its module.
#[derive(Debug, Default, Clone)]
pub struct Context {
    pub package: Option<String>,
    pub index: Option<Arc<ModuleIndex>>,
}

/// The import path of the package in directory `dir` (relative to the module root, `/`-separated).
pub fn package_path(module: &str, dir: &str) -> String {
    let dir = dir.trim_matches('/');
    // The standard library's module is `std`, but its packages are imported without that prefix.
    if module == "std" && !dir.is_empty() {
        return dir.to_string();
    }
    if dir.is_empty() || dir == "." {
        module.to_string()
    } else {
        format!("{module}/{dir}")
    }
}

/// Reads the declarations of one file of package `package` (one parse; bad input yields what parses).
pub fn declarations(package: &str, source: &str) -> Declarations {
    let mut out = Declarations {
        package: package.to_string(),
        ..Declarations::default()
    };
    let mut parser = Parser::new();
    if parser
        .set_language(&tree_sitter_go::LANGUAGE.into())
        .is_err()
    {
        return out;
    }
    let Some(tree) = parser.parse(source.as_bytes(), None) else {
        return out;
    };
    let root = tree.root_node();
    // Other packages' declared names are not known yet: imports get their conventional names.
    let imports = file_imports(root, source);
    collect(root, source, Some(package), &imports, &mut out);
    out
}

/// Builtin types name no declaration.
fn is_builtin_type(name: &str) -> bool {
    matches!(
        name,
        "bool"
            | "byte"
            | "complex64"
            | "complex128"
            | "error"
            | "float32"
            | "float64"
            | "int"
            | "int8"
            | "int16"
            | "int32"
            | "int64"
            | "rune"
            | "string"
            | "uint"
            | "uint8"
            | "uint16"
            | "uint32"
            | "uint64"
            | "uintptr"
            | "any"
            | "comparable"
    )
}

/// `*http.Request` → `net/http.Request`; a local type is qualified with its package when there is one.
pub(crate) fn resolve_type_node(
    src: &str,
    t: Node,
    imports: &FxHashMap<String, String>,
    package: Option<&str>,
) -> Option<String> {
    let text = |n: Node| src.get(n.byte_range()).unwrap_or("");
    // `*T` and `**T` name T; deeper pointer chains are not worth a type.
    let mut t = t;
    for _ in 0..4 {
        if t.kind() != "pointer_type" {
            break;
        }
        t = t.named_child(0)?;
    }
    match t.kind() {
        "qualified_type" => {
            let pkg = text(t.child_by_field_name("package")?);
            let name = text(t.child_by_field_name("name")?);
            let path = imports.get(pkg)?;
            Some(format!("{path}.{name}"))
        }
        "type_identifier" => {
            let name = text(t);
            match package {
                Some(_) if is_builtin_type(name) => None,
                Some(p) => Some(format!("{p}.{name}")),
                None => Some(name.to_string()),
            }
        }
        "generic_type" => {
            let base = t.child_by_field_name("type")?;
            (base.kind() != "generic_type")
                .then(|| resolve_type_node(src, base, imports, package))
                .flatten()
        }
        _ => None,
    }
}

/// The import names of a file's import declarations (the walker reads them the same way).
fn file_imports(root: Node, src: &str) -> FxHashMap<String, String> {
    let mut imports = FxHashMap::default();
    let mut c = root.walk();
    for d in root.named_children(&mut c) {
        if d.kind() != "import_declaration" {
            continue;
        }
        let mut stack = vec![d];
        while let Some(n) = stack.pop() {
            if n.kind() == "import_spec" {
                let Some(path) = n.child_by_field_name("path") else {
                    continue;
                };
                let path = crate::unquote(src.get(path.byte_range()).unwrap_or(""));
                let local = match n.child_by_field_name("name") {
                    Some(name) if matches!(name.kind(), "blank_identifier" | "dot") => continue,
                    Some(name) => src.get(name.byte_range()).unwrap_or("").to_string(),
                    None => crate::default_package_name(&path).to_string(),
                };
                imports.insert(local, path);
                continue;
            }
            let mut c = n.walk();
            stack.extend(n.named_children(&mut c));
        }
    }
    imports
}

/// Top-level declarations of a parsed file. `package` is `None` when the file is modelled outside a
/// module; local names are then bare, as the walker writes them.
pub(crate) fn collect(
    root: Node,
    src: &str,
    package: Option<&str>,
    imports: &FxHashMap<String, String>,
    out: &mut Declarations,
) {
    let text = |n: Node| src.get(n.byte_range()).unwrap_or("");
    let qualify = |name: &str| match package {
        Some(p) => format!("{p}.{name}"),
        None => name.to_string(),
    };
    let resolve = |t: Node| resolve_type_node(src, t, imports, package);
    let mut c = root.walk();
    for d in root.named_children(&mut c) {
        match d.kind() {
            "package_clause" => {
                if let Some(name) = d.named_child(0) {
                    out.package_name = text(name).to_string();
                }
            }
            "type_declaration" => {
                let mut c = d.walk();
                for spec in d.named_children(&mut c) {
                    let (Some(name), Some(ty)) = (
                        spec.child_by_field_name("name"),
                        spec.child_by_field_name("type"),
                    ) else {
                        continue;
                    };
                    if spec.kind() != "type_spec" || ty.kind() != "struct_type" {
                        continue;
                    }
                    let owner = qualify(text(name));
                    let Some(list) = ty.named_child(0) else {
                        continue;
                    };
                    let mut c = list.walk();
                    for field in list.named_children(&mut c) {
                        if field.kind() != "field_declaration" {
                            continue;
                        }
                        let Some(ft) = field.child_by_field_name("type").and_then(resolve) else {
                            continue;
                        };
                        let mut c = field.walk();
                        let names: Vec<Node> =
                            field.children_by_field_name("name", &mut c).collect();
                        if names.is_empty() {
                            // An embedded field is named by its type's last part (`*sql.DB` → `DB`).
                            let short = ft.rsplit('.').next().unwrap_or(&ft).to_string();
                            out.fields.push((owner.clone(), short, ft.clone()));
                        }
                        for n in names {
                            out.fields
                                .push((owner.clone(), text(n).to_string(), ft.clone()));
                        }
                    }
                }
            }
            "function_declaration" | "method_declaration" => {
                let Some(name) = d.child_by_field_name("name").map(text) else {
                    continue;
                };
                let Some(result) = d.child_by_field_name("result").and_then(|r| {
                    if r.kind() == "parameter_list" {
                        // `(T, error)`: the first result.
                        r.named_child(0)
                            .and_then(|p| p.child_by_field_name("type"))
                            .and_then(resolve)
                    } else {
                        resolve(r)
                    }
                }) else {
                    // Functions without a typed result still resolve as module functions.
                    if d.kind() == "function_declaration" {
                        out.results.push((qualify(name), String::new()));
                    }
                    continue;
                };
                let key = if d.kind() == "method_declaration" {
                    let Some(recv) = d
                        .child_by_field_name("receiver")
                        .and_then(|r| r.named_child(0))
                        .and_then(|p| p.child_by_field_name("type"))
                        .and_then(resolve)
                    else {
                        continue;
                    };
                    format!("{recv}.{name}")
                } else {
                    qualify(name)
                };
                out.results.push((key, result));
            }
            "var_declaration" => {
                let mut stack = vec![d];
                while let Some(n) = stack.pop() {
                    if n.kind() == "var_spec" {
                        if let Some(t) = n.child_by_field_name("type").and_then(resolve) {
                            let mut c = n.walk();
                            for name in n.children_by_field_name("name", &mut c) {
                                out.vars.push((qualify(text(name)), t.clone()));
                            }
                        }
                        continue;
                    }
                    let mut c = n.walk();
                    stack.extend(n.named_children(&mut c));
                }
            }
            _ => {}
        }
    }
}

/// Lookups of the walker: this file's own declarations first, then the module's, then library data.
impl crate::Walker<'_> {
    fn indexes(&self) -> impl Iterator<Item = &ModuleIndex> {
        std::iter::once(&self.local).chain(self.ctx.index.as_deref())
    }

    pub(crate) fn result_of(&self, fqn: &str) -> Option<String> {
        crate::library::result_type(fqn)
            .or_else(|| self.indexes().find_map(|i| i.result(fqn)))
            .map(str::to_string)
    }

    pub(crate) fn field_of(&self, ty: &str, field: &str) -> Option<String> {
        self.indexes()
            .find_map(|i| i.field(ty, field))
            .map(str::to_string)
    }

    pub(crate) fn package_var(&self, fqn: &str) -> Option<String> {
        self.indexes().find_map(|i| i.var(fqn)).map(str::to_string)
    }

    /// A function of this package called by its bare name (`helper()` → `example.com/app.helper`).
    pub(crate) fn package_function(&self, name: &str) -> Option<String> {
        let fqn = format!("{}.{name}", self.ctx.package.as_deref()?);
        self.indexes().any(|i| i.has_function(&fqn)).then_some(fqn)
    }

    /// The name a package is referred to by when imported without one: its declared name when it is a
    /// package of the module, else the convention of [`crate::default_package_name`].
    pub(crate) fn package_name<'p>(&'p self, path: &'p str) -> &'p str {
        self.ctx
            .index
            .as_deref()
            .and_then(|i| i.package_name(path))
            .unwrap_or_else(|| crate::default_package_name(path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_directive_is_read() {
        assert_eq!(
            module_path("// comment\nmodule example.com/app // trailing\n\ngo 1.22\n").as_deref(),
            Some("example.com/app")
        );
        assert_eq!(
            module_path("module \"example.com/quoted\"\n").as_deref(),
            Some("example.com/quoted")
        );
        assert_eq!(module_path("modulex foo\ngo 1.21\n"), None);
        assert_eq!(module_path(""), None);
        assert_eq!(package_path("example.com/app", ""), "example.com/app");
        assert_eq!(
            package_path("example.com/app", "internal/store"),
            "example.com/app/internal/store"
        );
        assert_eq!(package_path("std", "net/http"), "net/http");
    }

    #[test]
    fn declarations_of_types_functions_and_methods() {
        let d = declarations(
            "example.com/app/store",
            "package store\nimport (\n\t\"database/sql\"\n\tx \"os/exec\"\n)\ntype Store struct {\n\tdb, ro *sql.DB\n\tcmd *x.Cmd\n\t*Cache\n\tname string\n}\ntype Cache struct{}\nvar Default *Store\nfunc Open(dsn string) (*Store, error) { return nil, nil }\nfunc (s *Store) Tx() *sql.Tx { return nil }\nfunc helper() {}\n",
        );
        assert_eq!(d.package_name, "store");
        let mut idx = ModuleIndex::default();
        idx.add(d);
        let s = "example.com/app/store.Store";
        assert_eq!(idx.field(s, "db"), Some("database/sql.DB"));
        assert_eq!(idx.field(s, "ro"), Some("database/sql.DB"));
        assert_eq!(idx.field(s, "cmd"), Some("os/exec.Cmd"));
        assert_eq!(idx.field(s, "Cache"), Some("example.com/app/store.Cache"));
        // Builtin types are not declarations.
        assert_eq!(idx.field(s, "name"), None);
        assert_eq!(idx.result("example.com/app/store.Open"), Some(s));
        assert_eq!(
            idx.result("example.com/app/store.Store.Tx"),
            Some("database/sql.Tx")
        );
        assert!(idx.has_function("example.com/app/store.helper"));
        assert_eq!(idx.var("example.com/app/store.Default"), Some(s));
        assert_eq!(idx.package_name("example.com/app/store"), Some("store"));
        // Bad input yields what parses and never panics.
        let _ = declarations("p", "package p\ntype T struct { a *sql.DB\nfunc (");
        let _ = declarations("p", "\u{0}\u{feff}");
    }
}
