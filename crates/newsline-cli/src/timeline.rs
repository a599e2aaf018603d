//! `newsline timeline`: the pipeline over every document, then one merged,
//! dated, ordered timeline, filtered and rendered.

use std::io::Write;

use anyhow::Context;
use newsline::events::{EventKind, Modality};
use newsline::timeline::render::Format;
use newsline::timeline::{Filter, TimelineConfig};
use newsline::Analysis;

use crate::analyze::{build_pipeline, run};
use crate::{InputArgs, PipelineArgs, Summary, TimelineArgs};

pub(crate) fn timeline(
    input: &InputArgs,
    pipeline_args: &PipelineArgs,
    args: &TimelineArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Summary> {
    let format: Format = args.format.parse().map_err(|e| anyhow::anyhow!("{e}"))?;
    let pipeline = build_pipeline(pipeline_args)?;
    let mut analyses: Vec<Analysis> = Vec::new();
    let summary = run(input, &pipeline, pipeline_args, |_, a| {
        analyses.push(a.clone());
        Ok(())
    })?;
    let mut modalities = vec![Modality::Asserted, Modality::Reported];
    for m in &args.include_modality {
        if !modalities.contains(m) {
            modalities.push(*m);
        }
    }
    let mut config = TimelineConfig::new().modalities(&modalities);
    if let Some(day) = args.published_by {
        config = config.published_by(day.latest());
    }
    let timeline = pipeline.timeline_builder().config(config).build(&analyses);
    let mut filter = Filter::new();
    for e in &args.entity {
        for id in resolve_entity(&pipeline, e) {
            filter = filter.entity(id);
        }
    }
    for k in &args.kind {
        filter = filter.kind(*k);
    }
    if let Some(d) = args.from {
        filter = filter.from(d.earliest());
    }
    if let Some(d) = args.to {
        filter = filter.to(d.latest());
    }
    for d in &args.document {
        filter = filter.document(d.clone());
    }
    timeline.filter(&filter).write_to(format, out).context("cannot write the timeline")?;
    Ok(summary)
}

/// An entity given on the command line: an id (`person:sergey-lavrov`) as
/// it is, or a name (`Lavrov`, `Moscou`) looked up in the gazetteer.
fn resolve_entity(pipeline: &newsline::Pipeline, given: &str) -> Vec<String> {
    if given.contains(':') {
        return vec![given.to_string()];
    }
    let found: Vec<String> =
        pipeline.gazetteer().lookup(given).into_iter().map(|e| e.id.clone()).collect();
    if found.is_empty() {
        vec![given.to_string()]
    } else {
        found
    }
}

/// Reads an event kind name for `--kind`.
pub(crate) fn parse_kind(s: &str) -> Result<EventKind, String> {
    EventKind::from_name(s).ok_or_else(|| {
        let names: Vec<&str> = EventKind::ALL.iter().map(|k| k.as_str()).collect();
        format!("unknown kind {s:?}: expected one of {}", names.join(", "))
    })
}

/// Reads a modality name for `--include-modality`.
pub(crate) fn parse_modality(s: &str) -> Result<Modality, String> {
    match s {
        "asserted" => Ok(Modality::Asserted),
        "reported" => Ok(Modality::Reported),
        "planned" => Ok(Modality::Planned),
        "hypothetical" => Ok(Modality::Hypothetical),
        "negated" => Ok(Modality::Negated),
        _ => Err(format!(
            "unknown modality {s:?}: expected asserted, reported, planned, hypothetical or negated"
        )),
    }
}

/// Reads a `--format` name, checking it early so a typo is a usage error.
pub(crate) fn parse_format(s: &str) -> Result<String, String> {
    s.parse::<Format>().map(|_| s.to_string()).map_err(|e| e.to_string())
}
