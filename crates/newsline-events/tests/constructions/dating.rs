//! Dates of events: the document date only for what is told as current,
//! the nearest expression, the eve, "lors de" frames, and the dates an
//! anaphor or a reported event takes from what it points to.

use newsline_events::{EventKind, EventMention, Modality};

use super::who;
use crate::support::{events, one};

#[test]
fn document_date_only_for_current_events() {
    let (_, found) =
        events(" date 2022-03 Kiev réclame un accord. Les ministres se sont rencontrés à Genève.");
    let demand = found.iter().find(|e| e.kind == EventKind::Demand);
    assert_eq!(demand.and_then(|d| d.date.as_ref()).map(|d| d.value.as_str()), Some("2022-03"));
    let met = found.iter().find(|e| e.kind == EventKind::Meeting);
    assert_eq!(
        met.map(|m| m.date.is_none()),
        Some(true),
        "a past event with no date of its own stays undated"
    );
}

#[test]
fn anaphoric_meeting_takes_the_antecedent_date_and_parties() {
    let (_, found) = events(
        " date 2022-01 Antony Blinken et Sergueï Lavrov se sont rencontrés le 21 janvier à Genève. À l'issue de la réunion, Antony Blinken a parlé à la presse. Cette réunion n'était pas une négociation.",
    );
    let meetings: Vec<&EventMention> =
        found.iter().filter(|e| e.kind == EventKind::Meeting).collect();
    let first = meetings.iter().find(|e| e.trigger.text == "rencontrés");
    assert_eq!(first.and_then(|e| e.date.as_ref()).map(|d| d.value.as_str()), Some("2022-01-21"));
    for e in meetings.iter().filter(|e| e.trigger.text == "réunion") {
        assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2022-01-21"), "{e:?}");
        assert!(who(e).contains(&"person:sergey-lavrov"), "{:?}", who(e));
    }
    // The trap: a new, planned meeting is not the one told before.
    let (_, found) = events(
        " date 2022-01 Antony Blinken et Sergueï Lavrov se sont rencontrés le 21 janvier à Genève. Ils prévoient une nouvelle réunion.",
    );
    let next = found.iter().find(|e| e.trigger.text == "réunion");
    assert_eq!(next.map(|e| e.modality), Some(Modality::Planned));
    assert!(next.is_some_and(|e| e.date.is_none()), "{next:?}");
}

#[test]
fn linking_adverb_dates_the_sentence() {
    let (_, found) = events(
        " date 2022-03 Les pourparlers ont eu lieu le 29 mars à Istanbul. Pendant ce temps, Emmanuel Macron et Vladimir Poutine se sont parlé.",
    );
    let call = found.iter().find(|e| e.kind == EventKind::Call);
    assert_eq!(call.and_then(|e| e.date.as_ref()).map(|d| d.value.as_str()), Some("2022-03-29"));
}

#[test]
fn speech_of_the_day_takes_the_document_date() {
    let date =
        |text: &str| one(text, EventKind::Statement).date.map(|d| d.value).unwrap_or_default();
    assert_eq!(
        date(" date 2022-01 Antony Blinken a déclaré que le dialogue continuait."),
        "2022-01"
    );
    // Traps: the pluperfect, and a bound before the time of the article.
    assert_eq!(date(" date 2022-01 Antony Blinken avait déclaré que le dialogue continuait."), "");
    assert_eq!(
        date(" date 2022-01 Antony Blinken a déclaré avant la rencontre que tout était possible."),
        ""
    );
}

fn date_of(found: &[EventMention], trigger: &str) -> Option<String> {
    found
        .iter()
        .find(|e| e.trigger.text == trigger)
        .and_then(|e| e.date.as_ref())
        .map(|d| d.value.clone())
}

#[test]
fn a_date_belongs_to_the_nearest_trigger() {
    let (_, found) = events(
        " date 2022-03-10 Les ministres se rencontrent jeudi, pour la première fois depuis l'invasion le 24 février, des pourparlers qui interviennent au lendemain du bombardement d'un hôpital.",
    );
    assert_eq!(date_of(&found, "invasion").as_deref(), Some("2022-02-24"));
    // "des pourparlers" in apposition is the meeting of Thursday; the
    // bombing is the day before it, not the day of the invasion.
    assert_eq!(date_of(&found, "pourparlers").as_deref(), Some("2022-03-10"));
    assert_eq!(date_of(&found, "bombardement").as_deref(), Some("2022-03-09"));
}

#[test]
fn the_eve_is_the_day_before() {
    let (_, found) = events(
        " date 2022-03-10 Les ministres se rencontrent jeudi, à la veille du sommet de l'Otan.",
    );
    assert_eq!(date_of(&found, "sommet").as_deref(), Some("2022-03-11"));
}

#[test]
fn a_frame_by_lors_de_dates_the_sentence() {
    let (_, found) = events(
        " date 2022-03 Lors d'un premier entretien avec M. Cavusoglu, Dmytro Kouleba a indiqué qu'il insisterait sur un cessez-le-feu.",
    );
    // The first interview is not today's: neither it nor what was said
    // at it takes the document date.
    assert_eq!(date_of(&found, "entretien"), None);
    assert_eq!(date_of(&found, "indiqué"), None);
    // The trap: without the frame, today's statement takes it.
    let (_, found) =
        events(" date 2022-03 Dmytro Kouleba a indiqué qu'il insisterait sur un cessez-le-feu.");
    assert_eq!(date_of(&found, "indiqué").as_deref(), Some("2022-03"));
}

#[test]
fn a_reported_event_takes_the_date_of_its_statement() {
    let (_, found) = events(
        " date 2022-01 Antony Blinken a déclaré vendredi 21 janvier qu'il exigeait des preuves.",
    );
    assert_eq!(date_of(&found, "exigeait").as_deref(), Some("2022-01-21"));
    // The trap: what was already past then is not of that day.
    let (_, found) = events(
        " date 2022-01 Antony Blinken a déclaré vendredi 21 janvier que la Russie avait bombardé la ville.",
    );
    assert_ne!(date_of(&found, "bombardé").as_deref(), Some("2022-01-21"));
    // An undated statement leaves what it reports undated.
    let (_, found) = events(
        " date 2022-01 Les États-Unis affirmaient avoir des preuves d'une concentration de troupes russes.",
    );
    assert_eq!(date_of(&found, "concentration"), None);
}

#[test]
fn a_negated_present_tells_the_current_state() {
    let (_, found) = events(" date 2022-03 Les militaires russes ne visent plus la capitale.");
    assert_eq!(date_of(&found, "visent").as_deref(), Some("2022-03"));
    // Traps: a negated intention, a negated future.
    let (_, found) = events(" date 2022-03 La Russie n'a pas l'intention d'attaquer l'Ukraine.");
    assert_eq!(date_of(&found, "attaquer"), None);
    let (_, found) = events(" date 2022-03 Les ministres ne se rencontreront pas.");
    assert_eq!(date_of(&found, "rencontreront"), None);
}

#[test]
fn a_perfect_infinitive_dates_its_own_verb_only() {
    // The lie is past, not of the document's day; the accusation stands
    // as the text is written.
    let (_, found) =
        events(" date 2020-06-01 Le ministre, accusé d'avoir menti au Parlement, démissionne.");
    let lie = found.iter().find(|e| e.trigger.text == "menti");
    let accused = found.iter().find(|e| e.trigger.text == "accusé");
    assert!(lie.is_some_and(|e| e.date.is_none()), "{lie:?}");
    assert_eq!(accused.and_then(|e| e.date.as_ref()).map(|d| d.value.as_str()), Some("2020-06-01"));
}
