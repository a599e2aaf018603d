//! The error type of newsline-doc.

use std::path::PathBuf;

use crate::date::DateParseError;

/// A convenient alias for results whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong while reading documents.
///
/// Each variant names where the problem is: the file (`path`, or `<input>`
/// for in-memory data), the 1-based line, and the byte offset from the start
/// of that file or stream. The enum is `#[non_exhaustive]` so that new
/// failure cases may be added in semver compatible releases.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or stream could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file that failed.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The bytes are not valid UTF-8.
    #[error("{}:{line}: invalid UTF-8 at byte offset {offset}", path.display())]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// The line of the first invalid byte.
        line: usize,
        /// The byte offset of the first invalid byte in the file.
        offset: usize,
    },
    /// A header or record gives a date that cannot be read.
    #[error("{}:{line}: malformed date at byte offset {offset}: {source}", path.display())]
    MalformedDate {
        /// The file.
        path: PathBuf,
        /// The line of the date.
        line: usize,
        /// The byte offset of the date in the file.
        offset: usize,
        /// What is wrong with it.
        #[source]
        source: DateParseError,
    },
    /// A JSON or JSONL record is not valid JSON or has the wrong shape.
    #[error("{}:{line}: malformed JSON record at byte offset {offset}: {source}", path.display())]
    MalformedRecord {
        /// The file.
        path: PathBuf,
        /// The line of the record.
        line: usize,
        /// The byte offset of the start of the record.
        offset: usize,
        /// The parser's error.
        #[source]
        source: serde_json::Error,
    },
    /// A record has no `text`, or an empty one.
    #[error("{}:{line}: record at byte offset {offset} has no text", path.display())]
    MissingText {
        /// The file.
        path: PathBuf,
        /// The line of the record.
        line: usize,
        /// The byte offset of the start of the record.
        offset: usize,
    },
    /// A record's `language` is not a language tag newsline knows.
    #[error("{}:{line}: unknown language {found:?} at byte offset {offset}", path.display())]
    UnknownLanguage {
        /// The file.
        path: PathBuf,
        /// The line of the record.
        line: usize,
        /// The byte offset of the start of the record.
        offset: usize,
        /// The language tag found.
        found: String,
    },
}

impl Error {
    /// The file or stream the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            Error::Io { path, .. }
            | Error::InvalidUtf8 { path, .. }
            | Error::MalformedDate { path, .. }
            | Error::MalformedRecord { path, .. }
            | Error::MissingText { path, .. }
            | Error::UnknownLanguage { path, .. } => path,
        }
    }
}
