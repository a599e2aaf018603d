//! Draws a fixed random sample of event mentions per kind from a JSONL
//! corpus, for reading by hand (see `CORPUS.md`): each line shows the
//! kind, modality, participants and speaker, then the sentence with the
//! trigger in `[[...]]`.
//!
//! `cargo run --release -p newsline-events --example corpus_sample -- ../shared/corpus/orangesum_fr_10mb.jsonl 2 15`
//!
//! The arguments are the corpus, a seed and the number of mentions per
//! kind. The same seed always draws the same sample.

use std::collections::BTreeMap;

use newsline_doc::read_path;
use newsline_events::{EventExtractor, EventKind};
use newsline_gazetteer::Gazetteer;
use newsline_time::TimeRecognizer;

/// xorshift64*: enough for a reproducible sample, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// One line of the sample.
struct Row {
    doc: String,
    start: usize,
    end: usize,
    head: String,
    sentence: String,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(path), seed, per) = (
        args.next(),
        args.next().and_then(|s| s.parse::<u64>().ok()).unwrap_or(1),
        args.next().and_then(|s| s.parse::<usize>().ok()).unwrap_or(15),
    ) else {
        eprintln!("usage: corpus_sample CORPUS.jsonl [SEED] [PER_KIND]");
        return;
    };
    let time = TimeRecognizer::default();
    let extractor = EventExtractor::default();
    let mut by_kind: BTreeMap<&'static str, Vec<Row>> = BTreeMap::new();
    for doc in read_path(&path) {
        let Ok(doc) = doc else { continue };
        let entities = Gazetteer::embedded().match_document(&doc);
        let timexes = time.recognize(&doc);
        let name = |id: &str| entities.entity(id).map_or(id.to_string(), |e| e.name.clone());
        for e in extractor.extract(&doc, &entities, &timexes) {
            let who: Vec<String> = e
                .participants
                .iter()
                .map(|p| format!("{}/{:?}", name(&p.entity), p.role))
                .collect();
            let head = format!(
                "{:?} | [{}] | by={} | date={}",
                e.modality,
                who.join(", "),
                e.attributed_to.as_deref().map(name).unwrap_or_default(),
                e.date.as_ref().map(|d| d.value.as_str()).unwrap_or("-"),
            );
            let s = doc.text().get(e.sentence.start..e.sentence.end).unwrap_or("");
            let (a, b) = (e.trigger.start - e.sentence.start, e.trigger.end - e.sentence.start);
            let sentence = match (s.get(..a), s.get(a..b), s.get(b..)) {
                (Some(x), Some(y), Some(z)) => format!("{x}[[{y}]]{z}").replace('\n', " "),
                _ => s.to_string(),
            };
            by_kind.entry(e.kind.as_str()).or_default().push(Row {
                doc: doc.id().to_string(),
                start: e.trigger.start,
                end: e.trigger.end,
                head,
                sentence,
            });
        }
    }
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    for kind in EventKind::ALL.iter().map(EventKind::as_str) {
        let Some(rows) = by_kind.get_mut(kind) else { continue };
        // A partial Fisher-Yates shuffle draws `per` rows.
        let n = rows.len();
        let take = per.min(n);
        for i in 0..take {
            let j = i + (rng.next() % (n - i) as u64) as usize;
            rows.swap(i, j);
        }
        let mut drawn: Vec<&Row> = rows[..take].iter().collect();
        drawn.sort_by(|a, b| (&a.doc, a.start).cmp(&(&b.doc, b.start)));
        println!("######## {kind} ({n} in the corpus, {take} drawn)");
        for (i, r) in drawn.iter().enumerate() {
            println!("{}-{i:02} {} {}..{} | {}", &kind[..4], r.doc, r.start, r.end, r.head);
            println!("    {}", r.sentence);
        }
    }
}
