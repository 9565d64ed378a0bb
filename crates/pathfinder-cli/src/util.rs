//! Small shared helpers: stderr messages, timestamps.

use pathfinder_findings::report::escape_untrusted;
use pathfinder_rules::catalog::LoadError;
use pathfinder_rules::Rule;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

/// Messages name files and quote rule text: both are untrusted, so they are escaped (one message, one line).
pub fn error(message: impl std::fmt::Display) {
    eprintln!("error: {}", escape_untrusted(&message.to_string()));
}

pub fn warn(message: impl std::fmt::Display) {
    eprintln!("warning: {}", escape_untrusted(&message.to_string()));
}

/// An informational stderr line (`--verbose`), escaped like warnings.
pub fn note(message: impl std::fmt::Display) {
    eprintln!("{}", escape_untrusted(&message.to_string()));
}

/// The built-in catalog, for every command: the one place that says how it is read (as compiled at build
/// time, so start-up interprets no rule file).
pub fn builtin_rules() -> Result<Vec<Arc<Rule>>, LoadError> {
    pathfinder_engine::builtin::rules()
}

/// RFC 3339 UTC timestamp without pulling in a date library for one line.
pub fn rfc3339(t: SystemTime) -> String {
    let secs = t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn timestamps() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        assert_eq!(
            rfc3339(UNIX_EPOCH + Duration::from_secs(1_795_000_000)),
            "2026-11-18T11:06:40Z"
        );
        assert_eq!(
            rfc3339(UNIX_EPOCH + Duration::from_secs(951_782_400)),
            "2000-02-29T00:00:00Z"
        );
    }
}
