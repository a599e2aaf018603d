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
