//! How event mentions are dated by the expressions around them, through
//! the whole stack: weekdays kept when the document date is coarser, the
//! day before a continuation, the future the writer tells, and what
//! happens during another event.

use chrono::Weekday;
use newsline_events::EventKind;

use crate::support::{events, one};

#[test]
fn a_weekday_in_a_month_document_is_kept_with_the_month() {
    let e = one(
        " date 2022-03 Sergueï Lavrov et Dmytro Kouleba se sont rencontrés jeudi à Antalya.",
        EventKind::Meeting,
    );
    let d = e.date.as_ref().expect("dated by jeudi");
    assert_eq!(d.value, "2022-03");
    assert_eq!(d.weekday, Some(Weekday::Thu));
}

#[test]
fn a_weekday_resolved_to_a_day_carries_no_weekday() {
    let e = one(
        " date 2022-03-10 Sergueï Lavrov et Dmytro Kouleba se sont rencontrés jeudi à Antalya.",
        EventKind::Meeting,
    );
    let d = e.date.as_ref().expect("dated by jeudi");
    assert_eq!(d.value, "2022-03-10");
    assert_eq!(d.weekday, None);
}

#[test]
fn talks_that_will_not_continue_on_wednesday_were_held_on_tuesday() {
    let e = one(
        " date 2022-03 Quatre heures de pourparlers qui ne se poursuivront pas ce mercredi entre la Russie et l'Ukraine.",
        EventKind::Meeting,
    );
    let d = e.date.as_ref().expect("dated by the continuation");
    assert_eq!((d.value.as_str(), d.weekday), ("2022-03", Some(Weekday::Tue)));
    let e = one(
        " date 2022-03-29 Les pourparlers entre la Russie et l'Ukraine, qui se poursuivront mercredi, avancent.",
        EventKind::Meeting,
    );
    // Words between the noun and the relative clause: it still continues
    // the talks, held on Tuesday the 29th.
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2022-03-29"));
    let e = one(
        " date 2022-03-29 The talks between Russia and Ukraine which will continue on Wednesday.",
        EventKind::Meeting,
    );
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2022-03-29"));
    // The continuation is a future the writer tells: that Wednesday was
    // still to come; the talks themselves are told as past.
    let e = one(
        " date 2022-03 Quatre heures de pourparlers qui ne se poursuivront pas ce mercredi.",
        EventKind::Meeting,
    );
    assert!(e.date.and_then(|d| d.anchor).is_some_and(|a| a.ahead && a.shift_days == -1));
    let e = one(" date 2022-03 Les pourparlers ont eu lieu ce mardi.", EventKind::Meeting);
    assert!(e.date.and_then(|d| d.anchor).is_some_and(|a| !a.ahead));
}

#[test]
fn what_happens_during_talks_is_tied_to_them() {
    // An undated document: nothing dates the talks, so the proposal keeps
    // the link for whoever dates them later.
    let (_, found) = events(
        "Lors de cette séance de négociations entre la Russie et l'Ukraine, l'Ukraine a proposé \
         d'adopter un statut neutre.",
    );
    let talks = found.iter().find(|e| e.kind == EventKind::Meeting).expect("the talks");
    let proposal = found.iter().find(|e| e.kind == EventKind::Proposal).expect("the proposal");
    assert_eq!(proposal.during.as_deref(), Some(talks.id.as_str()));
    assert_eq!(talks.during, None);
    // Without "lors de", no tie.
    let (_, found) = events(
        "La séance de négociations entre la Russie et l'Ukraine a eu lieu. L'Ukraine a proposé \
         d'adopter un statut neutre.",
    );
    assert!(found.iter().all(|e| e.during.is_none()));
}

#[test]
fn a_weekday_date_reads_back_from_json() {
    let e = one(
        " date 2022-03 Sergueï Lavrov et Dmytro Kouleba se sont rencontrés jeudi à Antalya.",
        EventKind::Meeting,
    );
    let json = serde_json::to_string(&e.date).expect("serialises");
    assert!(json.contains(r#""weekday":"thursday""#), "{json}");
    let back: Option<newsline_events::EventDate> = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, e.date);
}
