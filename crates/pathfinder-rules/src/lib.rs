//! The rule language. `rule.py` files are read statically by [`dsl`] (never executed) into the JSON IR the
//! reference SDK prints; [`ir`] is its typed form for the engine; [`meta`] is `meta.yaml`; [`catalog`]
//! loads the built-in catalog and user rules; [`fixtures`] reads expectations annotated in test files.

pub mod catalog;
pub mod container;
pub mod doc;
pub mod dsl;
pub mod fixtures;
pub mod ir;
pub mod library;
pub mod meta;
pub mod query;

pub use catalog::{Rule, RuleBody, RuleLanguage};
pub use meta::RuleKind;
pub use query::{RuleQuery, RuleSet, Selection};
