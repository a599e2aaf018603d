//! Entities in reach of a trigger that take no part in its event: a
//! demonym that only qualifies ("la frontière ukrainienne"), what a party
//! is compared with ("comme l'a fait Moscou"), the agent of a participle
//! ("un accord signé par dix pays"), and the object or complement of
//! another trigger of the sentence.

use std::ops::Range;

use newsline_doc::Document;
use newsline_gazetteer::MentionKind;

use super::is_person_or_body;
use crate::clause::word;
use crate::inputs::Ent;
use crate::lexicon::{Pos, TriggerMatch};
use crate::model::Participant;

/// Nouns that a demonym may qualify without naming an actor: "la frontière
/// ukrainienne", "le dossier ukrainien", "deux régions ukrainiennes".
const NON_ACTOR_NOUNS: &[&str] = &[
    "frontiere",
    "frontieres",
    "territoire",
    "territoires",
    "sol",
    "ville",
    "villes",
    "capitale",
    "region",
    "regions",
    "zone",
    "zones",
    "cote",
    "cotes",
    "dossier",
    "touristes",
    "station",
    "espace",
    "eaux",
    "port",
    "ports",
    "province",
    "provinces",
    "village",
    "villages",
    "localite",
    "localites",
    "border",
    "territory",
    "city",
    "cities",
    "region",
    "soil",
];

/// Whether a demonym only qualifies a place or a thing ("la frontière
/// ukrainienne"), or stands in apposition to a person or body that already
/// names the actor ("le ministre russe Sergueï Lavrov", "le président
/// ukrainien, Volodymyr Zelensky").
pub(super) fn idle_demonym(doc: &Document, e: &Ent, ents: &[&Ent]) -> bool {
    if e.how != MentionKind::Demonym {
        return false;
    }
    let before = e.tokens.0.checked_sub(1).map_or("", |i| word(doc, i));
    if NON_ACTOR_NOUNS.contains(&before) {
        return true;
    }
    let punctuation = |a: usize, b: usize| {
        a <= b && b - a <= 2 && (a..b).all(|i| matches!(word(doc, i), "," | "(" | ")"))
    };
    ents.iter().any(|x| {
        is_person_or_body(x)
            && (punctuation(e.tokens.1, x.tokens.0) || punctuation(x.tokens.1, e.tokens.0))
    })
}

/// Whether `e` is the subject of a comparison by a pro-verb ("comme le
/// fait souvent l'OTAN", "comme l'a fait Moscou", "as NATO does"): it is
/// compared with the party, not one.
pub(super) fn compared(doc: &Document, e: &Ent) -> bool {
    let before: Vec<&str> =
        (e.tokens.0.saturating_sub(6)..e.tokens.0).map(|i| word(doc, i)).collect();
    let Some(at) = before.iter().rposition(|w| matches!(*w, "comme" | "as")) else {
        return false;
    };
    let rest = &before[at + 1..];
    rest.iter().any(|w| matches!(*w, "fait" | "font" | "faisait" | "does" | "do" | "did"))
        && rest.iter().all(|w| !matches!(*w, "," | ";" | ":" | "."))
}

/// Whether `e` is the agent of a participle that qualifies the object of
/// the verb `t` ("Kiev réclame un accord signé par dix pays, dont la
/// France"): a party to the signing, not to the demand. Within the clause
/// only; a noun trigger's agent ("l'invasion menée par la Russie") is its
/// own.
pub(super) fn agent_of_participle(doc: &Document, t: &TriggerMatch, e: &Ent) -> bool {
    if matches!(t.pos, Pos::Noun | Pos::Preposition) || e.tokens.0 <= t.tokens.end + 2 {
        return false;
    }
    (t.tokens.end + 2..e.tokens.0)
        .rev()
        .take_while(|&i| !matches!(word(doc, i), "," | ";" | ":" | "." | "et" | "and"))
        .any(|i| {
            let before = word(doc, i - 1);
            matches!(word(doc, i), "par" | "by")
                && before.len() > 3
                && ["e", "es", "ee", "ees", "i", "is", "u", "us", "ed"]
                    .iter()
                    .any(|end| before.ends_with(end))
        })
}

/// Whether every mention of a participant in the sentence is the direct
/// object of another verb (of `verbs`, the sentence's verb triggers), past
/// a determiner at most, and nearer to it than to `t`: a party to that
/// verb's event.
pub(crate) fn object_elsewhere(
    doc: &Document,
    p: &Participant,
    t: &TriggerMatch,
    verbs: &[Range<usize>],
    ents: &[&Ent],
) -> bool {
    let mentions: Vec<&&Ent> = ents.iter().filter(|e| e.actor == p.entity).collect();
    let distance = |e: &Ent, r: &Range<usize>| {
        if e.tokens.0 >= r.end {
            e.tokens.0 - r.end
        } else {
            r.start.saturating_sub(e.tokens.1)
        }
    };
    !mentions.is_empty()
        && mentions.iter().all(|e| {
            verbs.iter().any(|r| {
                *r != t.tokens
                    && e.tokens.0 >= r.end
                    && distance(e, r) < distance(e, &t.tokens)
                    && (r.end..e.tokens.0).all(|i| {
                        matches!(word(doc, i), "l'" | "la" | "le" | "les" | "un" | "une" | "des")
                    })
            })
        })
}

/// Whether every mention of a participant in the sentence is the
/// complement right after another trigger (of `triggers`, the sentence's
/// nouns of `t`'s kind): then it is a party of that other event ("des
/// pourparlers ... qui projettent même une rencontre Poutine-Zelensky"),
/// not of `t`.
pub(crate) fn owned_elsewhere(
    doc: &Document,
    p: &Participant,
    t: &TriggerMatch,
    triggers: &[Range<usize>],
    ents: &[&Ent],
) -> bool {
    let gap = |e: &Ent, r: &Range<usize>| {
        if e.tokens.0 >= r.end {
            e.tokens.0 - r.end
        } else {
            r.start.saturating_sub(e.tokens.1)
        }
    };
    let mentions: Vec<&&Ent> = ents.iter().filter(|e| e.actor == p.entity).collect();
    !mentions.is_empty()
        && mentions.iter().all(|e| {
            let own = gap(e, &t.tokens);
            // Right after the other noun, past other names at most:
            // its complement ("rencontre Poutine-Zelensky").
            triggers.iter().any(|r| {
                *r != t.tokens
                    && e.tokens.0 >= r.end
                    && gap(e, r) < own
                    && (r.end..e.tokens.0).all(|i| {
                        matches!(word(doc, i), "-" | "et" | "and")
                            || ents.iter().any(|x| x.tokens.0 <= i && i < x.tokens.1)
                    })
            })
        })
}
