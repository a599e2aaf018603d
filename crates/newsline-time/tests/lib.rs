//! Integration tests, one module per topic.

use newsline_doc::PartialDate;
use newsline_time::{TimeRecognizer, Timex};

// Constructions, French, with expected values worked out by hand.
mod french;
// Constructions, English.
mod english;
// The public API: re-resolution, serde contract, strategies, anchors.
mod api;
// Properties: no panic, ordered intervals, spans on char boundaries.
mod props;
// Value accuracy and recall on the gold timexes of the five seed articles.
mod seeds;
// Other projects' French suites (Duckling, rustling, Recognizers-Text).
mod peers;

/// Thursday 10 March 2022, the day of the Antalya talks.
fn thursday() -> Option<PartialDate> {
    PartialDate::ymd(2022, 3, 10)
}

fn find(text: &str, anchor: Option<PartialDate>) -> Vec<Timex> {
    TimeRecognizer::default().recognize_str(text, anchor)
}

/// Checks that `text`, resolved against `anchor`, holds exactly the
/// expressions `expected` as (extent, value) pairs, in order.
#[track_caller]
fn check(text: &str, anchor: Option<PartialDate>, expected: &[(&str, &str)]) {
    let found = find(text, anchor);
    let got: Vec<(&str, &str)> =
        found.iter().map(|t| (t.text(), t.value().unwrap_or("null"))).collect();
    assert_eq!(got, expected, "in {text:?}");
}
