//! Throughput of newsline-gazetteer (to be written with the gazetteer layer).
#![allow(missing_docs)]
use criterion::{criterion_group, criterion_main, Criterion};
fn bench(_c: &mut Criterion) {}
criterion_group!(benches, bench);
criterion_main!(benches);
