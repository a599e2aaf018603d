//! Resolution: from what the grammar understood to a value and an interval
//! of days, against a partial anchor.
//!
//! The rules, in short:
//!
//! - Absolute expressions ("24 février 2022", "en 2014", "trois semaines")
//!   need no anchor.
//! - With a full-day anchor, relative expressions resolve to the day (or
//!   week, month…) the [`Strategy`] picks.
//! - With a month or year anchor, expressions finer than the anchor take
//!   the anchor's own value and interval ("hier", "jeudi" and "la semaine
//!   prochaine" in a `2022-03` document are `2022-03`; a weekday is kept as
//!   a constraint), never a guessed day. This follows the gold convention
//!   that the event lies in the document's period. Shifts by a number of
//!   days or weeks ("il y a deux semaines") instead shift the anchor's
//!   interval and take the tightest value that covers the result.
//! - Without an anchor, relative expressions stay unresolved: a weekday
//!   keeps an underspecified value (`XXXX-WXX-4`), a day without a year
//!   `XXXX-02-18`, everything else `null`; the interval is `null`.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use newsline_doc::{last_day_of_month, PartialDate, Precision};

use crate::config::Strategy;
use crate::expr::{
    Amount, Cal, Dir, Expr, MonthSpec, NthItem, Parsed, Part, RefKind, Season, Tense, Unit, YearRef,
};
use crate::value::{Interval, Modifier, Resolution, TimexKind};

/// The outcome of resolving one mention.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Resolved {
    pub kind: TimexKind,
    pub value: Option<String>,
    pub interval: Option<Interval>,
    pub weekday: Option<Weekday>,
    pub modifier: Option<Modifier>,
    pub resolution: Resolution,
}

/// The state carried along a document while resolving in text order.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ctx {
    pub anchor: Option<PartialDate>,
    pub strategy: Strategy,
    pub anaphora: bool,
    /// The last day-precise date met in the text.
    pub last: Option<NaiveDate>,
}

/// Records a value resolved against the document date.
fn res_doc(v: Option<V>, r: &mut Resolved) {
    if let Some(v) = v {
        r.value = Some(v.value);
        r.interval = v.interval;
        r.resolution = Resolution::Document;
    }
}

/// A weekday with no anchor day: the anchor's interval with the weekday as
/// a constraint, or `XXXX-WXX-n` with no anchor at all; never a guessed day.
fn unanchored_weekday(wd: Weekday, anchor: Option<PartialDate>, r: &mut Resolved) {
    match anchor {
        Some(a) => res_doc(anchor_v(a), r),
        None => r.value = Some(format!("XXXX-WXX-{}", weekday_num(wd))),
    }
    r.weekday = Some(wd);
}

/// Resolves one mention. `ctx.last` is updated by the caller.
pub(crate) fn resolve(p: &Parsed, ctx: &Ctx) -> Resolved {
    let mut r = Resolved {
        kind: TimexKind::Date,
        value: None,
        interval: None,
        weekday: None,
        modifier: p.modifier,
        resolution: Resolution::Unresolved,
    };
    let anchor = ctx.anchor;
    let anchor_day = anchor.and_then(|a| a.as_day());
    match p.expr {
        Expr::Duration { amount, unit } => {
            r.kind = TimexKind::Duration;
            r.value = Some(duration_value(amount, unit));
            r.resolution = Resolution::Absolute;
            return r;
        }
        Expr::Set { weekday, unit, n } => {
            r.kind = TimexKind::Set;
            let clock = p.clock.map(|(h, m)| format!("T{h:02}:{m:02}"));
            r.value = Some(match (weekday, clock) {
                (Some(w), Some(c)) => format!("XXXX-WXX-{}{c}", weekday_num(w)),
                (Some(w), None) => format!("XXXX-WXX-{}", weekday_num(w)),
                // "tous les jours à 15h": every day at that time.
                (None, Some(c)) if unit == Unit::Day && n == 1 => c,
                (None, _) => duration_value(Amount::N(n), unit),
            });
            r.resolution = Resolution::Absolute;
            return r;
        }
        Expr::Ref(k) => {
            r.value = Some(
                match k {
                    RefKind::Present => "PRESENT_REF",
                    RefKind::Past => "PAST_REF",
                    RefKind::Future => "FUTURE_REF",
                }
                .to_string(),
            );
            if k == RefKind::Present {
                if let Some(v) = anchor.and_then(anchor_v) {
                    r.interval = v.interval;
                    r.resolution = Resolution::Document;
                    return r;
                }
            }
            r.resolution =
                if anchor.is_some() { Resolution::Document } else { Resolution::Unresolved };
            return r;
        }
        Expr::EventRelative => return r,
        Expr::WeekOf(cal) => {
            let inner = Parsed {
                expr: Expr::Cal(cal),
                part: None,
                day_part: None,
                clock: None,
                day_offset: 0,
                ..*p
            };
            let m = resolve(&inner, ctx);
            match m.interval.and_then(|i| i.as_day()).and_then(|d| week_v(d, false)) {
                Some(v) => {
                    r.value = Some(v.value);
                    r.interval = v.interval;
                    r.resolution = m.resolution;
                }
                None => {
                    r.value = m.value;
                    r.resolution = m.resolution;
                }
            }
        }
        Expr::Nth { n, item, month } => {
            // Resolve the month first, then count inside it.
            let inner = match month {
                MonthSpec::Cal(cal) => Parsed { expr: Expr::Cal(cal), ..*p },
                MonthSpec::Rel(o) => {
                    Parsed::new(Expr::RelUnit { unit: Unit::Month, offset: o, weekend: false })
                }
            };
            let inner = Parsed { part: None, day_part: None, clock: None, day_offset: 0, ..inner };
            let m = resolve(&inner, ctx);
            let first = m.interval.map(|i| i.earliest()).filter(|d| d.day() == 1);
            let last = m.interval.map(|i| i.latest());
            match (first, last) {
                (Some(a), Some(b)) if a.month() == b.month() && a.year() == b.year() => {
                    let v = nth_in_month(n, item, a, b);
                    if let Some(v) = v {
                        r.value = Some(v.value);
                        r.interval = v.interval;
                        r.resolution = m.resolution;
                    }
                }
                _ => {
                    r.value = m.value;
                    r.interval = m.interval;
                    r.resolution = m.resolution;
                }
            }
        }
        Expr::Cal(cal) => resolve_cal(&cal, p, ctx, &mut r),
        Expr::Weekday(wd, dir) => match anchor_day {
            Some(d) => {
                let l = match dir {
                    Dir::This if ctx.strategy == Strategy::Forward => Some(Look::Ahead),
                    // "a annoncé ce lundi" said on a Friday is the Monday
                    // before; "se réuniront ce lundi" the one after; with no
                    // cue, the Monday of the anchor's week.
                    Dir::This => match p.tense {
                        Tense::Past => Some(Look::Back),
                        Tense::Future => Some(Look::Ahead),
                        _ => None,
                    },
                    Dir::Last => Some(Look::Back),
                    Dir::Next => Some(Look::After),
                    Dir::Bare => match ctx.strategy {
                        Strategy::Forward => Some(Look::After),
                        Strategy::Backward => Some(Look::Back),
                        _ => match p.tense {
                            Tense::Past => Some(Look::Back),
                            Tense::Future => Some(Look::Ahead),
                            _ => None,
                        },
                    },
                };
                let monday = d - Days::new(u64::from(d.weekday().num_days_from_monday()));
                let this = monday + Days::new(u64::from(wd.num_days_from_monday()));
                let day = match l {
                    None => Some(this),
                    Some(Look::Back) if dir == Dir::Last => {
                        (1..=7).filter_map(|k| add_days(d, -k)).find(|c| c.weekday() == wd)
                    }
                    Some(l) => pick(
                        (-7..=7).filter_map(|k| add_days(d, k)).filter(|c| c.weekday() == wd),
                        d,
                        l,
                    ),
                };
                if let Some(day) = day {
                    res_doc(Some(day_v(day)), &mut r);
                }
            }
            None => match anchor {
                Some(a) => {
                    res_doc(anchor_v(a), &mut r);
                    r.weekday = Some(wd);
                }
                None => {
                    r.value = Some(format!("XXXX-WXX-{}", weekday_num(wd)));
                    r.weekday = Some(wd);
                }
            },
        },
        Expr::WeekdayOfWeek(wd, offset) => match anchor_day {
            Some(d) => {
                let monday = d - Days::new(u64::from(d.weekday().num_days_from_monday()));
                let day =
                    add_days(monday, 7 * i64::from(offset) + i64::from(wd.num_days_from_monday()));
                res_doc(day.map(day_v), &mut r);
            }
            None => unanchored_weekday(wd, anchor, &mut r),
        },
        Expr::RelDay(n) => match anchor_day {
            Some(d) => res_doc(add_days(d, i64::from(n)).map(day_v), &mut r),
            None => res_doc(anchor.and_then(anchor_v), &mut r),
        },
        Expr::RelUnit { unit, offset, weekend } => match (anchor_day, anchor) {
            (Some(d), _) => {
                let v = shift_day(d, offset, unit).and_then(|s| match unit {
                    Unit::Week => week_v(s, weekend),
                    Unit::Month => month_v(s.year(), s.month()),
                    Unit::Quarter => quarter_v(s.year(), (s.month() - 1) / 3 + 1),
                    _ => year_v(s.year()),
                });
                res_doc(v, &mut r);
            }
            (None, Some(a)) => {
                // A month anchor knows the month and quarter, not the week.
                let v = match (unit, a.month_value()) {
                    (Unit::Month, Some(m)) => ymd(a.year_value(), m, 1)
                        .and_then(|s| add_months(s, offset))
                        .and_then(|s| month_v(s.year(), s.month())),
                    (Unit::Quarter, Some(m)) => ymd(a.year_value(), m, 1)
                        .and_then(|s| add_months(s, offset.checked_mul(3)?))
                        .and_then(|s| quarter_v(s.year(), (s.month() - 1) / 3 + 1)),
                    (Unit::Year, _) => year_v(a.year_value() + offset),
                    _ if offset == 0 => anchor_v(a),
                    _ => None,
                };
                match v {
                    Some(v) => res_doc(Some(v), &mut r),
                    // "la semaine prochaine" in a `2022-03` document: the
                    // gold convention keeps the document's month.
                    None => res_doc(anchor_v(a), &mut r),
                }
            }
            _ => {}
        },
        Expr::Shift { n, unit } => match anchor {
            Some(a) if a.precision() == Precision::Day => {
                res_doc(shift_day(a.earliest(), n, unit).and_then(|s| at_grain(s, unit)), &mut r);
            }
            Some(a) => {
                let v = match (shift_day(a.earliest(), n, unit), shift_day(a.latest(), n, unit)) {
                    (Some(x), Some(y)) => Interval::new(x, y).map(|i| {
                        let v = covering(i);
                        // Shifting by whole months or years keeps the
                        // anchor's grain exactly.
                        match unit {
                            Unit::Month | Unit::Year | Unit::Quarter
                                if a.precision() == Precision::Month =>
                            {
                                month_v(x.year(), x.month()).unwrap_or(v)
                            }
                            _ => v,
                        }
                    }),
                    _ => None,
                };
                res_doc(v, &mut r);
            }
            None => {}
        },
        Expr::AnaphorPeriod { n, unit } => {
            let base = if ctx.anaphora { ctx.last } else { None };
            let how = if base.is_some() { Resolution::PreviousDate } else { Resolution::Document };
            match base.or(anchor_day) {
                Some(b) => {
                    let v = shift_day(b, n, unit).and_then(|s| match unit {
                        Unit::Week => week_v(s, false),
                        Unit::Month => month_v(s.year(), s.month()),
                        Unit::Quarter => quarter_v(s.year(), (s.month() - 1) / 3 + 1),
                        Unit::Year => year_v(s.year()),
                        _ => Some(day_v(s)),
                    });
                    if let Some(v) = v {
                        r.value = Some(v.value);
                        r.interval = v.interval;
                        r.resolution = how;
                    }
                }
                None => {
                    if let Some(a) = anchor {
                        res_doc(anchor_v(a), &mut r);
                    }
                }
            }
        }
        Expr::WeekdayAfter(wd, weeks) => match anchor_day {
            Some(d) => {
                // The first one on or after the anchor plus one or two
                // weeks ("mardi en huit" said on a Tuesday is a week later).
                let start = add_days(d, 7 * i64::from(weeks));
                let day = start.and_then(|s| {
                    (0..7).filter_map(|k| add_days(s, k)).find(|c| c.weekday() == wd)
                });
                res_doc(day.map(day_v), &mut r);
            }
            None => unanchored_weekday(wd, anchor, &mut r),
        },
        Expr::Anaphor { n, unit } => {
            let base = if ctx.anaphora { ctx.last } else { None };
            match (base, anchor_day, anchor) {
                (Some(b), _, _) => {
                    if let Some(v) = shift_day(b, n, unit).and_then(|s| at_grain(s, unit)) {
                        r.value = Some(v.value);
                        r.interval = v.interval;
                        r.resolution = Resolution::PreviousDate;
                    }
                }
                (None, Some(d), _) => {
                    res_doc(shift_day(d, n, unit).and_then(|s| at_grain(s, unit)), &mut r)
                }
                (None, None, Some(a)) => res_doc(anchor_v(a), &mut r),
                _ => {}
            }
        }
        Expr::Clock => {
            r.kind = TimexKind::Time;
            match (anchor_day, anchor) {
                (Some(d), _) => res_doc(Some(day_v(d)), &mut r),
                (None, Some(a)) => {
                    res_doc(anchor_v(a), &mut r);
                }
                _ => {}
            }
            let (h, m) = p.clock.unwrap_or((0, 0));
            r.value = Some(match (&r.value, anchor_day) {
                (Some(v), Some(_)) => format!("{v}T{h:02}:{m:02}"),
                _ => format!("T{h:02}:{m:02}"),
            });
            return r;
        }
    }
    if p.day_offset != 0 {
        match r.interval.and_then(|i| i.as_day()).and_then(|d| add_days(d, i64::from(p.day_offset)))
        {
            Some(d) => {
                let v = day_v(d);
                r.value = Some(v.value);
                r.interval = v.interval;
            }
            None => {
                r.value = None;
                r.interval = None;
                r.resolution = Resolution::Unresolved;
            }
        }
    }
    apply_part(p, &mut r);
    apply_time_of_day(p, &mut r);
    r
}

/// The day `n` units after `d` (used to invert an exact shift).
pub(crate) fn shift(d: NaiveDate, n: i32, unit: Unit) -> Option<NaiveDate> {
    shift_day(d, n, unit)
}

mod calendar;
mod values;

use calendar::*;
use values::*;

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("test dates are valid")
    }

    #[test]
    fn covering_values() {
        let v = |a, b| covering(Interval::new(a, b).expect("ordered")).value;
        assert_eq!(v(d(2022, 3, 10), d(2022, 3, 10)), "2022-03-10");
        assert_eq!(v(d(2022, 3, 7), d(2022, 3, 13)), "2022-W10");
        assert_eq!(v(d(2022, 3, 1), d(2022, 3, 31)), "2022-03");
        assert_eq!(v(d(2022, 2, 15), d(2022, 3, 17)), "2022-Q1");
        assert_eq!(v(d(2022, 2, 15), d(2022, 5, 17)), "2022");
    }

    #[test]
    fn week_values() {
        let v = week_v(d(2022, 1, 21), false).expect("week");
        assert_eq!(v.value, "2022-W03");
        let we = week_v(d(2022, 1, 14), true).expect("weekend");
        assert_eq!(we.value, "2022-W02-WE");
        assert_eq!(we.interval.map(|i| i.earliest()), Some(d(2022, 1, 15)));
    }

    #[test]
    fn durations() {
        assert_eq!(duration_value(Amount::N(4), Unit::Hour), "PT4H");
        assert_eq!(duration_value(Amount::N(2), Unit::Week), "P2W");
        assert_eq!(duration_value(Amount::Some, Unit::Year), "PXY");
    }
}
