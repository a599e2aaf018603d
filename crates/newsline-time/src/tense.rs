//! Tense cues: whether the clause around a mention is in the past or the
//! future, which the news strategy uses to pick the previous or the next
//! weekday. Cheap cues only: an auxiliary followed by a participle ("a
//! déclaré", "se sont poursuivies"), an imperfect ("avait"), a future or
//! conditional ending ("fournira", "pourraient"), "va" + infinitive,
//! English "said" / "will".

use crate::expr::{Cal, Dir, Expr, Tense, YearRef};
use crate::scan::{Tok, TokKind};

/// Whether the tense of the clause can change the value.
pub(crate) fn needs_tense(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Weekday(_, Dir::Bare | Dir::This)
            | Expr::Cal(Cal { year: YearRef::Implicit, month: Some(_), .. })
            | Expr::Cal(Cal { year: YearRef::Implicit, day: Some(_), .. })
    )
}

/// The tense of the clause around tokens `start..end`: the nearest verb
/// cue within the sentence (a compound past "a déclaré", an imperfect
/// "avait", a future "fournira", "va signer", English "said", "will").
pub(crate) fn tense(v: &str, toks: &[Tok], start: usize, end: usize) -> Tense {
    const WINDOW: usize = 12;
    let text = |i: usize| toks.get(i).and_then(|t| v.get(t.start()..t.end())).unwrap_or("");
    let stops = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.newline_before
                || (t.kind == TokKind::Punct && matches!(text(i), "." | "!" | "?" | ";" | "\""))
        })
    };
    let mut best: Option<(usize, Tense)> = None;
    // Right side.
    let mut i = end;
    while i < toks.len() && i < end + WINDOW {
        if stops(i) {
            break;
        }
        if let Some(t) = cue(toks, v, i) {
            best = Some((i - end, t));
            break;
        }
        i += 1;
    }
    // Left side.
    let mut i = start;
    while i > 0 && start - i < WINDOW {
        if stops(i) {
            break;
        }
        i -= 1;
        if let Some(t) = cue(toks, v, i) {
            let d = start - i;
            if best.is_none_or(|(bd, _)| d <= bd) {
                best = Some((d, t));
            }
            break;
        }
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

fn cue(toks: &[Tok], v: &str, i: usize) -> Option<Tense> {
    let text = |i: usize| match toks.get(i) {
        Some(t) if t.kind == TokKind::Word => v.get(t.start()..t.end()).unwrap_or(""),
        _ => "",
    };
    let w = text(i);
    if w.is_empty() {
        return None;
    }
    match w {
        "a" | "ont" | "avait" | "avaient" | "est" | "sont" | "etait" | "etaient" | "has"
        | "have" | "had" => {
            // An auxiliary followed by a participle within three words.
            for k in 1..=3 {
                let p = text(i + k);
                if is_participle(p) {
                    return Some(Tense::Past);
                }
                if p.is_empty() {
                    break;
                }
            }
            if matches!(w, "avait" | "avaient" | "etait" | "etaient" | "had") {
                return Some(Tense::Past);
            }
            None
        }
        "va" | "vont" | "ira" | "iront" | "will" | "shall" => Some(Tense::Future),
        "was" | "were" | "said" | "met" | "told" | "did" => Some(Tense::Past),
        _ if w.len() >= 5
            && (w.ends_with("ait") || w.ends_with("aient"))
            && !(w.ends_with("rait") || w.ends_with("raient")) =>
        {
            Some(Tense::Past)
        }
        _ if w.len() >= 4
            && (w.ends_with("ra")
                || w.ends_with("ront")
                || w.ends_with("rons")
                || w.ends_with("rai")
                || w.ends_with("rait")
                || w.ends_with("raient"))
            && !matches!(
                w,
                "contra"
                    | "ankara"
                    | "sahara"
                    | "opera"
                    | "camera"
                    | "extra"
                    | "entra"
                    | "vera"
                    | "cora"
                    | "lara"
                    | "sara"
                    | "tiara"
                    | "terra"
                    | "mantra"
                    | "zebra"
                    | "cobra"
                    | "algebra"
            ) =>
        {
            Some(Tense::Future)
        }
        _ => None,
    }
}

fn is_participle(w: &str) -> bool {
    if matches!(w, "ete" | "eu" | "fait" | "dit" | "pris" | "mis" | "met" | "said") {
        return true;
    }
    if matches!(
        w,
        "une"
            | "ce"
            | "cette"
            | "de"
            | "le"
            | "la"
            | "les"
            | "des"
            | "que"
            | "qui"
            | "pas"
            | "plus"
            | "the"
            | "ete"
    ) {
        return false;
    }
    w.len() >= 3
        && (w.ends_with('e')
            || w.ends_with("es")
            || w.ends_with('i')
            || w.ends_with("is")
            || w.ends_with('u')
            || w.ends_with("us")
            || w.ends_with("it")
            || w.ends_with("ed"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::tokenize;

    fn tense_of(s: &str, word: &str) -> Tense {
        let toks = tokenize(s, 0, s.len());
        let i = toks.iter().position(|t| &s[t.start()..t.end()] == word).expect("word present");
        tense(s, &toks, i, i + 1)
    }

    #[test]
    fn tense_cues() {
        assert_eq!(tense_of("il a declare jeudi que", "jeudi"), Tense::Past);
        assert_eq!(tense_of("moscou avait dit mardi reduire", "mardi"), Tense::Past);
        assert_eq!(tense_of("il fournira jeudi une reponse", "jeudi"), Tense::Future);
        assert_eq!(tense_of("ils se rencontrent jeudi en turquie", "jeudi"), Tense::Unknown);
        assert_eq!(tense_of("he said on monday", "monday"), Tense::Past);
        assert_eq!(tense_of("il a parle. jeudi il ira", "jeudi"), Tense::Future);
    }
}
