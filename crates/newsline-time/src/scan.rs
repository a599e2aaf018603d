//! A small tokenizer over the folded view, tuned for time expressions.
//!
//! The document's own tokens keep French elision together (`l'`) and words
//! with digits whole (`15h30`); the grammar wants finer pieces, so it cuts
//! the folded text itself: runs of letters, runs of ASCII digits, and every
//! other non-space character on its own. Offsets are bytes of the view.

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

/// Cuts `view[from..to]` into tokens.
pub(crate) fn tokenize(view: &str, from: usize, to: usize) -> Vec<Tok> {
    let bytes = view.as_bytes();
    let mut to = to.min(bytes.len()).min(u32::MAX as usize);
    while to > 0 && !view.is_char_boundary(to) {
        to -= 1;
    }
    let mut from = from.min(to);
    while from < to && !view.is_char_boundary(from) {
        from += 1;
    }
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
            out.push(Tok { lo, hi, kind, space_before: space, newline_before: newline });
        }
        space = false;
        newline = false;
    }
    out
}

/// Whether a non-ASCII letter starts at byte `i`.
fn starts_letter(view: &str, i: usize) -> bool {
    view.get(i..).and_then(|s| s.chars().next()).is_some_and(|c| !c.is_ascii() && c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

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
