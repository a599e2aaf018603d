//! Matching one document: dictionary lookup at token starts, case and
//! context rules, disambiguation, role descriptions, coreference and
//! people found by pattern.

use std::collections::{HashMap, HashSet};

use newsline_doc::{Case, Document, Span, Token, TokenKind};

use once_cell::sync::Lazy;

use crate::config::GazetteerConfig;
use crate::entity::{EntityKind, Role};
use crate::lexicon::{fold, slugify, words, Entry, Fnv, How, Lexicon, Target};
use crate::result::{DocumentEntities, DocumentEntity, HeldRole, Mention, MentionKind, SpanText};

mod filters;
mod people;
mod translit;
mod words;

use filters::*;
use people::*;
use words::*;

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
    /// The role (index into `Lexicon::role_names`, of whom) a role
    /// description gives the person it resolved to.
    role: Option<(u16, u32)>,
}

/// A person found by pattern, local to the document.
#[derive(Debug)]
struct LocalPerson {
    name: String,
    id: String,
}

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
    #[inline]
    fn compute_name_like(&self, ti: usize) -> bool {
        let Some(t) = self.tokens.get(ti) else { return false };
        if t.kind != TokenKind::Word
            || !matches!(t.case, Case::Capitalized | Case::Upper | Case::Mixed)
        {
            // Most tokens: decided without reading their text.
            return false;
        }
        // The cheap tests first; "two letters or more" stops at the second.
        let original = self.original(ti);
        original.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
            && !original.ends_with('\'')
            && !original.ends_with('’')
            && !TITLES.contains(&original)
            && !FUNCTION_SET.contains(self.folded(ti))
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
    coordinated_roles(lex, &cx, &mut raws);
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
        if t.kind == TokenKind::Word && hyphen_after_first(bytes, vs, ve) {
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
        if vs < cursor || vs >= bytes.len() || !may_start(lex, cx, vs, ti) {
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

/// Whether `bytes[start + 1..end]` holds a hyphen. Every word of a text
/// asks, and few have one: a word of up to eight bytes after its first is
/// tested in one read of eight bytes, whatever follows it.
#[inline]
fn hyphen_after_first(bytes: &[u8], start: usize, end: usize) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let len = end.saturating_sub(start + 1);
    match bytes.get(start + 1..).and_then(|b| b.first_chunk::<8>()) {
        Some(chunk) if len <= 8 => {
            // A zero byte of `x` is a hyphen of `w`. The borrow of the
            // subtraction marks the zero bytes, and may mark bytes above a
            // zero byte too, never below one: the lowest mark is a hyphen.
            let x = u64::from_le_bytes(*chunk) ^ (LO * u64::from(b'-'));
            let zeros = x.wrapping_sub(LO) & !x & HI;
            let within = if len == 8 { u64::MAX } else { (1u64 << (8 * len)) - 1 };
            zeros & within != 0
        }
        _ => bytes.get(start + 1..end).is_some_and(|w| w.contains(&b'-')),
    }
}

/// Whether a form may start at view offset `vs`, the start of token `ti`:
/// `false` only where [`longest_at`] finds none. Most token starts of a
/// text are rejected by the first bytes alone, and asking here, inline,
/// spares them the call (`longest_at` is too large to inline).
#[inline]
fn may_start(lex: &Lexicon, cx: &Ctx<'_>, vs: usize, ti: usize) -> bool {
    // The trie `longest_at` walks: the lowercase one for a token that starts
    // with a lowercase letter. Inside a word (after a hyphen) it reads the
    // original text to tell: such starts are rare, and go to it.
    let Some((t, &(_, ve))) = cx.tokens.get(ti).zip(cx.tok_view.get(ti).filter(|&&(s, _)| s == vs))
    else {
        return true;
    };
    let trie = if matches!(t.case, Case::Lower | Case::None) { &lex.lower_trie } else { &lex.trie };
    // The run limit `longest_at` passes the walk: the token's length.
    let run_limit = ve.saturating_sub(vs);
    cx.view.as_bytes().get(vs..).is_some_and(|hay| trie.may_start_run(hay, run_limit))
}

/// The longest valid mention starting at view offset `vs` (token `ti`) and
/// ending at or before `limit`.
#[allow(clippy::too_many_arguments)]
#[inline]
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
    // A mention ends on a token end or at a hyphen inside a word (see
    // `validate`), never inside a run of word bytes of its token: a form
    // ending there is no mention, and a longer one begins with the whole
    // run. So the walk may skip the forms of another first run, if the run
    // stays inside the token.
    let run_limit = cx.tok_view.get(ti).map_or(0, |&(_, end)| end.saturating_sub(vs));
    if lowercase {
        lex.lower_trie.prefixes_of_run(hay, run_limit, |len, k| {
            if let Some(&pid) = lex.lower_ids.get(k as usize) {
                found.push((vs + len, pid));
            }
        });
    } else {
        lex.trie.prefixes_of_run(hay, run_limit, |len, pid| found.push((vs + len, pid)));
    }
    if found.is_empty() {
        // Most starts: no form begins here.
        return None;
    }
    pick(lex, cx, config, vs, ti, limit, nominals, is_end, found)
}

/// The longest of the forms `found` at `vs` that is a valid mention. Out of
/// line: `longest_at` runs at every token start and is kept small.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn pick(
    lex: &Lexicon,
    cx: &Ctx<'_>,
    config: &GazetteerConfig,
    vs: usize,
    ti: usize,
    limit: usize,
    nominals: bool,
    is_end: &[bool],
    found: &[(usize, u32)],
) -> Option<Raw> {
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
                let kind = lex.kind(e);
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
                    Target::Entity(c) if lex.kind(c) == Some(EntityKind::City) => Some(c),
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
    Some(Raw { span, tok0: ti, tok1, how, ent, capital_form: entry.caps & 1 != 0, role: None })
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
    // Entity id -> its slot in `entities`. Borrowed ids: a document names
    // the same entities again and again, and an owned key was one more
    // string per mention.
    let mut index: HashMap<&str, usize, Fnv> = HashMap::default();
    for r in raws {
        // The entity's id, kind and display name, borrowed; the name is
        // copied only for an entity's first mention.
        let (id, kind, name, stands_for): (&str, EntityKind, &str, Option<String>) = match r.ent {
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
                (&ent.id, ent.kind, ent.display_name(lang), stands)
            }
            Ent::Local(i) => {
                let Some(l) = locals.get(i) else { continue };
                (&l.id, EntityKind::Person, &l.name, None)
            }
            _ => continue,
        };
        let text = r.span.slice(cx.text).unwrap_or("").to_string();
        let slot = *index.entry(id).or_insert_with(|| {
            entities.push(DocumentEntity {
                id: id.to_string(),
                kind,
                name: name.to_string(),
                aliases: Vec::new(),
                mentions: Vec::new(),
                roles: Vec::new(),
            });
            entities.len() - 1
        });
        if let Some(de) = entities.get_mut(slot) {
            if let Some((role, of)) = r.role {
                let name = lex.role_names.get(role as usize);
                let of = lex.entities.get(of as usize).map(|e| e.id.as_str());
                if let (Some(name), Some(of)) = (name, of) {
                    if !de.roles.iter().any(|h| h.role == *name && h.of == of) {
                        de.roles.push(HeldRole::new(name.clone(), of, text.clone()));
                    }
                }
            }
            if !de.aliases.contains(&text) {
                de.aliases.push(text.clone());
            }
            de.mentions.push(SpanText {
                start: r.span.start(),
                end: r.span.end(),
                text: text.clone(),
            });
        }
        mentions.push(Mention {
            span: r.span,
            text,
            entity: id.to_string(),
            how: r.how,
            stands_for,
        });
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
    fn hyphen_after_first_byte() {
        let text = b"x-a,-b.c-,,-defgh,ij-klm,nop.qrs-tu,v-,w.-\x01\x2c-z";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let expected = text.get(start + 1..end).is_some_and(|w| w.contains(&b'-'));
                assert_eq!(hyphen_after_first(text, start, end), expected, "{start}..{end}");
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
