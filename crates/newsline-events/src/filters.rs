//! Which trigger matches tell an event of their own: a noun restating
//! another after a copula, an interview given to a medium, a reporting verb
//! that reports nothing, a participle qualifying its noun, a role marker.

use std::ops::Range;

use newsline_doc::Document;

use crate::clause::{past_participle, word, ACTIVE_AUXILIARIES};
use crate::inputs::Ent;
use crate::lexicon::{Pos, TriggerMatch};
use crate::model::EventKind;
use crate::roles;

/// Kinds of military acts, whose actor is rarely the person who tells of
/// them.
pub(crate) fn military(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Attack
            | EventKind::Deployment
            | EventKind::Withdrawal
            | EventKind::Occupation
            | EventKind::Ceasefire
    )
}

/// Whether a noun only restates, after a copula, an event of its kind the
/// sentence names before: "Cette réunion ... est la deuxième rencontre
/// entre les deux nations".
pub(crate) fn is_attribute(
    doc: &Document,
    t: &TriggerMatch,
    sentence: Range<usize>,
    triggers: &[TriggerMatch],
) -> bool {
    if t.pos != Pos::Noun {
        return false;
    }
    let lo = t.tokens.start.saturating_sub(4).max(sentence.start);
    let copula = (lo..t.tokens.start).find(|&i| {
        matches!(
            word(doc, i),
            "est" | "etait" | "sont" | "etaient" | "sera" | "seront" | "is" | "was"
        )
    });
    let Some(c) = copula else { return false };
    // Only determiners and ordinals between the copula and the noun.
    let plain = (c + 1..t.tokens.start).all(|i| {
        let w = word(doc, i);
        matches!(w, "la" | "le" | "l'" | "les" | "une" | "un" | "the" | "a" | "an")
            || w.ends_with("ieme")
            || matches!(w, "premier" | "premiere" | "seconde" | "second" | "derniere" | "dernier")
    });
    plain && triggers.iter().any(|o| o.kind == t.kind && o.tokens.end <= c)
}

/// Whether a meeting noun is an interview given to a medium: "dans un
/// entretien au Journal du Dimanche", "un entretien accordé à RFI" (but "un
/// entretien à Genève" is a meeting).
pub(crate) fn is_interview(
    doc: &Document,
    t: &TriggerMatch,
    sentence: Range<usize>,
    ents: &[&Ent],
) -> bool {
    if t.kind != EventKind::Meeting
        || t.pos != Pos::Noun
        || !matches!(word(doc, t.tokens.start), "entretien" | "entretiens" | "interview")
    {
        return false;
    }
    let next = word(doc, t.tokens.end);
    if matches!(next, "accorde" | "accordee" | "publie" | "diffuse" | "donne") {
        return true;
    }
    if !matches!(next, "a" | "au" | "aux" | "avec") || next == "avec" {
        return false;
    }
    // The next entity within three tokens: a place makes it a meeting.
    let place = ents
        .iter()
        .find(|e| e.tokens.0 > t.tokens.end && e.tokens.0 <= t.tokens.end + 3)
        .is_some_and(|e| e.place);
    t.tokens.end < sentence.end && !place
}

/// Whether a reporting verb reports speech here. A present participle
/// ("affirmant", "ajoutant") continues the statement before it; an
/// infinitive ("pour évoquer") reports nothing; a past participle without
/// an auxiliary is an adjective ("l'objectif déclaré").
pub(crate) fn is_speech_act(doc: &Document, t: &TriggerMatch, sentence: Range<usize>) -> bool {
    // "en réponse à" is a connective, not an answer given.
    if t.tokens.start > sentence.start
        && word(doc, t.tokens.start - 1) == "en"
        && word(doc, t.tokens.start).starts_with("reponse")
    {
        return false;
    }
    if t.pos != Pos::Verb || t.tokens.len() != 1 || roles::is_nominal(doc, t, &sentence) {
        return true;
    }
    let w = word(doc, t.tokens.start);
    if w.len() > 5 && w.ends_with("ant") {
        return false;
    }
    if matches!(w.get(w.len().saturating_sub(2)..), Some("er" | "ir")) || w == "dire" {
        return false;
    }
    if past_participle(doc, t.tokens.start) {
        // "a déclaré", "a-t-il souligné", "avait dit", "est confirmé".
        let aux = (t.tokens.start.saturating_sub(3).max(sentence.start)..t.tokens.start).any(|i| {
            matches!(
                word(doc, i),
                "a" | "ont"
                    | "avait"
                    | "avaient"
                    | "aurait"
                    | "auraient"
                    | "aura"
                    | "est"
                    | "sont"
                    | "ai"
                    | "avons"
                    | "avez"
            )
        });
        return aux;
    }
    true
}

/// Whether a trigger says nothing of its own:
/// - a participle that only qualifies the noun of the same kind just
///   before it ("un accord international signé", "les accords conclus");
/// - "guerre" in a compound noun ("navires de guerre", "crimes de
///   guerre"), which names no fighting;
/// - "suggérer que", which means "indicate", not "propose";
/// - "selon" before a speech noun ("selon un communiqué"), where the noun
///   is the statement.
pub(crate) fn spurious(
    doc: &Document,
    t: &TriggerMatch,
    before: &[TriggerMatch],
    after: &[TriggerMatch],
) -> bool {
    let first = word(doc, t.tokens.start);
    let prev = t.tokens.start.checked_sub(1).map_or("", |i| word(doc, i));
    let same_noun_before = before.last().is_some_and(|b| {
        b.kind == t.kind
            && b.pos == Pos::Noun
            && t.pos != Pos::Noun
            && t.tokens.start - b.tokens.end <= 2
            && !(b.tokens.end..t.tokens.start)
                .any(|i| matches!(word(doc, i), "," | ";" | ":" | "\"" | "et"))
    });
    let compound = t.kind == EventKind::Attack
        && matches!(first, "guerre" | "guerres")
        && matches!(prev, "de" | "d'");
    let suggests = t.kind == EventKind::Proposal
        && (first.starts_with("sugger") || first.starts_with("suggest"))
        && matches!(word(doc, t.tokens.end), "que" | "qu'" | "that");
    let selon_noun = t.pos == Pos::Preposition
        && after.first().is_some_and(|a| {
            a.kind == EventKind::Statement
                && a.pos == Pos::Noun
                && a.tokens.start <= t.tokens.end + 1
        });
    // "l'accusé", "les invités", "les blessés": a past participle after a
    // determiner is a noun, the person, not the act.
    let verbal = matches!(t.pos, Pos::Verb | Pos::Participle);
    // "l'attaquant", "les manifestants": a present participle after a
    // determiner is a noun too.
    let agent = verbal && first.len() > 5 && first.ends_with("ant");
    let participle = verbal
        && (past_participle(doc, t.tokens.start)
            || matches!(first, "offert" | "offerte" | "offerts" | "offertes"));
    let nominal = (participle || agent)
        && matches!(
            prev,
            "le" | "la"
                | "l'"
                | "les"
                | "un"
                | "une"
                | "des"
                | "du"
                | "au"
                | "aux"
                | "ces"
                | "cet"
                | "cette"
                | "son"
                | "sa"
                | "ses"
                | "leur"
                | "leurs"
                | "parmi"
        );
    // "les modèles proposés", "Invitée de BFMTV", "des villages menacés",
    // "l'asile offert aux Hongkongais": without an auxiliary of the active
    // voice, the participle of an offer or a threat is an adjective; so is
    // its present participle ("deux moteurs proposant 150 ch").
    let present = verbal && first.len() > 5 && first.ends_with("ant");
    let adjectival = (participle || (present && t.kind == EventKind::Proposal))
        && matches!(t.kind, EventKind::Proposal | EventKind::Threat)
        && !(t.tokens.start.saturating_sub(3)..t.tokens.start)
            .any(|i| ACTIVE_AUXILIARIES.contains(&word(doc, i)));
    // "leur intention de renforcer leur présence militaire": the
    // intention is that of the event after it, not an offer.
    let intent = t.kind == EventKind::Proposal
        && first == "intention"
        && after.first().is_some_and(|a| a.tokens.start <= t.tokens.end + 1);
    // "la Lotus Exige": a capitalised verb form inside a sentence is a
    // name.
    let capitalised = verbal
        && t.tokens.start > 0
        && !matches!(prev, "" | "." | "\"" | ":" | "(" | "-" | "!" | "?")
        && doc
            .tokens()
            .get(t.tokens.start)
            .is_some_and(|tok| doc.token_text(tok).starts_with(|c: char| c.is_uppercase()));
    same_noun_before
        || compound
        || suggests
        || selon_noun
        || nominal
        || adjectival
        || intent
        || capitalised
}

/// Whether the trigger only marks a role ("sous la médiation de X").
pub(crate) fn is_role_marker(doc: &Document, t: &TriggerMatch) -> bool {
    let before: Vec<&str> =
        (t.tokens.start.saturating_sub(2)..t.tokens.start).map(|i| word(doc, i)).collect();
    matches!(before.as_slice(), ["sous", "la" | "l'"]) || before.last() == Some(&"sous")
}
