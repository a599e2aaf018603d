//! The extractor: triggers, then speakers, participants, place, date,
//! modality and attribution, sentence by sentence.

use std::ops::Range;

use newsline_doc::{Document, Span};
use newsline_gazetteer::DocumentEntities;
use newsline_time::Timex;
use serde::{Deserialize, Serialize};

use crate::dating::{event_date, speech_of_the_day, told_in_past};
use crate::inputs::{self, Ent, Tx};
use crate::lexicon::{Lexicon, Pos, TriggerMatch};
use crate::modality::{modality, Cues};
use crate::model::{
    DateSource, EventDate, EventKind, EventMention, Evidence, Modality, Participant, Role,
};
use crate::roles::{self, compatible, find_speaker, location, statement_quote};

/// Settings of an [`EventExtractor`].
///
/// # Example
///
/// ```
/// use newsline_events::EventConfig;
///
/// let config = EventConfig::new().window(10).document_date_fallback(false);
/// assert_eq!(config.window, 10);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct EventConfig {
    /// How many tokens on each side of a trigger participants are looked
    /// for.
    pub window: usize,
    /// Whether an event with no time expression of its own takes the
    /// document date (at the document date's precision, `source:
    /// document`).
    pub document_date_fallback: bool,
}

impl Default for EventConfig {
    fn default() -> EventConfig {
        EventConfig { window: 12, document_date_fallback: true }
    }
}

impl EventConfig {
    /// The default settings.
    pub fn new() -> EventConfig {
        EventConfig::default()
    }

    /// Sets the participant window. By default, 12 tokens.
    pub const fn window(mut self, tokens: usize) -> EventConfig {
        self.window = tokens;
        self
    }

    /// Sets the document-date fallback. By default, on.
    pub const fn document_date_fallback(mut self, on: bool) -> EventConfig {
        self.document_date_fallback = on;
        self
    }
}

/// Finds the event mentions of a document from its entity mentions and time
/// expressions.
///
/// Build it once and reuse it; it is `Send + Sync`.
#[derive(Clone, Debug)]
pub struct EventExtractor {
    config: EventConfig,
    lexicon: Lexicon,
}

impl Default for EventExtractor {
    fn default() -> EventExtractor {
        EventExtractor::new(EventConfig::default())
    }
}

/// How many sentences back an anaphoric mention ("cette réunion") looks
/// for the event it points to.
const ANAPHORA_REACH: usize = 8;

/// An event already told, that a later anaphoric mention may point to.
#[derive(Clone, Debug)]
struct Antecedent {
    kind: EventKind,
    sentence: usize,
    participants: Vec<Participant>,
    modality: Modality,
    /// Its date, when a time expression gave it.
    date: Option<EventDate>,
}

/// Adverbs and phrases that tie a sentence's events to the time of the
/// events just told ("aussitôt", "pendant ce temps", "dans le même temps").
const LINKS: &[&[&str]] = &[
    &["aussitot"],
    &["pendant", "ce", "temps"],
    &["dans", "le", "meme", "temps"],
    &["au", "meme", "moment"],
    &["le", "meme", "jour"],
    &["meanwhile"],
    &["at", "the", "same", "time"],
    &["the", "same", "day"],
];

/// The date of the last dated event before a sentence that a linking
/// adverb ties it to.
fn linked_date(
    doc: &Document,
    sentence: Range<usize>,
    before: &[EventMention],
) -> Option<EventDate> {
    let linked = sentence.clone().any(|i| {
        LINKS.iter().any(|l| {
            l.iter().enumerate().all(|(k, w)| word(doc, i + k) == *w && i + k < sentence.end)
        })
    });
    if !linked {
        return None;
    }
    let start = doc.tokens().get(sentence.start).map_or(0, |t| t.span.start());
    before
        .iter()
        .filter(|e| e.trigger.start < start)
        .max_by_key(|e| e.trigger.start)
        .and_then(|e| e.date.clone())
        .map(|mut d| {
            d.source = DateSource::Inferred;
            d
        })
}

/// A statement found in the first pass: who spoke, where, with which quote.
#[derive(Clone, Debug)]
struct Speech {
    speaker: String,
    quote: Option<Span>,
}

impl EventExtractor {
    /// An extractor with the embedded trigger lexicon.
    pub fn new(config: EventConfig) -> EventExtractor {
        EventExtractor { config, lexicon: Lexicon::embedded().clone() }
    }

    /// An extractor with another lexicon (the embedded one extended, say).
    pub fn with_lexicon(config: EventConfig, lexicon: Lexicon) -> EventExtractor {
        EventExtractor { config, lexicon }
    }

    /// The event mentions of `doc`, in text order, numbered
    /// `<document id>#0`, `#1`...
    pub fn extract(
        &self,
        doc: &Document,
        entities: &DocumentEntities,
        timexes: &[Timex],
    ) -> Vec<EventMention> {
        let ents = inputs::entities(doc, entities);
        let txs = inputs::timexes(timexes);
        let mut out = Vec::new();
        let mut speeches: Vec<Speech> = Vec::new();
        let mut last_speaker: Option<String> = None;
        let mut recent: Vec<Antecedent> = Vec::new();
        for (sentence_index, sentence) in doc.sentences().iter().enumerate() {
            let range = sentence.tokens.clone();
            let found: Vec<TriggerMatch> = self.lexicon.find(doc, range.clone()).collect();
            let triggers: Vec<TriggerMatch> = found
                .iter()
                .enumerate()
                .filter(|(i, t)| !spurious(doc, t, &found[..*i], &found[i + 1..]))
                .map(|(_, t)| t.clone())
                .collect();
            // Entities are sorted: the sentence's are one slice of them.
            let first = ents.partition_point(|e| e.span.start() < sentence.span.start());
            let sent_ents: Vec<&Ent> = ents[first..]
                .iter()
                .take_while(|e| e.span.start() < sentence.span.end())
                .filter(|e| sentence.span.contains(e.span))
                .collect();
            // Statements first: they decide what is reported.
            let mut speakers_here: Vec<String> = Vec::new();
            let mut reporting: Vec<(usize, Option<String>)> = Vec::new();
            for t in triggers.iter().filter(|t| t.kind == EventKind::Statement) {
                if !is_speech_act(doc, t, range.clone()) {
                    continue;
                }
                let speaker =
                    find_speaker(doc, t, range.clone(), &sent_ents, last_speaker.as_deref());
                if t.pos != Pos::Preposition {
                    reporting.push((t.tokens.start, speaker.clone()));
                }
                if let Some(speaker) = speaker.clone() {
                    if speakers_here.contains(&speaker) {
                        continue;
                    }
                    speakers_here.push(speaker.clone());
                    last_speaker = Some(speaker.clone());
                    let quote = statement_quote(doc, sentence.span, t);
                    speeches.push(Speech { speaker: speaker.clone(), quote });
                    // A speech verb's modality is its own, not that of the
                    // quote it reports: cues start after the quote.
                    let own = (range.start..t.tokens.start)
                        .rev()
                        .find(|&i| word(doc, i) == "\"")
                        .map_or(range.start, |q| q + 1);
                    let cues = Cues {
                        doc,
                        sentence: own..range.end,
                        trigger: t.tokens.clone(),
                        pos: t.pos,
                    };
                    let m = modality(&cues, false);
                    out.push(self.mention(
                        doc,
                        t,
                        sentence.span,
                        vec![Participant::new(speaker.clone(), Role::Actor)],
                        None,
                        &txs,
                        m,
                        Some(speaker),
                        quote,
                        0.8,
                    ));
                }
            }
            for t in triggers
                .iter()
                .filter(|t| t.kind != EventKind::Statement && !is_role_marker(doc, t))
            {
                let trigger_span = span_of(doc, t.tokens.clone());
                let in_quote = doc.quote_containing(trigger_span).map(|q| q.span);
                let governing = reporting.iter().find(|(r, _)| reports(doc, *r, t.tokens.start));
                // "selon X" reports what its own clause says.
                let selon = triggers.iter().find(|o| {
                    o.pos == Pos::Preposition
                        && selon_scopes(doc, o.tokens.start, t.tokens.start, range.clone())
                });
                let selon_speaker =
                    selon.and_then(|o| find_speaker(doc, o, range.clone(), &sent_ents, None));
                let quote_speaker = in_quote.and_then(|q| {
                    speeches
                        .iter()
                        .rev()
                        .find(|sp| sp.quote.is_some_and(|sq| sq.overlaps(q)))
                        .map(|sp| sp.speaker.clone())
                });
                let quote_speaker = quote_speaker.or_else(|| {
                    if in_quote.is_some() {
                        reporting.iter().find_map(|r| r.1.clone())
                    } else {
                        None
                    }
                });
                // "cette réunion" points back to an event already told:
                // reporting it does not make it a claim.
                let anaphoric = t.pos == Pos::Noun
                    && t.tokens.start > range.start
                    && matches!(
                        word(doc, t.tokens.start - 1),
                        "ce" | "cet" | "cette" | "ces" | "this" | "these"
                    );
                // A speaker's own accusation, threat or refusal in a quote is
                // the speaker's act, told as such.
                let own_act = in_quote.is_some()
                    && matches!(
                        t.kind,
                        EventKind::Accusation | EventKind::Threat | EventKind::Rejection
                    );
                let reported = (in_quote.is_some() || governing.is_some() || selon.is_some())
                    && !anaphoric
                    && !own_act;
                let attributed =
                    quote_speaker.or_else(|| governing.and_then(|g| g.1.clone())).or(selon_speaker);
                let cues =
                    Cues { doc, sentence: range.clone(), trigger: t.tokens.clone(), pos: t.pos };
                let m = modality(&cues, reported);
                let mut participants = roles::participants(
                    doc,
                    t,
                    range.clone(),
                    &sent_ents,
                    &ents,
                    self.config.window,
                );
                // "cette réunion", "la rencontre", "ces pourparlers": the
                // last factual mention of the same kind told before.
                let definite = t.pos == Pos::Noun
                    && t.tokens.start > range.start
                    && matches!(
                        word(doc, t.tokens.start - 1),
                        "le" | "la" | "l'" | "les" | "the" | "du" | "au" | "aux"
                    );
                let shares = |a: &Antecedent, ps: &[Participant]| {
                    ps.is_empty()
                        || ps.iter().any(|p| a.participants.iter().any(|q| q.entity == p.entity))
                };
                let candidates = || {
                    recent.iter().rev().filter(|a| {
                        a.kind == t.kind
                            && a.modality.is_factual()
                            && sentence_index - a.sentence <= ANAPHORA_REACH
                    })
                };
                let antecedent = if anaphoric || definite {
                    candidates().find(|a| shares(a, &participants)).or_else(|| {
                        if anaphoric {
                            candidates().next()
                        } else {
                            None
                        }
                    })
                } else {
                    None
                };
                if let Some(a) = antecedent {
                    for p in &a.participants {
                        if !participants.iter().any(|q| q.entity == p.entity) {
                            participants.push(p.clone());
                        }
                    }
                }
                if participants.is_empty() {
                    // The sentence's other actors, then the last event of a
                    // compatible kind a few sentences back: "les
                    // pourparlers" usually continues the talks just named.
                    participants =
                        roles::participants(doc, t, range.clone(), &sent_ents, &ents, usize::MAX);
                }
                if participants.is_empty() {
                    participants = recent
                        .iter()
                        .rev()
                        .find(|a| compatible(a.kind, t.kind) && sentence_index - a.sentence <= 3)
                        .map(|a| a.participants.clone())
                        .unwrap_or_default();
                }
                let location = location(doc, t, range.clone(), &sent_ents);
                let confidence = if participants.is_empty() { 0.5 } else { 0.7 };
                let attributed = if m == Modality::Reported { attributed } else { None };
                let antecedent_date = antecedent.and_then(|a| a.date.clone());
                let mut mention = self.mention(
                    doc,
                    t,
                    sentence.span,
                    participants,
                    location,
                    &txs,
                    m,
                    attributed,
                    in_quote,
                    confidence,
                );
                // An anaphor with no date of its own is the dated event it
                // points back to.
                if mention.date.as_ref().is_none_or(|d| d.source == DateSource::Document) {
                    // The same kind of event between the same two or more
                    // parties, told again: "Blinken et Lavrov ... leurs
                    // entretiens ... les deux dirigeants se sont rencontrés".
                    let same_parties = || {
                        candidates().find(|a| {
                            let shared = mention
                                .participants
                                .iter()
                                .filter(|p| a.participants.iter().any(|q| q.entity == p.entity))
                                .count();
                            a.date.is_some() && shared >= 2 && shared == mention.participants.len()
                        })
                    };
                    if let Some(d) = antecedent_date {
                        mention.date = Some(d);
                    } else if let Some(d) = mention
                        .modality
                        .is_factual()
                        .then(same_parties)
                        .flatten()
                        .and_then(|a| a.date.clone())
                    {
                        mention.date = Some(d);
                    } else if let Some(d) = linked_date(doc, range.clone(), &out) {
                        mention.date = Some(d);
                    }
                }
                if !mention.participants.is_empty() || mention.date.is_some() {
                    recent.push(Antecedent {
                        kind: t.kind,
                        sentence: sentence_index,
                        participants: mention.participants.clone(),
                        modality: mention.modality,
                        date: mention
                            .date
                            .clone()
                            .filter(|d| d.source != DateSource::Document)
                            .map(|mut d| {
                                d.source = DateSource::Inferred;
                                d
                            }),
                    });
                }
                out.push(mention);
            }
        }
        out.sort_by_key(|a| (a.trigger.start, a.kind));
        for (i, e) in out.iter_mut().enumerate() {
            e.id = format!("{}#{i}", doc.id());
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn mention(
        &self,
        doc: &Document,
        t: &TriggerMatch,
        sentence: Span,
        participants: Vec<Participant>,
        location: Option<String>,
        txs: &[Tx],
        modality: Modality,
        attributed_to: Option<String>,
        quote: Option<Span>,
        confidence: f32,
    ) -> EventMention {
        let trigger = span_of(doc, t.tokens.clone());
        // The document date dates what the text tells as current: asserted
        // or reported events not told in a past tense. Past, planned,
        // possible and negated events without a date of their own stay
        // undated rather than take a date they do not have.
        let sentence_tokens = doc.token_index_at(sentence.start())
            ..doc.token_index_at(sentence.end().saturating_sub(1)) + 1;
        let current = modality.is_factual()
            && (!told_in_past(doc, t)
                || (t.kind == EventKind::Statement && speech_of_the_day(doc, t, sentence_tokens)));
        let date = event_date(
            doc,
            t.tokens.clone(),
            trigger,
            sentence,
            txs,
            self.config.document_date_fallback && current,
        );
        EventMention {
            id: String::new(),
            kind: t.kind,
            trigger: Evidence::new(doc.text(), trigger),
            sentence: Evidence::new(doc.text(), sentence),
            participants,
            location,
            date,
            modality,
            attributed_to,
            quote,
            confidence,
        }
    }
}

/// Whether a reporting verb reports speech here. A present participle
/// ("affirmant", "ajoutant") continues the statement before it; an
/// infinitive ("pour évoquer") reports nothing; a past participle without
/// an auxiliary is an adjective ("l'objectif déclaré").
fn is_speech_act(doc: &Document, t: &TriggerMatch, sentence: Range<usize>) -> bool {
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
    // The participle's accent is in the original text only: folding makes
    // "insisté" and "insiste" one form.
    let original =
        doc.tokens().get(t.tokens.start).map_or("", |tok| doc.token_text(tok)).to_lowercase();
    let participle = ["é", "és", "ée", "ées"].iter().any(|e| original.ends_with(e));
    if participle {
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
fn spurious(
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
    same_noun_before || compound || suggests || selon_noun
}

/// Whether the trigger only marks a role ("sous la médiation de X").
fn is_role_marker(doc: &Document, t: &TriggerMatch) -> bool {
    let before: Vec<&str> =
        (t.tokens.start.saturating_sub(2)..t.tokens.start).map(|i| word(doc, i)).collect();
    matches!(before.as_slice(), ["sous", "la" | "l'"]) || before.last() == Some(&"sous")
}

pub(crate) fn span_of(doc: &Document, tokens: Range<usize>) -> Span {
    let t = doc.tokens();
    match (t.get(tokens.start), t.get(tokens.end.saturating_sub(1))) {
        (Some(a), Some(b)) => a.span.cover(b.span),
        _ => Span::empty(0),
    }
}

pub(crate) fn word(doc: &Document, i: usize) -> &str {
    doc.tokens().get(i).map_or("", |t| doc.folded_token(t))
}

/// Whether two tokens are in the same clause: no comma, semicolon or
/// colon between them.
fn same_clause(doc: &Document, a: usize, b: usize) -> bool {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    !(lo + 1..hi).any(|i| matches!(word(doc, i), "," | ";" | ":" | "."))
}

/// Whether "selon" at token `s` scopes over the trigger at `t`: its own
/// clause, or the whole sentence when it opens it ("Selon X, ...") or
/// closes it ("..., selon X.").
fn selon_scopes(doc: &Document, s: usize, t: usize, sentence: Range<usize>) -> bool {
    let opens = s == sentence.start
        || (sentence.start..s).all(|i| matches!(word(doc, i), "\"" | "(" | "-"));
    let closes = !(s + 1..sentence.end).any(|i| matches!(word(doc, i), "," | ";" | ":"));
    opens || closes || same_clause(doc, s, t)
}

/// Whether the reporting verb at token `r` governs the trigger at `t`:
/// "a annoncé que ... t", "a dit ... réduire" (an infinitive close after).
fn reports(doc: &Document, r: usize, t: usize) -> bool {
    if t <= r {
        return false;
    }
    let between: Vec<&str> = (r + 1..t).map(|i| word(doc, i)).collect();
    // The "que" of reported speech, not of a conjunction ("alors que",
    // "avant que", "parce que").
    let complementizer = between.iter().enumerate().any(|(k, w)| {
        matches!(*w, "que" | "qu'" | "that")
            && !matches!(
                if k == 0 { word(doc, r) } else { between[k - 1] },
                "alors"
                    | "bien"
                    | "parce"
                    | "tandis"
                    | "pendant"
                    | "avant"
                    | "apres"
                    | "des"
                    | "ainsi"
                    | "sans"
                    | "pour"
                    | "afin"
                    | "tant"
                    | "moins"
                    | "plus"
            )
    });
    complementizer || (between.len() <= 3 && !between.contains(&"."))
}
