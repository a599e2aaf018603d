//! The `newsline` command: `timeline` (one merged, dated timeline of a
//! corpus, in JSON, Markdown, CSV, TimelineJS3 or HTML), `extract`
//! (per-document analysis in the `newsline.doc/1` JSON contract),
//! `entities` (a quick look at who and where a corpus talks about),
//! `segment` (the document layer alone).

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use newsline::doc::{self, Document, PartialDate};

mod analyze;
mod segment;
mod timeline;

// mimalloc rather than the system allocator: a document's analysis makes
// and frees about 250 small blocks and a few large ones (token and view
// buffers of tens of KiB), and glibc's malloc spent much of the pipeline's
// time on them (consolidating free chunks, and returning the large ones to
// the kernel only to fault them in again for the next document). On the
// 10 MB corpus, one thread, the pipeline went from about 13 to 16.5 MB/s.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turn news articles into an entity-linked, dated timeline of events.
///
/// Inputs are files, directories (read recursively, in sorted order), JSONL
/// files (`.jsonl`, one `{"id", "text", "date", "title", "url",
/// "language"}` record per line), JSON files (one record or an array), or
/// `-` for JSONL on standard input. Plain text files may start with a
/// ` date 2022-03` header.
///
/// Exit status: 0 when every document was read, 1 when some failed (each
/// is reported on stderr and skipped), 2 on a usage error.
#[derive(Debug, Parser)]
#[command(name = "newsline", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build one timeline of every document's events: mentions of the
    /// same event merged across documents, dated by all of them, ordered.
    ///
    /// Only asserted and reported events by default (`--include-modality`
    /// adds others). `--format md` (default) prints a readable list with
    /// each event's sources; `json` the `newsline.timeline/1` contract;
    /// `csv` one row per event; `timelinejs` the JSON TimelineJS3 reads;
    /// `html` a self-contained page that draws the timeline.
    Timeline(TimelineArgs),
    /// Analyse each document: entities, time expressions, events.
    ///
    /// `--format jsonl` (default) writes one `newsline.doc/1` object per
    /// document, in input order: `{"schema", "id", "language", "date",
    /// "entities", "timexes", "events"}`, every span a byte range of the
    /// original text (see the README for the schema). `--format text`
    /// prints a readable summary of each document's events.
    Extract(ExtractArgs),
    /// List the entities a set of documents mentions, most mentioned first.
    Entities(EntitiesArgs),
    /// Read documents and print their paragraphs, sentences, tokens and
    /// quotes (the document layer).
    ///
    /// `--format text` (default) prints each document's date, language and
    /// numbered sentences; `--format jsonl` prints one JSON object per
    /// document with every span (`{"start", "end", "text"}`).
    Segment(SegmentArgs),
}

/// Options shared by every command that reads documents.
#[derive(Debug, clap::Args)]
struct InputArgs {
    /// Files, directories, or `-` for JSONL on standard input.
    #[arg(required = true, value_name = "PATHS")]
    paths: Vec<PathBuf>,
    /// Force this document date on every document (`YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD`), overriding headers and records.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    date: Option<PartialDate>,
    /// Stop at the first document that cannot be read.
    #[arg(long)]
    strict: bool,
    /// Print nothing on stderr but errors.
    #[arg(long, short)]
    quiet: bool,
}

/// Options of the commands that run the analysis pipeline.
#[derive(Debug, clap::Args)]
struct PipelineArgs {
    /// Add the entities of this file (TSV or JSON, by extension) to the
    /// embedded gazetteer.
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,
    /// Treat every document as written in this language (fr or en),
    /// whatever its metadata or detection say.
    #[arg(long, value_name = "LANG", value_parser = parse_language)]
    lang: Option<doc::Language>,
    /// Worker threads (default: one per core). The output is the same for
    /// any number.
    #[arg(long, short, value_name = "N")]
    jobs: Option<usize>,
}

#[derive(Debug, clap::Args)]
struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    pipeline: PipelineArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
    format: ExtractFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Output formats of `newsline extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ExtractFormat {
    /// One `newsline.doc/1` JSON object per line.
    Jsonl,
    /// A readable list of each document's events.
    Text,
}

#[derive(Debug, clap::Args)]
struct TimelineArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    pipeline: PipelineArgs,
    /// Output format: json, md, csv, timelinejs or html.
    #[arg(long, default_value = "md", value_name = "FORMAT", value_parser = timeline::parse_format)]
    format: String,
    /// Keep the events this entity took part in: an id
    /// (`person:sergey-lavrov`) or a name the gazetteer knows (`Lavrov`).
    /// Repeat for any of several.
    #[arg(long, value_name = "ENTITY")]
    entity: Vec<String>,
    /// Keep events of this kind (meeting, call, statement, attack...).
    /// Repeat for any of several.
    #[arg(long, value_name = "KIND", value_parser = timeline::parse_kind)]
    kind: Vec<newsline::events::EventKind>,
    /// Keep events that may have happened on or after this date
    /// (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); drops undated events.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    from: Option<PartialDate>,
    /// Keep events that may have happened on or before this date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    to: Option<PartialDate>,
    /// Also keep events whose strongest modality is this one (planned,
    /// hypothetical, negated). Repeat for several.
    #[arg(long, value_name = "MODALITY", value_parser = timeline::parse_modality)]
    include_modality: Vec<newsline::events::Modality>,
    /// Keep the events mentioned in this document (by id). Repeat for
    /// several.
    #[arg(long, value_name = "ID")]
    document: Vec<String>,
    /// The last day any document can have been published (the day the
    /// corpus was collected): an upper bound when inferring the dates of
    /// undated documents. Without it, a document with only lower bounds
    /// stays undated.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    published_by: Option<PartialDate>,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct EntitiesArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    pipeline: PipelineArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = EntitiesFormat::Text)]
    format: EntitiesFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Output formats of `newsline entities`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum EntitiesFormat {
    /// A table: mentions, documents, id, kind, name.
    Text,
    /// One JSON object per entity.
    Jsonl,
}

fn parse_language(s: &str) -> Result<doc::Language, String> {
    match doc::Language::from_code(s) {
        Some(l) if l != doc::Language::Unknown => Ok(l),
        _ => Err(format!("unknown language {s:?}: expected fr or en")),
    }
}

#[derive(Debug, clap::Args)]
struct SegmentArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SegmentFormat::Text)]
    format: SegmentFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Output formats of `newsline segment`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum SegmentFormat {
    /// A readable listing of sentences.
    Text,
    /// One JSON object per document, with every span.
    Jsonl,
}

fn parse_date(s: &str) -> Result<PartialDate, String> {
    s.parse().map_err(|e: doc::DateParseError| e.to_string())
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match run(cli) {
        Ok(summary) => summary.exit_code(),
        Err(err) => {
            eprintln!("newsline: error: {err:#}");
            ExitCode::from(1)
        }
    }
}

/// What a run read: how many documents succeeded and failed.
#[derive(Debug, Default)]
struct Summary {
    ok: usize,
    failed: usize,
    stopped: bool,
}

impl Summary {
    fn exit_code(&self) -> ExitCode {
        if self.failed > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<Summary> {
    match cli.command {
        Command::Timeline(args) => {
            let mut out = open_output(args.output.as_ref())?;
            let summary = timeline::timeline(&args.input, &args.pipeline, &args, &mut out)?;
            out.flush().context("cannot write output")?;
            Ok(summary)
        }
        Command::Extract(args) => {
            let mut out = open_output(args.output.as_ref())?;
            let summary = analyze::extract(&args.input, &args.pipeline, args.format, &mut out)?;
            out.flush().context("cannot write output")?;
            Ok(summary)
        }
        Command::Entities(args) => {
            let mut out = open_output(args.output.as_ref())?;
            let summary = analyze::entities(&args.input, &args.pipeline, args.format, &mut out)?;
            out.flush().context("cannot write output")?;
            Ok(summary)
        }
        Command::Segment(args) => {
            let mut out = open_output(args.output.as_ref())?;
            let summary =
                for_each_document(&args.input, |doc| segment::write(&mut out, doc, args.format))?;
            out.flush().context("cannot write output")?;
            Ok(summary)
        }
    }
}

fn open_output(path: Option<&PathBuf>) -> anyhow::Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

/// Reads every input, calling `f` on each document in input order; bad
/// documents are reported on stderr and skipped (or stop the run with
/// `--strict`).
fn for_each_document(
    input: &InputArgs,
    mut f: impl FnMut(&Document) -> anyhow::Result<()>,
) -> anyhow::Result<Summary> {
    let mut summary = Summary::default();
    for result in open_inputs(input) {
        match result {
            Ok(document) => {
                let document = input.dated(document);
                f(&document)?;
                summary.ok += 1;
            }
            Err(err) => {
                if summary.note_error(&err, input) {
                    break;
                }
            }
        }
    }
    summary.report(input);
    Ok(summary)
}

impl InputArgs {
    /// The document with the date `--date` forces, if any.
    fn dated(&self, document: Document) -> Document {
        match self.date {
            Some(date) => document.with_date(Some(date)),
            None => document,
        }
    }
}

impl Summary {
    /// Reports a bad document; says whether to stop (`--strict`).
    fn note_error(&mut self, err: &doc::Error, input: &InputArgs) -> bool {
        self.failed += 1;
        eprintln!("newsline: skipped: {err}");
        if input.strict {
            self.stopped = true;
        }
        self.stopped
    }

    /// The closing summary line on stderr: when something failed, or when
    /// a person watches.
    fn report(&self, input: &InputArgs) {
        if !input.quiet && (self.failed > 0 || io::stderr().is_terminal()) {
            let stopped = if self.stopped { " (stopped at the first error: --strict)" } else { "" };
            eprintln!("newsline: {} documents read, {} failed{stopped}", self.ok, self.failed);
        }
    }
}

/// Every input path as one reader of documents, in order.
fn open_inputs(input: &InputArgs) -> doc::DocumentReader {
    let mut reader: Option<doc::DocumentReader> = None;
    for path in &input.paths {
        let next = if path.as_os_str() == "-" {
            doc::read_jsonl(io::stdin(), "<stdin>")
        } else {
            doc::read_path(path)
        };
        reader = Some(match reader {
            None => next,
            Some(r) => r.chain_reader(next),
        });
    }
    // clap requires at least one path, so the reader exists.
    reader.unwrap_or_else(|| doc::read_jsonl(io::empty(), "<none>"))
}
