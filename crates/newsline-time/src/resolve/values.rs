//! Value builders: TIMEX3 strings and intervals for days, weeks, months,
//! quarters, seasons and years, and the calendar arithmetic they need.

use super::*;

/// A date value under construction: a TIMEX3 value and its interval.
pub(super) struct V {
    pub(super) value: String,
    pub(super) interval: Option<Interval>,
}

pub(super) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

pub(super) fn day_v(d: NaiveDate) -> V {
    V {
        value: format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        interval: Some(Interval::day(d)),
    }
}

pub(super) fn month_v(y: i32, m: u32) -> Option<V> {
    let a = ymd(y, m, 1)?;
    let b = last_day_of_month(y, m)?;
    Some(V { value: format!("{y:04}-{m:02}"), interval: Interval::new(a, b) })
}

pub(super) fn year_v(y: i32) -> Option<V> {
    Some(V { value: format!("{y:04}"), interval: Interval::new(ymd(y, 1, 1)?, ymd(y, 12, 31)?) })
}

pub(super) fn week_v(any_day: NaiveDate, weekend: bool) -> Option<V> {
    let monday = any_day - Days::new(u64::from(any_day.weekday().num_days_from_monday()));
    let w = any_day.iso_week();
    let value = format!("{:04}-W{:02}", w.year(), w.week());
    if weekend {
        let sat = monday.checked_add_days(Days::new(5))?;
        let sun = monday.checked_add_days(Days::new(6))?;
        return Some(V { value: format!("{value}-WE"), interval: Interval::new(sat, sun) });
    }
    let sun = monday.checked_add_days(Days::new(6))?;
    Some(V { value, interval: Interval::new(monday, sun) })
}

pub(super) fn quarter_v(y: i32, q: u32) -> Option<V> {
    let a = ymd(y, 3 * q - 2, 1)?;
    let b = last_day_of_month(y, 3 * q)?;
    Some(V { value: format!("{y:04}-Q{q}"), interval: Interval::new(a, b) })
}

pub(super) fn season_v(y: i32, s: Season) -> Option<V> {
    // Astronomical seasons, northern hemisphere; winter runs into y + 1.
    let (a, b) = match s {
        Season::Spring => (ymd(y, 3, 20)?, ymd(y, 6, 20)?),
        Season::Summer => (ymd(y, 6, 21)?, ymd(y, 9, 22)?),
        Season::Autumn => (ymd(y, 9, 23)?, ymd(y, 12, 20)?),
        Season::Winter => (ymd(y, 12, 21)?, ymd(y + 1, 3, 19)?),
    };
    Some(V { value: format!("{y:04}-{}", s.timex()), interval: Interval::new(a, b) })
}

/// The tightest standard value that covers an interval.
pub(super) fn covering(i: Interval) -> V {
    let (a, b) = (i.earliest(), i.latest());
    if a == b {
        return day_v(a);
    }
    let interval = Some(i);
    if a.iso_week() == b.iso_week() {
        let w = a.iso_week();
        return V { value: format!("{:04}-W{:02}", w.year(), w.week()), interval };
    }
    if a.year() == b.year() && a.month() == b.month() {
        return V { value: format!("{:04}-{:02}", a.year(), a.month()), interval };
    }
    if a.year() == b.year() && (a.month() - 1) / 3 == (b.month() - 1) / 3 {
        return V { value: format!("{:04}-Q{}", a.year(), (a.month() - 1) / 3 + 1), interval };
    }
    if a.year() == b.year() {
        return V { value: format!("{:04}", a.year()), interval };
    }
    if a.year() / 10 == b.year() / 10 {
        return V { value: format!("{:03}", a.year() / 10), interval };
    }
    V { value: format!("{:02}", a.year() / 100), interval }
}

pub(super) fn anchor_v(a: PartialDate) -> Option<V> {
    match a.precision() {
        Precision::Day => Some(day_v(a.earliest())),
        Precision::Month => month_v(a.year_value(), a.month_value()?),
        Precision::Year => year_v(a.year_value()),
        _ => None,
    }
}

pub(super) fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(Months::new(n as u32))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

pub(super) fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// Shifts a day by `n` units (hours and finer do not move the day).
pub(super) fn shift_day(d: NaiveDate, n: i32, unit: Unit) -> Option<NaiveDate> {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => Some(d),
        Unit::Day => add_days(d, i64::from(n)),
        Unit::Week => add_days(d, 7 * i64::from(n)),
        Unit::Month => add_months(d, n),
        Unit::Quarter => add_months(d, n.checked_mul(3)?),
        Unit::Year => add_months(d, n.checked_mul(12)?),
        Unit::Decade => add_months(d, n.checked_mul(120)?),
        Unit::Century => add_months(d, n.checked_mul(1200)?),
    }
}

/// The value at the grain of a unit: days and weeks give a day, months a
/// month, years a year (HeidelTime's grains for "il y a N …").
pub(super) fn at_grain(d: NaiveDate, unit: Unit) -> Option<V> {
    match unit {
        Unit::Month | Unit::Quarter => month_v(d.year(), d.month()),
        Unit::Year | Unit::Decade | Unit::Century => year_v(d.year()),
        _ => Some(day_v(d)),
    }
}

/// Which way to look for the nearest occurrence.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Look {
    /// Nearest either way.
    Nearest,
    /// On or before the anchor.
    Back,
    /// On or after the anchor.
    Ahead,
    /// Strictly after the anchor.
    After,
}

pub(super) fn look(strategy: Strategy, tense: Tense) -> Look {
    match strategy {
        Strategy::Forward => Look::Ahead,
        Strategy::Backward => Look::Back,
        _ => match tense {
            Tense::Past => Look::Back,
            Tense::Future => Look::Ahead,
            _ => Look::Nearest,
        },
    }
}

/// Picks among candidate days the one `look` asks for, relative to `d`.
pub(super) fn pick(
    cands: impl Iterator<Item = NaiveDate>,
    d: NaiveDate,
    look: Look,
) -> Option<NaiveDate> {
    let mut best: Option<NaiveDate> = None;
    for c in cands {
        let ok = match look {
            Look::Nearest => true,
            Look::Back => c <= d,
            Look::Ahead => c >= d,
            Look::After => c > d,
        };
        if !ok {
            continue;
        }
        let dist = (c - d).num_days().abs();
        best = match best {
            Some(b) if (b - d).num_days().abs() <= dist => Some(b),
            _ => Some(c),
        };
    }
    best
}

pub(super) fn weekday_num(w: Weekday) -> u32 {
    w.num_days_from_monday() + 1
}
