//! A word-like run split into its words: French elisions ("l'", "qu'"),
//! trailing inverted clitics ("peut-on", "a-t-il"), an English possessive
//! ("Russia's"); words with an apostrophe that stay whole
//! ("aujourd'hui").

use super::{push_word, Token};
use crate::chars::{is_apostrophe, is_hyphen};
use crate::document::Language;

/// Elided French words that lose their vowel before another word, matched
/// case-insensitively before an apostrophe.
const ELISIONS: &[&str] =
    &["l", "d", "j", "m", "n", "s", "t", "c", "ç", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"];

/// Words with an apostrophe that stay whole.
const WHOLE_WITH_APOSTROPHE: &[&str] = &[
    "aujourd'hui",
    "quelqu'un",
    "quelqu'une",
    "presqu'ile",
    "presqu'île",
    "prud'homme",
    "prud'hommes",
];

/// Inverted subject clitics split off a verb: `peut-on`, `a-t-il`.
const CLITICS: &[&str] = &["je", "tu", "il", "elle", "on", "ils", "elles", "ce"];

/// Splits a word-like run into tokens: elisions, trailing clitics, an
/// English possessive.
pub(super) fn split_word(
    text: &str,
    start: usize,
    end: usize,
    language: Language,
    out: &mut Vec<Token>,
) {
    let mut s = start;
    // Elisions, repeatedly: "qu'aujourd'hui" is qu' + aujourd'hui.
    loop {
        let rest = &text[s..end];
        let Some((pos, apo)) = rest.char_indices().find(|&(_, c)| is_apostrophe(c)) else { break };
        if pos == 0 || pos + apo.len_utf8() >= rest.len() {
            break;
        }
        let prefix = &rest[..pos];
        if !ELISIONS.iter().any(|e| {
            e.eq_ignore_ascii_case(prefix) || (*e == "ç" && (prefix == "ç" || prefix == "Ç"))
        }) {
            break;
        }
        if keeps_whole(rest) {
            break;
        }
        let cut = s + pos + apo.len_utf8();
        push_word(text, s, cut, out);
        s = cut;
    }
    // An English possessive: Russia's -> Russia + 's.
    let mut end_main = end;
    let mut possessive = None;
    if language == Language::English {
        let w = &text[s..end];
        if let Some((pos, c)) = w.char_indices().rev().nth(1) {
            if is_apostrophe(c) && w[pos + c.len_utf8()..].eq_ignore_ascii_case("s") && pos > 0 {
                end_main = s + pos;
                possessive = Some((s + pos, end));
            }
        }
    }
    // Trailing inverted clitics: peut-on, a-t-il, dit-elle.
    let w = &text[s..end_main];
    let mut clitic_start = None;
    if let Some((pos, h)) = w.char_indices().rev().find(|&(_, c)| is_hyphen(c)) {
        let last = &w[pos + h.len_utf8()..];
        if pos > 0 && CLITICS.iter().any(|c| c.eq_ignore_ascii_case(last)) {
            let mut cut = pos;
            // Include the euphonic -t- of a-t-il.
            let before = &w[..pos];
            if let Some((p2, h2)) = before.char_indices().rev().nth(1) {
                if is_hyphen(h2) && before[p2 + h2.len_utf8()..].eq_ignore_ascii_case("t") && p2 > 0
                {
                    cut = p2;
                }
            }
            clitic_start = Some(s + cut);
        }
    }
    match clitic_start {
        Some(c) => {
            push_word(text, s, c, out);
            push_word(text, c, end_main, out);
        }
        None => push_word(text, s, end_main, out),
    }
    if let Some((a, b)) = possessive {
        push_word(text, a, b, out);
    }
}

fn keeps_whole(rest: &str) -> bool {
    WHOLE_WITH_APOSTROPHE.iter().any(|w| {
        // Compare char by char, case-insensitively, any apostrophe matching
        // any other, without allocating: this runs on every elision.
        let mut r = rest.chars();
        for wc in w.chars() {
            match r.next() {
                Some(rc)
                    if rc == wc
                        || (is_apostrophe(rc) && wc == '\'')
                        || rc.to_lowercase().eq(std::iter::once(wc)) => {}
                _ => return false,
            }
        }
        r.next().is_none_or(is_hyphen)
    })
}
