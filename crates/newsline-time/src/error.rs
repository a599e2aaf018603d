//! The crate's error type.

use chrono::NaiveDate;

/// What can go wrong in newsline-time.
///
/// Recognition itself never fails: any text gives a (possibly empty) list
/// of expressions. Errors come from reading serialised [`Timex`]es back.
///
/// This enum is `#[non_exhaustive]` so that further errors may be added in
/// semver compatible releases.
///
/// [`Timex`]: crate::Timex
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A serialised interval whose `latest` comes before its `earliest`.
    #[error("interval ends on {latest} before it starts on {earliest}")]
    InvalidInterval {
        /// The stated first day.
        earliest: NaiveDate,
        /// The stated last day.
        latest: NaiveDate,
    },
    /// A serialised interval with only one of its two ends.
    #[error("interval has one end only (earliest {earliest:?}, latest {latest:?})")]
    HalfInterval {
        /// The stated first day, if any.
        earliest: Option<NaiveDate>,
        /// The stated last day, if any.
        latest: Option<NaiveDate>,
    },
    /// A serialised span whose end comes before its start.
    #[error("span ends at byte {end} before it starts at byte {start}")]
    InvalidSpan {
        /// The stated start offset.
        start: usize,
        /// The stated end offset.
        end: usize,
    },
    /// A serialised weekday that is not a lowercase English day name.
    #[error("unknown weekday {name:?}")]
    UnknownWeekday {
        /// The name as read.
        name: String,
    },
}

/// A `Result` whose error is this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
