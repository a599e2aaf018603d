//! Throughput of the whole per-document pipeline (document, gazetteer,
//! time, events) on the 10 MB French corpus, on one thread.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsline::doc::read_record;
use newsline::Pipeline;
use newsline_benches::corpus_lines;

fn pipeline(c: &mut Criterion) {
    let lines = corpus_lines();
    if lines.is_empty() {
        eprintln!("pipeline/corpus skipped: ../shared/corpus not found");
        return;
    }
    let pipeline = Pipeline::default();
    let bytes: usize = lines.iter().map(String::len).sum();
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            let mut n = 0;
            for line in &lines {
                if let Ok(doc) = read_record(line, "x", "corpus.jsonl") {
                    n += pipeline.analyze(&doc).events.len();
                }
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
