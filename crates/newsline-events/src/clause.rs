//! Words and clauses: a token's folded word, spans of tokens, past
//! participles, whether two tokens share a clause, and what "selon" or a
//! reporting word has in its scope.

use std::ops::Range;

use newsline_doc::{Document, Span};

/// Auxiliaries of the active voice: "a proposé", "avaient menacé".
pub(crate) const ACTIVE_AUXILIARIES: &[&str] = &[
    "a", "ont", "ai", "as", "avons", "avez", "avait", "avaient", "aura", "auront", "aurait",
    "auraient", "eu", "avoir",
];

/// Whether token `i` is a French past participle in the original text
/// ("déclaré", "menacées"): folding makes "insisté" and "insiste" one form,
/// so the accent is read in the original.
pub(crate) fn past_participle(doc: &Document, i: usize) -> bool {
    participle_ending(doc.tokens().get(i).map_or("", |tok| doc.token_text(tok)))
}

/// Whether a word ends, lowercased, in "é", "és", "ée" or "ées".
fn participle_ending(original: &str) -> bool {
    // The last three chars, lowercased one by one without a new string
    // (this runs for many triggers). Lowercasing a whole word changes each
    // char on its own, and no char lowercases to several that end in
    // 'é', 'e' or 's', so a char whose lowercase is longer than one char
    // (`None` here) matches none of the endings.
    let mut last = ['\0'; 3];
    let mut n = 0;
    for c in original.chars().rev().take(3) {
        let mut lower = c.to_lowercase();
        last[2 - n] = if lower.len() == 1 { lower.next().unwrap_or('\0') } else { '\0' };
        n += 1;
    }
    let ends = |e: &[char]| e.len() <= n && last[3 - e.len()..] == *e;
    ends(&['é']) || ends(&['é', 's']) || ends(&['é', 'e']) || ends(&['é', 'e', 's'])
}

pub(crate) fn span_of(doc: &Document, tokens: Range<usize>) -> Span {
    let t = doc.tokens();
    match (t.get(tokens.start), t.get(tokens.end.saturating_sub(1))) {
        (Some(a), Some(b)) => a.span.cover(b.span),
        _ => Span::empty(0),
    }
}

pub(crate) fn word(doc: &Document, i: usize) -> &str {
    doc.tokens().get(i).map_or("", |t| doc.folded_token(t))
}

/// The last of `marks` (":" or ";") outside quotes in `tokens`: the
/// opening of the clause the tokens after it stand in ("La BBC a fait un
/// résumé : l'Espagne a annoncé...").
pub(crate) fn last_clause_break(
    doc: &Document,
    tokens: Range<usize>,
    marks: &[&str],
) -> Option<usize> {
    tokens.rev().find(|&i| marks.contains(&word(doc, i))).filter(|&i| {
        doc.tokens().get(i).is_some_and(|tok| doc.quote_containing(tok.span).is_none())
    })
}

/// Whether two tokens are in the same clause: no punctuation between
/// them, nor a word that opens a clause ("car", "mais", a relative "qui",
/// a "que").
pub(crate) fn same_clause(doc: &Document, a: usize, b: usize) -> bool {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    !(lo + 1..hi).any(|i| {
        matches!(
            word(doc, i),
            "," | ";"
                | ":"
                | "."
                | "car"
                | "mais"
                | "qui"
                | "que"
                | "qu'"
                | "parce"
                | "tandis"
                | "puisque"
                | "lorsque"
                | "quand"
                | "because"
                | "but"
                | "which"
                | "who"
        )
    })
}

/// Whether "selon" at token `s` scopes over the trigger at `t`: its own
/// clause, or the whole sentence when it opens it ("Selon X, ...") or
/// closes it ("..., selon X.").
pub(crate) fn selon_scopes(doc: &Document, s: usize, t: usize, sentence: Range<usize>) -> bool {
    let opens = s == sentence.start
        || (sentence.start..s).all(|i| matches!(word(doc, i), "\"" | "(" | "-"));
    let closes = !(s + 1..sentence.end).any(|i| matches!(word(doc, i), "," | ";" | ":"));
    opens || closes || same_clause(doc, s, t)
}

/// Whether the reporting word at token `r` governs the trigger at `t`:
/// "a annoncé que ... t", "a dit ... réduire" (an infinitive close after),
/// "l'annonce ... d'un retrait" (the complement of a speech noun). A quote
/// closed before a comma, or a relative clause after a comma, ends what it
/// reports: "que « ... », tout en mettant en garde", "..., les pays qui ont
/// rejoint".
pub(crate) fn reports(doc: &Document, r: usize, t: usize, nominal: bool) -> bool {
    if t <= r {
        return false;
    }
    let between: Vec<&str> = (r + 1..t).map(|i| word(doc, i)).collect();
    let closed = between.iter().enumerate().any(|(k, w)| {
        (*w == "\"" && between.get(k + 1) == Some(&","))
            || (*w == ","
                && between[k + 1..]
                    .iter()
                    .take(3)
                    .any(|x| matches!(*x, "qui" | "dont" | "lesquels" | "lesquelles")))
    });
    if closed {
        return false;
    }
    if nominal {
        // "l'annonce de la part des Russes, d'un retrait": the complement
        // "de" + the event, within ten tokens, in the same sentence part.
        let det = |w: &str| matches!(w, "un" | "une" | "la" | "le" | "l'" | "les" | "des");
        let between: Vec<&str> = between.iter().copied().filter(|w| *w != "\"").collect();
        let n = between.len();
        let of = |w: &str| matches!(w, "de" | "d'" | "du" | "des");
        return n <= 10
            && !between.iter().any(|w| {
                matches!(*w, "." | ";" | ":" | "que" | "qu'" | "qui" | "alors" | "mais" | "car")
            })
            && ((n >= 1 && of(between[n - 1]))
                || (n >= 2 && det(between[n - 1]) && of(between[n - 2])));
    }
    // The "que" of reported speech, not of a conjunction ("alors que",
    // "avant que", "parce que").
    let complementizer = between.iter().enumerate().any(|(k, w)| {
        matches!(*w, "que" | "qu'" | "that")
            && !matches!(
                if k == 0 { word(doc, r) } else { between[k - 1] },
                "alors"
                    | "bien"
                    | "parce"
                    | "tandis"
                    | "pendant"
                    | "avant"
                    | "apres"
                    | "des"
                    | "ainsi"
                    | "sans"
                    | "pour"
                    | "afin"
                    | "tant"
                    | "moins"
                    | "plus"
            )
    });
    // "a souligné plus tôt avoir constaté le départ": an infinitive
    // complement, close after.
    let infinitive = between.len() <= 6
        && between.iter().take(4).any(|w| {
            matches!(*w, "avoir" | "etre")
                || (w.len() > 4 && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re")))
        })
        && !between.iter().any(|w| matches!(*w, "." | "," | ";" | ":" | "\""));
    complementizer
        || infinitive
        || (between.len() <= 3 && !between.iter().any(|w| matches!(*w, "." | ",")))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The same answer as lowercasing the whole word.
        #[test]
        fn participle_ending_is_that_of_the_lowercased_word(
            word in "[a-zA-ZéÉèsSeEİΣ\u{301}]{0,6}",
        ) {
            let lower = word.to_lowercase();
            let expected = ["é", "és", "ée", "ées"].iter().any(|e| lower.ends_with(e));
            proptest::prop_assert_eq!(participle_ending(&word), expected, "{:?}", word);
        }
    }

    #[test]
    fn participles() {
        for w in ["déclaré", "DÉCLARÉES", "menacées", "Rencontrés", "é"] {
            assert!(participle_ending(w), "{w}");
        }
        for w in ["déclare", "insiste", "", "es", "ÉS!"] {
            assert!(!participle_ending(w), "{w}");
        }
    }
}
