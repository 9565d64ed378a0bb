//! The rule registry: a static, offline site (one HTML page and one Markdown twin per rule, an index with
//! search and filters) generated from the rule catalog, and the playground server that serves the same site
//! with a live `POST /api/analyze` backed by the real engine.
//!
//! Everything a page shows comes from the rule directory (`rule.py`, `meta.yaml`, fixtures). The site's
//! front-end code is bundled ahead of time (`web/build.sh`) and embedded, so no page loads anything from the
//! network and building or serving the site needs no Node.js.

pub mod assets;
mod html;
pub mod page;
pub mod server;
pub mod site;

pub use server::{serve, Limits, PlaygroundConfig};
pub use site::{build_site, Site};
