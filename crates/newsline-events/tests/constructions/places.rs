//! Where: the place of an event, and the places that belong to another
//! word of its sentence.

use newsline_events::EventKind;

use crate::support::one;

#[test]
fn a_city_introduced_by_its_noun_is_a_place() {
    let e = one(
        " date 2022-03-10 Un hôpital a été bombardé mercredi dans la ville assiégée de Kharkiv.",
        EventKind::Attack,
    );
    assert_eq!(e.location.as_deref(), Some("geonames:706483"));
    let e = one(
        " date 2022-03-10 Shelling continued on Wednesday in the city of Kharkiv.",
        EventKind::Attack,
    );
    assert_eq!(e.location.as_deref(), Some("geonames:706483"));
}

#[test]
fn a_country_after_a_settlement_noun_is_no_place() {
    // "chaque région de France": where the delegates come from, not where
    // they meet.
    let e = one(
        " date 2022-03-10 Des élus venus de chaque région de France se réuniront lundi.",
        EventKind::Meeting,
    );
    assert_eq!(e.location, None);
}

#[test]
fn the_theatre_of_a_war_is_the_wars_alone() {
    let e = one(
        " date 2022-03-10 Les discussions entre Paris et Berlin portent sur des problèmes tels que le conflit en Ukraine.",
        EventKind::Meeting,
    );
    assert_eq!(e.location, None);
    // Named again, the war keeps its theatre.
    let (_, found) = crate::support::events(
        " date 2022-03-10 Les partisans de la guerre en Irak ont justifié l'invasion par des armes introuvables.",
    );
    let invasion = found.iter().find(|e| e.trigger.text == "invasion");
    assert_eq!(invasion.and_then(|e| e.location.as_deref()), Some("iso:IQ"), "{found:#?}");
    // A place of the sentence's own still counts.
    let e = one(
        " date 2022-03-10 Les discussions sur la guerre en Ukraine ont repris lundi à Genève.",
        EventKind::Meeting,
    );
    assert!(e.location.as_deref().is_some_and(|l| l.starts_with("geonames:")), "{e:?}");
}

#[test]
fn a_place_belongs_to_the_nearest_event() {
    // The hospital was struck in Kharkiv; the talks are not there.
    let e = one(
        " date 2022-03-10 Des pourparlers ont lieu jeudi, au lendemain du bombardement d'un hôpital dans la ville de Kharkiv.",
        EventKind::Meeting,
    );
    assert_eq!(e.location, None);
    // Talks share their place with what is agreed in them.
    let e = one(
        " date 2022-03-10 Ils s'appuient sur les accords conclus lors des discussions à Genève.",
        EventKind::Agreement,
    );
    assert_eq!(e.location.as_deref(), Some("geonames:2660646"));
    // A place heading the sentence frames all of it.
    let e = one(
        " date 2022-03-10 À Kharkiv, bombardements, pillages et menaces sont quotidiens.",
        EventKind::Threat,
    );
    assert_eq!(e.location.as_deref(), Some("geonames:706483"));
}
