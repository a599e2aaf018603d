//! Words every renderer shares: display names, kind and modality names,
//! headlines, dispute summaries, whitespace collapsing and escaping.

use std::collections::HashMap;

use newsline_events::Modality;
use serde::Serialize;

use crate::model::{Claim, Dispute, Timeline, TimelineEvent};

/// Display names of a timeline's entities, by id.
pub(crate) struct Names<'a> {
    by_id: HashMap<&'a str, &'a str>,
}

impl<'a> Names<'a> {
    /// Indexes `timeline.entities`. On a duplicated id the first entity
    /// wins, so that the choice does not depend on hashing.
    pub(crate) fn new(timeline: &'a Timeline) -> Names<'a> {
        let mut by_id = HashMap::new();
        for entity in &timeline.entities {
            by_id.entry(entity.id.as_str()).or_insert(entity.name.as_str());
        }
        Names { by_id }
    }

    /// The display name of `id`, or the id itself when the timeline does
    /// not list it (a reader should still see who it is).
    pub(crate) fn name(&self, id: &'a str) -> &'a str {
        self.by_id.get(id).copied().unwrap_or(id)
    }

    /// The display names of the event's participants, in their order.
    pub(crate) fn participants(&self, event: &'a TimelineEvent) -> Vec<&'a str> {
        event.participants.iter().map(|p| self.name(&p.entity)).collect()
    }

    /// The display name of the event's location, if any.
    pub(crate) fn location(&self, event: &'a TimelineEvent) -> Option<&'a str> {
        event.location.as_deref().map(|id| self.name(id))
    }

    /// `kind: A, B` — what a reader needs to tell events apart.
    pub(crate) fn headline(&self, event: &'a TimelineEvent) -> String {
        let participants = self.participants(event);
        if participants.is_empty() {
            event.kind.as_str().to_string()
        } else {
            format!("{}: {}", event.kind.as_str(), participants.join(", "))
        }
    }

    /// `claimed by A (doc#0); denied by B (doc#3)`.
    pub(crate) fn dispute(&self, dispute: &'a Dispute) -> String {
        let side = |claims: &'a [Claim]| {
            claims
                .iter()
                .map(|c| format!("{} ({})", self.claimant(c), c.mention))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut parts = Vec::new();
        if !dispute.claimed_by.is_empty() {
            parts.push(format!("claimed by {}", side(&dispute.claimed_by)));
        }
        if !dispute.denied_by.is_empty() {
            parts.push(format!("denied by {}", side(&dispute.denied_by)));
        }
        parts.join("; ")
    }

    /// Who makes a claim: the entity's name, or the journalist's own voice.
    fn claimant(&self, claim: &'a Claim) -> &'a str {
        claim.source.as_deref().map_or("the journalist", |id| self.name(id))
    }
}

/// The contract name of a modality (`asserted`, `reported`...).
///
/// Read from serde rather than matched by hand, because `Modality` is
/// `#[non_exhaustive]` and a new variant must not print as a guess.
/// An event's date as people read it: its value, with its weekday when it
/// has one ("2022-01-07/2022-01-28, a Friday"), or "undated".
pub(crate) fn date_label(event: &TimelineEvent) -> String {
    match (&event.date, event.weekday) {
        (None, _) => "undated".to_string(),
        (Some(d), None) => d.value.clone(),
        (Some(d), Some(w)) => format!("{}, a {}", d.value, weekday_name(w)),
    }
}

fn weekday_name(w: chrono::Weekday) -> &'static str {
    use chrono::Weekday::*;
    match w {
        Mon => "Monday",
        Tue => "Tuesday",
        Wed => "Wednesday",
        Thu => "Thursday",
        Fri => "Friday",
        Sat => "Saturday",
        Sun => "Sunday",
    }
}

pub(crate) fn modality_name(modality: &Modality) -> String {
    contract_name(modality)
}

/// The string a unit enum variant serialises to, or `""`.
fn contract_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// The event's distinct document ids, in mention order.
pub(crate) fn documents(event: &TimelineEvent) -> Vec<&str> {
    let mut documents: Vec<&str> = Vec::new();
    for mention in &event.mentions {
        if !documents.contains(&mention.doc.as_str()) {
            documents.push(&mention.doc);
        }
    }
    documents
}

/// `text` with every run of whitespace (newlines included) turned into one
/// space, and trimmed: an evidence sentence on one line.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` escaped for HTML text and attribute values (double or single
/// quoted).
pub(crate) fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::fixture;

    #[test]
    fn names_fall_back_to_ids() {
        let timeline = fixture::timeline();
        let names = Names::new(&timeline);
        assert_eq!(names.name("person:sergey-lavrov"), "Sergey Lavrov");
        assert_eq!(names.name("org:unknown"), "org:unknown");
        assert_eq!(names.headline(&timeline.events[1]), "meeting: Sergey Lavrov, Dmytro Kuleba");
    }

    #[test]
    fn disputes_name_both_sides() {
        let timeline = fixture::timeline();
        let names = Names::new(&timeline);
        let dispute = timeline.events[0].dispute.as_ref().expect("the fixture's e1 is disputed");
        assert_eq!(
            names.dispute(dispute),
            "claimed by the journalist (doc-a#1); denied by Kremlin (doc-b#0)"
        );
    }

    #[test]
    fn modality_names_come_from_the_contract() {
        assert_eq!(modality_name(&Modality::Reported), "reported");
        assert_eq!(modality_name(&Modality::Asserted), "asserted");
    }

    #[test]
    fn collapses_and_escapes() {
        assert_eq!(collapse_whitespace("  a\n\tb  c \r\n"), "a b c");
        assert_eq!(
            escape_html(r#"<a href="x">&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }
}
