//! The rule language. `rule.py` files are read statically by [`dsl`] (never executed) into the JSON IR the
//! reference SDK prints; [`ir`] is its typed form for the engine; [`meta`] is `meta.yaml`.

pub mod dsl;
pub mod ir;
pub mod meta;
