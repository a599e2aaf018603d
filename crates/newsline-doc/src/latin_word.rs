//! The tokenizer's shortcut for words with accents.
//!
//! A French text has an accented word every few words ("été", "président",
//! "États"). The general word scanner decodes each char, asks the Unicode
//! tables about it and then walks the word again for its case; this
//! shortcut reads a word of ASCII letters and digits and Latin letters
//! (U+00C0 to U+017F, but × and ÷) in one pass, counting the case as it
//! goes, and gives up on anything else.

use crate::token::Case;

/// A word of ASCII letters and digits and Latin letters from `start`
/// (which must be a letter), ending before `end` or before a byte that
/// ends every word: an ASCII byte other than the joining marks `'` `-`
/// `.` `,` `` ` `` (a space ends it too). Its end and case, as the general
/// scanner gives them; `None` for any other word, which that scanner takes.
///
/// (Latin letters are word chars and letters whatever follows them, and a
/// word without a joining mark, period or digit group is one token of kind
/// `Word`: see `scan_word` and `push_word`.)
pub(crate) fn latin_word(bytes: &[u8], start: usize, end: usize) -> Option<(usize, Case)> {
    let end = end.min(bytes.len());
    // The first letter's case, then how many of the others are upper- and
    // lowercase (digits count for neither).
    let (first_upper, first_lower, mut i) = match *bytes.get(start)? {
        b if b.is_ascii_alphabetic() => (b.is_ascii_uppercase(), b.is_ascii_lowercase(), start + 1),
        _ => {
            let c = latin_letter(bytes, start, end)?;
            let (u, l) = letter_case(c);
            (u, l, start + c.len_utf8())
        }
    };
    let (mut upper, mut lower) = (0u32, 0u32);
    while let Some(&b) = bytes.get(i).filter(|_| i < end) {
        if b.is_ascii_lowercase() {
            lower += 1;
            i += 1;
        } else if b.is_ascii_uppercase() {
            upper += 1;
            i += 1;
        } else if b.is_ascii_digit() {
            i += 1;
        } else if let Some(c) = latin_letter(bytes, i, end) {
            match letter_case(c) {
                (true, _) => upper += 1,
                (false, true) => lower += 1,
                _ => {}
            }
            i += c.len_utf8();
        } else {
            break;
        }
    }
    let ends_word = match bytes.get(i).filter(|_| i < end) {
        None => true,
        Some(&s) => s < 0x80 && !matches!(s, b'\'' | b'-' | b'.' | b',' | b'`'),
    };
    if !ends_word {
        return None;
    }
    let case = match (first_upper, upper, lower) {
        (true, 0, _) => Case::Capitalized,
        (true, _, 0) => Case::Upper,
        (false, 0, _) if first_lower => Case::Lower,
        _ => Case::Mixed,
    };
    Some((i, case))
}

/// An elided word and the word it is glued to ("d'une", "l'État",
/// "qu'il", with a straight or a curly apostrophe), which the general
/// scanner joins and `split_word` cuts again: the end of the elision
/// (after its apostrophe) and its case, then the end of the word and its
/// case. `None` for anything else, English possessives included: the
/// caller gives this French words only.
///
/// The elision is one of the ASCII elided words, the word after it one
/// that [`latin_word`] takes: no apostrophe, hyphen or period follows, so
/// nothing else is cut, and no word kept whole ("aujourd'hui") begins
/// with an elided word.
pub(crate) fn elided_word(
    bytes: &[u8],
    start: usize,
    end: usize,
) -> Option<((usize, Case), (usize, Case))> {
    let end = end.min(bytes.len());
    let prefix_end =
        start + bytes.get(start..end)?.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let prefix = bytes.get(start..prefix_end)?;
    if !ELIDED.iter().any(|e| e.eq_ignore_ascii_case(prefix)) {
        return None;
    }
    let cut = match bytes.get(prefix_end..end)? {
        [b'\'', ..] => prefix_end + 1,
        [0xE2, 0x80, 0x99, ..] => prefix_end + 3,
        _ => return None,
    };
    let word = latin_word(bytes, cut, end)?;
    Some(((cut, ascii_case(prefix)), word))
}

/// The ASCII elided words (`ELISIONS` of the tokenizer but "ç").
const ELIDED: &[&[u8]] = &[
    b"l", b"d", b"j", b"m", b"n", b"s", b"t", b"c", b"qu", b"jusqu", b"lorsqu", b"puisqu",
    b"quoiqu",
];

/// The case of a word of ASCII letters, as `case_of` gives it.
fn ascii_case(word: &[u8]) -> Case {
    let Some((first, rest)) = word.split_first() else { return Case::None };
    let upper = rest.iter().filter(|b| b.is_ascii_uppercase()).count();
    let lower = rest.len() - upper;
    match (first.is_ascii_uppercase(), upper, lower) {
        (true, 0, _) => Case::Capitalized,
        (true, _, 0) => Case::Upper,
        (false, 0, _) => Case::Lower,
        _ => Case::Mixed,
    }
}

/// The Latin letter (U+00C0 to U+017F, but × and ÷) encoded at `i`, if
/// there is one whole before `end`. Its two bytes are read directly: a
/// lead byte 0xC3 to 0xC5 and a continuation byte.
#[inline]
fn latin_letter(bytes: &[u8], i: usize, end: usize) -> Option<char> {
    let (&lead, &cont) = (bytes.get(i)?, bytes.get(i + 1)?);
    if i + 2 > end || !(0xC3..=0xC5).contains(&lead) || cont & 0xC0 != 0x80 {
        return None;
    }
    let c = char::from_u32((u32::from(lead & 0x1F) << 6) | u32::from(cont & 0x3F))?;
    (c != '\u{D7}' && c != '\u{F7}').then_some(c)
}

/// `(c.is_uppercase(), c.is_lowercase())`, without the Unicode tables for
/// ASCII and Latin-1 letters.
#[inline]
pub(crate) fn letter_case(c: char) -> (bool, bool) {
    match c {
        'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' => (true, false),
        'a'..='z' | '\u{DF}'..='\u{F6}' | '\u{F8}'..='\u{FF}' => (false, true),
        _ => (c.is_uppercase(), c.is_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_case_is_the_unicode_case() {
        for c in '\u{0}'..='\u{2FF}' {
            assert_eq!(letter_case(c), (c.is_uppercase(), c.is_lowercase()), "{c:?}");
        }
    }

    #[test]
    fn latin_letters_are_the_two_byte_range() {
        for c in '\u{80}'..='\u{24F}' {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let expected = ('\u{C0}'..='\u{17F}').contains(&c) && c != '\u{D7}' && c != '\u{F7}';
            assert_eq!(latin_letter(bytes, 0, bytes.len()), expected.then_some(c), "{c:?}");
            assert_eq!(latin_letter(bytes, 0, 1), None, "{c:?} cut");
        }
    }

    #[test]
    fn elided_words() {
        let pair = |s: &str| elided_word(s.as_bytes(), 0, s.len());
        assert_eq!(pair("d'une"), Some(((2, Case::Lower), (5, Case::Lower))));
        assert_eq!(pair("L\u{2019}État "), Some(((4, Case::Capitalized), (9, Case::Capitalized))));
        assert_eq!(pair("QU'IL"), Some(((3, Case::Upper), (5, Case::Upper))));
        assert_eq!(pair("aujourd'hui"), None);
        assert_eq!(pair("l'un-l'autre"), None);
        assert_eq!(pair("d'2"), None);
        assert_eq!(pair("l'"), None);
    }

    #[test]
    fn words_and_their_case() {
        let word = |s: &str| latin_word(s.as_bytes(), 0, s.len());
        assert_eq!(word("été est"), Some((5, Case::Lower)));
        assert_eq!(word("États;"), Some((6, Case::Capitalized)));
        // A comma may join digits: the general scanner decides.
        assert_eq!(word("États,"), None);
        assert_eq!(word("ÉTÉ"), Some((5, Case::Upper)));
        assert_eq!(word("œuvre"), Some((6, Case::Lower)));
        assert_eq!(word("Noël2"), Some((6, Case::Capitalized)));
        // Joined, cut by a period, or another script: not this path.
        assert_eq!(word("l'été"), None);
        assert_eq!(word("éd."), None);
        assert_eq!(word("été-là"), None);
        assert_eq!(word("éte\u{301}"), None);
        assert_eq!(word("2ème"), None);
    }
}
