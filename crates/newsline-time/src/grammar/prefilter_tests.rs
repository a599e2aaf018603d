//! The prefilter of [`find`] must never drop a match: these tests run the
//! grammar with and without it and compare.

use super::*;
use crate::lexicon::FUNCTIONS;
use crate::scan::tokenize;

/// The sources of the grammar, whose string literals are the words its
/// rules compare tokens with.
const SOURCES: &[&str] = &[
    include_str!("mod.rs"),
    include_str!("amounts.rs"),
    include_str!("clock.rs"),
    include_str!("dates.rs"),
    include_str!("deictic.rs"),
    include_str!("periods.rs"),
];

/// Every word (lowercase ASCII letters) written between double quotes in
/// the grammar's sources, comments included.
fn grammar_literals() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for src in SOURCES {
        let mut rest = *src;
        while let Some(open) = rest.find('"') {
            let after = &rest[open + 1..];
            let len = after.bytes().take_while(u8::is_ascii_lowercase).count();
            if len > 0 && after.as_bytes().get(len) == Some(&b'"') {
                out.push(&after[..len]);
                rest = &after[len + 1..];
            } else {
                rest = after;
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The token ranges of the matches.
type Spans = Vec<(usize, usize)>;

/// The matches of `text` with the prefilter and without.
fn both_ways(text: &str) -> (Spans, Spans) {
    let toks = tokenize(text, 0, text.len());
    let spans = |ms: Vec<Match>| ms.iter().map(|m| (m.start, m.end)).collect::<Spans>();
    (spans(find_with(text, &toks, true)), spans(find_with(text, &toks, false)))
}

#[test]
fn the_grammar_literals_are_found() {
    let words = grammar_literals();
    assert!(words.len() > 250, "only {} literals", words.len());
    for w in ["veille", "moment", "instant", "avenir", "heure", "actuelle", "jours"] {
        assert!(words.contains(&w), "{w}");
    }
}

/// Wherever the prefilter stops a function word, no rule matches there.
/// For each function word, each determiner it looks past (and "l'" and a
/// bare apostrophe), each grammar literal or plain word or punctuation
/// after it, after a few words that rules read before a start ("dans la
/// soirée") and with a few continuations: if the prefilter stops the
/// function word, the grammar finds nothing starting at it.
#[test]
fn every_literal_after_a_stopped_function_word_starts_nothing() {
    let next: Vec<&str> = grammar_literals()
        .into_iter()
        .chain(["chat", ",", "(", ".", "\"", ":", "-", "'", "2022", "15"])
        .collect();
    let mut between: Vec<String> = LOOKED_PAST.iter().map(|d| d.to_string()).collect();
    between.push("l'".to_string());
    between.push("'".to_string());
    let before = ["", "dans", "en"];
    let tails = [
        "",
        " 2022",
        " mars 2022",
        " de la semaine",
        " 15h",
        " jours",
        " a deux ans",
        " - hier",
        " ' avant",
    ];
    let (mut stopped, mut checked) = (0, 0);
    for b in before {
        for f in FUNCTIONS {
            for d in &between {
                for x in &next {
                    let glue = if d.ends_with('\'') { "" } else { " " };
                    let head = format!("{b} {f} {d}{glue}{x}");
                    let toks = tokenize(&head, 0, head.len());
                    let at = usize::from(!b.is_empty());
                    let g = G { t: &toks, words: words_of(&head, &toks) };
                    if g.function_word_may_start(at) {
                        continue;
                    }
                    stopped += 1;
                    for t in tails {
                        let text = format!("{head}{t}");
                        let toks = tokenize(&text, 0, text.len());
                        let g = G { t: &toks, words: words_of(&text, &toks) };
                        let found = g.at(at).filter(|(end, _)| *end > at);
                        assert!(found.is_none(), "{text:?} starts an expression at {f:?}");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(stopped > 10_000 && checked > 60_000, "{stopped} {checked}");
}

fn words_of<'a>(text: &'a str, toks: &[Tok]) -> Vec<&'a str> {
    toks.iter().map(|t| text.get(t.start()..t.end()).unwrap_or("")).collect()
}

proptest::proptest! {
    /// Random sequences of grammar words, numbers and punctuation: the
    /// prefilter changes no match.
    #[test]
    fn prefilter_drops_no_match(
        picks in proptest::collection::vec(0usize..10_000, 1..14),
    ) {
        let words = grammar_literals();
        let extra = ["2022", "15", "3", "'", "-", ",", ".", "h", "chat"];
        let text: Vec<&str> = picks
            .iter()
            .map(|&k| {
                let k = k % (words.len() + extra.len());
                words.get(k).copied().unwrap_or_else(|| extra[k - words.len()])
            })
            .collect();
        let text = text.join(" ");
        let (with, without) = both_ways(&text);
        proptest::prop_assert_eq!(with, without, "{:?}", text);
    }
}

/// "été" and the Roman centuries pass the prefilter only in their frame:
/// elsewhere no rule starts at them.
#[test]
fn framed_words_start_nothing_outside_their_frame() {
    let words = ["ete", "fall", "vie", "xxe", "ive", "xixeme"];
    let before = ["", "a", "en", "d '", "l '", "de", "cet", "il a"];
    let after: Vec<&str> =
        grammar_literals().into_iter().chain(["", "2022", "chat", ",", "-", "15"]).collect();
    let mut checked = 0;
    for w in words {
        for b in before {
            for a in &after {
                let text = format!("{b} {w} {a} 2022");
                let (with, without) = both_ways(&text);
                assert_eq!(with, without, "{text:?}");
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000, "{checked}");
}

/// A number that is no year passes the prefilter only before what may
/// continue an expression: before anything else, no rule starts at it.
#[test]
fn numbers_start_nothing_before_other_words() {
    let numbers = ["1", "3", "15", "24", "31", "300", "0800", "3000", "2022", "12345"];
    let before = ["", "a", "le", "il y a", "depuis", "en", "dans", "est"];
    let after: Vec<&str> = grammar_literals()
        .into_iter()
        .chain(["", "2022", "15", "km", "%", "€", ")", ",", ".", "/", "-", ":", "'", "p"])
        .collect();
    let tails = ["", " 2022", " mars", " 15", " . m", " jours", " heures"];
    let mut checked = 0;
    for n in numbers {
        for b in before {
            for a in &after {
                for t in tails {
                    let text = format!("{b} {n} {a}{t}");
                    let (with, without) = both_ways(&text);
                    assert_eq!(with, without, "{text:?}");
                    let glued = format!("{b} {n}{a}{t}");
                    let (with, without) = both_ways(&glued);
                    assert_eq!(with, without, "{glued:?}");
                    checked += 2;
                }
            }
        }
    }
    assert!(checked > 100_000, "{checked}");
}
