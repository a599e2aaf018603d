//! Lasting states: a war, a siege, an occupation began before the text that
//! names it, so the day of writing is no date of it; the country a war is
//! in takes part in it.

use newsline_events::{EventKind, Role};

use crate::support::events;

#[test]
fn the_war_in_a_country_is_undated_and_the_country_takes_part() {
    let (_, found) = events(
        " date 2022-03 Pour la première fois depuis le début de la guerre en Ukraine, les deux camps se parlent.",
    );
    let war = found.iter().find(|e| e.trigger.text == "guerre").expect("the war is found");
    assert_eq!(war.kind, EventKind::Attack);
    assert!(war.date.is_none(), "a war is not of the day of writing: {:?}", war.date);
    assert!(
        war.participants.iter().any(|p| p.entity == "iso:UA" && p.role == Role::Target),
        "{:?}",
        war.participants
    );
}

#[test]
fn a_strike_told_now_keeps_the_document_date() {
    // The contrast: a moment told in the present is of the day of writing.
    let (_, found) = events(" date 2022-03 Un bombardement frappe la ville de Kharkiv.");
    let strike = found.iter().find(|e| e.kind == EventKind::Attack).expect("the strike");
    assert_eq!(strike.date.as_ref().map(|d| d.value.as_str()), Some("2022-03"));
}

#[test]
fn a_country_met_in_before_the_war_is_not_its_theatre() {
    // "en Turquie" places the meeting, not the invasion.
    let (_, found) = events(
        "Les ministres russe et ukrainien se rencontrent jeudi en Turquie pour la première fois depuis l'invasion russe.",
    );
    let invasion = found.iter().find(|e| e.trigger.text == "invasion").expect("the invasion");
    assert!(invasion.participants.iter().all(|p| p.entity != "iso:TR"), "{invasion:?}");
}

#[test]
fn a_siege_is_not_dated_by_the_invasion_before_it() {
    let (_, found) = events(
        " date 2022-03 La Russie a envahi l'Ukraine le 24 février. \
         Les forces russes et ukrainiennes se battent autour des villes assiégées.",
    );
    let siege = found.iter().find(|e| e.trigger.text == "assiégées").expect("the siege");
    assert!(
        siege.date.as_ref().is_none_or(|d| d.value != "2022-02-24"),
        "the siege took the invasion's day: {:?}",
        siege.date
    );
}

#[test]
fn the_cold_war_and_the_world_wars_are_no_attack() {
    // Names of periods, in news: "depuis la Seconde Guerre mondiale".
    for text in [
        "C'est la première fois depuis la Seconde Guerre mondiale qu'un tel procès a lieu.",
        "Il a grandi en pleine Guerre froide.",
    ] {
        let (_, found) = events(text);
        assert!(found.iter().all(|e| e.kind != EventKind::Attack), "{text}: {found:?}");
    }
}
