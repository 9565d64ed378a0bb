//! The site's static assets, embedded so `cargo install` needs no Node.js. `index.js` and `rule.js` are
//! built from `web/src` by `web/build.sh`; `bundle.sha256` records the inputs they were built from, and a
//! test fails when the committed bundle is older than its sources.

pub const SITE_CSS: &str = include_str!("../assets/site.css");
pub const INDEX_JS: &str = include_str!("../assets/index.js");
pub const RULE_JS: &str = include_str!("../assets/rule.js");
/// SHA-256 of the web sources the bundle was built from (see `web/build.sh`).
pub const BUNDLE_SHA256: &str = include_str!("../assets/bundle.sha256");

/// `(file name, bytes)` of every asset, served under `assets/`.
pub fn files() -> [(&'static str, &'static [u8]); 3] {
    [
        ("site.css", SITE_CSS.as_bytes()),
        ("index.js", INDEX_JS.as_bytes()),
        ("rule.js", RULE_JS.as_bytes()),
    ]
}

/// Content type by file extension, for the playground server.
pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "md" => "text/markdown; charset=utf-8",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    }
}
