//! One construction per test, in French and English, through the whole
//! stack (document, gazetteer, time, events).

use newsline_doc::{read_text, Document};
use newsline_events::{EventExtractor, EventKind, EventMention, Modality, Role};
use newsline_gazetteer::Gazetteer;
use newsline_time::TimeRecognizer;

fn events(text: &str) -> (Document, Vec<EventMention>) {
    let doc = match read_text("t", text, "t.txt") {
        Ok(d) => d,
        Err(e) => panic!("test text does not read: {e}"),
    };
    let entities = Gazetteer::embedded().match_document(&doc);
    let timexes = TimeRecognizer::default().recognize(&doc);
    let found = EventExtractor::default().extract(&doc, &entities, &timexes);
    (doc, found)
}

fn one(text: &str, kind: EventKind) -> EventMention {
    let (_, found) = events(text);
    match found.into_iter().find(|e| e.kind == kind) {
        Some(e) => e,
        None => panic!("no {kind:?} in {text:?}"),
    }
}

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
fn statement_with_inverted_speaker_and_quote() {
    let (doc, found) = events("« La Russie a constamment menti », a déclaré Jens Stoltenberg.");
    let s = found.iter().find(|e| e.kind == EventKind::Statement);
    assert_eq!(s.and_then(|s| s.attributed_to.as_deref()), Some("person:jens-stoltenberg"));
    assert_eq!(
        s.and_then(|s| s.quote).map(|q| doc.span_text(q)),
        Some("« La Russie a constamment menti »")
    );
    // The speaker's own accusation is asserted, not a reported claim.
    let a = found.iter().find(|e| e.kind == EventKind::Accusation);
    assert_eq!(a.map(|a| a.modality), Some(Modality::Asserted));
}

#[test]
fn reported_withdrawal_and_its_source() {
    let (_, found) =
        events("Selon le ministère russe de la Défense, les troupes se retirent de Kiev.");
    let w = found.iter().find(|e| e.kind == EventKind::Withdrawal);
    assert_eq!(w.map(|w| w.modality), Some(Modality::Reported));
    assert!(w.and_then(|w| w.attributed_to.as_deref()).is_some());
}

#[test]
fn pronoun_speaker_is_the_last_one() {
    let (_, found) = events(
        "Volodymyr Zelensky a déclaré que rien n'avançait. « Nous ne céderons rien », a-t-il dit.",
    );
    let speakers: Vec<Option<&str>> = found
        .iter()
        .filter(|e| e.kind == EventKind::Statement)
        .map(|e| e.attributed_to.as_deref())
        .collect();
    assert_eq!(speakers, [Some("person:volodymyr-zelensky"), Some("person:volodymyr-zelensky")]);
}

#[test]
fn one_statement_per_speaker_per_sentence() {
    let (_, found) =
        events("M. Kuleba a déclaré qu'il partait, affirmant que tout dépendrait de Lavrov.");
    assert_eq!(found.iter().filter(|e| e.kind == EventKind::Statement).count(), 1);
}

#[test]
fn adjectival_participle_is_no_statement() {
    let (_, found) = events("Des pourparlers avec pour objectif déclaré de trouver une solution.");
    assert!(found.iter().all(|e| e.kind != EventKind::Statement));
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
fn context_words_gate_ambiguous_verbs() {
    let (_, found) = events("Le gouvernement veut réduire les impôts et renforcer la confiance.");
    assert!(
        found.iter().all(|e| !matches!(e.kind, EventKind::Withdrawal | EventKind::Deployment)),
        "{found:?}"
    );
}

#[test]
fn agent_nouns_are_not_events() {
    let (_, found) = events("Les négociateurs ukrainiens et le médiateur turc.");
    assert!(found.iter().all(|e| e.kind != EventKind::Meeting), "{found:?}");
}

#[test]
fn each_kind_has_a_french_trigger() {
    use EventKind::*;
    let cases = [
        ("Un appel téléphonique entre Macron et Poutine.", Call),
        ("Kiev propose un statut neutre.", Proposal),
        ("Un cessez-le-feu a été décrété.", Ceasefire),
        ("Les frappes russes continuent.", Attack),
        ("De nouvelles sanctions contre la Russie.", Sanction),
        ("Moscou accuse Kiev de provocations.", Accusation),
        ("Le Kremlin rejette la proposition.", Rejection),
        ("Moscou menace l'Occident.", Threat),
        ("L'évacuation des civils a commencé.", Humanitarian),
        ("La Crimée, annexée par la Russie.", Occupation),
        ("Le retrait des troupes russes.", Withdrawal),
        ("Le déploiement de troupes en Biélorussie.", Deployment),
        ("Kiev exige des garanties.", Demand),
        ("Un accord a été signé.", Agreement),
    ];
    for (text, kind) in cases {
        let (_, found) = events(text);
        assert!(found.iter().any(|e| e.kind == kind), "{kind:?} not found in {text:?}: {found:?}");
    }
}

#[test]
fn english_constructions() {
    let (_, found) = events("Russian and Ukrainian negotiators met in Istanbul, officials said. Russia would not withdraw its troops.");
    assert!(found.iter().any(|e| e.kind == EventKind::Meeting && e.modality == Modality::Asserted));
    let w = found.iter().find(|e| e.kind == EventKind::Withdrawal);
    assert_eq!(w.map(|w| w.modality), Some(Modality::Hypothetical));
}

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
fn ids_are_numbered_in_text_order() {
    let (_, found) = events("Les pourparlers et le cessez-le-feu.");
    let ids: Vec<&str> = found.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["t#0", "t#1"]);
}
