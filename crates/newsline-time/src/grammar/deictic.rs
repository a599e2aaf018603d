//! Deictic and anaphoric rules: "hier", "jusqu'à présent", "la semaine
//! dernière", "il y a deux semaines", "la veille", "les prochains jours".

use super::*;

impl G<'_> {
    /// Fixed deictic phrases.
    pub(super) fn fixed(&self, i: usize) -> R {
        let rel = |end: usize, n: i32| {
            let mut p = Parsed::new(Expr::RelDay(n));
            let end = self.day_trailers(end, &mut p);
            Some((end, p))
        };
        let reference = |end: usize, k: RefKind| Some((end, Parsed::new(Expr::Ref(k))));
        match self.w(i) {
            "aujourd" if self.is(i + 1, "'") && self.is(i + 2, "hui") => rel(i + 3, 0),
            "today" => rel(i + 1, 0),
            "hier" | "yesterday" => rel(i + 1, -1),
            "demain" | "tomorrow" => rel(i + 1, 1),
            "avant" if self.is(i + 1, "-") && self.is(i + 2, "hier") => rel(i + 3, -2),
            "avant" if self.is(i + 1, "hier") => rel(i + 2, -2),
            "ce" if self.is(i + 1, "jour") && !self.any(i + 2, &["-", "la", "de", "du", "ou"]) => {
                rel(i + 2, 0)
            }
            // "ce jour-là": the day the narrative is at.
            "ce" if self.is(i + 1, "jour") && self.is(i + 2, "-") && self.is(i + 3, "la") => {
                Some((i + 4, Parsed::new(Expr::Anaphor { n: 0, unit: Unit::Day })))
            }
            "apres" if self.is(i + 1, "-") && self.is(i + 2, "demain") => rel(i + 3, 2),
            // "dans la journée": today ("dans la journée de mardi" is not).
            "la" if self.is(i + 1, "journee")
                && self.prev_word(i) == "dans"
                && !self.any(i + 2, &["de", "du", "d"]) =>
            {
                rel(i + 2, 0)
            }
            "last" if self.is(i + 1, "night") => {
                let mut p = Parsed::new(Expr::RelDay(-1));
                p.day_part = Some(DayPart::Night);
                Some((i + 2, p))
            }
            "tonight" => {
                let mut p = Parsed::new(Expr::RelDay(0));
                p.day_part = Some(DayPart::Night);
                Some((i + 1, p))
            }
            "ce" | "cet" | "cette" | "this" => {
                let (e, part) = self.day_part(i + 1)?;
                // "ce soir-là": that evening, not this one.
                let there = self.is(e, "-") && self.is(e + 1, "la");
                let expr =
                    if there { Expr::Anaphor { n: 0, unit: Unit::Day } } else { Expr::RelDay(0) };
                let mut p = Parsed::new(expr);
                p.day_part = Some(part);
                let e = self.day_trailers(if there { e + 2 } else { e }, &mut p);
                Some((e, p))
            }
            // "dans la soirée", "en matinée", "dans l'après-midi", "en fin de
            // matinée": a part of the day of the current narrative day.
            "la" | "l" | "matinee" | "soiree" | "nuit" | "debut" | "fin" | "milieu"
                if matches!(self.prev_word(i), "dans" | "en" | "durant" | "pendant") =>
            {
                let (part_mod, k) = match self.w(i) {
                    "debut" | "fin" | "milieu" if self.any(i + 1, &["de", "d"]) => {
                        let k = if self.is(i + 1, "d") { i + 3 } else { i + 2 };
                        (Some(self.w(i)), k)
                    }
                    "la" => (None, i + 1),
                    "l" if self.is(i + 1, "'") => (None, i + 2),
                    _ => (None, i),
                };
                let (e, part) = self.day_part(k)?;
                if self.any(e, &["de", "du"]) {
                    // "dans la nuit de samedi à dimanche", "dans la soirée du
                    // 24 février": that part of the named day.
                    return self.part_of_named_day(e + 1, part);
                }
                if self.is(e, "d") {
                    return None;
                }
                let mut p = Parsed::new(Expr::Anaphor { n: 0, unit: Unit::Day });
                p.day_part = Some(part);
                p.modifier = match part_mod {
                    Some("debut") => Some(Modifier::Start),
                    Some("fin") => Some(Modifier::End),
                    Some(_) => Some(Modifier::Mid),
                    None => None,
                };
                Some((e, p))
            }
            "la" if self.is(i + 1, "nuit") && self.any(i + 2, &["derniere", "passee"]) => {
                let mut p = Parsed::new(Expr::RelDay(-1));
                p.day_part = Some(DayPart::Night);
                Some((i + 3, p))
            }
            "jusqu" if self.is(i + 1, "'") => {
                if self.is(i + 2, "a") && self.is(i + 3, "present") {
                    reference(i + 4, RefKind::Present)
                } else if self.is(i + 2, "ici") {
                    reference(i + 3, RefKind::Present)
                } else {
                    None
                }
            }
            "a" if self.is(i + 1, "present") => reference(i + 2, RefKind::Present),
            "a" if self.is(i + 1, "l")
                && self.is(i + 2, "'")
                && self.is(i + 3, "heure")
                && self.is(i + 4, "actuelle") =>
            {
                reference(i + 5, RefKind::Present)
            }
            "a" if self.is(i + 1, "l") && self.is(i + 2, "'") && self.is(i + 3, "avenir") => {
                reference(i + 4, RefKind::Future)
            }
            "pour" if self.is(i + 1, "l") && self.is(i + 2, "'") && self.is(i + 3, "instant") => {
                reference(i + 4, RefKind::Present)
            }
            "pour" if self.is(i + 1, "le") && self.is(i + 2, "moment") => {
                reference(i + 3, RefKind::Present)
            }
            "en" if self.is(i + 1, "ce") && self.is(i + 2, "moment") => {
                reference(i + 3, RefKind::Present)
            }
            "de" if self.is(i + 1, "nos") && self.is(i + 2, "jours") => {
                reference(i + 3, RefKind::Present)
            }
            "desormais" | "dorenavant" | "actuellement" | "maintenant" | "now" | "currently"
            | "nowadays" => reference(i + 1, RefKind::Present),
            "so" if self.is(i + 1, "far") => reference(i + 2, RefKind::Present),
            "for" if self.is(i + 1, "now") => reference(i + 2, RefKind::Present),
            "at" if self.is(i + 1, "present") => reference(i + 2, RefKind::Present),
            "at" if self.is(i + 1, "the") && self.is(i + 2, "moment") => {
                reference(i + 3, RefKind::Present)
            }
            "prochainement" => reference(i + 1, RefKind::Future),
            "recemment" | "recently" => reference(i + 1, RefKind::Past),
            "recent" if self.any(i + 1, &["days", "weeks", "months", "years"]) => {
                reference(i + 2, RefKind::Past)
            }
            _ => None,
        }
    }

    /// The day after "la nuit de", "la soirée du": a weekday or a date,
    /// and for the night an optional second day ("de samedi à dimanche").
    fn part_of_named_day(&self, k: usize, part: DayPart) -> R {
        let (e, mut p) = longest(self.weekday(k, k, Det::None), self.day_month(k, k))?;
        if p.clock.is_some() || p.day_part.is_some() {
            return None;
        }
        p.day_part = Some(part);
        let mut end = e;
        if part == DayPart::Night && self.any(end, &["a", "au"]) {
            let k2 = end + 1;
            if let Some((e2, _)) = longest(self.weekday(k2, k2, Det::None), self.day_month(k2, k2))
            {
                end = e2;
            }
        }
        Some((end, p))
    }

    /// "les prochains jours", "ces dernières semaines", "the coming days",
    /// and "les dernières années" (a vague duration, PXY).
    pub(super) fn vague(&self, i: usize, j: usize) -> R {
        let plural_unit = |k: usize| {
            let w = self.w(k);
            let u = lexicon::unit(w)?;
            (w.ends_with('s') || w == "mois").then_some(u)
        };
        match self.w(j) {
            "prochains" | "prochaines" | "coming" | "next" if self.s(i) != "ces" => {
                let u = plural_unit(j + 1)?;
                if i == j && !self.any(j, &["prochains", "prochaines"]) {
                    return None;
                }
                if matches!(u, Unit::Hour | Unit::Minute | Unit::Second) {
                    return None;
                }
                Some((j + 2, Parsed::new(Expr::Ref(RefKind::Future))))
            }
            "derniers" | "dernieres" | "past" | "last" => {
                if let Some((e, n)) = self.number(j + 1) {
                    let u = plural_unit(e)?;
                    let p = Parsed::new(Expr::Duration { amount: Amount::N(n), unit: u });
                    return Some((e + 1, p));
                }
                let u = plural_unit(j + 1)?;
                if i == j && !self.any(j, &["derniers", "dernieres"]) {
                    return None;
                }
                if self.any(i, &["ces", "these"]) {
                    return Some((j + 2, Parsed::new(Expr::Ref(RefKind::Past))));
                }
                let p = Parsed::new(Expr::Duration { amount: Amount::Some, unit: u });
                Some((j + 2, p))
            }
            _ => None,
        }
    }

    /// "la veille", "le lendemain", "le surlendemain", "the day before",
    /// "the next day"; "au lendemain du bombardement" refers to an event.
    pub(super) fn anaphor(&self, i: usize, j: usize) -> R {
        let (n, mut end) = match self.w(j) {
            "veille" => (-1, j + 1),
            "lendemain" => (1, j + 1),
            "surlendemain" => (2, j + 1),
            "avant" if self.is(j + 1, "-") && self.is(j + 2, "veille") => (-2, j + 3),
            "day" if self.is(i, "the") => match self.w(j + 1) {
                "before" => (-1, j + 2),
                "after" => (1, j + 2),
                _ => return None,
            },
            "next" | "following" if self.is(i, "the") && self.is(j + 1, "day") => (1, j + 2),
            "jour" if i < j || self.is(i, "jour") => match self.w(j + 1) {
                "precedent" => (-1, j + 2),
                "suivant" => (1, j + 2),
                "d" if self.is(j + 2, "'") && self.is(j + 3, "avant") => (-1, j + 4),
                "d" if self.is(j + 2, "'") && self.is(j + 3, "apres") => (1, j + 4),
                _ => return None,
            },
            "previous" if self.is(i, "the") && self.is(j + 1, "day") => (-1, j + 2),
            _ => return None,
        };
        // "la veille du sommet", "le lendemain de l'attaque": another event.
        let event = match self.s(end) {
            "du" | "des" => !self.any(end + 1, &["soir", "matin"]),
            "de" | "of" => true,
            "d" => self.is(end + 1, "'"),
            _ => false,
        };
        if event {
            // "la veille du 24 février": a day next to a stated date.
            let k = if self.is(end, "d") { end + 2 } else { end + 1 };
            if let Some((e, mut p)) = longest(self.day_month(k, k), self.holiday(k)) {
                if let Expr::Cal(c) = p.expr {
                    if c.day.is_some() {
                        p.day_offset = n;
                        return Some((e, p));
                    }
                }
            }
        }
        let expr = if event { Expr::EventRelative } else { Expr::Anaphor { n, unit: Unit::Day } };
        let mut p = Parsed::new(expr);
        if !event {
            end = self.day_trailers(end, &mut p);
        }
        Some((end, p))
    }

    /// "cette semaine", "la semaine prochaine", "le mois dernier", "l'an
    /// dernier", "ce week-end", "last week", "next year".
    pub(super) fn rel_unit(&self, i: usize, j: usize, det: Det) -> R {
        // "the following week", "the previous month": next to the
        // narrative's date.
        if self.is(i, "the") && self.any(j, &["following", "previous"]) {
            let u = lexicon::unit(self.w(j + 1))?;
            if !matches!(u, Unit::Week | Unit::Month | Unit::Year) || self.w(j + 1).ends_with('s') {
                return None;
            }
            let n = if self.is(j, "following") { 1 } else { -1 };
            return Some((j + 2, Parsed::new(Expr::AnaphorPeriod { n, unit: u })));
        }
        let (en_offset, j) = match self.w(j) {
            "last" | "past" if det != Det::Dem => (Some(-1), j + 1),
            "next" | "coming" => (Some(1), j + 1),
            _ => (None, j),
        };
        let (unit, weekend, mut end) = match self.w(j) {
            "week" if self.is(j + 1, "-") && self.is(j + 2, "end") => (Unit::Week, true, j + 3),
            "weekend" => (Unit::Week, true, j + 1),
            w => {
                let u = lexicon::unit(w)?;
                if w.ends_with('s') && !matches!(w, "mois") {
                    return None;
                }
                (u, false, j + 1)
            }
        };
        if !matches!(unit, Unit::Week | Unit::Month | Unit::Year | Unit::Quarter) {
            return None;
        }
        if self.is(end, "-") && self.is(end + 1, "ci") {
            end += 2;
        }
        // "cette année-là", "ce mois-là": the period of the narrative.
        if det == Det::Dem && !weekend && self.is(end, "-") && self.is(end + 1, "la") {
            return Some((end + 2, Parsed::new(Expr::AnaphorPeriod { n: 0, unit })));
        }
        let mut offset = en_offset;
        let mut anaphoric = false;
        match self.w(end) {
            "dernier" | "derniere" | "passe" | "passee" | "ecoule" | "ecoulee" => {
                offset = Some(-1);
                end += 1;
            }
            "prochain" | "prochaine" => {
                offset = Some(1);
                end += 1;
            }
            "precedent" | "precedente" | "suivant" | "suivante" => {
                offset = Some(if self.w(end).starts_with('p') { -1 } else { 1 });
                anaphoric = true;
                end += 1;
            }
            "en" if self.is(end + 1, "cours") => {
                offset = Some(0);
                end += 2;
            }
            _ => {}
        }
        let offset = match offset {
            Some(o) => o,
            None if det == Det::Dem => 0,
            None => return None,
        };
        if det == Det::None && en_offset.is_none() {
            return None;
        }
        let _ = i;
        let p = if anaphoric {
            Parsed::new(Expr::AnaphorPeriod { n: offset, unit })
        } else if unit == Unit::Year && !weekend {
            Parsed::new(Expr::Cal(Cal::year(YearRef::Rel(offset))))
        } else {
            Parsed::new(Expr::RelUnit { unit, offset, weekend })
        };
        Some((end, p))
    }

    /// "il y a deux semaines", "dans trois jours", "two weeks ago",
    /// "in three days".
    pub(super) fn shift(&self, i: usize) -> R {
        let (sign, j) = match self.w(i) {
            "il" if self.is(i + 1, "y") && self.is(i + 2, "a") => (-1, i + 3),
            "dans" | "in" => (1, i + 1),
            _ => return None,
        };
        // "il y a près de deux ans", "il y a à peu près un mois", "il y a
        // plus d'un an": the modifier stays in the extent.
        let mut modifier = None;
        let j = match (self.w(j), self.w(j + 1)) {
            ("a", "peu") if self.is(j + 2, "pres") => {
                modifier = Some(Modifier::Approx);
                j + 3
            }
            ("environ", _) | ("about", _) => {
                modifier = Some(Modifier::Approx);
                j + 1
            }
            ("pres" | "plus" | "moins", "de" | "d") => {
                modifier = Some(match self.w(j) {
                    "pres" => Modifier::Approx,
                    "plus" => Modifier::MoreThan,
                    _ => Modifier::LessThan,
                });
                if self.is(j + 1, "d") {
                    j + 3
                } else {
                    j + 2
                }
            }
            _ => j,
        };
        let (e, n, unit) = self.amount_unit(j)?;
        let mut end = e;
        let mut exact = false;
        if sign < 0 {
            if self.any(end, &["exactement", "environ", "seulement"]) {
                exact = self.is(end, "exactement");
                end += 1;
            } else if self.is(end, "tout") && self.is(end + 1, "juste") {
                end += 2;
            } else if self.is(end, "jour") && self.is(end + 1, "pour") && self.is(end + 2, "jour") {
                exact = true;
                end += 3;
            }
        }
        let mut p = match n {
            Amount::N(n) | Amount::AndHalf(n) | Amount::HoursMinutes(n, _) => {
                Parsed::new(Expr::Shift { n: sign * i32::try_from(n).ok()?, unit })
            }
            Amount::Some => {
                Parsed::new(Expr::Ref(if sign < 0 { RefKind::Past } else { RefKind::Future }))
            }
            // "il y a 1,5 an": no whole day to point at.
            Amount::Decimal(..) => return None,
        };
        p.modifier = modifier;
        p.exact = exact && modifier.is_none();
        Some((end, p))
    }
}
