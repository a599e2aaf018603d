//! Who took part and where: speakers of statements, participants and
//! their roles, the place of an event.

use std::ops::Range;

use chrono::NaiveDate;
use newsline_doc::{Document, Span};
use newsline_gazetteer::{EntityKind, Gazetteer, MentionKind};

use crate::clause::{last_clause_break, span_of, word};
use crate::inputs::Ent;
use crate::lexicon::{Pos, TriggerMatch};
use crate::model::{EventKind, Participant, Role};

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

/// Whether an entity mention names a person (not a demonym).
pub(crate) fn is_person(e: &Ent) -> bool {
    e.actor_kind == EntityKind::Person && e.how != MentionKind::Demonym
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

/// Whether a trigger is used as a noun: a noun entry, or a verb form
/// after a determiner ("l'annonce", "ces déclarations").
pub(crate) fn is_nominal(doc: &Document, t: &TriggerMatch, sentence: &Range<usize>) -> bool {
    t.pos == Pos::Noun
        || (t.tokens.start > sentence.start
            && matches!(
                word(doc, t.tokens.start - 1),
                "l'" | "la"
                    | "le"
                    | "les"
                    | "des"
                    | "une"
                    | "un"
                    | "ces"
                    | "cette"
                    | "sa"
                    | "son"
                    | "ses"
                    | "leur"
                    | "leurs"
                    | "the"
            ))
}

pub(crate) fn is_person_or_body(e: &Ent) -> bool {
    matches!(e.actor_kind, EntityKind::Person | EntityKind::Organization)
        && e.how != MentionKind::Demonym
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

/// Kinds whose mentions may continue one another in a text: talks go on
/// as talks, meetings, calls; a ceasefire or a withdrawal is agreed in them.
pub(crate) fn compatible(a: EventKind, b: EventKind) -> bool {
    use EventKind::*;
    let family = |k: EventKind| match k {
        Meeting | Call | Agreement | Ceasefire | Proposal => 0,
        Attack | Deployment | Withdrawal | Occupation => 1,
        other => 2 + other as usize,
    };
    family(a) == family(b)
}

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
fn role_holder(role: &str, of: &str, doc: &Document, named: &[&str]) -> Option<String> {
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
fn plural_role(
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

/// Whether a demonym only qualifies a place or a thing ("la frontière
/// ukrainienne"), or stands in apposition to a person or body that already
/// names the actor ("le ministre russe Sergueï Lavrov", "le président
/// ukrainien, Volodymyr Zelensky").
fn idle_demonym(doc: &Document, e: &Ent, ents: &[&Ent]) -> bool {
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

/// The person a "son homologue" nominal is the counterpart of: the nearest
/// person or body before it in the sentence ("Lavrov et son homologue
/// Kuleba", "Blinken ... avec son homologue russe Sergueï Lavrov").
fn counterpart_of<'e, 'a>(
    doc: &Document,
    e: &Ent,
    ents: &[&'e Ent<'a>],
    sentence: &Range<usize>,
) -> Option<&'e Ent<'a>> {
    let at = e.tokens.0;
    let head = word(doc, at);
    let possessive = at > sentence.start
        && matches!(
            word(doc, at - 1),
            "son" | "sa" | "ses" | "leur" | "leurs" | "his" | "her" | "their"
        );
    if !(possessive
        && (head.starts_with("homologue") || head == "counterpart" || head == "counterparts"))
    {
        return None;
    }
    ents.iter()
        .rev()
        .find(|x| {
            x.tokens.1 < at
                && is_person_or_body(x)
                && x.actor != e.actor
                && doc.quote_containing(x.span).is_none()
        })
        .copied()
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
fn two_people(
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

/// The parties of "entre X et Y" right after the trigger ("les pourparlers
/// entre Kiev et Moscou", "une rencontre entre Joe Biden et Vladimir
/// Poutine"): they are the event's parties, and nobody else in reach is.
fn between_parties<'e, 'a>(
    doc: &Document,
    t: &TriggerMatch,
    sentence: &Range<usize>,
    ents: &[&'e Ent<'a>],
) -> Vec<&'e Ent<'a>> {
    let Some(entre) = (t.tokens.end..(t.tokens.end + 3).min(sentence.end))
        .find(|&i| matches!(word(doc, i), "entre" | "between"))
    else {
        return Vec::new();
    };
    // The list: actors, joined by "et", commas, determiners; a comma after
    // "et Y" closes it ("entre Biden et Poutine, Blinken ...").
    let mut out = Vec::new();
    let mut i = entre + 1;
    let mut joined = false;
    while i < sentence.end && i < entre + 16 {
        if let Some(e) = ents.iter().find(|e| e.tokens.0 == i) {
            if e.can_act() {
                out.push(*e);
            }
            i = e.tokens.1;
            continue;
        }
        let w = word(doc, i);
        if (w == "," && joined)
            || !matches!(
                w,
                "et" | "and" | "," | "le" | "la" | "l'" | "les" | "the" | "de" | "des" | "du"
            )
        {
            break;
        }
        joined |= matches!(w, "et" | "and");
        i += 1;
    }
    if out.len() >= 2 {
        out
    } else {
        Vec::new()
    }
}

/// Participants of a non-statement trigger within `window` tokens of it
/// (`usize::MAX` for the whole sentence), actors first.
///
/// Besides the entities in reach, it reads a few constructions: "entre X
/// et Y" binds the parties; a plural role nominal ("les chefs de la
/// diplomatie russe et ukrainienne") names the role holders; "son
/// homologue Y" brings in whose counterpart Y is; "les deux dirigeants"
/// points back to the last two people named; a demonym in apposition to a
/// person, or qualifying a place, names no actor of its own.
pub(crate) fn participants(
    doc: &Document,
    t: &TriggerMatch,
    sentence: Range<usize>,
    ents: &[&Ent],
    all: &[Ent],
    window: usize,
) -> Vec<Participant> {
    let lo = t.tokens.start.saturating_sub(window).max(sentence.start);
    let hi = t.tokens.end.saturating_add(window).min(sentence.end);
    let trigger = span_of(doc, t.tokens.clone());
    let trigger_quoted = doc.quote_containing(trigger).map(|q| q.span);
    let mut out: Vec<Participant> = Vec::new();
    let push = |out: &mut Vec<Participant>, id: &str, role: Role| {
        if !out.iter().any(|p| p.entity == id) {
            out.push(Participant::new(id.to_string(), role));
        }
    };
    let bound = between_parties(doc, t, &sentence, ents);
    if !bound.is_empty() {
        for e in bound {
            push(&mut out, e.actor, Role::Actor);
        }
        return out;
    }
    let pair = two_people(doc, t, &sentence, all);
    let named: Vec<&str> =
        all.iter().filter(|e| e.actor_kind == EntityKind::Person).map(|e| e.actor).collect();
    for id in &pair {
        push(&mut out, id, Role::Actor);
    }
    // A possessive before the trigger ("leur entretien") points to the
    // people of the clause before it, however far.
    let possessive = t.pos == Pos::Noun
        && t.tokens.start > sentence.start
        && matches!(word(doc, t.tokens.start - 1), "leur" | "leurs" | "their");
    // An entity that can take part here, and its role; `None` for places
    // told as locations, entities on the other side of a quote, demonyms
    // that only qualify, sources of "selon".
    let role_of = |e: &Ent| -> Option<Role> {
        if !e.can_act() {
            return None;
        }
        // A place introduced as a location is not a participant; nor is
        // where troops withdraw from ("se retire de la Roumanie").
        let prep = e.tokens.0.checked_sub(1).map_or("", |i| word(doc, i));
        let from = t.kind == EventKind::Withdrawal
            && (matches!(prep, "de" | "du" | "d'" | "des" | "from")
                || (matches!(prep, "la" | "l'")
                    && e.tokens.0 >= 2
                    && word(doc, e.tokens.0 - 2) == "de"));
        // The country a war or a strike is in is a party to it all the
        // same ("la guerre en Ukraine", "des frappes en Syrie").
        // Right after the trigger only: "se rencontrent en Turquie ... la
        // guerre" is not a war in Turkey.
        let theatre = t.kind == EventKind::Attack
            && e.actor_kind == EntityKind::Country
            && matches!(prep, "en" | "au" | "in")
            && (t.tokens.end..t.tokens.end + 3).contains(&e.tokens.0);
        if e.place
            && e.how == MentionKind::Name
            && (matches!(prep, "a" | "en" | "au" | "aux" | "in" | "at" | "dans") || from)
            && !theatre
        {
            return None;
        }
        // Inside or outside the trigger's quote, as the trigger is.
        if doc.quote_containing(e.span).map(|q| q.span) != trigger_quoted
            && e.how != MentionKind::Demonym
        {
            return None;
        }
        if idle_demonym(doc, e, ents) || agent_of_participle(doc, t, e) || compared(doc, e) {
            return None;
        }
        let after = e.tokens.0 >= t.tokens.end;
        let mediator =
            (e.tokens.0.saturating_sub(5)..e.tokens.0).any(|i| word(doc, i).starts_with("mediat"));
        // "selon Le Drian", "d'après Moscou": the source, not a party.
        let source = (e.tokens.0.saturating_sub(4).max(sentence.start)..e.tokens.0)
            .rev()
            .take_while(|&i| !matches!(word(doc, i), "," | ";" | ":" | "\""))
            .any(|i| matches!(word(doc, i), "selon" | "d'apres" | "according"));
        if source && !mediator {
            return None;
        }
        // The subject of a clause after the trigger ("des demandes que
        // Moscou envoie") is an actor of it, not its target.
        let subject = e.tokens.0 > 0 && matches!(word(doc, e.tokens.0 - 1), "que" | "qu'");
        Some(if mediator {
            Role::Mediator
        } else if after
            && !subject
            && e.how != MentionKind::Demonym
            && matches!(
                t.kind,
                EventKind::Attack
                    | EventKind::Accusation
                    | EventKind::Sanction
                    | EventKind::Threat
                    | EventKind::Demand
                    | EventKind::Occupation
                    | EventKind::Rejection
            )
        {
            Role::Target
        } else {
            Role::Actor
        })
    };
    // The trigger's own clause first: when it names a party, the parties
    // of the clauses around it are those of other events ("Sur
    // l'éventualité d'une rencontre entre Biden et Poutine, Blinken n'a pas
    // fermé la porte").
    let (mut lo, mut hi) = (lo, hi);
    if window != usize::MAX {
        let boundary = |i: usize| {
            matches!(word(doc, i), "," | ";" | ":" | "(" | ")" | "\"" | "mais" | "car" | "tandis")
        };
        let start = (sentence.start..t.tokens.start)
            .rev()
            .find(|&i| boundary(i))
            .map_or(sentence.start, |i| i + 1);
        let end = (t.tokens.end..sentence.end).find(|&i| boundary(i)).unwrap_or(sentence.end);
        // Named parties only: a demonym ("le FSB russe") is weak evidence.
        let own = ents.iter().any(|e| {
            e.tokens.0 >= start
                && e.tokens.1 <= end
                && e.how != MentionKind::Demonym
                && role_of(e).is_some_and(|r| r != Role::Mediator)
        });
        if own {
            lo = lo.max(start);
            hi = hi.min(end);
        }
    }
    let in_reach = |e: &&&Ent| {
        (e.tokens.0 >= lo && e.tokens.1 <= hi)
            || (possessive && e.tokens.1 <= t.tokens.start && is_person_or_body(e))
    };
    for e in ents.iter().filter(in_reach) {
        // "les deux dirigeants" stands for everyone before the trigger.
        if !pair.is_empty() && e.tokens.1 <= t.tokens.start {
            continue;
        }
        let Some(role) = role_of(e) else { continue };
        if e.how == MentionKind::Demonym {
            if let Some(key) = plural_role(doc, e, ents, &sentence) {
                if let Some(holder) = role_holder(key, e.actor, doc, &named) {
                    push(&mut out, &holder, role);
                    continue;
                }
            }
        }
        if let Some(c) = counterpart_of(doc, e, ents, &sentence) {
            push(&mut out, c.actor, Role::Actor);
        }
        push(&mut out, e.actor, role);
    }
    out.sort_by_key(|p| p.role.rank());
    out
}

/// Whether `e` is the subject of a comparison by a pro-verb ("comme le
/// fait souvent l'OTAN", "comme l'a fait Moscou", "as NATO does"): it is
/// compared with the party, not one.
fn compared(doc: &Document, e: &Ent) -> bool {
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
fn agent_of_participle(doc: &Document, t: &TriggerMatch, e: &Ent) -> bool {
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

/// The place of an event: the nearest place introduced by "à", "en", "in"
/// in its sentence.
pub(crate) fn location(
    doc: &Document,
    t: &TriggerMatch,
    sentence: Range<usize>,
    ents: &[&Ent],
) -> Option<String> {
    ents.iter()
        .filter(|e| e.place && e.tokens.0 > sentence.start)
        .filter(|e| matches!(word(doc, e.tokens.0 - 1), "a" | "en" | "au" | "aux" | "in" | "at"))
        .min_by_key(|e| {
            if e.tokens.0 >= t.tokens.end {
                e.tokens.0 - t.tokens.end
            } else {
                t.tokens.start - e.tokens.1 + 1
            }
        })
        .map(|e| e.entity.to_string())
}
