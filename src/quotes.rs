//! Quote finding: spans of text inside quotation marks.
//!
//! Reads the article text and its [`Segments`]; produces [`Quoted`] spans
//! (the text between the marks, marks excluded) and repair notes for
//! `documents.csv`. Whether a quoted string is speech, and who said it, is
//! decided later by `attribute`.

use crate::segment::Segments;
use crate::span::Span;

/// A stretch of text between quotation marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// The quoted text, marks excluded.
    pub span: Span,
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when it was missing and the quote was closed
    /// at the paragraph end.
    pub close: Option<Span>,
}

/// Find quoted spans. Pairs `"`…`"` and `“`…`”` inside each paragraph.
pub fn find(text: &str, segments: &Segments) -> (Vec<Quoted>, Vec<String>) {
    let mut out = Vec::new();
    let mut notes = Vec::new();
    for p in &segments.paragraphs {
        let mut open: Option<(usize, char)> = None;
        for (i, c) in p.of(text).char_indices() {
            let pos = p.start + i;
            match (open, c) {
                (None, '"' | '“') => open = Some((pos, c)),
                (Some((o, oc)), '"' | '”') if oc == '"' || c == '”' => {
                    let ol = oc.len_utf8();
                    out.push(Quoted {
                        span: Span::new(o + ol, pos),
                        open: Span::new(o, o + ol),
                        close: Some(Span::new(pos, pos + c.len_utf8())),
                    });
                    open = None;
                }
                _ => {}
            }
        }
        if let Some((o, oc)) = open {
            notes.push(format!(
                "unbalanced quote mark at offset {o} closed at paragraph end"
            ));
            out.push(Quoted {
                span: Span::new(o + oc.len_utf8(), p.end),
                open: Span::new(o, o + oc.len_utf8()),
                close: None,
            });
        }
    }
    (out, notes)
}
