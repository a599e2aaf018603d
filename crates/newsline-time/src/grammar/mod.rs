//! The grammar: which token sequences of the folded view are time
//! expressions, and what they mean before anchoring.
//!
//! The scan dispatches on the first token of a candidate with a `match` on
//! the word, so the whole text is read once and only trigger words (number,
//! month, weekday, unit, deictic, determiner) start a rule: there is no
//! regular expression and no second pass. At each position the longest
//! rule wins, and the scan resumes after it (leftmost-longest).
//!
//! Extents follow the gold conventions of the seeds: determiners and
//! demonstratives are part of the expression ("le 24 février", "ce
//! mercredi", "la veille"), prepositions are not ("en 2014" is `2014`,
//! "depuis trois semaines" is `trois semaines`, "au lendemain" is
//! `lendemain`). Deictic frames are kept whole: "il y a deux semaines",
//! "dans trois jours", "jusqu'à présent", "pour l'instant".

use chrono::Weekday;

use crate::expr::{
    Amount, Cal, DayPart, Dir, Expr, Modifier, MonthSpec, NthItem, Parsed, Part, RefKind, Unit,
    YearRef,
};
use crate::lexicon;
use crate::scan::{Tok, TokKind};

/// One recognised expression: tokens `start..end` of the scan.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Match {
    pub start: usize,
    pub end: usize,
    pub parsed: Parsed,
}

/// Determiners the prefilter looks past after a function word: "de la",
/// "à l'", "dans un", "pour le" start an expression only when the word
/// after the determiner can continue one ("pour le moment", "dans un an",
/// "à l'avenir", "toute la journée", "tous les jours"), and these pairs
/// are most of the function words' false starts.
const LOOKED_PAST: &[&str] =
    &["le", "la", "les", "l", "un", "une", "ce", "cet", "cette", "ces", "the"];

/// Finds every expression in the tokens, leftmost-longest, without overlap.
pub(crate) fn find(view: &str, toks: &[Tok]) -> Vec<Match> {
    find_with(view, toks, true)
}

/// [`find`], with or without the prefilter (the tests check that it never
/// drops a match).
fn find_with(view: &str, toks: &[Tok], prefilter: bool) -> Vec<Match> {
    // Each token's text, sliced once: the rules ask for the same few
    // tokens' text again and again (about forty times per candidate).
    let words = toks.iter().map(|t| view.get(t.start()..t.end()).unwrap_or("")).collect();
    let g = G { t: toks, words };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // No rule starts at punctuation (see `G::at`): skip it without a
        // call, it is a sixth of the tokens.
        if toks[i].kind == TokKind::Punct {
            i += 1;
            continue;
        }
        if toks[i].kind == TokKind::Num && prefilter && !g.number_may_start(i) {
            i += 1;
            continue;
        }
        // The prefilter: most words cannot start an expression, and the
        // commonest ones that can ("le", "de", "en", "un"…) only when the
        // next word can continue one. One table lookup per word.
        if toks[i].kind == TokKind::Word && prefilter {
            let f = toks[i].flags;
            if f & lexicon::TRIGGER == 0 {
                i += 1;
                continue;
            }
            if f & lexicon::FUNCTION != 0 && !g.function_word_may_start(i) {
                i += 1;
                continue;
            }
            if !g.framed_word_may_start(i) {
                i += 1;
                continue;
            }
        }
        match g.at(i) {
            Some((end, parsed)) if end > i => {
                out.push(Match { start: i, end, parsed });
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// Whether `next` (a number when `number`; never a determiner or an
/// apostrophe, which keep the general test of
/// [`G::function_word_may_start`]) may follow the function word `f` at the
/// start of an expression. The few rules that start at these frequent
/// words read only what is listed: "de nos jours", "il y a", "au moins",
/// "à présent", "une demi-heure", "a week ago", "plus de", "avant-hier",
/// "après-demain", "la Saint-Sylvestre", "le jour d'avant", "par jour",
/// "dans trois jours" (see `fixed`, `shift`, `duration`, `amount_unit`,
/// `set`, `anaphor`, `holiday`). "en", "pour" and "tout" start one only
/// before a determiner ("en ce moment", "pour l'instant", "tout le mois").
/// Other function words: no restriction.
fn may_follow(f: &str, next: &str, number: bool) -> bool {
    match f {
        "de" => next == "nos",
        "il" => next == "y",
        "au" => next == "moins",
        "a" => matches!(next, "present" | "demi") || lexicon::unit(next).is_some(),
        "plus" | "moins" | "pres" => matches!(next, "de" | "d"),
        "avant" => matches!(next, "hier" | "-"),
        "apres" => next == "-",
        "saint" => matches!(next, "sylvestre" | "valentin" | "-"),
        "jour" => matches!(next, "de" | "d" | "precedent" | "suivant"),
        "par" | "per" => lexicon::unit(next).is_some(),
        "dans" | "in" => {
            number
                || matches!(
                    next,
                    "a" | "an"
                        | "environ"
                        | "about"
                        | "pres"
                        | "plus"
                        | "moins"
                        | "quelques"
                        | "plusieurs"
                        | "several"
                        | "few"
                        | "many"
                        | "half"
                )
                || lexicon::number_word(next).is_some()
        }
        "en" | "pour" | "tout" | "toute" | "all" | "tous" | "toutes" => false,
        _ => true,
    }
}

type R = Option<(usize, Parsed)>;

/// The kind of determiner in front of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Det {
    None,
    /// le, la, l', les, the
    Def,
    /// ce, cet, cette, ces, this, that
    Dem,
}

struct G<'a> {
    t: &'a [Tok],
    /// The text of each token of `t`.
    words: Vec<&'a str>,
}

fn longest(a: R, b: R) -> R {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y.0 > x.0 { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

impl<'a> G<'a> {
    /// The text of token `i`, or "" past the end.
    pub(super) fn s(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The prefilter flags of token `i` (see [`lexicon::flags_in`]).
    fn flags(&self, i: usize) -> u8 {
        self.t.get(i).map_or(0, |t| t.flags)
    }

    /// The prefilter for a function word at `i`: whether what follows can
    /// continue an expression, looking past a determiner ("de la", "dans
    /// un") or an apostrophe ("l'").
    fn function_word_may_start(&self, i: usize) -> bool {
        let next = self.t.get(i + 1).map(|t| t.kind);
        let general = match next {
            Some(TokKind::Word) => {
                if self.flags(i + 1) & lexicon::CONTINUES == 0 {
                    return false;
                }
                if LOOKED_PAST.contains(&self.s(i + 1)) {
                    return self.continues(if self.elided(i + 1, "l") { i + 3 } else { i + 2 });
                }
                true
            }
            Some(TokKind::Punct) if self.is(i + 1, "'") => return self.continues(i + 2),
            _ => self.continues(i + 1),
        };
        general && may_follow(self.s(i), self.s(i + 1), next == Some(TokKind::Num))
    }

    /// The prefilter for a number: most numbers of a text are counts ("300
    /// km", "15 %", "2 millions"). A year may start an expression whatever
    /// follows it; another number only before what the rules that start at
    /// a number read next (`numeric_date`, `day_month`, `nth`, `quarter`,
    /// `century`, `duration`, `clock`): a number, a separator of dates,
    /// decimals or clock times, an ordinal suffix ("1er", "21st"), "p.m.",
    /// or a word that may continue an expression (a month, a unit, "et",
    /// "au", "ou", "derniers"...).
    fn number_may_start(&self, i: usize) -> bool {
        if self.year_number(i).is_some() {
            return true;
        }
        match self.t.get(i + 1).map(|t| t.kind) {
            Some(TokKind::Num) => true,
            Some(TokKind::Punct) => matches!(self.s(i + 1), "/" | "." | "-" | "," | ":"),
            Some(TokKind::Word) => {
                self.flags(i + 1) & lexicon::CONTINUES != 0
                    || matches!(
                        self.s(i + 1),
                        "e" | "eme"
                            | "er"
                            | "ere"
                            | "re"
                            | "st"
                            | "nd"
                            | "rd"
                            | "th"
                            | "premiers"
                            | "premieres"
                            | "am"
                            | "pm"
                            | "p"
                            | "to"
                    )
            }
            None => false,
        }
    }

    /// The prefilter for words that start an expression only in a frame:
    /// "été" is mostly the participle of "être" ("a été"), and `season`
    /// takes it alone only after "en", "d'" or "l'"; a century in Roman
    /// numerals ("vie", "xxe") starts one only before "siècle" (`century`).
    fn framed_word_may_start(&self, i: usize) -> bool {
        match self.s(i) {
            "ete" => matches!(self.prev_word(i), "en" | "d" | "l"),
            w if lexicon::roman_century(w).is_some() => self.any(i + 1, &["siecle", "century"]),
            _ => true,
        }
    }

    /// Whether token `i` may continue an expression that a function word
    /// started: a number, a word flagged [`lexicon::CONTINUES`], or an
    /// apostrophe or a hyphen ("l'", "mi-mars").
    fn continues(&self, i: usize) -> bool {
        match self.t.get(i).map(|t| t.kind) {
            Some(TokKind::Num) => true,
            Some(TokKind::Word) => self.flags(i) & lexicon::CONTINUES != 0,
            Some(TokKind::Punct) => self.is(i, "'") || self.is(i, "-"),
            None => false,
        }
    }

    /// The text of token `i` if it is a word.
    pub(super) fn w(&self, i: usize) -> &'a str {
        match self.t.get(i) {
            Some(t) if t.kind == TokKind::Word => self.s(i),
            _ => "",
        }
    }

    pub(super) fn is(&self, i: usize, word: &str) -> bool {
        self.s(i) == word
    }

    pub(super) fn any(&self, i: usize, words: &[&str]) -> bool {
        let s = self.s(i);
        !s.is_empty() && words.contains(&s)
    }

    /// The value of token `i` if it is a run of at most nine digits.
    ///
    /// Read digit by digit (nine digits fit a `u32`): the rules ask this of
    /// every number again and again, and `str::parse` checks for signs and
    /// overflow first.
    pub(super) fn num(&self, i: usize) -> Option<u32> {
        match self.t.get(i) {
            Some(t) if t.kind == TokKind::Num && t.end() - t.start() <= 9 => {
                let s = self.s(i);
                let digit =
                    |n: u32, b: u8| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'));
                s.bytes().try_fold(0, digit).filter(|_| !s.is_empty())
            }
            _ => None,
        }
    }

    pub(super) fn digits(&self, i: usize) -> usize {
        self.t.get(i).map_or(0, |t| t.end() - t.start())
    }

    /// Whether token `i` is glued to the previous one (no space).
    pub(super) fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.space_before)
    }

    /// The word before token `i` (skipping an apostrophe: "l'", "d'").
    pub(super) fn prev_word(&self, i: usize) -> &'a str {
        if i == 0 {
            return "";
        }
        self.w(i - 1)
    }

    /// "l'", "d'", "qu'": a word followed by an apostrophe at `i`.
    pub(super) fn elided(&self, i: usize, word: &str) -> bool {
        self.is(i, word) && self.is(i + 1, "'")
    }

    /// A determiner at `i`: its kind and the next token.
    pub(super) fn det(&self, i: usize) -> (Det, usize) {
        match self.s(i) {
            "le" | "la" | "les" | "the" => (Det::Def, i + 1),
            "l" if self.is(i + 1, "'") => (Det::Def, i + 2),
            "ce" | "cet" | "cette" | "ces" | "this" | "that" => (Det::Dem, i + 1),
            _ => (Det::None, i),
        }
    }

    pub(super) fn at(&self, i: usize) -> R {
        let first = self.s(i);
        let tok = self.t.get(i)?;
        if tok.kind == TokKind::Num {
            let r = longest(self.numeric_date(i), self.day_month(i, i));
            let r = longest(r, self.year(i, i));
            let r = longest(r, self.nth(i, i));
            let r = longest(r, self.quarter(i, i));
            let r = longest(r, self.century(i, i));
            let r = longest(r, self.duration(i));
            return longest(r, self.clock_alone(i));
        }
        // `find` relies on this: no rule starts at punctuation.
        if tok.kind != TokKind::Word {
            return None;
        }
        // Rules that start at a word, each cheap to reject.
        let mut r = longest(self.fixed(i), self.holiday(i));
        match first {
            "le" | "la" | "les" | "l" | "the" | "ce" | "cet" | "cette" | "ces" | "this"
            | "that" => {
                let (d, j) = self.det(i);
                if j > i {
                    r = longest(r, self.weekday(i, j, d));
                    r = longest(r, self.day_month(i, j));
                    r = longest(r, self.rel_unit(i, j, d));
                    r = longest(r, self.season(i, j));
                    r = longest(r, self.anaphor(i, j));
                    r = longest(r, self.part(i, j));
                    r = longest(r, self.year(i, j));
                    r = longest(r, self.month_alone(i, j, true));
                    r = longest(r, self.day_alone(i, j));
                    r = longest(r, self.vague(i, j));
                    r = longest(r, self.set(i));
                    r = longest(r, self.nth(i, j));
                    r = longest(r, self.week_of(i, j));
                    r = longest(r, self.century(i, j));
                    r = longest(r, self.quarter(i, j));
                    // "les 2 dernières semaines": the determiner belongs to it.
                    if self.any(i, &["les", "ces", "the"])
                        && self.number(j).is_some_and(|(e, _)| {
                            self.any(e, &["derniers", "dernieres", "prochains", "prochaines"])
                        })
                    {
                        r = longest(r, self.duration(j));
                    }
                }
            }
            _ => {}
        }
        if r.is_none() && !matches!(first, "le" | "la" | "les" | "l" | "ces" | "that") {
            r = longest(r, self.nth(i, i));
            r = longest(r, self.quarter(i, i));
            r = longest(r, self.century(i, i));
            r = longest(r, self.weekday(i, i, Det::None));
            r = longest(r, self.day_month(i, i));
            r = longest(r, self.month_alone(i, i, false));
            r = longest(r, self.part(i, i));
            r = longest(r, self.season(i, i));
            r = longest(r, self.anaphor(i, i));
            r = longest(r, self.rel_unit(i, i, Det::None));
            r = longest(r, self.shift(i));
            r = longest(r, self.duration(i));
            r = longest(r, self.set(i));
            r = longest(r, self.vague(i, i));
            r = longest(r, self.clock_alone(i));
        }
        r
    }
}

mod amounts;
mod clock;
mod dates;
mod deictic;
mod periods;
#[cfg(test)]
mod prefilter_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::tokenize;

    /// The folded text of each match and what it parsed to.
    fn matches(s: &str) -> Vec<(String, Expr)> {
        let toks = tokenize(s, 0, s.len());
        find(s, &toks)
            .into_iter()
            .map(|m| (s[toks[m.start].start()..toks[m.end - 1].end()].to_string(), m.parsed.expr))
            .collect()
    }

    #[test]
    fn leftmost_longest_without_overlap() {
        let got = matches("le jeudi 10 mars 2022 a 15h30, puis hier");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, "le jeudi 10 mars 2022 a 15h30");
        assert_eq!(got[1], ("hier".to_string(), Expr::RelDay(-1)));
    }

    #[test]
    fn prepositions_stay_outside_determiners_inside() {
        let got: Vec<String> =
            matches("en 2014, depuis trois semaines, au lendemain, la veille, ce mercredi")
                .into_iter()
                .map(|(t, _)| t)
                .collect();
        assert_eq!(got, ["2014", "trois semaines", "lendemain", "la veille", "ce mercredi"]);
    }

    #[test]
    fn function_words_need_a_continuation() {
        // "le", "de", "un" start rules only before a time word.
        assert!(matches("le chat de la voisine a un an de moins").len() == 1);
        assert_eq!(matches("le chat de la voisine a un an de moins")[0].0, "un an");
        assert!(matches("le president de la republique en visite").is_empty());
    }

    #[test]
    fn weekday_expressions() {
        assert_eq!(matches("mardi dernier")[0].1, Expr::Weekday(Weekday::Tue, Dir::Last));
        assert_eq!(matches("ce mercredi")[0].1, Expr::Weekday(Weekday::Wed, Dir::This));
        assert_eq!(matches("vendredi prochain")[0].1, Expr::Weekday(Weekday::Fri, Dir::Next));
        assert_eq!(
            matches("mardi de la semaine prochaine")[0].1,
            Expr::WeekdayOfWeek(Weekday::Tue, 1)
        );
    }

    #[test]
    fn shifts_and_anaphora() {
        assert_eq!(matches("il y a deux semaines")[0].1, Expr::Shift { n: -2, unit: Unit::Week });
        assert_eq!(matches("dans trois jours")[0].1, Expr::Shift { n: 3, unit: Unit::Day });
        assert_eq!(matches("deux jours plus tard")[0].1, Expr::Anaphor { n: 2, unit: Unit::Day });
        assert_eq!(matches("three days later")[0].1, Expr::Anaphor { n: 3, unit: Unit::Day });
        assert_eq!(matches("trois jours apres l'attaque")[0].1, Expr::EventRelative);
    }
}
