//! Configuration: the resolution strategy and the knobs of recognition.

use serde::{Deserialize, Serialize};

/// How an expression that could point either way in time is resolved
/// against a full-day anchor ("jeudi", "le 15", "en décembre").
///
/// With an anchor of month or year precision no strategy picks a day: the
/// value stays as precise as the anchor ("jeudi" with header `2022-03` is
/// `2022-03`, weekday Thursday).
///
/// This enum is `#[non_exhaustive]` so that further conventions may be
/// added in semver compatible releases.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Strategy {
    /// The news strategy (the default), after HeidelTime's: determiners
    /// decide first ("mardi dernier" is the previous Tuesday, "vendredi
    /// prochain" the next Friday), then the tense of the clause ("a déclaré
    /// jeudi" and "a annoncé ce jeudi" are the latest Thursday on or before
    /// the anchor, "se rendra jeudi" the next one on or after it); with no
    /// cue, "jeudi" and "ce jeudi" are the Thursday of the anchor's ISO
    /// week, and a month or day without a year is the nearest occurrence to
    /// the anchor.
    #[default]
    News,
    /// Always the next occurrence, as Duckling and rustling do: a bare
    /// weekday is the first one strictly after the anchor, a date without a
    /// year the first one on or after it.
    Forward,
    /// Always the latest occurrence on or before the anchor (Recognizers-
    /// Text's past resolution).
    Backward,
}

/// Configuration of a [`TimeRecognizer`](crate::TimeRecognizer).
///
/// # Example
///
/// ```
/// use newsline_time::{Strategy, TimeConfig};
///
/// let config = TimeConfig::new().strategy(Strategy::Forward).anaphora(false);
/// assert_eq!(config.get_strategy(), Strategy::Forward);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TimeConfig {
    strategy: Strategy,
    anaphora: bool,
    infer_anchor: bool,
}

impl Default for TimeConfig {
    fn default() -> TimeConfig {
        TimeConfig::new()
    }
}

impl TimeConfig {
    /// The default configuration.
    pub const fn new() -> TimeConfig {
        TimeConfig { strategy: Strategy::News, anaphora: true, infer_anchor: true }
    }

    /// Sets the resolution strategy. By default, [`Strategy::News`].
    pub const fn strategy(mut self, strategy: Strategy) -> TimeConfig {
        self.strategy = strategy;
        self
    }

    /// Whether "la veille", "le lendemain", "deux jours plus tard" resolve
    /// against the previous date in the text (`true`) or against the
    /// document date only (`false`, as the peer suites expect). By default,
    /// `true`.
    pub const fn anaphora(mut self, yes: bool) -> TimeConfig {
        self.anaphora = yes;
        self
    }

    /// Whether a month or year anchor is refined to the day when the text
    /// pins that day down: a stated date and an exact shift from it ("le 24
    /// février" … "il y a deux semaines exactement"). Expressions resolved
    /// against the refined anchor say [`Resolution::InferredDate`]. An
    /// anchor that is already a day is never changed. By default, `true`.
    ///
    /// [`Resolution::InferredDate`]: crate::Resolution::InferredDate
    pub const fn infer_anchor(mut self, yes: bool) -> TimeConfig {
        self.infer_anchor = yes;
        self
    }

    /// Whether a partial anchor may be refined from the text.
    pub const fn get_infer_anchor(&self) -> bool {
        self.infer_anchor
    }

    /// The resolution strategy.
    pub const fn get_strategy(&self) -> Strategy {
        self.strategy
    }

    /// Whether anaphoric expressions use the previous date in the text.
    pub const fn get_anaphora(&self) -> bool {
        self.anaphora
    }
}
