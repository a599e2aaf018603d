//! Links the entities of text files (or of the JSONL corpus) and prints
//! them: `cargo run --release --example link -- FILE...`, or
//! `--corpus PATH N` to print the mentions of the first N corpus records.
use std::time::Instant;

use newsline_doc::{read_record, read_text};
use newsline_gazetteer::Gazetteer;

/// User plus system CPU time of this process, from /proc (Linux only; 0
/// elsewhere), so that throughput per core can be told on a busy machine.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th fields of the line, in clock ticks (100 per second).
    let Some(rest) = stat.rsplit(')').next() else { return 0.0 };
    let f: Vec<&str> = rest.split_whitespace().collect();
    let tick = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (tick(11) + tick(12)) / 100.0
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let t = Instant::now();
    let gaz = Gazetteer::embedded();
    eprintln!(
        "built in {:?}: {} entities, {} forms, ~{} MB",
        t.elapsed(),
        gaz.entities().len(),
        gaz.pattern_count(),
        gaz.memory_usage() / 1_000_000
    );
    if args.first().map(String::as_str) == Some("--time") {
        // A quick timing without criterion: builds, then matches the corpus
        // (documents read beforehand) a few times.
        let path = args.get(1).ok_or("--time CORPUS")?;
        for _ in 0..5 {
            let t = Instant::now();
            let g = Gazetteer::new(newsline_gazetteer::GazetteerConfig::new())?;
            eprintln!("build {:?} ({} forms)", t.elapsed(), g.pattern_count());
        }
        let data = std::fs::read_to_string(path)?;
        let docs: Vec<_> = data
            .lines()
            .enumerate()
            .filter_map(|(i, l)| read_record(l, &i.to_string(), path).ok())
            .collect();
        let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
        let rounds: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(5);
        for _ in 0..rounds {
            let t = Instant::now();
            let cpu = cpu_seconds();
            let n: usize = docs.iter().map(|d| gaz.match_document(d).mentions().len()).sum();
            let s = t.elapsed().as_secs_f64();
            let c = cpu_seconds() - cpu;
            eprintln!(
                "matched {n} mentions in {:.1} MB: {s:.3} s wall ({:.1} MB/s), {c:.2} s CPU ({:.1} MB/s per core)",
                bytes as f64 / 1e6,
                bytes as f64 / 1e6 / s,
                bytes as f64 / 1e6 / c.max(0.01)
            );
        }
        return Ok(());
    }
    if args.first().map(String::as_str) == Some("--corpus") {
        let path = args.get(1).ok_or("--corpus PATH N")?;
        let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(usize::MAX);
        let data = std::fs::read_to_string(path)?;
        for (i, line) in data.lines().take(n).enumerate() {
            let doc = read_record(line, &i.to_string(), path)?;
            let found = gaz.match_document(&doc);
            let text = doc.text();
            for m in found.mentions() {
                // A window of context around the mention, on char boundaries.
                let mut a = m.span.start().saturating_sub(50);
                while !text.is_char_boundary(a) {
                    a -= 1;
                }
                let mut b = (m.span.end() + 30).min(text.len());
                while !text.is_char_boundary(b) {
                    b += 1;
                }
                let ctx =
                    format!("{}[{}]{}", &text[a..m.span.start()], m.text, &text[m.span.end()..b])
                        .replace('\n', " ");
                println!(
                    "{}\t{}\t{}\t{:?}\t{}\t{}",
                    doc.id(),
                    m.text.replace('\n', " "),
                    m.entity,
                    m.how,
                    m.stands_for.as_deref().unwrap_or(""),
                    ctx
                );
            }
        }
        return Ok(());
    }
    for path in &args {
        let text = std::fs::read_to_string(path)?;
        let doc = read_text(path, &text, path)?;
        let found = gaz.match_document(&doc);
        println!("== {path} (date {:?})", doc.date());
        for e in found.entities() {
            println!("  {:<32} {:<12} {:<28} {:?}", e.id, e.kind.as_str(), e.name, e.aliases);
        }
        for m in found.mentions() {
            println!(
                "    {:>5} {:<40} {:<30} {:?} {}",
                m.span.start(),
                m.text.replace('\n', " "),
                m.entity,
                m.how,
                m.stands_for.as_deref().unwrap_or("")
            );
        }
    }
    Ok(())
}
