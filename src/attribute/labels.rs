//! Unquoted lines opening with a label and a colon: a headline's source
//! (`Poll: …`, [`headline_label`]), transcript lines (`BRASK: …`,
//! [`transcript_lines`]) and the questions and answers of a printed
//! interview (`Q: …` / `A: …`, [`interview_lines`]).

use super::reported::{content, content_min, SOURCE_NOUNS};
use super::{
    is_capitalised, is_in, is_open_mark, link, Ctx, MentionIdx, Quote, QuoteKind, Speaker, Words,
};
use crate::entities::{words, MentionKind};
use crate::span::Span;

/// Longest label (in bytes) before the colon of a transcript line.
const MAX_LABEL: usize = 40;

/// The label before a colon among the first [`MAX_LABEL`] bytes of
/// paragraph `p`, trimmed, and the colon's byte offset (whitespace of any
/// width may stand between them: `Dr.\u{a0}: …`).
fn colon_label(text: &str, p: Span) -> Option<(Span, usize)> {
    // (Byte by byte: a `:` byte is always a whole character, and decoding
    // the characters cost more than the search.)
    let head = p.of(text).as_bytes();
    let k = head[..head.len().min(MAX_LABEL + 1)]
        .iter()
        .position(|&b| b == b':')?;
    Some((Span::new(p.start, p.start + k).trim(text), p.start + k))
}

/// Labels of a headline's kind of piece, not of a source: `UPDATE: …`.
const SECTION_LABELS: &Words = &Words::new(&[
    "update",
    "updated",
    "watch",
    "breaking",
    "exclusive",
    "video",
    "videos",
    "photos",
    "opinion",
    "analysis",
    "editorial",
    "review",
    "live",
    "listen",
    "read",
    "correction",
    "the latest",
    "transcript",
    "fact check",
    "explainer",
    "commentary",
    "column",
    "letters",
    "podcast",
]);

/// Plural nouns for people that a headline names as its source
/// (`Insiders: …`, `Harbour Pilots: …`): a group the article reports.
const PEOPLE_PLURALS: &Words = &Words::new(&[
    "insiders",
    "experts",
    "officials",
    "sources",
    "critics",
    "analysts",
    "economists",
    "scientists",
    "researchers",
    "doctors",
    "pilots",
    "voters",
    "residents",
    "workers",
    "lawyers",
    "aides",
    "advisers",
    "advisors",
    "strategists",
    "insurers",
    "investors",
    "historians",
    "activists",
    "lawmakers",
    "leaders",
    "witnesses",
    "skippers",
    "democrats",
    "republicans",
    "conservatives",
    "liberals",
]);

/// The label past a section word and a dash (`EXCLUSIVE – Oren Vask`
/// is Oren Vask's label); the label itself when it opens with no section
/// word.
fn past_section_dash(text: &str, label: Span) -> Span {
    let t = label.of(text);
    for dash in [" – ", " — ", " - "] {
        if let Some(k) = t.find(dash) {
            if is_in(SECTION_LABELS, t[..k].trim()) {
                return Span::new(label.start + k + dash.len(), label.end).trim(text);
            }
        }
    }
    label
}

/// A one-word label that is the given name or the surname of a person the
/// article names in full (`Brask: …` over an article on Ana Brask): that
/// person's first mention, in any case (`BRASK`).
fn person_by_part(ctx: &Ctx, label: &str) -> Option<MentionIdx> {
    if label.contains(' ') {
        return None;
    }
    ctx.mentions.iter().position(|m| {
        let mut parts = m.canonical.split_whitespace();
        let first = parts.next();
        let last = parts.next_back();
        m.kind == MentionKind::Person
            && [first, last]
                .into_iter()
                .all(|w| w.is_some_and(|w| w.chars().any(char::is_alphabetic)))
            && [first, last]
                .into_iter()
                .flatten()
                .any(|w| w.trim_end_matches('.').eq_ignore_ascii_case(label))
    })
}

/// `Poll: Voters Sour on the Bridge` / `Vask on Roads: Traffic Is
/// Worse Than Ever` — the article's first paragraph is a one-line headline that
/// attributes its words to the label before the colon (`headline_label`):
/// one to five words, the first capitalised, not a section label
/// (`UPDATE:`, `Analysis:`), past one that a dash ends (`EXCLUSIVE – Oren
/// Vask:`), and at least three words after the colon, unquoted (a
/// quotation there is `colon_intro`'s). The speaker is the label, up to an
/// `on` (`Vask on Roads` is Vask), and must be a source: a person or
/// institution of the article (also by given name or surname alone,
/// `Vask:` over an article on Oren Vask), a group of people (`Insiders:`,
/// `Harbour Pilots:`), or a poll, report or paper.
fn headline_label(ctx: &Ctx) -> Option<Quote> {
    let text = ctx.text;
    let p = *ctx.segments.paragraphs.first()?;
    let ptext = p.of(text);
    if ptext.trim().contains('\n') {
        return None;
    }
    let (label, colon) = colon_label(text, p)?;
    let label = past_section_dash(text, label);
    let label_text = label.of(text);
    let label_words = words(label_text);
    let ok = (1..=5).contains(&label_words.len())
        && is_capitalised(label_text)
        && label_text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '\'' | '’' | '-' | '&'))
        && !is_in(SECTION_LABELS, label_text);
    if !ok
        || text[colon + 1..p.end]
            .trim_start()
            .starts_with(is_open_mark)
    {
        return None;
    }
    let body = content(ctx, colon + 1, p.end)?;
    let speaker = label_text
        .find(" on ")
        .map_or(label, |k| Span::new(label.start, label.start + k));
    // A source: a person or institution the article knows, or a poll, a
    // report, a paper (`Silence Over Roads: …` and `WOW: …` are no
    // sources).
    let mention = link(ctx, speaker).or_else(|| person_by_part(ctx, speaker.of(text)));
    let last = words(speaker.of(text))
        .last()
        .map(|w| w.of(speaker.of(text)));
    let source_noun = last.is_some_and(|w| {
        is_in(SOURCE_NOUNS, w)
            || is_in(&["newspaper", "camp", "campaign", "paper"], w)
            || is_in(PEOPLE_PLURALS, w)
    });
    if mention.is_none() && !source_noun {
        return None;
    }
    Some(line_row(
        body,
        speaker,
        mention,
        colon,
        "headline_label",
        0.6,
    ))
}

/// The row of a labelled line: its body, reported by the label (or the
/// part of it that names the speaker), the colon its cue.
fn line_row(
    body: Span,
    label: Span,
    mention: Option<MentionIdx>,
    colon: usize,
    method: &'static str,
    confidence: f32,
) -> Quote {
    Quote {
        span: body,
        kind: QuoteKind::Indirect,
        speaker: Some(Speaker {
            span: label,
            mention,
        }),
        cue: Some(Span::new(colon, colon + 1)),
        method,
        confidence,
    }
}

/// `BRASK: We will rebuild the bridge.` — a paragraph opening with a
/// speaker label and a colon, the words after it unquoted: a transcript or
/// interview line (`transcript_label`). The label is one to four
/// capitalised words and names a person the article knows: a person
/// mention lies inside it, or it is in capitals and its last word is the
/// surname of a person mentioned elsewhere (`BRASK` for `Ana Brask`), or
/// the article reads as an interview (three or more labelled paragraphs,
/// two or more labels) and the label comes back (`Brask: …`, `Vask: …`,
/// `Brask: …`). `UPDATE: …`, `WASHINGTON: …` and `Q: …` name no known
/// person and give nothing; nor does a tally (`Brask: 2,316`).
pub(super) fn transcript_lines(ctx: &Ctx) -> Vec<Quote> {
    let text = ctx.text;
    let ms = ctx.mentions;
    let labels: Vec<Option<(Span, usize)>> = ctx
        .segments
        .paragraphs
        .iter()
        .map(|p| colon_label(text, *p))
        .collect();
    let mut out: Vec<Quote> = headline_label(ctx).into_iter().collect();
    out.extend(interview_lines(ctx, &labels));
    // A transcript: two or more paragraphs open with a name in capitals
    // (`ANA BRASK: …`); there the labels need no mention of their own.
    let caps_name = |label: Span| {
        let t = label.of(text);
        (2..=3).contains(&words(t).len())
            && t.chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'))
    };
    let transcript = labels
        .iter()
        .flatten()
        .filter(|&&(l, _)| caps_name(l))
        .take(2)
        .count()
        == 2;
    // An interview: three or more paragraphs open with a label, two or
    // more labels, and a label that comes back (`Brask: …` / `Vask: …` /
    // `Brask: …`); there a label that comes back names its speaker.
    // (`Q:` and `A:` name nobody.)
    let mut label_counts: std::collections::HashMap<&str, usize> = Default::default();
    for &(l, _) in labels.iter().flatten() {
        if l.of(text).chars().count() > 1 {
            *label_counts.entry(l.of(text)).or_default() += 1;
        }
    }
    let interview = label_counts.len() >= 2
        && label_counts.values().sum::<usize>() >= 3
        && label_counts.values().any(|&n| n >= 2);
    for (p, &label) in ctx.segments.paragraphs.iter().zip(&labels) {
        if out.first().is_some_and(|h| p.contains(h.span)) {
            continue;
        }
        let Some((label, colon)) = label else {
            continue;
        };
        let label_text = label.of(text);
        let label_words = words(label_text);
        let label_ok = (1..=4).contains(&label_words.len())
            && label_words.iter().all(|w| is_capitalised(w.of(label_text)))
            && label_text
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '’' | '-'));
        if !label_ok
            || text[colon + 1..p.end]
                .trim_start()
                .starts_with(is_open_mark)
        {
            continue;
        }
        let inside = ms
            .iter()
            .position(|m| m.kind == MentionKind::Person && label.contains(m.span));
        let mention = inside.or_else(|| {
            let caps = label_text.chars().all(|c| !c.is_lowercase());
            let last = label_words.last()?.of(label_text);
            caps.then(|| {
                ms.iter().rposition(|m| {
                    m.kind == MentionKind::Person
                        && m.span.end <= label.start
                        && words(m.span.of(text))
                            .last()
                            .is_some_and(|w| w.of(m.span.of(text)).eq_ignore_ascii_case(last))
                })
            })?
        });
        let in_transcript = transcript && caps_name(label)
            || interview && label_counts.get(label_text).is_some_and(|&n| n >= 2);
        if mention.is_none() && !in_transcript {
            continue;
        }
        // (A short phrase is a list item or a subhead: `Vask: Now or never`;
        // in a transcript it is an answer.)
        let min_words = if in_transcript { 2 } else { 5 };
        let Some(body) = content_min(ctx, colon + 1, p.end, min_words) else {
            continue;
        };
        // (A tally is no answer: `Brask: 2,316`.)
        if !body.of(text).chars().any(char::is_alphabetic) {
            continue;
        }
        out.push(line_row(
            body,
            label,
            mention,
            colon,
            "transcript_label",
            0.7,
        ));
    }
    out
}

/// `Q: Why was the bridge late?` / `A: The steel came from abroad.` — an
/// interview printed as questions and answers (`interview_qa`): two or
/// more paragraphs open with `Q:` and two or more with `A:`. Each labelled
/// paragraph, unquoted, is a row whose speaker mention is its label. A
/// question is the interviewer's, who goes unnamed; an answer is the
/// interviewee's: the person the article names most often before the
/// first question (the first named on a tie), or nobody when it names none.
/// `labels` holds each paragraph's [`colon_label`].
fn interview_lines(ctx: &Ctx, labels: &[Option<(Span, usize)>]) -> Vec<Quote> {
    let text = ctx.text;
    let labelled: Vec<(Span, Span, usize)> = ctx
        .segments
        .paragraphs
        .iter()
        .zip(labels)
        .filter_map(|(&p, &l)| {
            let (label, colon) = l?;
            matches!(label.of(text), "Q" | "A").then_some((p, label, colon))
        })
        .collect();
    let count = |l: &str| labelled.iter().filter(|x| x.1.of(text) == l).count();
    if count("Q") < 2 || count("A") < 2 {
        return Vec::new();
    }
    let first_question = labelled
        .iter()
        .find(|x| x.1.of(text) == "Q")
        .map_or(0, |x| x.0.start);
    // (The interviewee: by canonical name, how often, first mention.)
    let mut named: Vec<(&str, usize, usize)> = Vec::new();
    for (i, m) in ctx.mentions.iter().enumerate() {
        if m.kind != MentionKind::Person || m.span.end > first_question {
            continue;
        }
        match named.iter_mut().find(|n| n.0 == m.canonical) {
            Some(n) => n.1 += 1,
            None => named.push((&m.canonical, 1, i)),
        }
    }
    let interviewee = named
        .iter()
        .max_by_key(|n| (n.1, std::cmp::Reverse(n.2)))
        .map(|n| n.2);
    let mut out = Vec::new();
    for &(p, label, colon) in &labelled {
        if text[colon + 1..p.end]
            .trim_start()
            .starts_with(is_open_mark)
        {
            continue;
        }
        let Some(body) = content_min(ctx, colon + 1, p.end, 1) else {
            continue;
        };
        let mention = if label.of(text) == "A" {
            interviewee
        } else {
            None
        };
        out.push(line_row(body, label, mention, colon, "interview_qa", 0.7));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::cues::{self, test_lexicon};
    use crate::entities::{words, Mention, MentionKind, Source};
    use crate::span::Span;

    /// Every (quote, speaker, method) row of `text`, given the persons the
    /// entity stage would find in it (each occurrence of each name).
    fn rows<'t>(text: &'t str, people: &[&str]) -> Vec<(&'t str, &'t str, &'static str)> {
        let mut mentions: Vec<Mention> = people
            .iter()
            .flat_map(|name| {
                text.match_indices(name).map(|(k, _)| {
                    Mention::new(
                        Span::new(k, k + name.len()),
                        MentionKind::Person,
                        Source::Dictionary,
                        "test",
                        name.to_string(),
                    )
                })
            })
            .collect();
        mentions.sort_by_key(|m| m.span.start);
        let segments = crate::segment::segment(text);
        let (quoted, _) = crate::quotes::find(text, &segments);
        let cues = cues::find(&test_lexicon(), text);
        crate::attribute::attribute(text, &segments, &mentions, &quoted, &cues, words(text))
            .iter()
            .map(|q| {
                let sp = q.speaker.as_ref().map_or("", |s| s.span.of(text));
                (q.span.of(text), sp, q.method)
            })
            .collect()
    }

    #[test]
    fn headline_label_cases() {
        struct Case {
            name: &'static str,
            text: &'static str,
            people: &'static [&'static str],
            want: &'static [(&'static str, &'static str, &'static str)],
        }
        let cases = [
            Case {
                name: "a full name the entity stage found",
                text: "Oren Vask: Don't Trust the Ferry Timetable.\n\nOren Vask runs the ferry line in Tolven.",
                people: &["Oren Vask"],
                want: &[("Don't Trust the Ferry Timetable", "Oren Vask", "headline_label")],
            },
            Case {
                name: "a section word and a dash before the name",
                text: "EXCLUSIVE – Oren Vask: Don't Trust the Ferry Timetable.\n\nOren Vask runs the ferry line in Tolven.",
                people: &["Oren Vask"],
                want: &[("Don't Trust the Ferry Timetable", "Oren Vask", "headline_label")],
            },
            Case {
                name: "a plural noun for people",
                text: "Insiders: Vask will rebound in Tolven.\n\nOren Vask lost the vote in Harbour.",
                people: &["Oren Vask"],
                want: &[("Vask will rebound in Tolven", "Insiders", "headline_label")],
            },
            Case {
                name: "a plural noun for people after a modifier",
                text: "Harbour Pilots: The Night Crossing Is Safe.\n\nThe pilots met in Tolven.",
                people: &[],
                want: &[("The Night Crossing Is Safe", "Harbour Pilots", "headline_label")],
            },
            Case {
                name: "the surname of a person the body names in full",
                text: "Brask: The Pier Will Not Close This Winter.\n\nAna Brask runs the pier in Tolven.",
                people: &["Ana Brask"],
                want: &[("The Pier Will Not Close This Winter", "Brask", "headline_label")],
            },
            Case {
                name: "the given name of a person the body names in full",
                text: "Ana: The Pier Will Not Close This Winter.\n\nAna Brask runs the pier in Tolven.",
                people: &["Ana Brask"],
                want: &[("The Pier Will Not Close This Winter", "Ana", "headline_label")],
            },
            Case {
                name: "a one-word label that is no part of a person's name",
                text: "Tolven: The Pier Will Not Close This Winter.\n\nAna Brask runs the pier in Tolven.",
                people: &["Ana Brask"],
                want: &[],
            },
            Case {
                name: "section labels are no source, with or without a name after them",
                text: "UPDATE: Oren Vask Leaves the Ferry Board.\n\nOren Vask runs the ferry line in Tolven.",
                people: &["Oren Vask"],
                want: &[],
            },
            Case {
                name: "an exclamation is no source",
                text: "WOW: The Pier Is Closing For Good.\n\nAna Brask runs the pier in Tolven.",
                people: &["Ana Brask"],
                want: &[],
            },
            Case {
                name: "a section word with a dash before a word that is no source",
                text: "Analysis – Silence Over Roads: The Pier Is Closing For Good.\n\nAna Brask runs the pier in Tolven.",
                people: &["Ana Brask"],
                want: &[],
            },
        ];
        for c in cases {
            assert_eq!(rows(c.text, c.people), c.want, "case {}", c.name);
        }
    }
}
