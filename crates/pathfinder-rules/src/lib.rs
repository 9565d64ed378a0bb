//! The rule language. `rule.py` files are read statically by [`dsl`] (never executed) into the JSON IR the
//! reference SDK prints; [`ir`] is its typed form for the engine; [`meta`] is `meta.yaml`; [`catalog`]
//! loads the built-in catalog and user rules; [`fixtures`] reads expectations annotated in test files.

pub mod catalog;
pub mod doc;
pub mod dsl;
pub mod fixtures;
pub mod ir;
pub mod meta;

pub use catalog::{Rule, RuleBody, RuleLanguage};
pub use meta::RuleKind;
