//! Shared helpers for newsline's benchmarks: where the shared corpus is, and
//! how to load it.

use std::path::PathBuf;

// The allocator the `newsline` binary uses (see its `main.rs`), for every
// bench binary, which all link this crate: they measure what the command
// runs. glibc's malloc cost the pipeline about a fifth of its speed.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The 10 MB French news corpus in `../shared/corpus/`, if this checkout
/// has it beside it.
pub fn corpus_path() -> Option<PathBuf> {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let path = here.join("../../shared/corpus/orangesum_fr_10mb.jsonl");
    path.exists().then_some(path)
}

/// The raw JSONL lines of the corpus, or an empty list without the corpus.
pub fn corpus_lines() -> Vec<String> {
    let Some(path) = corpus_path() else { return Vec::new() };
    let Ok(data) = std::fs::read_to_string(path) else { return Vec::new() };
    data.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect()
}

/// Peak resident memory of this process so far, in bytes (Linux only;
/// `None` elsewhere).
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// The texts of the corpus records, or an empty list without the corpus.
pub fn corpus_texts() -> Vec<String> {
    let Some(path) = corpus_path() else { return Vec::new() };
    let Ok(data) = std::fs::read_to_string(path) else { return Vec::new() };
    data.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect()
}

/// The texts of the five sample articles in `seeds/`.
pub fn seed_texts() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                out.push((e.file_name().to_string_lossy().into_owned(), t));
            }
        }
    }
    out.sort();
    out
}

/// Synthetic analyses for the timeline benchmarks: `docs` documents of
/// `per_doc` event mentions each, dated between 2022-01 and 2023-12, drawn
/// deterministically (a fixed linear congruential sequence) from 8 kinds,
/// 40 entities and 30 places, so that many mentions corefer.
pub fn synthetic_analyses(docs: usize, per_doc: usize) -> Vec<newsline::Analysis> {
    const KINDS: [&str; 8] =
        ["meeting", "call", "statement", "attack", "withdrawal", "demand", "sanction", "proposal"];
    const MODALITIES: [&str; 5] = ["asserted", "asserted", "reported", "negated", "planned"];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |n: u64| {
        state =
            state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % n
    };
    let start = chrono_free_day(2022, 1, 1);
    (0..docs)
        .map(|d| {
            let id = format!("doc{d:06}");
            let doc_day = start + next(730) as i64;
            let events: Vec<serde_json::Value> = (0..per_doc)
                .map(|n| {
                    let day = doc_day - next(10) as i64;
                    let date = (next(3) > 0).then(|| {
                        let v = day_string(day);
                        serde_json::json!({"value": v, "earliest": v, "latest": v, "source": "timex"})
                    });
                    let a = format!("iso:X{}", next(40));
                    let b = format!("iso:X{}", next(40));
                    let place = (next(2) == 0).then(|| format!("geonames:{}", 1000 + next(30)));
                    serde_json::json!({
                        "id": format!("{id}#{n}"),
                        "kind": KINDS[next(8) as usize],
                        "trigger": {"start": 0, "end": 5, "text": "words"},
                        "sentence": {"start": 0, "end": 5, "text": "words"},
                        "participants": [{"entity": a, "role": "actor"}, {"entity": b, "role": "target"}],
                        "location": place,
                        "date": date,
                        "modality": MODALITIES[next(5) as usize],
                        "attributed_to": null, "quote": null, "confidence": 0.5
                    })
                })
                .collect();
            let v = day_string(doc_day);
            serde_json::from_value(serde_json::json!({
                "schema": "newsline.doc/1", "id": id, "language": "fr",
                "date": {"value": v, "earliest": v, "latest": v, "source": "header"},
                "entities": [], "timexes": [], "events": events
            }))
            .unwrap_or_else(|e| panic!("synthetic analysis {d} is invalid: {e}"))
        })
        .collect()
}

/// Days since 0000-03-01 (a civil-from-days scheme), so the generator
/// needs no date crate of its own.
fn chrono_free_day(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy
}

fn day_string(days: i64) -> String {
    let era = days.div_euclid(146_097);
    let doe = days - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}
