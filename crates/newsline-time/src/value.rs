//! The value type: a time expression found in a text, with its span, kind,
//! TIMEX3 value, interval of days and how it was resolved.

use std::fmt;

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use newsline_doc::Span;

use crate::error::Error;
use crate::expr::Parsed;

/// The TIMEX3 type of an expression.
///
/// This enum is `#[non_exhaustive]` so that further kinds may be added in
/// semver compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TimexKind {
    /// A calendar date or period: "le 24 février", "la semaine dernière".
    Date,
    /// A date with a part of the day or a clock time: "jeudi matin",
    /// "à 15h30".
    Time,
    /// An amount of time: "quatre heures", "trois semaines".
    Duration,
    /// A recurring time: "chaque jeudi", "quotidien".
    Set,
}

/// How the value of an expression was obtained.
///
/// This enum is `#[non_exhaustive]` so that further sources (a date
/// inferred across documents, say) may be added in semver compatible
/// releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Resolution {
    /// The text alone gives the value: "24 février 2022", "trois semaines".
    Absolute,
    /// The value comes from the document date (the anchor): "hier",
    /// "le 24 février" (its year), "jeudi".
    Document,
    /// The value comes from the previous date in the text: "la veille",
    /// "deux jours plus tard".
    PreviousDate,
    /// The value comes from a document date that the text itself pins
    /// down, finer than the given anchor: a stated date and an exact shift
    /// from it ("le 24 février" … "il y a deux semaines exactement" in a
    /// `2022-03` document dates the document 2022-03-10). See
    /// [`TimeRecognizer::infer_anchor`](crate::TimeRecognizer::infer_anchor).
    InferredDate,
    /// Not resolved: no anchor, or the expression refers to an event the
    /// text does not date ("au lendemain du bombardement"). The value may
    /// still be an underspecified TIMEX3 value such as `XXXX-WXX-4`.
    Unresolved,
}

/// A TIMEX3 modifier (`mod`) the value and interval cannot express.
///
/// This enum is `#[non_exhaustive]` so that further modifiers may be added
/// in semver compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum Modifier {
    /// "début avril": the interval is the first part of the period.
    Start,
    /// "mi-mars".
    Mid,
    /// "fin 2021".
    End,
    /// "plus d'une heure".
    MoreThan,
    /// "moins de deux semaines".
    LessThan,
    /// "d'ici une ou deux semaines": at most that long.
    EqualOrLess,
    /// "environ trois heures", "près de deux ans".
    Approx,
}

/// An interval of days, both ends included.
///
/// Invariant: `earliest <= latest`, checked by every constructor.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use newsline_time::Interval;
///
/// let a = NaiveDate::from_ymd_opt(2022, 3, 1).ok_or("date")?;
/// let b = NaiveDate::from_ymd_opt(2022, 3, 31).ok_or("date")?;
/// let march = Interval::new(a, b).ok_or("empty")?;
/// assert_eq!(march.days(), 31);
/// assert!(Interval::new(b, a).is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Interval {
    earliest: NaiveDate,
    latest: NaiveDate,
}

impl Interval {
    /// The days from `earliest` to `latest`, or `None` if `latest` comes
    /// first.
    pub fn new(earliest: NaiveDate, latest: NaiveDate) -> Option<Interval> {
        (earliest <= latest).then_some(Interval { earliest, latest })
    }

    /// A single day.
    pub fn day(day: NaiveDate) -> Interval {
        Interval { earliest: day, latest: day }
    }

    /// The first day.
    pub fn earliest(&self) -> NaiveDate {
        self.earliest
    }

    /// The last day (included).
    pub fn latest(&self) -> NaiveDate {
        self.latest
    }

    /// The number of days, at least 1.
    pub fn days(&self) -> i64 {
        (self.latest - self.earliest).num_days() + 1
    }

    /// Whether `day` lies inside.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.earliest <= day && day <= self.latest
    }

    /// The single day, if the interval is one day long.
    pub fn as_day(&self) -> Option<NaiveDate> {
        (self.earliest == self.latest).then_some(self.earliest)
    }
}

/// A time expression found in a text, with its normalised value.
///
/// # Wire format
///
/// A `Timex` serialises to the JSON contract of newsline's `timexes`:
///
/// ```json
/// {"start": 120, "end": 125, "text": "jeudi", "kind": "date",
///  "value": "2022-03", "earliest": "2022-03-01", "latest": "2022-03-31",
///  "weekday": "thursday", "resolution": "document"}
/// ```
///
/// `value` is the tightest TIMEX3 value (`2022-03-10`, `2022-W12`,
/// `2022-W02-WE`, `2022-03`, `2022-Q1`, `2022-SP`, `2022`, `199`,
/// `2022-03-10TMO`, `2022-03-10T15:30`, `P2W`, `PT1H30M`, `XXXX-WXX-4`,
/// `PRESENT_REF`…) or `null` when nothing can be said. `earliest` and
/// `latest` (ISO dates, inclusive) are `null` together for durations, sets
/// and unresolved expressions. The optional `weekday` (lowercase English
/// name) and `mod` (TIMEX3 modifier) are left out when absent. Readers
/// ignore unknown fields. A deserialised `Timex` keeps its value but cannot
/// be re-resolved against another anchor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(into = "TimexRecord", try_from = "TimexRecord")]
pub struct Timex {
    span: Span,
    text: String,
    kind: TimexKind,
    value: Option<String>,
    interval: Option<Interval>,
    weekday: Option<Weekday>,
    modifier: Option<Modifier>,
    resolution: Resolution,
    // What the grammar understood, kept so that the expression can be
    // resolved again against another anchor. `None` after deserialising.
    parsed: Option<Parsed>,
}

impl Timex {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn from_parts(
        span: Span,
        text: String,
        kind: TimexKind,
        value: Option<String>,
        interval: Option<Interval>,
        weekday: Option<Weekday>,
        modifier: Option<Modifier>,
        resolution: Resolution,
        parsed: Option<Parsed>,
    ) -> Timex {
        Timex { span, text, kind, value, interval, weekday, modifier, resolution, parsed }
    }

    /// Where the expression is, in bytes of the original text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The expression as written in the original text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Its TIMEX3 type.
    pub fn kind(&self) -> TimexKind {
        self.kind
    }

    /// The TIMEX3 value, if any.
    pub fn value(&self) -> Option<&str> {
        self.value.as_deref()
    }

    /// The days it may denote, if known.
    pub fn interval(&self) -> Option<Interval> {
        self.interval
    }

    /// The first day it may denote.
    pub fn earliest(&self) -> Option<NaiveDate> {
        self.interval.map(|i| i.earliest)
    }

    /// The last day it may denote.
    pub fn latest(&self) -> Option<NaiveDate> {
        self.interval.map(|i| i.latest)
    }

    /// A weekday the interval cannot express: "jeudi" in a document dated
    /// only `2022-03` is a Thursday somewhere in March 2022.
    pub fn weekday(&self) -> Option<Weekday> {
        self.weekday
    }

    /// The TIMEX3 modifier, if any.
    pub fn modifier(&self) -> Option<Modifier> {
        self.modifier
    }

    /// How the value was obtained.
    pub fn resolution(&self) -> Resolution {
        self.resolution
    }

    /// Whether the expression can be resolved again against another anchor
    /// (false only for a `Timex` read back from JSON).
    pub fn can_resolve(&self) -> bool {
        self.parsed.is_some()
    }

    /// Relabels a value that came from the document date.
    pub(crate) fn with_resolution_from_document(mut self, r: Resolution) -> Timex {
        if self.resolution == Resolution::Document {
            self.resolution = r;
        }
        self
    }

    pub(crate) fn parsed(&self) -> Option<&Parsed> {
        self.parsed.as_ref()
    }
}

impl fmt::Display for Timex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?}@{}..{} = {}",
            self.text,
            self.span.start(),
            self.span.end(),
            self.value().unwrap_or("null")
        )
    }
}

/// The serialised shape of a [`Timex`].
#[derive(Clone, Debug, Serialize, Deserialize)]
struct TimexRecord {
    start: usize,
    end: usize,
    text: String,
    kind: TimexKind,
    value: Option<String>,
    earliest: Option<NaiveDate>,
    latest: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    weekday: Option<String>,
    #[serde(default, rename = "mod", skip_serializing_if = "Option::is_none")]
    modifier: Option<Modifier>,
    #[serde(default = "unresolved")]
    resolution: Resolution,
}

fn unresolved() -> Resolution {
    Resolution::Unresolved
}

const WEEKDAYS: [&str; 7] =
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

impl From<Timex> for TimexRecord {
    fn from(t: Timex) -> TimexRecord {
        TimexRecord {
            start: t.span.start(),
            end: t.span.end(),
            text: t.text,
            kind: t.kind,
            value: t.value,
            earliest: t.interval.map(|i| i.earliest),
            latest: t.interval.map(|i| i.latest),
            weekday: t.weekday.map(|w| WEEKDAYS[w.num_days_from_monday() as usize].to_string()),
            modifier: t.modifier,
            resolution: t.resolution,
        }
    }
}

impl TryFrom<TimexRecord> for Timex {
    type Error = Error;

    fn try_from(r: TimexRecord) -> Result<Timex, Error> {
        if r.start > r.end {
            return Err(Error::InvalidSpan { start: r.start, end: r.end });
        }
        let interval = match (r.earliest, r.latest) {
            (Some(a), Some(b)) => {
                Some(Interval::new(a, b).ok_or(Error::InvalidInterval { earliest: a, latest: b })?)
            }
            (None, None) => None,
            (a, b) => return Err(Error::HalfInterval { earliest: a, latest: b }),
        };
        let weekday = match r.weekday {
            None => None,
            Some(w) => {
                let i = WEEKDAYS
                    .iter()
                    .position(|d| *d == w)
                    .ok_or(Error::UnknownWeekday { name: w.clone() })?;
                Some(weekday_from_monday(i))
            }
        };
        Ok(Timex {
            span: Span::from(r.start..r.end),
            text: r.text,
            kind: r.kind,
            value: r.value,
            interval,
            weekday,
            modifier: r.modifier,
            resolution: r.resolution,
            parsed: None,
        })
    }
}

pub(crate) fn weekday_from_monday(i: usize) -> Weekday {
    match i {
        0 => Weekday::Mon,
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("test dates are valid")
    }

    #[test]
    fn interval_checks_its_order() {
        assert!(Interval::new(d(2022, 3, 2), d(2022, 3, 1)).is_none());
        let i = Interval::new(d(2022, 3, 1), d(2022, 3, 1)).expect("one day");
        assert_eq!(i.as_day(), Some(d(2022, 3, 1)));
        assert_eq!(i.days(), 1);
    }

    #[test]
    fn json_round_trip_and_rejections() {
        let t = Timex::from_parts(
            Span::from(3..8),
            "jeudi".into(),
            TimexKind::Date,
            Some("2022-03".into()),
            Interval::new(d(2022, 3, 1), d(2022, 3, 31)),
            Some(Weekday::Thu),
            None,
            Resolution::Document,
            None,
        );
        let json = serde_json::to_string(&t).expect("serialises");
        assert_eq!(
            json,
            r#"{"start":3,"end":8,"text":"jeudi","kind":"date","value":"2022-03","earliest":"2022-03-01","latest":"2022-03-31","weekday":"thursday","resolution":"document"}"#
        );
        let back: Timex = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, t);
        let bad = json.replace("2022-03-01", "2022-04-01");
        assert!(serde_json::from_str::<Timex>(&bad).is_err());
        let half = r#"{"start":0,"end":1,"text":"x","kind":"date","value":null,"earliest":"2022-03-01","latest":null}"#;
        assert!(serde_json::from_str::<Timex>(half).is_err());
    }
}
