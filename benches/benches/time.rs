//! Throughput of newsline-time: recognition plus normalisation over the
//! real French news of `../shared/corpus/` (documents are built outside the
//! timed loop, so the figure is the time layer's alone).
#![allow(missing_docs)]
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsline_doc::{Document, Metadata, PartialDate};
use newsline_time::{TimeConfig, TimeRecognizer};

fn bench(c: &mut Criterion) {
    let texts = newsline_benches::corpus_texts();
    if texts.is_empty() {
        eprintln!("time bench: corpus not found, skipped");
        return;
    }
    let anchor = PartialDate::ymd(2022, 3, 10);
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut meta = Metadata::new();
            if let Some(a) = anchor {
                meta = meta.date(a);
            }
            Document::builder(i.to_string(), t.as_str()).metadata(meta).build()
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let rec = TimeRecognizer::new(TimeConfig::new());
    let found: usize = docs.iter().map(|d| rec.recognize(d).len()).sum();
    eprintln!("time bench: {} documents, {bytes} bytes, {found} timexes", docs.len());
    let mut group = c.benchmark_group("time");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("recognize_corpus", |b| {
        b.iter(|| docs.iter().map(|d| rec.recognize(d).len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
