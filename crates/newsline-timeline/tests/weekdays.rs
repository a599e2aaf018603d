//! Weekdays across documents: "a Thursday of March 2022" in one document
//! and "10 mars" in another are one day, and a Friday is not that Thursday;
//! documents dated by a month or not at all are read day by day against
//! the events they share.

use newsline_events::EventKind;
use newsline_timeline::{Analysis, TimelineBuilder};

mod common;
use common::analyse;

fn meetings(docs: &[Analysis]) -> Vec<(String, usize)> {
    TimelineBuilder::new()
        .build(docs)
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Meeting)
        .map(|e| (e.date.as_ref().map_or(String::new(), |d| d.value.clone()), e.mentions.len()))
        .collect()
}

const THURSDAY: &str =
    " date 2022-03 Sergueï Lavrov et Dmytro Kouleba se sont rencontrés jeudi pendant une heure et demie.";

#[test]
fn a_thursday_of_march_and_the_tenth_of_march_are_one_meeting() {
    let docs = [
        analyse("a", THURSDAY),
        analyse(
            "b",
            " date 2022-03 Sergueï Lavrov et Dmytro Kouleba se sont rencontrés le 10 mars.",
        ),
    ];
    assert_eq!(meetings(&docs), vec![("2022-03-10".to_string(), 2)]);
}

#[test]
fn a_thursday_is_not_a_friday() {
    let docs = [
        analyse("a", THURSDAY),
        analyse(
            "b",
            " date 2022-03 Sergueï Lavrov et Dmytro Kouleba se sont rencontrés le 11 mars.",
        ),
    ];
    let found = meetings(&docs);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().any(|(d, n)| d == "2022-03-11" && *n == 1), "{found:?}");
    // The Thursday stays a Thursday of March: from the 3rd to the 31st.
    assert!(found.iter().any(|(d, n)| d == "2022-03-03/2022-03-31" && *n == 1), "{found:?}");
}

/// Talks held the day before a Wednesday of March 2022.
const TUESDAY_TALKS: &str =
    " date 2022-03 Quatre heures de pourparlers russo-ukrainiens qui ne se poursuivront pas ce mercredi.";

/// A meeting on Thursday 10 March 2022.
const ANTALYA: &str =
    " date 2022-03-10 Sergueï Lavrov et Dmytro Kouleba se sont rencontrés jeudi à Antalya.";

/// Talks told as the first face-to-face ones for more than two weeks.
const FIRST_TALKS: &str =
    " date 2022 Les premiers pourparlers russo-ukrainiens en présence directe depuis plus de deux semaines ont eu lieu.";

#[test]
fn the_first_talks_in_two_weeks_are_the_tuesday_after_them() {
    let docs = [analyse("a", ANTALYA), analyse("b", TUESDAY_TALKS), analyse("c", FIRST_TALKS)];
    let mut found = meetings(&docs);
    found.sort();
    // Antalya on the 10th; the Tuesdays of March after the 25th leave
    // the 29th for the talks of b and c.
    assert_eq!(found, vec![("2022-03-10".to_string(), 1), ("2022-03-29".to_string(), 2)]);
}

#[test]
fn without_an_earlier_meeting_the_first_talks_stay_a_tuesday_of_march() {
    let docs = [analyse("b", TUESDAY_TALKS), analyse("c", FIRST_TALKS)];
    let mut found = meetings(&docs);
    found.sort();
    assert_eq!(found, vec![("2022".to_string(), 1), ("2022-03-01/2022-03-29".to_string(), 1)]);
}

fn document_date(docs: &[Analysis], id: &str) -> Option<String> {
    let timeline = TimelineBuilder::new().build(docs);
    let doc = timeline.documents.iter().find(|d| d.id == id)?;
    doc.date.as_ref().map(|d| d.value.clone())
}

/// The date of the timeline's first event of `kind`.
fn first_date(docs: &[Analysis], kind: EventKind) -> Option<String> {
    let timeline = TimelineBuilder::new().build(docs);
    let event = timeline.events.iter().find(|e| e.kind == kind)?;
    event.date.as_ref().map(|d| d.value.clone())
}

#[test]
fn a_month_dated_document_is_narrowed_by_the_talks_it_tells_as_past() {
    let docs = [analyse("a", ANTALYA), analyse("b", TUESDAY_TALKS), analyse("c", FIRST_TALKS)];
    // The talks were on the 29th and had happened when b was written; b
    // says in the future tense that they will not go on "ce mercredi", so
    // that Wednesday was still to come: b is of the 29th.
    assert_eq!(document_date(&docs, "b").as_deref(), Some("2022-03-29"));
}

/// An undated report of a week: a meeting on Tuesday, fighting on
/// Wednesday, a statement on Thursday.
const WEEK: &str = "Sergueï Lavrov et Dmytro Kouleba se sont rencontrés mardi à Istanbul. \
     Les bombardements russes se sont poursuivis mercredi. \
     Jens Stoltenberg a déclaré jeudi que la Russie se repositionne.";

#[test]
fn an_undated_report_reads_its_weekdays_as_one_week() {
    let docs = [
        analyse(
            "a",
            " date 2022-03-29 Sergueï Lavrov et Dmytro Kouleba se sont rencontrés ce mardi à Istanbul.",
        ),
        analyse("b", WEEK),
    ];
    // The meeting b shares is on Tuesday the 29th, so b was written from
    // the 29th to a week later; of those days, only the ones after
    // Thursday the 31st read "mardi", "mercredi" and "jeudi" as three
    // days of one week rather than a Thursday before a Tuesday.
    assert_eq!(document_date(&docs, "b").as_deref(), Some("2022-03-31/2022-04-04"));
    assert_eq!(first_date(&docs, EventKind::Statement).as_deref(), Some("2022-03-31"));
}

#[test]
fn without_a_shared_event_an_undated_report_stays_undated() {
    let docs = [analyse("b", WEEK)];
    assert_eq!(document_date(&docs, "b"), None);
}

#[test]
fn what_a_quote_tells_takes_the_date_of_the_statement_that_utters_it() {
    let week_and_quote = format!(
        "{WEEK} « Nous ne céderons rien. Nous nous battrons pour chaque mètre », a dit Volodymyr \
         Zelensky jeudi soir."
    );
    let docs = [
        analyse(
            "a",
            " date 2022-03-29 Sergueï Lavrov et Dmytro Kouleba se sont rencontrés ce mardi à Istanbul.",
        ),
        analyse("b", &week_and_quote),
    ];
    // The refusal is in the quote's first sentence, with no expression of
    // its own; the statement that closes the quote is of Thursday evening.
    assert_eq!(first_date(&docs, EventKind::Rejection).as_deref(), Some("2022-03-31"));
}

#[test]
fn what_happens_during_shared_talks_takes_their_date() {
    let report = format!(
        "{WEEK} Lors de cette séance de négociations, l'Ukraine a proposé d'adopter un statut neutre."
    );
    let docs = [
        analyse(
            "a",
            " date 2022-03-29 Sergueï Lavrov et Dmytro Kouleba se sont rencontrés ce mardi à Istanbul.",
        ),
        analyse("b", &report),
    ];
    let proposal = first_date(&docs, EventKind::Proposal);
    // Nothing in b dates the session; the timeline dates the talks it
    // shares with a, and the proposal made during them.
    assert_eq!(proposal.as_deref(), Some("2022-03-29"));
}
