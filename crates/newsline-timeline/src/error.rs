//! The crate's error type.

/// What can go wrong building or rendering a timeline.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Writing a rendering failed.
    #[error("cannot write the timeline: {0}")]
    Io(#[from] std::io::Error),
    /// Serialising to JSON failed.
    #[error("cannot serialise the timeline: {0}")]
    Json(#[from] serde_json::Error),
    /// A filter was given a value it cannot read.
    #[error("bad filter {what}: {value:?}")]
    Filter {
        /// Which filter.
        what: &'static str,
        /// The value given.
        value: String,
    },
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
