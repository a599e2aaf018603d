//! Partial calendar dates: a year, a month of a year, or a day.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// How much of a [`PartialDate`] is known.
///
/// This enum is `#[non_exhaustive]` so that finer or coarser precisions (a
/// week, a quarter) may be added in semver compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Precision {
    /// Only the year is known: `2022`.
    Year,
    /// The year and the month are known: `2022-03`.
    Month,
    /// The day is known: `2022-03-10`.
    Day,
}

/// A calendar date known to the year, the month or the day.
///
/// A document header that says `2022-03` gives "some day of March 2022", not
/// March 1st: newsline never invents precision. A `PartialDate` is the
/// interval of days it covers ([`earliest`](PartialDate::earliest) to
/// [`latest`](PartialDate::latest), always in that order) and writes itself
/// as the tightest ISO value (`2022`, `2022-03`, `2022-03-10`).
///
/// It parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and full ISO 8601 datetimes
/// (`2022-03-10T08:15:00Z`, whose time part is dropped). In JSON it is that
/// string.
///
/// # Example
///
/// ```
/// use newsline_doc::{PartialDate, Precision};
///
/// let march: PartialDate = "2022-03".parse()?;
/// assert_eq!(march.precision(), Precision::Month);
/// assert_eq!(march.earliest().to_string(), "2022-03-01");
/// assert_eq!(march.latest().to_string(), "2022-03-31");
/// assert_eq!(march.to_string(), "2022-03");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PartialDate {
    // Invariant: `month` is 1..=12 when present; `day` is present only with a
    // month and makes a valid date; the year is in chrono's range.
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a string is not a [`PartialDate`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateParseError {
    /// The string is not of the form `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an
    /// ISO datetime.
    #[error("expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO datetime, found {found:?}")]
    Format {
        /// The string that was read.
        found: String,
    },
    /// The string has the right shape but names no real date (month 13,
    /// February 30th).
    #[error("{found:?} is not a real date")]
    OutOfRange {
        /// The string that was read.
        found: String,
    },
}

impl PartialDate {
    /// A year, or `None` when it is outside the supported range (years 1 to
    /// 9999, the range ISO 8601 writes with four digits).
    pub fn year(year: i32) -> Option<PartialDate> {
        if (1..=9999).contains(&year) {
            Some(PartialDate { year, month: None, day: None })
        } else {
            None
        }
    }

    /// A month of a year, or `None` when the month is not 1 to 12 or the year
    /// is out of range.
    pub fn year_month(year: i32, month: u32) -> Option<PartialDate> {
        let y = PartialDate::year(year)?;
        if (1..=12).contains(&month) {
            Some(PartialDate { month: Some(month as u8), ..y })
        } else {
            None
        }
    }

    /// A day, or `None` when it is not a real date or the year is out of
    /// range.
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<PartialDate> {
        let ym = PartialDate::year_month(year, month)?;
        NaiveDate::from_ymd_opt(year, month, day)?;
        Some(PartialDate { day: Some(day as u8), ..ym })
    }

    /// A day given as a `NaiveDate`, or `None` when its year is outside 1 to
    /// 9999.
    pub fn from_date(date: NaiveDate) -> Option<PartialDate> {
        PartialDate::ymd(date.year(), date.month(), date.day())
    }

    /// How precise the date is.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The year.
    pub fn year_value(&self) -> i32 {
        self.year
    }

    /// The month (1 to 12), when known.
    pub fn month_value(&self) -> Option<u32> {
        self.month.map(u32::from)
    }

    /// The day of the month, when known.
    pub fn day_value(&self) -> Option<u32> {
        self.day.map(u32::from)
    }

    /// The first day the date may be.
    pub fn earliest(&self) -> NaiveDate {
        let month = self.month.map_or(1, u32::from);
        let day = self.day.map_or(1, u32::from);
        NaiveDate::from_ymd_opt(self.year, month, day).unwrap_or(NaiveDate::MIN)
    }

    /// The last day the date may be.
    pub fn latest(&self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m.into(), d.into()),
            (Some(m), None) => last_day_of_month(self.year, m.into()),
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
        .unwrap_or(NaiveDate::MAX)
    }

    /// The day, when the date is known to the day.
    pub fn as_day(&self) -> Option<NaiveDate> {
        match self.precision() {
            Precision::Day => Some(self.earliest()),
            _ => None,
        }
    }

    /// Whether the day `date` lies within this partial date.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.earliest() <= date && date <= self.latest()
    }
}

/// The last day of a month, or `None` for an invalid month.
pub fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<PartialDate, DateParseError> {
        let format = || DateParseError::Format { found: s.to_string() };
        let range = || DateParseError::OutOfRange { found: s.to_string() };
        let t = s.trim();
        // A full datetime: keep the calendar date, drop the time. The date
        // is the one written, in the writer's own time zone, which is what
        // the article's day means.
        let date_part = match t.find(['T', ' ']) {
            Some(10) => {
                let rest = t.get(11..).unwrap_or("");
                if !rest.starts_with(|c: char| c.is_ascii_digit()) {
                    return Err(format());
                }
                &t[..10]
            }
            Some(_) => return Err(format()),
            None => t,
        };
        let bytes = date_part.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = date_part.get(r)?;
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        match bytes.len() {
            4 => {
                let y = digits(0..4).ok_or_else(format)?;
                PartialDate::year(y as i32).ok_or_else(range)
            }
            7 if bytes[4] == b'-' => {
                let y = digits(0..4).ok_or_else(format)?;
                let m = digits(5..7).ok_or_else(format)?;
                PartialDate::year_month(y as i32, m).ok_or_else(range)
            }
            10 if bytes[4] == b'-' && bytes[7] == b'-' => {
                let y = digits(0..4).ok_or_else(format)?;
                let m = digits(5..7).ok_or_else(format)?;
                let d = digits(8..10).ok_or_else(format)?;
                PartialDate::ymd(y as i32, m, d).ok_or_else(range)
            }
            _ => Err(format()),
        }
    }
}

impl TryFrom<String> for PartialDate {
    type Error = DateParseError;

    fn try_from(s: String) -> Result<PartialDate, DateParseError> {
        s.parse()
    }
}

impl From<PartialDate> for String {
    fn from(d: PartialDate) -> String {
        d.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<PartialDate, DateParseError> {
        s.parse()
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(p("2022").map(|d| d.precision()), Ok(Precision::Year));
        assert_eq!(p("2022-03").map(|d| d.precision()), Ok(Precision::Month));
        assert_eq!(p("2022-03-10").map(|d| d.precision()), Ok(Precision::Day));
        assert_eq!(p("2022-03-10T23:59:00+02:00").map(|d| d.to_string()), Ok("2022-03-10".into()));
        assert_eq!(p("2022-03-10 08:00:00").map(|d| d.to_string()), Ok("2022-03-10".into()));
    }

    #[test]
    fn rejects_bad_dates() {
        assert!(matches!(p("2022-13"), Err(DateParseError::OutOfRange { .. })));
        assert!(matches!(p("2022-02-30"), Err(DateParseError::OutOfRange { .. })));
        assert!(matches!(p("22-03"), Err(DateParseError::Format { .. })));
        assert!(matches!(p("2022-3"), Err(DateParseError::Format { .. })));
        assert!(matches!(p("2022-03-10Tnoon"), Err(DateParseError::Format { .. })));
        assert!(matches!(p("mars 2022"), Err(DateParseError::Format { .. })));
        assert!(matches!(p("0000"), Err(DateParseError::OutOfRange { .. })));
        assert!(matches!(p("２０２２"), Err(DateParseError::Format { .. })));
    }

    #[test]
    fn interval_bounds() {
        let feb = p("2024-02").unwrap_or_else(|_| unreachable_date());
        assert_eq!(feb.latest().to_string(), "2024-02-29");
        let y = p("2021").unwrap_or_else(|_| unreachable_date());
        assert_eq!(
            (y.earliest().to_string(), y.latest().to_string()),
            ("2021-01-01".into(), "2021-12-31".into())
        );
        assert!(y.contains(NaiveDate::from_ymd_opt(2021, 6, 1).unwrap_or_default()));
    }

    fn unreachable_date() -> PartialDate {
        PartialDate { year: 1, month: None, day: None }
    }

    #[test]
    fn serde_round_trip() {
        let d = p("2022-03").unwrap_or_else(|_| unreachable_date());
        let json = serde_json::to_string(&d).unwrap_or_default();
        assert_eq!(json, "\"2022-03\"");
        assert_eq!(serde_json::from_str::<PartialDate>(&json).ok(), Some(d));
        assert!(serde_json::from_str::<PartialDate>("\"2022-14\"").is_err());
    }
}
