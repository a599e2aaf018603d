//! Pass 2: every trigger that is not a statement, sentence by sentence.
//!
//! For each trigger it reads who reports the event and its modality (from
//! the first pass's statements and reporting words, "selon" and quotes),
//! its participants (the trigger's reach, "nous" in a quote, an antecedent
//! or an event in apposition, then `parties`), its place and its date
//! (its own expression, else the statement that reports it or the event it
//! points back to).

use std::ops::Range;

use newsline_doc::Document;

use super::antecedents::{self, Antecedent};
use super::mention::mark_ahead;
use super::parties;
use super::statements::{SentencePlan, Speech};
use super::EventExtractor;
use crate::clause::{reports, same_clause, selon_scopes, span_of, word};
use crate::dating::{linked_date, told_in_perfect};
use crate::filters::{is_attribute, is_interview, is_role_marker, military};
use crate::inputs::{Ent, Tx};
use crate::lexicon::{Pos, TriggerMatch};
use crate::modality::{modality, Cues};
use crate::model::{DateSource, EventKind, EventMention, Modality, Participant, Role};
use crate::roles::{self, find_speaker, location, Salience};

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
    /// Pass 2 over `doc`: pushes the mentions of every other trigger to
    /// `out`, after the statements of the first pass.
    pub(super) fn events(
        &self,
        doc: &Document,
        ents: &[Ent],
        txs: &[Tx],
        speeches: &[Speech],
        plans: &[SentencePlan],
        out: &mut Vec<EventMention>,
    ) {
        // Per-sentence lists, emptied and refilled for each sentence rather
        // than allocated anew.
        let mut sent_ents: Vec<&Ent> = Vec::new();
        let mut spans: Vec<Range<usize>> = Vec::new();
        let mut recent: Vec<Antecedent> = Vec::new();
        for (sentence_index, (sentence, plan)) in doc.sentences().iter().zip(plans).enumerate() {
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
                let location =
                    location(doc, &t, range.clone(), sentence.span, &sent_ents, triggers);
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
                // The nearest word that reports the trigger: "a souligné
                // ..., contrairement à la promesse faite par Moscou de
                // réduire" has Moscow promise the reduction.
                let governing =
                    reporting.iter().rev().find(|r| reports(doc, r.at, t.tokens.start, r.nominal));
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
                        governing
                            .and_then(|g| g.speaker.clone())
                            .or_else(|| reporting.iter().find_map(|r| r.speaker.clone()))
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
                    ents,
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
                        if let Some(of) = roles::affiliation(speaker, doc, ents) {
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
                let candidates = || antecedents::candidates(&recent, t.kind, sentence_index);
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
                participants = parties::settle(
                    doc,
                    t,
                    range.clone(),
                    sentence_index,
                    triggers,
                    &sent_ents,
                    ents,
                    &recent,
                    source_person,
                    participants,
                );
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
                    txs,
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
                    // A new event is not the one told before.
                    let new_one = antecedents::told_as_new(doc, t, &range);
                    if let Some(d) = antecedent_date.filter(|_| mention.modality.is_factual()) {
                        mention.date = Some(d);
                    } else if let Some(d) = (mention.modality.is_factual() && !new_one)
                        .then(same_parties)
                        .flatten()
                        .and_then(|a| a.date.clone())
                    {
                        mention.date = Some(d);
                    } else if let Some(d) = linked_date(doc, range.clone(), out) {
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
