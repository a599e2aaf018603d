//! The compiled lexicon: every surface form of every entity, folded, in one
//! anchored prefix trie, with what each form may mean.

use std::collections::{HashMap, HashSet};

use newsline_doc::{is_apostrophe, is_hyphen, is_space, TextView, ViewKind};

use crate::entity::{Entity, EntityKind, Role};
use crate::error::Result;
use crate::trie::Trie;

/// What one surface form may mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) target: Target,
    pub(crate) how: How,
    /// Bit `i` set: word `i` of the form must start with a capital letter in
    /// the text. Invariant: only the first 32 words are described.
    pub(crate) caps: u32,
    /// Words in the form (split at spaces, hyphens and apostrophes).
    pub(crate) words: u8,
    /// The form is an acronym (`UN`, `EU`, `OTAN`): the text must be in
    /// capitals too, so that `un` and `eu` stay French words.
    pub(crate) acronym: bool,
    /// The form is the entity's English or French name, not an alias.
    pub(crate) primary: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// An entity, by index.
    Entity(u32),
    /// Whoever holds a role (index into `Lexicon::role_names`) of a country
    /// or organisation (entity index) at the document's date.
    Role { role: u16, of: u32 },
    /// "son homologue russe": the holder, in that country, of the role of
    /// the person last named.
    Homologue { of: u32 },
    /// An idiom whose adjective is no country ("montagnes russes"): it is
    /// matched so that its words are consumed, and yields no mention.
    Ignore,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum How {
    Name,
    Demonym,
    /// A combining form: `russo-`, valid only inside a compound.
    Combining,
    Nominal,
    /// An idiom (see [`Target::Ignore`]).
    Idiom,
}

#[derive(Debug)]
pub(crate) struct Pattern {
    /// The folded form is a common French or English word (`nice`,
    /// `tours`): a place by that name needs evidence.
    pub(crate) common: bool,
    /// The folded form is mostly a brand or an event (`mercedes`,
    /// `grand prix`): a place by that name needs a locative before it.
    pub(crate) stop: bool,
    pub(crate) entries: Vec<Entry>,
}

/// The compiled gazetteer data.
#[derive(Debug)]
pub(crate) struct Lexicon {
    pub(crate) entities: Vec<Entity>,
    pub(crate) by_id: HashMap<String, u32>,
    pub(crate) trie: Trie,
    /// The forms that may start on a lowercase word, and their ids in
    /// `patterns`.
    pub(crate) lower_trie: Trie,
    pub(crate) lower_ids: Vec<u32>,

    /// Folded forms that are mostly brands or events (see `stop`). FNV:
    /// the matcher looks up every run of capitalised words.
    pub(crate) stop_forms: HashSet<String, Fnv>,
    pub(crate) patterns: Vec<Pattern>,
    pub(crate) role_names: Vec<String>,
    /// (role index, holder entity index) → (person entity index, role).
    pub(crate) holders: HashMap<(u16, u32), Vec<(u32, Role)>>,
    /// Whether an entity stands for something (capital, institution).
    pub(crate) country_of: Vec<Option<u32>>,
    pub(crate) stands_for: Vec<Option<u32>>,
    /// Each entity's kind, by index: the matcher asks it of every candidate
    /// form, and this byte array stays in cache where the entities (70,000
    /// structs with their names) do not.
    kinds: Vec<EntityKind>,
}

/// Folds a surface form the way `newsline-doc` folds a document, with runs
/// of spaces collapsed so that forms and texts agree.
pub(crate) fn fold(s: &str) -> String {
    let s = s.trim();
    // Fast path for plain ASCII, most of the data: the folded view of such
    // text is its lowercase (backquotes and CR are the ASCII bytes that
    // `newsline-doc` rewrites, so they take the slow path).
    if s.is_ascii() && !s.bytes().any(|b| b == b'`' || b == b'\r' || b == b'\t' || b == b'\n') {
        let mut out = String::with_capacity(s.len());
        let mut space = false;
        for b in s.bytes() {
            if b == b' ' {
                space = true;
                continue;
            }
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(b.to_ascii_lowercase() as char);
        }
        return out;
    }
    let view = TextView::new(s, ViewKind::Folded);
    let mut out = String::with_capacity(view.as_str().len());
    let mut space = false;
    for c in view.as_str().chars() {
        if c == ' ' || c == '\n' || c == '\t' {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// Splits a form into words at spaces, hyphens and apostrophes.
pub(crate) fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| is_space(c) || is_hyphen(c) || is_apostrophe(c) || c == '\'')
        .filter(|w| !w.is_empty())
}

fn shape(form: &str) -> (u32, u8, bool) {
    let mut caps = 0u32;
    let mut n = 0u8;
    for (i, w) in words(form).enumerate() {
        if i < 32 && w.chars().next().is_some_and(char::is_uppercase) {
            caps |= 1 << i;
        }
        n = n.saturating_add(1);
    }
    let (mut letters, mut upper) = (0usize, 0usize);
    for c in form.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    let acronym = (2..=6).contains(&letters) && upper == letters;
    (caps, n, acronym)
}

/// FNV-1a (the `fnv` crate): the word sets are looked up for every
/// capitalised token, and their short keys hash several times faster than
/// with SipHash. No attacker chooses these keys (they are our own word
/// lists).
pub(crate) type Fnv = fnv::FnvBuildHasher;

/// Forms longer than this are ignored (no name is that long).
const MAX_FORM_BYTES: usize = 200;

/// French templates of role descriptions; `{a}` is a country adjective.
const ROLE_TEMPLATES: &[(&str, &[&str])] = &[
    (
        "head_of_state",
        &["president {a}", "presidente {a}", "chef de l'etat {a}", "cheffe de l'etat {a}"],
    ),
    (
        "head_of_government",
        &[
            "premier ministre {a}",
            "premiere ministre {a}",
            "chef du gouvernement {a}",
            "cheffe du gouvernement {a}",
            "chancelier {a}",
            "chanceliere {a}",
        ],
    ),
    (
        "foreign_minister",
        &[
            "ministre {a} des affaires etrangeres",
            "ministre des affaires etrangeres {a}",
            "chef de la diplomatie {a}",
            "cheffe de la diplomatie {a}",
        ],
    ),
    (
        "defence_minister",
        &["ministre {a} de la defense", "ministre de la defense {a}", "ministre {a} des armees"],
    ),
    ("spokesperson", &["porte-parole de la presidence {a}"]),
    (
        "foreign_ministry_spokesperson",
        &[
            "porte-parole de la diplomatie {a}",
            "porte-parole du ministere {a} des affaires etrangeres",
        ],
    ),
];

/// Role descriptions that name their country or organisation themselves.
const FIXED_ROLES: &[(&str, &str, &str)] = &[
    ("secretaire d'etat americain", "foreign_minister", "iso:US"),
    ("chef du departement d'etat", "foreign_minister", "iso:US"),
    ("secretary of state", "foreign_minister", "iso:US"),
    ("secretaire americain a la defense", "defence_minister", "iso:US"),
    ("chef du pentagone", "defence_minister", "iso:US"),
    ("president de la republique", "head_of_state", "iso:FR"),
    ("chef de l'etat francais", "head_of_state", "iso:FR"),
    ("locataire de la maison blanche", "head_of_state", "iso:US"),
    ("maitre du kremlin", "head_of_state", "iso:RU"),
    ("porte-parole du kremlin", "spokesperson", "iso:RU"),
    ("porte-parole de la maison blanche", "spokesperson", "iso:US"),
    ("secretaire general de l'otan", "secretary_general", "org:nato"),
    ("chef de l'otan", "secretary_general", "org:nato"),
    ("patron de l'otan", "secretary_general", "org:nato"),
    ("nato secretary general", "secretary_general", "org:nato"),
    ("secretaire general de l'onu", "secretary_general", "org:un"),
    ("secretaire general des nations unies", "secretary_general", "org:un"),
    ("chef de l'onu", "secretary_general", "org:un"),
    ("un secretary-general", "secretary_general", "org:un"),
    ("president de la commission europeenne", "commission_president", "org:eu"),
    ("presidente de la commission europeenne", "commission_president", "org:eu"),
    ("president du conseil europeen", "council_president", "org:eu"),
    ("chef de la diplomatie europeenne", "high_representative", "org:eu"),
    ("cheffe de la diplomatie europeenne", "high_representative", "org:eu"),
    ("directeur general de l'aiea", "director_general", "org:iaea"),
    ("chef de l'aiea", "director_general", "org:iaea"),
];

/// Idioms whose country adjective does not mean the country. Folded.
const IDIOMS: &[&str] = &[
    "montagnes russes",
    "montagne russe",
    "roulette russe",
    "poupees russes",
    "poupee russe",
    "salade russe",
    "cle anglaise",
    "clef anglaise",
    "capote anglaise",
    "creme anglaise",
    "assiette anglaise",
    "a l'anglaise",
    "ombres chinoises",
    "casse-tete chinois",
    "french cancan",
    "french kiss",
    "french touch",
    "russian roulette",
];

/// English role descriptions; `{A}` is a capitalised English adjective.
const ENGLISH_TEMPLATES: &[(&str, &str)] = &[
    ("{A} president", "head_of_state"),
    ("{A} prime minister", "head_of_government"),
    ("{A} foreign minister", "foreign_minister"),
    ("{A} defence minister", "defence_minister"),
    ("{A} defense minister", "defence_minister"),
];

impl Lexicon {
    /// The kind of entity `e`, if there is one.
    #[inline]
    pub(crate) fn kind(&self, e: u32) -> Option<EntityKind> {
        self.kinds.get(e as usize).copied()
    }

    /// Compiles merged entities (already validated) into a lexicon.
    pub(crate) fn build(
        mut entities: Vec<Entity>,
        common_words: HashSet<String>,
        stop_forms: HashSet<String>,
    ) -> Result<Lexicon> {
        add_ministries(&mut entities);
        let by_id: HashMap<String, u32> =
            entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i as u32)).collect();
        // (folded form, entry) pairs, sorted and grouped into patterns
        // below. Folding ~200,000 forms is most of the build time, so the
        // entities are split between two threads (the machines we aim at
        // have at least two cores; with one, this costs nothing).
        let half = entities.len() / 2;
        let (left, right) = entities.split_at(half);
        let (mut pairs, right_pairs) = std::thread::scope(|scope| {
            let handle = scope.spawn(|| entity_pairs(right, half));
            let l = entity_pairs(left, 0);
            // `entity_pairs` does not panic on any data; should it ever,
            // the panic is passed on rather than data silently lost.
            let r = handle.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
            (l, r)
        });
        pairs.extend(right_pairs);
        // Role descriptions.
        let mut role_names: Vec<String> = Vec::new();
        let role_index = |name: &str, role_names: &mut Vec<String>| -> u16 {
            match role_names.iter().position(|r| r == name) {
                Some(i) => i as u16,
                None => {
                    role_names.push(name.to_string());
                    (role_names.len() - 1) as u16
                }
            }
        };
        let nominal = |target| Entry {
            target,
            how: How::Nominal,
            caps: 0,
            words: 0,
            acronym: false,
            primary: true,
        };
        for (i, e) in entities.iter().enumerate() {
            if e.kind != EntityKind::Country {
                continue;
            }
            let adjectives = french_adjectives(e);
            for (role, templates) in ROLE_TEMPLATES {
                let r = role_index(role, &mut role_names);
                for t in *templates {
                    for a in &adjectives {
                        let form = t.replace("{a}", a);
                        add(&form, nominal(Target::Role { role: r, of: i as u32 }), &mut pairs);
                    }
                }
            }
            for a in &adjectives {
                add(
                    &format!("homologue {a}"),
                    nominal(Target::Homologue { of: i as u32 }),
                    &mut pairs,
                );
            }
            let english = english_adjectives(e);
            for (t, role) in ENGLISH_TEMPLATES {
                let r = role_index(role, &mut role_names);
                for a in &english {
                    add(
                        &t.replace("{A}", a),
                        nominal(Target::Role { role: r, of: i as u32 }),
                        &mut pairs,
                    );
                }
            }
        }
        for form in IDIOMS {
            let entry = Entry {
                target: Target::Ignore,
                how: How::Idiom,
                caps: 0,
                words: 0,
                acronym: false,
                primary: true,
            };
            add(form, entry, &mut pairs);
        }
        for (form, role, of) in FIXED_ROLES {
            if let Some(&o) = by_id.get(*of) {
                let r = role_index(role, &mut role_names);
                add(form, nominal(Target::Role { role: r, of: o }), &mut pairs);
            }
        }
        // Role holders.
        let mut holders: HashMap<(u16, u32), Vec<(u32, Role)>> = HashMap::new();
        for (i, e) in entities.iter().enumerate() {
            for role in &e.roles {
                let (Some(r), Some(&of)) =
                    (role_names.iter().position(|n| *n == role.role), by_id.get(&role.of))
                else {
                    continue;
                };
                holders.entry((r as u16, of)).or_default().push((i as u32, role.clone()));
            }
        }
        let kinds = entities.iter().map(|e| e.kind).collect();
        let country_of = entities
            .iter()
            .map(|e| e.country.as_ref().and_then(|c| by_id.get(c).copied()))
            .collect();
        let stands_for = entities
            .iter()
            .map(|e| e.stands_for.as_ref().and_then(|c| by_id.get(c).copied()))
            .collect();
        // Stable sort: the two halves are sorted runs, which it merges in
        // linear time, and equal forms keep the entities' load order.
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut keys: Vec<&[u8]> = Vec::new();
        for (key, entry) in &pairs {
            if keys.last() != Some(&key.as_bytes()) {
                keys.push(key.as_bytes());
                patterns.push(Pattern {
                    common: common_words.contains(key),
                    stop: stop_forms.contains(key),
                    entries: Vec::new(),
                });
            }
            if let Some(p) = patterns.last_mut() {
                if !p.entries.contains(entry) {
                    p.entries.push(*entry);
                }
            }
        }
        let trie = Trie::from_sorted(&keys);
        // Most tokens are lowercase words, and only some forms can start on
        // one (demonyms, role descriptions, "mer Noire"): a second, small
        // trie of those keeps the walk from lowercase tokens in cache.
        let mut lower_keys: Vec<&[u8]> = Vec::new();
        let mut lower_ids: Vec<u32> = Vec::new();
        for (i, (k, p)) in keys.iter().zip(&patterns).enumerate() {
            let lowercase_ok = p.entries.iter().any(|e| match e.how {
                How::Nominal | How::Combining | How::Idiom => true,
                How::Name | How::Demonym => e.caps & 1 == 0 && !e.acronym,
            });
            if lowercase_ok {
                lower_keys.push(k);
                lower_ids.push(i as u32);
            }
        }
        let lower_trie = Trie::from_sorted(&lower_keys);

        Ok(Lexicon {
            entities,
            by_id,
            trie,
            lower_trie,
            lower_ids,
            stop_forms: stop_forms.into_iter().collect(),
            patterns,
            role_names,
            holders,
            country_of,
            stands_for,
            kinds,
        })
    }

    /// An estimate of the heap memory the lexicon holds, in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        let strings: usize = self
            .entities
            .iter()
            .map(|e| {
                std::mem::size_of::<Entity>()
                    + e.id.len()
                    + e.name.len()
                    + e.name_fr.as_ref().map_or(0, String::len)
                    + e.aliases.iter().map(|a| a.len() + 24).sum::<usize>()
                    + e.demonyms.iter().map(|a| a.len() + 24).sum::<usize>()
                    + e.roles.len() * std::mem::size_of::<Role>()
            })
            .sum();
        let patterns: usize = self
            .patterns
            .iter()
            .map(|p| {
                std::mem::size_of::<Pattern>() + p.entries.len() * std::mem::size_of::<Entry>()
            })
            .sum();
        let ids: usize = self.by_id.keys().map(|k| k.len() + 32).sum();
        strings
            + patterns
            + ids
            + self.trie.memory_usage()
            + self.lower_trie.memory_usage()
            + self.lower_ids.len() * 4
    }
}

/// Adds `form` (folded) with `entry` to `pairs`, unless it is too short or
/// too long to be a name.
fn add(form: &str, entry: Entry, pairs: &mut Vec<(String, Entry)>) {
    let f = fold(form);
    let n = f.chars().count();
    // One- and two-letter forms are words or noise in running text, except
    // two-letter acronyms (UE, UN) written in capitals. Very long forms are
    // no names and would deepen the trie's recursion.
    if n < 2 || (n < 3 && !entry.acronym && entry.how == How::Name) || f.len() > MAX_FORM_BYTES {
        return;
    }
    pairs.push((f, entry));
}

/// The names and demonyms of `entities` (whose first index is `offset`),
/// folded and sorted.
fn entity_pairs(entities: &[Entity], offset: usize) -> Vec<(String, Entry)> {
    let mut pairs = Vec::with_capacity(entities.len() * 4);
    for (i, e) in entities.iter().enumerate() {
        let target = Target::Entity((offset + i) as u32);
        for n in e.names() {
            let (caps, words, acronym) = shape(n);
            let primary = n == e.name || Some(n) == e.name_fr.as_deref();
            add(n, Entry { target, how: How::Name, caps, words, acronym, primary }, &mut pairs);
        }
        for d in &e.demonyms {
            let (caps, words, _) = shape(d);
            let how = if d.ends_with('-') { How::Combining } else { How::Demonym };
            add(d, Entry { target, how, caps, words, acronym: false, primary: true }, &mut pairs);
        }
    }
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    pairs
}

/// Adds, for every country with French adjectives, its ministries of
/// defence and of foreign affairs ("ministère russe de la Défense"), which
/// news cites as sources. Ids are derived from the country's English name.
fn add_ministries(entities: &mut Vec<Entity>) {
    let mut extra = Vec::new();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Country) {
        let adjectives = french_adjectives(e);
        let Some(first) = adjectives.first() else { continue };
        let english = english_adjectives(e);
        let slug: String = slugify(&e.name);
        for (what, fr_name, fr_forms, en_forms) in [
            (
                "defence",
                "ministère {a} de la Défense",
                &[
                    "ministère {a} de la Défense",
                    "ministère de la Défense {a}",
                    "ministère {a} des Armées",
                ][..],
                &[
                    "{A} Defence Ministry",
                    "{A} Defense Ministry",
                    "{A} Ministry of Defence",
                    "{A} Ministry of Defense",
                ][..],
            ),
            (
                "foreign-affairs",
                "ministère {a} des Affaires étrangères",
                &["ministère {a} des Affaires étrangères", "ministère des Affaires étrangères {a}"]
                    [..],
                &["{A} Foreign Ministry", "{A} Ministry of Foreign Affairs"][..],
            ),
        ] {
            let name = if what == "defence" {
                format!("Ministry of Defence of {}", e.name)
            } else {
                format!("Ministry of Foreign Affairs of {}", e.name)
            };
            let mut m = Entity::new(
                format!("org:ministry-of-{what}-of-{slug}"),
                EntityKind::Organization,
                name,
            );
            m.name_fr = Some(fr_name.replace("{a}", first));
            for a in &adjectives {
                for f in fr_forms {
                    m.aliases.push(f.replace("{a}", a));
                }
            }
            for a in &english {
                for f in en_forms {
                    m.aliases.push(f.replace("{A}", a));
                }
            }
            m.country = Some(e.id.clone());
            m.stands_for = Some(e.id.clone());
            extra.push(m);
        }
    }
    // A user's own ministry with the same id wins.
    let existing: HashSet<&str> = entities
        .iter()
        .filter(|e| e.id.starts_with("org:ministry-of-"))
        .map(|e| e.id.as_str())
        .collect();
    let extra: Vec<Entity> =
        extra.into_iter().filter(|m| !existing.contains(m.id.as_str())).collect();
    entities.extend(extra);
}

/// Lowercase ASCII slug: letters and digits, runs of others become `-`.
pub(crate) fn slugify(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A country's French adjectives: lowercase demonyms ("russe",
/// "ukrainiennes"), not the combining forms ("russo-").
fn french_adjectives(e: &Entity) -> Vec<&str> {
    e.demonyms
        .iter()
        .map(String::as_str)
        .filter(|d| !d.ends_with('-') && d.chars().next().is_some_and(char::is_lowercase))
        .collect()
}

/// A country's English adjectives: capitalised ASCII demonyms, singular
/// ("Russian", not "Russians").
fn english_adjectives(e: &Entity) -> Vec<&str> {
    e.demonyms
        .iter()
        .map(String::as_str)
        .filter(|d| {
            d.is_ascii() && d.chars().next().is_some_and(char::is_uppercase) && !d.ends_with('s')
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_matches_document_folding() {
        assert_eq!(fold("États‑Unis"), "etats-unis");
        assert_eq!(fold("  mer   Noire "), "mer noire");
        assert_eq!(fold("l’Otan"), "l'otan");
        assert_eq!(fold("Mevlüt Çavuşoğlu"), "mevlut cavusoglu");
    }

    #[test]
    fn shape_marks_capitalised_words_and_acronyms() {
        assert_eq!(shape("mer Noire"), (0b10, 2, false));
        assert_eq!(shape("Jean-Yves Le Drian"), (0b1111, 4, false));
        assert_eq!(shape("UN"), (0b1, 1, true));
        assert_eq!(shape("Otan"), (0b1, 1, false));
        assert_eq!(shape("département d'État"), (0b100, 3, false));
    }

    #[test]
    fn slugify_is_ascii() {
        assert_eq!(slugify("Côte d'Ivoire"), "cote-d-ivoire");
        assert_eq!(slugify("United States"), "united-states");
    }

    #[test]
    fn ministries_are_generated_from_adjectives() {
        let mut ru = Entity::new("iso:RU", EntityKind::Country, "Russia");
        ru.demonyms = vec!["russe".into(), "Russian".into(), "russo-".into()];
        let mut v = vec![ru];
        add_ministries(&mut v);
        let m = v.iter().find(|e| e.id == "org:ministry-of-defence-of-russia").expect("generated");
        assert!(m.aliases.iter().any(|a| a == "ministère russe de la Défense"));
        assert!(m.aliases.iter().any(|a| a == "Russian Defence Ministry"));
        assert_eq!(m.stands_for.as_deref(), Some("iso:RU"));
    }
}
