//! The `newsline.timeline/1` JSON contract, as the model's serde derives
//! shape it.

use std::io::Write;

use crate::model::Timeline;

/// Writes `timeline` as pretty-printed JSON and a trailing newline.
///
/// The shape is the model's: reshaping it here would fork the contract.
pub(crate) fn write(timeline: &Timeline, out: &mut dyn Write) -> crate::Result<()> {
    serde_json::to_writer_pretty(&mut *out, timeline)?;
    out.write_all(b"\n")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::render::{fixture, Format};
    use crate::Timeline;

    #[test]
    fn round_trips_the_contract() {
        let timeline = fixture::timeline();
        let json = timeline.render(Format::Json).expect("renders");
        assert!(json.ends_with("}\n"));
        assert!(json.starts_with("{\n  \"schema\": \"newsline.timeline/1\","));
        let back: Timeline = serde_json::from_str(&json).expect("parses back");
        assert_eq!(back, timeline);
    }
}
