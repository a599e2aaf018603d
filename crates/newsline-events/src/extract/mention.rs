//! One event mention from what a pass read of a trigger, with its date:
//! the trigger's own expression, else the document's date when the text
//! tells the event as current.

use std::ops::Range;

use newsline_doc::{Document, Span};

use super::EventExtractor;
use crate::clause::{span_of, word};
use crate::dating::{event_date, speech_of_the_day, told_in_past};
use crate::inputs::Tx;
use crate::lexicon::TriggerMatch;
use crate::model::{EventKind, EventMention, Evidence, Modality, Participant};

impl EventExtractor {
    /// The mention of `t` in `sentence`, dated; `others` are the sentence's
    /// other triggers, which a date expression may belong to instead.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn mention(
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

/// Marks the date a future-tense trigger reads from its own expression as
/// told ahead of the writing ([`DateAnchor::ahead`]).
pub(super) fn mark_ahead(mention: &mut EventMention) {
    if let Some(anchor) = mention.date.as_mut().and_then(|d| d.anchor.as_mut()) {
        if anchor.shift_days == 0 {
            *anchor = anchor.told_ahead();
        }
    }
}
