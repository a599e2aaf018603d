//! Intervals of days: intersection, hull, and the tightest standard value
//! that names one.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// A closed interval of days with the tightest standard value that names
/// it: `2022-03-10`, `2022-W12`, `2022-03`, `2022`, else
/// `2022-03-01/2022-04-05`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DateInterval {
    /// The tightest standard value covering the interval.
    pub value: String,
    /// The first day.
    pub earliest: NaiveDate,
    /// The last day.
    pub latest: NaiveDate,
}

impl DateInterval {
    /// The interval `earliest..=latest`, or `None` when it is empty.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use newsline_timeline::DateInterval;
    ///
    /// let d = |m, d| NaiveDate::from_ymd_opt(2022, m, d).unwrap();
    /// assert_eq!(DateInterval::new(d(3, 1), d(3, 31)).unwrap().value, "2022-03");
    /// assert_eq!(DateInterval::new(d(3, 10), d(3, 10)).unwrap().value, "2022-03-10");
    /// assert_eq!(DateInterval::new(d(3, 28), d(4, 3)).unwrap().value, "2022-W13");
    /// assert_eq!(DateInterval::new(d(3, 24), d(3, 31)).unwrap().value, "2022-03-24/2022-03-31");
    /// assert!(DateInterval::new(d(3, 2), d(3, 1)).is_none());
    /// ```
    pub fn new(earliest: NaiveDate, latest: NaiveDate) -> Option<DateInterval> {
        (earliest <= latest).then(|| DateInterval {
            value: value_of(earliest, latest),
            earliest,
            latest,
        })
    }

    /// The days both intervals share, if any.
    pub fn intersect(&self, other: &DateInterval) -> Option<DateInterval> {
        DateInterval::new(self.earliest.max(other.earliest), self.latest.min(other.latest))
    }

    /// The smallest interval covering both.
    pub fn hull(&self, other: &DateInterval) -> DateInterval {
        DateInterval {
            value: value_of(self.earliest.min(other.earliest), self.latest.max(other.latest)),
            earliest: self.earliest.min(other.earliest),
            latest: self.latest.max(other.latest),
        }
    }

    /// Whether `day` is in the interval.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.earliest <= day && day <= self.latest
    }

    /// Whether `other` lies wholly inside this interval.
    pub fn covers(&self, other: &DateInterval) -> bool {
        self.earliest <= other.earliest && other.latest <= self.latest
    }

    /// How many days it holds.
    pub fn days(&self) -> i64 {
        (self.latest - self.earliest).num_days() + 1
    }
}

/// The days an event may fall on: an interval, and the weekday the text
/// gives when the interval is wider than a day ("jeudi" in a document
/// dated `2022-03`). The interval's ends always fall on that weekday, so
/// "a Thursday of March 2022" meeting "10 mars" leaves one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Days {
    pub interval: DateInterval,
    pub weekday: Option<Weekday>,
}

impl Days {
    /// The days of `earliest..=latest` on `weekday` (every day when none),
    /// or `None` when no day is left.
    pub(crate) fn new(
        earliest: NaiveDate,
        latest: NaiveDate,
        weekday: Option<Weekday>,
    ) -> Option<Days> {
        let Some(w) = weekday else {
            return DateInterval::new(earliest, latest).map(Days::from);
        };
        let first = first_on(earliest, w)?;
        let last = latest.checked_sub_days(chrono::Days::new(u64::from(
            (7 + latest.weekday().num_days_from_monday() - w.num_days_from_monday()) % 7,
        )))?;
        let interval = DateInterval::new(first, last)?;
        // One day left: the weekday says nothing more.
        let weekday = (first != last).then_some(w);
        Some(Days { interval, weekday })
    }

    /// The days both allow, if any.
    pub(crate) fn meet(&self, other: &Days) -> Option<Days> {
        let weekday = match (self.weekday, other.weekday) {
            (Some(a), Some(b)) if a != b => return None,
            (a, b) => a.or(b),
        };
        Days::new(
            self.interval.earliest.max(other.interval.earliest),
            self.interval.latest.min(other.interval.latest),
            weekday,
        )
    }

    /// How many days it allows.
    pub(crate) fn count(&self) -> i64 {
        match self.weekday {
            Some(_) => self.interval.days() / 7 + 1,
            None => self.interval.days(),
        }
    }

    /// Each day it allows, up to `max` of them (none when it allows more).
    pub(crate) fn each(&self, max: i64) -> impl Iterator<Item = NaiveDate> + '_ {
        let step = if self.weekday.is_some() { 7 } else { 1 };
        let n = if self.count() <= max { self.count() } else { 0 };
        (0..n).filter_map(move |i| {
            self.interval.earliest.checked_add_days(chrono::Days::new((i * step) as u64))
        })
    }

    /// How it reads: the interval's value, and its weekday if any.
    pub(crate) fn describe(&self) -> String {
        match self.weekday {
            Some(w) => format!("{} ({w})", self.interval.value),
            None => self.interval.value.clone(),
        }
    }
}

impl From<DateInterval> for Days {
    fn from(interval: DateInterval) -> Days {
        Days { interval, weekday: None }
    }
}

/// The first day on or after `day` that falls on `w`.
fn first_on(day: NaiveDate, w: Weekday) -> Option<NaiveDate> {
    let ahead = (7 + w.num_days_from_monday() - day.weekday().num_days_from_monday()) % 7;
    day.checked_add_days(chrono::Days::new(u64::from(ahead)))
}

/// The tightest standard value naming `earliest..=latest`.
pub(crate) fn value_of(earliest: NaiveDate, latest: NaiveDate) -> String {
    if earliest == latest {
        return earliest.format("%Y-%m-%d").to_string();
    }
    let month_end = |d: NaiveDate| {
        d.with_day(1)
            .and_then(|f| f.checked_add_months(chrono::Months::new(1)))
            .and_then(|n| n.pred_opt())
    };
    if earliest.day() == 1 && month_end(earliest) == Some(latest) {
        return earliest.format("%Y-%m").to_string();
    }
    if earliest.ordinal() == 1
        && latest.month() == 12
        && latest.day() == 31
        && earliest.year() == latest.year()
    {
        return earliest.year().to_string();
    }
    if earliest.weekday() == Weekday::Mon && (latest - earliest).num_days() == 6 {
        let w = earliest.iso_week();
        return format!("{}-W{:02}", w.year(), w.week());
    }
    format!("{}/{}", earliest.format("%Y-%m-%d"), latest.format("%Y-%m-%d"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn names_years_months_weeks_and_days() {
        assert_eq!(value_of(d(2022, 1, 1), d(2022, 12, 31)), "2022");
        assert_eq!(value_of(d(2022, 2, 1), d(2022, 2, 28)), "2022-02");
        assert_eq!(value_of(d(2024, 2, 1), d(2024, 2, 29)), "2024-02");
        assert_eq!(value_of(d(2021, 12, 27), d(2022, 1, 2)), "2021-W52");
        assert_eq!(value_of(d(2022, 1, 1), d(2023, 12, 31)), "2022-01-01/2023-12-31");
    }

    #[test]
    fn a_weekday_of_a_month_meets_a_day_of_that_month() {
        // "jeudi" in a March 2022 document, "10 mars" in another.
        let thursdays = Days::new(d(2022, 3, 1), d(2022, 3, 31), Some(Weekday::Thu)).expect("days");
        assert_eq!(
            (thursdays.interval.earliest, thursdays.interval.latest),
            (d(2022, 3, 3), d(2022, 3, 31))
        );
        assert_eq!(thursdays.count(), 5);
        let tenth = Days::from(DateInterval::new(d(2022, 3, 10), d(2022, 3, 10)).expect("day"));
        let met = thursdays.meet(&tenth).expect("the 10th is a Thursday");
        assert_eq!((met.interval.value.as_str(), met.weekday), ("2022-03-10", None));
        let eleventh = Days::from(DateInterval::new(d(2022, 3, 11), d(2022, 3, 11)).expect("day"));
        assert!(thursdays.meet(&eleventh).is_none(), "the 11th is a Friday");
        let tuesdays = Days::new(d(2022, 3, 1), d(2022, 3, 31), Some(Weekday::Tue)).expect("days");
        assert!(tuesdays.meet(&thursdays).is_none());
        // A later start leaves the last Tuesday only.
        let late = Days::from(DateInterval::new(d(2022, 3, 25), d(2022, 5, 19)).expect("days"));
        assert_eq!(tuesdays.meet(&late).map(|x| x.interval.value), Some("2022-03-29".into()));
        assert_eq!(tuesdays.each(10).count(), 5);
        assert_eq!(tuesdays.each(4).count(), 0);
    }

    #[test]
    fn intersection_and_hull() {
        let a = DateInterval::new(d(2022, 3, 1), d(2022, 3, 31)).expect("interval");
        let b = DateInterval::new(d(2022, 3, 10), d(2022, 4, 10)).expect("interval");
        assert_eq!(a.intersect(&b).map(|i| i.value), Some("2022-03-10/2022-03-31".into()));
        assert_eq!(a.hull(&b).value, "2022-03-01/2022-04-10");
        let c = DateInterval::new(d(2025, 2, 27), d(2025, 2, 27)).expect("interval");
        assert!(a.intersect(&c).is_none());
        assert!(a.covers(&a.intersect(&b).expect("overlap")));
        assert_eq!(a.days(), 31);
    }
}
