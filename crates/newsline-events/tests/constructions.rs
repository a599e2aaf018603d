//! One construction per test, in French and English, through the whole
//! stack (document, gazetteer, time, events).

use newsline_events::{EventKind, EventMention, Modality, Role};

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

// ---- Ambiguous words of general news: context words and exclusions.

fn kinds_of(text: &str) -> Vec<EventKind> {
    events(text).1.into_iter().map(|e| e.kind).collect()
}

#[test]
fn ambiguous_words_need_their_military_context() {
    use EventKind::*;
    // Withdrawal: troops, not a candidate or a product.
    assert!(kinds_of("La candidate a annoncé son retrait de la course.")
        .iter()
        .all(|k| *k != Withdrawal));
    assert!(kinds_of("Le retrait des troupes russes a commencé.").contains(&Withdrawal));
    assert!(kinds_of("Elle s'est retirée de la vie publique.").iter().all(|k| *k != Withdrawal));
    // Deployment: soldiers, not protesters or an app.
    assert!(kinds_of("La mobilisation des gilets jaunes continue.")
        .iter()
        .all(|k| *k != Deployment));
    assert!(kinds_of("Le gouvernement va déployer l'application de traçage.")
        .iter()
        .all(|k| *k != Deployment));
    assert!(kinds_of("La Russie mobilise des réservistes.").contains(&Deployment));
    // Attack: a football shot, an earthquake, animals and words are none.
    assert!(kinds_of("Sa frappe du gauche a touché la barre.").iter().all(|k| *k != Attack));
    assert!(kinds_of("Un séisme vient de frapper l'Indonésie.").iter().all(|k| *k != Attack));
    assert!(kinds_of("Les requins attaquent les surfeurs.").iter().all(|k| *k != Attack));
    assert!(kinds_of("Le virus s'attaque aux poumons.").iter().all(|k| *k != Attack));
    assert!(kinds_of("Des frappes aériennes russes ont touché Alep.").contains(&Attack));
    assert!(kinds_of("Les militaires russes visent la capitale.").contains(&Attack));
    assert!(kinds_of("Les sanctions visent à punir Moscou.").iter().all(|k| *k != Attack));
    // Threat: "at risk" is no threat; a threat made is one.
    assert!(kinds_of("Des emplois menacés chez Air France.").iter().all(|k| *k != Threat));
    assert!(kinds_of("Donald Trump a menacé de fermer les réseaux sociaux.").contains(&Threat));
    // Proposal: products on offer are none.
    assert!(kinds_of("La berline est proposée avec deux moteurs.").iter().all(|k| *k != Proposal));
    assert!(kinds_of("Deux moteurs proposant 150 ch.").iter().all(|k| *k != Proposal));
    assert!(kinds_of("Kiev a proposé un cessez-le-feu.").contains(&Proposal));
    // Meeting: "rencontrer un succès" is no meeting.
    assert!(kinds_of("La vente a rencontré un franc succès.").iter().all(|k| *k != Meeting));
    // Call: "je vous parle" is no call; "se sont parlé" is one.
    assert!(kinds_of("Au moment où je vous parle, rien n'a changé.").iter().all(|k| *k != Call));
    assert!(kinds_of("Emmanuel Macron et Vladimir Poutine se sont parlé.").contains(&Call));
    // Demand: "se demander" wonders; a car named Exige demands nothing.
    assert!(kinds_of("On se demandait s'il fallait partir.").iter().all(|k| *k != Demand));
    assert!(kinds_of("Le moteur de la Lotus Exige est puissant.").iter().all(|k| *k != Demand));
    // Occupation: of hospital beds is none; of a territory is one.
    assert!(kinds_of("L'occupation des lits atteint 95 %.").iter().all(|k| *k != Occupation));
    assert!(kinds_of("L'occupation du territoire par l'armée russe.").contains(&Occupation));
    // A kick-off sends no troops; a striker attacks nobody.
    assert!(kinds_of("Il a donné le coup d'envoi du défilé.").iter().all(|k| *k != Deployment));
    assert!(kinds_of("L'attaquant de Manchester United a marqué.").iter().all(|k| *k != Attack));
    // Statement: insurance and tax returns say nothing.
    assert!(kinds_of("Le régime d'assurance-chômage est en déficit.")
        .iter()
        .all(|k| *k != Statement));
    assert!(kinds_of("Les déclarations d'impôts de Donald Trump restent secrètes.")
        .iter()
        .all(|k| *k != Statement));
    // "se met à parler" calls nobody; "s'occuper de" occupies nothing.
    assert!(kinds_of("Il se met à parler de ses vacances.").iter().all(|k| *k != Call));
    assert!(kinds_of("La DGSI s'occupe de tout le territoire.").iter().all(|k| *k != Occupation));
    // People gathering on beaches are no troops.
    assert!(kinds_of("Les Britanniques se sont regroupés sur les plages.")
        .iter()
        .all(|k| *k != Deployment));
    // English: a warning of consequences is a threat, a warning to
    // drivers is not.
    assert!(kinds_of("Washington warned Moscow of severe consequences.").contains(&Threat));
    assert!(kinds_of("The police warned drivers about ice.").iter().all(|k| *k != Threat));
}

#[test]
fn a_participle_after_a_determiner_is_a_noun() {
    use EventKind::*;
    assert!(kinds_of("L'accusé a été entendu par le juge.").iter().all(|k| *k != Accusation));
    assert!(kinds_of("Les invités de l'émission sont arrivés.").iter().all(|k| *k != Proposal));
    // The trap: the verb is an event.
    assert!(kinds_of("Moscou a accusé Kiev de provocations.").contains(&Accusation));
}

#[test]
fn judicial_sentences_are_no_accusations() {
    use EventKind::*;
    assert!(kinds_of("Il a été condamné à cinq ans de prison.").iter().all(|k| *k != Accusation));
    assert!(kinds_of("Plusieurs pays ont condamné la répression.").contains(&Accusation));
}

#[test]
fn a_noun_without_its_context_counts_where_its_kind_is_told() {
    use EventKind::*;
    let (_, found) = events("Kiev a proposé un statut neutre. Moscou doit répondre à cette offre.");
    assert_eq!(found.iter().filter(|e| e.kind == Proposal).count(), 2, "{found:?}");
    // The trap: no proposal told, no offer.
    assert!(kinds_of("Moscou doit répondre à cette offre.").iter().all(|k| *k != Proposal));
    // Nor does an indefinite noun refer back.
    assert!(
        kinds_of("Kiev a proposé un statut neutre. Il a trouvé une offre d'emploi.")
            .iter()
            .filter(|k| **k == Proposal)
            .count()
            == 1
    );
}

#[test]
fn a_negated_concession_is_a_refusal() {
    let e = one("« Nous ne céderons rien », a déclaré Volodymyr Zelensky.", EventKind::Rejection);
    assert_ne!(e.modality, Modality::Negated);
    assert_ne!(e.modality, Modality::Planned);
    // Traps: an unnegated concession, and "ne pas céder à la panique".
    assert!(kinds_of("Il a cédé sa place à son fils.").iter().all(|k| *k != EventKind::Rejection));
    assert!(kinds_of("Il ne faut pas céder à la panique.")
        .iter()
        .all(|k| *k != EventKind::Rejection));
}

// ---- Speakers.

fn speakers(text: &str) -> Vec<Option<String>> {
    events(text)
        .1
        .into_iter()
        .filter(|e| e.kind == EventKind::Statement)
        .map(|e| e.attributed_to)
        .collect()
}

#[test]
fn a_pronoun_subject_is_the_last_person_not_a_country_between() {
    // One statement per speaker per sentence: "il" is Putin again.
    let s = speakers(
        "Vladimir Poutine a insisté sur la crise en Ukraine, mais il a précisé que rien n'était fait.",
    );
    assert_eq!(s, [Some("person:vladimir-putin".to_string())]);
    // "il" names a person: not the customs that spoke last.
    let s = speakers(
        "Sergueï Lavrov a parlé. Les douanes américaines ont annoncé une saisie. Il a ajouté que tout allait bien.",
    );
    assert_eq!(s.last(), Some(&Some("person:sergey-lavrov".to_string())));
}

#[test]
fn an_addressee_is_not_the_speaker() {
    let s = speakers("Le bilan est lourd, a indiqué à l'AFP le porte-parole du tribunal.");
    assert!(s.iter().all(|x| x.as_deref() != Some("org:afp")), "{s:?}");
    let s = speakers("The toll is heavy, the spokesman told Reuters.");
    assert!(s.iter().all(|x| x.as_deref() != Some("org:reuters")), "{s:?}");
}

#[test]
fn an_unknown_speaker_after_the_verb_takes_no_country_from_the_left() {
    let s = speakers(
        "Un glissement de terrain a tué 113 mineurs en Birmanie, ont annoncé les services d'incendie.",
    );
    assert!(s.is_empty(), "{s:?}");
    // The trap: a known speaker after the verb.
    let s = speakers("Les combats continuent en Ukraine, a déclaré Jens Stoltenberg.");
    assert_eq!(s, [Some("person:jens-stoltenberg".to_string())]);
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
fn after_a_colon_the_speaker_is_the_subject_of_its_own_clause() {
    let (_, found) = events(
        " date 2022-01 La BBC a fait un résumé des mouvements : l'Espagne a annoncé qu'elle \
         enverrait des navires.",
    );
    let said = found.iter().find(|e| e.kind == EventKind::Statement).expect("a statement");
    assert_eq!(said.attributed_to.as_deref(), Some("iso:ES"));
    // Told by the BBC: reported, and not of the document's day.
    assert_eq!(said.modality, Modality::Reported);
    assert_eq!(said.date, None);
    // Without another speaker's clause before it, the speech is the
    // writer's: a headline's place names no speaker.
    let (_, found) =
        events(" date 2022-01 Ukraine : Volodymyr Zelensky a déclaré la mobilisation.");
    let said = found.iter().find(|e| e.kind == EventKind::Statement).expect("a statement");
    assert_eq!(said.attributed_to.as_deref(), Some("person:volodymyr-zelensky"));
    assert_eq!(said.modality, Modality::Asserted);
}

#[test]
fn a_demonym_speaks_for_a_group_not_for_one_person() {
    let s = speakers("Le pont a cédé, explique un marin iranien.");
    assert!(s.is_empty(), "{s:?}");
    let s = speakers("La proposition est sérieuse, ont expliqué les négociateurs ukrainiens.");
    assert_eq!(s, [Some("iso:UA".to_string())]);
    // After a speech noun, a singular demonym is the speaker.
    let (_, found) = events("Il faudra attendre la réponse américaine.");
    let r = found.iter().find(|e| e.kind == EventKind::Statement);
    assert_eq!(r.and_then(|e| e.attributed_to.as_deref()), Some("iso:US"));
}

#[test]
fn a_first_person_speech_verb_in_a_quote_is_the_quoted_speaker_reporting() {
    let (_, found) = events(
        "Antony Blinken a parlé à la presse. « Je lui ai dit que nous partagerions nos idées. »",
    );
    let s = found.iter().find(|e| e.kind == EventKind::Statement && e.trigger.text == "dit");
    assert_eq!(s.and_then(|e| e.attributed_to.as_deref()), Some("person:antony-blinken"));
    assert_eq!(s.map(|e| e.modality), Some(Modality::Reported));
}

#[test]
fn we_in_a_quote_is_the_speaker_and_what_it_stands_for() {
    let e = one(
        "« Nous nous battrons pour chaque mètre de notre territoire », a déclaré Volodymyr Zelensky.",
        EventKind::Attack,
    );
    let w = who(&e);
    assert!(w.contains(&"iso:UA") && w.contains(&"person:volodymyr-zelensky"), "{w:?}");
    let e = one("\"We will attack their positions,\" Volodymyr Zelensky said.", EventKind::Attack);
    assert!(who(&e).contains(&"iso:UA"), "{:?}", who(&e));
}

// ---- What is reported.

#[test]
fn selon_scopes_its_clause_and_its_source_is_no_party() {
    let e =
        one("Pas d'avancée dans les négociations, selon Jean-Yves Le Drian.", EventKind::Meeting);
    // The negotiations are presupposed, not claimed; Le Drian told of them.
    assert_eq!(e.modality, Modality::Asserted);
    assert!(!who(&e).contains(&"person:jean-yves-le-drian"), "{:?}", who(&e));
    // "selon" in a clause of its own does not reach the talks before.
    let e = one(
        "Les pourparlers ne continueront pas car les progrès sont significatifs selon les médiateurs turcs.",
        EventKind::Meeting,
    );
    assert_ne!(e.modality, Modality::Reported);
    // The trap: a verb in its scope is reported.
    let e =
        one("Les troupes russes se retirent de Kiev, selon le Pentagone.", EventKind::Withdrawal);
    assert_eq!(e.modality, Modality::Reported);
    let e = one(
        "Russian troops are withdrawing from Kyiv, according to the Pentagon.",
        EventKind::Withdrawal,
    );
    assert_eq!(e.modality, Modality::Reported);
}

#[test]
fn the_complement_of_a_speech_noun_is_reported() {
    let e = one(
        "Cet optimisme a été confirmé par l'annonce de la part des Russes, d'un retrait de leurs troupes.",
        EventKind::Withdrawal,
    );
    assert_eq!(e.modality, Modality::Reported);
    // Hearsay nouns too.
    let e = one(
        "Des informations selon lesquelles la Russie envoie des troupes en Biélorussie circulent.",
        EventKind::Deployment,
    );
    assert_eq!(e.modality, Modality::Reported);
    let e = one("There are reports that Russia sent troops to Belarus.", EventKind::Deployment);
    assert_eq!(e.modality, Modality::Reported);
}

#[test]
fn what_an_accusation_says_is_a_claim() {
    let e = one("La Russie est accusée d'avoir bombardé la ville.", EventKind::Attack);
    assert_eq!(e.modality, Modality::Reported);
}

#[test]
fn a_closed_quote_or_an_appositive_relative_ends_what_a_verb_reports() {
    let e = one(
        "Il a ajouté que « tout va bien », tout en mettant en garde contre les élites occidentales.",
        EventKind::Accusation,
    );
    assert_eq!(e.modality, Modality::Asserted);
    let e = one(
        "Lavrov a déclaré vouloir parler de la Roumanie et de la Bulgarie, les pays qui ont rejoint l'Otan en 2004.",
        EventKind::Agreement,
    );
    assert_eq!(e.modality, Modality::Asserted);
    // The trap: what follows "que" is reported.
    let e = one("Lavrov a déclaré que la Roumanie avait rejoint l'Otan.", EventKind::Agreement);
    assert_eq!(e.modality, Modality::Reported);
}

// ---- Modality cues.

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

// ---- Dates.

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

// ---- Participants and coreference.

#[test]
fn an_interview_is_no_meeting() {
    let (_, found) =
        events("Jean-Yves Le Drian s'est exprimé dans un entretien au Journal du Dimanche.");
    assert!(found.iter().all(|e| e.kind != EventKind::Meeting), "{found:?}");
    // The trap: a meeting in a place.
    let (_, found) = events("Sergueï Lavrov a eu un entretien à Genève avec Antony Blinken.");
    assert!(found.iter().any(|e| e.kind == EventKind::Meeting), "{found:?}");
}

#[test]
fn a_predicate_noun_restates_the_event() {
    let (_, found) = events(
        "Cette réunion entre diplomates russes et américains est la deuxième rencontre entre les deux nations.",
    );
    assert_eq!(found.iter().filter(|e| e.kind == EventKind::Meeting).count(), 1, "{found:?}");
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
