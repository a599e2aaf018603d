//! A small tokenizer over the folded view, tuned for time expressions.
//!
//! The document's own tokens keep French elision together (`l'`) and words
//! with digits whole (`15h30`); the grammar wants finer pieces, so it cuts
//! the folded text itself: runs of letters, runs of ASCII digits, and every
//! other non-space character on its own. Offsets are bytes of the view.

use crate::lexicon;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Num,
    Punct,
}

/// One token of the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    // Invariant: `lo < hi <= view.len()`, both on char boundaries. Offsets
    // are u32 to keep a token at 12 bytes (memory traffic dominates the
    // scan); views past 4 GiB are cut there.
    lo: u32,
    hi: u32,
    pub kind: TokKind,
    /// Whether whitespace separates it from the previous token.
    pub space_before: bool,
    /// Whether a line break separates it from the previous token.
    pub newline_before: bool,
    /// A word's prefilter flags ([`lexicon::flags_in`]), 0 for other
    /// tokens. Looked up here, while the word is in hand: the grammar's
    /// prefilter asks for every word's, and its neighbours' (the field
    /// fits in the padding: a token stays 12 bytes).
    pub flags: u8,
}

impl Tok {
    /// Where it starts, in bytes of the view.
    pub fn start(&self) -> usize {
        self.lo as usize
    }

    /// Where it ends (exclusive), in bytes of the view.
    pub fn end(&self) -> usize {
        self.hi as usize
    }
}

/// `from..to` clamped into `view` (and under `u32::MAX`, the width of token offsets)
/// and moved inward onto char boundaries.
fn clamp(view: &str, from: usize, to: usize) -> (usize, usize) {
    let mut to = to.min(view.len()).min(u32::MAX as usize);
    while to > 0 && !view.is_char_boundary(to) {
        to -= 1;
    }
    let mut from = from.min(to);
    while from < to && !view.is_char_boundary(from) {
        from += 1;
    }
    (from, to)
}

/// Cuts `view[from..to]` into tokens.
pub(crate) fn tokenize(view: &str, from: usize, to: usize) -> Vec<Tok> {
    let bytes = view.as_bytes();
    let (from, to) = clamp(view, from, to);
    // About one token per five bytes of news text: a quarter avoids most
    // regrowing (and copying) of the vector.
    let mut out = Vec::with_capacity(to.saturating_sub(from) / 4 + 8);
    let mut i = from;
    let mut space = true;
    let mut newline = true;
    while i < to {
        let b = bytes[i];
        let start = i;
        // One table lookup per byte (see `CLASS`) rather than a chain of
        // range tests, and no char decoding for ASCII punctuation.
        let kind = match CLASS[usize::from(b)] {
            SPACE => {
                space = true;
                newline |= b == b'\n';
                i += 1;
                continue;
            }
            DIGIT => {
                while i < to && CLASS[usize::from(bytes[i])] == DIGIT {
                    i += 1;
                }
                TokKind::Num
            }
            PUNCT => {
                i += 1;
                TokKind::Punct
            }
            _ if b.is_ascii_alphabetic() || starts_letter(view, i) => {
                // Letters, ASCII or not (folding keeps Cyrillic, Greek…):
                // runs of ASCII letters eight at a time, then byte by byte.
                i = ascii_letters_end(bytes, i, to);
                while i < to {
                    let c = CLASS[usize::from(bytes[i])];
                    if c == ALPHA {
                        i += 1;
                    } else if c == HIGH && starts_letter(view, i) {
                        i += view.get(i..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
                    } else {
                        break;
                    }
                }
                TokKind::Word
            }
            _ => {
                // A non-ASCII char that is no letter.
                let Some(c) = view.get(i..).and_then(|s| s.chars().next()) else { break };
                i += c.len_utf8();
                if c.is_whitespace() {
                    space = true;
                    continue;
                }
                TokKind::Punct
            }
        };
        let end = i.min(to);
        if end > start {
            // Both fit: `end <= to <= u32::MAX`.
            let (Ok(lo), Ok(hi)) = (u32::try_from(start), u32::try_from(end)) else { break };
            let flags = if kind == TokKind::Word { lexicon::flags_in(view, start, end) } else { 0 };
            out.push(Tok { lo, hi, kind, space_before: space, newline_before: newline, flags });
        }
        space = false;
        newline = false;
    }
    out
}

/// The end of the run of ASCII letters from `i` (at most `to`), reading
/// eight bytes at a time while there are eight: words are a few letters
/// long, and testing them byte by byte was most of the scan.
fn ascii_letters_end(bytes: &[u8], mut i: usize, to: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..to).and_then(|b| b.first_chunk::<8>()) {
        let w = u64::from_le_bytes(*chunk);
        // Per byte, without carries between bytes: fold case (| 0x20), keep
        // seven bits, then the high bit of `x + 0x1F` says x >= 'a' and
        // that of `x + 0x05` says x > 'z'. A byte is an ASCII letter when
        // the first is set, the second not, and its own high bit clear.
        let x = (w | (0x20 * LO)) & !HI;
        let letters = (x + 0x1F * LO) & !(x + 0x05 * LO) & !w & HI;
        let others = !letters & HI;
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < to && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// Byte classes for [`tokenize`]: ASCII whitespace, digits, letters, other
/// ASCII (punctuation), and bytes of non-ASCII chars.
const SPACE: u8 = 0;
const DIGIT: u8 = 1;
const ALPHA: u8 = 2;
const PUNCT: u8 = 3;
const HIGH: u8 = 4;

/// The class of each byte value.
static CLASS: [u8; 256] = {
    let mut t = [HIGH; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() {
            SPACE
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() {
            ALPHA
        } else {
            PUNCT
        };
        b += 1;
    }
    t
};

/// Whether a non-ASCII letter starts at byte `i`.
fn starts_letter(view: &str, i: usize) -> bool {
    view.get(i..).and_then(|s| s.chars().next()).is_some_and(|c| !c.is_ascii() && c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The byte loop `tokenize` replaced, kept to check it.
    fn reference(view: &str, from: usize, to: usize) -> Vec<Tok> {
        let bytes = view.as_bytes();
        let (from, to) = clamp(view, from, to);
        let mut out = Vec::with_capacity((to.saturating_sub(from)) / 5);
        let mut i = from;
        let mut space = true;
        let mut newline = true;
        while i < to {
            let b = bytes[i];
            if b.is_ascii_whitespace() {
                space = true;
                newline |= b == b'\n';
                i += 1;
                continue;
            }
            let start = i;
            let kind;
            if b.is_ascii_digit() {
                while i < to && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                kind = TokKind::Num;
            } else if b.is_ascii_alphabetic() || starts_letter(view, i) {
                // Letters, ASCII or not (folding keeps Cyrillic, Greek…).
                while i < to {
                    if bytes[i].is_ascii_alphabetic() {
                        i += 1;
                    } else if !bytes[i].is_ascii() && starts_letter(view, i) {
                        i += view.get(i..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
                    } else {
                        break;
                    }
                }
                kind = TokKind::Word;
            } else if b.is_ascii() {
                i += 1;
                kind = TokKind::Punct;
            } else {
                let Some(c) = view.get(i..).and_then(|s| s.chars().next()) else { break };
                i += c.len_utf8();
                if c.is_whitespace() {
                    space = true;
                    continue;
                }
                kind = TokKind::Punct;
            }
            let end = i.min(to);
            if end > start {
                // Both fit: `end <= to <= u32::MAX`.
                let (Ok(lo), Ok(hi)) = (u32::try_from(start), u32::try_from(end)) else { break };
                let flags =
                    if kind == TokKind::Word { lexicon::flags_in(view, start, end) } else { 0 };
                out.push(Tok { lo, hi, kind, space_before: space, newline_before: newline, flags });
            }
            space = false;
            newline = false;
        }
        out
    }

    proptest! {
        #[test]
        fn table_driven_scan_matches_the_byte_loop(
            text in "([a-z0-9 ,.'\\-]|\n|\t|\r|\u{c}|é|ж|«|\u{a0}|\u{2028}|😀){0,40}",
            from in 0usize..50,
            to in 0usize..50,
        ) {
            prop_assert_eq!(tokenize(&text, from, to), reference(&text, from, to));
        }
    }

    proptest! {
        #[test]
        fn ascii_letters_end_finds_the_first_other_byte(
            text in "[a-zA-Z]{0,20}[@\\[`{zZ0 é\u{7f}]?[a-zA-Z]{0,20}",
            from in 0usize..40,
        ) {
            let bytes = text.as_bytes();
            let to = bytes.len();
            let from = from.min(to);
            let expected = from + bytes[from..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
            prop_assert_eq!(ascii_letters_end(bytes, from, to), expected);
        }
    }

    #[test]
    fn ascii_letters_end_stops_at_every_other_byte_value() {
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut bytes = vec![b'q'; 12];
                bytes[at] = b;
                let expected = if b.is_ascii_alphabetic() { 12 } else { at };
                assert_eq!(ascii_letters_end(&bytes, 0, 12), expected, "byte {b} at {at}");
            }
        }
    }

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, 0, s.len()).iter().map(|t| &s[t.start()..t.end()]).collect()
    }

    #[test]
    fn splits_digits_letters_and_punctuation() {
        assert_eq!(texts("a 15h30, l'an"), ["a", "15", "h", "30", ",", "l", "'", "an"]);
        assert_eq!(texts("10/03/2022"), ["10", "/", "03", "/", "2022"]);
        assert_eq!(texts("mi-mars"), ["mi", "-", "mars"]);
    }

    #[test]
    fn records_spaces_and_non_ascii() {
        let s = "x  москва\n1";
        let toks = tokenize(s, 0, s.len());
        assert_eq!(toks.len(), 3);
        assert!(toks[1].space_before);
        assert!(toks[2].newline_before);
        assert_eq!(&s[toks[1].start()..toks[1].end()], "москва");
    }
}
