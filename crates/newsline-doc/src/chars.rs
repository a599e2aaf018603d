//! Character classes shared by normalisation, tokenisation and quotes.
//!
//! News text mixes typographic variants of the same sign: four apostrophes,
//! five kinds of quotation mark, half a dozen spaces and dashes. These
//! predicates name each family once so that every layer agrees on it.

/// Apostrophes: straight, right single quotation mark, modifier letter,
/// left single quotation mark (often typed for ’), prime and grave/acute
/// accents used as apostrophes by careless keyboards.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '\u{2032}' | '\u{00B4}' | '`')
}

/// Spaces, including no-break, narrow no-break and thin spaces, which French
/// typography puts before `: ; ? !` and inside guillemets.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// Characters that carry no text: zero-width space and joiners, the byte
/// order mark, soft hyphen, word joiner.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Hyphens and the dashes that join compounds: hyphen-minus, hyphen,
/// non-breaking hyphen, figure dash, en dash, minus sign, small and
/// full-width hyphen-minus. The em dash is left out: it sets off clauses.
pub fn is_hyphen(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2212}'
            | '\u{FE63}'
            | '\u{FF0D}'
    )
}

/// Dashes that set off a clause or open a line of dialogue.
pub fn is_dash(c: char) -> bool {
    matches!(c, '\u{2014}' | '\u{2015}' | '\u{2013}')
}

/// Quotation marks of every family (the single curly ones are left out:
/// they are far more often apostrophes).
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{00AB}'
            | '\u{00BB}'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{201F}'
            | '\u{2039}'
            | '\u{203A}'
    )
}

/// Characters that end a sentence.
pub fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{2026}' | '\u{203C}' | '\u{2047}' | '\u{2048}' | '\u{2049}')
}

/// Closing brackets.
pub fn is_closing_bracket(c: char) -> bool {
    matches!(c, ')' | ']' | '}')
}

/// Opening brackets.
pub fn is_opening_bracket(c: char) -> bool {
    matches!(c, '(' | '[' | '{')
}

/// Letters and digits, and the combining marks that belong to them.
pub fn is_word_char(c: char) -> bool {
    // Latin-1 and Latin Extended-A/B letters without the Unicode tables:
    // they are most of the non-ASCII letters of French and English news.
    if ('\u{C0}'..='\u{24F}').contains(&c) {
        return c != '\u{D7}' && c != '\u{F7}';
    }
    // General Punctuation (typographic apostrophes, quotes, dashes, spaces)
    // holds no letter, digit or combining mark, and its signs are the
    // commonest non-ASCII chars of French news after the accented letters:
    // answer without the Unicode tables (a unit test checks every one).
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return false;
    }
    c.is_alphanumeric() || is_combining(c)
}

/// Combining diacritical marks (a decomposed "é" is "e" plus U+0301).
pub fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn general_punctuation_holds_no_word_char() {
        for c in ('\u{2000}'..='\u{206F}').chain('\u{C0}'..='\u{24F}') {
            let slow = c.is_alphanumeric() || is_combining(c);
            assert_eq!(is_word_char(c), slow, "{c:?}");
        }
    }

    #[test]
    fn families() {
        assert!(is_apostrophe('’') && is_apostrophe('\''));
        assert!(is_space('\u{202F}') && is_space('\u{00A0}') && is_space('\u{200B}'));
        assert!(is_hyphen('‑') && is_hyphen('–') && !is_hyphen('—'));
        assert!(is_quote_mark('«') && is_quote_mark('”') && !is_quote_mark('’'));
        assert!(is_terminator('…') && !is_terminator(';'));
        assert!(is_word_char('é') && is_word_char('\u{0301}') && !is_word_char('-'));
    }
}
