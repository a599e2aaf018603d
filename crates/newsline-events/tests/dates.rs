//! How event mentions are dated by the expressions around them, through
//! the whole stack: weekdays kept when the document date is coarser, and
//! the day before a continuation.

use chrono::Weekday;
use newsline_events::EventKind;

use crate::support::one;

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
