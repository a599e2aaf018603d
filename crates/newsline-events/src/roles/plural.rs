//! Plural nominals that stand for actors the text names elsewhere: a role
//! head completed by a list of demonyms ("les chefs de la diplomatie russe
//! et ukrainienne"), "les deux dirigeants", "les deux pays".
//!
//! The role holders come from the embedded gazetteer's dated roles, read
//! at the document's date, because the gazetteer links role nominals only
//! in the singular.

use std::ops::Range;

use chrono::NaiveDate;
use newsline_doc::Document;
use newsline_gazetteer::{EntityKind, Gazetteer, MentionKind};

use crate::clause::word;
use crate::inputs::Ent;
use crate::lexicon::TriggerMatch;

/// Plural role heads that a list of demonyms completes: "les chefs de la
/// diplomatie russe et ukrainienne" (French, head first), "the Russian and
/// Ukrainian foreign ministers" (English, head last); with the gazetteer
/// role key they name.
const PLURAL_ROLES: &[(&[&str], &str)] = &[
    (&["chefs", "de", "la", "diplomatie"], "foreign_minister"),
    (&["ministres", "des", "affaires", "etrangeres"], "foreign_minister"),
    (&["ministres", "de", "la", "defense"], "defence_minister"),
    (&["premiers", "ministres"], "head_of_government"),
    (&["chefs", "de", "gouvernement"], "head_of_government"),
    (&["chefs", "d'", "etat"], "head_of_state"),
    (&["presidents"], "head_of_state"),
    (&["foreign", "ministers"], "foreign_minister"),
    (&["defence", "ministers"], "defence_minister"),
    (&["defense", "ministers"], "defence_minister"),
    (&["prime", "ministers"], "head_of_government"),
    (&["presidents"], "head_of_state"),
];

/// Plural nouns that "les deux" makes an anaphor of two people named
/// before: "les deux dirigeants", "les deux ministres".
/// With the role key prefix the people must have held, if the noun names
/// one.
const TWO_PEOPLE: &[(&str, &str)] = &[
    ("dirigeants", ""),
    ("presidents", "head_of_state"),
    ("ministres", "_minister"),
    ("chefs", ""),
    ("hommes", ""),
    ("responsables", ""),
    ("diplomates", "foreign_minister"),
    ("leaders", ""),
    ("presidents", "head_of_state"),
    ("ministers", "_minister"),
    ("men", ""),
];

/// People by (role key, country or organisation), with their terms: the
/// embedded gazetteer's roles, for plural role nominals the gazetteer
/// itself links only in the singular.
type RoleIndex = std::collections::HashMap<
    (String, String),
    Vec<(String, Option<NaiveDate>, Option<NaiveDate>)>,
>;

fn role_index() -> &'static RoleIndex {
    static INDEX: once_cell::sync::Lazy<RoleIndex> = once_cell::sync::Lazy::new(|| {
        let mut index = RoleIndex::new();
        for e in Gazetteer::embedded().entities() {
            if e.kind != EntityKind::Person {
                continue;
            }
            for r in &e.roles {
                index.entry((r.role.clone(), r.of.clone())).or_default().push((
                    e.id.clone(),
                    r.from,
                    r.to,
                ));
            }
        }
        index
    });
    &INDEX
}

/// The holder of `role` for `of` at the document's date: among the people
/// the document names first, else the one in office over most of the
/// document's date interval; `None` when no date tells.
pub(super) fn role_holder(role: &str, of: &str, doc: &Document, named: &[&str]) -> Option<String> {
    let holders = role_index().get(&(role.to_string(), of.to_string()))?;
    let date = doc.date();
    let in_office = |from: Option<NaiveDate>, to: Option<NaiveDate>| match &date {
        Some(d) => {
            // `to` is the first day out of office.
            let start = from.map_or(d.earliest(), |f| f.max(d.earliest()));
            let end = to.and_then(|t| t.pred_opt()).map_or(d.latest(), |t| t.min(d.latest()));
            ((end - start).num_days() + 1).max(0)
        }
        None => 0,
    };
    let named_holder = holders
        .iter()
        .filter(|(id, ..)| named.contains(&id.as_str()))
        .max_by_key(|(_, from, to)| (in_office(*from, *to), *from));
    if let Some((id, ..)) = named_holder {
        return Some(id.clone());
    }
    holders
        .iter()
        .filter(|(_, from, to)| in_office(*from, *to) > 0)
        .max_by_key(|(_, from, to)| (in_office(*from, *to), *from))
        .map(|(id, ..)| id.clone())
}

/// Whether the tokens `at..` spell `words`.
fn spells(doc: &Document, at: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(k, w)| word(doc, at + k) == *w)
}

/// The gazetteer role key of a plural role head that a demonym list
/// starting or ending at `e` completes, if any.
pub(super) fn plural_role(
    doc: &Document,
    e: &Ent,
    ents: &[&Ent],
    sentence: &Range<usize>,
) -> Option<&'static str> {
    let in_list = |i: usize| {
        matches!(word(doc, i), "," | "et" | "and")
            || ents.iter().any(|x| x.tokens.0 <= i && i < x.tokens.1)
    };
    // French: the head before the list.
    let mut k = e.tokens.0;
    while k > sentence.start && k + 8 > e.tokens.0 && in_list(k - 1) {
        k -= 1;
    }
    for (head, role) in PLURAL_ROLES {
        if k >= sentence.start + head.len() && spells(doc, k - head.len(), head) {
            return Some(role);
        }
    }
    // English: the head after the list.
    let mut k = e.tokens.1;
    while k < sentence.end && k < e.tokens.1 + 8 && in_list(k) {
        k += 1;
    }
    PLURAL_ROLES.iter().find(|(head, _)| spells(doc, k, head)).map(|(_, role)| *role)
}

/// Plural nouns that "les deux" makes an anaphor of two countries named
/// before: "entre les deux nations", "les deux pays".
const TWO_COUNTRIES: &[&str] =
    &["pays", "nations", "puissances", "capitales", "voisins", "countries", "nations", "powers"];

/// "les deux pays" in the sentence: the last two countries the text named
/// before it (by name, demonym or capital).
pub(crate) fn two_countries(doc: &Document, sentence: Range<usize>, all: &[Ent]) -> Vec<String> {
    let at = sentence.clone().find(|&i| {
        matches!(word(doc, i), "les" | "the")
            && matches!(word(doc, i + 1), "deux" | "two")
            && TWO_COUNTRIES.contains(&word(doc, i + 2))
            && i + 2 < sentence.end
    });
    let Some(at) = at else {
        return Vec::new();
    };
    let mut countries: Vec<String> = Vec::new();
    for e in all.iter().rev().filter(|e| e.tokens.1 <= at) {
        if e.actor_kind == EntityKind::Country && !countries.iter().any(|c| c == e.actor) {
            countries.push(e.actor.to_string());
            if countries.len() == 2 {
                countries.reverse();
                return countries;
            }
        }
    }
    Vec::new()
}

/// "les deux dirigeants" before the trigger in its sentence: the two
/// people the text named last before this sentence.
pub(super) fn two_people(
    doc: &Document,
    t: &TriggerMatch,
    sentence: &Range<usize>,
    all: &[Ent],
) -> Vec<String> {
    let near = t.tokens.start.saturating_sub(6).max(sentence.start);
    let found = (near..t.tokens.start).find_map(|i| {
        let (det, two, noun) = (word(doc, i), word(doc, i + 1), word(doc, i + 2));
        (matches!(det, "les" | "the") && matches!(two, "deux" | "two"))
            .then(|| TWO_PEOPLE.iter().find(|(n, _)| *n == noun).map(|(_, role)| (i, *role)))
            .flatten()
    });
    let Some((at, role)) = found else {
        return Vec::new();
    };
    let holds = |id: &str| {
        role.is_empty()
            || role_index().iter().any(|((key, _), people)| {
                key.ends_with(role) && people.iter().any(|(p, ..)| p == id)
            })
    };
    let mut people: Vec<String> = Vec::new();
    for e in all.iter().rev().filter(|e| e.tokens.1 <= at) {
        if e.actor_kind == EntityKind::Person
            && e.how != MentionKind::Demonym
            && !people.iter().any(|p| p == e.actor)
            && holds(e.actor)
        {
            people.push(e.actor.to_string());
            if people.len() == 2 {
                people.reverse();
                return people;
            }
        }
    }
    Vec::new()
}
