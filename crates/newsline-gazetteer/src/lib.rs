//! Entities for newsline: who and where a document talks about, each mention
//! linked to a stable id.
//!
//! The crate embeds a gazetteer built reproducibly from open data (every ISO
//! 3166-1 country with French and English names, GeoNames cities of at least
//! 15,000 people with their Latin-script alternate names) plus hand-written
//! demonyms, capital metonyms, regions, organisations and people with dated
//! roles; and a matcher that links every mention in a
//! [`newsline_doc::Document`].
//!
//! ```
//! use newsline_doc::{Document, Metadata, PartialDate};
//! use newsline_gazetteer::{Gazetteer, MentionKind};
//!
//! let text = "Sergueï Lavrov a rencontré Dmytro Kouleba à Antalya. \
//!             Le chef de la diplomatie russe a ensuite parlé. M. Lavrov a quitté la Turquie.";
//! let date = PartialDate::year_month(2022, 3).ok_or("bad date")?;
//! let doc = Document::builder("001", text).metadata(Metadata::new().date(date)).build();
//! let found = Gazetteer::embedded().match_document(&doc);
//!
//! let lavrov = found.entity("person:sergey-lavrov").ok_or("no Lavrov")?;
//! assert_eq!(lavrov.name, "Sergey Lavrov");
//! assert_eq!(lavrov.mentions.len(), 3); // the name, the role, "M. Lavrov"
//! assert!(found.entity("person:dmytro-kuleba").is_some());
//! assert!(found.entity("geonames:323777").is_some()); // Antalya
//! let kinds: Vec<MentionKind> = found.mentions().iter().map(|m| m.how).collect();
//! assert!(kinds.contains(&MentionKind::Nominal));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Overview
//!
//! - [`Gazetteer`]: the compiled data and the matcher. [`Gazetteer::embedded`]
//!   is the shared default; [`Gazetteer::builder`] adds a user's own TSV or
//!   JSON entities to it (or replaces it), with errors that name the line
//!   and field of bad data.
//! - [`Gazetteer::match_document`] gives [`DocumentEntities`]: the
//!   [`Mention`]s in text order (span, entity id, [`MentionKind`], and the
//!   country a demonym or metonym stands for) and the [`DocumentEntity`]s in
//!   the JSON contract's shape. [`DocumentEntities::at`] answers "which
//!   entity, standing for what, is at this span", for the events layer.
//! - [`Entity`]: an id (`iso:UA`, `geonames:703448`, `person:sergey-lavrov`,
//!   `org:nato`, `region:donbas`), a [`EntityKind`], English and French
//!   names, aliases, demonyms, country, population, dated [`Role`]s, and
//!   what it stands for.
//! - [`GazetteerConfig`]: display language, embedded data on or off,
//!   minimum city population, and each matching stage on or off.
//!
//! # How matching works
//!
//! The document's folded view (lowercase, no accents, typographic variants
//! unified) is searched at every token start and after every hyphen inside
//! a word (`Poutine-Zelensky`, `russo-ukrainiens`) with an anchored prefix
//! trie of all folded forms. (An Aho-Corasick automaton answers the same
//! anchored question but also builds failure links that are never used
//! here; over the ~70,000 forms its build alone took ~90 ms of the 100 ms
//! budget.) The longest form that ends on a token or hyphen boundary and
//! passes the rules wins; mentions never overlap. The rules:
//!
//! - a proper name needs capitals where its form has them; acronyms need
//!   full capitals (`un` is not the UN); demonyms match in any case;
//! - a town whose name is a common word (Nice, Tours) needs a preposition
//!   before it and may not start a sentence; brands that collide with towns
//!   (Mercedes, Bentley) need a locative;
//! - a town of a country the document does not mention needs evidence (a
//!   locative, or a parenthesis after it) unless it has a million people or
//!   is a capital;
//! - a city glued to an unexplained capitalised word is part of a person's
//!   name (`Vladimir Kara-Mourza`); a name inside a compound stands only
//!   beside other names or prefixes (`Luc` in `Jean-Luc` does not);
//! - namesake cities are ranked by population, capitals and cities of
//!   countries the document names first; a region outranks a city
//!   (`Ontario`);
//! - role descriptions need a determiner, keep the names and adjectives in
//!   them as mentions of their own (`russe` in "le chef de la diplomatie
//!   russe"),
//!   and resolve through dated roles to whoever held the role at the
//!   document's date (a holder the document names is preferred; undated and
//!   unnamed, they stay unlinked);
//! - short forms of people named earlier are linked by coreference, and
//!   people missing from the data are found after honorifics, role nouns
//!   with a comma, "selon", and in photo credits, as document-local
//!   entities `local:person:<slug>`.
//!
//! # Crate features
//!
//! None.
//!
//! # Errors and panics
//!
//! Matching never fails and never panics. Loading data returns [`Error`],
//! which names the source, line and field at fault.
//!
//! # Other crates in newsline
//!
//! This is a building block: `newsline-doc` gives it documents; the
//! `newsline-events` layer consumes its mentions. Most users want the
//! `newsline` facade, which runs the whole pipeline.

#![deny(missing_docs)]

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

mod config;
mod entity;
mod error;
mod gazetteer;
mod lexicon;
mod matcher;
mod result;
mod trie;

pub use crate::config::GazetteerConfig;
pub use crate::entity::{DisplayLanguage, Entity, EntityKind, Role};
pub use crate::error::{Error, Result};
pub use crate::gazetteer::{Gazetteer, GazetteerBuilder};
pub use crate::result::{
    DocumentEntities, DocumentEntity, HeldRole, Mention, MentionKind, SpanText,
};
