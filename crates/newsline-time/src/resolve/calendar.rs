//! Calendar expressions (day, month, year, season, decade; ordinals in a
//! month), parts of periods, times of day and duration values.

use super::*;

pub(super) fn resolve_cal(cal: &Cal, p: &Parsed, ctx: &Ctx, r: &mut Resolved) {
    let anchor = ctx.anchor;
    // The year, and how it was found.
    let (year, how) = match cal.year {
        YearRef::Abs(y) => (Some(y), Resolution::Absolute),
        YearRef::Rel(o) => (anchor.map(|a| a.year_value() + o), Resolution::Document),
        YearRef::Dir(dir) => {
            let y = anchor.and_then(|a| {
                let am = a.month_value()?;
                let m = cal.month.or_else(|| cal.season.map(season_month))?;
                Some(match dir {
                    Dir::Last if m >= am => a.year_value() - 1,
                    Dir::Next if m <= am => a.year_value() + 1,
                    _ => a.year_value(),
                })
            });
            (y, Resolution::Document)
        }
        YearRef::Implicit => (None, Resolution::Document),
    };
    if cal.century {
        if let Some(y) = year {
            if let (Some(a), Some(b)) = (ymd(y, 1, 1), ymd(y + 99, 12, 31)) {
                r.value = Some(format!("{:02}", y / 100));
                r.interval = Interval::new(a, b);
                r.resolution = how;
            }
        }
        return;
    }
    if cal.decade {
        if let Some(y) = year {
            if let (Some(a), Some(b)) = (ymd(y, 1, 1), ymd(y + 9, 12, 31)) {
                r.value = Some(format!("{:03}", y / 10));
                r.interval = Interval::new(a, b);
                r.resolution = how;
            }
        }
        return;
    }
    if let Some(s) = cal.season {
        let y = year.or_else(|| anchor.map(|a| a.year_value()));
        match y.and_then(|y| season_v(y, s)) {
            Some(v) => {
                r.value = Some(v.value);
                r.interval = v.interval;
                r.resolution = if year.is_some() { how } else { Resolution::Document };
            }
            None => r.value = Some(format!("XXXX-{}", s.timex())),
        }
        return;
    }
    // A quarter or half without its year takes the anchor's.
    let (year, how) = match (year, cal.quarter.or(cal.half), anchor) {
        (None, Some(_), Some(a)) => (Some(a.year_value()), Resolution::Document),
        (y, _, _) => (y, how),
    };
    if let (Some(h), Some(y)) = (cal.half, year) {
        let (a, b) =
            if h == 1 { (ymd(y, 1, 1), ymd(y, 6, 30)) } else { (ymd(y, 7, 1), ymd(y, 12, 31)) };
        if let (Some(a), Some(b)) = (a, b) {
            r.value = Some(format!("{y:04}-H{h}"));
            r.interval = Interval::new(a, b);
            r.resolution = how;
        }
        return;
    }
    if let (Some(h), None) = (cal.half, year) {
        r.value = Some(format!("XXXX-H{h}"));
        return;
    }
    if let (Some(q), None) = (cal.quarter, year) {
        r.value = Some(format!("XXXX-Q{q}"));
        return;
    }
    let v = match (year, cal.month, cal.day) {
        (Some(y), Some(m), Some(d)) => ymd(y, m, d).map(day_v),
        (Some(y), Some(m), None) => month_v(y, m),
        (Some(y), None, None) => match cal.quarter {
            Some(q) => quarter_v(y, q),
            None => year_v(y),
        },
        (None, Some(m), day) => match anchor {
            Some(a) => {
                let l = look(ctx.strategy, p.tense);
                let y0 = a.year_value();
                let reference = a.as_day().or_else(|| {
                    // Compare at the anchor's grain: a month anchor is its
                    // first day for "before", last for "after".
                    Some(match l {
                        Look::Back => a.latest(),
                        _ => a.earliest(),
                    })
                });
                let cands = (y0 - 1..=y0 + 1).filter_map(|y| match day {
                    Some(d) => ymd(y, m, d),
                    None => ymd(y, m, 1),
                });
                let chosen = reference.and_then(|refd| {
                    let refd = if day.is_none() && a.precision() == Precision::Day {
                        ymd(refd.year(), refd.month(), 1).unwrap_or(refd)
                    } else {
                        refd
                    };
                    if day.is_none() && a.precision() != Precision::Day && a.month_value().is_some()
                    {
                        // A month anchor: the same month is the anchor itself.
                        if a.month_value() == Some(m) {
                            return ymd(y0, m, 1);
                        }
                    }
                    if day.is_some()
                        && a.precision() == Precision::Month
                        && a.month_value() == Some(m)
                    {
                        return ymd(y0, m, day.unwrap_or(1));
                    }
                    pick(cands, refd, l)
                });
                match (chosen, day) {
                    (Some(c), Some(_)) => Some(day_v(c)),
                    (Some(c), None) => month_v(c.year(), c.month()),
                    _ => None,
                }
            }
            None => {
                r.value = Some(match day {
                    Some(d) => format!("XXXX-{m:02}-{d:02}"),
                    None => format!("XXXX-{m:02}"),
                });
                if let Some(w) = cal.weekday {
                    r.weekday = Some(w);
                }
                return;
            }
        },
        (None, None, Some(d)) => {
            match anchor.and_then(|a| a.month_value().map(|m| (a.year_value(), m))) {
                // "le 16" with a full anchor: the nearest 16th the strategy
                // allows (the next one for Forward).
                // "jeudi 15" when the 15th of the anchor's month is not a
                // Thursday: the nearest month (in the strategy's direction)
                // where it is, within a year.
                Some((y, m))
                    if cal.weekday.is_some()
                        && ymd(y, m, d).is_some_and(|x| Some(x.weekday()) != cal.weekday)
                        && anchor.is_some_and(|a| a.precision() == Precision::Day) =>
                {
                    let refd = anchor.map(|a| a.earliest());
                    let first = ymd(y, m, 1);
                    let cands = (-12..=12)
                        .filter_map(|k| first.and_then(|f| add_months(f, k)))
                        .filter_map(|f| ymd(f.year(), f.month(), d))
                        .filter(|x| Some(x.weekday()) == cal.weekday);
                    refd.and_then(|refd| pick(cands, refd, look(ctx.strategy, p.tense))).map(day_v)
                }
                Some((y, m)) if anchor.is_some_and(|a| a.precision() == Precision::Day) => {
                    let refd = anchor.map(|a| a.earliest());
                    let l = look(ctx.strategy, p.tense);
                    let first = ymd(y, m, 1);
                    let cands = (-1..=1)
                        .filter_map(|k| first.and_then(|f| add_months(f, k)))
                        .filter_map(|f| ymd(f.year(), f.month(), d));
                    match (cands.clone().count(), refd) {
                        (0, _) | (_, None) => None,
                        (_, Some(refd)) if cal.weekday.is_some() => {
                            ymd(refd.year(), refd.month(), d).map(day_v)
                        }
                        (_, Some(refd)) => pick(cands, refd, l).map(day_v),
                    }
                }
                // "jeudi 10": the 10th of the anchor's month.
                Some((y, m)) => ymd(y, m, d).map(day_v),
                None => {
                    r.value = Some(format!("XXXX-XX-{d:02}"));
                    return;
                }
            }
        }
        _ => None,
    };
    if let Some(v) = v {
        r.value = Some(v.value);
        r.interval = v.interval;
        r.resolution = if year.is_some() && cal.year != YearRef::Implicit {
            how
        } else {
            Resolution::Document
        };
        if matches!(cal.year, YearRef::Abs(_)) {
            r.resolution = Resolution::Absolute;
        }
    }
}

pub(super) fn season_month(s: Season) -> u32 {
    match s {
        Season::Spring => 3,
        Season::Summer => 6,
        Season::Autumn => 9,
        Season::Winter => 12,
    }
}

/// The n-th (or last, `n = -1`) item of the month `a..=b`. Weeks are the
/// ISO weeks that start in the month ("la première semaine d'octobre 2014"
/// is the week of Monday 6 October) and, for the last one, also end in it.
pub(super) fn nth_in_month(n: i32, item: NthItem, a: NaiveDate, b: NaiveDate) -> Option<V> {
    let days = || (0..31).filter_map(move |k| add_days(a, k)).take_while(move |d| *d <= b);
    let pick_nth = |mut it: Box<dyn Iterator<Item = NaiveDate>>| -> Option<NaiveDate> {
        if n > 0 {
            it.nth(usize::try_from(n - 1).ok()?)
        } else {
            it.last()
        }
    };
    match item {
        NthItem::Day => pick_nth(Box::new(days())).map(day_v),
        NthItem::Weekday(wd) => {
            pick_nth(Box::new(days().filter(move |d| d.weekday() == wd))).map(day_v)
        }
        NthItem::Week => {
            let mondays = days().filter(|d| d.weekday() == Weekday::Mon);
            let monday = if n > 0 {
                pick_nth(Box::new(mondays))
            } else {
                mondays.filter(|m| add_days(*m, 6).is_some_and(|s| s <= b)).last()
            };
            monday.and_then(|m| week_v(m, false))
        }
        NthItem::Weekend => {
            let saturdays = days().filter(|d| d.weekday() == Weekday::Sat);
            pick_nth(Box::new(saturdays)).and_then(|s| week_v(s, true))
        }
    }
}

/// "début avril", "mi-mars", "fin 2021": a part of a month, year or week;
/// the value keeps the whole period and the modifier says which part.
pub(super) fn apply_part(p: &Parsed, r: &mut Resolved) {
    let Some(part) = p.part else { return };
    r.modifier = Some(match part {
        Part::Start => Modifier::Start,
        Part::Mid => Modifier::Mid,
        Part::End => Modifier::End,
    });
    let Some(i) = r.interval else { return };
    if matches!(p.expr, Expr::RelUnit { weekend: true, .. }) {
        return;
    }
    let days = i.days();
    if days < 3 {
        return;
    }
    // Thirds of the period, rounded to whole days.
    let third = days / 3;
    let (a, b) = match part {
        Part::Start => (Some(i.earliest()), add_days(i.earliest(), third - 1)),
        Part::Mid => (add_days(i.earliest(), third), add_days(i.latest(), -third)),
        Part::End => (add_days(i.latest(), -(third - 1)), Some(i.latest())),
    };
    if let (Some(a), Some(b)) = (a, b) {
        if let Some(sub) = Interval::new(a, b) {
            r.interval = Some(sub);
        }
    }
}

/// "jeudi matin", "le 10 mars à 15h30": a time of day on a resolved day.
pub(super) fn apply_time_of_day(p: &Parsed, r: &mut Resolved) {
    if p.day_part.is_none() && p.clock.is_none() {
        return;
    }
    r.kind = TimexKind::Time;
    let Some(v) = &r.value else { return };
    let day_precise = r.interval.is_some_and(|i| i.as_day().is_some())
        || v.starts_with("XXXX-WXX")
        || (v.starts_with("XXXX-") && v.len() == 10);
    if !day_precise {
        return;
    }
    let suffix = match (p.clock, p.day_part) {
        (Some((h, m)), _) => format!("T{h:02}:{m:02}"),
        (None, Some(part)) => format!("T{}", part.timex()),
        _ => return,
    };
    r.value = Some(format!("{v}{suffix}"));
}

pub(super) fn duration_value(amount: Amount, unit: Unit) -> String {
    let (d, t) = unit.designator();
    let n = match amount {
        Amount::N(n) => n.to_string(),
        Amount::Some => "X".to_string(),
        Amount::HoursMinutes(h, m) => return format!("PT{h}H{m}M"),
        Amount::Decimal(n, f, digits) => format!("{n}.{f:0width$}", width = usize::from(digits)),
        Amount::AndHalf(n) => {
            return match unit {
                Unit::Hour => format!("PT{n}H30M"),
                Unit::Minute => format!("PT{n}M30S"),
                Unit::Day => format!("P{n}DT12H"),
                Unit::Month => format!("P{n}M15D"),
                Unit::Year => format!("P{n}Y6M"),
                _ => format!("P{n}{d}", d = unit.designator().0),
            };
        }
    };
    if t {
        format!("PT{n}{d}")
    } else {
        format!("P{n}{d}")
    }
}
