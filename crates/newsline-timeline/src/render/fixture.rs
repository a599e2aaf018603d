//! The small timeline the renderers' unit tests draw.

use crate::model::Timeline;

/// Four events: a disputed month-long attack, a one-day meeting, a
/// week-long statement by an entity the timeline does not list, and an
/// undated humanitarian event; evidence with commas, quotes, newlines and
/// markup.
///
/// It is the integration tests' file, so both kinds of test read one model.
pub(crate) fn timeline() -> Timeline {
    serde_json::from_str(include_str!("../../tests/data/small_timeline.json"))
        .expect("tests/data/small_timeline.json is a valid newsline.timeline/1 document")
}
