//! Byte spans into a document's original text.

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's original text.
///
/// Every layer of newsline points back into the text it read with a `Span`,
/// so that any entity, time expression or event can be traced to its source
/// bytes. A span built with [`Span::new_in`] is known to lie on char
/// boundaries of that text; [`Span::slice`] never panics, whatever text it is
/// given.
///
/// In JSON a span is `{"start": 3, "end": 8}`.
///
/// # Example
///
/// ```
/// use newsline_doc::Span;
///
/// let text = "Moscou et Kiev";
/// let span = Span::new_in(text, 10, 14).ok_or("bad span")?;
/// assert_eq!(span.slice(text), Some("Kiev"));
/// assert_eq!(span.len(), 4);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(try_from = "RawSpan")]
pub struct Span {
    // Invariant: start <= end.
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
struct RawSpan {
    start: usize,
    end: usize,
}

impl TryFrom<RawSpan> for Span {
    type Error = String;

    fn try_from(raw: RawSpan) -> Result<Span, String> {
        Span::new(raw.start, raw.end)
            .ok_or_else(|| format!("span start {} is after its end {}", raw.start, raw.end))
    }
}

impl Span {
    /// Creates a span, or `None` when `start > end`.
    pub const fn new(start: usize, end: usize) -> Option<Span> {
        if start <= end {
            Some(Span { start, end })
        } else {
            None
        }
    }

    /// Creates a span that is known to be valid for `text`: inside it and on
    /// char boundaries at both ends. Returns `None` otherwise.
    pub fn new_in(text: &str, start: usize, end: usize) -> Option<Span> {
        let span = Span::new(start, end)?;
        if span.is_valid_in(text) {
            Some(span)
        } else {
            None
        }
    }

    /// Creates an empty span at `offset`.
    pub const fn empty(offset: usize) -> Span {
        Span { start: offset, end: offset }
    }

    /// The first byte of the span.
    pub const fn start(&self) -> usize {
        self.start
    }

    /// One past the last byte of the span.
    pub const fn end(&self) -> usize {
        self.end
    }

    /// The span as a `Range<usize>`.
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The length of the span in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text the span covers, or `None` when it is out of bounds or not on
    /// char boundaries of `text`.
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// Whether the span lies inside `text` and on its char boundaries.
    pub fn is_valid_in(&self, text: &str) -> bool {
        self.end <= text.len()
            && text.is_char_boundary(self.start)
            && text.is_char_boundary(self.end)
    }

    /// Whether `other` lies entirely inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the byte `offset` lies inside this span.
    pub const fn contains_offset(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span that covers both spans.
    pub fn cover(&self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The 1-based line and column (in chars) of the span's start in `text`.
    ///
    /// Offsets past the end of `text` or inside a char are clamped to the
    /// nearest preceding char boundary, so this never panics.
    pub fn line_col(&self, text: &str) -> (usize, usize) {
        line_col(text, self.start)
    }
}

/// Converts a `start..end` range; a reversed range is put in order, so this
/// conversion cannot fail.
impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span { start: range.start.min(range.end), end: range.start.max(range.end) }
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// The 1-based line and column (counted in chars) of byte `offset` in `text`.
///
/// An offset past the end or inside a char is moved back to the nearest char
/// boundary; this never panics.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_checks_order() {
        assert!(Span::new(3, 2).is_none());
        assert_eq!(Span::new(2, 3).map(|s| s.len()), Some(1));
    }

    #[test]
    fn new_in_checks_char_boundaries() {
        let text = "é";
        assert!(Span::new_in(text, 0, 1).is_none());
        assert!(Span::new_in(text, 0, 2).is_some());
        assert!(Span::new_in(text, 0, 3).is_none());
    }

    #[test]
    fn slice_never_panics() {
        let text = "aé";
        assert_eq!(Span::from(0..2).slice(text), None);
        assert_eq!(Span::from(5..9).slice(text), None);
        assert_eq!(Span::from(1..3).slice(text), Some("é"));
    }

    #[test]
    fn reversed_range_is_ordered() {
        #[allow(clippy::reversed_empty_ranges)]
        let span = Span::from(5..2);
        assert_eq!((span.start(), span.end()), (2, 5));
    }

    #[test]
    fn serde_rejects_reversed() {
        assert!(serde_json::from_str::<Span>(r#"{"start":4,"end":2}"#).is_err());
        let span: Span = serde_json::from_str(r#"{"start":2,"end":4}"#).unwrap_or_default();
        assert_eq!(span, Span::from(2..4));
    }

    #[test]
    fn line_col_counts_chars() {
        let text = "ab\nçd";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        assert_eq!(line_col(text, 5), (2, 2));
        assert_eq!(line_col(text, 4), (2, 1));
        assert_eq!(line_col(text, 99), (2, 3));
    }
}
