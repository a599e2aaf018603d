//! Who says: the speaker of a statement trigger, the quote it utters, and
//! what a speaker stands for when it says "nous".
//!
//! A statement's speaker is read from the verb's construction, in order:
//! "selon X"; the complement of a speech noun ("la réponse américaine");
//! a subject clitic or pronoun, which resumes the last speaker
//! ([`Salience`]); inversion after a quote or a comma; else the nearest
//! speaker on the left within the verb's own clause.

use std::ops::Range;

use newsline_doc::{Document, Span};
use newsline_gazetteer::{EntityKind, Gazetteer, MentionKind};

use super::{is_nominal, is_person, is_person_or_body};
use crate::clause::{last_clause_break, span_of, word};
use crate::inputs::Ent;
use crate::lexicon::{Pos, TriggerMatch};

/// Who the text last spoke of, for pronouns: the last speaker of any kind
/// ("ils", "ces déclarations"), and the last person who spoke or opened a
/// sentence ("il", "elle": a person, not "les douanes américaines").
#[derive(Clone, Debug, Default)]
pub(crate) struct Salience {
    pub speaker: Option<String>,
    pub person: Option<String>,
}

impl Salience {
    /// "il", "elle", "je": a person ("a-t-il ajouté" after the customs
    /// spoke is the last person, not the customs).
    fn singular(&self) -> Option<String> {
        self.person.clone()
    }

    fn plural(&self) -> Option<String> {
        self.speaker.clone().or_else(|| self.person.clone())
    }
}

/// The person a sentence opens with, outside quotes and before any subject
/// pronoun: "Sergueï Lavrov, en revanche, a trouvé...", "Le porte-parole du
/// Kremlin, Dmitri Peskov, a indiqué...".
pub(crate) fn subject_person(
    doc: &Document,
    sentence: Range<usize>,
    ents: &[&Ent],
) -> Option<String> {
    let e = ents.iter().find(|e| doc.quote_containing(e.span).is_none())?;
    let opens = e.tokens.0 < sentence.start + 10
        && is_person(e)
        && !(sentence.start..e.tokens.0).any(|i| {
            matches!(word(doc, i), "il" | "elle" | "ils" | "elles" | "he" | "she" | "they" | "\"")
        });
    opens.then(|| e.actor.to_string())
}

/// Nouns of institutions that a demonym names a country's voice with: "la
/// diplomatie russe", "le gouvernement ukrainien".
const INSTITUTIONS: &[&str] = &[
    "diplomatie",
    "gouvernement",
    "presidence",
    "executif",
    "armee",
    "autorites",
    "administration",
    "chancellerie",
    "justice",
    "police",
    "marine",
    "government",
    "administration",
];

/// Whether a demonym speaks for its country: a group ("les négociateurs
/// ukrainiens", "les Américains") or an institution ("la diplomatie
/// russe"), not one person ("un marin iranien").
fn group_demonym(doc: &Document, e: &Ent) -> bool {
    let text = span_of(doc, e.tokens.0..e.tokens.1);
    let plural = doc.span_text(text).ends_with(['s', 'x']);
    let before = e.tokens.0.checked_sub(1).map_or("", |i| word(doc, i));
    plural || INSTITUTIONS.contains(&before)
}

/// Whether an entity is addressed rather than speaking: "a indiqué à
/// l'AFP", "a déclaré au Figaro".
fn addressee(doc: &Document, e: &Ent) -> bool {
    let back = |k: usize| e.tokens.0.checked_sub(k).map_or("", |i| word(doc, i));
    matches!(back(1), "a" | "au" | "aux" | "to")
        || (matches!(back(1), "l'" | "la" | "les") && back(2) == "a")
}

/// The speaker of a statement trigger.
pub(crate) fn find_speaker(
    doc: &Document,
    t: &TriggerMatch,
    sentence: Range<usize>,
    ents: &[&Ent],
    salience: &Salience,
) -> Option<String> {
    let speaker = |e: &&&Ent| {
        (e.can_speak()
            || (e.actor_kind == newsline_gazetteer::EntityKind::Country
                && e.how == MentionKind::Name))
            && !addressee(doc, e)
            && (e.how != MentionKind::Demonym || group_demonym(doc, e))
    };
    if t.pos == Pos::Preposition {
        // "selon X": X right after, past a determiner and a noun at most
        // ("selon les médiateurs turcs"); "selon certains analystes, …
        // la Russie" names no speaker.
        return ents
            .iter()
            .find(|e| e.tokens.0 >= t.tokens.end && e.tokens.0 <= t.tokens.end + 3 && speaker(e))
            .map(|e| e.actor.to_string());
    }
    // A speech noun ("l'annonce", "la promesse", "ces déclarations")
    // names its speaker after it: "de la part des Russes", "faite la
    // veille par Moscou", "la réponse américaine".
    if is_nominal(doc, t, &sentence) {
        let end = t.tokens.end;
        // The search stops at punctuation and at a new clause ("ces
        // déclarations interviennent alors que des pourparlers...").
        let by = (end..(end + 6).min(sentence.end)).find(|&i| {
            matches!(word(doc, i), "de" | "du" | "des" | "d'" | "par" | "by" | "of")
                || matches!(
                    word(doc, i),
                    "," | ";" | ":" | "\"" | "que" | "qu'" | "qui" | "alors" | "et" | "mais"
                )
        });
        let by = by
            .filter(|&i| matches!(word(doc, i), "de" | "du" | "des" | "d'" | "par" | "by" | "of"));
        // "la réponse américaine": a demonym right after the noun speaks,
        // even a singular one.
        let after = ents.iter().find(|e| {
            ((e.how == MentionKind::Demonym && e.tokens.0 == end && e.can_speak())
                || (speaker(e) && by.is_some_and(|b| e.tokens.0 > b && e.tokens.0 <= b + 4)))
                && ((e.how == MentionKind::Demonym && e.tokens.0 == end)
                    || by.is_some_and(|b| e.tokens.0 > b && e.tokens.0 <= b + 4))
        });
        if let Some(e) = after {
            return Some(e.actor.to_string());
        }
    }
    let after_clitic = word(doc, t.tokens.end);
    let before_clitic = t.tokens.start.checked_sub(1).map_or("", |i| word(doc, i));
    let singular = |w: &str| matches!(w, "-il" | "-t-il" | "-elle" | "-t-elle");
    let plural = |w: &str| matches!(w, "-ils" | "-t-ils" | "-elles" | "-t-elles");
    if singular(after_clitic) || singular(before_clitic) {
        return salience.singular();
    }
    if plural(after_clitic) || plural(before_clitic) {
        return salience.plural();
    }
    // A subject pronoun just before, with no speaker between it and the
    // verb: the last person for "il", "je" (in a quote, its speaker), the
    // last speaker for "ils", "nous" ("Poutine a insisté..., mais il a
    // précisé": Poutine, not the Ukraine named between).
    // Only for speech verbs: "je lis des propos" utters no statement.
    let near = if is_nominal(doc, t, &sentence) {
        t.tokens.start..t.tokens.start
    } else {
        t.tokens.start.saturating_sub(3).max(sentence.start)..t.tokens.start
    };
    let pronoun_at = |forms: &[&str]| near.clone().find(|&i| forms.contains(&word(doc, i)));
    let free = |p: usize| !ents.iter().any(|e| e.tokens.0 > p && e.tokens.1 <= t.tokens.start);
    if pronoun_at(&["il", "elle", "je", "j'", "he", "she", "i"]).is_some_and(free) {
        return salience.singular();
    }
    if pronoun_at(&["ils", "elles", "nous", "they", "we"]).is_some_and(free) {
        return salience.plural();
    }
    // An anaphoric speech noun ("ces déclarations", "sa réponse"): the
    // last speaker; "la réponse immunitaire" names none.
    let anaphoric = is_nominal(doc, t, &sentence)
        && t.tokens.start > sentence.start
        && matches!(
            word(doc, t.tokens.start - 1),
            "ces" | "cette" | "ce" | "sa" | "son" | "ses" | "leur" | "leurs" | "these" | "this"
        );
    if anaphoric {
        if let Some(s) = salience.plural() {
            return Some(s);
        }
    }
    // Inversion after a quote or a comma: "», a déclaré X", "a estimé X".
    let prev = (sentence.start..t.tokens.start).rev().map(|i| word(doc, i)).find(|w| {
        !matches!(
            *w,
            "a" | "ont"
                | "avait"
                | "avaient"
                | "ne"
                | "n'"
                | "pas"
                | "aussi"
                | "egalement"
                | "encore"
        )
    });
    let inverted = matches!(prev, Some("," | "\"" | "." | ")") | None);
    if inverted {
        let in_reach =
            |e: &&&Ent| e.tokens.0 >= t.tokens.end && e.tokens.0 <= t.tokens.end + 6 && speaker(e);
        // A named person or body beats the demonym before it: "le
        // négociateur ukrainien Oleksander Chaly".
        let right = ents
            .iter()
            .find(|e| in_reach(e) && is_person_or_body(e))
            .or_else(|| ents.iter().find(in_reach));
        let que = (t.tokens.end..right.map_or(t.tokens.end, |e| e.tokens.0))
            .any(|i| matches!(word(doc, i), "que" | "qu'"));
        if let Some(e) = right.filter(|_| !que) {
            return Some(e.actor.to_string());
        }
        // The speaker stands after the verb ("..., ont annoncé les services
        // d'incendie") but is no known entity: the countries and groups on
        // the left are not it; a person named before the quote may be.
        let named_after = matches!(
            word(doc, t.tokens.end),
            "le" | "la" | "l'" | "les" | "un" | "une" | "des" | "du" | "m." | "mme" | "the"
        );
        if named_after {
            return ents
                .iter()
                .rev()
                .find(|e| {
                    e.tokens.1 <= t.tokens.start
                        && is_person(e)
                        && doc.quote_containing(e.span).is_none()
                })
                .map(|e| e.actor.to_string());
        }
    }
    // The nearest speaker on the left, outside quotes (a long quote may sit
    // between subject and verb), a person or body before a demonym.
    // A colon or semicolon opens a clause with its own subject: "La BBC a
    // fait un résumé : l'Espagne a annoncé..." (Spain speaks); when the
    // verb's clause names a speaker, the search stays in it.
    let clause = last_clause_break(doc, sentence.start..t.tokens.start, &[":", ";"])
        .filter(|&i| {
            ents.iter().any(|e| e.tokens.0 > i && e.tokens.1 <= t.tokens.start && speaker(&e))
        })
        .map_or(sentence.start, |i| i + 1);
    let left_of = |e: &&&Ent| {
        e.tokens.0 >= clause
            && e.tokens.1 <= t.tokens.start
            && speaker(e)
            && doc.quote_containing(e.span).is_none()
    };
    let nearest_person = ents.iter().rev().find(|e| left_of(e) && is_person_or_body(e));
    let nearest = ents.iter().rev().find(left_of);
    let left = match (nearest_person, nearest) {
        (Some(p), Some(n)) if n.tokens.0 > p.tokens.1 + 8 => Some(n),
        (Some(p), _) => Some(p),
        (None, n) => n,
    };
    if let Some(e) = left {
        return Some(e.actor.to_string());
    }
    if t.pos == Pos::Noun && t.tokens.len() > 1 {
        return salience.plural();
    }
    None
}

/// The quote a statement utters: one in its sentence, or one that runs
/// across it.
pub(crate) fn statement_quote(doc: &Document, sentence: Span, t: &TriggerMatch) -> Option<Span> {
    let trigger = span_of(doc, t.tokens.clone());
    // Bytes between the quote and the trigger, on either side; the first
    // of the nearest quotes wins.
    let gap = |q: Span| {
        if q.end() <= trigger.start() {
            trigger.start() - q.end()
        } else {
            q.start().saturating_sub(trigger.end())
        }
    };
    doc.quotes()
        .iter()
        .filter(|q| q.depth == 0 && q.span.overlaps(sentence) && !q.span.contains(trigger))
        .min_by_key(|q| (gap(q.span), q.span.start()))
        .map(|q| q.span)
}

/// What a speaker stands for when it says "nous": the body or country of
/// a person's role at the document's date ("nous" in Stoltenberg's mouth
/// is NATO), else the person's country; `None` for other speakers.
pub(crate) fn affiliation(speaker: &str, doc: &Document, all: &[Ent]) -> Option<String> {
    // The demonym the text puts next to the person: "le négociateur
    // ukrainien Oleksander Chaly".
    let apposed = || {
        all.iter().filter(|m| m.actor == speaker && is_person(m)).find_map(|m| {
            all.iter()
                .find(|d| {
                    d.how == MentionKind::Demonym
                        && d.actor_kind == EntityKind::Country
                        && d.tokens.1 <= m.tokens.0
                        && m.tokens.0 - d.tokens.1 <= 1
                })
                .map(|d| d.actor.to_string())
        })
    };
    let Some(e) = Gazetteer::embedded().entity(speaker) else {
        return apposed();
    };
    if e.kind != EntityKind::Person {
        return None;
    }
    let role = match doc.date() {
        Some(d) => e
            .roles
            .iter()
            .max_by_key(|r| r.overlap_days(d.earliest(), d.latest()))
            .filter(|r| r.overlap_days(d.earliest(), d.latest()) > 0),
        None => None,
    };
    role.map(|r| r.of.clone()).or_else(|| e.country.clone()).or_else(apposed)
}
