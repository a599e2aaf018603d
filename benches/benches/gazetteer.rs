//! Throughput of newsline-gazetteer on the 10 MB French corpus in
//! `../shared/corpus/` (skipped when absent): matching documents that are
//! already read (`gazetteer/match_corpus`, the matcher's own cost), reading
//! plus matching (`gazetteer/read_and_match_corpus`), and the time to build
//! the embedded gazetteer from its data (`gazetteer/build_embedded`, what
//! the first call to `Gazetteer::embedded()` costs).
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsline_benches::corpus_texts;
use newsline_doc::Document;
use newsline_gazetteer::{Gazetteer, GazetteerConfig};

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("gazetteer");
    group.sample_size(20);
    group.bench_function("build_embedded", |b| {
        b.iter(|| Gazetteer::new(GazetteerConfig::new()).map(|g| g.pattern_count()).unwrap_or(0))
    });
    group.finish();
    if let Ok(g) = Gazetteer::new(GazetteerConfig::new()) {
        eprintln!(
            "gazetteer: {} entities, {} folded forms, ~{:.1} MB of heap",
            g.entities().len(),
            g.pattern_count(),
            g.memory_usage() as f64 / 1e6
        );
    }
}

fn corpus(c: &mut Criterion) {
    let texts = corpus_texts();
    if texts.is_empty() {
        eprintln!("gazetteer/corpus skipped: ../shared/corpus not found");
        return;
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::builder(i.to_string(), t.as_str()).build())
        .collect();
    let gaz = Gazetteer::embedded();
    let mut group = c.benchmark_group("gazetteer");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("match_corpus", |b| {
        b.iter(|| docs.iter().map(|d| gaz.match_document(d).mentions().len()).sum::<usize>())
    });
    group.bench_function("read_and_match_corpus", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| {
                    gaz.match_document(&Document::builder("x", t.as_str()).build()).mentions().len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, build, corpus);
criterion_main!(benches);
