//! The one error type of the crate.

use std::fmt;

/// An error from [`summarize`](crate::summarize) or from parsing options.
///
/// The error is opaque: match on [`Error::kind`] to tell the cases apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// No article was given.
    NoArticles,
    /// The articles together exceed the input limit of [`Options`](crate::Options).
    TooLarge {
        /// Bytes given.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// An option has a value that cannot be used.
    InvalidOption {
        /// The option's name.
        name: &'static str,
        /// Why the value is refused.
        reason: String,
    },
    /// Two length options were given (or one twice): a summary has one
    /// length.
    ConflictingOptions {
        /// The one given first.
        first: &'static str,
        /// The one given next (the same name when it was given twice).
        second: &'static str,
    },
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    pub(crate) fn invalid(name: &'static str, reason: impl Into<String>) -> Error {
        Error::new(ErrorKind::InvalidOption {
            name,
            reason: reason.into(),
        })
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::NoArticles => write!(f, "no articles to summarise"),
            ErrorKind::TooLarge { bytes, limit } => {
                write!(f, "input is too large: {bytes} bytes, the limit is {limit} bytes")
            }
            ErrorKind::InvalidOption { name, reason } => {
                write!(f, "invalid option {name}: {reason}")
            }
            ErrorKind::ConflictingOptions { first, second } => {
                write!(
                    f,
                    "invalid options: give only one of sentences, words and ratio (got "
                )?;
                if first == second {
                    write!(f, "{first} twice)")
                } else {
                    write!(f, "{first} and {second})")
                }
            }
        }
    }
}

impl std::error::Error for Error {}
