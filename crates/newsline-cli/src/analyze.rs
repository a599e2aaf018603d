//! `newsline extract` and `newsline entities`: the pipeline over many
//! documents, in parallel chunks, output in input order.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};

use anyhow::Context;
use newsline::doc::Document;
use newsline::gazetteer::{Gazetteer, GazetteerConfig};
use newsline::{Analysis, Pipeline};
use serde::Serialize;

use crate::{open_inputs, EntitiesFormat, ExtractFormat, InputArgs, PipelineArgs, Summary};

/// How many documents are read before a parallel pass: enough to keep the
/// cores busy, few enough that standard input streams in bounded memory.
const CHUNK: usize = 256;

pub(crate) fn build_pipeline(args: &PipelineArgs) -> anyhow::Result<Pipeline> {
    let mut builder = Pipeline::builder();
    if !args.gazetteer.is_empty() {
        let mut g = Gazetteer::builder(GazetteerConfig::default());
        for path in &args.gazetteer {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read gazetteer {}", path.display()))?;
            let name = path.display().to_string();
            let json = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
            g = if json { g.add_json(&name, &text) } else { g.add_tsv(&name, &text) }
                .with_context(|| format!("bad gazetteer {name}"))?;
        }
        builder = builder.gazetteer(g.build().context("cannot build the gazetteer")?);
    }
    if let Some(lang) = args.lang {
        builder = builder.language(lang);
    }
    Ok(builder.build())
}

fn thread_pool(args: &PipelineArgs) -> anyhow::Result<rayon::ThreadPool> {
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.jobs {
        pool = pool.num_threads(n.max(1));
    }
    pool.build().context("cannot start worker threads")
}

/// Runs the pipeline over every input document, handing each analysis (in
/// input order) to `f`.
pub(crate) fn run(
    input: &InputArgs,
    pipeline: &Pipeline,
    args: &PipelineArgs,
    mut f: impl FnMut(&Document, &Analysis) -> anyhow::Result<()>,
) -> anyhow::Result<Summary> {
    let pool = thread_pool(args)?;
    let progress = (!input.quiet && io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {pos} documents, {msg} [{elapsed_precise}]",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    });
    let mut summary = Summary::default();
    let mut bytes = 0usize;
    let mut reader = open_inputs(input);
    loop {
        let mut chunk: Vec<Document> = Vec::with_capacity(CHUNK);
        for result in reader.by_ref() {
            match result {
                Ok(d) => {
                    chunk.push(input.dated(d));
                    if chunk.len() == CHUNK {
                        break;
                    }
                }
                Err(err) => {
                    if let Some(bar) = &progress {
                        bar.suspend(|| ());
                    }
                    if summary.note_error(&err, input) {
                        break;
                    }
                }
            }
        }
        if chunk.is_empty() {
            break;
        }
        let analyses = pool.install(|| pipeline.analyze_all(&chunk));
        for (d, a) in chunk.iter().zip(&analyses) {
            f(d, a)?;
            summary.ok += 1;
            bytes += d.text().len();
        }
        if let Some(bar) = &progress {
            bar.set_position(summary.ok as u64);
            bar.set_message(format!("{:.1} MB", bytes as f64 / 1e6));
        }
        if summary.stopped {
            break;
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    summary.report(input);
    Ok(summary)
}

pub(crate) fn extract(
    input: &InputArgs,
    args: &PipelineArgs,
    format: ExtractFormat,
    out: &mut dyn Write,
) -> anyhow::Result<Summary> {
    let pipeline = build_pipeline(args)?;
    run(input, &pipeline, args, |doc, analysis| {
        match format {
            ExtractFormat::Jsonl => {
                serde_json::to_writer(&mut *out, analysis)?;
                writeln!(out)?;
            }
            ExtractFormat::Text => write_text(out, doc, analysis)?,
        }
        Ok(())
    })
}

fn write_text(out: &mut dyn Write, doc: &Document, a: &Analysis) -> anyhow::Result<()> {
    let name = |id: &str| {
        a.entities.iter().find(|e| e.id == id).map_or_else(|| id.to_string(), |e| e.name.clone())
    };
    let date = a.date.as_ref().map_or("undated", |d| d.value.as_str());
    writeln!(
        out,
        "# {} ({date}, {} entities, {} time expressions, {} events)",
        a.id,
        a.entities.len(),
        a.timexes.len(),
        a.events.len()
    )?;
    for e in &a.events {
        let when = e.date.as_ref().map_or("-", |d| d.value.as_str());
        let who: Vec<String> = e.participants.iter().map(|p| name(&p.entity)).collect();
        let place = e.location.as_deref().map(|l| format!(" @ {}", name(l))).unwrap_or_default();
        let by =
            e.attributed_to.as_deref().map(|s| format!(" (per {})", name(s))).unwrap_or_default();
        let modality = serde_json::to_value(e.modality)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        writeln!(
            out,
            "  {when:<10} {:<12} {modality:<12} {:?} [{}]{place}{by}",
            e.kind.as_str(),
            e.trigger.text,
            who.join(", ")
        )?;
    }
    let _ = doc;
    writeln!(out)?;
    Ok(())
}

#[derive(Serialize)]
struct EntityCount {
    id: String,
    kind: String,
    name: String,
    mentions: usize,
    documents: usize,
    aliases: Vec<String>,
}

pub(crate) fn entities(
    input: &InputArgs,
    args: &PipelineArgs,
    format: EntitiesFormat,
    out: &mut dyn Write,
) -> anyhow::Result<Summary> {
    let mut counts: BTreeMap<String, EntityCount> = BTreeMap::new();
    let pipeline = build_pipeline(args)?;
    let summary = run(input, &pipeline, args, |_, a| {
        for e in &a.entities {
            let c = counts.entry(e.id.clone()).or_insert_with(|| EntityCount {
                id: e.id.clone(),
                kind: e.kind.as_str().to_string(),
                name: e.name.clone(),
                mentions: 0,
                documents: 0,
                aliases: Vec::new(),
            });
            c.mentions += e.mentions.len();
            c.documents += 1;
            for m in &e.mentions {
                if !c.aliases.contains(&m.text) {
                    c.aliases.push(m.text.clone());
                }
            }
        }
        Ok(())
    })?;
    let mut sorted: Vec<EntityCount> = counts.into_values().collect();
    // Most mentioned first; ties by id, so the order never depends on input
    // order.
    sorted.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.id.cmp(&b.id)));
    for c in &mut sorted {
        c.aliases.sort();
    }
    match format {
        EntitiesFormat::Text => {
            writeln!(out, "{:>8} {:>6}  {:<40} {:<13} name", "mentions", "docs", "id", "kind")?;
            for c in &sorted {
                writeln!(
                    out,
                    "{:>8} {:>6}  {:<40} {:<13} {}",
                    c.mentions, c.documents, c.id, c.kind, c.name
                )?;
            }
        }
        EntitiesFormat::Jsonl => {
            for c in &sorted {
                serde_json::to_writer(&mut *out, c)?;
                writeln!(out)?;
            }
        }
    }
    Ok(summary)
}
