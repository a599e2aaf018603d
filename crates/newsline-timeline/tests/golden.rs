//! Golden files: the seeds' timeline in every format, compared byte for
//! byte with `tests/golden/seeds.*`. After a deliberate change, regenerate
//! with `NEWSLINE_UPDATE_GOLDEN=1 cargo test -p newsline-timeline --test
//! golden` and read the diff before committing it.

use std::path::PathBuf;

mod common;

use newsline_timeline::render::Format;
use newsline_timeline::TimelineBuilder;

fn seeds_timeline() -> newsline_timeline::Timeline {
    TimelineBuilder::new().build(&common::seed_analyses())
}

#[test]
fn every_format_matches_its_golden_file() {
    let timeline = seeds_timeline();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var_os("NEWSLINE_UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for format in Format::ALL {
        let path = dir.join(format!("seeds.{}.{}", format.name(), format.extension()));
        let got = timeline.render(format).expect("renders");
        if update {
            std::fs::create_dir_all(&dir).expect("golden dir");
            std::fs::write(&path, &got).expect("golden file written");
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if got != want {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "output differs from {stale:?}; regenerate with NEWSLINE_UPDATE_GOLDEN=1 and read the diff"
    );
}

#[test]
fn the_seed_timeline_keeps_its_shape() {
    // Facts of the seed timeline that hold whatever the golden files say.
    let t = seeds_timeline();
    assert_eq!(t.schema, "newsline.timeline/1");
    assert_eq!(t.documents.len(), 5);
    let antalya = t
        .events
        .iter()
        .find(|e| e.kind.as_str() == "meeting" && e.location.as_deref() == Some("geonames:323777"))
        .expect("the Antalya meeting");
    assert_eq!(antalya.date.as_ref().map(|d| d.value.as_str()), Some("2022-03-10"));
    assert!(antalya.involves("person:sergey-lavrov") && antalya.involves("person:dmytro-kuleba"));
    let geneva = t
        .events
        .iter()
        .find(|e| e.kind.as_str() == "meeting" && e.involves("person:antony-blinken"))
        .expect("the Geneva meeting");
    assert!(
        geneva.mentions.len() >= 3,
        "the Geneva meeting's mentions merged: {}",
        geneva.mentions.len()
    );
    assert!(
        geneva.mentions.iter().skip(1).all(|m| m.merged.is_some()),
        "every later mention says why it merged"
    );
}
