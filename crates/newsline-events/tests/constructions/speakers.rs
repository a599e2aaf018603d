//! Who says: the speaker of a statement by inversion, by subject or
//! pronoun, after a speech noun or a colon; one statement per speaker and
//! sentence; what "nous" in a quote stands for.

use newsline_events::{EventKind, Modality};

use super::who;
use crate::support::{events, one};

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
fn demonym_groups_speak() {
    let (_, found) = events("Les négociateurs ukrainiens ont expliqué leur proposition.");
    let s = found.iter().find(|e| e.kind == EventKind::Statement);
    assert_eq!(s.and_then(|s| s.attributed_to.as_deref()), Some("iso:UA"));
}

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
