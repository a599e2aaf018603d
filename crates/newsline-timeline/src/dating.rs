//! Document dates: refined by a document's own expressions, inferred for
//! undated documents from the events they share with dated ones, and the
//! relative expressions of an inferred document resolved again.

use chrono::{Datelike, NaiveDate};
use newsline_doc::{PartialDate, Span};
use newsline_events::{DateSource, EventDate, EventMention};
use newsline_gazetteer::{Gazetteer, Role};
use newsline_time::{Resolution, TimeRecognizer, Timex};

use crate::analysis::{Analysis, DocumentDate};
use crate::interval::DateInterval;

/// A document's dating as the timeline uses it.
#[derive(Clone, Debug)]
pub(crate) struct Dated {
    pub date: Option<DocumentDate>,
    pub evidence: Vec<String>,
    /// The event mentions' dates, one per event of the analysis.
    pub event_dates: Vec<Option<EventDate>>,
    /// Half-known bounds of a document left undated.
    pub not_before: Option<NaiveDate>,
    pub not_after: Option<NaiveDate>,
}

impl Dated {
    /// Whether the date is still open to evidence: none yet, or one
    /// inferred from other documents (which later evidence may tighten).
    pub(crate) fn open(&self) -> bool {
        self.date.as_ref().is_none_or(|d| d.source == "inferred")
    }
}

/// A dated document's own dating: the header or metadata date, pinned to a
/// day when the text's expressions do so (see
/// [`TimeRecognizer::infer_anchor`]).
pub(crate) fn own_dating(a: &Analysis, time: &TimeRecognizer) -> Dated {
    let event_dates = a.events.iter().map(|e| e.date.clone()).collect();
    let mut dated = Dated {
        date: a.date.clone(),
        evidence: Vec::new(),
        event_dates,
        not_before: None,
        not_after: None,
    };
    let Some(d) = &a.date else { return dated };
    let Some(anchor) = partial_of(d.earliest, d.latest) else { return dated };
    if let Some(day) = time.infer_anchor(&a.timexes, Some(anchor)) {
        if let Some(new) = DocumentDate::new(day.earliest(), day.latest(), "text") {
            dated.evidence.push(format!(
                "{} pinned to {} by a day it states and an exact shift back to it",
                d.value, new.value
            ));
            dated.date = Some(new);
        }
    }
    dated
}

/// The calendar unit exactly covering an interval, if one does.
pub(crate) fn partial_of(earliest: NaiveDate, latest: NaiveDate) -> Option<PartialDate> {
    let p = if earliest == latest {
        PartialDate::from_date(earliest)?
    } else if earliest.day() == 1
        && earliest.month() == latest.month()
        && earliest.year() == latest.year()
    {
        PartialDate::year_month(earliest.year(), earliest.month())?
    } else if earliest.ordinal() == 1
        && latest.month() == 12
        && latest.day() == 31
        && earliest.year() == latest.year()
    {
        PartialDate::year(earliest.year())?
    } else {
        return None;
    };
    (p.earliest() == earliest && p.latest() == latest).then_some(p)
}

/// Bounds on an undated document's date, gathered from evidence.
#[derive(Clone, Debug, Default)]
pub(crate) struct Bounds {
    pub not_before: Option<(NaiveDate, String)>,
    pub not_after: Option<(NaiveDate, String)>,
}

impl Bounds {
    pub(crate) fn after(&mut self, day: NaiveDate, why: String) {
        if self.not_before.as_ref().is_none_or(|(d, _)| day > *d) {
            self.not_before = Some((day, why));
        }
    }

    pub(crate) fn before(&mut self, day: NaiveDate, why: String) {
        if self.not_after.as_ref().is_none_or(|(d, _)| day < *d) {
            self.not_after = Some((day, why));
        }
    }
}

/// Bounds from the roles the document gives people ("le secrétaire général
/// de l'Otan, Jens Stoltenberg"): it was written while they held them. A
/// role held over several terms bounds by the hull of the terms.
pub(crate) fn role_bounds(a: &Analysis, gazetteer: &Gazetteer, bounds: &mut Bounds) {
    for de in &a.entities {
        let Some(person) = gazetteer.entity(&de.id) else { continue };
        for held in &de.roles {
            let terms: Vec<&Role> =
                person.roles.iter().filter(|r| r.role == held.role && r.of == held.of).collect();
            if terms.is_empty() {
                continue;
            }
            let why = |from: Option<NaiveDate>, to: Option<NaiveDate>| {
                let term = match (from, to) {
                    (Some(f), Some(t)) => format!("from {f} to {t}"),
                    (Some(f), None) => format!("from {f}"),
                    (None, Some(t)) => format!("until {t}"),
                    (None, None) => String::new(),
                };
                format!(
                    "it presents {} as {} of {} (\"{}\"), in office {term}",
                    person.name, held.role, held.of, held.text
                )
            };
            // The hull: unknown ends leave that side open.
            let from = terms
                .iter()
                .map(|r| r.from)
                .collect::<Option<Vec<_>>>()
                .and_then(|v| v.into_iter().min());
            let to = terms
                .iter()
                .map(|r| r.to)
                .collect::<Option<Vec<_>>>()
                .and_then(|v| v.into_iter().max());
            if let Some(f) = from {
                bounds.after(f, why(from, to));
            }
            // `to` is the first day out of office.
            if let Some(last) = to.and_then(|t| t.pred_opt()) {
                bounds.before(last, why(from, to));
            }
        }
    }
}

/// Whether a mention's sentence holds an expression told relative to the
/// document date that could not be resolved ("mardi", "hier", "la
/// veille"): the event is then close to the document date.
pub(crate) fn told_relative(a: &Analysis, e: &EventMention) -> bool {
    let sentence = e.sentence.span();
    a.timexes.iter().any(|t| {
        sentence.contains(t.span())
            && t.resolution() == Resolution::Unresolved
            && (t.weekday().is_some() || t.value().is_some_and(|v| v.starts_with("XXXX")))
    })
}

/// An inferred document's dating: its date, and its expressions resolved
/// again against it, then its undated events dated by the nearest
/// expression in their sentence.
pub(crate) fn inferred_dating(
    a: &Analysis,
    time: &TimeRecognizer,
    bounds: &Bounds,
) -> Option<Dated> {
    let (from, why_from) = bounds.not_before.clone()?;
    let (to, why_to) = bounds.not_after.clone()?;
    let date = DocumentDate::new(from, to, "inferred")?;
    let timexes = resolve_within(time, &a.timexes, from, to);
    let event_dates = a
        .events
        .iter()
        .map(|e| match &e.date {
            Some(d) if d.source == DateSource::Timex => Some(d.clone()),
            _ => nearest_date(&timexes, e),
        })
        .collect();
    Some(Dated {
        evidence: vec![
            format!("not before {from}: {why_from}"),
            format!("not after {to}: {why_to}"),
        ],
        date: Some(date),
        event_dates,
        not_before: None,
        not_after: None,
    })
}

/// The expressions resolved for a document dated somewhere in
/// `from..=to`: against the calendar unit when one covers the interval
/// exactly, else the hull of their values over every possible day (up to
/// two months of days), else left as they are.
fn resolve_within(
    time: &TimeRecognizer,
    timexes: &[Timex],
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<Timex> {
    if !timexes.iter().all(Timex::can_resolve) {
        return timexes.to_vec();
    }
    if let Some(p) = partial_of(from, to) {
        return time.resolve(timexes, Some(p));
    }
    let days = (to - from).num_days() + 1;
    if days > 62 {
        return timexes.to_vec();
    }
    // Each day gives one reading; a value keeps the hull of its readings.
    let readings: Vec<Vec<Timex>> = from
        .iter_days()
        .take(days as usize)
        .filter_map(PartialDate::from_date)
        .map(|p| time.resolve(timexes, Some(p)))
        .collect();
    (0..timexes.len())
        .map(|i| {
            let mut hull: Option<DateInterval> = None;
            for r in &readings {
                let (Some(e), Some(l)) = (r[i].earliest(), r[i].latest()) else {
                    return timexes[i].clone();
                };
                let d = DateInterval::new(e, l);
                hull = match (hull, d) {
                    (None, d) => d,
                    (Some(h), Some(d)) => Some(h.hull(&d)),
                    (h, None) => h,
                };
            }
            match hull {
                Some(h) => with_interval(&timexes[i], &h),
                None => timexes[i].clone(),
            }
        })
        .collect()
}

/// A copy of `t` whose value and interval are the hull `h` of its
/// readings. Timex fields are private to newsline-time, so the widened
/// value goes through the timex's JSON form (its documented contract); a
/// timex read back from JSON keeps its value but cannot be resolved again,
/// which is all an inferred document needs.
fn with_interval(t: &Timex, h: &DateInterval) -> Timex {
    let Ok(mut v) = serde_json::to_value(t) else { return t.clone() };
    if let Some(o) = v.as_object_mut() {
        o.insert("value".into(), h.value.clone().into());
        o.insert("earliest".into(), h.earliest.to_string().into());
        o.insert("latest".into(), h.latest.to_string().into());
        o.remove("weekday");
        o.insert("resolution".into(), "inferred_date".into());
    }
    serde_json::from_value(v).unwrap_or_else(|_| t.clone())
}

/// How far, in bytes, an expression may be from a trigger to date it when
/// the events layer could not (its own reach is ten tokens).
const REACH_BYTES: usize = 80;

/// The date of the nearest resolved date expression in the mention's
/// sentence, within reach.
fn nearest_date(timexes: &[Timex], e: &EventMention) -> Option<EventDate> {
    let sentence = e.sentence.span();
    let trigger = e.trigger.span();
    let distance = |s: Span| {
        if s.start() >= trigger.end() {
            s.start() - trigger.end()
        } else {
            trigger.start().saturating_sub(s.end())
        }
    };
    timexes
        .iter()
        .filter(|t| {
            sentence.contains(t.span())
                && t.value().is_some_and(|v| v.starts_with(|c: char| c.is_ascii_digit()))
        })
        .filter(|t| distance(t.span()) <= REACH_BYTES)
        .min_by_key(|t| distance(t.span()))
        .and_then(|t| EventDate::new(t.value()?, t.earliest()?, t.latest()?, DateSource::Inferred))
}
