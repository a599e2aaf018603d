//! Throughput of newsline-doc: reading a JSON record, the folded view,
//! paragraphs, sentences, tokens and quotes, on the seeds and on the 10 MB
//! French corpus in `../shared/corpus/` (skipped when absent).
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsline_benches::{corpus_lines, seed_texts};
use newsline_doc::{read_record, read_text};

fn seeds(c: &mut Criterion) {
    let seeds = seed_texts();
    let bytes: usize = seeds.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("doc");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("seeds", |b| {
        b.iter(|| {
            let mut n = 0;
            for (name, text) in &seeds {
                if let Ok(doc) = read_text(name, text, name) {
                    n += doc.tokens().len();
                }
            }
            n
        })
    });
    group.finish();
}

fn corpus(c: &mut Criterion) {
    let lines = corpus_lines();
    if lines.is_empty() {
        eprintln!("doc/corpus skipped: ../shared/corpus not found");
        return;
    }
    let bytes: usize = lines.iter().map(String::len).sum();
    let mut group = c.benchmark_group("doc");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            let mut n = 0;
            for line in &lines {
                if let Ok(doc) = read_record(line, "x", "corpus.jsonl") {
                    n += doc.tokens().len();
                }
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, seeds, corpus);
criterion_main!(benches);
