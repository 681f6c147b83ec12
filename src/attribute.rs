//! Attribution: which quoted or reported text was said by whom.
//!
//! Reads the text, [`Segments`], [`Mention`]s, [`Quoted`] spans and
//! [`Cue`]s; produces [`Quote`]s, each naming the sieve that attributed it.
//! Sieves run in order; the first that decides wins.

use crate::cues::Cue;
use crate::entities::{Mention, MentionIdx, MentionKind};
use crate::quotes::Quoted;
use crate::segment::Segments;
use crate::span::Span;

/// The kind of a quotation (the `kind` column of quotes.csv).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    /// A quotation in quote marks.
    Direct,
    /// A quoted fragment inside reported speech; the span is the whole
    /// reported content.
    Partial,
    /// Reported speech without quote marks.
    Indirect,
}

impl QuoteKind {
    pub fn name(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who a quote is attributed to.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The mention the attribution rests on: the `he`, the `Lu`, the
    /// `the minister`.
    pub span: Span,
    /// The person (or institution) mention it refers to, when known.
    pub mention: Option<MentionIdx>,
}

/// A quotation or reported statement with its attribution.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    pub cue: Option<Span>,
    /// The sieve that made the decision.
    pub method: &'static str,
    pub confidence: f32,
}

/// Attribute quoted spans to speakers.
pub fn attribute(
    text: &str,
    _segments: &Segments,
    mentions: &[Mention],
    quoted: &[Quoted],
    cues: &[Cue],
) -> Vec<Quote> {
    let mut out = Vec::new();
    for q in quoted {
        let end = q.close.map_or(q.span.end, |c| c.end);
        // Sieve "cue_name_after": `"...," Lu said` / `"...," said Lu`.
        let cue = cues
            .iter()
            .find(|c| c.span.start >= end && c.span.start <= end + 40);
        let person = mentions.iter().enumerate().find(|(_, m)| {
            m.kind == MentionKind::Person && m.span.start >= end && m.span.start <= end + 40
        });
        let (speaker, method, confidence) = match (cue, person) {
            (Some(_), Some((i, m))) => (
                Some(Speaker {
                    span: m.span,
                    mention: Some(i),
                }),
                "cue_name_adjacent",
                0.9,
            ),
            _ => (None, "unknown", 0.0),
        };
        let _ = text;
        out.push(Quote {
            span: q.span,
            kind: QuoteKind::Direct,
            speaker,
            cue: cue.map(|c| c.span),
            method,
            confidence,
        });
    }
    out
}
