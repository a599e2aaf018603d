//! Renderers: one [`Timeline`] model, many formats.
//!
//! [`Timeline::render`] returns a rendering as a `String`;
//! [`Timeline::write_to`] writes it to any [`std::io::Write`]. Every format
//! draws the same model and is deterministic: the same timeline gives
//! byte-identical output.
//!
//! | [`Format`] | What it is |
//! |---|---|
//! | [`Format::Json`] | the `newsline.timeline/1` contract, pretty-printed |
//! | [`Format::Markdown`] | a readable chronological list with its sources |
//! | [`Format::Csv`] | one row per event (RFC 4180) |
//! | [`Format::TimelineJs`] | the JSON that Knight Lab's TimelineJS3 reads |
//! | [`Format::Html`] | one self-contained page that draws the timeline |

use std::fmt;
use std::io::Write;
use std::str::FromStr;

use crate::model::Timeline;

mod csv;
#[cfg(test)]
mod fixture;
mod html;
mod json;
mod markdown;
mod text;
mod timelinejs;

/// An output format of a [`Timeline`].
///
/// Parse one from its name with [`str::parse`]: `json`, `md` or
/// `markdown`, `csv`, `timelinejs`, `html` (case-insensitive).
///
/// ```
/// use newsline_timeline::render::Format;
///
/// let format: Format = "md".parse()?;
/// assert_eq!(format, Format::Markdown);
/// assert_eq!(format.to_string(), "markdown");
/// assert!("pdf".parse::<Format>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// This enum is `#[non_exhaustive]` so that further formats may be added in
/// semver compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Format {
    /// The `newsline.timeline/1` JSON contract, pretty-printed, with a
    /// trailing newline.
    Json,
    /// A Markdown chronological list: events under year-month headings,
    /// each with its sources and evidence sentences.
    Markdown,
    /// CSV (RFC 4180, CRLF line ends), one row per event, with a header row.
    Csv,
    /// TimelineJS3 JSON (<https://timeline.knightlab.com/docs/json-format.html>).
    /// Undated events cannot be placed on its axis and are left out; the
    /// title slide says how many.
    TimelineJs,
    /// One self-contained HTML page (inline CSS and script, no network) that
    /// draws the events along a time axis, with a `<noscript>` list.
    Html,
}

impl Format {
    /// Every format, in a stable order.
    pub const ALL: [Format; 5] =
        [Format::Json, Format::Markdown, Format::Csv, Format::TimelineJs, Format::Html];

    /// The format's name, as [`FromStr`] reads it: `json`, `markdown`,
    /// `csv`, `timelinejs` or `html`.
    pub fn name(&self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::TimelineJs => "timelinejs",
            Format::Html => "html",
        }
    }

    /// The usual file extension, without the dot: `json`, `md`, `csv`,
    /// `json` (TimelineJS) or `html`.
    pub fn extension(&self) -> &'static str {
        match self {
            Format::Json | Format::TimelineJs => "json",
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = ParseFormatError;

    fn from_str(name: &str) -> Result<Format, ParseFormatError> {
        match name.trim().to_ascii_lowercase().as_str() {
            "json" => Ok(Format::Json),
            "md" | "markdown" => Ok(Format::Markdown),
            "csv" => Ok(Format::Csv),
            "timelinejs" => Ok(Format::TimelineJs),
            "html" => Ok(Format::Html),
            _ => Err(ParseFormatError { name: name.to_string() }),
        }
    }
}

/// The error of parsing a [`Format`] from a name it does not know.
///
/// Its message lists the valid names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseFormatError {
    name: String,
}

impl ParseFormatError {
    /// The name that was given.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for ParseFormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown timeline format {:?}: expected one of json, markdown (or md), csv, \
             timelinejs, html",
            self.name
        )
    }
}

impl std::error::Error for ParseFormatError {}

impl Timeline {
    /// Renders the timeline in `format`.
    ///
    /// ```
    /// use newsline_timeline::{render::Format, Timeline};
    ///
    /// let timeline: Timeline = serde_json::from_str(
    ///     r#"{"schema": "newsline.timeline/1", "documents": [], "entities": [], "events": []}"#,
    /// )?;
    /// let json = timeline.render(Format::Json)?;
    /// assert!(json.contains("\"schema\": \"newsline.timeline/1\""));
    /// assert!(timeline.render(Format::Markdown)?.starts_with("# Timeline"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`crate::Error::Json`] if serialising to JSON fails, which the
    /// model's types do not do in practice.
    pub fn render(&self, format: Format) -> crate::Result<String> {
        let mut bytes = Vec::new();
        self.write_to(format, &mut bytes)?;
        // Every renderer writes only `&str`s, so the bytes are UTF-8; the
        // error branch is kept rather than an `expect` on that invariant.
        String::from_utf8(bytes)
            .map_err(|e| crate::Error::Io(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
    }

    /// Writes the timeline in `format` to `out`.
    ///
    /// The output is not flushed; wrap a file in a
    /// [`std::io::BufWriter`] and flush it afterwards.
    ///
    /// # Errors
    ///
    /// [`crate::Error::Io`] if writing to `out` fails, and
    /// [`crate::Error::Json`] if serialising to JSON fails.
    pub fn write_to(&self, format: Format, out: &mut dyn Write) -> crate::Result<()> {
        match format {
            Format::Json => json::write(self, out),
            Format::Markdown => markdown::write(self, out),
            Format::Csv => csv::write(self, out),
            Format::TimelineJs => timelinejs::write(self, out),
            Format::Html => html::write(self, out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for format in Format::ALL {
            assert_eq!(format.name().parse::<Format>(), Ok(format));
            assert_eq!(format.to_string(), format.name());
        }
        assert_eq!("MD".parse::<Format>(), Ok(Format::Markdown));
        assert_eq!(" Html ".parse::<Format>(), Ok(Format::Html));
    }

    #[test]
    fn unknown_name_lists_the_valid_ones() {
        let error = "pdf".parse::<Format>().expect_err("pdf is not a format");
        assert_eq!(error.name(), "pdf");
        let message = error.to_string();
        for name in ["json", "markdown", "md", "csv", "timelinejs", "html", "\"pdf\""] {
            assert!(message.contains(name), "{message} should name {name}");
        }
    }

    #[test]
    fn extensions() {
        let extensions: Vec<_> = Format::ALL.iter().map(Format::extension).collect();
        assert_eq!(extensions, ["json", "md", "csv", "json", "html"]);
    }
}
