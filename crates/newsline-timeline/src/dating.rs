//! Document dates: refined by a document's own expressions, inferred for
//! undated or partly dated documents from the events they share with
//! dated ones, and the relative expressions of such a document read again
//! (see [`crate::readings`]).

use chrono::{Datelike, NaiveDate};
use newsline_doc::PartialDate;
use newsline_events::{EventDate, EventMention};
use newsline_gazetteer::{Gazetteer, Role};
use newsline_time::{Resolution, TimeRecognizer};

use crate::analysis::{Analysis, DocumentDate};
use crate::interval::Days;
use crate::readings;

/// A document's dating as the timeline uses it.
#[derive(Clone, Debug)]
pub(crate) struct Dated {
    /// The date the document gives itself (header, metadata, or pinned by
    /// its own text), if any.
    pub own: Option<DocumentDate>,
    pub date: Option<DocumentDate>,
    pub evidence: Vec<String>,
    /// The event mentions' dates, one per event of the analysis.
    pub event_dates: Vec<Option<EventDate>>,
    /// Half-known bounds of a document left undated.
    pub not_before: Option<NaiveDate>,
    pub not_after: Option<NaiveDate>,
}

impl Dated {
    /// Whether other documents' evidence may narrow the date: the
    /// document gives itself none, or one wider than a day (a header
    /// month).
    pub(crate) fn refinable(&self) -> bool {
        self.own.as_ref().is_none_or(|d| d.earliest < d.latest)
    }

    /// Whether the document's own dates count as evidence about the events
    /// it tells: not when its date was inferred from the other documents'.
    pub(crate) fn counts(&self) -> bool {
        self.own.is_some()
    }
}

/// A dated document's own dating: the header or metadata date, pinned to a
/// day when the text's expressions do so (see
/// [`TimeRecognizer::infer_anchor`]).
pub(crate) fn own_dating(a: &Analysis, time: &TimeRecognizer) -> Dated {
    let event_dates = a.events.iter().map(|e| e.date.clone()).collect();
    let mut dated = Dated {
        own: a.date.clone(),
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
            dated.own = Some(new.clone());
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
/// document date that could not be resolved, or only to a wider unit
/// ("mardi", "hier", "la veille"): the event is then close to the document
/// date.
pub(crate) fn told_relative(a: &Analysis, e: &EventMention) -> bool {
    let sentence = e.sentence.span();
    a.timexes.iter().any(|t| {
        let unresolved = t.resolution() == Resolution::Unresolved
            && (t.weekday().is_some() || t.value().is_some_and(|v| v.starts_with("XXXX")));
        // "mardi" in a document dated 2022-03: a Tuesday of the month.
        let loose_weekday = t.weekday().is_some() && t.earliest() != t.latest();
        sentence.contains(t.span()) && (unresolved || loose_weekday)
    })
}

/// A refinable document's dating under `bounds` and what the timeline
/// knows of its events (`ties`, one per event): its date narrowed to the
/// publication days that agree with both (see [`readings`]), and its
/// expressions and events read again for those days. `None` when nothing
/// narrows it.
///
/// [`readings`]: crate::readings
pub(crate) fn refine(
    a: &Analysis,
    time: &TimeRecognizer,
    dated: &Dated,
    bounds: &Bounds,
    ties: &[Option<Days>],
) -> Option<Dated> {
    let own = dated.own.as_ref();
    let mut evidence = Vec::new();
    if let Some(o) = own {
        evidence.push(format!("{} by its {}", o.value, o.source));
    }
    let mut from = own.map(|o| o.earliest);
    let mut to = own.map(|o| o.latest);
    if let Some((d, why)) = &bounds.not_before {
        if from.is_none_or(|f| *d > f) {
            from = Some(*d);
            evidence.push(format!("not before {d}: {why}"));
        }
    }
    if let Some((d, why)) = &bounds.not_after {
        if to.is_none_or(|t| *d < t) {
            to = Some(*d);
            evidence.push(format!("not after {d}: {why}"));
        }
    }
    let (from, to) = (from?, to?);
    if from > to {
        return None;
    }
    let undated = own.is_none();
    let (date, event_dates) = match readings::read(a, time, from, to, ties, undated) {
        Some(outcome) => {
            evidence.extend(outcome.notes);
            (DocumentDate::new(outcome.from, outcome.to, "inferred")?, outcome.dates)
        }
        // Too wide to read day by day: the date alone.
        None => (DocumentDate::new(from, to, "inferred")?, dated.event_dates.clone()),
    };
    if own.is_some_and(|o| o.earliest == date.earliest && o.latest == date.latest) {
        return None;
    }
    Some(Dated {
        own: dated.own.clone(),
        evidence,
        date: Some(date),
        event_dates,
        not_before: None,
        not_after: None,
    })
}
