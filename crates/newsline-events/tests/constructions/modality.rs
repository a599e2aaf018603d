//! Modality cues: negation, the conditional and "si" clauses, the
//! future, wishes and fears, demands, and what is awaited or invited.

use newsline_events::{EventKind, Modality, Role};

use crate::support::{events, one};

#[test]
fn negated_future_meeting() {
    let e =
        one(" date 2022-03 Les ministres ne se rencontreront pas mercredi.", EventKind::Meeting);
    assert_eq!(e.modality, Modality::Negated);
    // A negated event takes no document date.
    assert!(e.date.is_none() || e.date.as_ref().is_some_and(|d| d.value.starts_with("2022-03")));
}

#[test]
fn conditional_beats_negation() {
    let e = one(
        "L'Ukraine ne déploierait sur son territoire aucune base militaire étrangère.",
        EventKind::Deployment,
    );
    assert_eq!(e.modality, Modality::Hypothetical);
}

#[test]
fn if_clause_is_hypothetical() {
    let e = one("Si la Russie attaque l'Ukraine, les garants interviendront.", EventKind::Attack);
    assert_eq!(e.modality, Modality::Hypothetical);
    assert_eq!(
        e.participants.first().map(|p| (p.entity.as_str(), p.role)),
        Some(("iso:RU", Role::Actor))
    );
    assert!(e.participants.iter().any(|p| p.entity == "iso:UA" && p.role == Role::Target));
}

#[test]
fn whether_is_not_if() {
    for text in [
        "On ignore si la Russie a bombardé la ville.",
        "Il demande si la Russie a bombardé la ville.",
    ] {
        let e = one(text, EventKind::Attack);
        assert_ne!(e.modality, Modality::Hypothetical, "{text}");
    }
}

#[test]
fn demanded_agreement_is_hypothetical() {
    let e = one("Kiev réclame un accord international signé par dix pays.", EventKind::Agreement);
    assert_eq!(e.modality, Modality::Hypothetical);
    let d = one("Kiev réclame un accord international signé par dix pays.", EventKind::Demand);
    assert_eq!(d.modality, Modality::Asserted);
    assert_eq!(d.participants.first().map(|p| p.entity.as_str()), Some("iso:UA"));
}

#[test]
fn future_in_the_past_is_planned() {
    let e =
        one("L'Espagne a annoncé qu'elle enverrait des navires de guerre.", EventKind::Deployment);
    assert_eq!(e.modality, Modality::Planned);
}

#[test]
fn wishes_and_fears_in_any_inflection() {
    for text in [
        "Kiev réclamait un cessez-le-feu immédiat.",
        "Kiev souhaiterait un cessez-le-feu immédiat.",
        "Kiev insisterait auprès de Moscou sur un cessez-le-feu immédiat.",
        "Les Occidentaux craignent un cessez-le-feu fragile.",
        "Kyiv hoped for a ceasefire.",
    ] {
        assert_eq!(one(text, EventKind::Ceasefire).modality, Modality::Hypothetical, "{text}");
    }
    // Traps: "insiste sur le fait que" asserts; a wish does not reach past
    // "alors que" or into a noun's "que".
    let e = one(
        "La Russie insiste sur le fait que le déploiement de troupes est un exercice.",
        EventKind::Deployment,
    );
    assert_ne!(e.modality, Modality::Hypothetical);
    let e =
        one("Kiev exige des preuves que la Russie n'a pas bombardé la ville.", EventKind::Attack);
    assert_eq!(e.modality, Modality::Negated);
}

#[test]
fn quoted_wish_does_not_make_the_speech_hypothetical() {
    let (_, found) = events("« Il faut que les combats cessent », a déclaré Emmanuel Macron.");
    let s = found.iter().find(|e| e.kind == EventKind::Statement);
    assert_eq!(s.map(|s| s.modality), Some(Modality::Asserted));
    // Nor does a quoted negation make it negated.
    let (_, found) =
        events("« Ils ne sont pas au rendez-vous », a déclaré le président Emmanuel Macron.");
    let s = found.iter().find(|e| e.kind == EventKind::Statement);
    assert_eq!(s.map(|s| s.modality), Some(Modality::Asserted));
}

#[test]
fn split_s_il_and_any_are_hypothetical() {
    let e = one("S'il attaque l'Ukraine, la Russie paiera.", EventKind::Attack);
    assert_eq!(e.modality, Modality::Hypothetical);
    let e = one("Washington répondra à toute agression de la Russie.", EventKind::Attack);
    assert_eq!(e.modality, Modality::Hypothetical);
    let e = one("Washington will respond to any invasion by Russia.", EventKind::Attack);
    assert_eq!(e.modality, Modality::Hypothetical);
    // The trap: "toutes les attaques" are real ones.
    let e = one("Toutes les attaques russes ont été repoussées.", EventKind::Attack);
    assert_eq!(e.modality, Modality::Asserted);
}

#[test]
fn a_warning_worded_as_a_future_response_is_made_as_it_is_said() {
    let e = one("Les États-Unis répondront à toute agression de la Russie.", EventKind::Threat);
    assert_eq!(e.modality, Modality::Asserted);
    // A verb of threatening in the future is a threat still to come.
    let e = one("Les États-Unis menaceront la Russie de sanctions.", EventKind::Threat);
    assert_eq!(e.modality, Modality::Planned);
}

#[test]
fn possibility_clauses_and_discussion() {
    use Modality::*;
    let m = |text: &str, kind| one(text, kind).modality;
    assert_eq!(
        m("Il est possible que la Russie reconstitue ses forces.", EventKind::Deployment),
        Hypothetical
    );
    assert_eq!(
        m("Il est presque impossible que cette liste mène à une entente.", EventKind::Agreement),
        Hypothetical
    );
    assert_eq!(
        m("It is possible that Russia will regroup its forces.", EventKind::Deployment),
        Hypothetical
    );
    assert_eq!(
        m("Il est notamment question de l'évacuation de Marioupol.", EventKind::Humanitarian),
        Hypothetical
    );
    // Traps: a possibility after the event does not reach it.
    assert_eq!(
        m(
            "La Russie reconstitue ses forces, ce qui rend possible une offensive.",
            EventKind::Deployment
        ),
        Asserted
    );
}

#[test]
fn far_from_a_ceasefire_is_no_ceasefire() {
    let e = one("On est encore loin du cessez-le-feu.", EventKind::Ceasefire);
    assert_eq!(e.modality, Modality::Negated);
    let e = one("Le cessez-le-feu est loin d'être respecté.", EventKind::Ceasefire);
    assert_ne!(e.modality, Modality::Negated);
}

#[test]
fn a_noun_subject_of_a_conditional_under_a_reported_que_is_planned() {
    let e = one(
        "Antony Blinken a affirmé, après ses entretiens, que le dialogue avec Moscou se poursuivrait.",
        EventKind::Meeting,
    );
    // The first meeting mention is "entretiens"; the dialogue is planned.
    let (_, found) = events(
        "Antony Blinken a affirmé, après ses entretiens, que le dialogue avec Moscou se poursuivrait.",
    );
    let d = found.iter().find(|e| e.trigger.text == "dialogue");
    assert_eq!(d.map(|d| d.modality), Some(Modality::Planned));
    assert_eq!(e.modality, Modality::Asserted);
    // Without the reporting verb, the conditional is hypothetical.
    let (_, found) = events("Le dialogue avec Moscou se poursuivrait en cas d'accord.");
    let d = found.iter().find(|e| e.trigger.text == "dialogue");
    assert_eq!(d.map(|d| d.modality), Some(Modality::Hypothetical));
}

#[test]
fn awaited_invited_and_upcoming_events_are_planned() {
    let (_, found) = events("Les négociateurs ont dit attendre la réponse de Moscou.");
    let r = found.iter().find(|e| e.trigger.text == "réponse");
    assert_eq!(r.map(|e| e.modality), Some(Modality::Planned));
    let (_, found) = events("Jens Stoltenberg a invité la Russie à une nouvelle réunion.");
    let r = found.iter().find(|e| e.trigger.text == "réunion");
    assert_eq!(r.map(|e| e.modality), Some(Modality::Planned));
    let (_, found) =
        events("Après notre rencontre avec nos alliés dans les prochains jours, nous déciderons.");
    let r = found.iter().find(|e| e.trigger.text == "rencontre");
    assert_eq!(r.map(|e| e.modality), Some(Modality::Planned));
}
