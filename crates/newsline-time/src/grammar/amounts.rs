//! Numbers, amounts of units, durations ("plus d'une heure", "une heure et
//! demie") and sets ("chaque jeudi", "quotidien").

use super::*;

impl G<'_> {
    /// A number in digits or words ("15", "quinze", "vingt-et-un"),
    /// including "une ou deux" (the larger is kept, as an upper bound).
    pub(super) fn amount(&self, i: usize) -> Option<(usize, u32)> {
        let (end, n) = self.number(i)?;
        if self.any(end, &["ou", "or"]) {
            if let Some((e2, m)) = self.number(end + 1) {
                if m > n {
                    return Some((e2, m));
                }
            }
        }
        Some((end, n))
    }

    pub(super) fn number(&self, i: usize) -> Option<(usize, u32)> {
        if let Some(n) = self.num(i) {
            // "2 000 ans": groups of three digits after a space (French
            // thousands), only after a short first group.
            let mut n = n;
            let mut j = i + 1;
            if self.digits(i) <= 3 {
                while self.digits(j) == 3 && !self.glued(j) {
                    match self.num(j).and_then(|g| n.checked_mul(1000)?.checked_add(g)) {
                        Some(m) => n = m,
                        None => break,
                    }
                    j += 1;
                }
            }
            return Some((j, n));
        }
        let mut cur = lexicon::number_word(self.w(i))?;
        let mut j = i + 1;
        loop {
            let (nj, next) = if self.is(j, "-")
                && self.is(j + 1, "et")
                && self.is(j + 2, "-")
                && self.any(j + 3, &["un", "une", "onze"])
                && cur >= 20
            {
                // "vingt-et-un"
                (j + 4, if self.is(j + 3, "onze") { 11 } else { 1 })
            } else if self.is(j, "-") {
                match lexicon::number_word(self.w(j + 1)) {
                    Some(n) => (j + 2, n),
                    None => break,
                }
            } else if self.is(j, "et") && self.any(j + 1, &["un", "une", "onze"]) && cur >= 20 {
                (j + 2, if self.is(j + 1, "onze") { 11 } else { 1 })
            } else if let Some(n) = lexicon::number_word(self.w(j)) {
                // "deux cents", "vingt quatre" (unhyphenated)
                if n >= 100 || cur >= 100 || (cur >= 20 && cur % 10 == 0 && n < 10) {
                    (j + 1, n)
                } else {
                    break;
                }
            } else {
                break;
            };
            let combined = if next == 100 || next == 1000 {
                cur.max(1).checked_mul(next)
            } else if (cur >= 20 && cur % 10 == 0 && cur < 100 && next < 10)
                || ((cur == 60 || cur == 80) && (10..20).contains(&next))
            {
                Some(cur + next)
            } else if cur == 4 && next == 20 {
                Some(80)
            } else if cur == 10 && (7..=9).contains(&next) {
                Some(10 + next)
            } else if cur >= 100 && next < 100 {
                Some(cur + next)
            } else {
                None
            };
            match combined {
                Some(c) => {
                    cur = c;
                    j = nj;
                }
                None => break,
            }
        }
        Some((j, cur))
    }

    /// An amount and a unit: "deux semaines", "15 ans", "une heure et
    /// demie" (90 minutes), "une demi-heure", "quelques jours".
    pub(super) fn amount_unit(&self, i: usize) -> Option<(usize, Amount, Unit)> {
        if self.any(i, &["quelques", "plusieurs", "several", "few", "many"]) {
            let u = lexicon::unit(self.w(i + 1))?;
            return Some((i + 2, Amount::Some, u));
        }
        if self.any(i, &["une", "un", "a"]) && self.is(i + 1, "demi") && self.is(i + 2, "-") {
            let (sub, f) = split(lexicon::unit(self.w(i + 3))?)?;
            return Some((i + 4, Amount::N(f / 2), sub));
        }
        if self.is(i, "half") && self.any(i + 1, &["an", "a"]) {
            let (sub, f) = split(lexicon::unit(self.w(i + 2))?)?;
            return Some((i + 3, Amount::N(f / 2), sub));
        }
        // "un quart d'heure", "trois quarts d'heure"
        let quarters = match (self.w(i), self.w(i + 1)) {
            ("un", "quart") => Some(15),
            ("trois", "quarts") => Some(45),
            _ => None,
        };
        if let Some(m) = quarters {
            if self.elided(i + 2, "d") && self.is(i + 4, "heure") {
                return Some((i + 5, Amount::N(m), Unit::Minute));
            }
        }
        // "3,5 ans", "2.5 hours": a decimal amount.
        if let (Some(n), true) = (self.num(i), self.any(i + 1, &[",", "."])) {
            if self.glued(i + 1) && self.glued(i + 2) && self.digits(i + 2) <= 3 {
                if let Some(frac) = self.num(i + 2) {
                    let w = self.w(i + 3);
                    let u = lexicon::unit(w)
                        .or_else(|| matches!(w, "seconde" | "second").then_some(Unit::Second));
                    if let Some(u) = u {
                        // "2.000 ans": a French thousands separator.
                        if self.is(i + 1, ".") && self.digits(i + 2) == 3 {
                            let n = n.checked_mul(1000)?.checked_add(frac)?;
                            return Some((i + 4, Amount::N(n), u));
                        }
                        let digits = u8::try_from(self.digits(i + 2)).ok()?;
                        return Some((i + 4, Amount::Decimal(n, frac, digits), u));
                    }
                }
            }
        }
        let (e, n) = if self.any(i, &["a", "an"]) { (i + 1, 1) } else { self.amount(i)? };
        // "les 2 dernières semaines", "3 prochains jours", "the past two weeks"
        let e = if n > 1
            && self.any(
                e,
                &["derniers", "dernieres", "prochains", "prochaines", "premiers", "premieres"],
            ) {
            e + 1
        } else {
            e
        };
        let w = self.w(e);
        // The singular "seconde" only after digits ("un second tour").
        let u = match lexicon::unit(w) {
            Some(u) => u,
            None if matches!(w, "seconde" | "second") && self.num(i).is_some() => Unit::Second,
            None => return None,
        };
        if w == "h" || w == "mn" || w == "sec" {
            // Abbreviations only after digits.
            self.num(i)?;
        }
        let end = e + 1;
        // "une heure et demie", "an hour and a half", "deux ans et demi"
        if self.any(end, &["et", "and"]) {
            let k = end + 1;
            let k = if self.is(k, "a") { k + 1 } else { k };
            if self.any(k, &["demi", "demie", "half"]) && split(u).is_some() {
                return Some((k + 1, Amount::AndHalf(n), u));
            }
        }
        if u == Unit::Hour && self.num(end).is_some() && self.glued(end) && w == "h" {
            // "1h30" as a duration.
            let m = self.num(end)?;
            if m < 60 {
                return Some((end + 1, Amount::HoursMinutes(n, m), Unit::Hour));
            }
        }
        if u == Unit::Hour && self.t.get(end).is_some_and(|t| t.kind == TokKind::Word) {
            // "une heure trente", "deux heures vingt minutes"
            if let Some((e2, m)) = self.number(end).filter(|(_, m)| (1..60).contains(m)) {
                let minutes = self.any(e2, &["minutes", "minute", "min"]);
                let ends = self.t.get(e2).is_none_or(|t| t.kind != TokKind::Word)
                    || self.any(e2, &["de", "d"]);
                if minutes || ends {
                    return Some((
                        if minutes { e2 + 1 } else { e2 },
                        Amount::HoursMinutes(n, m),
                        Unit::Hour,
                    ));
                }
            }
        }
        Some((end, Amount::N(n), u))
    }

    /// Durations, and anaphoric shifts: "quatre heures", "plus d'une
    /// heure", "15 ans", "deux jours plus tard", "three days later".
    pub(super) fn duration(&self, i: usize) -> R {
        let mut j = i;
        let mut modifier = None;
        match self.w(i) {
            "plus" | "moins" | "pres" if self.any(i + 1, &["de", "d"]) => {
                modifier = Some(match self.w(i) {
                    "plus" => Modifier::MoreThan,
                    "moins" => Modifier::LessThan,
                    _ => Modifier::Approx,
                });
                j = if self.is(i + 1, "d") && self.is(i + 2, "'") { i + 3 } else { i + 2 };
            }
            "more" | "less" if self.is(i + 1, "than") => {
                modifier =
                    Some(if self.is(i, "more") { Modifier::MoreThan } else { Modifier::LessThan });
                j = i + 2;
            }
            "environ" | "about" | "nearly" | "almost" | "around" => {
                modifier = Some(Modifier::Approx);
                j = i + 1;
            }
            "toute" | "tout" | "all" => {
                // "toute la journée", "tout le mois", "toute l'année"
                let (d, k) = self.det(i + 1);
                if d != Det::Def {
                    return None;
                }
                let w = self.w(k);
                let u = lexicon::unit(w)?;
                if w.ends_with('s') && w != "mois" || matches!(u, Unit::Second | Unit::Minute) {
                    return None;
                }
                let mut p = Parsed::new(Expr::Duration { amount: Amount::N(1), unit: u });
                p.modifier = None;
                return Some((k + 1, p));
            }
            "au" if self.is(i + 1, "moins") => {
                modifier = Some(Modifier::MoreThan);
                j = i + 2;
            }
            "at" if self.is(i + 1, "least") => {
                modifier = Some(Modifier::MoreThan);
                j = i + 2;
            }
            _ => {}
        }
        let prev = if j == i { self.prev_word(i) } else { "" };
        let after_clock_prep =
            |k: usize| k >= 1 && matches!(self.prev_word(k), "a" | "vers" | "at");
        if modifier.is_none()
            && matches!(prev, "environ" | "about")
            && after_clock_prep(i - 1)
            && self.any(i + 1, &["heures", "heure", "h"])
        {
            return None;
        }
        if modifier == Some(Modifier::Approx)
            && matches!(self.prev_word(i), "a" | "vers" | "at")
            && self.any(j + 1, &["heures", "heure", "h"])
        {
            return None; // "à environ 15 heures": a clock time
        }
        if matches!(self.w(j), "un" | "a" | "an")
            && self.any(j + 1, &["jour", "day"])
            && !matches!(prev, "pendant" | "durant" | "depuis" | "en" | "for")
            && !matches!(
                self.w(j + 2),
                "apres" | "plus" | "avant" | "auparavant" | "later" | "ago" | "earlier"
            )
        {
            // "un jour" is usually "some day", not a duration.
            return None;
        }
        if self.w(j) == "a" && modifier.is_none() {
            // English "a week" only in the frames below (ago/later).
            let (e, _, _) = self.amount_unit(j)?;
            if !self.any(e, &["ago", "later", "earlier", "before", "after"]) {
                return None;
            }
        }
        let (e, amount, unit) = self.amount_unit(j)?;
        // "pendant 3h", "pour 3h": a duration even in the clock notation.
        let duration_prep = matches!(self.prev_word(i), "pendant" | "durant" | "pour" | "for");
        let digits_h =
            self.num(j).is_some() && self.is(j + 1, "h") && self.glued(j + 1) && !duration_prep;
        // "il est vingt heures": the time of day.
        let it_is = self.prev_word(i) == "est" && i >= 2 && self.is(i - 2, "il");
        if (digits_h || it_is) && modifier.is_none() {
            // "15h", "15h30": clock times.
            return None;
        }
        if unit == Unit::Hour && modifier.is_none() && self.part_of_day_follows(j) {
            return None;
        }
        if unit == Unit::Hour && modifier.is_none() {
            // "à 15 heures", "vers 15h": a clock time, not a duration.
            // After "avant", "entre", "de"… only digits make a clock time
            // ("après 15 heures"); "après une heure" is a duration.
            let clockish = matches!(prev, "a" | "vers" | "des" | "at" | "around" | "jusqu")
                || (self.num(j).is_some()
                    && matches!(
                        prev,
                        "avant" | "apres" | "entre" | "et" | "de" | "from" | "to" | "until" | "by"
                    ));
            if clockish || digits_h {
                return None;
            }
        }
        let mut end = e;
        let n = match amount {
            Amount::N(n) | Amount::AndHalf(n) | Amount::HoursMinutes(n, _) => {
                Some(i32::try_from(n).ok()?)
            }
            // A fractional shift ("1,5 jour plus tard") is not a whole day.
            Amount::Some | Amount::Decimal(..) => None,
        };
        // Frames that turn the amount into a shift.
        let shift = match self.w(end) {
            "plus" if self.is(end + 1, "tard") => Some((1, end + 2)),
            "plus" if self.is(end + 1, "tot") => Some((-1, end + 2)),
            "auparavant" | "earlier" => Some((-1, end + 1)),
            "later" => Some((1, end + 1)),
            "ago" => Some((-1, end + 1)),
            "apres" | "avant" | "after" | "before" if modifier.is_none() => {
                // "trois jours après l'attaque" refers to an event.
                let next = self.s(end + 1);
                let closes = next.is_empty()
                    || matches!(next, "," | "." | ";" | ")" | ":" | "!" | "?")
                    || self.t.get(end + 1).is_some_and(|t| t.newline_before);
                if closes {
                    Some((
                        if self.w(end).starts_with('a') && self.w(end) != "avant" { 1 } else { -1 },
                        end + 1,
                    ))
                } else {
                    return Some((end + 1, Parsed::new(Expr::EventRelative)));
                }
            }
            _ => None,
        };
        if let Some((sign, e2)) = shift {
            end = e2;
            let expr = match (self.w(e2 - 1), n) {
                ("ago", Some(n)) => Expr::Shift { n: -n, unit },
                ("ago", None) => Expr::Ref(RefKind::Past),
                (_, Some(n)) => Expr::Anaphor { n: sign * n, unit },
                (_, None) => Expr::EventRelative,
            };
            return Some((end, Parsed::new(expr)));
        }
        if amount == Amount::Some
            && !matches!(self.prev_word(i), "depuis" | "pendant" | "durant" | "for" | "en" | "il")
            && !self.any(i, &["quelques", "plusieurs", "several"])
        {
            return None;
        }
        let mut p = Parsed::new(Expr::Duration { amount, unit });
        if modifier.is_none()
            && i >= 3
            && self.is(i - 1, "ici")
            && self.is(i - 2, "'")
            && self.is(i - 3, "d")
        {
            // "d'ici une ou deux semaines": at most that long from now.
            modifier = Some(Modifier::EqualOrLess);
        }
        p.modifier = modifier;
        Some((end, p))
    }

    /// Sets: "chaque jeudi", "tous les jeudis", "tous les deux ans",
    /// "quotidien", "every week", "daily".
    pub(super) fn set(&self, i: usize) -> R {
        let set = |end: usize, weekday: Option<Weekday>, unit: Unit, n: u32| {
            let mut p = Parsed::new(Expr::Set { weekday, unit, n });
            // "chaque lundi à 16h", "tous les jours à 20 heures"
            let end = if weekday.is_some() || unit == Unit::Day {
                let e = self.day_trailers(end, &mut p);
                p.day_part = None;
                if p.clock.is_some() {
                    e
                } else {
                    end
                }
            } else {
                end
            };
            Some((end, p))
        };
        // "les lundis", "dimanches": a plural weekday is a set.
        let (_, k) = if self.is(i, "les") { (Det::Def, i + 1) } else { (Det::None, i) };
        let word = self.w(k);
        if word.ends_with('s') {
            if let Some(wd) = lexicon::weekday(word) {
                return set(k + 1, Some(wd), Unit::Week, 1);
            }
        }
        // "le quotidien", "au quotidien", "l'hebdomadaire Le Point", "Daily
        // Mail": nouns and names, not sets.
        let adjective = |end: usize| {
            let noun = matches!(
                self.prev_word(i),
                "le" | "au"
                    | "du"
                    | "un"
                    | "son"
                    | "leur"
                    | "notre"
                    | "mon"
                    | "ce"
                    | "l"
                    | "des"
                    | "les"
                    | "ses"
                    | "leurs"
                    | "nos"
                    | "ces"
            ) || (i > 0 && self.is(i - 1, "'"));
            let name = matches!(
                self.w(end),
                "mail" | "telegraph" | "beast" | "star" | "express" | "news" | "show" | "planet"
            );
            if noun || name {
                None
            } else {
                set(end, None, Unit::Day, 1)
            }
        };
        match self.w(i) {
            "quotidien" | "quotidienne" | "quotidiens" | "quotidiennes" | "daily" => {
                return adjective(i + 1);
            }
            "hebdomadaire" | "hebdomadaires" | "weekly" | "mensuel" | "mensuels" | "monthly"
            | "annuel" | "annuels" | "yearly"
                if adjective(i + 1).is_none() =>
            {
                return None;
            }
            _ => {}
        }
        match self.w(i) {
            "chaque" | "every" | "each" => {
                if let Some(wd) = lexicon::weekday(self.w(i + 1)) {
                    return set(i + 2, Some(wd), Unit::Week, 1);
                }
                if let Some((e, n)) = self.number(i + 1) {
                    let u = lexicon::unit(self.w(e))?;
                    return set(e + 1, None, u, n);
                }
                let u = lexicon::unit(self.w(i + 1))?;
                set(i + 2, None, u, 1)
            }
            "tous" | "toutes" if self.is(i + 1, "les") => {
                if let Some(wd) = lexicon::weekday(self.w(i + 2)) {
                    return set(i + 3, Some(wd), Unit::Week, 1);
                }
                let (e, n) = match self.number(i + 2) {
                    Some(x) => x,
                    None => (i + 2, 1),
                };
                let u = lexicon::unit(self.w(e))?;
                if n == 1 && !self.w(e).ends_with('s') && self.w(e) != "mois" {
                    return None;
                }
                set(e + 1, None, u, n)
            }
            "quotidien" | "quotidienne" | "quotidiens" | "quotidiennes" | "daily" => {
                set(i + 1, None, Unit::Day, 1)
            }
            "hebdomadaire" | "hebdomadaires" | "weekly" => set(i + 1, None, Unit::Week, 1),
            "bihebdomadaire" | "bihebdomadaires" => set(i + 1, None, Unit::Week, 2),
            "journellement" | "quotidiennement" => set(i + 1, None, Unit::Day, 1),
            "mensuel" | "mensuelle" | "mensuels" | "mensuelles" | "monthly" => {
                set(i + 1, None, Unit::Month, 1)
            }
            "annuel" | "annuelle" | "annuels" | "annuelles" | "annuellement" | "yearly"
            | "annually" => set(i + 1, None, Unit::Year, 1),
            "par" | "per" => {
                let u = lexicon::unit(self.w(i + 1))?;
                if self.w(i + 1).ends_with('s') && self.w(i + 1) != "mois" {
                    return None;
                }
                set(i + 2, None, u, 1)
            }
            _ => None,
        }
    }
}

/// A unit split into a smaller one for halves, with the factor.
fn split(u: Unit) -> Option<(Unit, u32)> {
    Some(match u {
        Unit::Hour => (Unit::Minute, 60),
        Unit::Minute => (Unit::Second, 60),
        Unit::Day => (Unit::Hour, 24),
        Unit::Year => (Unit::Month, 12),
        Unit::Month => (Unit::Day, 30),
        _ => return None,
    })
}
