//! Clock times and parts of the day: "15h30", "à quinze heures et quart",
//! "vendredi matin", "9h le mardi".

use super::*;

impl G<'_> {
    /// A part of the day after `i`: "matin", "soir", "après-midi".
    pub(super) fn day_part(&self, i: usize) -> Option<(usize, DayPart)> {
        if self.is(i, "apres") && self.is(i + 1, "-") && self.is(i + 2, "midi") {
            return Some((i + 3, DayPart::Afternoon));
        }
        lexicon::day_part(self.w(i)).map(|p| (i + 1, p))
    }

    /// A clock time at `i`: "15h30", "15 h", "15:30", "3 pm", "midi".
    /// `strict` asks for an unambiguous form (not "15 heures").
    pub(super) fn clock(&self, i: usize, after_preposition: bool) -> Option<(usize, (u32, u32))> {
        let (end, (h, m)) = self.bare_clock(i, after_preposition)?;
        // "6h du soir", "5h du matin", "3 heures de l'après-midi"
        let k = if self.is(end, "du") {
            end + 1
        } else if self.is(end, "de") && self.elided(end + 1, "l") {
            end + 3
        } else if self.any(end, &["dans", "in"]) && self.any(end + 1, &["la", "the"]) {
            end + 2
        } else {
            return Some((end, (h, m)));
        };
        let pm = match self.w(k) {
            "soir" | "soiree" | "evening" => true,
            "apres" if self.is(k + 1, "-") && self.is(k + 2, "midi") => {
                return Some((k + 3, (if h < 12 { h + 12 } else { h }, m)));
            }
            "matin" | "mat" | "matinee" | "morning" => false,
            _ => return Some((end, (h, m))),
        };
        Some((k + 1, (if pm && h < 12 { h + 12 } else { h }, m)))
    }

    pub(super) fn bare_clock(
        &self,
        i: usize,
        after_preposition: bool,
    ) -> Option<(usize, (u32, u32))> {
        match self.w(i) {
            "midi" | "noon" if !(i >= 2 && self.is(i - 1, "-") && self.is(i - 2, "apres")) => {
                return Some(self.minutes(i + 1, 12));
            }
            "minuit" | "midnight" => return Some(self.minutes(i + 1, 0)),
            _ => {}
        }
        if self.num(i).is_none() && after_preposition {
            // "à quinze heures", "à trois heures et quart"
            let (e, h) = self.number(i)?;
            if h <= 24 && self.any(e, &["heures", "heure"]) {
                return Some(self.minutes(e + 1, h));
            }
            return None;
        }
        let h = self.num(i)?;
        if h > 24 || self.digits(i) > 2 {
            return None;
        }
        let j = i + 1;
        if self.is(j, "h") {
            if let Some(m) = self.num(j + 1).filter(|m| *m < 60 && self.digits(j + 1) == 2) {
                return Some((j + 2, (h, m)));
            }
            return Some((j + 1, (h, 0)));
        }
        if self.is(j, ":") && self.glued(j) {
            let m = self.num(j + 1).filter(|m| *m < 60 && self.digits(j + 1) == 2)?;
            let mut end = j + 2;
            let mut h = h;
            if let Some((e, pm)) = self.am_pm(end) {
                end = e;
                if pm && h < 12 {
                    h += 12;
                }
            }
            return Some((end, (h, m)));
        }
        if let Some((e, pm)) = self.am_pm(j) {
            return Some((e, (if pm && h < 12 { h + 12 } else { h }, 0)));
        }
        if (after_preposition || self.is(j + 1, "pile")) && self.any(j, &["heures", "heure"]) {
            if self.is(j + 1, "pile") {
                return Some((j + 2, (h, 0)));
            }
            return Some(self.minutes(j + 1, h));
        }
        if after_preposition && self.any(j, &["heures", "heure"]) {
            if let Some(m) = self.num(j + 1).filter(|m| *m < 60) {
                return Some((j + 2, (h, m)));
            }
            return Some((j + 1, (h, 0)));
        }
        None
    }

    /// Minutes after an hour: "quinze", "30", "et quart", "et demie",
    /// "moins le quart", "moins cinq", "trois quarts".
    pub(super) fn minutes(&self, i: usize, h: u32) -> (usize, (u32, u32)) {
        let back = |m: u32| if h == 0 { (23, 60 - m) } else { (h - 1, 60 - m) };
        match self.w(i) {
            "et" if self.is(i + 1, "quart") => return (i + 2, (h, 15)),
            "et" if self.any(i + 1, &["demi", "demie"]) => return (i + 2, (h, 30)),
            "trois" if self.is(i + 1, "quarts") => return (i + 2, (h, 45)),
            "moins" if self.is(i + 1, "le") && self.is(i + 2, "quart") => {
                return (i + 3, back(15));
            }
            "moins" if self.is(i + 1, "quart") => return (i + 2, back(15)),
            "moins" => {
                if let Some((e, m)) = self.number(i + 1).filter(|(_, m)| (1..30).contains(m)) {
                    return (e, back(m));
                }
            }
            _ => {}
        }
        if self.is(i, "et") {
            // "quinze heures et quinze minutes"
            if let Some((e, m)) = self.number(i + 1).filter(|(_, m)| *m < 60) {
                if self.any(e, &["minutes", "minute", "min"]) {
                    return (e + 1, (h, m));
                }
            }
        }
        if let Some((e, m)) = self.number(i).filter(|(_, m)| *m < 60) {
            // "15 heures 30", "quinze heures trente", but not "à 10 heures
            // trois ministres": a number in words must end the phrase.
            let minutes_word = self.any(e, &["minutes", "minute", "min"]);
            let ends = self.t.get(e).is_none_or(|t| t.kind != TokKind::Word)
                || self.any(e, &["ce", "cet", "cette", "demain", "aujourd", "hier", "du", "dans"]);
            if minutes_word || (self.num(i).is_some() && lexicon::unit(self.w(e)).is_none()) || ends
            {
                let e = if self.any(e, &["minutes", "minute", "min"]) { e + 1 } else { e };
                return (e, (h, m));
            }
        }
        (i, (h, 0))
    }

    pub(super) fn am_pm(&self, i: usize) -> Option<(usize, bool)> {
        match self.w(i) {
            "am" => Some((i + 1, false)),
            "pm" => Some((i + 1, true)),
            "a" | "p" if self.is(i + 1, ".") && self.is(i + 2, "m") => {
                let end = if self.is(i + 3, ".") { i + 4 } else { i + 3 };
                Some((end, self.is(i, "p")))
            }
            _ => None,
        }
    }

    /// Optional trailers after a day: a part of the day and a clock time.
    pub(super) fn day_trailers(&self, end: usize, p: &mut Parsed) -> usize {
        let mut end = end;
        if let Some((e, part)) = self.day_part(end) {
            p.day_part = Some(part);
            end = e;
        } else if self.any(end, &["au", "dans"])
            && self.any(end + 1, &["soir", "matin"])
            && !self.is(end + 2, "de")
        {
            // "la veille au soir"
            if let Some((e, part)) = self.day_part(end + 1) {
                p.day_part = Some(part);
                end = e;
            }
        }
        let (j, prep) = if self.any(end, &["a", "at", "vers", "des"]) {
            let k = end + 1;
            if self.any(k, &["environ", "about", "around"]) {
                (k + 1, true)
            } else {
                (k, true)
            }
        } else if self.is(end, "aux") && self.is(end + 1, "alentours") && self.is(end + 2, "de") {
            (end + 3, true)
        } else if (self.is(end, "autour") && self.is(end + 1, "de"))
            || (self.is(end, ",") && self.any(end + 1, &["a", "at"]))
        {
            (end + 2, true)
        } else if self.is(end, ",") && self.num(end + 1).is_some() && self.is(end + 2, ":") {
            // "21/04/2016, 20:00"
            (end + 1, false)
        } else {
            (end, false)
        };
        if let Some((e, (mut h, m))) = self.clock(j, prep) {
            if matches!(p.day_part, Some(DayPart::Afternoon | DayPart::Evening | DayPart::Night))
                && (1..12).contains(&h)
            {
                h += 12; // "ce soir à 7h"
            }
            p.clock = Some((h, m));
            p.day_part = None;
            end = e;
        } else if let (Some(part), true) = (p.day_part, prep) {
            // "ce soir à 7", "demain matin vers sept": a bare hour after a
            // part of the day.
            if let Some((e, h)) = self.number(j).filter(|(_, h)| (1..=12).contains(h)) {
                // Only at the end of the phrase: "lundi matin à neuf
                // interpellations" is a count.
                let ends =
                    self.t.get(e).is_none_or(|t| t.kind == TokKind::Punct && !self.is(e, "'"));
                if ends {
                    let pm = matches!(part, DayPart::Afternoon | DayPart::Evening)
                        || (part == DayPart::Night && h >= 7);
                    p.clock = Some((if pm && h < 12 { h + 12 } else { h }, 0));
                    p.day_part = None;
                    end = e;
                }
            }
        }
        end
    }

    /// A clock time alone: "à 15h30" (extent "15h30"), "at 3 pm".
    /// Whether "N heure(s)" at `i` is followed by a part of the day ("du
    /// matin", "ce soir", "de l'après-midi").
    pub(super) fn part_of_day_follows(&self, i: usize) -> bool {
        let k = match self.number(i) {
            Some((e, h)) if h <= 24 && self.any(e, &["heures", "heure"]) => e + 1,
            _ => return false,
        };
        match self.w(k) {
            "du" => self.any(k + 1, &["matin", "mat", "soir"]),
            "de" => self.elided(k + 1, "l") && self.is(k + 3, "apres"),
            "ce" | "cet" => self.day_part(k + 1).is_some(),
            _ => false,
        }
    }

    pub(super) fn clock_alone(&self, i: usize) -> R {
        let prev = self.prev_word(i);
        let prep = matches!(prev, "a" | "vers" | "des" | "at" | "around" | "jusqu")
            || (matches!(prev, "environ" | "about")
                && i >= 2
                && self.any(i - 2, &["a", "vers", "at"]));
        if matches!(self.w(i), "midi" | "minuit" | "noon" | "midnight")
            && (matches!(prev, "le" | "du" | "au" | "de" | "dans" | "l")
                || (i > 0 && self.is(i - 1, "'")))
        {
            // "le Midi", "dans le Midi": the south of France.
            return None;
        }
        // "3 heures du matin", "8 heures ce soir": the part of the day
        // makes "N heures" a clock time without a preposition.
        let it_is = prev == "est" && i >= 2 && self.is(i - 2, "il");
        let prep = prep || it_is || self.part_of_day_follows(i);
        let (end, (mut h, m)) = self.clock(i, prep)?;
        // "à 3 heures cet après-midi", "à 15h demain"
        if let Some((e, day)) = self.fixed(end) {
            if let Expr::RelDay(n) = day.expr {
                if matches!(day.day_part, Some(DayPart::Afternoon | DayPart::Evening)) && h < 12 {
                    h += 12;
                }
                let mut p = Parsed::new(Expr::RelDay(n));
                p.clock = Some((h, m));
                return Some((e, p));
            }
        }
        // "16 heures chaque lundi", "à 15 heures tous les jours"
        if let Some((e, mut p)) = self.set(end) {
            if p.clock.is_none()
                && matches!(
                    p.expr,
                    Expr::Set { weekday: Some(_), .. } | Expr::Set { unit: Unit::Day, .. }
                )
            {
                p.clock = Some((h, m));
                return Some((e, p));
            }
        }
        // "9h le mardi", "20:00, 21/04/2016": a clock time before its day.
        let k = if self.is(end, ",") { end + 1 } else { end };
        let (d, j) = self.det(k);
        let day = longest(
            longest(self.weekday(k, j, d), self.day_month(k, j)),
            longest(self.numeric_date(j), self.fixed(k)),
        );
        if let Some((e, mut p)) = day {
            let dated = matches!(
                p.expr,
                Expr::Cal(Cal { day: Some(_), .. })
                    | Expr::Weekday(..)
                    | Expr::WeekdayOfWeek(..)
                    | Expr::RelDay(_)
            );
            if dated && p.clock.is_none() {
                if matches!(p.day_part, Some(DayPart::Afternoon | DayPart::Evening)) && h < 12 {
                    h += 12;
                }
                p.clock = Some((h, m));
                p.day_part = None;
                return Some((e, p));
            }
        }
        let mut p = Parsed::new(Expr::Clock);
        p.clock = Some((h, m));
        Some((end, p))
    }
}
