//! Weekdays as lowercase English names (`"thursday"`), the spelling time
//! expressions use, for `Option<Weekday>` fields:
//! `#[serde(default, with = "newsline_events::weekday_name")]`.
//!
//! ```
//! use chrono::Weekday;
//!
//! #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
//! struct Day {
//!     #[serde(default, with = "newsline_events::weekday_name")]
//!     weekday: Option<Weekday>,
//! }
//!
//! let json = serde_json::to_string(&Day { weekday: Some(Weekday::Thu) })?;
//! assert_eq!(json, r#"{"weekday":"thursday"}"#);
//! assert_eq!(serde_json::from_str::<Day>(&json)?, Day { weekday: Some(Weekday::Thu) });
//! # Ok::<(), serde_json::Error>(())
//! ```

use chrono::Weekday;
use serde::{Deserialize, Deserializer, Serializer};

const NAMES: [&str; 7] =
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const DAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// Writes an optional weekday as its name, or `null`.
pub fn serialize<S: Serializer>(w: &Option<Weekday>, s: S) -> Result<S::Ok, S::Error> {
    match w {
        Some(w) => s.serialize_str(NAMES[w.num_days_from_monday() as usize]),
        None => s.serialize_none(),
    }
}

/// Reads an optional weekday from its name or `null`.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Weekday>, D::Error> {
    let name: Option<String> = Option::deserialize(d)?;
    match name {
        None => Ok(None),
        Some(n) => NAMES
            .iter()
            .position(|x| *x == n)
            .map(|i| Some(DAYS[i]))
            .ok_or_else(|| serde::de::Error::custom(format!("unknown weekday {n:?}"))),
    }
}
