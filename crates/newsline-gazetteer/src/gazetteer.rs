//! The gazetteer: merged entity data compiled for matching.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use newsline_doc::Document;
use once_cell::sync::Lazy;

use crate::config::GazetteerConfig;
use crate::entity::{parse_json, parse_tsv, parse_tsv_from, Entity, EntityKind, Record};
use crate::error::{Error, Result};
use crate::lexicon::{fold, Lexicon};
use crate::matcher;
use crate::result::DocumentEntities;

/// The embedded data files, in merge order: later rows with the same id add
/// to earlier ones.
const EMBEDDED: &[(&str, &str)] = &[
    ("data/countries.tsv", include_str!("../data/countries.tsv")),
    ("data/countries_extra.tsv", include_str!("../data/countries_extra.tsv")),
    ("data/cities.tsv", include_str!("../data/cities.tsv")),
    ("data/places.tsv", include_str!("../data/places.tsv")),
    ("data/regions.tsv", include_str!("../data/regions.tsv")),
    ("data/organizations.tsv", include_str!("../data/organizations.tsv")),
    ("data/people.tsv", include_str!("../data/people.tsv")),
];

const COMMON_WORDS: &str = include_str!("../data/common_words.txt");
const STOP_FORMS: &str = include_str!("../data/stop_forms.txt");

static EMBEDDED_GAZETTEER: Lazy<std::result::Result<Gazetteer, String>> =
    Lazy::new(|| Gazetteer::new(GazetteerConfig::new()).map_err(|e| e.to_string()));

/// An entity recogniser and linker: a compiled gazetteer of countries,
/// places, people and organisations, and the rules that match it against a
/// [`Document`].
///
/// A `Gazetteer` is immutable, `Send + Sync` and cheap to clone (it shares
/// its compiled data); build it once and reuse it for every document.
///
/// # Example
///
/// ```
/// use newsline_doc::Document;
/// use newsline_gazetteer::{Gazetteer, MentionKind};
///
/// let gaz = Gazetteer::embedded();
/// let doc = Document::builder("d", "Moscou et Kiev ont repris les pourparlers.").build();
/// let found = gaz.match_document(&doc);
/// let kyiv = found.entity("geonames:703448").ok_or("Kyiv not found")?;
/// assert_eq!(kyiv.name, "Kyiv");
/// let moscow = &found.mentions()[0];
/// assert_eq!(moscow.how, MentionKind::Metonym);
/// assert_eq!(moscow.stands_for.as_deref(), Some("iso:RU"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Gazetteer {
    config: GazetteerConfig,
    lexicon: Arc<Lexicon>,
}

impl Gazetteer {
    /// The default gazetteer over the embedded data, built once on first
    /// use and shared afterwards.
    ///
    /// # Panics
    ///
    /// Panics if the embedded data is malformed, which the crate's tests
    /// rule out: the data is part of the source.
    pub fn embedded() -> &'static Gazetteer {
        match &*EMBEDDED_GAZETTEER {
            Ok(g) => g,
            Err(e) => panic!("the embedded gazetteer data is valid (checked by the tests): {e}"),
        }
    }

    /// Builds a gazetteer over the embedded data with `config`.
    ///
    /// # Errors
    ///
    /// The embedded data is valid (the tests check it), so this fails only
    /// on a bug; with `embedded_data(false)` and no other data, the
    /// gazetteer is empty.
    pub fn new(config: GazetteerConfig) -> Result<Gazetteer> {
        GazetteerBuilder::new(config).build()
    }

    /// A builder, to add entities from TSV or JSON files to (or instead of)
    /// the embedded data.
    pub fn builder(config: GazetteerConfig) -> GazetteerBuilder {
        GazetteerBuilder::new(config)
    }

    /// The configuration the gazetteer was built with.
    pub fn config(&self) -> &GazetteerConfig {
        &self.config
    }

    /// Finds and links every entity mention in `doc`.
    ///
    /// Mentions are sorted, never overlap, lie inside the text on char
    /// boundaries; this never panics, whatever the text.
    pub fn match_document(&self, doc: &Document) -> DocumentEntities {
        matcher::match_document(&self.lexicon, &self.config, doc)
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.lexicon.by_id.get(id).and_then(|&i| self.lexicon.entities.get(i as usize))
    }

    /// Every entity, in load order.
    pub fn entities(&self) -> &[Entity] {
        &self.lexicon.entities
    }

    /// The entities whose name, alias or demonym folds to the same form as
    /// `surface` (case and accents ignored), without context rules.
    pub fn lookup(&self, surface: &str) -> Vec<&Entity> {
        let key = fold(surface);
        self.lexicon
            .entities
            .iter()
            .filter(|e| {
                e.names().chain(e.demonyms.iter().map(String::as_str)).any(|n| fold(n) == key)
            })
            .collect()
    }

    /// How many distinct folded forms the matcher holds.
    pub fn pattern_count(&self) -> usize {
        self.lexicon.patterns.len()
    }

    /// An estimate of the heap memory held by the compiled gazetteer, in
    /// bytes (entities, forms and tries).
    pub fn memory_usage(&self) -> usize {
        self.lexicon.memory_usage()
    }
}

/// Collects entity data, then compiles a [`Gazetteer`].
///
/// ```
/// use newsline_doc::Document;
/// use newsline_gazetteer::{Gazetteer, GazetteerConfig};
///
/// let tsv = "person:jane-roe\tperson\tJane Roe\t\tRoe\t\tiso:FR\n";
/// let gaz = Gazetteer::builder(GazetteerConfig::new()).add_tsv("mine.tsv", tsv)?.build()?;
/// let doc = Document::builder("d", "Selon Jane Roe, Paris a tort.").build();
/// let found = gaz.match_document(&doc);
/// let ids: Vec<&str> = found.entities().iter().map(|e| e.id.as_str()).collect();
/// assert_eq!(ids, ["person:jane-roe", "geonames:2988507"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct GazetteerBuilder {
    config: GazetteerConfig,
    sources: Vec<(String, Vec<Record>)>,
}

impl GazetteerBuilder {
    /// A builder with `config` and no user data yet.
    pub fn new(config: GazetteerConfig) -> GazetteerBuilder {
        GazetteerBuilder { config, sources: Vec::new() }
    }

    /// Adds entities from TSV text (columns: `id kind name name_fr aliases
    /// demonyms country population roles stands_for`; lists `|`-separated;
    /// roles `role@of@from@to`; `#` comments). `source` names the data in
    /// errors.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidField`] with the line and field of the first bad row.
    pub fn add_tsv(mut self, source: &str, text: &str) -> Result<GazetteerBuilder> {
        let records = parse_tsv(source, text)?;
        self.sources.push((source.to_string(), records));
        Ok(self)
    }

    /// Adds entities from JSON text: an array of [`Entity`] objects or one
    /// object per line.
    ///
    /// # Errors
    ///
    /// [`Error::Json`] with the line and column of a syntax or field error,
    /// [`Error::InvalidField`] for an invalid id.
    pub fn add_json(mut self, source: &str, text: &str) -> Result<GazetteerBuilder> {
        let records = parse_json(source, text)?;
        self.sources.push((source.to_string(), records));
        Ok(self)
    }

    /// Adds entities already in memory.
    pub fn add_entities(mut self, entities: impl IntoIterator<Item = Entity>) -> GazetteerBuilder {
        let records = entities
            .into_iter()
            .enumerate()
            .map(|(i, entity)| Record { line: i + 1, entity })
            .collect();
        self.sources.push(("<entities>".to_string(), records));
        self
    }

    /// Merges the data (embedded first, then the user's, in the order
    /// added) and compiles the gazetteer.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidField`] when a record that creates an entity has no
    /// name (its first record is named).
    pub fn build(self) -> Result<Gazetteer> {
        let mut all: Vec<(String, Vec<Record>)> = Vec::new();
        if self.config.get_embedded_data() {
            all = parse_embedded()?;
        }
        all.extend(self.sources);
        let total: usize = all.iter().map(|(_, r)| r.len()).sum();
        let mut entities: Vec<Entity> = Vec::with_capacity(total);
        // Where each entity was first defined, to name it in errors.
        let mut origin: Vec<(usize, usize)> = Vec::with_capacity(total);
        let mut index: HashMap<String, usize> = HashMap::with_capacity(total);
        let mut sources: Vec<String> = Vec::with_capacity(all.len());
        for (source, records) in all {
            sources.push(source);
            let s = sources.len() - 1;
            for Record { line, entity } in records {
                match index.get(&entity.id) {
                    Some(&i) => {
                        if let Some(e) = entities.get_mut(i) {
                            e.merge(entity);
                        }
                    }
                    None => {
                        index.insert(entity.id.clone(), entities.len());
                        origin.push((s, line));
                        entities.push(entity);
                    }
                }
            }
        }
        // A name may come from a later file (a generated row completed by a
        // hand-written one), so it is checked once everything is merged.
        for (e, (source, line)) in entities.iter().zip(origin) {
            if e.name.trim().is_empty() {
                return Err(Error::InvalidField {
                    source_name: sources.get(source).cloned().unwrap_or_default(),
                    line,
                    field: "name",
                    value: e.id.clone(),
                    reason: "an entity needs a name (or its id is misspelt)",
                });
            }
        }
        let min = self.config.get_min_population();
        entities.retain(|e| e.kind != EntityKind::City || e.population.is_none_or(|p| p >= min));
        let list = |text: &str| -> HashSet<String> {
            text.lines()
                .map(str::trim)
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .map(String::from)
                .collect()
        };
        let (common, stop) = if self.config.get_embedded_data() {
            (list(COMMON_WORDS), list(STOP_FORMS))
        } else {
            (HashSet::new(), HashSet::new())
        };
        let lexicon = Lexicon::build(entities, common, stop)?;
        Ok(Gazetteer { config: self.config, lexicon: Arc::new(lexicon) })
    }
}

/// Parses the embedded files, the big city file in two halves on two
/// threads (parsing is a third of the build time).
fn parse_embedded() -> Result<Vec<(String, Vec<Record>)>> {
    let mut out = Vec::with_capacity(EMBEDDED.len());
    for &(name, text) in EMBEDDED {
        if name != "data/cities.tsv" {
            out.push((name.to_string(), parse_tsv(name, text)?));
            continue;
        }
        let mid = text
            .get(text.len() / 2..)
            .and_then(|t| t.find('\n'))
            .map_or(text.len(), |k| text.len() / 2 + k + 1);
        let (a, b) = text.split_at(mid);
        let b_first_line = a.lines().count() + 1;
        let (ra, rb) = std::thread::scope(|scope| {
            let handle = scope.spawn(|| parse_tsv_from(name, b, b_first_line));
            let ra = parse_tsv_from(name, a, 1);
            // Parsing never panics; should it ever, pass the panic on.
            (ra, handle.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
        });
        let mut records = ra?;
        records.extend(rb?);
        out.push((name.to_string(), records));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-written files only add to entities that exist: every
    /// `places.tsv` id is a city of the generated `cities.tsv`, every id is
    /// unique within its file, and every role and `stands_for` points to an
    /// entity of the data.
    #[test]
    fn embedded_data_is_consistent() {
        let cities: HashSet<String> = parse_tsv("cities.tsv", EMBEDDED[2].1)
            .unwrap_or_default()
            .into_iter()
            .map(|r| r.entity.id)
            .collect();
        assert!(cities.len() > 30_000, "{}", cities.len());
        for (name, text) in EMBEDDED {
            let records = parse_tsv(name, text).unwrap_or_else(|e| panic!("{e}"));
            let mut seen = HashSet::new();
            for r in &records {
                assert!(
                    seen.insert(r.entity.id.clone()),
                    "{name}:{}: duplicate id {}",
                    r.line,
                    r.entity.id
                );
                if *name == "data/places.tsv" {
                    assert!(
                        cities.contains(&r.entity.id),
                        "{name}:{}: {} is not a GeoNames city",
                        r.line,
                        r.entity.id
                    );
                }
            }
        }
        let gaz = Gazetteer::embedded();
        for e in gaz.entities() {
            for r in &e.roles {
                assert!(gaz.entity(&r.of).is_some(), "{}: role of unknown {}", e.id, r.of);
            }
            if let Some(s) = &e.stands_for {
                assert!(gaz.entity(s).is_some(), "{}: stands for unknown {}", e.id, s);
            }
            if let Some(c) = &e.country {
                assert!(gaz.entity(c).is_some(), "{}: country unknown {}", e.id, c);
            }
        }
    }

    #[test]
    fn gazetteer_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Gazetteer>();
    }

    #[test]
    fn a_new_entity_without_name_is_an_error() {
        let tsv = "# x\ngeonames:999999999\tcity\t\tNulle part\n";
        let err = Gazetteer::builder(GazetteerConfig::new().embedded_data(false))
            .add_tsv("mine.tsv", tsv)
            .and_then(GazetteerBuilder::build);
        match err {
            Err(Error::InvalidField { line: 2, field: "name", .. }) => {}
            other => panic!("expected a name error on line 2, got {other:?}"),
        }
    }

    #[test]
    fn user_data_alone_replaces_the_embedded_data() {
        let tsv = "org:acme\torganization\tAcme\t\tACME\n";
        let gaz = Gazetteer::builder(GazetteerConfig::new().embedded_data(false))
            .add_tsv("mine.tsv", tsv)
            .and_then(GazetteerBuilder::build)
            .expect("valid data");
        // Only the user's entity: no countries, so no generated ministries.
        assert_eq!(gaz.entities().len(), 1);
        let doc = Document::builder("d", "ACME et la Russie.").build();
        let found = gaz.match_document(&doc);
        assert_eq!(found.entities().len(), 1);
    }
}
