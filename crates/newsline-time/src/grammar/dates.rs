//! Calendar rules: weekdays, day and month, numeric dates, months and
//! years. Periods and special days are in `periods.rs`.

use super::*;

impl G<'_> {
    /// A day of the month: "24", "1er", "premier", "10th".
    pub(super) fn day_number(&self, i: usize) -> Option<(usize, u32)> {
        if let Some(n) = self.num(i) {
            if !(1..=31).contains(&n) || self.digits(i) > 2 {
                return None;
            }
            if self.glued(i + 1) && lexicon::is_ordinal_suffix(self.w(i + 1)) {
                return Some((i + 2, n));
            }
            return Some((i + 1, n));
        }
        lexicon::ordinal_word(self.w(i)).map(|n| (i + 1, n))
    }

    /// A month name at `i`; abbreviations may carry a dot.
    pub(super) fn month(&self, i: usize) -> Option<(usize, u32, bool)> {
        let w = self.w(i);
        let (m, ambiguous) = lexicon::month(w)?;
        let abbreviation = lexicon::is_month_abbreviation(w);
        let end =
            if abbreviation && self.is(i + 1, ".") && self.glued(i + 1) { i + 2 } else { i + 1 };
        Some((end, m, ambiguous || abbreviation))
    }

    /// A four-digit year at `i`.
    pub(super) fn year_number(&self, i: usize) -> Option<i32> {
        let n = self.num(i)?;
        (self.digits(i) == 4 && (1000..=2999).contains(&n)).then_some(n as i32)
    }

    /// "dernier", "prochain" and their kin after a noun.
    /// The year written after a date or period: a number at `k` ("mars
    /// 2022"), else a direction at `end` ("mars prochain"). Returns the year
    /// and the new end.
    pub(super) fn year_suffix(&self, k: usize, end: usize) -> Option<(YearRef, usize)> {
        if let Some(y) = self.year_number(k) {
            Some((YearRef::Abs(y), k + 1))
        } else {
            self.direction_after(end).map(|d| (YearRef::Dir(d), end + 1))
        }
    }

    pub(super) fn direction_after(&self, i: usize) -> Option<Dir> {
        match self.w(i) {
            "dernier" | "derniere" | "passe" | "passee" | "ecoule" | "ecoulee" | "precedent"
            | "precedente" => Some(Dir::Last),
            "prochain" | "prochaine" | "suivant" | "suivante" => Some(Dir::Next),
            _ => None,
        }
    }

    /// Weekdays: "jeudi", "ce mercredi", "mardi dernier", "jeudi 10 mars",
    /// "vendredi matin", "last Tuesday", "on Thursday at 3 pm".
    pub(super) fn weekday(&self, _i: usize, j: usize, det: Det) -> R {
        let (mut dir, j) = match self.w(j) {
            "last" => (Dir::Last, j + 1),
            "next" => (Dir::Next, j + 1),
            _ => (if det == Det::Dem { Dir::This } else { Dir::Bare }, j),
        };
        let word = self.w(j);
        let wd = lexicon::weekday(word)?;
        if word.ends_with('s') {
            return None; // plurals are sets, see `set`
        }
        let mut end = j + 1;
        // "jeudi 10 mars 2022", "Thursday, March 10", "samedi 23/06/18".
        let k = if self.is(end, ",") { end + 1 } else { end };
        if let Some(r) = longest(self.day_month(k, k), self.numeric_date(k)) {
            if let Expr::Cal(mut cal) = r.1.expr {
                cal.weekday = Some(wd);
                let mut p = r.1;
                p.expr = Expr::Cal(cal);
                return Some((r.0, p));
            }
        }
        let in_words =
            self.number(end).filter(|(_, n)| self.num(end).is_none() && (1..=31).contains(n));
        let clock_follows =
            self.num(end).is_some() && self.glued(end + 1) && matches!(self.s(end + 1), ":" | "h");
        if let Some((e, day)) = self.day_number(end).or(in_words).filter(|_| !clock_follows) {
            // "jeudi 10": a day of the anchor's month.
            if lexicon::unit(self.w(e)).is_none() && self.num(e).is_none() {
                let mut cal = Cal::year(YearRef::Implicit);
                cal.day = Some(day);
                cal.weekday = Some(wd);
                let mut p = Parsed::new(Expr::Cal(cal));
                let end = self.day_trailers(e, &mut p);
                return Some((end, p));
            }
        }
        // "mardi de la semaine prochaine", "lundi cette semaine"
        let k = if self.is(end, "de") { end + 1 } else { end };
        if self.any(k, &["la", "cette"]) && self.is(k + 1, "semaine") {
            let (offset, e) = match self.direction_after(k + 2) {
                Some(Dir::Last) => (-1, k + 3),
                Some(Dir::Next) => (1, k + 3),
                _ if self.is(k, "cette") => (0, k + 2),
                _ => (99, k),
            };
            if offset != 99 {
                let mut p = Parsed::new(Expr::WeekdayOfWeek(wd, offset));
                let end = self.day_trailers(e, &mut p);
                return Some((end, p));
            }
        }
        // "lundi en huit", "mardi en quinze": one or two weeks after the next.
        if self.is(end, "en") {
            let weeks = match self.s(end + 1) {
                "huit" | "8" => 1,
                "quinze" | "15" => 2,
                _ => 0,
            };
            if weeks > 0 {
                let mut p = Parsed::new(Expr::WeekdayAfter(wd, weeks));
                let end = self.day_trailers(end + 2, &mut p);
                return Some((end, p));
            }
        }
        if let Some(d) = self.direction_after(end) {
            dir = d;
            end += 1;
        }
        let mut p = Parsed::new(Expr::Weekday(wd, dir));
        end = self.day_trailers(end, &mut p);
        if dir == Dir::Bare {
            if let Some(d) = self.direction_after(end) {
                p.expr = Expr::Weekday(wd, d);
                end += 1;
            }
        }
        Some((end, p))
    }

    /// Day and month: "24 février", "le 1er avril 2022", "10 March 2022",
    /// "March 10, 2022", "the 10th of March", and "4" in "du 4 au 22 mars".
    pub(super) fn day_month(&self, i: usize, j: usize) -> R {
        let _ = i;
        // Month first (English, or French abbreviations in tables).
        if let Some((e, month, _)) = self.month(j) {
            let (e2, day) = self.day_number(e)?;
            if self.num(e2).is_some() && self.digits(e2) <= 2 && !self.is(e2, ",") {
                return None;
            }
            let mut cal = Cal::year(YearRef::Implicit);
            cal.month = Some(month);
            cal.day = Some(day);
            let mut end = e2;
            let k = if self.any(end, &[",", "de", "of"]) { end + 1 } else { end };
            if let Some(y) = self.year_number(k) {
                cal.year = YearRef::Abs(y);
                end = k + 1;
            }
            let mut p = Parsed::new(Expr::Cal(cal));
            end = self.day_trailers(end, &mut p);
            return Some((end, p));
        }
        let (e, day) = self.day_number(j)?;
        let mut k = e;
        if self.is(k, "of") {
            k += 1;
        }
        let (month, mut end) = match self.month(k) {
            Some((me, m, _)) => (m, me),
            None => {
                // "du 4 au 22 mars", "les 4 et 5 mars": borrow the month.
                if self.any(e, &["au", "et", "-", "a", "to", "and"]) {
                    let (e2, _) = self.day_number(e + 1)?;
                    let (_, m, _) = self.month(e2)?;
                    let mut cal = Cal::year(YearRef::Implicit);
                    cal.month = Some(m);
                    cal.day = Some(day);
                    if let Some(y) = self.year_number(e2 + 1) {
                        cal.year = YearRef::Abs(y);
                    }
                    return Some((e, Parsed::new(Expr::Cal(cal))));
                }
                return None;
            }
        };
        let mut cal = Cal::year(YearRef::Implicit);
        cal.month = Some(month);
        cal.day = Some(day);
        // "24 février 2022", "March 10, 2022", "le 23 novembre de 1987"
        let k = if self.any(end, &[",", "de", "of"]) && self.year_number(end + 1).is_some() {
            end + 1
        } else {
            end
        };
        if let Some((year, e)) = self.year_suffix(k, end) {
            cal.year = year;
            end = e;
        }
        let mut p = Parsed::new(Expr::Cal(cal));
        end = self.day_trailers(end, &mut p);
        Some((end, p))
    }

    /// "le 16", "le 2 à 5h": a day of the anchor's month (after "le" only).
    pub(super) fn day_alone(&self, i: usize, j: usize) -> R {
        if !self.is(i, "le") {
            return None;
        }
        let (e, day) = self.day_number(j)?;
        // "le 16e arrondissement", "le 2 000", "le 3 mai" (handled elsewhere)
        if self.num(j).is_some() && e == j + 2 && !self.is(j + 1, "er") {
            return None;
        }
        let next = self.s(e);
        if lexicon::unit(self.w(e)).is_some()
            || self.num(e).is_some()
            || lexicon::month(self.w(e)).is_some()
            || matches!(next, "%" | "/" | "." | "," | "-" | ":") && self.glued(e)
        {
            return None;
        }
        let mut cal = Cal::year(YearRef::Implicit);
        cal.day = Some(day);
        let mut p = Parsed::new(Expr::Cal(cal));
        let end = self.day_trailers(e, &mut p);
        // Without a trailer, only at the end of a clause: "le 16 février"
        // is handled by `day_month`, "le 16 des 27 pays" is a count.
        if end == e && !(next.is_empty() || matches!(next, "," | "." | ";" | ")" | "!" | "?")) {
            return None;
        }
        Some((end, p))
    }

    /// A month without a day: "décembre 2021", "en mars", "le mois de mars",
    /// "mars dernier", "in March 2022".
    pub(super) fn month_alone(&self, i: usize, j: usize, with_det: bool) -> R {
        let mut j = j;
        let mut framed = false;
        if with_det {
            // "le mois de mars", "the month of March"
            if !(self.any(j, &["mois", "month"]) && self.any(j + 1, &["de", "d", "of"])) {
                return None;
            }
            j += if self.is(j + 2, "'") { 3 } else { 2 };
            framed = true;
        }
        let (e, month, ambiguous) = self.month(j)?;
        let mut cal = Cal::year(YearRef::Implicit);
        cal.month = Some(month);
        let mut end = e;
        if let Some(y) = self.year_number(e) {
            cal.year = YearRef::Abs(y);
            end = e + 1;
        } else if let Some(d) = self.direction_after(e) {
            cal.year = YearRef::Dir(d);
            end = e + 1;
        } else {
            // A bare month name needs a frame: a preposition before it.
            let prev = if framed { "de" } else { self.prev_word(i) };
            let ok = matches!(
                prev,
                "en" | "de"
                    | "d"
                    | "depuis"
                    | "jusqu"
                    | "des"
                    | "au"
                    | "mois"
                    | "courant"
                    | "in"
                    | "since"
                    | "until"
                    | "of"
                    | "during"
                    | "by"
                    | "from"
                    | "fin"
                    | "debut"
                    | "mi"
                    | "early"
                    | "late"
                    | "mid"
                    | "avant"
                    | "apres"
                    | "before"
                    | "after"
                    | "entre"
                    | "et"
                    | "between"
            ) || (i > 0 && self.is(i - 1, "'"));
            if !ok || ambiguous {
                return None;
            }
        }
        Some((end, Parsed::new(Expr::Cal(cal))))
    }

    /// Numeric dates: "10/03/2022", "10.03.22", "2022-03-10", "le 10/03".
    pub(super) fn numeric_date(&self, i: usize) -> R {
        let a = self.num(i)?;
        // "20 02 2014": day, month and a four-digit year separated by spaces.
        if !self.glued(i + 1) && self.digits(i) <= 2 && self.digits(i + 1) <= 2 {
            if let (Some(m), Some(y)) = (self.num(i + 1), self.year_number(i + 2)) {
                if (1..=31).contains(&a) && (1..=12).contains(&m) && !self.glued(i + 2) {
                    let mut cal = Cal::year(YearRef::Abs(y));
                    cal.month = Some(m);
                    cal.day = Some(a);
                    let mut p = Parsed::new(Expr::Cal(cal));
                    let end = self.day_trailers(i + 3, &mut p);
                    return Some((end, p));
                }
            }
        }
        let sep = self.s(i + 1);
        if !matches!(sep, "/" | "." | "-") || !self.glued(i + 1) || !self.glued(i + 2) {
            return None;
        }
        let b = self.num(i + 2)?;
        if self.digits(i) == 4 {
            // ISO: 2022-03-10 or 2022-03; also 2015/08/12 and 2015.5.13.
            let y = self.year_number(i)?;
            if !(1..=12).contains(&b) || self.digits(i + 2) > 2 {
                return None;
            }
            let mut cal = Cal::year(YearRef::Abs(y));
            cal.month = Some(b);
            if self.is(i + 3, sep) && self.glued(i + 3) && self.glued(i + 4) {
                let d =
                    self.num(i + 4).filter(|d| (1..=31).contains(d) && self.digits(i + 4) <= 2)?;
                cal.day = Some(d);
                let mut p = Parsed::new(Expr::Cal(cal));
                let mut end = i + 5;
                // "2016-12-16T12:23:59"
                if sep == "-" && self.is(end, "t") && self.glued(end) {
                    if let Some((e, c)) = self.clock(end + 1, false) {
                        p.clock = Some(c);
                        end = e;
                        // Seconds are dropped: the value stops at minutes.
                        if self.is(end, ":") && self.num(end + 1).is_some() {
                            end += 2;
                        }
                    }
                }
                return Some((end, p));
            }
            if sep != "-" {
                return None;
            }
            return Some((i + 3, Parsed::new(Expr::Cal(cal))));
        }
        // "02/22/2016": a second number above 12 can only be a day, in the
        // American order.
        let (a, b) = if (13..=31).contains(&b) && (1..=12).contains(&a) && self.num(i + 4).is_some()
        {
            (b, a)
        } else {
            (a, b)
        };
        if !(1..=31).contains(&a) || !(1..=12).contains(&b) || self.digits(i) > 2 {
            return None;
        }
        if i > 0 && matches!(self.s(i - 1), "/" | "." | "-") && self.glued(i) {
            return None;
        }
        if self.digits(i + 2) > 2 {
            return None;
        }
        let mut cal = Cal::year(YearRef::Implicit);
        cal.month = Some(b);
        cal.day = Some(a);
        if self.is(i + 3, sep) && self.glued(i + 3) && self.glued(i + 4) {
            let y = self.num(i + 4)?;
            let year = match self.digits(i + 4) {
                4 => y as i32,
                // Two-digit years: 00-49 are 2000s, 50-99 the 1900s.
                2 if y < 50 => 2000 + y as i32,
                2 => 1900 + y as i32,
                _ => return None,
            };
            cal.year = YearRef::Abs(year);
            let mut p = Parsed::new(Expr::Cal(cal));
            let end = self.day_trailers(i + 5, &mut p);
            return Some((end, p));
        }
        let after_le = i > 0 && self.any(i - 1, &["le", "du", "au"]);
        // Without a year, "22/04" but not "1/2" (a fraction).
        if sep == "/"
            && (self.digits(i) + self.digits(i + 2) >= 3 || after_le)
            && !self.glued(i + 3)
        {
            let mut p = Parsed::new(Expr::Cal(cal));
            let end = self.day_trailers(i + 3, &mut p);
            return Some((end, p));
        }
        None
    }

    /// Years: "en 2014", "l'an 2000", "les années 1990", "fin 2021".
    pub(super) fn year(&self, i: usize, j: usize) -> R {
        let mut j = j;
        let mut framed = j > i;
        if j > i {
            // "l'an 2000", "l'année 2022", "les années 1990"
            if self.any(j, &["an", "annee", "year"]) {
                j += 1;
            } else if self.any(j, &["annees", "years"]) {
                let n = self.num(j + 1)?;
                let first = match self.digits(j + 1) {
                    4 if n % 10 == 0 => n as i32,
                    2 if n % 10 == 0 => 1900 + n as i32,
                    _ => return None,
                };
                let mut cal = Cal::year(YearRef::Abs(first));
                cal.decade = true;
                return Some((j + 2, Parsed::new(Expr::Cal(cal))));
            } else {
                return None;
            }
        }
        let y = self.year_number(j)?;
        // "the 1990s"
        if y % 10 == 0 && self.is(j + 1, "s") && self.glued(j + 1) {
            let mut cal = Cal::year(YearRef::Abs(y));
            cal.decade = true;
            return Some((j + 2, Parsed::new(Expr::Cal(cal))));
        }
        if !framed {
            let prev = self.prev_word(i);
            framed = matches!(
                prev,
                "en" | "depuis"
                    | "de"
                    | "d"
                    | "des"
                    | "jusqu"
                    | "avant"
                    | "apres"
                    | "in"
                    | "since"
                    | "until"
                    | "by"
                    | "from"
                    | "of"
                    | "during"
                    | "before"
                    | "after"
                    | "vers"
                    | "entre"
                    | "et"
                    | "a"
                    | "au"
                    | "pour"
                    | "and"
                    | "between"
                    | "to"
                    | "fin"
                    | "debut"
                    | "mi"
                    | "late"
                    | "early"
                    | "mid"
                    | "printemps"
                    | "ete"
                    | "automne"
                    | "hiver"
            ) || (i > 0 && self.is(i - 1, "'"))
                || (i > 0 && self.is(i - 1, "(") && self.is(j + 1, ")"));
        }
        // A year followed by a unit or a noun of quantity is a count.
        if !framed || lexicon::unit(self.w(j + 1)).is_some() {
            return None;
        }
        Some((j + 1, Parsed::new(Expr::Cal(Cal::year(YearRef::Abs(y))))))
    }
}
