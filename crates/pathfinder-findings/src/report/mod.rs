//! Reporters: render a [`ScanReport`](crate::ScanReport) as text, JSON, SARIF 2.1.0 or CSV.
