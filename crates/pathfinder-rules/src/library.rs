//! Library knowledge as data: `rules/python/_library/*.yaml`, embedded with the catalog. What calls return
//! (so receivers get a type) and parameter names by position (so a keyword constraint also sees a
//! positional argument). The format is described in `rules/python/_library/README.md`; a new library
//! is a new file there, with no Rust edit.

use crate::catalog::LoadError;
use include_dir::{include_dir, Dir};
use rustc_hash::FxHashMap;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

static PYTHON: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../rules/python/_library");

/// Marks the end of the positional parameters in a signature; the names after it are keyword-only.
const KEYWORD_ONLY: &str = "*";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LibraryFile {
    #[serde(default)]
    returns: BTreeMap<String, String>,
    #[serde(default)]
    signatures: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    conventions: Conventions,
}

/// What a library or framework does to data, beyond types: the taint walk's implicit sanitizers and the
/// parameters a framework fills in itself. Lists from every file are merged.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conventions {
    /// Calls whose result carries no attacker-chosen text (`builtins.int`, `builtins.len`).
    #[serde(default)]
    pub clean_calls: Vec<String>,
    /// FQN prefixes of such calls (`hashlib.`: every digest).
    #[serde(default)]
    pub clean_call_prefixes: Vec<String>,
    /// Method names whose result is a boolean, a count or a position (`startswith`, `find`): no text of
    /// the receiver flows on.
    #[serde(default)]
    pub clean_methods: Vec<String>,
    /// Calls that make their arguments components of a file path (`os.path.join`, `pathlib.Path`).
    #[serde(default)]
    pub path_joins: Vec<String>,
    /// Types a mapping's `get(key, default, type=...)` converts the value to (`int`): the result is clean.
    #[serde(default)]
    pub converting_types: Vec<String>,
    /// Annotation names (last name, optionally inside `Optional[...]`) that make a handler parameter a
    /// value the framework converted (`int`, `UUID`): never a taint source.
    #[serde(default)]
    pub numeric_annotations: Vec<String>,
    /// Route converters (`"/item/<int:item_id>"`) whose value cannot carry text an attacker chose.
    #[serde(default)]
    pub route_converters: Vec<String>,
    /// Annotation names of objects a framework injects that carry nothing from the client (`Response`).
    #[serde(default)]
    pub injected_types: Vec<String>,
    /// Default calls that make a parameter a dependency the server computes (`Depends(get_db)`).
    #[serde(default)]
    pub dependency_calls: Vec<String>,
}

/// A callable's parameter names: those that may be passed by position, in order, then keyword-only ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub positional: &'static [&'static str],
    pub keyword_only: &'static [&'static str],
}

impl Signature {
    pub fn has(&self, name: &str) -> bool {
        self.positional.contains(&name) || self.keyword_only.contains(&name)
    }
}

/// The library knowledge of one language, merged from its files.
#[derive(Debug, Default)]
pub struct Library {
    returns: FxHashMap<&'static str, &'static str>,
    signatures: FxHashMap<&'static str, Signature>,
    /// Signatures in a stable order (file name, then FQN), for lookups by parameter name.
    ordered: Vec<(&'static str, Signature)>,
    /// Every file's conventions, merged.
    pub conventions: Conventions,
}

impl Library {
    /// Merges library files given as (name, YAML text); an FQN given by two files is an error naming both.
    pub fn parse(files: &[(&str, &str)]) -> Result<Library, LoadError> {
        let mut lib = Library::default();
        let mut origin: FxHashMap<String, String> = FxHashMap::default();
        for (name, text) in files {
            let file: LibraryFile = serde_yaml::from_str(text).map_err(|e| LoadError {
                path: name.to_string(),
                line: e.location().map(|l| l.line() as u32),
                column: e.location().map(|l| l.column() as u32),
                message: format!("invalid library file: {e}"),
            })?;
            let mut claim = |fqn: &'static str, section: &str| -> Result<(), LoadError> {
                if let Some(first) = origin.insert(format!("{section} {fqn}"), name.to_string()) {
                    return Err(LoadError {
                        path: name.to_string(),
                        line: None,
                        column: None,
                        message: format!("{section} of {fqn} is also given in {first}"),
                    });
                }
                Ok(())
            };
            let (c, from) = (&mut lib.conventions, file.conventions);
            c.clean_calls.extend(from.clean_calls);
            c.clean_call_prefixes.extend(from.clean_call_prefixes);
            c.clean_methods.extend(from.clean_methods);
            c.path_joins.extend(from.path_joins);
            c.converting_types.extend(from.converting_types);
            c.numeric_annotations.extend(from.numeric_annotations);
            c.route_converters.extend(from.route_converters);
            c.injected_types.extend(from.injected_types);
            c.dependency_calls.extend(from.dependency_calls);
            for (fqn, ty) in file.returns {
                let fqn = leak(fqn);
                claim(fqn, "returns")?;
                lib.returns.insert(fqn, leak(ty));
            }
            for (fqn, params) in file.signatures {
                let fqn = leak(fqn);
                claim(fqn, "signatures")?;
                let split = params.iter().position(|p| p == KEYWORD_ONLY);
                let (positional, keyword_only) = match split {
                    Some(at) => (&params[..at], &params[at + 1..]),
                    None => (&params[..], &[][..]),
                };
                let signature = Signature {
                    positional: leak_list(positional),
                    keyword_only: leak_list(keyword_only),
                };
                lib.signatures.insert(fqn, signature.clone());
                lib.ordered.push((fqn, signature));
            }
        }
        Ok(lib)
    }

    /// The type calling `fqn` returns, as written (`pkg.Class`, or `(A, B)` for a tuple).
    pub fn return_type(&self, fqn: &str) -> Option<&'static str> {
        self.returns.get(fqn).copied()
    }

    pub fn signature(&self, fqn: &str) -> Option<&Signature> {
        self.signatures.get(fqn)
    }

    /// Positional parameter names of `fqn`, if known.
    pub fn parameters(&self, fqn: &str) -> Option<&'static [&'static str]> {
        self.signatures.get(fqn).map(|s| s.positional)
    }

    /// Callables whose known signature has a positional parameter called `name`.
    pub fn functions_with_parameter<'s>(
        &'s self,
        name: &'s str,
    ) -> impl Iterator<Item = &'static str> + 's {
        self.ordered
            .iter()
            .filter(move |(_, s)| s.positional.contains(&name))
            .map(|(f, _)| *f)
    }

    /// Whether calling `fqn` yields a value without attacker-chosen text (a number, a digest).
    pub fn is_clean_call(&self, fqn: &str) -> bool {
        let c = &self.conventions;
        c.clean_calls.iter().any(|f| f == fqn)
            || c.clean_call_prefixes
                .iter()
                .any(|p| fqn.starts_with(p.as_str()))
    }

    /// Every signature, in file order.
    pub fn signatures(&self) -> impl Iterator<Item = (&'static str, &Signature)> {
        self.ordered.iter().map(|(f, s)| (*f, s))
    }
}

/// The library knowledge embedded for Python. The files are checked by `cargo test`, so an error here is
/// a bug in the catalog, found before release.
pub fn python() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        let mut files: Vec<(&str, &str)> = PYTHON
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "yaml"))
            .map(|f| {
                let name = f.path().to_str().unwrap_or_default();
                (name, f.contents_utf8().unwrap_or_default())
            })
            .collect();
        files.sort();
        Library::parse(&files).unwrap_or_else(|e| panic!("built-in library data: {e}"))
    })
}

// The tables live for the whole run and are read on every call site: leaking them once gives `'static`
// slices the front end can hand out without copying.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn leak_list(names: &[String]) -> &'static [&'static str] {
    Box::leak(
        names
            .iter()
            .map(|n| leak(n.clone()))
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_files_load() {
        let lib = python();
        assert_eq!(
            lib.return_type("sqlite3.connect"),
            Some("sqlite3.Connection")
        );
        assert_eq!(
            lib.return_type("socket.socketpair"),
            Some("(socket.socket, socket.socket)")
        );
        assert_eq!(lib.parameters("os.chmod"), Some(&["path", "mode"][..]));
        // The anchor shared by subprocess helpers.
        assert_eq!(
            lib.parameters("subprocess.call").map(|p| p[8]),
            Some("shell")
        );
        assert!(lib
            .functions_with_parameter("shell")
            .any(|f| f == "subprocess.Popen"));
    }

    #[test]
    fn conventions_merge_across_files() {
        let lib = python();
        assert!(lib.is_clean_call("builtins.int"));
        assert!(lib.is_clean_call("hashlib.sha256"));
        assert!(!lib.is_clean_call("builtins.str"));
        let c = &lib.conventions;
        assert!(c.route_converters.iter().any(|r| r == "uuid"));
        assert!(c.dependency_calls.iter().any(|d| d == "Depends"));
        assert!(c.clean_methods.iter().any(|m| m == "startswith"));
        assert!(c.path_joins.iter().any(|p| p == "os.path.join"));
        assert!(c.converting_types.iter().any(|t| t == "int"));
        let two = Library::parse(&[
            ("a.yaml", "conventions:\n  clean_calls: [m.f]\n"),
            ("b.yaml", "conventions:\n  clean_calls: [m.g]\n"),
        ])
        .unwrap();
        assert!(two.is_clean_call("m.f") && two.is_clean_call("m.g"));
        let e = Library::parse(&[("c.yaml", "conventions:\n  clean_cals: [m.f]\n")]).unwrap_err();
        assert_eq!((e.path.as_str(), e.line), ("c.yaml", Some(2)));
    }

    #[test]
    fn keyword_only_parameters_follow_the_star() {
        let lib = Library::parse(&[(
            "a.yaml",
            "signatures:\n  requests.get: [url, params, \"*\", verify]\n",
        )])
        .unwrap();
        let s = lib.signature("requests.get").unwrap();
        assert_eq!(s.positional, ["url", "params"]);
        assert_eq!(s.keyword_only, ["verify"]);
        assert!(s.has("verify"));
        assert_eq!(lib.functions_with_parameter("verify").count(), 0);
    }

    #[test]
    fn bad_files_name_the_file_and_line() {
        let e = Library::parse(&[("x.yaml", "returns:\n  a.b: c\nsignature:\n  x: [y]\n")])
            .unwrap_err();
        assert_eq!((e.path.as_str(), e.line), ("x.yaml", Some(3)));
        let e = Library::parse(&[
            ("a.yaml", "returns:\n  m.f: m.T\n"),
            ("b.yaml", "returns:\n  m.f: m.U\n"),
        ])
        .unwrap_err();
        assert_eq!(e.path, "b.yaml");
        assert!(e.message.contains("also given in a.yaml"), "{e}");
    }
}
