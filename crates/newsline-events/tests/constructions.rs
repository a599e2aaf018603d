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

fn who(e: &EventMention) -> Vec<&str> {
    e.participants.iter().map(|p| p.entity.as_str()).collect()
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
fn demonym_groups_speak() {
    let (_, found) = events("Les négociateurs ukrainiens ont expliqué leur proposition.");
    let s = found.iter().find(|e| e.kind == EventKind::Statement);
    assert_eq!(s.and_then(|s| s.attributed_to.as_deref()), Some("iso:UA"));
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
fn speech_nouns_name_their_speaker_after_them() {
    let (_, found) =
        events("Cet optimisme a été confirmé par l'annonce de la part des Russes d'un retrait.");
    let s = found.iter().find(|e| e.kind == EventKind::Statement);
    assert_eq!(s.and_then(|s| s.attributed_to.as_deref()), Some("iso:RU"));
    // The trap: a speech noun that no one utters is no statement.
    let (_, found) = events("Les patients ont présenté une forte réponse immunitaire.");
    assert!(found.iter().all(|e| e.kind != EventKind::Statement), "{found:?}");
}

#[test]
fn triggers_that_say_nothing_of_their_own() {
    let (_, found) = events("L'Espagne enverra des navires de guerre en mer Noire.");
    assert!(found.iter().all(|e| e.kind != EventKind::Attack), "{found:?}");
    let (_, found) = events("Kiev réclame un accord international signé par dix pays.");
    assert_eq!(found.iter().filter(|e| e.kind == EventKind::Agreement).count(), 1);
    let (_, found) = events("Ces messages suggèrent que Moscou veut gagner du temps.");
    assert!(found.iter().all(|e| e.kind != EventKind::Proposal), "{found:?}");
    let (_, found) = events("Russia suggested talks in Istanbul.");
    assert!(found.iter().any(|e| e.kind == EventKind::Proposal || e.kind == EventKind::Meeting));
}
