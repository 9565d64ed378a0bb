//! HTML helpers: escaping, and Markdown from `meta.yaml` rendered without letting it inject markup.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag};

/// Escapes text for element content and double-quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Only web links, mail links and in-site relative links are kept; `javascript:` and other schemes in a
/// team's own `meta.yaml` must not become clickable.
pub fn safe_url(url: &str) -> bool {
    let u = url.trim().to_ascii_lowercase();
    if u.starts_with("http://") || u.starts_with("https://") || u.starts_with("mailto:") {
        return true;
    }
    // Relative: no scheme before the first `/`, `?` or `#`.
    let head = u.split(['/', '?', '#']).next().unwrap_or("");
    !head.contains(':')
}

/// Renders Markdown (CommonMark + tables) to HTML. Raw HTML in the source is shown as text.
pub fn markdown(src: &str) -> String {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    let events = Parser::new_ext(src, opts).map(|e| match e {
        Event::Html(t) | Event::InlineHtml(t) => Event::Text(t),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) if !safe_url(&dest_url) => Event::Start(Tag::Link {
            link_type,
            dest_url: CowStr::Borrowed("#"),
            title,
            id,
        }),
        Event::Start(Tag::Image { .. }) | Event::End(pulldown_cmark::TagEnd::Image) => {
            // No remote images: the site works offline and leaks nothing about its readers.
            Event::Text(CowStr::Borrowed(""))
        }
        other => other,
    });
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events);
    out
}

/// Markdown for one line of inline text (no surrounding `<p>`).
pub fn markdown_inline(src: &str) -> String {
    let html = markdown(src.trim());
    let t = html.trim();
    match t.strip_prefix("<p>").and_then(|r| r.strip_suffix("</p>")) {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => html,
    }
}

/// JSON inside `<script type="application/json">`: `<` is escaped so no `</script>` can close it early.
pub fn script_json(v: &serde_json::Value) -> String {
    serde_json::to_string(v)
        .unwrap_or_else(|_| "null".into())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_and_bad_links_are_neutralised() {
        let html =
            markdown("hi <script>alert(1)</script> [x](javascript:alert(1)) ![i](https://e/x.png)");
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("<img"), "{html}");
    }

    #[test]
    fn tables_and_code_render() {
        let html = markdown("| a | b |\n|---|---|\n| `x` | **y** |\n");
        assert!(
            html.contains("<table>") && html.contains("<code>x</code>"),
            "{html}"
        );
        assert_eq!(markdown_inline("use `bind`"), "use <code>bind</code>");
    }

    #[test]
    fn urls() {
        assert!(safe_url("https://cwe.mitre.org/x"));
        assert!(safe_url("../lang/X.html"));
        assert!(!safe_url("javascript:alert(1)"));
        assert!(!safe_url(" JavaScript:alert(1)"));
        assert!(!safe_url("data:text/html,x"));
        assert_eq!(
            script_json(&serde_json::json!({"a": "</script>"})),
            r#"{"a":"\u003c/script\u003e"}"#
        );
    }
}
