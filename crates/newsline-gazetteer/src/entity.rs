//! Entities (countries, places, people, organisations) and the TSV and JSON
//! files that describe them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// What sort of thing an [`Entity`] is.
///
/// This enum is `#[non_exhaustive]` so that further kinds (events, products)
/// may be added in semver compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityKind {
    /// A person: `person:sergey-lavrov`, or a document-local `local:person:…`.
    Person,
    /// A country or territory of ISO 3166-1: `iso:UA`.
    Country,
    /// A city or town: `geonames:703448`.
    City,
    /// A region, a sea or a geopolitical area: `region:donbas`, `region:west`.
    Region,
    /// An organisation or institution: `org:nato`, `org:kremlin`.
    Organization,
}

impl EntityKind {
    /// The contract's name of the kind: `person`, `country`, `city`,
    /// `region` or `organization`.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Country => "country",
            EntityKind::City => "city",
            EntityKind::Region => "region",
            EntityKind::Organization => "organization",
        }
    }

    /// Parses a kind name; `org` and `organisation` are accepted too.
    pub fn from_name(name: &str) -> Option<EntityKind> {
        Some(match name.trim() {
            "person" => EntityKind::Person,
            "country" => EntityKind::Country,
            "city" => EntityKind::City,
            "region" => EntityKind::Region,
            "organization" | "organisation" | "org" => EntityKind::Organization,
            _ => return None,
        })
    }

    /// Whether this kind is a place (country, city or region).
    pub fn is_place(&self) -> bool {
        matches!(self, EntityKind::Country | EntityKind::City | EntityKind::Region)
    }
}

/// A role held by a person over a period: "foreign minister of Russia from
/// 2004-03-09".
///
/// The period is half-open: `from` is the first day in office, `to` the day
/// the successor took over (so it is also the first day out of office).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Role {
    /// The role key: `head_of_state`, `head_of_government`,
    /// `foreign_minister`, `defence_minister`, `spokesperson`,
    /// `foreign_ministry_spokesperson`, `secretary_general`... (see
    /// `data/README.md` for the list the embedded data uses).
    pub role: String,
    /// The id of the country or organisation the role belongs to: `iso:RU`,
    /// `org:nato`.
    pub of: String,
    /// First day in office, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    /// First day out of office; `None` while still in office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
}

impl Role {
    /// Creates a role with no dates.
    pub fn new(role: impl Into<String>, of: impl Into<String>) -> Role {
        Role { role: role.into(), of: of.into(), from: None, to: None }
    }

    /// Sets the first day in office.
    pub fn from(mut self, date: NaiveDate) -> Role {
        self.from = Some(date);
        self
    }

    /// Sets the first day out of office.
    pub fn to(mut self, date: NaiveDate) -> Role {
        self.to = Some(date);
        self
    }

    /// How many days of `[earliest, latest]` (inclusive) the role covers.
    pub fn overlap_days(&self, earliest: NaiveDate, latest: NaiveDate) -> i64 {
        let start = match self.from {
            Some(f) if f > earliest => f,
            _ => earliest,
        };
        // `to` is exclusive: the last day in office is the day before.
        let end = match self.to.and_then(|t| t.pred_opt()) {
            Some(t) if t < latest => t,
            _ => latest,
        };
        ((end - start).num_days() + 1).max(0)
    }
}

/// An entity of the gazetteer: a stable id, a kind, names and, depending on
/// the kind, demonyms, a country, a population and roles.
///
/// In JSON (the format of user entity files, and of
/// [`Gazetteer::entity`](crate::Gazetteer::entity) results) every field but
/// `id` may be omitted; `kind` is required for a new entity and `name` too,
/// unless the record adds to an entity that already exists.
///
/// ```json
/// {"id": "person:sergey-lavrov", "kind": "person", "name": "Sergey Lavrov",
///  "name_fr": "Sergueï Lavrov", "aliases": ["Lavrov", "Sergei Lavrov"],
///  "country": "iso:RU",
///  "roles": [{"role": "foreign_minister", "of": "iso:RU", "from": "2004-03-09"}]}
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Entity {
    /// The stable id, namespaced by source: `iso:UA`, `geonames:703448`,
    /// `person:sergey-lavrov`, `org:nato`, `region:donbas`.
    pub id: String,
    /// What sort of entity it is.
    pub kind: EntityKind,
    /// The English display name (`Kyiv`, `Vladimir Putin`). May be empty
    /// in a record that adds to an existing entity.
    #[serde(default)]
    pub name: String,
    /// The French display name (`Kiev`, `Vladimir Poutine`), if it differs
    /// or is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_fr: Option<String>,
    /// Other proper-name forms, in any language and transliteration.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Adjectives and nationality nouns (`russe`, `Ukrainians`); a form
    /// ending in `-` is a combining form (`russo-`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub demonyms: Vec<String>,
    /// The country the entity belongs to (`iso:UA`), for places, people and
    /// national institutions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The population, for places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<u64>,
    /// Dated roles, for people.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// What the entity stands for when used by metonymy: a capital or an
    /// institution for its country's government (`Moscou`, `le Kremlin` →
    /// `iso:RU`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stands_for: Option<String>,
}

impl Entity {
    /// Creates an entity with only an id, a kind and an English name.
    pub fn new(id: impl Into<String>, kind: EntityKind, name: impl Into<String>) -> Entity {
        Entity {
            id: id.into(),
            kind,
            name: name.into(),
            name_fr: None,
            aliases: Vec::new(),
            demonyms: Vec::new(),
            country: None,
            population: None,
            roles: Vec::new(),
            stands_for: None,
        }
    }

    /// The display name in `language`: the French one when asked and known,
    /// the English one otherwise.
    pub fn display_name(&self, language: DisplayLanguage) -> &str {
        match (language, &self.name_fr) {
            (DisplayLanguage::French, Some(fr)) if !fr.is_empty() => fr,
            _ => &self.name,
        }
    }

    /// Every proper-name form: the names and the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.name_fr.as_deref())
            .chain(self.aliases.iter().map(String::as_str))
            .filter(|s| !s.is_empty())
    }

    /// Adds what `other` (a record with the same id) brings: non-empty
    /// scalar fields replace, lists are extended without duplicates.
    pub(crate) fn merge(&mut self, other: Entity) {
        if !other.name.is_empty() {
            self.name = other.name;
        }
        if other.name_fr.as_deref().is_some_and(|s| !s.is_empty()) {
            self.name_fr = other.name_fr;
        }
        for a in other.aliases {
            if !self.aliases.contains(&a) {
                self.aliases.push(a);
            }
        }
        for d in other.demonyms {
            if !self.demonyms.contains(&d) {
                self.demonyms.push(d);
            }
        }
        if other.country.is_some() {
            self.country = other.country;
        }
        if other.population.is_some() {
            self.population = other.population;
        }
        for r in other.roles {
            if !self.roles.contains(&r) {
                self.roles.push(r);
            }
        }
        if other.stands_for.is_some() {
            self.stands_for = other.stands_for;
        }
    }
}

/// Which language display names are given in.
///
/// This enum is `#[non_exhaustive]` so that further languages may be added
/// in semver compatible releases.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DisplayLanguage {
    /// English names (`Kyiv`, `Vladimir Putin`), as DESIGN.md asks.
    #[default]
    English,
    /// French names (`Kiev`, `Vladimir Poutine`) where known.
    French,
}

/// One entity record read from a file, with the line it came from.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Record {
    pub(crate) line: usize,
    pub(crate) entity: Entity,
}

/// The TSV columns, in order. Trailing columns may be omitted.
pub(crate) const TSV_COLUMNS: [&str; 10] = [
    "id",
    "kind",
    "name",
    "name_fr",
    "aliases",
    "demonyms",
    "country",
    "population",
    "roles",
    "stands_for",
];

/// Parses TSV entity data (see [`TSV_COLUMNS`]): `#` starts a comment line,
/// lists are `|`-separated, roles are `role@of@from@to` with ISO dates.
pub(crate) fn parse_tsv(source: &str, text: &str) -> Result<Vec<Record>> {
    parse_tsv_from(source, text, 1)
}

/// [`parse_tsv`] on a part of a file whose first line is `first_line`.
pub(crate) fn parse_tsv_from(source: &str, text: &str, first_line: usize) -> Result<Vec<Record>> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + first_line;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = raw.split('\t').collect();
        let bad = |field: &'static str, value: &str, reason: &'static str| Error::InvalidField {
            source_name: source.to_string(),
            line,
            field,
            value: value.to_string(),
            reason,
        };
        if fields.len() > TSV_COLUMNS.len() {
            return Err(bad("stands_for", raw, "too many columns (at most 10)"));
        }
        let get = |k: usize| fields.get(k).map(|s| s.trim()).unwrap_or("");
        let id = get(0);
        check_id(id).map_err(|r| bad("id", id, r))?;
        let kind_s = get(1);
        let kind = EntityKind::from_name(kind_s)
            .ok_or_else(|| bad("kind", kind_s, "unknown entity kind"))?;
        let list = |k: usize| -> Vec<String> {
            get(k).split('|').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
        };
        let opt = |k: usize| -> Option<String> {
            Some(get(k)).filter(|s| !s.is_empty()).map(String::from)
        };
        let population = match get(7) {
            "" => None,
            p => Some(p.parse::<u64>().map_err(|_| bad("population", p, "not a whole number"))?),
        };
        let mut roles = Vec::new();
        for r in list(8) {
            roles.push(parse_role(&r).map_err(|reason| bad("roles", &r, reason))?);
        }
        for (k, field) in [(6usize, "country"), (9, "stands_for")] {
            if let Some(v) = opt(k) {
                check_id(&v).map_err(|r| bad(field, &v, r))?;
            }
        }
        let entity = Entity {
            id: id.to_string(),
            kind,
            name: get(2).to_string(),
            name_fr: opt(3),
            aliases: list(4),
            demonyms: list(5),
            country: opt(6),
            population,
            roles,
            stands_for: opt(9),
        };
        out.push(Record { line, entity });
    }
    Ok(out)
}

fn parse_role(s: &str) -> std::result::Result<Role, &'static str> {
    let parts: Vec<&str> = s.split('@').map(str::trim).collect();
    if parts.len() < 2 || parts.len() > 4 {
        return Err("a role is role@of@from@to");
    }
    let (role, of) = (parts[0], parts[1]);
    if role.is_empty() {
        return Err("empty role key");
    }
    check_id(of)?;
    let date = |k: usize| -> std::result::Result<Option<NaiveDate>, &'static str> {
        match parts.get(k).copied().unwrap_or("") {
            "" => Ok(None),
            d => NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| "a role date is YYYY-MM-DD"),
        }
    };
    let (from, to) = (date(2)?, date(3)?);
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            return Err("a role ends before it starts");
        }
    }
    Ok(Role { role: role.to_string(), of: of.to_string(), from, to })
}

/// Ids are `namespace:rest`, without spaces, so that they stay stable keys.
fn check_id(id: &str) -> std::result::Result<(), &'static str> {
    let Some((ns, rest)) = id.split_once(':') else {
        return Err("an id is namespace:value (iso:UA, geonames:703448, person:x)");
    };
    if ns.is_empty() || rest.is_empty() || id.chars().any(char::is_whitespace) {
        return Err("an id is namespace:value without spaces");
    }
    Ok(())
}

/// Parses JSON entity data: either one array of [`Entity`] objects, or one
/// object per line (JSON Lines).
pub(crate) fn parse_json(source: &str, text: &str) -> Result<Vec<Record>> {
    let json_err = |e: serde_json::Error, line_offset: usize| Error::Json {
        source_name: source.to_string(),
        line: e.line() + line_offset,
        column: e.column(),
        source: e,
    };
    let trimmed = text.trim_start();
    let mut out = Vec::new();
    if trimmed.starts_with('[') {
        // Line numbers of array elements are not kept by serde_json, so each
        // element is first read as a raw value whose position we can find.
        let values: Vec<serde_json::Value> =
            serde_json::from_str(text).map_err(|e| json_err(e, 0))?;
        for (k, v) in values.into_iter().enumerate() {
            let line = element_line(text, k);
            let entity: Entity = serde_json::from_value(v).map_err(|e| Error::Json {
                source_name: source.to_string(),
                line,
                column: 0,
                source: e,
            })?;
            out.push(Record { line, entity });
        }
    } else {
        for (i, l) in text.lines().enumerate() {
            if l.trim().is_empty() {
                continue;
            }
            let entity: Entity = serde_json::from_str(l).map_err(|e| json_err(e, i))?;
            out.push(Record { line: i + 1, entity });
        }
    }
    for r in &out {
        check_id(&r.entity.id).map_err(|reason| Error::InvalidField {
            source_name: source.to_string(),
            line: r.line,
            field: "id",
            value: r.entity.id.clone(),
            reason,
        })?;
    }
    Ok(out)
}

/// The line where the `k`-th element of a top-level JSON array starts, found
/// by a small scan that tracks strings and nesting (best effort: 1 on
/// failure).
fn element_line(text: &str, k: usize) -> usize {
    let (mut depth, mut in_str, mut esc, mut line, mut seen) =
        (0usize, false, false, 1usize, 0usize);
    let mut expect_start = false;
    for c in text.chars() {
        if c == '\n' {
            line += 1;
        }
        if in_str {
            match (esc, c) {
                (true, _) => esc = false,
                (false, '\\') => esc = true,
                (false, '"') => in_str = false,
                _ => {}
            }
            continue;
        }
        if expect_start && !c.is_whitespace() {
            expect_start = false;
            if seen == k {
                return line;
            }
            seen += 1;
        }
        match c {
            '"' => in_str = true,
            '[' | '{' => {
                depth += 1;
                if depth == 1 {
                    expect_start = true;
                }
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            ',' if depth == 1 => expect_start = true,
            _ => {}
        }
    }
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn tsv_row_with_roles_parses() {
        let text = "# comment\nperson:x\tperson\tX Y\tX Ygrec\tY|X. Y\t\tiso:RU\t\tforeign_minister@iso:RU@2004-03-09@\n";
        let recs = parse_tsv("t.tsv", text).expect("valid");
        assert_eq!(recs.len(), 1);
        let e = &recs[0].entity;
        assert_eq!(recs[0].line, 2);
        assert_eq!(e.aliases, vec!["Y", "X. Y"]);
        assert_eq!(e.roles[0].from, Some(d("2004-03-09")));
        assert_eq!(e.roles[0].to, None);
    }

    #[test]
    fn tsv_errors_name_line_and_field() {
        let cases = [
            ("a:b\tpirate\tX\n", "kind"),
            ("nocolon\tperson\tX\n", "id"),
            ("a:b\tcity\tX\t\t\t\t\tmany\n", "population"),
            ("a:b\tperson\tX\t\t\t\t\t\tminister@iso:RU@2022-13-01\n", "roles"),
            ("a:b\tperson\tX\t\t\t\t\t\tminister@iso:RU@2022-03-01@2021-01-01\n", "roles"),
        ];
        for (text, field) in cases {
            let text = format!("# header\n{text}");
            match parse_tsv("f.tsv", &text) {
                Err(Error::InvalidField { line, field: f, source_name, .. }) => {
                    assert_eq!((line, f, source_name.as_str()), (2, field, "f.tsv"), "{text}");
                }
                other => panic!("expected an InvalidField error for {text:?}, got {other:?}"),
            }
        }
    }

    #[test]
    fn json_array_and_lines_parse() {
        let arr = r#"[
  {"id": "org:x", "kind": "organization", "name": "X"},
  {"id": "org:y", "kind": "organization", "name": "Y", "aliases": ["Why"]}
]"#;
        let recs = parse_json("a.json", arr).expect("valid");
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[1].line, 3);
        let lines = "{\"id\": \"org:x\", \"kind\": \"organization\", \"name\": \"X\"}\n\n{\"id\": \"org:z\", \"kind\": \"city\", \"name\": \"Z\", \"population\": 3}\n";
        let recs = parse_json("b.jsonl", lines).expect("valid");
        assert_eq!(recs[1].line, 3);
        assert_eq!(recs[1].entity.population, Some(3));
    }

    #[test]
    fn json_errors_name_line() {
        let lines = "{\"id\": \"org:x\", \"kind\": \"organization\", \"name\": \"X\"}\n{\"id\": \"org:y\", \"kind\": \"pirate\"}\n";
        match parse_json("b.jsonl", lines) {
            Err(e @ Error::Json { line: 2, .. }) => {
                assert!(e.to_string().starts_with("b.jsonl:2:"))
            }
            other => panic!("expected a JSON error on line 2, got {other:?}"),
        }
        let arr = "[\n{\"id\": \"org:x\", \"kind\": \"organization\", \"name\": \"X\"},\n{\"id\": \"bad id\", \"kind\": \"city\"}\n]";
        match parse_json("a.json", arr) {
            Err(Error::InvalidField { line: 3, field: "id", .. }) => {}
            other => panic!("expected an id error on line 3, got {other:?}"),
        }
    }

    #[test]
    fn role_overlap_counts_days_half_open() {
        let r = Role::new("foreign_minister", "iso:UA").from(d("2020-03-04")).to(d("2024-09-05"));
        assert_eq!(r.overlap_days(d("2022-03-01"), d("2022-03-31")), 31);
        assert_eq!(r.overlap_days(d("2024-09-05"), d("2024-09-30")), 0);
        assert_eq!(r.overlap_days(d("2024-09-01"), d("2024-09-30")), 4);
        assert_eq!(r.overlap_days(d("2019-01-01"), d("2019-12-31")), 0);
    }

    #[test]
    fn merge_extends_lists_and_replaces_scalars() {
        let mut a = Entity::new("geonames:1", EntityKind::City, "Kyiv");
        a.aliases.push("Kiev".into());
        let mut b = Entity::new("geonames:1", EntityKind::City, "");
        b.name_fr = Some("Kiev".into());
        b.aliases = vec!["Kiev".into(), "Kyïv".into()];
        b.stands_for = Some("iso:UA".into());
        a.merge(b);
        assert_eq!(a.name, "Kyiv");
        assert_eq!(a.display_name(DisplayLanguage::French), "Kiev");
        assert_eq!(a.aliases, vec!["Kiev", "Kyïv"]);
        assert_eq!(a.stands_for.as_deref(), Some("iso:UA"));
    }
}
