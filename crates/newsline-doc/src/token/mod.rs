//! Tokens: words (French elision split, compounds kept), numbers,
//! punctuation and symbols, each with its byte span.

use serde::{Deserialize, Serialize};

use crate::ascii_word::AsciiRun;
use crate::chars::{is_apostrophe, is_hyphen, is_space, is_terminator, is_word_char};
use crate::document::Language;
use crate::latin_word::{elided_word, latin_word, letter_case};
use crate::span::Span;

mod abbreviation;
mod split;

pub(crate) use abbreviation::abbreviation_may_end_sentence;
use abbreviation::{is_abbreviation, is_listed_abbreviation};
use split::split_word;

/// One token of a document.
///
/// Its text is `span.slice(document.text())`; its folded form (lowercase,
/// no accents, typographic variants unified) is
/// [`Document::folded_token`](crate::Document::folded_token).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Token {
    /// Where the token is in the original text.
    pub span: Span,
    /// Where its folded form is in the document's folded view
    /// ([`Document::folded`](crate::Document::folded)), computed once when
    /// the document is built so that matchers read it without a lookup.
    pub folded: Span,
    /// What sort of token it is.
    pub kind: TokenKind,
    /// How its letters are capitalised.
    pub case: Case,
}

/// What sort of token a [`Token`] is.
///
/// This enum is `#[non_exhaustive]` so that finer kinds (URLs, hashtags)
/// may be added in semver compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, possibly hyphenated (`cessez-le-feu`), possibly ending in an
    /// elided apostrophe (`l'`, `jusqu'`), possibly mixing digits (`G7`,
    /// `15h30`).
    Word,
    /// A known abbreviation with its final period (`M.`, `Mme.`, `etc.`),
    /// an initial (`J.`, `J.-Y.`) or a dotted acronym (`U.S.`).
    Abbreviation,
    /// A number: `2022`, `100 000` (grouped with spaces), `3,5`, `3.5`.
    Number,
    /// An ordinal number written with digits: `1er`, `2e`, `21st`.
    Ordinal,
    /// Punctuation: one mark, or a run of periods (`...`) or of `?!`.
    Punctuation,
    /// Any other sign: `€`, `%`, `+`, an emoji.
    Symbol,
}

/// How the letters of a token are capitalised.
///
/// This enum is `#[non_exhaustive]` so that further shapes may be added in
/// semver compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Case {
    /// All letters lowercase: `pourparlers`.
    Lower,
    /// First letter uppercase, the others lowercase: `Kiev`, `M.`, `J.-Y.`.
    Capitalized,
    /// Two or more letters, all uppercase: `OTAN`, `FSB`.
    Upper,
    /// Any other mix: `McDonald`, `iPhone`, `d'Antalya`'s parts aside.
    Mixed,
    /// No letter at all: numbers, punctuation.
    None,
}

impl Token {
    /// Whether the token is a word of any kind (words, abbreviations).
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Abbreviation)
    }

    /// Whether the token starts with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        matches!(self.case, Case::Capitalized | Case::Upper | Case::Mixed)
            && !matches!(self.kind, TokenKind::Number | TokenKind::Ordinal)
    }
}

/// Tokenises `text[span]`, appending to `out`.
pub(crate) fn tokenize_into(text: &str, span: Span, language: Language, out: &mut Vec<Token>) {
    tokenize_with(text, span, language, true, out);
}

/// [`tokenize_into`]; `fast` takes the shortcut for plain ASCII words,
/// which the tests check against `scan_word` for every word.
#[inline(always)]
fn tokenize_with(text: &str, span: Span, language: Language, fast: bool, out: &mut Vec<Token>) {
    let end = span.end().min(text.len());
    let bytes = text.as_bytes();
    let mut i = span.start();
    while i < end {
        // ASCII fast paths: most bytes of news text are ASCII spaces and
        // letters.
        let b = bytes[i];
        if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
            i += 1;
            continue;
        }
        if b.is_ascii_alphanumeric() {
            // The commonest word: ASCII letters and digits up to a space or
            // a mark that joins nothing. It is whole as it is, and
            // `scan_word` (a heavy call for a plain word) would find just
            // that; anything else (an apostrophe, a hyphen, a period, a
            // comma, a digit group, a non-ASCII char) goes to it.
            let run = AsciiRun::at(bytes, i, end);
            let run_end = run.end;
            let whole = fast
                && match bytes.get(run_end).filter(|_| run_end < end) {
                    None => true,
                    Some(b' ') => !run.all_digits(),
                    // After a letter, a comma joins nothing (only digits
                    // take a decimal comma), and a period only ends an
                    // abbreviation or joins single letters ("U.S").
                    Some(b',') => ends_in_letter(bytes, run_end),
                    Some(b'.') => {
                        run_end - i >= 2
                            && ends_in_letter(bytes, run_end)
                            && !text.get(i..run_end).is_some_and(is_listed_abbreviation)
                    }
                    Some(&s) => s < 0x80 && !matches!(s, b'\'' | b'-' | b'.' | b',' | b' ' | b'`'),
                };
            if whole {
                push_ascii_word(text, i, &run, out);
                i = run_end;
                continue;
            }
            // A word with accents ("président"): the shortcut for Latin
            // letters, if it takes it.
            if fast && bytes.get(run_end).is_some_and(|&n| n >= 0x80) {
                if let Some(next) = push_latin(bytes, i, end, out) {
                    i = next;
                    continue;
                }
            }
            // An elided word and the next ("d'une", "l'État"): cut at once.
            if fast
                && language != Language::English
                && bytes.get(run_end).is_some_and(|&n| n == b'\'' || n == 0xE2)
            {
                if let Some(((cut, elided), (word_end, case))) = elided_word(bytes, i, end) {
                    out.push(Token::word(i, cut, elided));
                    out.push(Token::word(cut, word_end, case));
                    i = word_end;
                    continue;
                }
            }
            let scan = scan_word(text, i, end);
            push_scanned(text, i, &scan, language, out);
            i = scan.end;
            continue;
        }
        let Some(c) = text.get(i..end).and_then(|s| s.chars().next()) else { break };
        let len = c.len_utf8();
        if is_space(c) {
            i += len;
            continue;
        }
        if is_word_char(c) {
            if fast {
                if let Some(next) = push_latin(bytes, i, end, out) {
                    i = next;
                    continue;
                }
            }
            let scan = scan_word(text, i, end);
            push_scanned(text, i, &scan, language, out);
            i = scan.end;
            continue;
        }
        // Runs of periods (an ellipsis) and of ?! are one token; the
        // character … is one token by itself.
        let mut j = i + len;
        if c == '.' || c == '?' || c == '!' {
            let same_family = |d: char| if c == '.' { d == '.' } else { d == '?' || d == '!' };
            while let Some(d) = text.get(j..end).and_then(|s| s.chars().next()) {
                if same_family(d) {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
        }
        let kind = if is_punctuation(c) { TokenKind::Punctuation } else { TokenKind::Symbol };
        out.push(Token { span: Span::from(i..j), folded: Span::empty(0), kind, case: Case::None });
        i = j;
    }
}

/// Pushes the word at `start` if [`latin_word`] takes it, returning its
/// end.
fn push_latin(bytes: &[u8], start: usize, end: usize, out: &mut Vec<Token>) -> Option<usize> {
    let (word_end, case) = latin_word(bytes, start, end)?;
    out.push(Token::word(start, word_end, case));
    Some(word_end)
}

impl Token {
    /// A token of kind `Word` (its folded span is set later).
    fn word(start: usize, end: usize, case: Case) -> Token {
        Token { span: Span::from(start..end), folded: Span::empty(0), kind: TokenKind::Word, case }
    }
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        && !matches!(c, '$' | '%' | '+' | '<' | '=' | '>' | '^' | '|' | '~' | '#' | '&' | '*')
        || is_terminator(c)
        || crate::chars::is_quote_mark(c)
        || is_apostrophe(c)
        || is_hyphen(c)
        || crate::chars::is_dash(c)
        || matches!(c, '\u{2018}' | '\u{2019}' | '\u{00BF}' | '\u{00A1}' | '\u{00B7}' | '\u{2022}')
}

fn char_at(text: &str, i: usize, end: usize) -> Option<char> {
    text.get(i..end).and_then(|s| s.chars().next())
}

/// Finds the end of a word-like run that starts at `i`: letters and digits
/// joined by apostrophes, hyphens, decimal separators, dotted acronyms and
/// thousands separators. Also says whether an apostrophe or a hyphen joins
/// parts of it (only then may it need splitting), and the shape of its
/// ASCII letters, so that plain words need no second pass.
fn scan_word(text: &str, start: usize, end: usize) -> WordScan {
    let mut i = start;
    let mut joined = false;
    let mut ascii = true;
    // Whether the run so far is digits in groups ("100 000"), and the length
    // of its first group, to accept a space as thousands separator.
    let mut digits_only = true;
    let mut first_group = 0usize;
    let mut groups = 1usize;
    loop {
        let run_start = i;
        let bytes = text.as_bytes();
        while i < end {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    digits_only &= b.is_ascii_digit();
                    i += 1;
                    continue;
                }
                break;
            }
            match char_at(text, i, end) {
                Some(c) if is_word_char(c) => {
                    digits_only = false;
                    ascii = false;
                    i += c.len_utf8();
                }
                _ => break,
            }
        }
        if groups == 1 {
            first_group = i - start;
        }
        // Most words end at a space or a plain punctuation mark: leave at
        // once unless the mark may join (apostrophe, hyphen, period, comma,
        // or a space inside a grouped number).
        match bytes.get(i).filter(|_| i < end) {
            None => break,
            Some(b' ') if !digits_only => break,
            Some(&b) if b < 0x80 && !matches!(b, b'\'' | b'-' | b'.' | b',' | b' ' | b'`') => break,
            _ => {}
        }
        let Some(sep) = char_at(text, i, end) else { break };
        let after = i + sep.len_utf8();
        let next = char_at(text, after, end);
        let prev = text.get(run_start..i).and_then(|s| s.chars().next_back());
        let next_is_word = next.is_some_and(is_word_char);
        let prev_digit = prev.is_some_and(|p| p.is_ascii_digit());
        let next_digit = next.is_some_and(|n| n.is_ascii_digit());
        if (is_apostrophe(sep) || is_hyphen(sep)) && next_is_word {
            i = after;
            digits_only = false;
            joined = true;
            continue;
        }
        if (sep == ',' || sep == '.') && prev_digit && next_digit {
            i = after;
            continue;
        }
        if sep == '.' && next_is_word && i - run_start == 1 && prev.is_some_and(char::is_alphabetic)
        {
            // U.S.A, e.g: single letters joined by periods.
            i = after;
            digits_only = false;
            continue;
        }
        if sep == '.' && i - run_start == 1 && prev.is_some_and(char::is_uppercase) {
            // J.-Y. Le Drian: an initial, a hyphen, another initial.
            if let (Some(h), Some(l)) = (next, char_at(text, after + 1, end)) {
                if is_hyphen(h) && l.is_uppercase() && h.len_utf8() == 1 {
                    i = after + 1;
                    digits_only = false;
                    continue;
                }
            }
        }
        if digits_only
            && matches!(sep, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
            && (groups > 1 || first_group <= 3)
        {
            // A thousands group: exactly three digits, then no word char.
            let group_end = after + 3;
            let is_group =
                text.get(after..group_end).is_some_and(|g| g.bytes().all(|b| b.is_ascii_digit()))
                    && !char_at(text, group_end, end).is_some_and(is_word_char);
            if is_group && group_end <= end {
                i = group_end;
                groups += 1;
                continue;
            }
        }
        break;
    }
    // A final period belongs to abbreviations, initials and dotted acronyms.
    let mut abbreviation = false;
    // (A byte test: '.' is ASCII, so it is the char at `i` exactly when it
    // is the byte there; decoding a char after every word cost more.)
    if i < end && text.as_bytes().get(i) == Some(&b'.') {
        let word = &text[start..i];
        if is_abbreviation(word) {
            i += 1;
            abbreviation = true;
        }
    }
    // The case shape, only for a word that may be plain. Counting it here,
    // over the word just scanned (in cache), rather than byte by byte in
    // the loop above, keeps that loop to two tests per byte.
    let shape = if ascii && !digits_only && !abbreviation {
        Shape::of(text.as_bytes().get(start..i).unwrap_or(&[]))
    } else {
        Shape::default()
    };
    WordScan { end: i, joined, plain: shape.first != 0 && !shape.digit_first, shape }
}

/// What [`scan_word`] found.
struct WordScan {
    end: usize,
    joined: bool,
    /// An ASCII word of letters (and maybe digits after the first letter),
    /// whose kind is `Word` and whose case `shape` tells.
    plain: bool,
    shape: Shape,
}

/// The case shape of a word's ASCII letters and digits.
#[derive(Default)]
struct Shape {
    /// 0 when there is no letter, 1 when the first is lowercase, 2 uppercase.
    first: u8,
    /// A digit comes before the first letter.
    digit_first: bool,
    /// Some letter after the first is uppercase.
    upper: bool,
    /// Some letter after the first is lowercase.
    lower: bool,
}

impl Shape {
    /// The shape of the ASCII letters and digits of `word`; other bytes
    /// (separators, non-ASCII) are skipped.
    fn of(word: &[u8]) -> Shape {
        let mut shape = Shape::default();
        let Some(k) = word.iter().position(u8::is_ascii_alphanumeric) else { return shape };
        let Some(k) = word.iter().skip(k).position(u8::is_ascii_alphabetic).map(|p| p + k) else {
            // Digits only.
            shape.digit_first = true;
            return shape;
        };
        shape.digit_first = word.get(..k).is_some_and(|w| w.iter().any(u8::is_ascii_digit));
        let (first, rest) = match word.get(k..) {
            Some([first, rest @ ..]) => (*first, rest),
            _ => return shape,
        };
        shape.first = if first.is_ascii_uppercase() { 2 } else { 1 };
        shape.upper = rest.iter().any(u8::is_ascii_uppercase);
        shape.lower = rest.iter().any(u8::is_ascii_lowercase);
        shape
    }

    fn case(&self) -> Case {
        match (self.first, self.upper, self.lower) {
            (2, false, _) => Case::Capitalized,
            (2, _, false) => Case::Upper,
            (1, false, _) => Case::Lower,
            _ => Case::Mixed,
        }
    }
}

fn push_scanned(
    text: &str,
    start: usize,
    scan: &WordScan,
    language: Language,
    out: &mut Vec<Token>,
) {
    if scan.joined {
        split_word(text, start, scan.end, language, out);
    } else if scan.plain {
        out.push(Token {
            span: Span::from(start..scan.end),
            folded: Span::empty(0),
            kind: TokenKind::Word,
            case: scan.shape.case(),
        });
    } else {
        push_word(text, start, scan.end, out);
    }
}

/// Pushes the word `text[start..run.end]` of ASCII letters and digits that
/// [`tokenize_into`] found whole, as [`push_scanned`] would after
/// [`scan_word`]: a plain word with its case when it starts with a letter,
/// else by [`push_word`].
fn push_ascii_word(text: &str, start: usize, run: &AsciiRun, out: &mut Vec<Token>) {
    match run.letter_case() {
        Some(case) => out.push(Token::word(start, run.end, case)),
        None => push_word(text, start, run.end, out),
    }
}

/// Whether the byte before `end` is an ASCII letter.
fn ends_in_letter(bytes: &[u8], end: usize) -> bool {
    end.checked_sub(1).and_then(|k| bytes.get(k)).is_some_and(u8::is_ascii_alphabetic)
}

pub(super) fn push_word(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    if start >= end {
        return;
    }
    let word = &text[start..end];
    let kind = classify(word);
    out.push(Token {
        span: Span::from(start..end),
        folded: Span::empty(0),
        kind,
        case: case_of(word),
    });
}

fn classify(word: &str) -> TokenKind {
    let bytes = word.as_bytes();
    match bytes.first() {
        Some(b) if b.is_ascii_digit() => {}
        _ => {
            return if bytes.len() > 1 && bytes.last() == Some(&b'.') {
                TokenKind::Abbreviation
            } else {
                TokenKind::Word
            };
        }
    }
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if word.chars().all(|c| {
        c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
    }) {
        return TokenKind::Number;
    }
    let suffix = &word[digits..];
    let ordinal = [
        "er", "re", "ère", "ere", "e", "è", "ème", "eme", "nd", "nde", "st", "rd", "th", "ᵉ", "ʳᵉ",
        "ᵉʳ",
    ];
    if ordinal.iter().any(|o| o.eq_ignore_ascii_case(suffix)) {
        return TokenKind::Ordinal;
    }
    TokenKind::Word
}

/// `char::is_alphabetic`, without the Unicode tables for the Latin
/// letters of French words (`é`, `ç`, `œ`), which every word with an accent
/// asks about.
fn is_letter(c: char) -> bool {
    if ('\u{C0}'..='\u{24F}').contains(&c) {
        return c != '\u{D7}' && c != '\u{F7}';
    }
    c.is_alphabetic()
}

fn case_of(word: &str) -> Case {
    if word.is_ascii() {
        let mut letters = word.bytes().filter(u8::is_ascii_alphabetic);
        let Some(first) = letters.next() else { return Case::None };
        let (mut upper, mut lower) = (0u32, 0u32);
        for b in letters {
            if b.is_ascii_uppercase() {
                upper += 1;
            } else {
                lower += 1;
            }
        }
        return match (first.is_ascii_uppercase(), upper, lower) {
            (true, 0, _) => Case::Capitalized,
            (true, _, 0) => Case::Upper,
            (false, 0, _) => Case::Lower,
            _ => Case::Mixed,
        };
    }
    let mut letters = word.chars().filter(|&c| is_letter(c));
    let Some(first) = letters.next() else { return Case::None };
    let mut rest_upper = 0;
    let mut rest_lower = 0;
    for c in letters {
        match letter_case(c) {
            (true, _) => rest_upper += 1,
            (false, true) => rest_lower += 1,
            _ => {}
        }
    }
    let (first_upper, first_lower) = letter_case(first);
    match (first_upper, rest_upper, rest_lower) {
        (true, 0, _) => Case::Capitalized,
        (true, _, 0) => Case::Upper,
        (false, 0, _) if first_lower => Case::Lower,
        _ => Case::Mixed,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn latin_letters_are_alphabetic() {
        for c in '\u{80}'..='\u{2FF}' {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    proptest! {
        /// The shortcut for plain ASCII words gives the tokens `scan_word`
        /// gives.
        #[test]
        fn plain_word_shortcut_changes_nothing(
            text in "([a-cA-C0-9 .,;'’()-]|l|d|L|qu|Qu|QU|jusqu|é|É|ç|œ|Œ|ß|ÿ|ı|×|÷|ж|\u{301}|\u{a0}|M\\.|etc|Co|Mme|cf|\n){0,40}"
        ) {
            for language in [Language::French, Language::English] {
                let (mut fast, mut slow) = (Vec::new(), Vec::new());
                tokenize_with(&text, Span::from(0..text.len()), language, true, &mut fast);
                tokenize_with(&text, Span::from(0..text.len()), language, false, &mut slow);
                prop_assert_eq!(&fast, &slow);
            }
        }

        /// Plain words get their case while scanning, other tokens from
        /// `case_of`: both agree on every token.
        #[test]
        fn case_is_the_case_of_the_token_text(text in "([a-cA-C0-9 .,'’-]|é|É|\u{a0}){0,30}") {
            let mut out = Vec::new();
            tokenize_into(&text, Span::from(0..text.len()), Language::French, &mut out);
            for t in &out {
                let word = t.span.slice(&text).unwrap_or("");
                prop_assert_eq!(t.case, case_of(word), "token {:?}", word);
            }
        }
    }

    fn toks(text: &str) -> Vec<String> {
        toks_in(text, Language::French)
    }

    fn toks_in(text: &str, lang: Language) -> Vec<String> {
        let mut out = Vec::new();
        tokenize_into(text, Span::from(0..text.len()), lang, &mut out);
        out.iter().map(|t| t.span.slice(text).unwrap_or("?").to_string()).collect()
    }

    fn kinds(text: &str) -> Vec<TokenKind> {
        let mut out = Vec::new();
        tokenize_into(text, Span::from(0..text.len()), Language::French, &mut out);
        out.iter().map(|t| t.kind).collect()
    }

    #[test]
    fn french_elision() {
        assert_eq!(
            toks("l'Ukraine d’Antalya jusqu'à"),
            ["l'", "Ukraine", "d’", "Antalya", "jusqu'", "à"]
        );
        assert_eq!(toks("qu'aujourd'hui"), ["qu'", "aujourd'hui"]);
        assert_eq!(toks("aujourd’hui quelqu'un"), ["aujourd’hui", "quelqu'un"]);
        assert_eq!(toks("L’OTAN"), ["L’", "OTAN"]);
        assert_eq!(toks("O'Brien"), ["O'Brien"]);
    }

    #[test]
    fn compounds_and_clitics() {
        assert_eq!(
            toks("cessez-le-feu Moscou-Washington Poutine–Zelensky"),
            ["cessez-le-feu", "Moscou-Washington", "Poutine–Zelensky"]
        );
        assert_eq!(toks("peut-on a-t-il dit-elle"), ["peut", "-on", "a", "-t-il", "dit", "-elle"]);
        assert_eq!(toks("nord-est"), ["nord-est"]);
        assert_eq!(toks("- oui"), ["-", "oui"]);
    }

    #[test]
    fn numbers() {
        assert_eq!(
            toks("100 000 soldats, 3,5 % et 1er avril 2022."),
            ["100 000", "soldats", ",", "3,5", "%", "et", "1er", "avril", "2022", "."]
        );
        assert_eq!(
            kinds("100\u{a0}000 3.5 1er 2e 15h30"),
            [
                TokenKind::Number,
                TokenKind::Number,
                TokenKind::Ordinal,
                TokenKind::Ordinal,
                TokenKind::Word
            ]
        );
        // A year after a small number is not a thousands group.
        assert_eq!(toks("10 pays 2022 1234 567"), ["10", "pays", "2022", "1234", "567"]);
        assert_eq!(toks("le 24 2022"), ["le", "24", "2022"]);
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(toks("M. Kuleba et Mme Dupont"), ["M.", "Kuleba", "et", "Mme", "Dupont"]);
        assert_eq!(toks("J.-Y. Le Drian"), ["J.-Y.", "Le", "Drian"]);
        assert_eq!(toks("the U.S. army"), ["the", "U.S.", "army"]);
        assert_eq!(toks("fin."), ["fin", "."]);
        assert_eq!(kinds("M."), [TokenKind::Abbreviation]);
    }

    #[test]
    fn punctuation_runs() {
        assert_eq!(
            toks("espoir... Après ?! (...)"),
            ["espoir", "...", "Après", "?!", "(", "...", ")"]
        );
        assert_eq!(toks("«\u{a0}Oui\u{a0}»"), ["«", "Oui", "»"]);
        assert_eq!(toks("négociations. . «"), ["négociations", ".", ".", "«"]);
    }

    #[test]
    fn english_possessive() {
        assert_eq!(toks_in("Russia's army", Language::English), ["Russia", "'s", "army"]);
        assert_eq!(toks_in("don't", Language::English), ["don't"]);
    }

    #[test]
    fn case_shapes() {
        assert_eq!(case_of("Kiev"), Case::Capitalized);
        assert_eq!(case_of("OTAN"), Case::Upper);
        assert_eq!(case_of("iPhone"), Case::Mixed);
        assert_eq!(case_of("pourparlers"), Case::Lower);
        assert_eq!(case_of("2022"), Case::None);
        assert_eq!(case_of("É"), Case::Capitalized);
    }
}
