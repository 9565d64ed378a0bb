//! Findings and everything that consumes them without knowing how they were produced.
//!
//! A [`Finding`] is the one currency between the engine and every consumer (reporters, CI, playground).
//! A [`ScanReport`] bundles the findings of one run with the metadata reporters need.

pub mod baseline;
pub mod finish;
pub mod model;
mod problem;
pub mod report;
pub mod summary;
pub mod suppress;
pub mod weakness;

pub use model::*;
pub use problem::Problem;
