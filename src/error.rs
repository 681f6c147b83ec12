//! Typed errors of the library. Each says what went wrong and where
//! (`path:line: message`); `anyhow` is used only in `main.rs`.

use std::fmt;
use std::path::PathBuf;

/// One problem found in a dictionary file, located by path and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictionaryProblem {
    pub path: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DictionaryProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.message)
    }
}

/// Errors that stop a run before or while it starts.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Every problem in the dictionaries, listed at once.
    #[error("{} dictionary problem(s):\n{}", .0.len(), list(.0))]
    Dictionary(Vec<DictionaryProblem>),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Usage(String),
}

fn list(problems: &[DictionaryProblem]) -> String {
    problems
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
