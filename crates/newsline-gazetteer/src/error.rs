//! The one error type of this crate.

/// A `Result` whose error is this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong while loading entity data or building a
/// [`Gazetteer`](crate::Gazetteer).
///
/// Matching a document never fails: only data can be malformed. Every
/// variant names the source (a file name or any label the caller gave), the
/// 1-based line and the field at fault.
///
/// This enum is `#[non_exhaustive]` so that new failure modes may be added in
/// semver compatible releases.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A TSV row or JSON record has a field whose value is not valid.
    #[error("{source_name}:{line}: invalid field `{field}`: {reason} (value {value:?})")]
    InvalidField {
        /// The file name or label of the data.
        source_name: String,
        /// The 1-based line of the record.
        line: usize,
        /// The field at fault (`id`, `kind`, `population`, `roles`...).
        field: &'static str,
        /// The value that was read.
        value: String,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// A JSON entity file does not parse.
    #[error("{source_name}:{line}:{column}: invalid JSON entity data")]
    Json {
        /// The file name or label of the data.
        source_name: String,
        /// The 1-based line of the error.
        line: usize,
        /// The 1-based column of the error.
        column: usize,
        /// What serde_json reported (it names the field when one is wrong).
        #[source]
        source: serde_json::Error,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_source_line_and_field() {
        let e = Error::InvalidField {
            source_name: "people.tsv".into(),
            line: 7,
            field: "kind",
            value: "pirate".into(),
            reason: "unknown entity kind",
        };
        let s = e.to_string();
        assert!(s.starts_with("people.tsv:7: invalid field `kind`"), "{s}");
        assert!(s.contains("pirate"));
    }

    #[test]
    fn error_is_send_sync_static() {
        fn check<T: Send + Sync + 'static>() {}
        check::<Error>();
    }
}
