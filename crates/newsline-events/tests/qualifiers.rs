//! Words that qualify another rather than tell an event of their own: a
//! bargaining advantage is no negotiation, the agent of a participle is a
//! party to the participle, a purpose is not a fact however long it runs.

use newsline_events::{EventKind, Modality};

use crate::support::{events, one};

#[test]
fn a_bargaining_advantage_is_no_negotiation() {
    let (_, found) =
        events("Ces demandes donnent à la Russie un avantage de négociation sur l'Occident.");
    assert!(found.iter().all(|e| e.kind != EventKind::Meeting), "{found:?}");
    // The noun alone still is.
    let (_, found) = events("La Russie et l'Ukraine ont repris la négociation à Istanbul.");
    assert!(found.iter().any(|e| e.kind == EventKind::Meeting), "{found:?}");
}

#[test]
fn the_agent_of_a_participle_is_not_a_party_to_the_verb() {
    let e = one(
        "Kiev réclame un accord international signé par 10 pays garants dont la France.",
        EventKind::Demand,
    );
    let who: Vec<&str> = e.participants.iter().map(|p| p.entity.as_str()).collect();
    assert!(who.contains(&"iso:UA"), "{who:?}");
    assert!(!who.contains(&"iso:FR"), "{who:?}");
}

#[test]
fn a_purpose_several_words_back_is_not_a_fact() {
    let e = one(
        "Le message n'est pas assez fort pour amener une nation géante à accepter la guerre.",
        EventKind::Attack,
    );
    assert_eq!(e.modality, Modality::Hypothetical);
    // "pour" before a noun opens no purpose: the war is there to solve.
    let e = one(
        "Des pourparlers ont commencé avec pour objectif déclaré de trouver une solution à la guerre en Ukraine.",
        EventKind::Attack,
    );
    assert_ne!(e.modality, Modality::Hypothetical);
    // Past a comma, the purpose no longer governs: the war is told.
    let e = one(
        "Pour amener les deux camps à se parler, la Turquie insiste, mais la guerre continue.",
        EventKind::Attack,
    );
    assert_ne!(e.modality, Modality::Hypothetical);
}

#[test]
fn a_party_compared_with_is_no_party() {
    let e = one(
        "La Russie mène un exercice militaire avec des alliés, comme le fait souvent l'OTAN.",
        EventKind::Deployment,
    );
    let who: Vec<&str> = e.participants.iter().map(|p| p.entity.as_str()).collect();
    assert!(who.contains(&"iso:RU"), "{who:?}");
    assert!(!who.contains(&"org:nato"), "{who:?}");
}

#[test]
fn the_object_of_another_verb_is_that_verbs_party() {
    let (_, found) = events(
        "La Russie insiste qu'il ne s'agit que d'un exercice militaire et n'a pas l'intention d'attaquer l'Ukraine.",
    );
    let drill = found.iter().find(|e| e.kind == EventKind::Deployment).expect("the drill");
    assert!(drill.participants.iter().all(|p| p.entity != "iso:UA"), "{drill:?}");
    let attack = found.iter().find(|e| e.kind == EventKind::Attack).expect("the attack");
    assert!(attack.participants.iter().any(|p| p.entity == "iso:UA"), "{attack:?}");
}
