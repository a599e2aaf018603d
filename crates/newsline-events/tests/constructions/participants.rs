//! Who does: the parties of an event and their roles, plural role
//! nominals, "son homologue", "entre X et Y", "les deux dirigeants", and
//! where the parties are found when the trigger's reach names none.

use newsline_events::{EventKind, Modality};

use super::who;
use crate::support::{events, one};

#[test]
fn meeting_between_two_ministers() {
    let e = one(
        " date 2022-03-10 Sergueï Lavrov et Dmytro Kouleba se rencontrent à Antalya.",
        EventKind::Meeting,
    );
    assert_eq!(e.trigger.text, "rencontrent");
    assert_eq!(e.modality, Modality::Asserted);
    let who: Vec<&str> = e.participants.iter().map(|p| p.entity.as_str()).collect();
    assert!(
        who.contains(&"person:sergey-lavrov") && who.contains(&"person:dmytro-kuleba"),
        "{who:?}"
    );
    assert!(e.location.is_some());
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2022-03-10"));
}

#[test]
fn plural_role_nominal_names_the_role_holders() {
    let e = one(
        " date 2022-03-10 Les chefs de la diplomatie russe et ukrainienne se rencontrent jeudi en Turquie.",
        EventKind::Meeting,
    );
    let w = who(&e);
    assert!(w.contains(&"person:sergey-lavrov") && w.contains(&"person:dmytro-kuleba"), "{w:?}");
    assert!(!w.contains(&"iso:RU") && !w.contains(&"iso:UA"), "{w:?}");
    // The trap: negation does not change who.
    let e = one(
        " date 2022-03-10 Les chefs de la diplomatie russe et ukrainienne ne se rencontreront pas.",
        EventKind::Meeting,
    );
    assert_eq!(e.modality, Modality::Negated);
    assert!(who(&e).contains(&"person:sergey-lavrov"), "{:?}", who(&e));
    // English: the head after the list.
    let e = one(
        " date 2022-03-10 The Russian and Ukrainian foreign ministers met in Antalya.",
        EventKind::Meeting,
    );
    assert_eq!(who(&e), ["person:sergey-lavrov", "person:dmytro-kuleba"]);
    // Without a plural role head, a demonym stays its country.
    let e = one(" date 2022-03-10 Les troupes russes attaquent Kharkiv.", EventKind::Attack);
    assert!(who(&e).contains(&"iso:RU"), "{:?}", who(&e));
}

#[test]
fn counterpart_brings_in_the_possessor() {
    let e = one(
        " date 2022-01 Antony Blinken a affirmé, après des entretiens avec son homologue russe Sergueï Lavrov, que rien n'était résolu.",
        EventKind::Meeting,
    );
    let w = who(&e);
    assert!(w.contains(&"person:antony-blinken") && w.contains(&"person:sergey-lavrov"), "{w:?}");
    // The demonym in apposition to Lavrov names no other actor.
    assert!(!w.contains(&"iso:RU"), "{w:?}");
}

#[test]
fn between_x_and_y_binds_the_parties() {
    let e = one(
        "Les pourparlers entre Kiev et Moscou continuent, selon le président français Emmanuel Macron.",
        EventKind::Meeting,
    );
    assert_eq!(who(&e), ["iso:UA", "iso:RU"]);
    let e = one(
        "Une éventuelle rencontre entre Joe Biden et Vladimir Poutine, estime Antony Blinken.",
        EventKind::Meeting,
    );
    assert_eq!(who(&e), ["person:joe-biden", "person:vladimir-putin"]);
    assert_eq!(e.modality, Modality::Hypothetical);
}

#[test]
fn place_demonyms_are_not_actors() {
    let e = one(
        "La Russie masse des troupes le long de la frontière ukrainienne.",
        EventKind::Deployment,
    );
    assert_eq!(who(&e), ["iso:RU"]);
}

#[test]
fn the_two_leaders_are_the_last_two_people_named() {
    let (_, found) = events(
        "Antony Blinken a parlé avec Sergueï Lavrov. Les deux ministres se sont rencontrés à Genève.",
    );
    let m = found.iter().find(|e| e.kind == EventKind::Meeting && e.trigger.text == "rencontrés");
    let w = m.map(who).unwrap_or_default();
    assert_eq!(w, ["person:antony-blinken", "person:sergey-lavrov"]);
}

#[test]
fn the_two_countries_are_the_last_two_named() {
    let (_, found) = events(
        "Des diplomates russes et américains se sont vus. La seconde série de discussions vise à examiner les dossiers entre les deux pays.",
    );
    let d = found.iter().find(|e| e.trigger.text == "discussions");
    let w = d.map(who).unwrap_or_default();
    assert!(w.contains(&"iso:RU") && w.contains(&"iso:US"), "{w:?}");
}

#[test]
fn the_parties_of_the_trigger_clause_come_first() {
    let e = one(
        "Sur l'éventualité d'une rencontre entre Joe Biden et Vladimir Poutine, Antony Blinken n'a pas fermé la porte.",
        EventKind::Rejection,
    );
    assert_eq!(who(&e), ["person:antony-blinken"]);
    let e = one(
        "Sur l'éventualité d'une rencontre entre Joe Biden et Vladimir Poutine, Antony Blinken n'a pas fermé la porte.",
        EventKind::Meeting,
    );
    assert_eq!(who(&e), ["person:joe-biden", "person:vladimir-putin"]);
}

#[test]
fn mediators_alone_are_no_parties() {
    let (_, found) = events(
        "Des pourparlers entre Moscou et Kiev ont eu lieu. Quatre heures de pourparlers qui ne continueront pas, selon les médiateurs turcs.",
    );
    let second = found.iter().filter(|e| e.trigger.text == "pourparlers").nth(1);
    let w = second.map(who).unwrap_or_default();
    assert!(w.contains(&"iso:RU") && w.contains(&"iso:UA") && w.contains(&"iso:TR"), "{w:?}");
}

#[test]
fn the_teller_of_a_military_act_is_not_its_actor() {
    let e = one(
        "Le porte-parole Jens Stoltenberg a souligné avoir constaté le départ de troupes russes.",
        EventKind::Withdrawal,
    );
    assert_eq!(e.modality, Modality::Reported);
    assert_eq!(who(&e), ["iso:RU"]);
}

#[test]
fn talking_after_a_call_is_a_call() {
    let (_, found) = events(
        "Emmanuel Macron et Vladimir Poutine se sont parlé pendant une heure. Auparavant, le président s'est entretenu avec Olaf Scholz.",
    );
    let e = found.iter().find(|e| e.trigger.text == "entretenu");
    assert_eq!(e.map(|e| e.kind), Some(EventKind::Call));
    // The trap: with a place, it is a meeting.
    let (_, found) = events(
        "Emmanuel Macron et Vladimir Poutine se sont parlé pendant une heure. Le président s'est entretenu à Berlin avec Olaf Scholz.",
    );
    let e = found.iter().find(|e| e.trigger.text == "entretenu");
    assert_eq!(e.map(|e| e.kind), Some(EventKind::Meeting));
}

#[test]
fn a_list_of_names_closed_by_et_is_one_clause() {
    let e = one(
        " date 2022-03-10 Sergueï Lavrov, Dmytro Kouleba et Mevlüt Cavusoglu se sont réunis jeudi.",
        EventKind::Meeting,
    );
    assert_eq!(
        who(&e),
        ["person:sergey-lavrov", "person:dmytro-kuleba", "person:mevlut-cavusoglu"]
    );
    // The trap: a comma after a pair closes the clause the pair stands in.
    let e = one(
        " date 2022-03-10 Sur une rencontre entre Joe Biden et Vladimir Poutine, Antony Blinken a refusé de se prononcer.",
        EventKind::Rejection,
    );
    assert_eq!(who(&e), ["person:antony-blinken"]);
}
