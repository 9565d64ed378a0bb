//! Snapshots of every report format on one fixed report: any change to what users read shows as a diff
//! of the committed `.snap` file (review it with `cargo insta review`, or accept by re-running with
//! `INSTA_UPDATE=always`). With `CI=true`, insta never writes and a drift fails the test.

mod common;

use pathfinder_findings::report::{render, Format, RenderOptions};

const PLAIN: RenderOptions = RenderOptions {
    color: false,
    verbose: false,
};

#[test]
fn every_format_on_the_fixed_report() {
    let report = common::report();
    for format in Format::ALL {
        insta::assert_snapshot!(format.as_str(), render(format, &report, &PLAIN));
    }
}

#[test]
fn verbose_text_shows_the_flow_and_suppressed() {
    let opts = RenderOptions {
        color: false,
        verbose: true,
    };
    insta::assert_snapshot!(render(Format::Text, &common::report(), &opts));
}

#[test]
fn every_format_on_an_empty_report() {
    let report = common::empty_report();
    for format in Format::ALL {
        insta::assert_snapshot!(
            format!("empty_{}", format.as_str()),
            render(format, &report, &PLAIN)
        );
    }
}
