//! Readings of a document known to have been published somewhere in an
//! interval of days. Each possible day gives one reading of the document's
//! relative expressions ("mardi", "ce mercredi", "la veille"), and so of its
//! events' dates. Readings that contradict what the timeline knows are
//! dropped, the narrative ones are preferred, and the document's date and
//! its events' dates are the hull of the readings left.

use chrono::{Datelike, NaiveDate, Weekday};
use newsline_doc::{PartialDate, Span};
use newsline_events::{DateSource, EventDate, EventKind, EventMention, Modality};
use newsline_time::{TimeRecognizer, Timex};

use crate::analysis::Analysis;
use crate::interval::{DateInterval, Days};

/// Past this many candidate days, a document is not read day by day.
pub(crate) const MAX_READINGS: i64 = 62;

/// What the readings leave: the publication days, the events' dates over
/// them, and why days were dropped.
#[derive(Clone, Debug)]
pub(crate) struct Outcome {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// One per event of the analysis; `None` where nothing dates it.
    pub dates: Vec<Option<EventDate>>,
    pub notes: Vec<String>,
}

/// One candidate publication day and what it makes of the document.
struct Reading {
    day: NaiveDate,
    timexes: Vec<Timex>,
    dates: Vec<Option<Days>>,
}

/// Reads `a` for every day of `from..=to`. `ties[k]` is the date the rest
/// of the timeline gives the event of mention `k`, if any. Mentions the
/// events layer left undated are dated by the nearest expression when the
/// document was `undated` (the events layer had nothing to read them
/// with), and left undated otherwise; mentions dated by the document alone
/// keep its date, narrowed.
///
/// `None` when the interval is too wide to read day by day or the
/// expressions cannot be resolved again (read back from JSON).
pub(crate) fn read(
    a: &Analysis,
    time: &TimeRecognizer,
    from: NaiveDate,
    to: NaiveDate,
    ties: &[Option<Days>],
    undated: bool,
) -> Option<Outcome> {
    let count = (to - from).num_days() + 1;
    if !(1..=MAX_READINGS).contains(&count) || !a.timexes.iter().all(Timex::can_resolve) {
        return None;
    }
    let readings: Vec<Reading> = from
        .iter_days()
        .take(count as usize)
        .filter_map(|day| {
            let timexes = time.resolve(&a.timexes, Some(PartialDate::from_date(day)?));
            let mut dates: Vec<Option<Days>> =
                a.events.iter().map(|e| date_in(e, &timexes, undated)).collect();
            if undated {
                date_speech(a, &timexes, &mut dates);
            }
            date_during(a, ties, &mut dates);
            Some(Reading { day, timexes, dates })
        })
        .collect();
    let mut notes = Vec::new();
    let mut kept: Vec<&Reading> = readings.iter().filter(|r| agrees(a, r, ties)).collect();
    if kept.is_empty() {
        // The evidence contradicts itself: keep every day rather than
        // choose one side of the contradiction.
        kept = readings.iter().collect();
    } else if kept.len() < readings.len() {
        notes.push(format!(
            "its events, read with a date before {} or after {}, would contradict the timeline \
             (a past event after the publication, or another document's date)",
            kept[0].day,
            kept[kept.len() - 1].day
        ));
    }
    // Among the days left, those on which what the writer tells in the
    // future is still to come: "des pourparlers qui ne se poursuivront pas
    // ce mercredi" was written before that Wednesday.
    prefer(
        &mut kept,
        &mut notes,
        |r| Some(i64::from(!ahead_to_come(a, r))),
        |_, from, to| {
            format!(
                "what it tells in the future tense is still to come only if it was published {}",
                days(from, to)
            )
        },
    );
    // Then those that read the document's weekdays as one stretch of days:
    // a report that tells of "mardi", "mercredi" and "jeudi" tells three
    // days of one week, not a Thursday six days before a Tuesday.
    prefer(
        &mut kept,
        &mut notes,
        |r| weekday_span(&a.timexes, r),
        |best, from, to| {
            format!(
                "its weekdays read as one stretch of {} days only if it was published {}",
                best + 1,
                days(from, to)
            )
        },
    );
    let (first, last) = (kept.first()?.day, kept.last()?.day);
    let dates = a
        .events
        .iter()
        .enumerate()
        .map(|(k, e)| {
            let days: Option<Vec<&Days>> = kept.iter().map(|r| r.dates[k].as_ref()).collect();
            let hull = days.and_then(|d| hull_days(d.into_iter()));
            match hull {
                Some(h) => event_date(e, &h),
                // Dated by the document alone: its date, narrowed.
                None => e
                    .date
                    .as_ref()
                    .filter(|d| d.source == DateSource::Document)
                    .and_then(|_| DateInterval::new(first, last))
                    .and_then(|i| {
                        EventDate::new(i.value, i.earliest, i.latest, DateSource::Document)
                    }),
            }
        })
        .collect();
    Some(Outcome { from: first, to: last, dates, notes })
}

/// A mention's date in one reading: through the expression its date was
/// read from, else the nearest dated expression of its sentence when the
/// events layer had no date to read it with; else none.
fn date_in(e: &EventMention, timexes: &[Timex], undated: bool) -> Option<Days> {
    match &e.date {
        Some(d) => match d.anchor {
            Some(anchor) => {
                let t = timexes.iter().find(|t| t.span() == anchor.timex)?;
                shifted(t, i64::from(anchor.shift_days))
            }
            // Dated otherwise (the document, an older analysis): as it is.
            None if d.source == DateSource::Document => None,
            None => Days::new(d.earliest, d.latest, d.weekday),
        },
        None if undated => nearest(timexes, e).and_then(|t| shifted(t, 0)),
        None => None,
    }
}

/// Dates what an undated document's speakers say by when they say it,
/// as the events layer does for a dated document: a statement with no
/// expression in reach takes the one date its sentence gives ("Même son
/// de cloche mercredi soir pour Zelensky : « ... », a déclaré le
/// président"), else the date of the same speaker's last dated statement
/// before it (one press conference, quoted over several sentences); what
/// a speaker is reported to say, or says in a quote, takes the date of the
/// statement that reports it.
fn date_speech(a: &Analysis, timexes: &[Timex], dates: &mut [Option<Days>]) {
    let statement = |e: &EventMention| e.kind == EventKind::Statement;
    for k in 0..a.events.len() {
        let e = &a.events[k];
        if dates[k].is_some() || !statement(e) {
            continue;
        }
        let sentence = e.sentence.span();
        let mut days = timexes.iter().filter(|t| {
            sentence.contains(t.span())
                && t.value().is_some_and(|v| v.starts_with(|c: char| c.is_ascii_digit()))
                && t.earliest().is_some_and(|d| Some(d) == t.latest())
        });
        if let (Some(t), None) = (days.next(), days.next()) {
            dates[k] = shifted(t, 0);
            continue;
        }
        let Some(speaker) = e.attributed_to.as_deref() else { continue };
        dates[k] = (0..k)
            .rev()
            .find(|&j| {
                statement(&a.events[j])
                    && a.events[j].attributed_to.as_deref() == Some(speaker)
                    && dates[j].is_some()
            })
            .and_then(|j| dates[j].clone());
    }
    for k in 0..a.events.len() {
        let e = &a.events[k];
        if dates[k].is_some() || statement(e) {
            continue;
        }
        let speaker = e.attributed_to.as_deref().filter(|_| e.modality == Modality::Reported);
        let sentence = e.sentence.span();
        let reports = |s: &EventMention| {
            // The statement whose quote holds it (« Nous ne céderons
            // rien. ... », a-t-il dit), or that reports it in its sentence.
            e.quote.is_some_and(|q| s.quote == Some(q))
                || speaker.is_some_and(|p| {
                    s.attributed_to.as_deref() == Some(p) && s.sentence.span() == sentence
                })
        };
        dates[k] = (0..a.events.len())
            .find(|&j| statement(&a.events[j]) && reports(&a.events[j]) && dates[j].is_some())
            .and_then(|j| dates[j].clone());
    }
}

/// Dates what happened during another event of its sentence ("Lors de
/// cette séance de négociations, l'Ukraine a proposé...") with that
/// event's date in the reading, else the date the timeline gives it.
fn date_during(a: &Analysis, ties: &[Option<Days>], dates: &mut [Option<Days>]) {
    for k in 0..a.events.len() {
        let Some(frame) = a.events[k].during.as_deref() else { continue };
        if dates[k].is_some() {
            continue;
        }
        let Some(j) = a.events.iter().position(|e| e.id == frame) else { continue };
        dates[k] = dates[j].clone().or_else(|| ties.get(j).cloned().flatten());
    }
}

/// The days an expression stands for, shifted by `shift` days.
fn shifted(t: &Timex, shift: i64) -> Option<Days> {
    if !t.value().is_some_and(|v| v.starts_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    let move_by = |d: NaiveDate| d.checked_add_signed(chrono::Duration::days(shift));
    let (e, l) = (move_by(t.earliest()?)?, move_by(t.latest()?)?);
    let weekday = t.weekday().filter(|_| e < l).map(|w| shift_weekday(w, shift));
    Days::new(e, l, weekday)
}

fn shift_weekday(w: Weekday, shift: i64) -> Weekday {
    let n = (i64::from(w.num_days_from_monday()) + shift).rem_euclid(7);
    Weekday::try_from(n as u8).unwrap_or(w)
}

/// How far, in bytes, an expression may be from a trigger to date it when
/// the events layer could not (its own reach is ten tokens).
const REACH_BYTES: usize = 80;

/// The nearest expression of the mention's sentence, within reach.
fn nearest<'t>(timexes: &'t [Timex], e: &EventMention) -> Option<&'t Timex> {
    let sentence = e.sentence.span();
    let trigger = e.trigger.span();
    let distance = |s: Span| {
        if s.start() >= trigger.end() {
            s.start() - trigger.end()
        } else {
            trigger.start().saturating_sub(s.end())
        }
    };
    // As the events layer reads it: the head of the sentence's subject
    // takes the date of its clause, however long the subject runs.
    let text = |from: usize, to: usize| {
        e.sentence
            .text
            .get(from.saturating_sub(sentence.start())..to.saturating_sub(sentence.start()))
    };
    let in_reach = |s: Span| {
        distance(s) <= REACH_BYTES
            || (s.start() >= trigger.end()
                && text(sentence.start(), trigger.start())
                    .zip(text(trigger.end(), s.start()))
                    .is_some_and(|(before, gap)| newsline_events::subject_takes_date(before, gap)))
    };
    timexes
        .iter()
        .filter(|t| {
            sentence.contains(t.span())
                && t.value().is_some_and(|v| v.starts_with(|c: char| c.is_ascii_digit()))
        })
        .filter(|t| in_reach(t.span()))
        .min_by_key(|t| distance(t.span()))
}

/// "on 2022-03-29", or "from 2022-03-29 to 2022-03-31".
fn days(from: NaiveDate, to: NaiveDate) -> String {
    if from == to {
        format!("on {from}")
    } else {
        format!("from {from} to {to}")
    }
}

/// Keeps the readings of least `score` (those without one stay), when
/// that leaves fewer, and notes why with `note(best score, first day, last
/// day)`.
fn prefer(
    kept: &mut Vec<&Reading>,
    notes: &mut Vec<String>,
    score: impl Fn(&Reading) -> Option<i64>,
    note: impl Fn(i64, NaiveDate, NaiveDate) -> String,
) {
    let scores: Vec<Option<i64>> = kept.iter().map(|r| score(r)).collect();
    let Some(best) = scores.iter().flatten().min().copied() else { return };
    if !scores.iter().any(|s| s.is_some_and(|s| s > best)) {
        return;
    }
    let mut k = 0;
    kept.retain(|_| {
        k += 1;
        scores[k - 1].is_none_or(|s| s == best)
    });
    if let (Some(first), Some(last)) = (kept.first(), kept.last()) {
        notes.push(note(best, first.day, last.day));
    }
}

/// Whether every expression the document tells ahead of its writing
/// ([`newsline_events::DateAnchor::ahead`]) names days after the reading's
/// publication day.
fn ahead_to_come(a: &Analysis, r: &Reading) -> bool {
    a.events.iter().filter_map(|e| e.date.as_ref()?.anchor.filter(|x| x.ahead)).all(|anchor| {
        r.timexes
            .iter()
            .find(|t| t.span() == anchor.timex)
            .and_then(Timex::earliest)
            .is_none_or(|d| d > r.day)
    })
}

/// Whether a reading agrees with what the timeline knows: the events the
/// document tells as facts happened by its publication, and each event the
/// timeline dates from other documents keeps a day in common with them.
fn agrees(a: &Analysis, r: &Reading, ties: &[Option<Days>]) -> bool {
    a.events.iter().zip(&r.dates).zip(ties).all(|((e, date), tie)| {
        let Some(date) = date else { return true };
        let happened = !e.modality.is_factual() || date.interval.earliest <= r.day;
        let meets = tie.as_ref().is_none_or(|t| date.meet(t).is_some());
        happened && meets
    })
}

/// How many days separate the first and last of the document's bare
/// weekdays ("mardi", "jeudi soir") in a reading; `None` with fewer than
/// two.
fn weekday_span(original: &[Timex], r: &Reading) -> Option<i64> {
    let days: Vec<NaiveDate> = original
        .iter()
        .zip(&r.timexes)
        .filter(|(o, _)| bare_weekday(o))
        .filter_map(|(_, t)| t.earliest().filter(|e| Some(*e) == t.latest()))
        .collect();
    if days.len() < 2 {
        return None;
    }
    let (min, max) = (days.iter().min()?, days.iter().max()?);
    Some((*max - *min).num_days())
}

/// Whether an expression is a weekday its document's date did not pin
/// ("mardi" in an undated document or one dated `2022-03`).
fn bare_weekday(t: &Timex) -> bool {
    let weekday = t.weekday().is_some() || t.value().is_some_and(|v| v.starts_with("XXXX-WXX-"));
    weekday && (t.earliest().is_none() || t.earliest() != t.latest())
}

/// The hull of several readings' days: their interval hull, on the
/// weekday they all share when it is wider than a day.
fn hull_days<'d>(mut days: impl Iterator<Item = &'d Days>) -> Option<Days> {
    let first = days.next()?;
    let weekday_of = |d: &Days| {
        d.weekday.or_else(|| (d.interval.days() == 1).then(|| d.interval.earliest.weekday()))
    };
    let mut interval = first.interval.clone();
    let mut weekday = weekday_of(first);
    for d in days {
        interval = interval.hull(&d.interval);
        if weekday != weekday_of(d) {
            weekday = None;
        }
    }
    Days::new(interval.earliest, interval.latest, weekday)
}

/// An event date for a hull of readings, keeping the mention's source and
/// anchor (a mention the events layer left undated is now inferred).
fn event_date(e: &EventMention, d: &Days) -> Option<EventDate> {
    let source = e.date.as_ref().map_or(DateSource::Inferred, |x| x.source);
    let mut date =
        EventDate::new(d.interval.value.clone(), d.interval.earliest, d.interval.latest, source)?;
    date.weekday = d.weekday;
    date.anchor = e.date.as_ref().and_then(|x| x.anchor);
    Some(date)
}
