//! The extractor: triggers, then speakers, participants, place, date,
//! modality and attribution, sentence by sentence.

use std::ops::Range;

use newsline_doc::{Document, Span};
use newsline_gazetteer::DocumentEntities;
use newsline_time::Timex;
use serde::{Deserialize, Serialize};

use crate::clause::{last_clause_break, reports, same_clause, selon_scopes, span_of, word};
use crate::dating::{
    event_date, link_dates, linked_date, speech_of_the_day, told_in_past, told_in_perfect,
};
use crate::filters::{
    is_attribute, is_interview, is_role_marker, is_speech_act, military, spurious,
};
use crate::inputs::{self, Ent, Tx};
use crate::lexicon::{Lexicon, Pos, TriggerMatch};
use crate::modality::{modality, Cues};
use crate::model::{
    DateSource, EventDate, EventKind, EventMention, Evidence, Modality, Participant, Role,
};
use crate::roles::{self, compatible, find_speaker, location, statement_quote, Salience};
use crate::state::Lasting;

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

/// How many sentences back a full trigger of a kind establishes that kind
/// for a weak match (a word whose context words are missing).
const SENSE_REACH: usize = 3;

/// An event already told, that a later anaphoric mention may point to.
#[derive(Clone, Debug)]
struct Antecedent {
    kind: EventKind,
    sentence: usize,
    participants: Vec<Participant>,
    modality: Modality,
    /// Its date, when a time expression gave it.
    date: Option<EventDate>,
    /// The lasting state it names: a siege is no anaphor of the war.
    lasting: Option<Lasting>,
}

/// A statement found in the first pass: who spoke, where, with which quote.
#[derive(Clone, Debug)]
struct Speech {
    speaker: String,
    quote: Option<Span>,
    /// Its mention in the output.
    mention: usize,
}

/// A reporting word of a sentence: the statement trigger's first token, its
/// speaker, and whether it is a noun ("l'annonce d'un retrait").
#[derive(Clone, Debug)]
struct Reporting {
    at: usize,
    speaker: Option<String>,
    nominal: bool,
    /// The statement's mention in the output, if it has one.
    mention: Option<usize>,
}

/// What the first pass learns of a sentence for the second.
struct SentencePlan {
    triggers: Vec<TriggerMatch>,
    /// The document entities that start in the sentence.
    ents: Range<usize>,
    reporting: Vec<Reporting>,
}

/// Nouns of hearsay that report what their "que" or "selon" clause says:
/// "des nouvelles que la Russie envoie des troupes".
const REPORT_NOUNS: &[&str] = &[
    "nouvelles",
    "informations",
    "information",
    "rapports",
    "rumeurs",
    "rumeur",
    "allegations",
    "affirmations",
    "indications",
    "reports",
    "claims",
    "allegations",
];

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
        // Pass 1, statements: who speaks, where, with which quote. They
        // decide what the other events' modality is, and a quote may run
        // across sentences, so every statement is found first.
        let mut speeches: Vec<Speech> = Vec::new();
        let mut salience = Salience::default();
        let mut plans: Vec<SentencePlan> = Vec::new();
        // The kinds of the full trigger matches of each sentence so far.
        let mut kinds_told: Vec<(usize, EventKind)> = Vec::new();
        // Per-sentence lists, emptied and refilled for each sentence rather
        // than allocated anew: a document has dozens of sentences.
        let mut found: Vec<TriggerMatch> = Vec::new();
        let mut full: Vec<EventKind> = Vec::new();
        let mut sent_ents: Vec<&Ent> = Vec::new();
        let mut spans: Vec<Range<usize>> = Vec::new();
        for (sentence_index, sentence) in doc.sentences().iter().enumerate() {
            let range = sentence.tokens.clone();
            found.clear();
            found.extend(self.lexicon.find_all(doc, range.clone()));
            let mut triggers: Vec<TriggerMatch> = found
                .iter()
                .enumerate()
                .filter(|(i, t)| !spurious(doc, t, &found[..*i], &found[i + 1..]))
                .map(|(_, t)| t.clone())
                .collect();
            // A noun whose context words are missing counts, after a
            // determiner that points back or "de" ("cette offre", "la
            // conversation", "aucune mesure de retrait"), where its kind is
            // already told: in this sentence or the few before. A verb
            // needs its own context ("les sanctions qui la visent"), and a
            // speech noun its own determiner ("ces propos").
            full.clear();
            full.extend(triggers.iter().filter(|t| !t.weak).map(|t| t.kind));
            let pointing = |t: &TriggerMatch| {
                t.tokens.start > range.start
                    && matches!(
                        word(doc, t.tokens.start - 1),
                        "ce" | "cet"
                            | "cette"
                            | "ces"
                            | "le"
                            | "la"
                            | "l'"
                            | "les"
                            | "du"
                            | "au"
                            | "aux"
                            | "de"
                            | "d'"
                            | "son"
                            | "sa"
                            | "ses"
                            | "leur"
                            | "leurs"
                            | "this"
                            | "these"
                            | "the"
                    )
            };
            triggers.retain(|t| {
                !t.weak
                    || (t.pos == Pos::Noun
                        && t.kind != EventKind::Statement
                        && pointing(t)
                        && (full.contains(&t.kind)
                            || kinds_told
                                .iter()
                                .any(|(s, k)| *k == t.kind && sentence_index - s <= SENSE_REACH)))
            });
            kinds_told.extend(full.iter().map(|&k| (sentence_index, k)));
            // Entities are sorted: the sentence's are one slice of them.
            let first = ents.partition_point(|e| e.span.start() < sentence.span.start());
            let count =
                ents[first..].iter().take_while(|e| e.span.start() < sentence.span.end()).count();
            sent_ents.clear();
            sent_ents.extend(
                ents[first..first + count].iter().filter(|e| sentence.span.contains(e.span)),
            );
            // The person a sentence opens with is who "il" names next.
            if let Some(subject) = roles::subject_person(doc, range.clone(), &sent_ents) {
                salience.person = Some(subject);
            }
            let mut speakers_here: Vec<String> = Vec::new();
            // The output index of each speaker's statement here.
            let mut here_mentions: Vec<usize> = Vec::new();
            let mut reporting: Vec<Reporting> = Vec::new();
            // What an accusation says is a claim: "accusée d'avoir violé ces
            // accords", "mettant en garde contre ... le dialogue".
            for t in triggers.iter().filter(|t| {
                t.kind == EventKind::Accusation
                    && t.pos != Pos::Noun
                    && !roles::is_nominal(doc, t, &range)
            }) {
                reporting.push(Reporting {
                    at: t.tokens.start,
                    speaker: None,
                    nominal: false,
                    mention: None,
                });
            }
            spans.clear();
            spans.extend(triggers.iter().map(|t| t.tokens.clone()));
            for t in triggers.iter().filter(|t| t.kind == EventKind::Statement) {
                if !is_speech_act(doc, t, range.clone()) {
                    continue;
                }
                let speaker = find_speaker(doc, t, range.clone(), &sent_ents, &salience);
                let said_here = speaker.as_ref().and_then(|sp| {
                    speakers_here.iter().position(|x| x == sp).map(|k| here_mentions[k])
                });
                if t.pos != Pos::Preposition {
                    reporting.push(Reporting {
                        at: t.tokens.start,
                        speaker: speaker.clone(),
                        nominal: roles::is_nominal(doc, t, &range),
                        mention: Some(out.len())
                            .filter(|_| speaker.is_some() && said_here.is_none())
                            .or(said_here),
                    });
                }
                let Some(speaker) = speaker else { continue };
                if said_here.is_some() {
                    continue;
                }
                speakers_here.push(speaker.clone());
                here_mentions.push(out.len());
                salience.speaker = Some(speaker.clone());
                if sent_ents.iter().any(|e| e.actor == speaker && roles::is_person(e)) {
                    salience.person = Some(speaker.clone());
                }
                let quote = statement_quote(doc, sentence.span, t);
                speeches.push(Speech { speaker: speaker.clone(), quote, mention: out.len() });
                // A speech verb's modality is its own, not that of the
                // quote it reports: cues start after the quote.
                let own = (range.start..t.tokens.start)
                    .rev()
                    .find(|&i| word(doc, i) == "\"")
                    .map_or(range.start, |q| q + 1);
                let cues =
                    Cues { doc, sentence: own..range.end, trigger: t.tokens.clone(), pos: t.pos };
                // Speech told inside a quote ("« Je lui ai dit que... »")
                // or sourced by a closing "selon" ("..., a-t-il indiqué,
                // selon un communiqué") is itself reported.
                let trigger_span = span_of(doc, t.tokens.clone());
                let first_person = (t.tokens.start.saturating_sub(3).max(range.start)
                    ..t.tokens.start)
                    .any(|i| matches!(word(doc, i), "je" | "j'" | "nous" | "i" | "we"));
                let quoted = first_person && doc.quote_containing(trigger_span).is_some();
                let sourced = t.pos != Pos::Preposition
                    && (t.tokens.end..range.end).any(|i| {
                        matches!(word(doc, i), "selon" | "d'apres")
                            && !(i + 1..range.end)
                                .any(|k| matches!(word(doc, k), "," | ";" | ":" | "\""))
                    });
                // Speech after a colon that another speaker's finished
                // verb opens is that speaker's account: "La BBC a fait un
                // résumé du mouvement : l'Espagne a annoncé...".
                let framed = t.pos != Pos::Preposition
                    && last_clause_break(doc, range.start..t.tokens.start, &[":"]).is_some_and(
                        |c| {
                            sent_ents.iter().any(|e| {
                                e.actor != speaker
                                    && e.can_speak()
                                    && e.tokens.1 <= c
                                    && (e.tokens.1..c).any(|i| {
                                        matches!(word(doc, i), "a" | "ont" | "avait" | "avaient")
                                    })
                            })
                        },
                    );
                let m = modality(&cues, quoted || sourced || framed);
                let mut mention = self.mention(
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
                    &spans,
                );
                if cues.told_ahead() {
                    mark_ahead(&mut mention);
                }
                out.push(mention);
            }
            plans.push(SentencePlan { triggers, ents: first..first + count, reporting });
        }
        // Pass 2, the other events.
        let mut recent: Vec<Antecedent> = Vec::new();
        for (sentence_index, (sentence, plan)) in doc.sentences().iter().zip(&plans).enumerate() {
            let range = sentence.tokens.clone();
            let triggers = &plan.triggers;
            let reporting = &plan.reporting;
            sent_ents.clear();
            sent_ents
                .extend(ents[plan.ents.clone()].iter().filter(|e| sentence.span.contains(e.span)));
            let here_from = out.len();
            spans.clear();
            spans.extend(triggers.iter().map(|t| t.tokens.clone()));
            for t in triggers
                .iter()
                .filter(|t| t.kind != EventKind::Statement && !is_role_marker(doc, t))
            {
                if is_interview(doc, t, range.clone(), &sent_ents)
                    || is_attribute(doc, t, range.clone(), triggers)
                {
                    continue;
                }
                let mut t = t.clone();
                let trigger_span = span_of(doc, t.tokens.clone());
                let location = location(doc, &t, range.clone(), &sent_ents);
                // "s'entretenir" is a call where the talk before was one and
                // no place is given.
                if t.kind == EventKind::Meeting
                    && t.pos == Pos::Reflexive
                    && word(doc, t.tokens.start).starts_with("entret")
                    && location.is_none()
                    && recent
                        .iter()
                        .rev()
                        .find(|a| {
                            matches!(a.kind, EventKind::Meeting | EventKind::Call)
                                && sentence_index - a.sentence <= 2
                        })
                        .is_some_and(|a| a.kind == EventKind::Call)
                {
                    t.kind = EventKind::Call;
                }
                let t = &t;
                let in_quote = doc.quote_containing(trigger_span).map(|q| q.span);
                let governing =
                    reporting.iter().find(|r| reports(doc, r.at, t.tokens.start, r.nominal));
                // "selon X" reports what its own clause says; a definite
                // noun it does not share a clause with is presupposed, not
                // claimed ("Pas d'avancée dans les négociations, selon X").
                let definite = t.pos == Pos::Noun
                    && t.tokens.start > range.start
                    && matches!(
                        word(doc, t.tokens.start - 1),
                        "le" | "la" | "l'" | "les" | "the" | "du" | "au" | "aux"
                    );
                let selon = triggers.iter().find(|o| {
                    o.pos == Pos::Preposition
                        && selon_scopes(doc, o.tokens.start, t.tokens.start, range.clone())
                        && (!definite || same_clause(doc, o.tokens.start, t.tokens.start))
                });
                let selon_speaker = selon.and_then(|o| {
                    find_speaker(doc, o, range.clone(), &sent_ents, &Salience::default())
                });
                let quote_speech = in_quote.and_then(|q| {
                    speeches.iter().find(|sp| sp.quote.is_some_and(|sq| sq.overlaps(q)))
                });
                let quote_speaker = quote_speech.map(|sp| sp.speaker.clone());
                let quote_speaker = quote_speaker.or_else(|| {
                    if in_quote.is_some() {
                        reporting.iter().find_map(|r| r.speaker.clone())
                    } else {
                        None
                    }
                });
                // "des nouvelles que la Russie envoie des troupes".
                let hearsay = (range.start..t.tokens.start).any(|i| {
                    REPORT_NOUNS.contains(&word(doc, i))
                        && matches!(word(doc, i + 1), "que" | "qu'" | "selon" | "that")
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
                let reported =
                    (in_quote.is_some() || governing.is_some() || selon.is_some() || hearsay)
                        && !anaphoric
                        && !own_act;
                let attributed = quote_speaker
                    .clone()
                    .or_else(|| governing.and_then(|g| g.speaker.clone()))
                    .or(selon_speaker);
                let cues =
                    Cues { doc, sentence: range.clone(), trigger: t.tokens.clone(), pos: t.pos };
                let m = match modality(&cues, reported) {
                    // "répondront à toute agression": a warning is worded as
                    // a future response; the threat is made as it is said.
                    Modality::Planned if t.kind == EventKind::Threat && consequence(doc, t) => {
                        if reported {
                            Modality::Reported
                        } else {
                            Modality::Asserted
                        }
                    }
                    m => m,
                };
                let mut participants = roles::participants(
                    doc,
                    t,
                    range.clone(),
                    &sent_ents,
                    &ents,
                    self.config.window,
                );
                // A person who tells of a military act is its source, not
                // its actor ("Motuzyanyk a constaté le départ d'unités").
                let source_person = attributed.as_ref().filter(|a| {
                    m == Modality::Reported
                        && military(t.kind)
                        && ents.iter().any(|e| e.actor == *a && roles::is_person(e))
                });
                if let Some(source) = source_person {
                    participants.retain(|p| &p.entity != source);
                }
                // "Nous ne céderons rien", "notre rencontre": the speaker of
                // the quote and what the speaker stands for act.
                if let Some(speaker) = quote_speaker.as_ref() {
                    let we = (t.tokens.start.saturating_sub(3).max(range.start)..t.tokens.start)
                        .any(|i| matches!(word(doc, i), "nous" | "notre" | "nos" | "we" | "our"));
                    if we {
                        let mut first = Vec::new();
                        if let Some(of) = roles::affiliation(speaker, doc, &ents) {
                            first.push(Participant::new(of, Role::Actor));
                        }
                        first.push(Participant::new(speaker.clone(), Role::Actor));
                        for p in participants.drain(..) {
                            if !first.iter().any(|q| q.entity == p.entity) {
                                first.push(p);
                            }
                        }
                        participants = first;
                    }
                }
                let shares = |a: &Antecedent, ps: &[Participant]| {
                    ps.is_empty()
                        || ps.iter().any(|p| a.participants.iter().any(|q| q.entity == p.entity))
                };
                let lasting = doc
                    .text()
                    .get(span_of(doc, t.tokens.clone()).range())
                    .and_then(crate::state::lasting_state);
                let candidates = || {
                    recent.iter().rev().filter(|a| {
                        a.kind == t.kind
                            && a.modality.is_factual()
                            && sentence_index - a.sentence <= ANAPHORA_REACH
                    })
                };
                // "cette réunion", "la rencontre", "ces pourparlers": the
                // last factual mention of the same kind told before.
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
                // ", des pourparlers qui ...": a noun in apposition to an
                // event of its kind just told in the sentence is that event.
                let apposition = t.pos == Pos::Noun
                    && t.tokens.start >= range.start + 2
                    && matches!(word(doc, t.tokens.start - 1), "des" | "un" | "une")
                    && word(doc, t.tokens.start - 2) == ",";
                let apposed = apposition
                    .then(|| {
                        out[here_from..]
                            .iter()
                            .rev()
                            .find(|e| e.kind == t.kind && e.modality.is_factual())
                            .cloned()
                    })
                    .flatten();
                if let Some(a) = &apposed {
                    participants = a.participants.clone();
                }
                // Mediators alone are no parties: the parties come from
                // further, the mediators stay ("Quatre heures de pourparlers
                // ... selon les médiateurs turcs").
                let mediators: Vec<Participant> =
                    participants.iter().filter(|p| p.role == Role::Mediator).cloned().collect();
                let no_parties = |ps: &[Participant]| ps.iter().all(|p| p.role == Role::Mediator);
                if no_parties(&participants) {
                    // The sentence's other actors (not those of its other
                    // events: "une rencontre Poutine-Zelensky"), then the
                    // last event of a compatible kind a few sentences back:
                    // "les pourparlers" usually continues the talks just
                    // named.
                    participants =
                        roles::participants(doc, t, range.clone(), &sent_ents, &ents, usize::MAX);
                    let same_kind: Vec<Range<usize>> = triggers
                        .iter()
                        .filter(|o| o.kind == t.kind && o.pos == Pos::Noun)
                        .map(|o| o.tokens.clone())
                        .collect();
                    participants
                        .retain(|p| !roles::owned_elsewhere(doc, p, t, &same_kind, &sent_ents));
                    if let Some(source) = source_person {
                        participants.retain(|p| &p.entity != source);
                    }
                }
                // The object of another verb of the sentence is that
                // verb's ("un exercice ... n'a pas l'intention d'attaquer
                // l'Ukraine"); not after a verb of speech, whose subject
                // follows it (« ... », a déclaré Zelensky).
                let verbs: Vec<Range<usize>> = triggers
                    .iter()
                    .filter(|o| !matches!(o.pos, Pos::Noun | Pos::Preposition))
                    .filter(|o| o.kind != EventKind::Statement)
                    .map(|o| o.tokens.clone())
                    .collect();
                participants.retain(|p| !roles::object_elsewhere(doc, p, t, &verbs, &sent_ents));
                if no_parties(&participants) {
                    participants = roles::two_countries(doc, range.clone(), &ents)
                        .into_iter()
                        .map(|id| Participant::new(id, Role::Actor))
                        .collect();
                }
                if no_parties(&participants) {
                    participants = recent
                        .iter()
                        .rev()
                        .find(|a| compatible(a.kind, t.kind) && sentence_index - a.sentence <= 3)
                        .map(|a| a.participants.clone())
                        .unwrap_or_default();
                }
                if no_parties(&participants) && !mediators.is_empty() {
                    participants.clear();
                }
                for m in mediators {
                    if !participants.iter().any(|p| p.entity == m.entity) {
                        participants.push(m);
                    }
                }
                let confidence = if participants.is_empty() { 0.5 } else { 0.7 };
                let attributed = if m == Modality::Reported { attributed } else { None };
                let antecedent_date = apposed
                    .and_then(|a| a.date.filter(|d| d.source != DateSource::Document))
                    .or_else(|| {
                        // A siege is not dated by the invasion it follows.
                        antecedent.filter(|a| a.lasting == lasting).and_then(|a| a.date.clone())
                    });
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
                    &spans,
                );
                if cues.told_ahead() {
                    mark_ahead(&mut mention);
                }
                if apposition && antecedent_date.is_some() {
                    mention.date = antecedent_date.clone();
                }
                // What a statement reports without a date of its own is of
                // the statement's time, not the document's: "a déclaré
                // qu'il exigeait" (the day of the statement), "affirmaient
                // avoir des preuves d'une concentration" (undated), unless
                // told as already past then ("a annoncé que X avait signé").
                let source_statement =
                    quote_speech.map(|sp| sp.mention).or_else(|| governing.and_then(|g| g.mention));
                if let Some(k) = source_statement.filter(|_| m == Modality::Reported) {
                    if mention.date.as_ref().is_none_or(|d| d.source == DateSource::Document)
                        && !told_in_perfect(doc, t)
                    {
                        mention.date = out.get(k).and_then(|s| s.date.clone());
                    }
                }
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
                            a.date.is_some()
                                && a.lasting == lasting
                                && shared >= 2
                                && shared == mention.participants.len()
                        })
                    };
                    // A new event ("un premier entretien", "une nouvelle
                    // réunion") is not the one told before.
                    let new_one = (t.tokens.start.saturating_sub(3).max(range.start)
                        ..t.tokens.start)
                        .any(|i| {
                            matches!(
                                word(doc, i),
                                "premier"
                                    | "premiere"
                                    | "nouveau"
                                    | "nouvel"
                                    | "nouvelle"
                                    | "nouvelles"
                                    | "nouveaux"
                                    | "autre"
                                    | "second"
                                    | "seconde"
                                    | "another"
                                    | "new"
                                    | "first"
                            )
                        });
                    if let Some(d) = antecedent_date.filter(|_| mention.modality.is_factual()) {
                        mention.date = Some(d);
                    } else if let Some(d) = (mention.modality.is_factual() && !new_one)
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
                        lasting,
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
        let during = link_dates(doc, &mut out);
        // Text order, numbered; the links made before it follow their
        // events to their new places.
        let mut order: Vec<usize> = (0..out.len()).collect();
        order.sort_by_key(|&k| (out[k].trigger.start, out[k].kind));
        let mut position = vec![0; out.len()];
        for (i, &k) in order.iter().enumerate() {
            position[k] = i;
        }
        for (k, frame) in during {
            out[k].during = Some(format!("{}#{}", doc.id(), position[frame]));
        }
        let mut slots: Vec<Option<EventMention>> = out.into_iter().map(Some).collect();
        let mut out: Vec<EventMention> =
            order.iter().filter_map(|&k| slots.get_mut(k).and_then(Option::take)).collect();
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
        others: &[Range<usize>],
    ) -> EventMention {
        let trigger = span_of(doc, t.tokens.clone());
        // The document date dates what the text tells as current: asserted
        // or reported events not told in a past tense. Past, planned,
        // possible and negated events without a date of their own stay
        // undated rather than take a date they do not have.
        let sentence_tokens = doc.token_index_at(sentence.start())
            ..doc.token_index_at(sentence.end().saturating_sub(1)) + 1;
        // A negated present outside quotes tells the current state too:
        // "Les militaires russes ne visent plus la capitale".
        // Not an infinitive ("n'a pas l'intention d'attaquer"), nor a
        // future or a conditional.
        let negated_now = modality == Modality::Negated
            && doc.quote_containing(trigger).is_none()
            && !t.tokens.clone().any(|i| {
                let w = word(doc, i);
                w.len() > 4
                    && ["ra", "ront", "rons", "rez", "rait", "raient", "er", "ir", "re"]
                        .iter()
                        .any(|e| w.ends_with(e))
            });
        // Speech someone else reports is not of the day for being told in
        // the perfect.
        // A war, a siege, an occupation began before the text that names
        // it: the day of writing is no date of it.
        let lasting =
            doc.text().get(trigger.range()).and_then(crate::state::lasting_state).is_some();
        let current = (modality.is_factual() || negated_now)
            && !lasting
            && (!told_in_past(doc, t)
                || (t.kind == EventKind::Statement
                    && modality == Modality::Asserted
                    && speech_of_the_day(doc, t, sentence_tokens)));
        let date = event_date(
            doc,
            t.tokens.clone(),
            sentence,
            txs,
            self.config.document_date_fallback && current,
            others,
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
            during: None,
        }
    }
}

/// Whether a threat trigger is the response it warns of ("répondront",
/// "riposteront", "will retaliate") rather than a verb of threatening.
fn consequence(doc: &Document, t: &TriggerMatch) -> bool {
    t.tokens.clone().any(|i| {
        let w = word(doc, i);
        ["repond", "ripost", "respond", "retaliat"].iter().any(|p| w.starts_with(p))
    })
}

/// Marks the date a future-tense trigger reads from its own expression as
/// told ahead of the writing ([`DateAnchor::ahead`]).
fn mark_ahead(mention: &mut EventMention) {
    if let Some(anchor) = mention.date.as_mut().and_then(|d| d.anchor.as_mut()) {
        if anchor.shift_days == 0 {
            *anchor = anchor.told_ahead();
        }
    }
}
