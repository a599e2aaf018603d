//! The tokenizer's shortcut for plain words of ASCII letters and digits.

use crate::token::Case;

/// A run of ASCII letters and digits, read once: its end, the class of its
/// first byte and the classes of the others ([`DIGIT`], [`UPPER`],
/// [`LOWER`]). Plain words are most tokens: reading each again for its
/// digits and its case cost more than finding its end.
pub(crate) struct AsciiRun {
    /// Where the run ends (exclusive).
    pub end: usize,
    first: u8,
    rest: u8,
}

const DIGIT: u8 = 1;
const UPPER: u8 = 2;
const LOWER: u8 = 4;

/// The class of each byte: [`DIGIT`], [`UPPER`], [`LOWER`], 0 for others.
static ALNUM: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else {
            0
        };
        b += 1;
    }
    t
};

impl AsciiRun {
    /// The run from `start` (an ASCII letter or digit) to at most `end`.
    pub(crate) fn at(bytes: &[u8], start: usize, end: usize) -> AsciiRun {
        let class = |i: usize| bytes.get(i).map_or(0, |&b| ALNUM[usize::from(b)]);
        let mut rest = 0;
        let mut i = start + 1;
        while i < end {
            let c = class(i);
            if c == 0 {
                break;
            }
            rest |= c;
            i += 1;
        }
        AsciiRun { end: i, first: class(start), rest }
    }

    pub(crate) fn all_digits(&self) -> bool {
        self.first == DIGIT && self.rest & !DIGIT == 0
    }

    /// The case of a run that starts with a letter (what the general
    /// scanner gives it); `None` when it starts with a digit.
    pub(crate) fn letter_case(&self) -> Option<Case> {
        let first_upper = match self.first {
            UPPER => true,
            LOWER => false,
            _ => return None,
        };
        Some(match (first_upper, self.rest & UPPER != 0, self.rest & LOWER != 0) {
            (true, false, _) => Case::Capitalized,
            (true, _, false) => Case::Upper,
            (false, false, _) => Case::Lower,
            _ => Case::Mixed,
        })
    }
}
