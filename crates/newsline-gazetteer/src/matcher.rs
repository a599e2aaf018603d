//! Matching one document: dictionary lookup at token starts, case and
//! context rules, disambiguation, role descriptions, coreference and
//! people found by pattern.

use std::collections::{HashMap, HashSet};

use newsline_doc::{Case, Document, Span, Token, TokenKind};

use once_cell::sync::Lazy;

use crate::config::GazetteerConfig;
use crate::entity::{EntityKind, Role};
use crate::lexicon::{fold, slugify, words, Entry, Fnv, How, Lexicon, Target};
use crate::result::{DocumentEntities, DocumentEntity, Mention, MentionKind, SpanText};

/// What a mention points to while the document is being read.
#[derive(Clone, Debug, PartialEq)]
enum Ent {
    Known(u32),
    /// Cities sharing a name, resolved once the document's countries are
    /// known.
    Cities(Vec<u32>),
    Local(usize),
    Role {
        role: u16,
        of: u32,
    },
    Homologue {
        of: u32,
    },
    /// An idiom that consumed its words and is no mention.
    Ignore,
}

#[derive(Clone, Debug)]
struct Raw {
    span: Span,
    /// First and last tokens the mention touches.
    tok0: usize,
    tok1: usize,
    how: MentionKind,
    ent: Ent,
    /// The form matched is written capitalised in the data (English
    /// demonyms: "American"; French ones are lowercase).
    capital_form: bool,
}

/// A person found by pattern, local to the document.
#[derive(Debug)]
struct LocalPerson {
    name: String,
    id: String,
}

/// Capitalised words that start sentences or titles and are never a name.
const FUNCTION_WORDS: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "au",
    "aux",
    "a",
    "en",
    "et",
    "ou",
    "mais",
    "pour",
    "par",
    "sur",
    "dans",
    "selon",
    "apres",
    "avant",
    "depuis",
    "vers",
    "entre",
    "avec",
    "sans",
    "sous",
    "chez",
    "contre",
    "comme",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "nous",
    "vous",
    "je",
    "si",
    "quand",
    "alors",
    "puis",
    "donc",
    "ainsi",
    "pourtant",
    "enfin",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    "the",
    "in",
    "at",
    "of",
    "from",
    "to",
    "and",
    "or",
    "but",
    "for",
    "on",
    "with",
    "by",
    "this",
    "that",
    "president",
    "presidente",
    "ministre",
    "premier",
    "secretaire",
    "general",
    "chef",
    "cheffe",
    "porte-parole",
    "mme",
    "m.",
    "mr",
    "dr",
    "saint",
    "sainte",
    "etat",
    "etats",
    "republique",
    "parlement",
    "gouvernement",
    "conseil",
    "commission",
    "cour",
    "assemblee",
    "senat",
    "union",
    "nations",
    "ministere",
    "armee",
    "forces",
    "photo",
    "afp",
    "reuters",
    "ap",
    "quelle",
    "quel",
    "pourquoi",
    "comment",
    "ou",
    "qui",
    "que",
    "quoi",
    "tout",
    "tous",
    "toute",
    "toutes",
    "plus",
    "moins",
    "tres",
    "aussi",
    "encore",
    "deja",
    "jamais",
    "toujours",
    "ici",
    "la-bas",
    "oui",
    "non",
    "c'",
    "j'",
    "n'",
    "s'",
    "qu'",
    "lors",
    "face",
    "malgre",
    "durant",
    "pendant",
    "hier",
    "aujourd'hui",
    "demain",
    "ni",
    "car",
    "or",
    "dont",
    "est",
    "sont",
    "a-t-il",
    "faut-il",
];

static FUNCTION_SET: Lazy<HashSet<&'static str, Fnv>> =
    Lazy::new(|| FUNCTION_WORDS.iter().copied().collect());
static ROLE_SET: Lazy<HashSet<&'static str, Fnv>> =
    Lazy::new(|| ROLE_NOUNS.iter().copied().collect());

/// Articles and prepositions trimmed from the end of a cut description.
const ARTICLES: &[&str] = &["de", "du", "des", "la", "le", "les", "l'", "d'", "au", "aux", "a"];

/// Nouns that introduce a person's name: "le porte-parole …, X Y".
const ROLE_NOUNS: &[&str] = &[
    "porte-parole",
    "ministre",
    "president",
    "presidente",
    "conseiller",
    "conseillere",
    "chef",
    "cheffe",
    "directeur",
    "directrice",
    "ambassadeur",
    "ambassadrice",
    "general",
    "generale",
    "maire",
    "gouverneur",
    "gouverneure",
    "negociateur",
    "negociatrice",
    "secretaire",
    "depute",
    "deputee",
    "senateur",
    "senatrice",
    "chancelier",
    "chanceliere",
    "commandant",
    "analyste",
    "chercheur",
    "chercheuse",
    "expert",
    "experte",
    "specialiste",
    "professeur",
    "professeure",
    "journaliste",
    "diplomate",
    "responsable",
    "representant",
    "representante",
    "envoye",
    "envoyee",
    "emissaire",
    "vice-president",
    "vice-presidente",
    "vice-ministre",
    "adjoint",
    "adjointe",
    "patron",
    "patronne",
    "dirigeant",
    "dirigeante",
    "opposant",
    "opposante",
    "militant",
    "militante",
    "avocat",
    "avocate",
    "procureur",
    "procureure",
    "juge",
    "politologue",
    "economiste",
    "historien",
    "historienne",
    "photographe",
    "correspondant",
    "correspondante",
    "colonel",
    "lieutenant",
    "capitaine",
    "amiral",
    "commissaire",
    "premier",
    "premiere",
    "leader",
    "fondateur",
    "fondatrice",
    "pdg",
    "selon",
    "spokesman",
    "spokeswoman",
    "minister",
    "adviser",
    "advisor",
    "ambassador",
    "envoy",
];

/// Words that make a capitalised run an organisation, not a person.
const ORG_WORDS: &[&str] = &[
    "society",
    "group",
    "groupe",
    "institute",
    "institut",
    "university",
    "universite",
    "association",
    "agency",
    "agence",
    "council",
    "company",
    "compagnie",
    "corporation",
    "foundation",
    "fondation",
    "party",
    "parti",
    "bank",
    "banque",
    "club",
    "center",
    "centre",
    "college",
    "school",
    "ecole",
    "hospital",
    "hopital",
    "museum",
    "musee",
    "festival",
    "international",
    "airlines",
    "motors",
    "news",
    "times",
    "post",
    "radio",
    "television",
    "magazine",
    "journal",
    "tribunal",
    "court",
    "fund",
    "fonds",
    "network",
    "reseau",
    "press",
    "presse",
    "records",
    "studios",
    "entertainment",
    "holdings",
    "media",
];

/// Definite determiners and possessives before a role description.
const DETERMINERS: &[&str] =
    &["le", "la", "l'", "du", "au", "son", "sa", "leur", "the", "de", "d'"];

/// Words before a place that make it a place, not a government.
const LOCATIVES: &[&str] = &[
    "a", "en", "vers", "depuis", "dans", "pres", "au", "aux", "sur", "in", "at", "to", "from",
    "near",
];

/// Nouns after which "de Moscou" is Moscow's government, not the city:
/// "la position de Moscou", "les actes de Pékin".
const GOVERNMENT_NOUNS: &[&str] = &[
    "position",
    "positions",
    "decision",
    "decisions",
    "actes",
    "part",
    "accusations",
    "reponse",
    "demande",
    "demandes",
    "exigences",
    "refus",
    "soutien",
    "menaces",
    "pression",
    "pressions",
    "offre",
    "proposition",
    "propositions",
    "intention",
    "intentions",
    "annonce",
    "volonte",
    "politique",
    "strategie",
    "responsabilite",
    "attitude",
    "initiative",
    "plan",
    "reaction",
    "accord",
    "feu",
    "ambassadeur",
    "ambassade",
    "emissaire",
    "representant",
    "allies",
    "allie",
    "partenaires",
    "ennemis",
    "adversaires",
    "critiques",
    "sanctions",
];

/// Prepositions that show a common-word town name is a place ("à Nice").
const PLACE_EVIDENCE: &[&str] = &[
    "a", "de", "d'", "vers", "depuis", "pres", "entre", "et", "in", "at", "from", "to", "near",
    "of",
];

/// Honorifics before a surname.
const TITLES: &[&str] = &[
    "M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr",
    "Dr.", "Me", "Me.", "Mgr", "Mgr.", "Pr", "Pr.", "Sir", "Lord", "Lady",
];

struct Ctx<'d> {
    doc: &'d Document,
    text: &'d str,
    view: &'d str,
    tokens: &'d [Token],
    /// Each token's (start, end) in the folded view.
    tok_view: Vec<(usize, usize)>,
    /// Whether a token is the first word of its sentence.
    sent_first: Vec<bool>,
    /// Each token's sentence index.
    sent_of: Vec<usize>,
    /// See [`Ctx::compute_name_like`].
    name_like: Vec<bool>,
}

impl<'d> Ctx<'d> {
    fn new(doc: &'d Document) -> Ctx<'d> {
        let tokens = doc.tokens();
        // Token offsets in the folded view: newsline-doc computes them once
        // per document.
        let tok_view: Vec<(usize, usize)> =
            tokens.iter().map(|t| (t.folded.start(), t.folded.end())).collect();
        let mut sent_first = vec![false; tokens.len()];
        let mut sent_of = vec![usize::MAX; tokens.len()];
        for (si, s) in doc.sentences().iter().enumerate() {
            let mut first = true;
            for ti in s.tokens.clone() {
                if let Some(slot) = sent_of.get_mut(ti) {
                    *slot = si;
                }
                if first && tokens.get(ti).is_some_and(Token::is_word) {
                    if let Some(f) = sent_first.get_mut(ti) {
                        *f = true;
                    }
                    first = false;
                }
            }
        }
        let mut cx = Ctx {
            doc,
            text: doc.text(),
            view: doc.folded().as_str(),
            tokens,
            tok_view,
            sent_first,
            sent_of,
            name_like: Vec::new(),
        };
        cx.name_like = (0..tokens.len()).map(|ti| cx.compute_name_like(ti)).collect();
        cx
    }

    fn folded(&self, ti: usize) -> &str {
        self.tok_view.get(ti).and_then(|&(s, e)| self.view.get(s..e)).unwrap_or("")
    }

    fn original(&self, ti: usize) -> &str {
        self.tokens.get(ti).and_then(|t| t.span.slice(self.text)).unwrap_or("")
    }

    fn is_name_token(&self, ti: usize) -> bool {
        self.name_like.get(ti).copied().unwrap_or(false)
    }

    /// Whether a token may be part of a person's name: a capitalised word
    /// of two letters or more that is not a function word. Computed once
    /// per token in [`Ctx::new`]: several passes ask.
    fn compute_name_like(&self, ti: usize) -> bool {
        let Some(t) = self.tokens.get(ti) else { return false };
        t.kind == TokenKind::Word
            && matches!(t.case, Case::Capitalized | Case::Upper | Case::Mixed)
            && !FUNCTION_SET.contains(self.folded(ti))
            && !TITLES.contains(&self.original(ti))
            && self.original(ti).chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !self.original(ti).ends_with('\'')
            && !self.original(ti).ends_with('’')
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.sent_of.get(a).is_some() && self.sent_of.get(a) == self.sent_of.get(b)
    }
}

/// Matches a document. Never panics: every index is checked.
pub(crate) fn match_document(
    lex: &Lexicon,
    config: &GazetteerConfig,
    doc: &Document,
) -> DocumentEntities {
    let cx = Ctx::new(doc);
    let mut raws = scan(lex, &cx, config);
    raws.retain(|r| r.ent != Ent::Ignore);
    resolve_cities(lex, &mut raws);
    drop_unsupported_towns(lex, &cx, &mut raws);
    drop_inside_foreign_compounds(&cx, &mut raws);
    drop_name_parts(lex, &cx, &mut raws);
    let mut locals: Vec<LocalPerson> = Vec::new();
    if config.get_unknown_people() {
        find_unknown_people(lex, &cx, &mut raws, &mut locals);
    }
    if config.get_coreference() {
        coreference(lex, &cx, &mut raws, &mut locals);
    }
    resolve_nominals(lex, &cx, &mut raws);
    classify_metonyms(lex, &cx, &mut raws);
    assemble(lex, config, &cx, raws, &locals)
}

/// Dictionary lookup: at each token start (and after each hyphen inside a
/// word), the longest form that ends on a boundary and passes the case and
/// context rules wins; matches never overlap.
fn scan(lex: &Lexicon, cx: &Ctx<'_>, config: &GazetteerConfig) -> Vec<Raw> {
    let bytes = cx.view.as_bytes();
    let mut is_end = vec![false; bytes.len() + 1];
    let mut starts: Vec<(usize, usize)> = Vec::with_capacity(cx.tokens.len());
    for (ti, t) in cx.tokens.iter().enumerate() {
        let Some(&(vs, ve)) = cx.tok_view.get(ti) else { continue };
        if ve > bytes.len() || vs >= ve {
            continue;
        }
        is_end[ve] = true;
        if !matches!(t.kind, TokenKind::Word | TokenKind::Number | TokenKind::Abbreviation) {
            continue;
        }
        starts.push((vs, ti));
        if t.kind == TokenKind::Word {
            for (off, &b) in bytes[vs..ve].iter().enumerate() {
                if b == b'-' && off > 0 {
                    is_end[vs + off] = true;
                    starts.push((vs + off + 1, ti));
                }
            }
        }
    }
    let mut raws = Vec::new();
    let mut found: Vec<(usize, u32)> = Vec::new();
    let mut cursor = 0usize;
    for (si, &(vs, ti)) in starts.iter().enumerate() {
        if vs < cursor || vs >= bytes.len() {
            continue;
        }
        let Some(raw) = longest_at(lex, cx, config, vs, ti, usize::MAX, true, &is_end, &mut found)
        else {
            continue;
        };
        cursor = cx.doc.folded().to_view(raw.span).1.max(vs + 1);
        if raw.how != MentionKind::Nominal {
            raws.push(raw);
            continue;
        }
        // A role description keeps the names inside it as mentions of their
        // own: "le chef de la diplomatie [française]", "le porte-parole du
        // [Kremlin]", "le chef de l'[Otan]". The description is cut before
        // the first of them.
        let mut inner = None;
        for &(vs2, ti2) in starts.iter().skip(si + 1).take_while(|&&(v, _)| v < cursor) {
            if let Some(r) =
                longest_at(lex, cx, config, vs2, ti2, cursor, false, &is_end, &mut found)
            {
                inner = Some(r);
                break;
            }
        }
        match inner {
            None => raws.push(raw),
            Some(inner) => {
                let mut last = raw.tok0;
                for k in raw.tok0..inner.tok0 {
                    if !ARTICLES.contains(&cx.folded(k)) || k == raw.tok0 {
                        last = k;
                    }
                }
                let end = cx.tokens.get(last).map_or(raw.span.end(), |t| t.span.end());
                raws.push(Raw { span: Span::from(raw.span.start()..end), tok1: last, ..raw });
                raws.push(inner);
            }
        }
    }
    raws
}

/// The longest valid mention starting at view offset `vs` (token `ti`) and
/// ending at or before `limit`.
#[allow(clippy::too_many_arguments)]
fn longest_at(
    lex: &Lexicon,
    cx: &Ctx<'_>,
    config: &GazetteerConfig,
    vs: usize,
    ti: usize,
    limit: usize,
    nominals: bool,
    is_end: &[bool],
    found: &mut Vec<(usize, u32)>,
) -> Option<Raw> {
    let bytes = cx.view.as_bytes();
    found.clear();
    // Does the text start with a lowercase letter here?
    let lowercase = if cx.tok_view.get(ti).is_some_and(|&(s, _)| s == vs) {
        cx.tokens.get(ti).is_some_and(|t| matches!(t.case, Case::Lower | Case::None))
    } else {
        let at = cx.doc.folded().to_original(vs, vs).start();
        cx.text.get(at..).and_then(|t| t.chars().next()).is_some_and(|c| !c.is_uppercase())
    };
    let hay = bytes.get(vs..)?;
    if lowercase {
        lex.lower_trie.prefixes(hay, |len, k| {
            if let Some(&pid) = lex.lower_ids.get(k as usize) {
                found.push((vs + len, pid));
            }
        });
    } else {
        lex.trie.prefixes(hay, |len, pid| found.push((vs + len, pid)));
    }
    found.iter().rev().filter(|(end, _)| *end <= limit).find_map(|&(end, pid)| {
        validate(lex, cx, config, vs, end, ti, pid, is_end)
            .filter(|r| nominals || r.how != MentionKind::Nominal)
    })
}

#[allow(clippy::too_many_arguments)]
fn validate(
    lex: &Lexicon,
    cx: &Ctx<'_>,
    config: &GazetteerConfig,
    vs: usize,
    end: usize,
    ti: usize,
    pid: u32,
    is_end: &[bool],
) -> Option<Raw> {
    let pattern = lex.patterns.get(pid as usize)?;
    let bytes = cx.view.as_bytes();
    let on_boundary = is_end.get(end).copied().unwrap_or(false);
    // A combining form ("russo-") ends after a hyphen inside a word.
    let in_compound = end >= 1
        && bytes.get(end - 1) == Some(&b'-')
        && bytes.get(end).is_some_and(u8::is_ascii_alphabetic);
    if !on_boundary && !in_compound {
        return None;
    }
    // Cheap rejections before any offset mapping: most candidates are
    // lowercase words that only a capitalised name shares ("un" for UN).
    let at_token_start = cx.tok_view.get(ti).is_some_and(|&(s, _)| s == vs);
    let token = cx.tokens.get(ti)?;
    let plausible = pattern.entries.iter().any(|e| match e.how {
        How::Combining => in_compound,
        How::Nominal | How::Idiom => on_boundary,
        How::Name | How::Demonym => {
            on_boundary
                && (!at_token_start
                    || (!e.acronym || matches!(token.case, Case::Upper | Case::Mixed))
                        && (e.caps & 1 == 0 || token.case != Case::Lower))
        }
    });
    if !plausible {
        return None;
    }
    let view = cx.doc.folded();
    let span = view.to_original(vs, end);
    let original = span.slice(cx.text)?;
    let mut tok1 = ti;
    while cx.tok_view.get(tok1 + 1).is_some_and(|&(s, _)| s < end) {
        tok1 += 1;
    }
    let prev = ti.checked_sub(1).map(|p| cx.folded(p)).unwrap_or("");
    let mut best: Option<(u8, Entry)> = None;
    for entry in &pattern.entries {
        let ok = match entry.how {
            How::Combining => in_compound,
            How::Nominal => {
                on_boundary
                    && config.get_nominals()
                    && DETERMINERS.contains(&prev)
                    && vs == cx.tok_view[ti].0
            }
            How::Name | How::Demonym => on_boundary && caps_ok(entry, original),
            How::Idiom => on_boundary,
        };
        if !ok {
            continue;
        }
        let rank = match (entry.how, entry.target) {
            (How::Name, Target::Entity(e)) => {
                let kind = lex.entities.get(e as usize).map(|e| e.kind);
                if kind == Some(EntityKind::City) {
                    if pattern.common && !common_word_place_ok(lex, cx, e, ti, entry.primary) {
                        continue;
                    }
                    if pattern.stop
                        && !ti
                            .checked_sub(1)
                            .is_some_and(|p| STRONG_LOCATIVES.contains(&cx.folded(p)))
                    {
                        continue;
                    }
                }
                match kind {
                    Some(EntityKind::Person) => 0,
                    Some(EntityKind::Organization) => 1,
                    Some(EntityKind::Country) => 2,
                    Some(EntityKind::Region) => 3,
                    _ => 5,
                }
            }
            (How::Demonym | How::Combining, _) => 4,
            _ => 6,
        };
        if best.is_none_or(|(r, _)| rank < r) {
            best = Some((rank, *entry));
        }
    }
    let (rank, entry) = best?;
    let span = if entry.how == How::Combining { view.to_original(vs, end - 1) } else { span };
    let (how, ent) = match entry.target {
        Target::Entity(e) if rank == 5 => {
            // Every city sharing this form competes; the document decides.
            let mut cities: Vec<u32> = pattern
                .entries
                .iter()
                .filter(|x| x.how == How::Name)
                .filter_map(|x| match x.target {
                    Target::Entity(c)
                        if lex
                            .entities
                            .get(c as usize)
                            .is_some_and(|c| c.kind == EntityKind::City) =>
                    {
                        Some(c)
                    }
                    _ => None,
                })
                .collect();
            cities.sort_unstable();
            cities.dedup();
            (MentionKind::Name, if cities.len() > 1 { Ent::Cities(cities) } else { Ent::Known(e) })
        }
        Target::Entity(e) => {
            let how = if matches!(entry.how, How::Demonym | How::Combining) {
                MentionKind::Demonym
            } else {
                MentionKind::Name
            };
            (how, Ent::Known(e))
        }
        Target::Role { role, of } => (MentionKind::Nominal, Ent::Role { role, of }),
        Target::Homologue { of } => (MentionKind::Nominal, Ent::Homologue { of }),
        Target::Ignore => (MentionKind::Name, Ent::Ignore),
    };
    Some(Raw { span, tok0: ti, tok1, how, ent, capital_form: entry.caps & 1 != 0 })
}

/// The text must be capitalised where the form is: each capitalised word of
/// the form starts with a capital in the text, and an acronym is written in
/// capitals.
fn caps_ok(entry: &Entry, original: &str) -> bool {
    if entry.acronym {
        return original.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    }
    if entry.caps == 0 {
        return true;
    }
    let n = words(original).count();
    if n == entry.words as usize {
        words(original).enumerate().all(|(i, w)| {
            i >= 32
                || entry.caps & (1 << i) == 0
                || w.chars().next().is_some_and(char::is_uppercase)
        })
    } else {
        entry.caps & 1 == 0 || original.chars().next().is_some_and(char::is_uppercase)
    }
}

/// A town whose name is a common word (Nice, Tours, Bar) is a place only
/// with evidence: a preposition before it, and not at a sentence start.
/// The English or French name of a city of a million people is exempt:
/// `Paris` and `Londres` are words too, but a capitalised one is nearly
/// always the city; its other names (`Seul` for Seoul, `Berline` for
/// Berlin) need the same evidence as a small town's.
fn common_word_place_ok(lex: &Lexicon, cx: &Ctx<'_>, e: u32, ti: usize, primary: bool) -> bool {
    let big = lex.entities.get(e as usize).and_then(|e| e.population).unwrap_or(0) >= BIG_CITY;
    if big && primary {
        return true;
    }
    if cx.sent_first.get(ti).copied().unwrap_or(true) {
        return false;
    }
    ti.checked_sub(1).is_some_and(|p| PLACE_EVIDENCE.contains(&cx.folded(p)))
}

/// Picks one city among namesakes: the population decides, times 100 for a
/// capital (it stands for its country) and times 50 when the document
/// already names the city's country.
fn resolve_cities(lex: &Lexicon, raws: &mut [Raw]) {
    let mut countries: HashSet<u32, Fnv> = HashSet::default();
    for r in raws.iter() {
        if let Ent::Known(e) = r.ent {
            match lex.entities.get(e as usize).map(|x| x.kind) {
                Some(EntityKind::Country) => {
                    countries.insert(e);
                }
                Some(EntityKind::City) => {
                    if let Some(Some(c)) = lex.country_of.get(e as usize) {
                        countries.insert(*c);
                    }
                }
                _ => {}
            }
        }
    }
    for r in raws.iter_mut() {
        let Ent::Cities(cands) = &r.ent else { continue };
        let score = |c: u32| -> f64 {
            let pop = lex.entities.get(c as usize).and_then(|e| e.population).unwrap_or(0) as f64;
            let capital = if lex.stands_for.get(c as usize).copied().flatten().is_some() {
                100.0
            } else {
                1.0
            };
            let known = match lex.country_of.get(c as usize).copied().flatten() {
                Some(k) if countries.contains(&k) => 50.0,
                _ => 1.0,
            };
            pop.max(1.0) * capital * known
        };
        let best =
            cands.iter().copied().max_by(|a, b| score(*a).total_cmp(&score(*b)).then(b.cmp(a)));
        if let Some(b) = best {
            r.ent = Ent::Known(b);
        }
    }
}

/// Countries the document names (by name or demonym) or implies by a
/// large city, plus France for a French document (the corpus is French
/// news: its towns are rarely introduced by their country).
fn document_countries(lex: &Lexicon, cx: &Ctx<'_>, raws: &[Raw]) -> HashSet<u32, Fnv> {
    let mut countries: HashSet<u32, Fnv> = HashSet::default();
    for r in raws {
        let Ent::Known(e) = r.ent else { continue };
        let Some(ent) = lex.entities.get(e as usize) else { continue };
        match ent.kind {
            EntityKind::Country => {
                countries.insert(e);
            }
            EntityKind::City if ent.population.unwrap_or(0) >= BIG_CITY => {
                if let Some(Some(c)) = lex.country_of.get(e as usize) {
                    countries.insert(*c);
                }
            }
            _ => {
                if let Some(Some(c)) = lex.stands_for.get(e as usize) {
                    countries.insert(*c);
                }
            }
        }
    }
    if cx.doc.language() == newsline_doc::Language::French {
        if let Some(&fr) = lex.by_id.get("iso:FR") {
            countries.insert(fr);
        }
    }
    countries
}

/// Cities of at least this population need no evidence.
const BIG_CITY: u64 = 1_000_000;

/// Words before a town that show it is one ("à Scottsdale").
const STRONG_LOCATIVES: &[&str] =
    &["a", "vers", "depuis", "pres", "in", "at", "near", "outside", "banlieue"];

/// A town of a country the document does not name needs evidence: a
/// locative before it (or, for a city of 100,000 people, a preposition) or
/// a parenthesis after it ("Maubeuge (Nord)"). Towns
/// share their names with brands (Mercedes, Bentley, Toyota), first names
/// (David, Jackson) and words far more often than a news story mentions a
/// small foreign town out of the blue. Capitals are exempt.
fn drop_unsupported_towns(lex: &Lexicon, cx: &Ctx<'_>, raws: &mut Vec<Raw>) {
    let countries = document_countries(lex, cx, raws);
    raws.retain(|r| {
        let Ent::Known(e) = r.ent else { return true };
        let Some(ent) = lex.entities.get(e as usize) else { return true };
        // A city without a population (a user's own) is taken as given.
        let Some(population) = ent.population else { return true };
        if ent.kind != EntityKind::City || population >= BIG_CITY || ent.stands_for.is_some() {
            return true;
        }
        if lex.country_of.get(e as usize).copied().flatten().is_some_and(|c| countries.contains(&c))
        {
            return true;
        }
        // Cities of 100,000 people or more may also follow "de" or "et"
        // ("autour de Tcherniguiv"); smaller towns need a true locative.
        let mid = population >= 100_000;
        let before = r.tok0.checked_sub(1).is_some_and(|p| {
            let w = cx.folded(p);
            STRONG_LOCATIVES.contains(&w) || (mid && PLACE_EVIDENCE.contains(&w))
        });
        let after = cx.original(r.tok1 + 1) == "(";
        before || after
    });
}

/// Prefixes that may stand before a name in a compound ("pro-russes",
/// "anti-Poutine", "ex-URSS").
const COMPOUND_PREFIXES: &[&str] = &[
    "pro", "anti", "ex", "post", "pre", "non", "neo", "ultra", "vice", "co", "contre", "sous",
    "trans", "inter", "intra", "extra", "pan", "euro", "grand", "nord", "sud", "est", "ouest",
    "centre",
];

/// A mention inside a hyphenated compound stands only if every other part
/// of the compound is a mention too or a prefix: "Poutine-Zelensky",
/// "russo-ukrainiens", "pro-russes" stay; "Luc" in "Jean-Luc", "Mercedes"
/// in "Mercedes-AMG", "Saint-Denis" in "Seine-Saint-Denis" go.
fn drop_inside_foreign_compounds(cx: &Ctx<'_>, raws: &mut Vec<Raw>) {
    let mut keep = vec![true; raws.len()];
    let mut i = 0;
    while i < raws.len() {
        let ti = raws[i].tok0;
        // All mentions within this token (when the mention is one token).
        let mut j = i;
        while j < raws.len() && raws[j].tok0 == ti && raws[j].tok1 == ti {
            j += 1;
        }
        let Some(tok) = cx.tokens.get(ti) else { break };
        let inside = j > i
            && (raws[i].span.start() != tok.span.start()
                || raws[j - 1].span.end() != tok.span.end());
        if inside {
            let (vs, _) = cx.tok_view.get(ti).copied().unwrap_or((0, 0));
            let folded = cx.folded(ti);
            // Every hyphen part must be covered by one of the mentions or be
            // a prefix.
            let mut offset = 0;
            let mut ok = true;
            for part in folded.split('-') {
                let (ps, pe) = (vs + offset, vs + offset + part.len());
                offset += part.len() + 1;
                if part.is_empty() || COMPOUND_PREFIXES.contains(&part) {
                    continue;
                }
                let covered = raws[i..j].iter().any(|r| {
                    let (ms, me) = cx.doc.folded().to_view(r.span);
                    ms <= ps && pe <= me + 1
                });
                if !covered {
                    ok = false;
                    break;
                }
            }
            if !ok {
                for k in keep.iter_mut().take(j).skip(i) {
                    *k = false;
                }
            }
        }
        i = j.max(i + 1);
    }
    let mut k = 0;
    raws.retain(|_| {
        let r = keep.get(k).copied().unwrap_or(true);
        k += 1;
        r
    });
}

/// A place glued to a capitalised word that nothing else explains is part
/// of a name: "Vladimir Kara-Murza", "Denzel Washington", "Florence Parly"
/// when she is not in the gazetteer.
fn drop_name_parts(lex: &Lexicon, cx: &Ctx<'_>, raws: &mut Vec<Raw>) {
    let covered = coverage(cx, raws);
    let is_city = |m: usize| -> bool {
        raws.get(m).is_some_and(|r| {
            matches!(r.ent, Ent::Known(e) if lex.entities.get(e as usize).is_some_and(|x| x.kind == EntityKind::City))
                && r.tok0 == r.tok1
        })
    };
    // A neighbour that is a free capitalised word, or another one-word
    // city ("David Leon": two towns side by side are a person's name).
    let free_name = |ti: Option<usize>| -> bool {
        ti.is_some_and(|t| cx.is_name_token(t) && covered.at(t).is_none_or(is_city))
    };
    let keep: Vec<bool> = raws
        .iter()
        .map(|r| {
            let Ent::Known(e) = r.ent else { return true };
            // A capitalised English demonym before a name is part of it:
            // "American Civil Liberties Union", "American Chemical Society".
            if r.how == MentionKind::Demonym {
                // French nationality nouns before a name stay: "l'Américain
                // Tom Hanks" is a mention of the United States.
                let capital = r.capital_form
                    && r.span
                        .slice(cx.text)
                        .and_then(|t| t.chars().next())
                        .is_some_and(char::is_uppercase);
                let next = Some(r.tok1 + 1).filter(|&n| cx.same_sentence(n, r.tok1));
                return !(capital
                    && cx.text.get(r.span.end()..).is_some_and(|t| t.starts_with(' '))
                    && free_name(next));
            }
            let kind = lex.entities.get(e as usize).map(|x| x.kind);
            if r.how != MentionKind::Name {
                return true;
            }
            // Only whole tokens: a place inside a compound is not a name part.
            let whole = cx.tokens.get(r.tok0).is_some_and(|t| t.span.start() == r.span.start())
                && cx.tokens.get(r.tok1).is_some_and(|t| t.span.end() == r.span.end());
            if !whole {
                return true;
            }
            let before = r.tok0.checked_sub(1).filter(|&p| cx.same_sentence(p, r.tok0));
            let after = Some(r.tok1 + 1).filter(|&n| cx.same_sentence(n, r.tok1));
            match kind {
                // Places glued to a name: "Vladimir Kara-Mourza", "Antoine
                // Maurice", "Arizona Biltmore", "Europe Écologie".
                Some(EntityKind::City | EntityKind::Country | EntityKind::Region) => {
                    !(free_name(before) || free_name(after))
                }
                // A surname alone after another first name is someone
                // else: "Brigitte Macron" is not Emmanuel Macron.
                Some(EntityKind::Person) => !(r.tok0 == r.tok1 && free_name(before)),
                _ => true,
            }
        })
        .collect();
    let mut k = 0;
    raws.retain(|_| {
        let r = keep.get(k).copied().unwrap_or(true);
        k += 1;
        r
    });
}

/// Which mention (index into `raws`) covers each token.
fn coverage(cx: &Ctx<'_>, raws: &[Raw]) -> Coverage {
    let mut covered = Coverage(vec![u32::MAX; cx.tokens.len()]);
    for (i, r) in raws.iter().enumerate() {
        for k in r.tok0..=r.tok1 {
            covered.set(k, Some(i));
        }
    }
    covered
}

/// Which mention covers each token: one `u32` a token (`u32::MAX` for
/// none), a quarter of an `Option<usize>`, since several passes build it
/// over every token of the document.
struct Coverage(Vec<u32>);

impl Coverage {
    fn at(&self, token: usize) -> Option<usize> {
        self.0.get(token).copied().filter(|&m| m != u32::MAX).map(|m| m as usize)
    }

    fn set(&mut self, token: usize, mention: Option<usize>) {
        if let Some(slot) = self.0.get_mut(token) {
            // Mention indices fit in u32: a document has fewer mentions
            // than bytes, and offsets are u32 in newsline-doc's maps too.
            *slot = mention.and_then(|m| u32::try_from(m).ok()).unwrap_or(u32::MAX);
        }
    }
}

fn display_case(s: &str) -> String {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        // "SERGEY DOLZHENKO" in a photo credit is shown "Sergey Dolzhenko".
        let mut out = String::with_capacity(s.len());
        let mut start = true;
        for c in s.chars() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = !c.is_alphanumeric();
        }
        out
    } else {
        s.to_string()
    }
}

/// People missing from the gazetteer: a name after a role noun and a comma
/// ("le porte-parole du ministère, Oleksandre Motuzyanyk"), right after a
/// role noun or demonym ("le diplomate ukrainien Oleksander Chaly"), after
/// "selon", in a photo credit ("EPA/SERGEY DOLZHENKO"), or after an
/// honorific ("M. Motuzyanyk").
fn find_unknown_people(
    lex: &Lexicon,
    cx: &Ctx<'_>,
    raws: &mut Vec<Raw>,
    locals: &mut Vec<LocalPerson>,
) {
    let mut covered = coverage(cx, raws);
    let n = cx.tokens.len();
    let mut new: Vec<Raw> = Vec::new();
    let mut ti = 0;
    while ti < n {
        // A run of free name tokens, at most three.
        // A run of free name tokens, at most three, all in capitals (a
        // credit) or none (an acronym beside a name is a party or a
        // brand: "RN Louis Aliot"); no digits ("DB5").
        let upper = |k: usize| cx.tokens.get(k).is_some_and(|t| t.case == Case::Upper);
        let first_upper = upper(ti);
        let run = |from: usize, covered: &Coverage| -> usize {
            let mut k = from;
            while k < n
                && k - from < 3
                && cx.is_name_token(k)
                && upper(k) == first_upper
                && !cx.original(k).chars().any(|c| c.is_ascii_digit())
                && cx.original(k).chars().next().is_some_and(char::is_uppercase)
                && covered.at(k).is_none()
            {
                if k > from && !cx.same_sentence(from, k) {
                    break;
                }
                k += 1;
            }
            k - from
        };
        let len = run(ti, &covered);
        // A brand ("Aston Martin", "Land Rover") or an organisation
        // ("American Chemical Society") is no person.
        if len > 0 {
            let folded: Vec<&str> = (ti..ti + len).map(|k| cx.folded(k)).collect();
            if folded.iter().any(|w| lex.stop_forms.contains(*w) || ORG_WORDS.contains(w))
                || lex.stop_forms.contains(&folded.join(" "))
            {
                ti += len;
                continue;
            }
        }
        if len == 0 {
            ti += 1;
            continue;
        }
        let prev = ti.checked_sub(1);
        let prev_text = prev.map(|p| cx.original(p)).unwrap_or("");
        let prev_fold = prev.map(|p| cx.folded(p)).unwrap_or("");
        let titled = TITLES.contains(&prev_text);
        let all_upper =
            (ti..ti + len).all(|k| cx.tokens.get(k).is_some_and(|t| t.case == Case::Upper));
        let credit = prev_text == "/"
            && all_upper
            && len >= 2
            && prev.and_then(|p| p.checked_sub(1)).and_then(|p| covered.at(p)).is_some_and(
                |m| {
                    raws.get(m).is_some_and(|r| {
                        matches!(r.ent, Ent::Known(e) if lex.entities.get(e as usize).is_some_and(|x| x.kind == EntityKind::Organization))
                    })
                },
            );
        let role_before = || -> bool {
            // A role noun in the same sentence shortly before, then a
            // comma, the noun itself, or a demonym right before the name.
            let Some(p) = prev else { return false };
            let direct = ROLE_SET.contains(prev_fold)
                || covered
                    .at(p)
                    .is_some_and(|m| raws.get(m).is_some_and(|r| r.how == MentionKind::Demonym));
            if !(direct || prev_text == ",") {
                return false;
            }
            let lo = ti.saturating_sub(14);
            (lo..ti)
                .rev()
                .take_while(|&k| cx.same_sentence(k, ti))
                .any(|k| ROLE_SET.contains(cx.folded(k)))
        };
        // Upper-case runs are headings or acronyms unless in a credit.
        let shape_ok = !all_upper || credit;
        let accept = shape_ok
            && ((titled && len >= 1)
                || credit
                || (len >= 2 && !cx.sent_first.get(ti).copied().unwrap_or(true) && role_before()));
        if !accept {
            ti += len;
            continue;
        }
        let span = match (cx.tokens.get(ti), cx.tokens.get(ti + len - 1)) {
            (Some(a), Some(b)) => Span::from(a.span.start()..b.span.end()),
            _ => break,
        };
        let surface = span.slice(cx.text).unwrap_or("").to_string();
        let surname = fold(cx.original(ti + len - 1));
        // A surname already known in the document is the same person.
        let existing =
            locals.iter().position(|l| fold(&l.name).rsplit(' ').next() == Some(surname.as_str()));
        let (how, idx) = match existing {
            Some(i) => (MentionKind::Coreference, i),
            None if titled && len == 1 => {
                // "M. X" alone, X unknown: leave it to coreference, which
                // may find a full name later on.
                ti += len;
                continue;
            }
            None => {
                let name = display_case(&surface);
                locals.push(LocalPerson { id: format!("local:person:{}", slugify(&name)), name });
                (MentionKind::Pattern, locals.len() - 1)
            }
        };
        new.push(Raw {
            span,
            tok0: ti,
            tok1: ti + len - 1,
            how,
            ent: Ent::Local(idx),
            capital_form: true,
        });
        for k in ti..ti + len {
            // Covered by a new mention (not in `raws`, so no index).
            covered.set(k, Some(u32::MAX as usize - 1));
        }
        ti += len;
    }
    raws.extend(new);
    raws.sort_by_key(|r| r.span.start());
}

/// Short forms of people named in the document: the last word or two of
/// any name of theirs, capitalised, wherever it is not already a person or
/// an organisation (it may replace a place: "Austin" after "Lloyd Austin").
fn coreference(lex: &Lexicon, cx: &Ctx<'_>, raws: &mut Vec<Raw>, locals: &mut [LocalPerson]) {
    let mut surnames: HashMap<String, Ent, Fnv> = HashMap::default();
    let mut ambiguous: HashSet<String, Fnv> = HashSet::default();
    let mut add = |key: String, ent: Ent, surnames: &mut HashMap<String, Ent, Fnv>| {
        if key.len() < 3 {
            return;
        }
        match surnames.get(&key) {
            Some(e) if *e != ent => {
                ambiguous.insert(key);
            }
            _ => {
                surnames.insert(key, ent);
            }
        }
    };
    let mut seen: HashSet<u32, Fnv> = HashSet::default();
    for r in raws.iter() {
        match r.ent {
            Ent::Known(e) if r.how == MentionKind::Name && seen.insert(e) => {
                let Some(ent) = lex.entities.get(e as usize) else { continue };
                if ent.kind != EntityKind::Person {
                    continue;
                }
                for name in ent.names() {
                    let w: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
                    if w.len() >= 2 {
                        add(fold(w[w.len() - 1]), Ent::Known(e), &mut surnames);
                        if w.len() >= 3 {
                            add(fold(&w[w.len() - 2..].join(" ")), Ent::Known(e), &mut surnames);
                        }
                    }
                }
            }
            Ent::Local(i) => {
                if let Some(l) = locals.get(i) {
                    let w: Vec<&str> = l.name.split(' ').collect();
                    if let Some(last) = w.last() {
                        add(fold(last), Ent::Local(i), &mut surnames);
                    }
                    // The full name too: a later "Anne Hidalgo" that no
                    // pattern introduced is the same person.
                    if (2..=3).contains(&w.len()) {
                        add(fold(&l.name), Ent::Local(i), &mut surnames);
                    }
                }
            }
            _ => {}
        }
    }
    for k in &ambiguous {
        surnames.remove(k);
    }
    if surnames.is_empty() {
        return;
    }
    let covered = coverage(cx, raws);
    let mut new: Vec<Raw> = Vec::new();
    let mut replaced: HashSet<usize, Fnv> = HashSet::default();
    let mut key = String::new();
    let mut ti = 0;
    while ti < cx.tokens.len() {
        let mut hit = None;
        // Only a capitalised token can start a surname ("le" may continue
        // one: "Le Drian" is "le drian" folded).
        let starts_name = cx.tokens.get(ti).is_some_and(|t| t.case != Case::Lower)
            && cx.is_name_token(ti)
            || cx.folded(ti) == "le";
        if starts_name {
            for len in [3usize, 2, 1] {
                if ti + len > cx.tokens.len()
                    || !(ti..ti + len).all(|k| cx.is_name_token(k) || cx.folded(k) == "le")
                    || !cx.tokens.get(ti).is_some_and(|t| t.case != Case::Lower)
                {
                    continue;
                }
                key.clear();
                for k in ti..ti + len {
                    if k > ti {
                        key.push(' ');
                    }
                    key.push_str(cx.folded(k));
                }
                if let Some(ent) = surnames.get(key.as_str()) {
                    hit = Some((len, ent.clone()));
                    break;
                }
            }
        }
        let Some((len, ent)) = hit else {
            ti += 1;
            continue;
        };
        // A surname followed or preceded by another free capitalised word
        // is someone else's name: "Philippe Martinez" after "Édouard
        // Philippe".
        let free = |k: usize| cx.is_name_token(k) && covered.at(k).is_none();
        if (ti + len < cx.tokens.len() && free(ti + len) && cx.same_sentence(ti, ti + len))
            || ti.checked_sub(1).is_some_and(|p| {
                free(p) && cx.same_sentence(p, ti) && !TITLES.contains(&cx.original(p))
            })
        {
            ti += len;
            continue;
        }
        // What covers these tokens now: nothing, or a place that the
        // person's surname should replace.
        let cover: Vec<Option<usize>> = (ti..ti + len).map(|k| covered.at(k)).collect();
        let replaceable = cover.iter().all(|c| match c {
            None => true,
            Some(m) => raws.get(*m).is_some_and(|r| {
                r.tok0 >= ti
                    && r.tok1 < ti + len
                    && matches!(r.ent, Ent::Known(e) if lex.entities.get(e as usize).is_some_and(|x| x.kind.is_place()))
                    && r.how != MentionKind::Demonym
            }),
        });
        if replaceable {
            for m in cover.iter().flatten() {
                replaced.insert(*m);
            }
            if let (Some(a), Some(b)) = (cx.tokens.get(ti), cx.tokens.get(ti + len - 1)) {
                new.push(Raw {
                    capital_form: true,
                    span: Span::from(a.span.start()..b.span.end()),
                    tok0: ti,
                    tok1: ti + len - 1,
                    how: MentionKind::Coreference,
                    ent,
                });
            }
        }
        ti += len;
    }
    let mut i = 0;
    raws.retain(|_| {
        let keep = !replaced.contains(&i);
        i += 1;
        keep
    });
    raws.extend(new);
    raws.sort_by_key(|r| r.span.start());
}

/// Resolves role descriptions to the person who held the role: a holder
/// named in the document first, else the one in office over most of the
/// document's date; with neither, the description stays unlinked.
fn resolve_nominals(lex: &Lexicon, cx: &Ctx<'_>, raws: &mut Vec<Raw>) {
    let named: HashSet<u32, Fnv> = raws
        .iter()
        .filter(|r| matches!(r.how, MentionKind::Name | MentionKind::Coreference))
        .filter_map(|r| if let Ent::Known(e) = r.ent { Some(e) } else { None })
        .collect();
    let date = cx.doc.date();
    let pick = |role: u16, of: u32| -> Option<u32> {
        let holders = lex.holders.get(&(role, of))?;
        let Some(d) = date else {
            // Undated: only a holder the document names can be chosen.
            return holders.iter().find(|(p, _)| named.contains(p)).map(|(p, _)| *p);
        };
        // Dated: those in office during the date; among them one the
        // document names, else the one in office longest over the date.
        let (earliest, latest) = (d.earliest(), d.latest());
        let mut best: Option<(bool, i64, u32)> = None;
        for (p, r) in holders {
            let days = Role::overlap_days(r, earliest, latest);
            let key = (named.contains(p), days);
            if days > 0 && best.is_none_or(|(n, b, _)| key > (n, b)) {
                best = Some((key.0, key.1, *p));
            }
        }
        best.map(|(_, _, p)| p)
    };
    let mut last_role: Option<u16> = None;
    let mut out = Vec::with_capacity(raws.len());
    for mut r in raws.drain(..) {
        match r.ent {
            Ent::Role { role, of } => match pick(role, of) {
                Some(p) => {
                    r.ent = Ent::Known(p);
                    last_role = Some(role);
                    out.push(r);
                }
                None => continue,
            },
            Ent::Homologue { of } => match last_role.and_then(|role| pick(role, of)) {
                Some(p) => {
                    r.ent = Ent::Known(p);
                    out.push(r);
                }
                None => continue,
            },
            Ent::Known(e) => {
                // The last role of the last person named: "son homologue
                // russe" after "Dmytro Kuleba" is Russia's foreign minister.
                if let Some(ent) = lex.entities.get(e as usize) {
                    if ent.kind == EntityKind::Person {
                        if let Some(d) = date {
                            let active = ent
                                .roles
                                .iter()
                                .find(|x| x.overlap_days(d.earliest(), d.latest()) > 0);
                            last_role = active
                                .and_then(|x| lex.role_names.iter().position(|n| *n == x.role))
                                .map(|i| i as u16);
                        } else if ent.roles.len() == 1 {
                            last_role = lex
                                .role_names
                                .iter()
                                .position(|n| *n == ent.roles[0].role)
                                .map(|i| i as u16);
                        }
                    }
                }
                out.push(r);
            }
            _ => out.push(r),
        }
    }
    *raws = out;
}

/// A capital or institution after a locative preposition is the place
/// ("à Moscou"); elsewhere it stands for its government ("Moscou a
/// annoncé"). Either way the mention keeps the country it stands for.
fn classify_metonyms(lex: &Lexicon, cx: &Ctx<'_>, raws: &mut [Raw]) {
    for r in raws.iter_mut() {
        let Ent::Known(e) = r.ent else { continue };
        if r.how != MentionKind::Name || lex.stands_for.get(e as usize).copied().flatten().is_none()
        {
            continue;
        }
        let mut p = r.tok0.checked_sub(1);
        // "au Kremlin", "à la Maison Blanche": skip one article.
        if let Some(q) = p {
            if matches!(cx.folded(q), "le" | "la" | "l'" | "les") {
                p = q.checked_sub(1);
            }
        }
        // "de Paris" is mostly a place ("la cour d'appel de Paris"), but
        // "les actes de Pékin" is its government: the noun before decides.
        let of_place = p.is_some_and(|q| {
            matches!(cx.folded(q), "de" | "d'" | "du" | "des")
                && !q.checked_sub(1).is_some_and(|n| GOVERNMENT_NOUNS.contains(&cx.folded(n)))
        });
        let literal = of_place || p.is_some_and(|q| LOCATIVES.contains(&cx.folded(q)));
        if !literal {
            r.how = MentionKind::Metonym;
        }
    }
}

fn assemble(
    lex: &Lexicon,
    config: &GazetteerConfig,
    cx: &Ctx<'_>,
    mut raws: Vec<Raw>,
    locals: &[LocalPerson],
) -> DocumentEntities {
    raws.sort_by_key(|r| (r.span.start(), r.span.end()));
    // Invariant of the output: mentions never overlap. The passes above keep
    // it; this guard makes it hold whatever they do.
    let mut last_end = 0usize;
    raws.retain(|r| {
        let ok = r.span.start() >= last_end && r.span.end() > r.span.start();
        if ok {
            last_end = r.span.end();
        }
        ok
    });
    let lang = config.get_display_language();
    let mut mentions = Vec::with_capacity(raws.len());
    let mut entities: Vec<DocumentEntity> = Vec::new();
    let mut index: HashMap<String, usize, Fnv> = HashMap::default();
    for r in raws {
        let text = r.span.slice(cx.text).unwrap_or("").to_string();
        let (id, kind, name, stands_for) = match r.ent {
            Ent::Known(e) => {
                let Some(ent) = lex.entities.get(e as usize) else { continue };
                let stands = match r.how {
                    MentionKind::Demonym => Some(ent.id.clone()),
                    _ => lex
                        .stands_for
                        .get(e as usize)
                        .copied()
                        .flatten()
                        .and_then(|s| lex.entities.get(s as usize))
                        .map(|s| s.id.clone()),
                };
                (ent.id.clone(), ent.kind, ent.display_name(lang).to_string(), stands)
            }
            Ent::Local(i) => {
                let Some(l) = locals.get(i) else { continue };
                (l.id.clone(), EntityKind::Person, l.name.clone(), None)
            }
            _ => continue,
        };
        let slot = *index.entry(id.clone()).or_insert_with(|| {
            entities.push(DocumentEntity {
                id: id.clone(),
                kind,
                name,
                aliases: Vec::new(),
                mentions: Vec::new(),
            });
            entities.len() - 1
        });
        if let Some(de) = entities.get_mut(slot) {
            if !de.aliases.contains(&text) {
                de.aliases.push(text.clone());
            }
            de.mentions.push(SpanText {
                start: r.span.start(),
                end: r.span.end(),
                text: text.clone(),
            });
        }
        mentions.push(Mention { span: r.span, text, entity: id, how: r.how, stands_for });
    }
    DocumentEntities { document: cx.doc.id().to_string(), mentions, entities }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// The carried-forward token offsets agree with the offset map
        /// everywhere: accents, typographic quotes and spaces, CR, combining
        /// marks, ligatures and chars beyond the table.
        #[test]
        fn token_view_offsets_match_the_offset_map(
            text in "([a-zA-Z0-9 .,'-]|é|È|ç|œ|Æ|ß|ï|’|«|»|\u{a0}|\u{202f}|\u{2011}|\r\n|\r|`|e\u{301}|\u{200b}|😀|Ж|ﬁ){0,60}"
        ) {
            let doc = Document::builder("t", text).build();
            let cx = Ctx::new(&doc);
            for (t, v) in doc.tokens().iter().zip(&cx.tok_view) {
                prop_assert_eq!(*v, doc.folded().to_view(t.span), "token {:?}", t.span.slice(doc.text()));
            }
        }
    }

    #[test]
    fn caps_rules() {
        let entry = |caps, words, acronym| Entry {
            target: Target::Entity(0),
            how: How::Name,
            caps,
            words,
            acronym,
            primary: true,
        };
        assert!(caps_ok(&entry(0b10, 2, false), "mer Noire"));
        assert!(!caps_ok(&entry(0b10, 2, false), "mer noire"));
        assert!(caps_ok(&entry(1, 1, true), "ONU"));
        assert!(!caps_ok(&entry(1, 1, true), "Onu"));
        assert!(caps_ok(&entry(0b1111, 4, false), "Jean-Yves Le Drian"));
        assert!(!caps_ok(&entry(0b1111, 4, false), "Jean-Yves le drian"));
    }

    #[test]
    fn display_case_titles_credits_only() {
        assert_eq!(display_case("SERGEY DOLZHENKO"), "Sergey Dolzhenko");
        assert_eq!(display_case("Oleksandre Motuzyanyk"), "Oleksandre Motuzyanyk");
    }
}
