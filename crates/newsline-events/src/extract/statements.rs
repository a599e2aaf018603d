//! Pass 1: the triggers of each sentence, and its statements with their
//! speakers and quotes.
//!
//! Statements come first because they decide the modality of the events
//! they report, and a quote may run across sentences. The pass also keeps,
//! per sentence, what the second pass needs (`SentencePlan`): the triggers
//! that stand, the sentence's entities, and its reporting words.

use std::ops::Range;

use newsline_doc::{Document, Span};

use super::mention::mark_ahead;
use super::EventExtractor;
use crate::clause::{last_clause_break, span_of, word};
use crate::filters::{is_speech_act, spurious};
use crate::inputs::{Ent, Tx};
use crate::lexicon::{Pos, TriggerMatch};
use crate::modality::{modality, Cues};
use crate::model::{EventKind, EventMention, Participant, Role};
use crate::roles::{self, find_speaker, statement_quote, Salience};

/// How many sentences back a full trigger of a kind establishes that kind
/// for a weak match (a word whose context words are missing).
const SENSE_REACH: usize = 3;

/// A statement found in the first pass: who spoke, where, with which quote.
#[derive(Clone, Debug)]
pub(super) struct Speech {
    pub(super) speaker: String,
    pub(super) quote: Option<Span>,
    /// Its mention in the output.
    pub(super) mention: usize,
}

/// A reporting word of a sentence: the statement trigger's first token, its
/// speaker, and whether it is a noun ("l'annonce d'un retrait").
#[derive(Clone, Debug)]
pub(super) struct Reporting {
    pub(super) at: usize,
    pub(super) speaker: Option<String>,
    pub(super) nominal: bool,
    /// The statement's mention in the output, if it has one.
    pub(super) mention: Option<usize>,
}

/// What the first pass learns of a sentence for the second.
pub(super) struct SentencePlan {
    pub(super) triggers: Vec<TriggerMatch>,
    /// The document entities that start in the sentence.
    pub(super) ents: Range<usize>,
    pub(super) reporting: Vec<Reporting>,
}

impl EventExtractor {
    /// Pass 1 over `doc`: pushes its statements to `out`, and returns them
    /// with what the second pass needs of each sentence.
    pub(super) fn statements(
        &self,
        doc: &Document,
        ents: &[Ent],
        txs: &[Tx],
        out: &mut Vec<EventMention>,
    ) -> (Vec<Speech>, Vec<SentencePlan>) {
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
            // A verb whose object points back takes the sense of what it
            // points to: "violé ces accords" after "plusieurs cessez-le-feu"
            // violates the ceasefires.
            let object_points_back = |t: &TriggerMatch| {
                matches!(word(doc, t.tokens.end), "ce" | "cet" | "cette" | "ces" | "this" | "these")
            };
            let told = |kind: EventKind| {
                full.contains(&kind)
                    || kinds_told
                        .iter()
                        .any(|(s, k)| *k == kind && sentence_index - s <= SENSE_REACH)
            };
            triggers.retain(|t| {
                let points = match t.pos {
                    Pos::Noun => pointing(t),
                    Pos::Verb => object_points_back(t),
                    _ => false,
                };
                !t.weak || (points && t.kind != EventKind::Statement && told(t.kind))
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
                    txs,
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
        (speeches, plans)
    }
}
