//! The configuration of a [`Gazetteer`](crate::Gazetteer).

use serde::{Deserialize, Serialize};

use crate::entity::DisplayLanguage;

/// How a [`Gazetteer`](crate::Gazetteer) is built and how it matches.
///
/// Every setter takes and returns the config by value, so a config can be a
/// `const` or a `static`:
///
/// ```
/// use newsline_gazetteer::{DisplayLanguage, GazetteerConfig};
///
/// const CONFIG: GazetteerConfig =
///     GazetteerConfig::new().display_language(DisplayLanguage::French).min_population(50_000);
/// assert_eq!(CONFIG.get_min_population(), 50_000);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GazetteerConfig {
    display_language: DisplayLanguage,
    embedded_data: bool,
    min_population: u64,
    nominals: bool,
    coreference: bool,
    unknown_people: bool,
}

impl Default for GazetteerConfig {
    fn default() -> GazetteerConfig {
        GazetteerConfig::new()
    }
}

impl GazetteerConfig {
    /// The default configuration.
    pub const fn new() -> GazetteerConfig {
        GazetteerConfig {
            display_language: DisplayLanguage::English,
            embedded_data: true,
            min_population: 15_000,
            nominals: true,
            coreference: true,
            unknown_people: true,
        }
    }

    /// The language of display names in results.
    ///
    /// By default, English ([`DisplayLanguage::English`]).
    pub const fn display_language(mut self, language: DisplayLanguage) -> GazetteerConfig {
        self.display_language = language;
        self
    }

    /// Whether the embedded default data is loaded before the user's own
    /// entities; `false` replaces it entirely with the user's data.
    ///
    /// By default, `true`.
    pub const fn embedded_data(mut self, yes: bool) -> GazetteerConfig {
        self.embedded_data = yes;
        self
    }

    /// Cities with a known population below this are left out (the
    /// embedded data holds cities of at least 15,000 people).
    ///
    /// By default, 15,000.
    pub const fn min_population(mut self, population: u64) -> GazetteerConfig {
        self.min_population = population;
        self
    }

    /// Whether role descriptions (`le chef de la diplomatie russe`) are
    /// resolved to people through dated roles.
    ///
    /// By default, `true`.
    pub const fn nominals(mut self, yes: bool) -> GazetteerConfig {
        self.nominals = yes;
        self
    }

    /// Whether later short forms of a person named in the document
    /// (`Lavrov`, `M. Lavrov`) are linked to that person.
    ///
    /// By default, `true`.
    pub const fn coreference(mut self, yes: bool) -> GazetteerConfig {
        self.coreference = yes;
        self
    }

    /// Whether people missing from the gazetteer are detected from titles
    /// and patterns (`M. X`, `le porte-parole …, X Y`) as document-local
    /// entities.
    ///
    /// By default, `true`.
    pub const fn unknown_people(mut self, yes: bool) -> GazetteerConfig {
        self.unknown_people = yes;
        self
    }

    /// See [`GazetteerConfig::display_language`].
    pub const fn get_display_language(&self) -> DisplayLanguage {
        self.display_language
    }

    /// See [`GazetteerConfig::embedded_data`].
    pub const fn get_embedded_data(&self) -> bool {
        self.embedded_data
    }

    /// See [`GazetteerConfig::min_population`].
    pub const fn get_min_population(&self) -> u64 {
        self.min_population
    }

    /// See [`GazetteerConfig::nominals`].
    pub const fn get_nominals(&self) -> bool {
        self.nominals
    }

    /// See [`GazetteerConfig::coreference`].
    pub const fn get_coreference(&self) -> bool {
        self.coreference
    }

    /// See [`GazetteerConfig::unknown_people`].
    pub const fn get_unknown_people(&self) -> bool {
        self.unknown_people
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_defaults_fill_missing_fields() {
        let c: GazetteerConfig =
            serde_json::from_str(r#"{"min_population": 100000}"#).unwrap_or_default();
        assert_eq!(c.get_min_population(), 100_000);
        assert!(c.get_embedded_data());
        assert_eq!(c.get_display_language(), DisplayLanguage::English);
    }
}
