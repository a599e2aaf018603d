//! What is reported: the scope of "selon" and of reporting verbs and
//! nouns, and where a quote or an appositive relative ends it.

use newsline_events::{EventKind, Modality};

use super::who;
use crate::support::{events, one};

#[test]
fn reported_withdrawal_and_its_source() {
    let (_, found) =
        events("Selon le ministère russe de la Défense, les troupes se retirent de Kiev.");
    let w = found.iter().find(|e| e.kind == EventKind::Withdrawal);
    assert_eq!(w.map(|w| w.modality), Some(Modality::Reported));
    assert!(w.and_then(|w| w.attributed_to.as_deref()).is_some());
}

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

#[test]
fn the_nearest_reporting_word_is_the_source() {
    // Jens Stoltenberg reports; the promise, and the quoted words it
    // governs, are Moscow's.
    let e = one(
        " date 2022-04-02 Le porte-parole de l'Otan, Jens Stoltenberg, avait souligné plus tôt avoir vu des colonnes partir, mais « pas de changement réel », contrairement à la promesse faite la veille par Moscou de « retirer » ses troupes du Donbass.",
        EventKind::Withdrawal,
    );
    assert_eq!(e.modality, Modality::Reported);
    assert_eq!(e.attributed_to.as_deref(), Some("iso:RU"));
}
