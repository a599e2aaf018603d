//! Readers: plain text with an optional date header, JSON and JSONL
//! records, directories.
//!
//! Every reader reports a bad document as an [`Error`] that names the file,
//! the line and the byte offset, and batch readers yield one `Result` per
//! document so that one bad document never stops the others.

use std::collections::VecDeque;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::date::PartialDate;
use crate::document::{Document, Language, Metadata};
use crate::error::{Error, Result};
use crate::span::line_col;

/// Reads a plain text article from memory.
///
/// The first line may start with a header: optional spaces, the word
/// `date` (optionally followed by `:`), spaces, and a date (`YYYY`,
/// `YYYY-MM`, `YYYY-MM-DD` or an ISO datetime); the text may follow on the
/// same line. The header becomes the document's date and is excluded from
/// its body; spans still count from the first byte of the text.
///
/// `path` only names the source in errors.
///
/// # Errors
///
/// [`Error::MalformedDate`] when a header is present but its date cannot be
/// read (`date 2022-13`).
///
/// # Example
///
/// ```
/// use newsline_doc::read_text;
///
/// let doc = read_text("001", " date 2022-03 Les chefs de la diplomatie se rencontrent jeudi.", "001.txt")?;
/// assert_eq!(doc.date().map(|d| d.to_string()), Some("2022-03".into()));
/// assert_eq!(doc.span_text(doc.body()), "Les chefs de la diplomatie se rencontrent jeudi.");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_text(id: &str, text: &str, path: impl AsRef<Path>) -> Result<Document> {
    let mut metadata = Metadata::new();
    let mut builder = Document::builder(id, text);
    if let Some(header) = find_header(text) {
        let date: PartialDate = header.value.parse().map_err(|source| Error::MalformedDate {
            path: path.as_ref().to_path_buf(),
            line: 1,
            offset: header.value_start,
            source,
        })?;
        metadata = metadata.date(date);
        builder = builder.header_end(header.end);
    }
    Ok(builder.metadata(metadata).build())
}

/// Reads a plain text article from bytes, checking that they are UTF-8.
///
/// # Errors
///
/// [`Error::InvalidUtf8`] with the line and offset of the first bad byte;
/// the errors of [`read_text`].
pub fn read_text_bytes(id: &str, bytes: &[u8], path: impl AsRef<Path>) -> Result<Document> {
    let text = utf8(bytes, path.as_ref(), 0)?;
    read_text(id, text, path)
}

struct Header<'t> {
    value: &'t str,
    value_start: usize,
    end: usize,
}

/// Finds a ` date VALUE ` header at the start of `text`.
fn find_header(text: &str) -> Option<Header<'_>> {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    let line = &text[..first_line_end];
    let lead = line.len() - line.trim_start_matches([' ', '\t', '\u{feff}']).len();
    let rest = &line[lead..];
    let keyword = rest.get(..4)?;
    if !keyword.eq_ignore_ascii_case("date") {
        return None;
    }
    let after = &rest[4..];
    let after_colon = after.strip_prefix(':').unwrap_or(after);
    let spaces = after_colon.len() - after_colon.trim_start_matches([' ', '\t']).len();
    if spaces == 0 && after_colon.len() == after.len() {
        // "dates", "datelines": not a header.
        return None;
    }
    let value_start = lead + 4 + (after.len() - after_colon.len()) + spaces;
    let value_text = &line[value_start..];
    let value_len = value_text.find([' ', '\t', '\r']).unwrap_or(value_text.len());
    let value = &value_text[..value_len];
    // A header's value starts with a digit; "Date limite ..." is prose.
    if !value.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut end = value_start + value_len;
    end += line[end..].len() - line[end..].trim_start_matches([' ', '\t']).len();
    Some(Header { value, value_start, end })
}

/// A JSON record as read: `id`, `text`, and optional metadata. Unknown
/// fields are ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
    source: Option<String>,
    language: Option<String>,
}

/// Where a record sits in its file, for errors.
#[derive(Clone, Copy, Debug)]
struct At<'p> {
    path: &'p Path,
    line: usize,
    offset: usize,
}

/// Reads one JSON record (`{"id", "text", "date", "title", "url",
/// "source", "language"}`) from a string.
///
/// `fallback_id` is used when the record has no `id`. `path` only names the
/// source in errors, which count lines from 1 and offsets from 0.
///
/// # Errors
///
/// [`Error::MalformedRecord`], [`Error::MissingText`],
/// [`Error::MalformedDate`], [`Error::UnknownLanguage`].
///
/// # Example
///
/// ```
/// use newsline_doc::read_record;
///
/// let doc = read_record(r#"{"id": "a", "text": "Bonjour.", "date": "2020-07-02"}"#, "a", "feed.jsonl")?;
/// assert_eq!(doc.id(), "a");
/// assert_eq!(doc.date().map(|d| d.to_string()), Some("2020-07-02".into()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_record(json: &str, fallback_id: &str, path: impl AsRef<Path>) -> Result<Document> {
    let at = At { path: path.as_ref(), line: 1, offset: 0 };
    parse_record(json, fallback_id, at)
}

fn parse_record(json: &str, fallback_id: &str, at: At<'_>) -> Result<Document> {
    let record: Record = serde_json::from_str(json).map_err(|source| {
        let (line, offset) = json_error_position(json, &source, at);
        Error::MalformedRecord { path: at.path.to_path_buf(), line, offset, source }
    })?;
    record_to_document(record, json, fallback_id, at)
}

fn record_to_document(
    record: Record,
    json: &str,
    fallback_id: &str,
    at: At<'_>,
) -> Result<Document> {
    let Some(text) = record.text.filter(|t| !t.trim().is_empty()) else {
        return Err(Error::MissingText {
            path: at.path.to_path_buf(),
            line: at.line,
            offset: at.offset,
        });
    };
    let id = match record.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => fallback_id.to_string(),
    };
    let mut metadata = Metadata::new();
    if let Some(date) = record.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        let parsed: PartialDate = date.parse().map_err(|source| {
            let offset = at.offset + json.find(date).unwrap_or(0);
            Error::MalformedDate { path: at.path.to_path_buf(), line: at.line, offset, source }
        })?;
        metadata = metadata.date(parsed);
    }
    if let Some(lang) = record.language.as_deref() {
        match Language::from_code(lang) {
            Some(Language::Unknown) => {}
            Some(l) => metadata = metadata.language(l),
            None => {
                return Err(Error::UnknownLanguage {
                    path: at.path.to_path_buf(),
                    line: at.line,
                    offset: at.offset,
                    found: lang.to_string(),
                })
            }
        }
    }
    metadata.title = record.title;
    metadata.url = record.url;
    metadata.source = record.source;
    Ok(Document::builder(id, text).metadata(metadata).build())
}

/// The line and file offset of a serde_json error inside `json`.
fn json_error_position(json: &str, err: &serde_json::Error, at: At<'_>) -> (usize, usize) {
    let line = err.line().max(1);
    let col = err.column();
    let line_start: usize = json.split_inclusive('\n').take(line - 1).map(str::len).sum();
    let in_line = json
        .get(line_start..)
        .map_or(0, |l| l.char_indices().nth(col.saturating_sub(1)).map_or(l.len(), |(i, _)| i));
    (at.line + line - 1, at.offset + line_start + in_line)
}

/// Checks UTF-8 and reports the first bad byte by line and offset.
fn utf8<'b>(bytes: &'b [u8], path: &Path, base_offset: usize) -> Result<&'b str> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = e.valid_up_to();
        let prefix = std::str::from_utf8(&bytes[..good]).unwrap_or("");
        let (line, _) = line_col(prefix, prefix.len());
        Error::InvalidUtf8 { path: path.to_path_buf(), line, offset: base_offset + good }
    })
}

/// The kind of file a path holds, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FileKind {
    Text,
    Json,
    Jsonl,
}

fn file_kind(path: &Path) -> FileKind {
    match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("jsonl" | "ndjson") => FileKind::Jsonl,
        Some("json") => FileKind::Json,
        _ => FileKind::Text,
    }
}

/// The id of a document read from a file: its name without the extension.
fn file_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads the documents of a file or, recursively, of a directory.
///
/// Files are taken by extension: `.jsonl`/`.ndjson` hold one record per line
/// (blank lines are skipped), `.json` one record or an array of records,
/// anything else plain text (see [`read_text`]). Directories are walked in
/// sorted order, skipping hidden entries, so the order of documents never
/// depends on the file system. JSONL files are streamed line by line.
///
/// The iterator yields one `Result` per document: a bad file or record is
/// an `Err` naming it, and reading goes on with the next one. The path
/// itself not existing is the first and only `Err`.
///
/// # Example
///
/// ```no_run
/// for doc in newsline_doc::read_path("seeds/") {
///     match doc {
///         Ok(doc) => println!("{}: {} sentences", doc.id(), doc.sentences().len()),
///         Err(err) => eprintln!("skipped: {err}"),
///     }
/// }
/// ```
pub fn read_path(path: impl AsRef<Path>) -> DocumentReader {
    DocumentReader {
        pending: VecDeque::from([Pending::Path(path.as_ref().to_path_buf())]),
        current: None,
    }
}

/// Reads JSONL records from any reader (standard input, a pipe, a
/// decompressor), one document per non-blank line, streaming in constant
/// memory. `name` names the stream in errors (`<stdin>`, say).
///
/// # Example
///
/// ```
/// use newsline_doc::read_jsonl;
///
/// let input = "{\"id\": \"a\", \"text\": \"Un.\"}\n\nnot json\n{\"id\": \"b\", \"text\": \"Deux.\"}\n";
/// let results: Vec<_> = read_jsonl(input.as_bytes(), "<stdin>").collect();
/// assert_eq!(results.len(), 3);
/// assert!(results[1].as_ref().is_err_and(|e| e.to_string().starts_with("<stdin>:3:")));
/// ```
pub fn read_jsonl<R: Read + 'static>(reader: R, name: impl Into<PathBuf>) -> DocumentReader {
    let stream = JsonlStream {
        reader: Box::new(BufReader::new(reader)),
        path: name.into(),
        line: 0,
        offset: 0,
        done: false,
    };
    DocumentReader { pending: VecDeque::new(), current: Some(stream) }
}

enum Pending {
    Path(PathBuf),
    Ready(Box<Result<Document>>),
    Stream(JsonlStream),
}

/// An iterator over the documents of files, directories and streams; see
/// [`read_path`] and [`read_jsonl`].
pub struct DocumentReader {
    pending: VecDeque<Pending>,
    current: Option<JsonlStream>,
}

impl std::fmt::Debug for DocumentReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DocumentReader")
            .field("pending", &self.pending.len())
            .finish_non_exhaustive()
    }
}

impl DocumentReader {
    /// Adds another file or directory to read after the current ones.
    pub fn chain_path(mut self, path: impl AsRef<Path>) -> DocumentReader {
        self.pending.push_back(Pending::Path(path.as_ref().to_path_buf()));
        self
    }

    /// Reads everything `other` would read after everything this reader
    /// would.
    pub fn chain_reader(mut self, other: DocumentReader) -> DocumentReader {
        if let Some(stream) = other.current {
            self.pending.push_back(Pending::Stream(stream));
        }
        self.pending.extend(other.pending);
        self
    }
}

impl Iterator for DocumentReader {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Result<Document>> {
        loop {
            if let Some(stream) = self.current.as_mut() {
                match stream.next() {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            match self.pending.pop_front()? {
                Pending::Ready(result) => return Some(*result),
                Pending::Path(path) => self.open(path),
                Pending::Stream(stream) => self.current = Some(stream),
            }
        }
    }
}

impl DocumentReader {
    fn open(&mut self, path: PathBuf) {
        let meta = match fs::metadata(&path) {
            Ok(m) => m,
            Err(source) => {
                self.pending.push_front(Pending::Ready(Box::new(Err(Error::Io { path, source }))));
                return;
            }
        };
        if meta.is_dir() {
            match list_dir(&path) {
                Ok(children) => {
                    for child in children.into_iter().rev() {
                        self.pending.push_front(Pending::Path(child));
                    }
                }
                Err(source) => self
                    .pending
                    .push_front(Pending::Ready(Box::new(Err(Error::Io { path, source })))),
            }
            return;
        }
        match file_kind(&path) {
            FileKind::Jsonl => match fs::File::open(&path) {
                Ok(file) => {
                    self.current = Some(JsonlStream {
                        reader: Box::new(BufReader::new(file)),
                        path,
                        line: 0,
                        offset: 0,
                        done: false,
                    })
                }
                Err(source) => self
                    .pending
                    .push_front(Pending::Ready(Box::new(Err(Error::Io { path, source })))),
            },
            FileKind::Json => {
                let results = read_json_file(&path);
                for r in results.into_iter().rev() {
                    self.pending.push_front(Pending::Ready(Box::new(r)));
                }
            }
            FileKind::Text => {
                let result = fs::read(&path)
                    .map_err(|source| Error::Io { path: path.clone(), source })
                    .and_then(|bytes| read_text_bytes(&file_id(&path), &bytes, &path));
                self.pending.push_front(Pending::Ready(Box::new(result)));
            }
        }
    }
}

/// The entries of a directory, sorted, without hidden ones.
fn list_dir(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(path)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        entries.push(entry.path());
    }
    entries.sort();
    Ok(entries)
}

fn read_json_file(path: &Path) -> Vec<Result<Document>> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(source) => return vec![Err(Error::Io { path: path.to_path_buf(), source })],
    };
    let text = match utf8(&bytes, path, 0) {
        Ok(t) => t,
        Err(e) => return vec![Err(e)],
    };
    let at = At { path, line: 1, offset: 0 };
    let stem = file_id(path);
    if text.trim_start().starts_with('[') {
        let values: Vec<serde_json::Value> = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(source) => {
                let (line, offset) = json_error_position(text, &source, at);
                return vec![Err(Error::MalformedRecord {
                    path: path.to_path_buf(),
                    line,
                    offset,
                    source,
                })];
            }
        };
        values
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                let fallback = format!("{stem}-{}", i + 1);
                let record: Record = serde_json::from_value(v).map_err(|source| {
                    Error::MalformedRecord { path: path.to_path_buf(), line: 1, offset: 0, source }
                })?;
                record_to_document(record, text, &fallback, at)
            })
            .collect()
    } else {
        vec![parse_record(text, &stem, at)]
    }
}

/// Streams the records of a JSONL source.
struct JsonlStream {
    reader: Box<dyn BufRead>,
    path: PathBuf,
    line: usize,
    offset: usize,
    done: bool,
}

impl Iterator for JsonlStream {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Result<Document>> {
        let mut buf = Vec::new();
        loop {
            if self.done {
                return None;
            }
            buf.clear();
            let start = self.offset;
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(n) => {
                    self.offset += n;
                    self.line += 1;
                }
                Err(source) => {
                    self.done = true;
                    return Some(Err(Error::Io { path: self.path.clone(), source }));
                }
            }
            let at = At { path: &self.path, line: self.line, offset: start };
            let line = match std::str::from_utf8(&buf) {
                Ok(l) => l,
                Err(e) => {
                    return Some(Err(Error::InvalidUtf8 {
                        path: self.path.clone(),
                        line: self.line,
                        offset: start + e.valid_up_to(),
                    }))
                }
            };
            let line = line.strip_prefix('\u{feff}').unwrap_or(line);
            // Without its line end, so that errors at the end of a truncated
            // record point into this line, not the next.
            let line = line.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() {
                continue;
            }
            let fallback = format!("{}-{}", file_id(&self.path), self.line);
            return Some(parse_record(line, &fallback, at));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_forms() {
        let h = find_header(" date 2022-03 Pour la première fois")
            .map(|h| (h.value, h.value_start, h.end));
        assert_eq!(h, Some(("2022-03", 6, 14)));
        assert!(find_header("Date: 2022-03-10\nTexte").is_some_and(|h| h.value == "2022-03-10"));
        assert!(find_header("Dates et lieux").is_none());
        assert!(find_header("date limite").is_none());
        assert!(find_header("Le texte").is_none());
        assert!(find_header("").is_none());
    }

    #[test]
    fn malformed_header_is_an_error() {
        let err = read_text("x", " date 2022-13 Texte", "x.txt").err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref().map(|e| e.starts_with("x.txt:1: malformed date at byte offset 6")),
            Some(true)
        );
    }

    #[test]
    fn invalid_utf8_names_line_and_offset() {
        let err = read_text_bytes("x", b"ok\nbad \xff here", "x.txt").err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("x.txt:2: invalid UTF-8 at byte offset 7"));
    }

    #[test]
    fn record_errors() {
        let missing = read_record(r#"{"id": "a"}"#, "a", "f.jsonl").err().map(|e| e.to_string());
        assert_eq!(missing.as_deref(), Some("f.jsonl:1: record at byte offset 0 has no text"));
        let bad_date = read_record(r#"{"text": "x", "date": "hier"}"#, "a", "f.jsonl")
            .err()
            .map(|e| e.to_string());
        assert!(bad_date.is_some_and(|e| e.contains("malformed date at byte offset 23")));
        let lang = read_record(r#"{"text": "x", "language": "de"}"#, "a", "f.jsonl");
        assert!(matches!(lang, Err(Error::UnknownLanguage { .. })));
        let broken =
            read_record("{\"text\": \n \"x\" ,, }", "a", "f.jsonl").err().map(|e| e.to_string());
        assert!(broken.is_some_and(|e| e.starts_with("f.jsonl:2: malformed JSON record")), "");
    }

    #[test]
    fn record_fields() {
        let doc = read_record(
            r#"{"id": 7, "text": "Hello there. The talks went on.", "title": "T", "url": "u", "language": "en", "extra": 1}"#,
            "f",
            "f.jsonl",
        );
        let doc = doc.ok();
        assert_eq!(doc.as_ref().map(|d| d.id()), Some("7"));
        assert_eq!(doc.as_ref().map(|d| d.language()), Some(Language::English));
        assert_eq!(doc.as_ref().and_then(|d| d.metadata().title.as_deref()), Some("T"));
    }

    #[test]
    fn jsonl_stream_continues_after_errors() {
        let input = "{\"id\":\"a\",\"text\":\"Un.\"}\n{bad\n\n{\"text\":\"Deux.\"}\n\u{feff}{\"id\":\"c\",\"text\":\"\"}\n";
        let results: Vec<_> = read_jsonl(input.as_bytes(), "in.jsonl").collect();
        assert_eq!(results.len(), 4);
        assert!(results[0].is_ok());
        assert!(results[1].as_ref().is_err_and(|e| e
            .to_string()
            .starts_with("in.jsonl:2: malformed JSON record at byte offset 25")));
        assert_eq!(results[2].as_ref().map(|d| d.id().to_string()).ok(), Some("in-4".into()));
        assert!(matches!(results[3], Err(Error::MissingText { line: 5, .. })));
    }
}
