//! What matching a document gives: mentions and the entities they link to.

use newsline_doc::Span;
use serde::{Deserialize, Serialize};

use crate::entity::EntityKind;

/// How a [`Mention`] was recognised.
///
/// This enum is `#[non_exhaustive]` so that further ways (a statistical
/// recogniser, say) may be added in semver compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MentionKind {
    /// A proper name of the entity: `Sergueï Lavrov`, `Kiev`, `OTAN`.
    Name,
    /// A demonym or adjective of a country or region: `russe`,
    /// `Ukrainiens`, `russo-` in `russo-ukrainiens`.
    Demonym,
    /// A place or institution named for the government it stands for:
    /// `Moscou a annoncé`, `le Kremlin a démenti`. The mention's entity is
    /// still the city or institution; [`Mention::stands_for`] is the country.
    Metonym,
    /// A definite description resolved through roles and the document date:
    /// `le chef de la diplomatie russe`, `le président de la République`.
    Nominal,
    /// A later short form of a person already named in the document:
    /// `Lavrov` or `M. Lavrov` after `Sergueï Lavrov`.
    Coreference,
    /// A person missing from the gazetteer, found by a title or pattern:
    /// `M. X`, `le porte-parole …, Oleksandre Motuzyanyk`.
    Pattern,
}

impl MentionKind {
    /// The snake_case name used in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Demonym => "demonym",
            MentionKind::Metonym => "metonym",
            MentionKind::Nominal => "nominal",
            MentionKind::Coreference => "coreference",
            MentionKind::Pattern => "pattern",
        }
    }
}

/// One mention of an entity in a document.
///
/// In JSON: `{"start": 412, "end": 426, "text": "Sergueï Lavrov",
/// "entity": "person:sergey-lavrov", "how": "name"}`, plus `"stands_for":
/// "iso:RU"` for demonyms, metonyms and institutions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Mention {
    /// Where the mention is, in the document's original text (on char
    /// boundaries, inside the text).
    #[serde(flatten)]
    pub span: Span,
    /// The mention's text, as written.
    pub text: String,
    /// The id of the entity mentioned.
    pub entity: String,
    /// How the mention was recognised.
    pub how: MentionKind,
    /// The country (or region) the mention stands for: the country itself
    /// for a demonym (`russe` → `iso:RU`), the country whose government a
    /// capital or institution stands for (`Moscou` → `iso:RU`, also when
    /// used literally: [`MentionKind::Metonym`] says which use was read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stands_for: Option<String>,
}

impl Mention {
    /// The entity the mention means for an event participant: the country a
    /// metonym or demonym stands for, the entity itself otherwise.
    pub fn actor(&self) -> &str {
        match (self.how, &self.stands_for) {
            (MentionKind::Metonym | MentionKind::Demonym, Some(c)) => c,
            _ => &self.entity,
        }
    }
}

/// A span of text in the JSON contract's shape: `{"start","end","text"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SpanText {
    /// Start byte offset in the original text.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The text, as written.
    pub text: String,
}

/// An entity as a document mentions it, in the shape of DESIGN.md's JSON
/// contract: `{"id", "kind", "name", "aliases", "mentions"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DocumentEntity {
    /// The entity's id. Document-local people (found by pattern) have ids
    /// `local:person:<slug>`.
    pub id: String,
    /// The entity's kind.
    pub kind: EntityKind,
    /// Its display name (English by default).
    pub name: String,
    /// Every distinct surface form linked to it in this document.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Its mentions, in text order.
    pub mentions: Vec<SpanText>,
    /// The roles the document presents the person as holding, read from
    /// role descriptions linked to them ("le secrétaire général de
    /// l'Otan, Jens Stoltenberg"; not "l'ancien …"). A timeline uses them
    /// to date an undated document by the roles' terms of office. Omitted
    /// from JSON when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<HeldRole>,
}

/// A role a document gives a person: `{"role": "secretary_general", "of":
/// "org:nato", "text": "secrétaire général"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HeldRole {
    /// The role key, as in [`crate::Role::role`].
    pub role: String,
    /// The id of the country or organisation the role belongs to.
    pub of: String,
    /// The text that gives the role, as first written: the description
    /// ("secrétaire général"), or the name itself when a plural
    /// description pairs it with a country adjective ("les ministres des
    /// Affaires étrangères russe, Sergueï Lavrov, et américain, Marco
    /// Rubio").
    pub text: String,
}

impl HeldRole {
    /// A role held, described by `text`.
    pub fn new(
        role: impl Into<String>,
        of: impl Into<String>,
        text: impl Into<String>,
    ) -> HeldRole {
        HeldRole { role: role.into(), of: of.into(), text: text.into() }
    }
}

/// The entities of one document and their mentions.
///
/// Mentions are sorted by position and never overlap; entities are in order
/// of first mention.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DocumentEntities {
    /// The id of the document.
    pub document: String,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Every entity mentioned, in order of first mention.
    pub entities: Vec<DocumentEntity>,
}

impl DocumentEntities {
    /// Every mention, in text order.
    pub fn mentions(&self) -> &[Mention] {
        &self.mentions
    }

    /// Every entity mentioned, in order of first mention.
    pub fn entities(&self) -> &[DocumentEntity] {
        &self.entities
    }

    /// The entity with this id, if the document mentions it.
    pub fn entity(&self, id: &str) -> Option<&DocumentEntity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The mention that overlaps `span` the most (the first one on a tie),
    /// if any: "which entity is at this span, and what does it stand for".
    pub fn at(&self, span: Span) -> Option<&Mention> {
        let mut best: Option<(&Mention, usize)> = None;
        for m in self.mentions_in(span) {
            let overlap = m.span.end().min(span.end()) - m.span.start().max(span.start());
            if best.is_none_or(|(_, b)| overlap > b) {
                best = Some((m, overlap));
            }
        }
        best.map(|(m, _)| m)
    }

    /// The mentions that overlap `span` (or, for an empty span, contain its
    /// position), in text order.
    pub fn mentions_in(&self, span: Span) -> impl Iterator<Item = &Mention> {
        // Mentions are sorted and disjoint, so the first candidate is found
        // by binary search on the end offsets.
        let first = self.mentions.partition_point(|m| m.span.end() <= span.start());
        self.mentions[first..]
            .iter()
            .take_while(move |m| m.span.start() < span.end().max(span.start() + 1))
    }

    /// The ids of the countries the document mentions by name, demonym or
    /// metonym, in order of first mention.
    pub fn countries(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for m in &self.mentions {
            let c = m.actor();
            if c.starts_with("iso:") && !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(
        start: usize,
        end: usize,
        entity: &str,
        how: MentionKind,
        stands: Option<&str>,
    ) -> Mention {
        Mention {
            span: Span::from(start..end),
            text: String::new(),
            entity: entity.into(),
            how,
            stands_for: stands.map(String::from),
        }
    }

    #[test]
    fn at_finds_the_overlapping_mention() {
        let de = DocumentEntities {
            document: "d".into(),
            mentions: vec![
                mention(0, 6, "geonames:524901", MentionKind::Metonym, Some("iso:RU")),
                mention(10, 14, "iso:UA", MentionKind::Demonym, Some("iso:UA")),
            ],
            entities: Vec::new(),
        };
        let m = de.at(Span::from(2..3)).expect("inside the first mention");
        assert_eq!(m.actor(), "iso:RU");
        assert!(de.at(Span::from(7..9)).is_none());
        assert_eq!(de.at(Span::from(12..12)).map(|m| m.entity.as_str()), Some("iso:UA"));
        assert_eq!(de.mentions_in(Span::from(0..20)).count(), 2);
        assert_eq!(de.countries(), vec!["iso:RU", "iso:UA"]);
    }

    #[test]
    fn mention_json_is_flat() {
        let m = mention(1, 3, "iso:RU", MentionKind::Demonym, Some("iso:RU"));
        let v = serde_json::to_value(&m).unwrap_or_default();
        assert_eq!(v["start"], 1);
        assert_eq!(v["how"], "demonym");
        assert_eq!(v["stands_for"], "iso:RU");
        let back: Mention = serde_json::from_value(v)
            .unwrap_or_else(|_| mention(0, 0, "", MentionKind::Name, None));
        assert_eq!(back, m);
    }
}
