//! Entity matching: people, titles, institutions and places.
//!
//! Reads the article text and the [`Segments`]; produces [`Mention`]s
//! (sorted by start, non-overlapping per kind) from the dictionaries
//! (`source = dictionary`) and from patterns (`source = pattern`), with
//! persons linked to their title and institution where the text says so.
//! The next stages (`quotes`, `cues`, `attribute`) read these mentions;
//! `resolve` groups them into entities.

use std::collections::HashMap;

use crate::dictionary::{Dictionaries, EntryId, Kind};
use crate::segment::Segments;
use crate::span::Span;

/// What a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MentionKind {
    Person,
    Title,
    Institution,
    Place,
}

impl MentionKind {
    pub fn name(self) -> &'static str {
        match self {
            MentionKind::Person => "person",
            MentionKind::Title => "title",
            MentionKind::Institution => "institution",
            MentionKind::Place => "place",
        }
    }
}

/// How a mention was found (the `source` column of mentions.csv).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Dictionary,
    Pattern,
    Coreference,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Source::Dictionary => "dictionary",
            Source::Pattern => "pattern",
            Source::Coreference => "coreference",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Index of a mention in an article's mention list.
pub type MentionIdx = usize;

/// One occurrence of a person, title, institution or place in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub kind: MentionKind,
    pub source: Source,
    /// The rule that found it: a dictionary file, or a pattern name.
    pub rule: &'static str,
    /// The dictionary entry it matched, if any.
    pub entry: Option<EntryId>,
    /// The canonical name (the entry's name, or the normalised surface).
    pub canonical: String,
    pub gender: Option<Gender>,
    /// For persons: the title mention the text gives them, if any.
    pub title: Option<MentionIdx>,
    /// For persons: the institution mention the text gives them, if any.
    pub institution: Option<MentionIdx>,
    /// Set by `resolve`: the article entity this mention refers to.
    pub entity: Option<usize>,
}

impl Mention {
    pub fn new(
        span: Span,
        kind: MentionKind,
        source: Source,
        rule: &'static str,
        canonical: String,
    ) -> Mention {
        Mention {
            span,
            kind,
            source,
            rule,
            entry: None,
            canonical,
            gender: None,
            title: None,
            institution: None,
            entity: None,
        }
    }
}

/// The dictionary matcher, built once from the dictionaries and shared
/// read-only by every thread.
pub struct Matcher {
    /// Surface form -> entry, for case-sensitive kinds.
    exact: HashMap<String, (EntryId, MentionKind)>,
    /// Lower-cased surface form -> entry, for titles.
    folded: HashMap<String, (EntryId, MentionKind)>,
    /// Longest surface form in tokens.
    max_tokens: usize,
}

impl Matcher {
    pub fn new(dicts: &Dictionaries) -> Matcher {
        let mut exact = HashMap::new();
        let mut folded = HashMap::new();
        let mut max_tokens = 1;
        for (id, e) in dicts.entries.iter().enumerate() {
            let kind = match e.kind {
                Kind::Person => MentionKind::Person,
                Kind::Institution => MentionKind::Institution,
                Kind::Place => MentionKind::Place,
                Kind::Title => MentionKind::Title,
                _ => continue,
            };
            for form in e.surface_forms() {
                max_tokens = max_tokens.max(form.split_whitespace().count());
                let key = form.split_whitespace().collect::<Vec<_>>().join(" ");
                if kind == MentionKind::Title {
                    folded
                        .entry(key.to_lowercase())
                        .or_insert((EntryId(id as u32), kind));
                } else {
                    exact.entry(key).or_insert((EntryId(id as u32), kind));
                }
            }
        }
        Matcher {
            exact,
            folded,
            max_tokens,
        }
    }

    /// Find dictionary mentions, longest match first, leftmost.
    pub fn find(&self, dicts: &Dictionaries, text: &str, _segments: &Segments) -> Vec<Mention> {
        let words = words(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut found = None;
            for n in (1..=self.max_tokens.min(words.len() - i)).rev() {
                let span = Span::new(words[i].start, words[i + n - 1].end);
                if text[span.start..span.end].contains('\n') && n > 1 {
                    continue;
                }
                let key: String = words[i..i + n]
                    .iter()
                    .map(|w| w.of(text))
                    .collect::<Vec<_>>()
                    .join(" ");
                let hit = self
                    .exact
                    .get(&key)
                    .or_else(|| self.folded.get(&key.to_lowercase()));
                if let Some(&(id, kind)) = hit {
                    found = Some((n, span, id, kind));
                    break;
                }
            }
            match found {
                Some((n, span, id, kind)) => {
                    let e = dicts.get(id);
                    let mut m =
                        Mention::new(span, kind, Source::Dictionary, "dictionary", e.name.clone());
                    m.entry = Some(id);
                    out.push(m);
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// Word spans: runs of alphanumeric characters, with inner `.`, `'`, `-`.
pub fn words(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let inner = matches!(c, '.' | '\'' | '’' | '-')
            && start.is_some()
            && iter.peek().is_some_and(|&(_, d)| d.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Span::new(s, i));
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

/// Find every mention in an article.
pub fn find(
    matcher: &Matcher,
    dicts: &Dictionaries,
    text: &str,
    segments: &Segments,
) -> Vec<Mention> {
    matcher.find(dicts, text, segments)
}
