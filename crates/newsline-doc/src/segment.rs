//! Paragraphs, headings and sentences.
//!
//! The body is cut into lines; blank lines separate blocks, and inside a
//! block a line break is hard unless the line plainly continues on the next
//! one (it ends without punctuation and the next line starts in lowercase).
//! Each unit is a [`Paragraph`]: a heading when it is one short line with no
//! final punctuation, a list item when it starts with a bullet, else text.
//! Sentences are then found on the tokens of each text paragraph.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::chars::{
    is_closing_bracket, is_dash, is_opening_bracket, is_quote_mark, is_space, is_terminator,
};
use crate::document::{Language, Warning};
use crate::span::Span;
use crate::token::{abbreviation_may_end_sentence, tokenize_into, Token, TokenKind};

/// A paragraph, heading or list item.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Paragraph {
    /// Where it is, trimmed of surrounding space.
    pub span: Span,
    /// What it is.
    pub kind: ParagraphKind,
    /// The index of the blank-line separated block it belongs to. Quotes
    /// never run across blocks.
    pub block: usize,
}

/// What sort of unit a [`Paragraph`] is.
///
/// This enum is `#[non_exhaustive]` so that new kinds (tables, captions) may
/// be added in semver compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ParagraphKind {
    /// Running text.
    Text,
    /// A title or heading: one short line with no final punctuation.
    Heading,
    /// A line that starts with a bullet or a number and a period.
    ListItem,
}

/// A sentence, or a heading or list line taken as one.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Sentence {
    /// Where it is, from its first to its last non-space character.
    pub span: Span,
    /// The index of its paragraph in [`Document::paragraphs`](crate::Document::paragraphs).
    pub paragraph: usize,
    /// The range of its tokens in [`Document::tokens`](crate::Document::tokens).
    pub tokens: Range<usize>,
    /// Whether it is a heading.
    pub heading: bool,
}

pub(crate) struct Segmented {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub warnings: Vec<Warning>,
}

/// Headings are short: at most this many bytes...
const MAX_HEADING_BYTES: usize = 200;
/// ...and this many tokens.
const MAX_HEADING_TOKENS: usize = 30;

pub(crate) fn segment(text: &str, body: Span, language: Language) -> Segmented {
    let mut out = Segmented {
        paragraphs: Vec::new(),
        sentences: Vec::new(),
        tokens: Vec::with_capacity(body.len() / 5),
        warnings: Vec::new(),
    };
    let units = paragraph_units(text, body);
    for (span, block) in units {
        let first_token = out.tokens.len();
        tokenize_into(text, span, language, &mut out.tokens);
        let tokens = first_token..out.tokens.len();
        if tokens.is_empty() {
            continue;
        }
        let kind = paragraph_kind(text, span, &out.tokens[tokens.clone()]);
        let index = out.paragraphs.len();
        out.paragraphs.push(Paragraph { span, kind, block });
        if kind == ParagraphKind::Heading {
            out.sentences.push(Sentence { span, paragraph: index, tokens, heading: true });
        } else {
            split_sentences(text, &out.tokens, tokens, index, &mut out.sentences);
        }
    }
    out
}

/// Cuts the body into trimmed lines joined into paragraph units, each with
/// its block index.
fn paragraph_units(text: &str, body: Span) -> Vec<(Span, usize)> {
    let mut units: Vec<(Span, usize)> = Vec::new();
    let mut block = 0usize;
    let mut blank_since_last = false;
    let mut current: Option<Span> = None;
    let body_text = body.slice(text).unwrap_or("");
    let mut line_start = body.start();
    for raw in (LinesInclusive { rest: body_text }) {
        let line_span = Span::from(line_start..line_start + raw.len());
        line_start += raw.len();
        let Some(trimmed) = trim_span(text, line_span) else {
            blank_since_last = true;
            continue;
        };
        if blank_since_last && (current.is_some() || !units.is_empty()) {
            if let Some(c) = current.take() {
                units.push((c, block));
            }
            block += 1;
        }
        blank_since_last = false;
        match current {
            Some(c) if continues(text, c, trimmed) => current = Some(c.cover(trimmed)),
            Some(c) => {
                units.push((c, block));
                current = Some(trimmed);
            }
            None => current = Some(trimmed),
        }
    }
    if let Some(c) = current {
        units.push((c, block));
    }
    units
}

/// Lines with their terminators (LF, CR, U+2028, U+2029), found by a byte
/// scan: far faster than a `split_inclusive` on a set of chars. `memchr3`
/// jumps to the next candidate byte (LF, CR, or E2, the lead byte of U+2028
/// and U+2029) many bytes at a time; a byte loop was a tenth of the
/// document layer.
struct LinesInclusive<'t> {
    rest: &'t str,
}

impl<'t> Iterator for LinesInclusive<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        if self.rest.is_empty() {
            return None;
        }
        let bytes = self.rest.as_bytes();
        let mut i = 0;
        let end = loop {
            let Some(k) = bytes.get(i..).and_then(|b| memchr::memchr3(b'\n', b'\r', 0xE2, b))
            else {
                break bytes.len();
            };
            i += k;
            match bytes.get(i) {
                None => break bytes.len(),
                Some(b'\n' | b'\r') => break i + 1,
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                Some(0xE2)
                    if bytes.get(i + 1) == Some(&0x80)
                        && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
                {
                    break i + 3
                }
                Some(_) => i += 1,
            }
        };
        let (line, rest) = self.rest.split_at(end);
        self.rest = rest;
        Some(line)
    }
}

/// Whether the line `next` continues the paragraph `current` (a soft
/// wrap): `current` ends without punctuation and `next` starts in
/// lowercase. A CR alone is a line end too; CRLF has an empty line between
/// CR and LF, which `trim_span` skips.
fn continues(text: &str, current: Span, next: Span) -> bool {
    let prev = current.slice(text).unwrap_or("");
    let next_text = next.slice(text).unwrap_or("");
    let last = prev.chars().next_back();
    let first = next_text.chars().next();
    let ends_open = last.is_some_and(|c| c.is_alphanumeric() || c == ',' || is_hyphen_like(c));
    ends_open && first.is_some_and(char::is_lowercase) && !is_list_start(next_text)
}

fn is_hyphen_like(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{00AD}'
}

fn trim_span(text: &str, span: Span) -> Option<Span> {
    let s = span.slice(text)?;
    let start = s.find(|c: char| !is_space(c))?;
    let end = s.char_indices().rev().find(|&(_, c)| !is_space(c)).map(|(i, c)| i + c.len_utf8())?;
    Some(Span::from(span.start() + start..span.start() + end))
}

fn is_list_start(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '*' | '•' | '–' | '—' | '·' | '▪' | '►') => {
            chars.next().is_some_and(is_space)
        }
        Some(c) if c.is_ascii_digit() => {
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            digits <= 3
                && matches!(line.as_bytes().get(digits), Some(b'.' | b')'))
                && line.get(digits + 1..).and_then(|r| r.chars().next()).is_some_and(is_space)
        }
        _ => false,
    }
}

fn paragraph_kind(text: &str, span: Span, tokens: &[Token]) -> ParagraphKind {
    let s = span.slice(text).unwrap_or("");
    if is_list_start(s) {
        return ParagraphKind::ListItem;
    }
    if s.len() > MAX_HEADING_BYTES || tokens.len() > MAX_HEADING_TOKENS {
        return ParagraphKind::Text;
    }
    let one_line = !s.contains(['\n', '\r']);
    // A heading may be quoted ("La Russie a constamment menti"): look at
    // what comes before the closing marks.
    let core = s.trim_end_matches(|c: char| is_quote_mark(c) || is_space(c) || c == '’');
    let last = core.chars().next_back().unwrap_or('.');
    let open_ending =
        !(is_terminator(last) || matches!(last, ':' | ';' | ',') || is_closing_bracket(last));
    let first_upper = s
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || is_quote_mark(c));
    if one_line
        && open_ending
        && first_upper
        && s.len() <= MAX_HEADING_BYTES
        && tokens.len() <= MAX_HEADING_TOKENS
    {
        ParagraphKind::Heading
    } else {
        ParagraphKind::Text
    }
}

/// Finds the sentences of one paragraph from its tokens.
fn split_sentences(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let tok = |i: usize| -> &str { tokens[i].span.slice(text).unwrap_or("") };
    let first_char = |i: usize| tok(i).chars().next().unwrap_or(' ');
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        let t = &tokens[i];
        if !matches!(t.kind, TokenKind::Punctuation | TokenKind::Abbreviation) {
            i += 1;
            continue;
        }
        let s = tok(i);
        let c = s.chars().next().unwrap_or(' ');
        let is_end_mark = match t.kind {
            TokenKind::Punctuation => is_terminator(c),
            TokenKind::Abbreviation => abbreviation_may_end_sentence(s),
            _ => false,
        };
        if !is_end_mark {
            i += 1;
            continue;
        }
        // Absorb closers and stray repeated terminators (". ." in machine
        // translated text): they belong to the sentence that just ended.
        let mut j = i + 1;
        while j < range.end {
            let d = first_char(j);
            let glued = tokens[j].span.start() == tokens[j - 1].span.end();
            let closer = tokens[j].kind == TokenKind::Punctuation
                && (is_closing_bracket(d)
                    || matches!(d, '»' | '”' | '’' | '›')
                    || (d == '"' && glued));
            let repeated = tokens[j].kind == TokenKind::Punctuation && is_terminator(d);
            if closer || repeated {
                j += 1;
            } else {
                break;
            }
        }
        let boundary = match tokens.get(j).filter(|_| j < range.end) {
            None => true,
            Some(next) => {
                let n = first_char(j);
                let starts_sentence = n.is_uppercase()
                    || n.is_ascii_digit()
                    || (is_quote_mark(n) && n != '»' && n != '”')
                    || is_opening_bracket(n)
                    || is_dash(n)
                    || n == '-'
                    || n == '¿'
                    || n == '¡';
                let abbreviation = t.kind == TokenKind::Abbreviation;
                let ellipsis_in_brackets = s.starts_with('.')
                    && s.len() >= 3
                    && i > range.start
                    && first_char(i - 1) == '(';
                let glued_to_next = next.span.start() == tokens[j - 1].span.end() && next.is_word();
                // After an abbreviation that may end a sentence ("etc."),
                // only a capitalised word starts a new one.
                let abbreviation_ends = !abbreviation || next.is_capitalized();
                starts_sentence && abbreviation_ends && !ellipsis_in_brackets && !glued_to_next
            }
        };
        if boundary {
            push(tokens, start..j, paragraph, out);
            start = j;
        }
        i = j;
    }
    if start < range.end {
        push(tokens, start..range.end, paragraph, out);
    }
}

fn push(tokens: &[Token], range: Range<usize>, paragraph: usize, out: &mut Vec<Sentence>) {
    let (Some(first), Some(last)) =
        (tokens.get(range.start), tokens.get(range.end.saturating_sub(1)))
    else {
        return;
    };
    let span = Span::from(first.span.start()..last.span.end());
    out.push(Sentence { span, paragraph, tokens: range, heading: false });
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::LinesInclusive;
    use crate::Document;

    proptest! {
        /// The byte scan cuts lines exactly where a split after each line
        /// terminator char does.
        #[test]
        fn lines_end_after_each_terminator(
            text in "([a-z é\u{2027}\u{2028}\u{2029}\u{2030}\u{e000}]|\r|\n|\r\n){0,40}"
        ) {
            let got: Vec<&str> = LinesInclusive { rest: &text }.collect();
            let expected: Vec<&str> =
                text.split_inclusive(['\n', '\r', '\u{2028}', '\u{2029}']).collect();
            prop_assert_eq!(got, expected);
        }
    }

    fn sentences(text: &str) -> Vec<String> {
        let doc = Document::builder("t", text).build();
        doc.sentences().iter().map(|s| doc.sentence_text(s).to_string()).collect()
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            sentences("M. Kuleba a parlé. Mme Dupont aussi."),
            ["M. Kuleba a parlé.", "Mme Dupont aussi."]
        );
        assert_eq!(
            sentences("Selon J.-Y. Le Drian, rien. Fin."),
            ["Selon J.-Y. Le Drian, rien.", "Fin."]
        );
        assert_eq!(
            sentences("Le Dr. Martin et MM. Durand sont là."),
            ["Le Dr. Martin et MM. Durand sont là."]
        );
        assert_eq!(
            sentences("Des chars, des avions, etc. Puis la paix."),
            ["Des chars, des avions, etc.", "Puis la paix."]
        );
        assert_eq!(
            sentences("The U.S. army left. It rained."),
            ["The U.S. army left.", "It rained."]
        );
    }

    #[test]
    fn numbers_do_not_split() {
        assert_eq!(
            sentences("Il y a 100 000 soldats et 3.5 chars. Le 1er avril."),
            ["Il y a 100 000 soldats et 3.5 chars.", "Le 1er avril."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            sentences("une lueur d'espoir... Après un cycle."),
            ["une lueur d'espoir...", "Après un cycle."]
        );
        assert_eq!(
            sentences("les actes (...) et pour l'instant rien."),
            ["les actes (...) et pour l'instant rien."]
        );
        assert_eq!(sentences("Attendez… Non."), ["Attendez…", "Non."]);
    }

    #[test]
    fn quotes() {
        assert_eq!(
            sentences("« La Russie a menti. Nous la jugeons », a lancé le chef. « C'est vrai. »"),
            ["« La Russie a menti.", "Nous la jugeons », a lancé le chef.", "« C'est vrai. »"]
        );
        assert_eq!(
            sentences("\"Je n'ai pas grand espoir.\" Il part."),
            ["\"Je n'ai pas grand espoir.\"", "Il part."]
        );
        assert_eq!(sentences("« Pourquoi ? » a-t-il demandé."), ["« Pourquoi ? » a-t-il demandé."]);
        assert_eq!(
            sentences("Il a dit « non ». Puis il est parti."),
            ["Il a dit « non ».", "Puis il est parti."]
        );
    }

    #[test]
    fn french_spacing_before_marks() {
        assert_eq!(
            sentences("Mais peut-on y croire ? Oui !"),
            ["Mais peut-on y croire ?", "Oui !"]
        );
    }

    #[test]
    fn machine_translation_garbage() {
        assert_eq!(
            sentences("de futures négociations. . « Je lui ai dit. »"),
            ["de futures négociations. .", "« Je lui ai dit. »"]
        );
        assert_eq!(
            sentences("avec ses voisins. . partagent des liens."),
            ["avec ses voisins. . partagent des liens."]
        );
    }

    #[test]
    fn headings_and_lines() {
        let text = "Table of Contents\nPoutine évoque un espoir\nLe président a parlé. Il a dit oui.\nDes signes d’un rapprochement\nFin.";
        assert_eq!(
            sentences(text),
            [
                "Table of Contents",
                "Poutine évoque un espoir",
                "Le président a parlé.",
                "Il a dit oui.",
                "Des signes d’un rapprochement",
                "Fin."
            ]
        );
        let doc = Document::builder("t", text).build();
        let kinds: Vec<_> = doc.paragraphs().iter().map(|p| p.kind).collect();
        use super::ParagraphKind::*;
        assert_eq!(kinds, [Heading, Heading, Text, Heading, Text]);
    }

    #[test]
    fn soft_wrapped_lines_join() {
        let text = "Les ministres se sont\nrencontrés jeudi. Ils\nont parlé.";
        assert_eq!(
            sentences(text),
            ["Les ministres se sont\nrencontrés jeudi.", "Ils\nont parlé."]
        );
        let doc = Document::builder("t", text).build();
        assert_eq!(doc.paragraphs().len(), 1);
    }

    #[test]
    fn list_items() {
        let text = "Les points :\n- un cessez-le-feu\n- un retrait\n1. la neutralité";
        let doc = Document::builder("t", text).build();
        let kinds: Vec<_> = doc.paragraphs().iter().map(|p| p.kind).collect();
        use super::ParagraphKind::*;
        assert_eq!(kinds, [Text, ListItem, ListItem, ListItem]);
        assert_eq!(doc.sentences().len(), 4);
    }

    #[test]
    fn blocks_count_blank_lines() {
        let doc = Document::builder("t", "Un.\nDeux.\n\n\nTrois.").build();
        let blocks: Vec<_> = doc.paragraphs().iter().map(|p| p.block).collect();
        assert_eq!(blocks, [0, 0, 1]);
    }

    #[test]
    fn crlf_and_nbsp() {
        assert_eq!(sentences("Un.\r\nDeux\u{a0}!\r\n\r\nTrois."), ["Un.", "Deux\u{a0}!", "Trois."]);
    }

    #[test]
    fn empty_and_space_only() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\t\u{a0} ").is_empty());
    }
}
