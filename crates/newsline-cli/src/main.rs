//! The `newsline` command.
//!
//! Today it exposes the document layer (`newsline segment`): reading
//! articles and cutting them into paragraphs, sentences, tokens and quotes.
//! Entity, event and timeline commands arrive with their layers.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use newsline::doc::{self, Document, PartialDate};

mod segment;

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
    for result in reader.into_iter().flatten() {
        match result {
            Ok(document) => {
                let document = match input.date {
                    Some(date) => document.with_date(Some(date)),
                    None => document,
                };
                f(&document)?;
                summary.ok += 1;
            }
            Err(err) => {
                summary.failed += 1;
                eprintln!("newsline: skipped: {err}");
                if input.strict {
                    summary.stopped = true;
                    break;
                }
            }
        }
    }
    if !input.quiet && (summary.failed > 0 || io::stderr().is_terminal()) {
        let stopped = if summary.stopped { " (stopped at the first error: --strict)" } else { "" };
        eprintln!("newsline: {} documents read, {} failed{stopped}", summary.ok, summary.failed);
    }
    Ok(summary)
}
