//! Normalised and folded views of a text, with a map back to the original.
//!
//! Matching wants `etats-unis` where the article wrote `États‑Unis` (with a
//! non-breaking hyphen), and `l'ukraine` where it wrote `l’Ukraine`. A
//! [`TextView`] is such a rewritten copy of the text together with an
//! [`OffsetMap`] that takes any offset in the copy back to the original
//! bytes, so a match found in the view becomes a [`Span`] of the document.

use serde::{Deserialize, Serialize};
use unicode_normalization::char::decompose_canonical;

use crate::chars::{is_apostrophe, is_hyphen, is_invisible, is_quote_mark};
use crate::span::Span;
use crate::token::Token;

/// Which rewriting a [`TextView`] applies.
///
/// This enum is `#[non_exhaustive]` so that further views (a transliterated
/// one, say) may be added in semver compatible releases.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ViewKind {
    /// Typographic variants only: apostrophes become `'`, quotation marks
    /// `"`, every space ` `, hyphen variants `-`, CRLF `\n`; zero-width
    /// characters and the BOM disappear. Case and accents are kept.
    Normalized,
    /// [`ViewKind::Normalized`], then lowercase with accents and other
    /// diacritics removed (`États` becomes `etats`, `œ` becomes `oe`).
    #[default]
    Folded,
}

/// A rewritten copy of a text with the way back to the original offsets.
///
/// # Example
///
/// ```
/// use newsline_doc::{TextView, ViewKind};
///
/// let text = "Les États‑Unis et l’Ukraine";
/// let view = TextView::new(text, ViewKind::Folded);
/// assert_eq!(view.as_str(), "les etats-unis et l'ukraine");
///
/// // A match in the view maps back to the original bytes.
/// let at = view.as_str().find("etats-unis").ok_or("not found")?;
/// let span = view.to_original(at, at + "etats-unis".len());
/// assert_eq!(span.slice(text), Some("États‑Unis"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextView {
    kind: ViewKind,
    text: String,
    map: OffsetMap,
}

/// Maps offsets between an original text and a rewritten view of it.
///
/// The map is sparse: it records one anchor per run of bytes copied
/// unchanged and one per rewritten character, so a mostly-ASCII text costs
/// a few anchors per hundred bytes. Lookups are binary searches.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffsetMap {
    // Invariant: sorted by both `view` and `original` (both are monotonic),
    // the first anchor is at (0, 0), and consecutive anchors delimit either
    // an identity run (same length on both sides) or one rewritten char.
    anchors: Vec<Anchor>,
    view_len: usize,
    original_len: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Anchor {
    view: u32,
    original: u32,
    identity: bool,
}

impl TextView {
    /// Builds the view of `text`.
    pub fn new(text: &str, kind: ViewKind) -> TextView {
        let mut out = String::with_capacity(text.len());
        // French news has an accented letter every 30 to 40 bytes, and each
        // takes two anchors (its own, and the identity run after it).
        let mut anchors: Vec<Anchor> = Vec::with_capacity(text.len() / 16 + 4);
        let mut in_identity = false;
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut buf = [0u8; 4];
        let lower = kind == ViewKind::Folded;
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII fast path: runs of ASCII but CR and backtick are copied
            // (and lowercased) whole.
            if b < 0x80 && b != b'\r' && b != b'`' {
                if !in_identity {
                    anchors.push(Anchor {
                        view: out.len() as u32,
                        original: i as u32,
                        identity: true,
                    });
                    in_identity = true;
                }
                let j = ascii_run_end(bytes, i + 1);
                let from = out.len();
                out.push_str(&text[i..j]);
                if lower {
                    out[from..].make_ascii_lowercase();
                }
                i = j;
                continue;
            }
            // Latin-1 letters ("é", "À"), the commonest non-ASCII chars of
            // French text: folded by a table of their second byte rather
            // than by the tests of `rewrite`.
            if let Some(folded) = lower.then(|| latin1_folded(bytes, i)).flatten() {
                anchors.push(Anchor {
                    view: out.len() as u32,
                    original: i as u32,
                    identity: false,
                });
                in_identity = false;
                out.push_str(folded);
                i += 2;
                continue;
            }
            let c = match text.get(i..).and_then(|s| s.chars().next()) {
                Some(c) => c,
                None => break,
            };
            let clen = c.len_utf8();
            let start = out.len();
            if c == '\r' {
                // CRLF becomes LF: the CR vanishes. A lone CR is a line break.
                if bytes.get(i + 1) != Some(&b'\n') {
                    out.push('\n');
                }
            } else {
                rewrite(c, lower, &mut out);
            }
            let same = out.len() - start == clen
                && out.as_bytes()[start..] == *c.encode_utf8(&mut buf).as_bytes();
            if same {
                if !in_identity {
                    anchors.push(Anchor { view: start as u32, original: i as u32, identity: true });
                    in_identity = true;
                }
            } else {
                anchors.push(Anchor { view: start as u32, original: i as u32, identity: false });
                in_identity = false;
            }
            i += clen;
        }
        if anchors.first().is_none_or(|a| a.view != 0 || a.original != 0) {
            anchors.insert(0, Anchor { view: 0, original: 0, identity: true });
        }
        let map = OffsetMap { anchors, view_len: out.len(), original_len: text.len() };
        TextView { kind, text: out, map }
    }

    /// The rewritten text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Which rewriting this view applies.
    pub fn kind(&self) -> ViewKind {
        self.kind
    }

    /// The offset map between this view and the original text.
    pub fn offset_map(&self) -> &OffsetMap {
        &self.map
    }

    /// The original span covered by the view's byte range `[start, end)`.
    ///
    /// A boundary that falls inside a rewritten character (the `e` of the
    /// `oe` that `œ` became) widens to that whole character, so the span
    /// always lies on char boundaries of the original. Offsets past the end
    /// are clamped.
    pub fn to_original(&self, start: usize, end: usize) -> Span {
        self.map.to_original(start, end)
    }

    /// The view's byte range that corresponds to an original span.
    pub fn to_view(&self, span: Span) -> (usize, usize) {
        (self.map.view_start(span.start()), self.map.view_end(span.end()))
    }

    /// The slice of the view that corresponds to an original span.
    pub fn slice_original(&self, span: Span) -> &str {
        let (s, e) = self.to_view(span);
        self.text.get(s..e).unwrap_or("")
    }
}

impl OffsetMap {
    /// The original span covered by the view range `[start, end)`.
    pub fn to_original(&self, start: usize, end: usize) -> Span {
        let s = self.original_start(start);
        let e = self.original_end(end.max(start));
        Span::from(s..e.max(s))
    }

    /// The original offset where the view offset `offset` starts; an offset
    /// inside a rewritten character goes to that character's start.
    pub fn original_start(&self, offset: usize) -> usize {
        let offset = offset.min(self.view_len);
        let i = self.anchor_by_view(offset);
        let a = self.anchors[i];
        if a.identity {
            (a.original as usize + (offset - a.view as usize)).min(self.original_len)
        } else {
            a.original as usize
        }
    }

    /// The original offset where the view offset `offset` ends; an offset
    /// inside a rewritten character goes to that character's end.
    pub fn original_end(&self, offset: usize) -> usize {
        let offset = offset.min(self.view_len);
        let i = self.anchor_by_view(offset);
        let a = self.anchors[i];
        if a.identity || offset == a.view as usize {
            if a.identity {
                return (a.original as usize + (offset - a.view as usize)).min(self.original_len);
            }
            // At the start of a rewritten char. When that char vanished
            // (zero length in the view), an end goes past it, as an end in
            // the middle of the text goes past vanished chars: binary search
            // found the last anchor at this offset.
            let next = self.anchors.get(i + 1);
            let vanished = next.map_or(self.view_len == a.view as usize, |n| n.view == a.view);
            if vanished {
                return next.map_or(self.original_len, |n| n.original as usize);
            }
            return a.original as usize;
        }
        self.anchors.get(i + 1).map_or(self.original_len, |n| n.original as usize)
    }

    /// The view offset where the original offset `offset` starts.
    pub fn view_start(&self, offset: usize) -> usize {
        let offset = offset.min(self.original_len);
        let i = self.anchor_by_original(offset);
        let a = self.anchors[i];
        if a.identity {
            (a.view as usize + (offset - a.original as usize)).min(self.view_len)
        } else {
            a.view as usize
        }
    }

    /// The view offset where the original offset `offset` ends.
    pub fn view_end(&self, offset: usize) -> usize {
        let offset = offset.min(self.original_len);
        let i = self.anchor_by_original(offset);
        let a = self.anchors[i];
        if a.identity {
            (a.view as usize + (offset - a.original as usize)).min(self.view_len)
        } else if offset == a.original as usize {
            a.view as usize
        } else {
            self.anchors.get(i + 1).map_or(self.view_len, |n| n.view as usize)
        }
    }

    /// Sets the folded span of each token, in text order, in one linear
    /// walk over the anchors (each span as `view_start(start)..view_end(end)`
    /// of the token's own), for documents whose tokens are mapped all at
    /// once. Written in place: a separate list of spans was one more
    /// allocation and pass per document.
    pub(crate) fn set_folded_spans(&self, tokens: &mut [Token]) {
        let anchors = &self.anchors;
        let original_of = |k: usize| anchors.get(k).map_or(usize::MAX, |a| a.original as usize);
        // The anchor index for the current token's start: the last anchor
        // whose original offset is <= it, and the original offset of the
        // anchor after it (`usize::MAX` past the last). Offsets only grow,
        // so `k` only moves on.
        let mut k = 0usize;
        let mut next = original_of(1);
        for token in tokens {
            let span = token.span;
            let (s, e) = (span.start().min(self.original_len), span.end().min(self.original_len));
            while next <= s {
                k += 1;
                next = original_of(k + 1);
            }
            let Some(&a) = anchors.get(k) else { continue };
            let start = if a.identity {
                (a.view as usize + (s - a.original as usize)).min(self.view_len)
            } else {
                a.view as usize
            };
            // Most tokens end before the next anchor, on the start's own:
            // no walk. Otherwise the end may lie past later anchors; seek on
            // a copy so that the next span's start (>= this start) can still
            // use `k`.
            let mut j = k;
            if next <= e {
                while j + 1 < anchors.len() && anchors[j + 1].original as usize <= e {
                    j += 1;
                }
            }
            let b = anchors[j];
            let end = if b.identity {
                (b.view as usize + (e - b.original as usize)).min(self.view_len)
            } else if e == b.original as usize {
                b.view as usize
            } else {
                anchors.get(j + 1).map_or(self.view_len, |n| n.view as usize)
            };
            token.folded = Span::from(start..end.max(start));
        }
    }

    fn anchor_by_view(&self, offset: usize) -> usize {
        // Last anchor with view <= offset; anchor 0 is at 0.
        self.anchors.partition_point(|a| a.view as usize <= offset).saturating_sub(1)
    }

    fn anchor_by_original(&self, offset: usize) -> usize {
        self.anchors.partition_point(|a| a.original as usize <= offset).saturating_sub(1)
    }
}

/// The end of the run, from `i`, of bytes that the ASCII fast path of
/// [`TextView::new`] copies as they are: ASCII but CR and backtick.
///
/// Runs are long (most of a French text is ASCII), and a byte loop with its
/// three tests was a tenth of the document layer: whole 8-byte words are
/// tested at once, then the last few bytes one by one.
fn ascii_run_end(bytes: &[u8], mut i: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // Nonzero if and only if some byte of `x` is zero (the borrow can only
    // add false bits above a true zero byte).
    let has_zero = |x: u64| x.wrapping_sub(LO) & !x & HI;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(word) = <[u8; 8]>::try_from(chunk) else { break };
        let w = u64::from_le_bytes(word);
        let stop =
            (w & HI) | has_zero(w ^ (LO * u64::from(b'\r'))) | has_zero(w ^ (LO * u64::from(b'`')));
        if stop != 0 {
            break;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| b < 0x80 && b != b'\r' && b != b'`') {
        i += 1;
    }
    i
}

/// Appends the rewriting of one non-ASCII (or backtick) char.
fn rewrite(c: char, lower: bool, out: &mut String) {
    if is_invisible(c) {
        return;
    }
    if is_apostrophe(c) {
        out.push('\'');
        return;
    }
    if is_quote_mark(c) {
        out.push('"');
        return;
    }
    if is_hyphen(c) {
        out.push('-');
        return;
    }
    if c.is_whitespace() {
        out.push(if c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}' { '\n' } else { ' ' });
        return;
    }
    if c == '\u{2026}' {
        out.push_str("...");
        return;
    }
    if !lower {
        out.push(c);
        return;
    }
    if let Some(s) = fold_latin(c) {
        out.push_str(s);
        return;
    }
    // General case: canonical decomposition without the combining marks,
    // then lowercase.
    let mut pushed = false;
    decompose_canonical(c, |d| {
        if !crate::chars::is_combining(d) {
            out.extend(d.to_lowercase());
            pushed = true;
        }
    });
    let _ = pushed;
}

/// Folds of the Latin letters French, English and the names in news use
/// most; a table is far faster than decomposition for them.
/// The folded form of the Latin-1 letter encoded at `i` (U+00C0 to
/// U+00FF, lead byte 0xC3), if it has one: what `rewrite` writes for it.
#[inline]
fn latin1_folded(bytes: &[u8], i: usize) -> Option<&'static str> {
    match (bytes.get(i), bytes.get(i + 1)) {
        (Some(0xC3), Some(&cont)) if cont & 0xC0 == 0x80 => LATIN1_FOLDED[usize::from(cont & 0x3F)],
        _ => None,
    }
}

/// [`fold_latin`] of U+00C0 + k, for k < 64 (× and ÷ have none).
static LATIN1_FOLDED: [Option<&str>; 64] = {
    let mut table = [None; 64];
    let mut k = 0;
    while k < 64 {
        if let Some(c) = char::from_u32(0xC0 + k as u32) {
            table[k] = fold_latin(c);
        }
        k += 1;
    }
    table
};

const fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'Ā' | 'ă'
        | 'Ă' | 'ą' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' | 'ĉ' | 'ċ' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'Ē' | 'ė' | 'Ė' | 'ę' | 'Ę' | 'ě'
        | 'Ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ī' | 'Ī' | 'į' | 'ı' | 'İ' => {
            "i"
        }
        'ñ' | 'Ñ' | 'ń' | 'Ń' | 'ň' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ō' | 'Ō' | 'ő'
        | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ū' | 'Ū' | 'ů' | 'Ů' | 'ű' | 'Ű' => {
            "u"
        }
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ß' => "ss",
        'š' | 'Š' | 'ś' | 'Ś' | 'ş' | 'Ş' | 'ș' | 'Ș' => "s",
        'ž' | 'Ž' | 'ź' | 'Ź' | 'ż' | 'Ż' => "z",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' | 'ð' | 'Ð' | 'ď' | 'Ď' => "d",
        'ğ' | 'Ğ' => "g",
        'ř' | 'Ř' => "r",
        'ț' | 'Ț' | 'ţ' | 'Ţ' | 'ť' | 'Ť' => "t",
        'þ' | 'Þ' => "th",
        '`' => "'",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// The word-at-a-time scan stops where a byte loop does.
        #[test]
        fn ascii_runs_end_at_the_first_stop_byte(
            bytes in proptest::collection::vec(
                // Mostly bytes that pass, so that runs span whole words.
                prop_oneof![
                    30 => Just(b'a'),
                    5 => Just(b' '),
                    2 => Just(0x7f),
                    1 => Just(b'\r'),
                    1 => Just(b'`'),
                    1 => Just(0x80),
                    1 => Just(0xC3),
                    1 => Just(0xff),
                ],
                0..60,
            ),
            from in 0usize..60,
        ) {
            let mut expected = from.min(bytes.len());
            while bytes.get(expected).is_some_and(|&b| b < 0x80 && b != b'\r' && b != b'`') {
                expected += 1;
            }
            prop_assert_eq!(ascii_run_end(&bytes, from.min(bytes.len())), expected);
        }
    }

    proptest! {
        /// The linear walk gives every token the span that the binary
        /// searches of `view_start` and `view_end` give it: tokens touching,
        /// overlapping anchors, empty, or ending past rewritten characters.
        #[test]
        fn folded_spans_match_view_start_and_end(
            text in "([a-z .'-]|é|œ|’|\u{a0}|\r\n|\r|`|e\u{301}|\u{200b}|ß|ﬁ){0,40}",
            cuts in proptest::collection::vec((0usize..60, 0usize..6), 0..20),
        ) {
            let view = TextView::new(&text, ViewKind::Folded);
            let map = view.offset_map();
            // Spans in text order (by start), each on char boundaries.
            let mut spans: Vec<(usize, usize)> = cuts
                .iter()
                .map(|&(at, len)| (at.min(text.len()), (at + len).min(text.len() + 2)))
                .filter(|&(s, e)| text.is_char_boundary(s) && text.is_char_boundary(e.min(text.len())))
                .collect();
            spans.sort_unstable();
            let mut tokens: Vec<Token> =
                spans.iter().map(|&(s, e)| Token {
                    span: Span::from(s..e),
                    folded: Span::empty(0),
                    kind: crate::TokenKind::Word,
                    case: crate::Case::Lower,
                }).collect();
            map.set_folded_spans(&mut tokens);
            for t in &tokens {
                let (s, e) = (t.span.start(), t.span.end());
                let expected = map.view_start(s)..map.view_end(e).max(map.view_start(s));
                prop_assert_eq!(t.folded.range(), expected, "span {}..{} of {:?}", s, e, text);
            }
        }
    }

    fn folded(s: &str) -> String {
        TextView::new(s, ViewKind::Folded).as_str().to_string()
    }

    #[test]
    fn latin1_table_is_what_rewrite_writes() {
        for c in '\u{C0}'..='\u{FF}' {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let mut general = String::new();
            rewrite(c, true, &mut general);
            match latin1_folded(bytes, 0) {
                Some(folded) => {
                    assert_eq!(folded, general, "{c:?}");
                    assert_ne!(folded.as_bytes(), bytes, "{c:?} is rewritten");
                }
                None => assert!(c == '\u{D7}' || c == '\u{F7}', "{c:?}"),
            }
        }
    }

    #[test]
    fn folds_case_accents_and_typography() {
        assert_eq!(folded("États‑Unis"), "etats-unis");
        assert_eq!(folded("l’Ukraine"), "l'ukraine");
        assert_eq!(folded("«\u{a0}Oui\u{202f}»"), "\" oui \"");
        assert_eq!(folded("cœur ŒUVRE"), "coeur oeuvre");
        assert_eq!(folded("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(folded("\u{feff}zéro\u{200b}width"), "zerowidth");
        assert_eq!(folded("Çavuşoğlu"), "cavusoglu");
        assert_eq!(folded("Kyïv"), "kyiv");
        assert_eq!(folded("e\u{301}"), "e");
        assert_eq!(folded("attendu…"), "attendu...");
    }

    #[test]
    fn normalized_keeps_case_and_accents() {
        let v = TextView::new("L’État «\u{a0}x\u{a0}»", ViewKind::Normalized);
        assert_eq!(v.as_str(), "L'État \" x \"");
    }

    #[test]
    fn maps_back_exactly() {
        let text = "\u{feff}Les États‑Unis et l’Œuvre…";
        let v = TextView::new(text, ViewKind::Folded);
        let f = v.as_str();
        for word in ["les", "etats-unis", "l'oeuvre", "oeuvre", "..."] {
            let at = f.find(word).unwrap_or(usize::MAX);
            let span = v.to_original(at, at + word.len());
            let original = span.slice(text).unwrap_or("<invalid>");
            assert_eq!(
                TextView::new(original, ViewKind::Folded).as_str(),
                word,
                "{word} -> {original}"
            );
        }
    }

    #[test]
    fn inside_a_rewritten_char_widens() {
        let text = "xœy";
        let v = TextView::new(text, ViewKind::Folded);
        assert_eq!(v.as_str(), "xoey");
        // "e" alone is inside the rewriting of "œ": widen to the whole char.
        assert_eq!(v.to_original(2, 3).slice(text), Some("œ"));
        assert_eq!(v.to_original(1, 2).slice(text), Some("œ"));
    }

    #[test]
    fn original_to_view() {
        let text = "Kyïv et Genève";
        let v = TextView::new(text, ViewKind::Folded);
        let at = text.find("Genève").unwrap_or(0);
        let span = Span::from(at..text.len());
        assert_eq!(v.slice_original(span), "geneve");
    }
}
