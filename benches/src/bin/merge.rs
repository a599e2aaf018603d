//! Times the timeline merge on synthetic mentions and reports peak memory.
//!
//! `cargo run --release -p newsline-benches --bin merge [DOCS] [PER_DOC]`
//! (default 10,000 documents of 10 mentions: 100,000 mentions). One
//! thread; the time of building the analyses is not counted. Run it at two
//! sizes to see memory grow linearly with mentions.

use std::time::Instant;

use newsline::timeline::TimelineBuilder;
use newsline_benches::{peak_rss_bytes, synthetic_analyses};

fn main() {
    let mut args = std::env::args().skip(1);
    let docs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let per_doc: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let analyses = synthetic_analyses(docs, per_doc);
    let before = peak_rss_bytes().unwrap_or(0);
    let builder = TimelineBuilder::new();
    let mut best = f64::MAX;
    let mut events = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let timeline = builder.build(&analyses);
        best = best.min(t.elapsed().as_secs_f64());
        events = timeline.events.len();
    }
    let after = peak_rss_bytes().unwrap_or(0);
    println!(
        "merge: {} mentions from {docs} documents -> {events} events in {best:.3} s (best of 3, one thread); \
         peak RSS {:.1} MiB ({:.1} MiB with the analyses alone)",
        docs * per_doc,
        after as f64 / 1048576.0,
        before as f64 / 1048576.0
    );
}
