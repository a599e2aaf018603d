//! Prints the time expressions of text files, or of JSONL records
//! (`{"id","date","text"}`) read from standard input, one per line.
//!
//! ```text
//! cargo run -p newsline-time --example timexes -- seeds/001_c9d236ec550ff166.txt
//! head -100 corpus.jsonl | cargo run -p newsline-time --example timexes
//! ```

use std::io::BufRead;

use newsline_doc::read_text;
use newsline_time::TimeRecognizer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rec = TimeRecognizer::default();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        for line in std::io::stdin().lock().lines() {
            let line = line?;
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
            let text = v["text"].as_str().unwrap_or("");
            let id = v["id"].as_str().unwrap_or("");
            let date = v["date"].as_str().and_then(|d| d.get(..10)).and_then(|d| d.parse().ok());
            for t in rec.recognize_str(text, date) {
                println!("{id}\t{}", serde_json::to_string(&t)?);
            }
        }
        return Ok(());
    }
    for path in args {
        let text = std::fs::read_to_string(&path)?;
        let doc = read_text(&path, &text, &path)?;
        for t in rec.recognize(&doc) {
            println!("{}", serde_json::to_string(&t)?);
        }
    }
    Ok(())
}
