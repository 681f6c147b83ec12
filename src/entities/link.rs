//! Titles and institutions attached to the persons the text gives them.
//!
//! Reads the sorted [`Mention`]s and the text; sets `title`, `institution`
//! (indices into the same list) and, from a gendered title, `gender` on
//! person mentions. Two shapes of English news prose:
//!
//! - before the name: `Minister Lu`, `Professor Jia Qingguo`, `ROK Foreign
//!   Minister Yun`, `Google's chief executive Sundar Pichai` — a title
//!   directly before the person, and an institution directly before that
//!   title (possessive allowed);
//! - apposition after the name: `Lu Wei, minister of the State Internet
//!   Information Office,` / `Jia Qingguo, a professor of international
//!   affairs at Peking University,` — a comma, a title within a few words,
//!   then the first institution before the clause ends.

use super::tokens::Token;
use super::{Mention, MentionKind};
use crate::dictionary::Dictionaries;

/// Words allowed between a comma and the title of an apposition.
const MAX_GAP_BYTES: usize = 40;

fn only_space(text: &str, from: usize, to: usize) -> bool {
    from <= to && text[from..to].trim().is_empty()
}

/// End of the clause starting at `from`: the next `,`, `;`, `(`, `)`,
/// quote, or sentence-ending `. ` (not the dot of `U.S.` or `Inc.`).
fn clause_end(text: &str, from: usize) -> usize {
    let b = text.as_bytes();
    let mut i = from;
    while i < b.len() {
        match b[i] {
            b',' | b';' | b'(' | b')' | b'"' | b'\n' => return i,
            b'.' | b'!' | b'?' if b.get(i + 1).map_or(true, |c| c.is_ascii_whitespace()) => {
                let prev_upper = i > 0 && b[i - 1].is_ascii_uppercase();
                if !prev_upper {
                    return i;
                }
            }
            _ => {}
        }
        i += 1;
    }
    b.len()
}

pub fn link(dicts: &Dictionaries, text: &str, _tokens: &[Token], mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        if mentions[i].kind != MentionKind::Person {
            continue;
        }
        let span = mentions[i].span;
        // Title (and its institution) directly before the name.
        if i > 0
            && mentions[i - 1].kind == MentionKind::Title
            && only_space(text, mentions[i - 1].span.end, span.start)
        {
            mentions[i].title = Some(i - 1);
            if i > 1 && mentions[i - 2].kind == MentionKind::Institution {
                let gap = &text[mentions[i - 2].span.end..mentions[i - 1].span.start];
                let gap = gap.trim();
                if gap.is_empty() || gap == "'s" || gap == "’s" {
                    mentions[i].institution = Some(i - 2);
                }
            }
        }
        // Apposition after the name.
        let rest = &text[span.end..];
        if rest.starts_with(',') {
            let comma = span.end;
            let title = (i + 1..mentions.len())
                .take_while(|&j| mentions[j].span.start <= comma + MAX_GAP_BYTES)
                .find(|&j| mentions[j].kind == MentionKind::Title)
                .filter(|&j| {
                    // Only words between the comma and the title.
                    let between = &text[comma + 1..mentions[j].span.start];
                    !between.contains([',', ';', '.', '"', '(', '\n'])
                        && (i + 1..j).all(|k| mentions[k].kind != MentionKind::Person)
                });
            if let Some(t) = title {
                if mentions[i].title.is_none() {
                    mentions[i].title = Some(t);
                }
                let end = clause_end(text, mentions[t].span.end);
                let inst = (t + 1..mentions.len())
                    .take_while(|&j| mentions[j].span.start < end)
                    .find(|&j| mentions[j].kind == MentionKind::Institution);
                if let Some(j) = inst {
                    if mentions[i].institution.is_none() {
                        mentions[i].institution = Some(j);
                    }
                }
            }
        }
        if mentions[i].gender.is_none() {
            if let Some(t) = mentions[i].title {
                mentions[i].gender = mentions[t]
                    .entry
                    .and_then(|e| super::lexicon::gender_of(dicts.get(e)));
            }
        }
    }
}
