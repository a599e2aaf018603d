//! Documents for newsline: from raw article bytes to paragraphs, sentences,
//! tokens and quotes, every piece a byte [`Span`] of the original text.
//!
//! This is the bottom layer of [newsline](https://github.com/newsline/newsline),
//! which turns news articles into an entity-linked, dated, de-duplicated
//! timeline of events. Most users should add the `newsline` facade crate
//! instead; use this crate alone when you need only a French/English
//! sentence splitter, tokeniser or article reader.
//!
//! ```
//! use newsline_doc::{read_text, TokenKind};
//!
//! let doc = read_text(
//!     "001",
//!     " date 2022-03 Le ministre Sergueï Lavrov et M. Kuleba se rencontrent jeudi. « Je n'ai pas grand espoir », a dit M. Kuleba.",
//!     "001.txt",
//! )?;
//! assert_eq!(doc.date().map(|d| d.to_string()), Some("2022-03".into()));
//! assert_eq!(doc.sentences().len(), 2);
//! assert_eq!(doc.quotes().len(), 1);
//! assert_eq!(doc.span_text(doc.quotes()[0].content), "Je n'ai pas grand espoir");
//!
//! // Tokens split French elision and keep their folded form for matching.
//! let words: Vec<&str> = doc.tokens().iter()
//!     .filter(|t| t.kind == TokenKind::Word)
//!     .map(|t| doc.folded_token(t))
//!     .collect();
//! assert!(words.contains(&"serguei"));
//! assert!(words.contains(&"n'"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Overview
//!
//! - [`Document`]: the original text (never modified), its [`Metadata`]
//!   (date, title, source, url, language), [`Paragraph`]s, [`Sentence`]s,
//!   [`Token`]s, [`Quote`]s and [`Warning`]s.
//! - [`Span`]: a half-open byte range on char boundaries; [`line_col`] for
//!   error messages.
//! - [`PartialDate`]: a year, month or day, never more precise than the
//!   source; an interval of days.
//! - [`TextView`]: the normalised or folded (lowercase, no accents, unified
//!   apostrophes, quotes, spaces and hyphens) view of a text, with an
//!   [`OffsetMap`] back to the original bytes.
//! - Readers: [`read_text`] (plain text with an optional ` date 2022-03`
//!   header), [`read_record`] (one JSON record), [`read_jsonl`] (a stream),
//!   [`read_path`] (files and directories, recursively).
//!
//! # Errors and panics
//!
//! Building a [`Document`] never fails: oddities in the text (an unclosed
//! quote, a lost character) become [`Warning`]s. Readers return [`Error`],
//! which names the file, line and byte offset. No function of this crate
//! panics on any input.
//!
//! # Other crates in newsline
//!
//! `newsline-gazetteer` (entities) and `newsline-time` (time expressions)
//! read a `Document`; `newsline-events` finds events, `newsline-timeline`
//! merges them across documents; `newsline` is the facade and
//! `newsline-cli` the command line.

#![deny(missing_docs)]

mod ascii_word;
mod chars;
mod date;
mod document;
mod error;
mod fold;
mod latin_word;
mod quote;
mod read;
mod segment;
mod span;
mod token;

pub use crate::chars::{is_apostrophe, is_hyphen, is_quote_mark, is_space};
pub use crate::date::{last_day_of_month, DateParseError, PartialDate, Precision};
pub use crate::document::{Document, DocumentBuilder, Language, Metadata, Warning, WarningKind};
pub use crate::error::{Error, Result};
pub use crate::fold::{OffsetMap, TextView, ViewKind};
pub use crate::quote::{Quote, QuoteStyle};
pub use crate::read::{
    read_jsonl, read_path, read_record, read_text, read_text_bytes, DocumentReader,
};
pub use crate::segment::{Paragraph, ParagraphKind, Sentence};
pub use crate::span::{line_col, Span};
pub use crate::token::{Case, Token, TokenKind};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
