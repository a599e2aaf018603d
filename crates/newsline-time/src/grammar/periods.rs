//! Periods and special days: parts of periods ("mi-mars", "fin 2021"),
//! seasons, fixed-date holidays, ordinals inside a month ("le premier
//! mercredi de mars"), quarters and halves, centuries, "la semaine du 7
//! octobre".

use super::*;

impl G<'_> {
    /// "début avril", "mi-mars", "fin 2021", "fin de semaine dernière",
    /// "la fin du mois", "early March", "the end of 2021".
    pub(super) fn part(&self, i: usize, j: usize) -> R {
        let _ = i;
        let (part, mut k) = match self.w(j) {
            "debut" | "early" | "beginning" | "start" => (Part::Start, j + 1),
            "mi" | "mid" | "middle" | "milieu" => (Part::Mid, j + 1),
            "fin" | "late" | "end" => (Part::End, j + 1),
            "courant" => (Part::Mid, j + 1),
            _ => return None,
        };
        if self.w(j) == "courant" {
            // "courant 2022": during the year.
            if let Some(y) = self.year_number(k) {
                return Some((k + 1, Parsed::new(Expr::Cal(Cal::year(YearRef::Abs(y))))));
            }
            // "courant mars" is "during March": the whole month.
            let (e, m, _) = self.month(k)?;
            let mut cal = Cal::year(YearRef::Implicit);
            cal.month = Some(m);
            let mut end = e;
            if let Some(y) = self.year_number(e) {
                cal.year = YearRef::Abs(y);
                end += 1;
            }
            return Some((end, Parsed::new(Expr::Cal(cal))));
        }
        if self.is(k, "-") {
            k += 1;
        }
        // Connectors: "de", "d'", "du", "de la", "de l'", "of", "of the".
        let mut det_month = false;
        match self.s(k) {
            "de" | "of" => {
                k += 1;
                if self.any(k, &["la", "the"]) {
                    k += 1;
                } else if self.elided(k, "l") {
                    k += 2;
                }
            }
            "d" if self.is(k + 1, "'") => k += 2,
            "du" => {
                k += 1;
                det_month = true;
            }
            _ => {}
        }
        let _ = det_month;
        let mut p;
        let mut end;
        if let Some((e, m, ambiguous)) = self.month(k) {
            let mut cal = Cal::year(YearRef::Implicit);
            cal.month = Some(m);
            end = e;
            if let Some((year, after)) = self.year_suffix(e, e) {
                cal.year = year;
                end = after;
            } else if ambiguous && self.w(j) == "start" {
                // "start" + "may" is a verb phrase, not a date.
                return None;
            }
            p = Parsed::new(Expr::Cal(cal));
        } else if let Some(y) = self.year_number(k) {
            end = k + 1;
            p = Parsed::new(Expr::Cal(Cal::year(YearRef::Abs(y))));
        } else if let Some(u) = lexicon::unit(self.w(k)) {
            let offset = match self.direction_after(k + 1) {
                Some(Dir::Last) => -1,
                Some(Dir::Next) => 1,
                _ => 0,
            };
            end = if offset != 0 { k + 2 } else { k + 1 };
            if self.is(end, "-") && self.is(end + 1, "ci") {
                end += 2;
            }
            // "fin de semaine" is the weekend; other units take a part.
            match u {
                Unit::Week if part == Part::End => {
                    p = Parsed::new(Expr::RelUnit { unit: Unit::Week, offset, weekend: true });
                    return Some((end, p));
                }
                Unit::Week | Unit::Month | Unit::Year | Unit::Quarter => {
                    p = Parsed::new(Expr::RelUnit { unit: u, offset, weekend: false });
                }
                _ => return None,
            }
            // "fin de l'année 2022"
            if u == Unit::Year && offset == 0 {
                if let Some(y) = self.year_number(end) {
                    p = Parsed::new(Expr::Cal(Cal::year(YearRef::Abs(y))));
                    end += 1;
                }
            }
        } else if self.any(k, &["last", "next", "this"]) {
            let offset = match self.w(k) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let u = lexicon::unit(self.w(k + 1))?;
            if !matches!(u, Unit::Week | Unit::Month | Unit::Year) {
                return None;
            }
            end = k + 2;
            p = Parsed::new(Expr::RelUnit { unit: u, offset, weekend: false });
        } else {
            return None;
        }
        p.part = Some(part);
        Some((end, p))
    }

    /// Seasons: "au printemps 2022" (extent "printemps 2022"), "l'été
    /// dernier", "cet hiver", "in the spring of 2022".
    pub(super) fn season(&self, i: usize, j: usize) -> R {
        let season = lexicon::season(self.w(j))?;
        let mut cal = Cal::year(YearRef::Implicit);
        cal.season = Some(season);
        let mut end = j + 1;
        let k = if self.is(end, "of") { end + 1 } else { end };
        if let Some((year, e)) = self.year_suffix(k, end) {
            cal.year = year;
            end = e;
        } else if self.any(i, &["ce", "cet", "cette", "this"]) {
            cal.year = YearRef::Rel(0);
        } else if self.w(j) == "ete" || self.w(j) == "fall" {
            // "été" is also the participle of "être": ask for a frame.
            if !(self.is(i, "l") || self.prev_word(i) == "en") {
                return None;
            }
        } else if i == j && !matches!(self.prev_word(i), "au" | "en" | "in" | "d" | "de") {
            return None;
        }
        if self.w(j) == "ete" && i == j && !matches!(self.prev_word(i), "en" | "d" | "l") {
            return None;
        }
        Some((end, Parsed::new(Expr::Cal(cal))))
    }

    /// Fixed-date holidays: "Noël", "le jour de l'an", "la Toussaint".
    pub(super) fn holiday(&self, i: usize) -> R {
        let (d, j) = self.det(i);
        let j = if d == Det::Def && self.is(j, "jour") && self.is(j + 1, "de") {
            // "le jour de Noël", "le jour de la Toussaint"
            let k = j + 2;
            if self.is(k, "la") {
                k + 1
            } else if self.elided(k, "l") && self.is(k + 2, "an") {
                let mut cal = Cal::year(YearRef::Implicit);
                cal.month = Some(1);
                cal.day = Some(1);
                return self.holiday_year(k + 3, cal);
            } else {
                k
            }
        } else {
            j
        };
        let j = if self.is(j, "jour") && self.is(j + 1, "de") { j + 2 } else { j };
        let (month, day, end) = match self.w(j) {
            "noel" | "christmas" => (12, 25, j + 1),
            "toussaint" => (11, 1, j + 1),
            "nouvel" if self.is(j + 1, "an") => (1, 1, j + 2),
            "an" if j >= 3 && self.elided(j - 2, "l") && self.is(j - 3, "de") => (1, 1, j + 1),
            "saint" => {
                let k = if self.is(j + 1, "-") { j + 2 } else { j + 1 };
                match self.w(k) {
                    "sylvestre" => (12, 31, k + 1),
                    "valentin" => (2, 14, k + 1),
                    _ => return None,
                }
            }
            "fete" if self.is(j + 1, "du") && self.is(j + 2, "travail") => (5, 1, j + 3),
            _ => return None,
        };
        let mut cal = Cal::year(YearRef::Implicit);
        cal.month = Some(month);
        cal.day = Some(day);
        self.holiday_year(end, cal)
    }

    pub(super) fn holiday_year(&self, end: usize, mut cal: Cal) -> R {
        let mut end = end;
        if let Some(y) = self.year_number(end) {
            cal.year = YearRef::Abs(y);
            end += 1;
        } else if let Some(d) = self.direction_after(end) {
            cal.year = YearRef::Dir(d);
            end += 1;
        }
        Some((end, Parsed::new(Expr::Cal(cal))))
    }

    /// "le premier mercredi de mars", "la dernière semaine de septembre
    /// 2014", "le 3e jour d'octobre", "the first Monday of next month".
    pub(super) fn nth(&self, i: usize, j: usize) -> R {
        let _ = i;
        let (n, k) = match self.w(j) {
            "premier" | "premiere" | "first" => (1, j + 1),
            "deuxieme" | "second" | "seconde" => (2, j + 1),
            "troisieme" | "third" => (3, j + 1),
            "quatrieme" | "fourth" => (4, j + 1),
            "dernier" | "derniere" | "last" => (-1, j + 1),
            _ => {
                let n = self.num(j)?;
                if !(1..=31).contains(&n)
                    || !self.glued(j + 1)
                    || !matches!(
                        self.w(j + 1),
                        "e" | "eme" | "er" | "ere" | "st" | "nd" | "rd" | "th"
                    )
                {
                    return None;
                }
                (n as i32, j + 2)
            }
        };
        let (item, k) = match self.w(k) {
            "jour" | "day" => (NthItem::Day, k + 1),
            "semaine" | "week" if !self.is(k + 1, "-") => (NthItem::Week, k + 1),
            "week" if self.is(k + 1, "-") && self.is(k + 2, "end") => (NthItem::Weekend, k + 3),
            "weekend" => (NthItem::Weekend, k + 1),
            w => (NthItem::Weekday(lexicon::weekday(w).filter(|_| !w.ends_with('s'))?), k + 1),
        };
        if n > 5 && item != NthItem::Day {
            return None;
        }
        // "de", "d'", "du", "of", "of the"
        let (k, du) = match self.s(k) {
            "de" | "of" => (k + 1, false),
            "d" if self.is(k + 1, "'") => (k + 2, false),
            "du" => (k + 1, true),
            _ => return None,
        };
        let k = if self.is(k, "the") { k + 1 } else { k };
        // The month: "mars 2022", "(du) mois prochain", "ce mois", "next month".
        let mut end;
        let month = if let Some((e, m, _)) = self.month(k) {
            let mut cal = Cal::year(YearRef::Implicit);
            cal.month = Some(m);
            end = e;
            if let Some(y) = self.year_number(e) {
                cal.year = YearRef::Abs(y);
                end += 1;
            }
            MonthSpec::Cal(cal)
        } else {
            let (offset, e) = match (self.w(k), self.w(k + 1)) {
                ("mois" | "month", w) if du || self.is(k - 1, "de") || self.is(k - 1, "of") => {
                    match self.direction_after(k + 1) {
                        Some(Dir::Next) => (1, k + 2),
                        Some(Dir::Last) => (-1, k + 2),
                        _ if w == "en" && self.is(k + 2, "cours") => (0, k + 3),
                        _ if du => (0, k + 1),
                        _ => return None,
                    }
                }
                ("ce" | "this", "mois" | "month") => (0, k + 2),
                ("next", "month") => (1, k + 2),
                ("last", "month") => (-1, k + 2),
                _ => return None,
            };
            end = e;
            MonthSpec::Rel(offset)
        };
        if n > 0 && item == NthItem::Day && n > 31 {
            return None;
        }
        let mut p = Parsed::new(Expr::Nth { n, item, month });
        if matches!(item, NthItem::Day | NthItem::Weekday(_)) {
            end = self.day_trailers(end, &mut p);
        }
        Some((end, p))
    }

    /// Quarters and halves: "le premier trimestre 2022", "au troisième
    /// trimestre", "le second semestre de 2021", "Q1 2022", "the first
    /// quarter of 2022".
    pub(super) fn quarter(&self, i: usize, j: usize) -> R {
        let _ = i;
        let (n, k) = if self.is(j, "q") && self.glued(j + 1) {
            let n = self.num(j + 1).filter(|n| (1..=4).contains(n))?;
            let mut cal = Cal::year(YearRef::Implicit);
            cal.quarter = Some(n);
            let mut end = j + 2;
            if let Some(y) = self.year_number(end) {
                cal.year = YearRef::Abs(y);
                end += 1;
            } else {
                return None; // "Q1" alone is too ambiguous
            }
            return Some((end, Parsed::new(Expr::Cal(cal))));
        } else {
            match self.w(j) {
                "premier" | "first" => (1, j + 1),
                "deuxieme" | "second" => (2, j + 1),
                "troisieme" | "third" => (3, j + 1),
                "quatrieme" | "fourth" => (4, j + 1),
                "dernier" | "last" => (-1, j + 1),
                _ => {
                    let n = self.num(j)?;
                    if !self.glued(j + 1)
                        || !matches!(self.w(j + 1), "e" | "eme" | "er" | "st" | "nd" | "rd" | "th")
                    {
                        return None;
                    }
                    (n as i32, j + 2)
                }
            }
        };
        let (half, k) = match self.w(k) {
            "trimestre" | "quarter" => (false, k + 1),
            "semestre" | "half" => (true, k + 1),
            _ => return None,
        };
        let n = match (n, half) {
            (-1, false) => 4,
            (-1, true) => 2,
            (n @ 1..=4, false) | (n @ 1..=2, true) => n as u32,
            _ => return None,
        };
        let mut cal = Cal::year(YearRef::Implicit);
        if half {
            cal.half = Some(n);
        } else {
            cal.quarter = Some(n);
        }
        let mut end = k;
        let y = if self.any(k, &["de", "of"]) {
            let y = self.year_number(k + 1);
            if y.is_some() {
                end = k + 2;
            }
            y
        } else {
            let y = self.year_number(k);
            if y.is_some() {
                end = k + 1;
            }
            y
        };
        if let Some(y) = y {
            cal.year = YearRef::Abs(y);
        } else if let Some(d) = self.direction_after(end) {
            // "le trimestre dernier" is handled by `rel_unit`; here only
            // "le premier trimestre de l'an prochain" would come, rare.
            let _ = d;
        }
        Some((end, Parsed::new(Expr::Cal(cal))))
    }

    /// Centuries: "le XXe siècle", "au 21e siècle", "the 19th century".
    pub(super) fn century(&self, i: usize, j: usize) -> R {
        let _ = i;
        let (n, k) = match lexicon::roman_century(self.w(j)) {
            Some(n) => (n, j + 1),
            None => {
                let n = self.num(j).filter(|n| (1..=21).contains(n))?;
                if !self.glued(j + 1) || !lexicon::is_ordinal_suffix(self.w(j + 1)) {
                    return None;
                }
                (n, j + 2)
            }
        };
        if !self.any(k, &["siecle", "century"]) {
            return None;
        }
        let mut cal = Cal::year(YearRef::Abs((n as i32 - 1) * 100));
        cal.century = true;
        Some((k + 1, Parsed::new(Expr::Cal(cal))))
    }

    /// "la semaine du 7 octobre": the ISO week that contains the day.
    pub(super) fn week_of(&self, i: usize, j: usize) -> R {
        if !(self.is(i, "la") && self.is(j, "semaine") && self.is(j + 1, "du")) {
            return None;
        }
        let (end, p) = self.day_month(j + 2, j + 2)?;
        match p.expr {
            Expr::Cal(cal) if cal.day.is_some() => Some((end, Parsed::new(Expr::WeekOf(cal)))),
            _ => None,
        }
    }
}
