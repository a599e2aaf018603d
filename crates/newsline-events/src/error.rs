//! The error type of newsline-events.

/// A convenient alias for results whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong in newsline-events: only loading user data. Extracting
/// events from a document never fails.
///
/// This enum is `#[non_exhaustive]` so that new failure cases may be added
/// in semver compatible releases.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A trigger lexicon line cannot be read.
    #[error("{source_name}:{line}: {message}")]
    Lexicon {
        /// The lexicon's name (its file).
        source_name: String,
        /// The 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}
