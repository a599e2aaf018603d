//! Shared helpers for newsline's benchmarks: where the shared corpus is, and
//! how to load it.

use std::path::PathBuf;

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
