//! Which words are triggers, and of which kind: context words that gate
//! an ambiguous word, agent nouns and judicial sentences that tell no
//! event, a noun without its context where its kind is already told.

use newsline_events::{EventKind, Modality};

use crate::support::{events, one};

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
fn ids_are_numbered_in_text_order() {
    let (_, found) = events("Les pourparlers et le cessez-le-feu.");
    let ids: Vec<&str> = found.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["t#0", "t#1"]);
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
fn a_violated_ceasefire_is_a_ceasefire_mention() {
    let e = one(
        " date 2022-05-02 Les deux camps s'accusent de violer la trêve conclue à Pâques.",
        EventKind::Ceasefire,
    );
    assert_eq!(e.trigger.text, "violer");
    // A verb whose object points back to ceasefires told before.
    let (_, found) = events(
        " date 2022-05-02 Une trêve locale a été conclue à Marioupol. L'armée a été accusée d'avoir violé ces accords.",
    );
    assert!(
        found.iter().any(|e| e.kind == EventKind::Ceasefire && e.trigger.text == "violé"),
        "{found:#?}"
    );
    // The traps: another agreement broken, a law broken.
    for text in [
        " date 2022-05-02 Pyongyang n'a cessé de violer les accords commerciaux.",
        " date 2022-05-02 Il a violé la loi électorale.",
    ] {
        let (_, found) = events(text);
        assert!(found.iter().all(|e| e.kind != EventKind::Ceasefire), "{text}: {found:#?}");
    }
}
