//! The extractor: triggers, then speakers, participants, place, date,
//! modality and attribution, sentence by sentence.

use std::ops::Range;

use newsline_doc::{Document, Span};
use newsline_gazetteer::{DocumentEntities, MentionKind};
use newsline_time::Timex;
use serde::{Deserialize, Serialize};

use crate::inputs::{self, Ent, Tx};
use crate::lexicon::{Lexicon, Pos, TriggerMatch};
use crate::modality::{modality, Cues};
use crate::model::{
    DateSource, EventDate, EventKind, EventMention, Evidence, Modality, Participant, Role,
};

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
        let mut recent: Vec<(EventKind, usize, Vec<Participant>)> = Vec::new();
        for (sentence_index, sentence) in doc.sentences().iter().enumerate() {
            let range = sentence.tokens.clone();
            let triggers: Vec<TriggerMatch> = self.lexicon.find(doc, range.clone()).collect();
            let sent_ents: Vec<&Ent> =
                ents.iter().filter(|e| sentence.span.contains(e.span)).collect();
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
                    let cues = Cues {
                        doc,
                        sentence: range.clone(),
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
                let mut participants =
                    participants(doc, t, range.clone(), &sent_ents, self.config.window);
                if participants.is_empty() {
                    // The sentence's other actors, then the last event of a
                    // compatible kind a few sentences back: "les
                    // pourparlers" usually continues the talks just named.
                    participants = participants_in(doc, t, range.clone(), &sent_ents, usize::MAX);
                }
                if participants.is_empty() {
                    participants = recent
                        .iter()
                        .rev()
                        .find(|(k, at, _)| compatible(*k, t.kind) && sentence_index - at <= 3)
                        .map(|(_, _, p)| p.clone())
                        .unwrap_or_default();
                }
                if !participants.is_empty() {
                    recent.push((t.kind, sentence_index, participants.clone()));
                }
                let location = location(doc, t, range.clone(), &sent_ents);
                let confidence = if participants.is_empty() { 0.5 } else { 0.7 };
                let attributed = if m == Modality::Reported { attributed } else { None };
                out.push(self.mention(
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
                ));
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
        let current = modality.is_factual() && !told_in_past(doc, t);
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
            sentence,
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
    if t.pos != Pos::Verb || t.tokens.len() != 1 {
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

/// Whether the trigger only marks a role ("sous la médiation de X").
fn is_role_marker(doc: &Document, t: &TriggerMatch) -> bool {
    let before: Vec<&str> =
        (t.tokens.start.saturating_sub(2)..t.tokens.start).map(|i| word(doc, i)).collect();
    matches!(before.as_slice(), ["sous", "la" | "l'"]) || before.last() == Some(&"sous")
}

fn span_of(doc: &Document, tokens: Range<usize>) -> Span {
    let t = doc.tokens();
    match (t.get(tokens.start), t.get(tokens.end.saturating_sub(1))) {
        (Some(a), Some(b)) => a.span.cover(b.span),
        _ => Span::empty(0),
    }
}

fn word(doc: &Document, i: usize) -> &str {
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

/// The speaker of a statement trigger.
fn find_speaker(
    doc: &Document,
    t: &TriggerMatch,
    sentence: Range<usize>,
    ents: &[&Ent],
    last: Option<&str>,
) -> Option<String> {
    let speaker = |e: &&&Ent| {
        e.can_speak()
            || (e.actor_kind == newsline_gazetteer::EntityKind::Country
                && e.how == MentionKind::Name)
    };
    if t.pos == Pos::Preposition {
        // "selon X": X right after, past a determiner and a noun at most
        // ("selon les médiateurs turcs"); "selon certains analystes, …
        // la Russie" names no speaker.
        return ents
            .iter()
            .find(|e| e.tokens.0 >= t.tokens.end && e.tokens.0 <= t.tokens.end + 3 && speaker(e))
            .map(|e| e.actor.clone());
    }
    let after_clitic = word(doc, t.tokens.end);
    let before_clitic = t.tokens.start.checked_sub(1).map_or("", |i| word(doc, i));
    if matches!(
        after_clitic,
        "-il" | "-t-il" | "-elle" | "-t-elle" | "-ils" | "-elles" | "-t-ils" | "-t-elles"
    ) || matches!(
        before_clitic,
        "-il" | "-t-il" | "-elle" | "-t-elle" | "-ils" | "-t-ils" | "-elles" | "-t-elles"
    ) {
        return last.map(str::to_string);
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
            return Some(e.actor.clone());
        }
    }
    // The nearest speaker on the left, outside quotes (a long quote may sit
    // between subject and verb), a person or body before a demonym.
    let left_of = |e: &&&Ent| {
        e.tokens.1 <= t.tokens.start && speaker(e) && doc.quote_containing(e.span).is_none()
    };
    let nearest_person = ents.iter().rev().find(|e| left_of(e) && is_person_or_body(e));
    let nearest = ents.iter().rev().find(left_of);
    let left = match (nearest_person, nearest) {
        (Some(p), Some(n)) if n.tokens.0 > p.tokens.1 + 8 => Some(n),
        (Some(p), _) => Some(p),
        (None, n) => n,
    };
    if let Some(e) = left {
        return Some(e.actor.clone());
    }
    // A subject pronoun just before: the last speaker.
    let pronoun = (t.tokens.start.saturating_sub(3).max(sentence.start)..t.tokens.start)
        .any(|i| matches!(word(doc, i), "il" | "elle" | "ils" | "elles" | "he" | "she" | "they"));
    if pronoun || t.pos == Pos::Noun {
        return last.map(str::to_string);
    }
    None
}

fn is_person_or_body(e: &Ent) -> bool {
    matches!(
        e.actor_kind,
        newsline_gazetteer::EntityKind::Person | newsline_gazetteer::EntityKind::Organization
    ) && e.how != MentionKind::Demonym
}

/// The quote a statement utters: one in its sentence, or one that runs
/// across it.
fn statement_quote(doc: &Document, sentence: Span, t: &TriggerMatch) -> Option<Span> {
    let trigger = span_of(doc, t.tokens.clone());
    let mut best: Option<Span> = None;
    for q in doc
        .quotes()
        .iter()
        .filter(|q| q.depth == 0 && q.span.overlaps(sentence) && !q.span.contains(trigger))
    {
        let distance = if q.span.end() <= trigger.start() {
            trigger.start() - q.span.end()
        } else {
            q.span.start().saturating_sub(trigger.end())
        };
        if best.is_none_or(|b| {
            let bd = if b.end() <= trigger.start() {
                trigger.start() - b.end()
            } else {
                b.start().saturating_sub(trigger.end())
            };
            distance < bd
        }) {
            best = Some(q.span);
        }
    }
    best
}

/// Kinds whose mentions may continue one another in a text: talks go on
/// as talks, meetings, calls; a ceasefire or a withdrawal is agreed in them.
fn compatible(a: EventKind, b: EventKind) -> bool {
    use EventKind::*;
    let family = |k: EventKind| match k {
        Meeting | Call | Agreement | Ceasefire | Proposal => 0,
        Attack | Deployment | Withdrawal | Occupation => 1,
        other => 2 + other as usize,
    };
    family(a) == family(b)
}

/// Participants of a non-statement trigger within `window` tokens, actors
/// first.
fn participants(
    doc: &Document,
    t: &TriggerMatch,
    sentence: Range<usize>,
    ents: &[&Ent],
    window: usize,
) -> Vec<Participant> {
    participants_in(doc, t, sentence, ents, window)
}

fn participants_in(
    doc: &Document,
    t: &TriggerMatch,
    sentence: Range<usize>,
    ents: &[&Ent],
    window: usize,
) -> Vec<Participant> {
    let lo = t.tokens.start.saturating_sub(window).max(sentence.start);
    let hi = t.tokens.end.saturating_add(window).min(sentence.end);
    let trigger = span_of(doc, t.tokens.clone());
    let trigger_quoted = doc.quote_containing(trigger).map(|q| q.span);
    let mut out: Vec<Participant> = Vec::new();
    for e in ents.iter().filter(|e| e.tokens.0 >= lo && e.tokens.1 <= hi && e.can_act()) {
        // A place introduced as a location is not a participant.
        let prep = e.tokens.0.checked_sub(1).map_or("", |i| word(doc, i));
        if e.place
            && e.how == MentionKind::Name
            && matches!(prep, "a" | "en" | "au" | "aux" | "in" | "at" | "dans")
        {
            continue;
        }
        // Inside or outside the trigger's quote, as the trigger is.
        if doc.quote_containing(e.span).map(|q| q.span) != trigger_quoted
            && e.how != MentionKind::Demonym
        {
            continue;
        }
        let after = e.tokens.0 >= t.tokens.end;
        let mediator =
            (e.tokens.0.saturating_sub(5)..e.tokens.0).any(|i| word(doc, i).starts_with("mediat"));
        let role = if mediator {
            Role::Mediator
        } else if after
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
        };
        if !out.iter().any(|p| p.entity == e.actor) {
            out.push(Participant::new(e.actor.clone(), role));
        }
    }
    out.sort_by_key(|p| match p.role {
        Role::Actor => 0,
        Role::Target => 1,
        Role::Mediator => 2,
        _ => 3,
    });
    out
}

/// The place of an event: the nearest place introduced by "à", "en", "in"
/// in its sentence.
fn location(
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
        .map(|e| e.entity.clone())
}

/// How many tokens away a date expression may govern a trigger.
const DATE_REACH: usize = 10;

/// Whether a trigger is told in a past tense: an auxiliary and a past
/// participle, or an imperfect, in its clause.
fn told_in_past(doc: &Document, t: &TriggerMatch) -> bool {
    let lo = t.tokens.start.saturating_sub(4);
    let hi = t.tokens.end + 4;
    let participle = |i: usize| {
        doc.tokens().get(i).is_some_and(|tok| {
            let w = doc.token_text(tok).to_lowercase();
            ["é", "és", "ée", "ées", "is", "it", "u", "us"].iter().any(|e| w.ends_with(e))
                && w.chars().count() > 3
        })
    };
    (lo..hi.min(doc.tokens().len())).any(|i| {
        let w = word(doc, i);
        let aux = matches!(
            w,
            "a" | "ont"
                | "avait"
                | "avaient"
                | "est"
                | "sont"
                | "etait"
                | "etaient"
                | "had"
                | "was"
                | "were"
        );
        (aux && (i + 1..(i + 4).min(doc.tokens().len())).any(participle))
            || (i >= t.tokens.start
                && i < t.tokens.end
                && (w.ends_with("ait") || w.ends_with("aient")))
    })
}

/// The date of an event: the nearest dated expression within reach in its
/// sentence, else (when `fallback`) the document date at its own precision.
fn event_date(
    doc: &Document,
    tokens: Range<usize>,
    trigger: Span,
    sentence: Span,
    txs: &[Tx],
    fallback: bool,
) -> Option<EventDate> {
    let token_distance = |x: &Tx| {
        let first = doc.token_index_at(x.span.start());
        let last = doc.token_index_at(x.span.end().saturating_sub(1));
        if first >= tokens.end {
            first - tokens.end
        } else {
            tokens.start.saturating_sub(last + 1)
        }
    };
    let nearest = txs
        .iter()
        .filter(|x| sentence.contains(x.span) && x.value.starts_with(|c: char| c.is_ascii_digit()))
        .filter(|x| token_distance(x) <= DATE_REACH)
        .min_by_key(|x| token_distance(x));
    let _ = trigger;
    if let Some(x) = nearest {
        return EventDate::new(x.value.clone(), x.earliest, x.latest, DateSource::Timex);
    }
    if !fallback {
        return None;
    }
    let d = doc.date()?;
    EventDate::new(d.to_string(), d.earliest(), d.latest(), DateSource::Document)
}
