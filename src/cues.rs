//! Cue finding: reporting verbs and phrases (`said`, `told`, `according
//! to`) from the `cue` entries of the dictionaries.
//!
//! Reads the article text; produces [`Cue`] spans in text order for the
//! `attribute` stage.

use std::collections::HashSet;

use crate::dictionary::{Dictionaries, Kind};
use crate::span::Span;

/// A reporting verb or phrase in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub span: Span,
}

/// The reporting-verb lexicon, built once.
pub struct Lexicon {
    forms: HashSet<String>,
}

impl Lexicon {
    pub fn new(dicts: &Dictionaries) -> Lexicon {
        let mut forms: HashSet<String> = dicts
            .of_kind(Kind::Cue)
            .flat_map(|(_, e)| {
                e.surface_forms()
                    .map(|f| f.to_lowercase())
                    .collect::<Vec<_>>()
            })
            .collect();
        if forms.is_empty() {
            forms.extend(["said", "says", "told", "added"].map(String::from));
        }
        Lexicon { forms }
    }
}

pub fn find(lexicon: &Lexicon, text: &str) -> Vec<Cue> {
    crate::entities::words(text)
        .into_iter()
        .filter(|w| lexicon.forms.contains(&w.of(text).to_lowercase()))
        .map(|span| Cue { span })
        .collect()
}
