//! Quote finding: spans of text inside quotation marks.
//!
//! Reads the article text and its [`Segments`] (paragraphs); produces
//! [`Quoted`] spans (the text between the marks, marks excluded) in text
//! order, and repair notes for `documents.csv`. Whether a quoted string is
//! speech, and who said it, is decided later by `attribute`.
//!
//! # Mark styles
//!
//! | style | open | close |
//! |---|---|---|
//! | straight | `"` | `"` |
//! | curly | `“` | `”` |
//! | German | `„` | `“` (or `”`) |
//! | guillemets | `«` / `‹` | `»` / `›` |
//! | reversed guillemets (German) | `»` / `›` | `«` / `‹` |
//! | CJK corner brackets | `「` / `『` | `」` / `』` |
//! | single | `‘` or `'` | `’` or `'` |
//!
//! Double-style marks are paired first, one open quote at a time: inside
//! an open quote only its own closing mark closes it, so nested quotes of
//! another style (`« … “ … ” … »`, `「 … 『 … 』 … 」`, `" … ' … ' … "`) stay
//! inside the outer quote. Straight `"` has no direction and toggles.
//! Straight and curly double marks are often mixed by typing (`“We
//! won," she said`): inside one of them, a mark of the other in closing
//! position closes it, unless it closes a quote of its own style opened
//! inside (`“He called it "fake" twice”`).
//!
//! # Apostrophes are not quotes
//!
//! Single marks are paired in a separate pass and kept only when they lie
//! outside every double quote (British style `'We will win,' she said`).
//! A single mark opens only when the character before it is not a letter
//! or digit and the one after it is a letter: `don't` (letters on both
//! sides), `'90s` (a digit follows) and `fans' votes` (a letter before)
//! never open. It closes only when the character before is not whitespace
//! and the one after is not a letter or digit. An opening single mark left
//! open at the paragraph end was an elision (`'em`, `'tis`) and is dropped
//! silently: this fails on a British-style quote whose closing mark is
//! missing, which is then simply not found (a miss, never a swallowed
//! paragraph).
//!
//! # Paragraphs, continuation and repair
//!
//! A quote never crosses a paragraph boundary unless the next paragraph
//! starts with an opening mark of the same style: that is the news
//! convention for a quotation running over several paragraphs (no closing
//! mark until the last one), and the result is one [`Quoted`] from the
//! first opening mark to the final closing mark. Otherwise a quote still
//! open at the paragraph end is closed there (`close = None`) and a note
//! says so, so a stray mark costs at most one paragraph. Every mark is
//! looked at once: the finder is linear in the text length whatever the
//! marks are.
//!
//! Scare quotes, titles and nicknames (`the so-called "reform"`) are found
//! here like any other quote; `attribute` decides which quotes are speech.

use crate::segment::Segments;
use crate::span::Span;

/// How many repair notes one article gets before they are summarised.
const MAX_NOTES: usize = 5;

/// The mark style a quote was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `"…"`
    Straight,
    /// `“…”`
    Curly,
    /// `„…“`
    German,
    /// `«…»` and `‹…›`
    Guillemet,
    /// `»…«` and `›…‹`
    GuillemetReversed,
    /// `「…」`
    Corner,
    /// `『…』`
    WhiteCorner,
    /// `‘…’` or `'…'`
    Single,
    /// `''…''` and ``` ``…'' ``` (typewriter and Penn Treebank style)
    DoubleApostrophe,
}

/// Stand-in for the two-character mark `''`.
const TWO_APOSTROPHES: char = '\u{E000}';
/// Stand-in for the two-character mark ``` `` ```.
const TWO_BACKTICKS: char = '\u{E001}';

/// Length in bytes of a mark.
fn mark_len(c: char) -> usize {
    match c {
        TWO_APOSTROPHES | TWO_BACKTICKS => 2,
        c => c.len_utf8(),
    }
}

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
    pub style: Style,
    /// True when the quote runs over several paragraphs.
    pub multi_paragraph: bool,
}

impl Quoted {
    /// The quote with its marks.
    pub fn outer(&self) -> Span {
        Span::new(self.open.start, self.close.map_or(self.span.end, |c| c.end))
    }
}

/// A double-style mark: the style it opens, and whether it can close.
fn double_mark(c: char) -> Option<(Option<Style>, bool)> {
    Some(match c {
        '"' => (Some(Style::Straight), true),
        '“' => (Some(Style::Curly), true), // closes German
        '”' => (None, true),
        '„' => (Some(Style::German), false),
        '«' | '‹' => (Some(Style::Guillemet), true), // closes reversed
        '»' | '›' => (Some(Style::GuillemetReversed), true),
        '「' => (Some(Style::Corner), false),
        '」' => (None, true),
        '『' => (Some(Style::WhiteCorner), false),
        '』' => (None, true),
        TWO_APOSTROPHES => (Some(Style::DoubleApostrophe), true),
        TWO_BACKTICKS => (Some(Style::DoubleApostrophe), false),
        _ => return None,
    })
}

/// Does `c`, a mark of the other style inside an open straight or curly
/// quote, close it? Typing mixes the two (`“We will win," she said`,
/// `"Wait for me” before the vote`): a mark in closing position (no space
/// before, no letter or digit after) closes the quote, unless it closes a
/// quote of its own style nested inside (`“He called it "fake" twice”`),
/// which `nested` tracks: a mark in opening position opens one.
fn mixed_close(text: &str, p: Span, style: Style, c: char, pos: usize, nested: &mut bool) -> bool {
    let other = match style {
        Style::Curly => c == '"',
        Style::Straight => matches!(c, '“' | '”'),
        _ => false,
    };
    if !other {
        return false;
    }
    let before = char_before(text, pos, p.start);
    let after = char_after(text, pos + c.len_utf8(), p.end);
    let closing = before.is_some_and(|b| !b.is_whitespace())
        && !after.is_some_and(char::is_alphanumeric)
        && c != '“';
    let opening = !before.is_some_and(|b| !b.is_whitespace())
        && after.is_some_and(|a| !a.is_whitespace())
        && c != '”';
    if *nested {
        if closing {
            *nested = false;
        }
        false
    } else if opening {
        *nested = true;
        false
    } else {
        closing
    }
}

/// Is the straight mark at `pos` in opening position right after a
/// sentence end (`security. "Iraq`): a space before it, a letter or digit
/// after it, and `.`, `!` or `?` before the space?
fn reopens(text: &str, p: Span, pos: usize) -> bool {
    char_before(text, pos, p.start).is_some_and(char::is_whitespace)
        && char_after(text, pos + 1, p.end).is_some_and(char::is_alphanumeric)
        && text[p.start..pos].trim_end().ends_with(['.', '!', '?'])
}

/// Is the straight mark at `pos` in closing position (no space before
/// it, a space or the paragraph end after it: `10" tall`)?
fn stray_close(text: &str, p: Span, pos: usize) -> bool {
    char_before(text, pos, p.start).is_some_and(|b| !b.is_whitespace())
        && char_after(text, pos + 1, p.end).map_or(true, char::is_whitespace)
}

/// Does `c` close a quote opened in `style`?
fn closes(style: Style, c: char) -> bool {
    match style {
        Style::Straight => c == '"',
        Style::Curly => c == '”',
        Style::German => matches!(c, '“' | '”'),
        Style::Guillemet => matches!(c, '»' | '›'),
        Style::GuillemetReversed => matches!(c, '«' | '‹'),
        Style::Corner => c == '」',
        Style::WhiteCorner => c == '』',
        Style::Single => matches!(c, '’' | '\''),
        Style::DoubleApostrophe => c == TWO_APOSTROPHES,
    }
}

/// Bytes that may start a quote mark: `"`, `'`, and the lead bytes of the
/// two- and three-byte UTF-8 marks (« » are C2, the curly and German marks
/// E2, the CJK corners E3). [`next_candidate`] finds them; this is
/// the reference its tests compare it with.
#[cfg(test)]
fn candidate(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`' | 0xC2 | 0xE2 | 0xE3)
}

/// The first byte at or after `i` and before `end` for which
/// [`candidate`] holds. `rare`: the position of the first `` ` ``, C2 or
/// E3 byte at or after an earlier `i` (`end` when there is none; `None`
/// before the first call). Those bytes are rare in most text, so one
/// vectorised search for them serves many calls, and each call searches
/// only for the three common ones (`"`, `'`, E2), and only up to there.
#[inline]
fn next_candidate(bytes: &[u8], i: usize, end: usize, rare: &mut Option<usize>) -> Option<usize> {
    let limit = match *rare {
        Some(r) if r >= i => r,
        _ => {
            let r = memchr::memchr3(b'`', 0xC2, 0xE3, &bytes[i..end]).map_or(end, |k| i + k);
            *rare = Some(r);
            r
        }
    };
    match memchr::memchr3(b'"', b'\'', 0xE2, &bytes[i..limit]) {
        Some(k) => Some(i + k),
        None => (limit < end).then_some(limit),
    }
}

/// Positions and characters of possible marks in `text[span]`, into
/// `out` (cleared first: one buffer serves every paragraph).
fn marks(text: &str, span: Span, out: &mut Vec<(usize, char)>) {
    let bytes = text.as_bytes();
    out.clear();
    let mut i = span.start;
    let mut rare = None;
    while i < span.end {
        match next_candidate(bytes, i, span.end, &mut rare) {
            None => break,
            Some(k) => {
                i = k;
                // `author="…"`: an HTML attribute left in scraped text is
                // no quotation; its value and both marks are passed over.
                if bytes[i] == b'"' && i > span.start && bytes[i - 1] == b'=' {
                    i = memchr::memchr(b'"', &bytes[i + 1..span.end])
                        .map_or(i + 1, |e| i + 1 + e + 1);
                    continue;
                }
                let mut c = text[i..].chars().next().unwrap_or(' ');
                let next = bytes.get(i + 1).copied();
                if c == '\'' && next == Some(b'\'') && i + 1 < span.end {
                    c = TWO_APOSTROPHES;
                } else if c == '`' && next == Some(b'`') && i + 1 < span.end {
                    c = TWO_BACKTICKS;
                }
                if double_mark(c).is_some() || matches!(c, '‘' | '’' | '\'') {
                    out.push((i, c));
                }
                i += mark_len(c);
            }
        }
    }
}

/// Length of the mark at byte `o`.
fn marks_at(text: &str, o: usize) -> usize {
    let b = text.as_bytes();
    if (b[o] == b'\'' || b[o] == b'`') && b.get(o + 1) == Some(&b[o]) {
        2
    } else {
        text[o..].chars().next().map_or(1, char::len_utf8)
    }
}

fn char_before(text: &str, pos: usize, floor: usize) -> Option<char> {
    text[floor..pos].chars().next_back()
}

fn char_after(text: &str, pos: usize, ceil: usize) -> Option<char> {
    text[pos..ceil].chars().next()
}

/// Find quoted spans in every paragraph. Returns the quotes in text order
/// and the repair notes.
pub fn find(text: &str, segments: &Segments) -> (Vec<Quoted>, Vec<String>) {
    let mut out = Vec::new();
    let mut repairs = Vec::new();
    // An open double quote carried into the next paragraph.
    let mut carried: Option<(usize, Style)> = None;
    let paras = &segments.paragraphs;
    let mut marks_buf = Vec::new();
    for (pi, p) in paras.iter().enumerate() {
        let p = *p;
        marks(text, p, &mut marks_buf);
        let marks = marks_buf.as_slice();
        let mut doubles: Vec<Quoted> = Vec::new();
        let mut open: Option<(usize, Style)> = carried.take();
        let ol = |o: usize| marks_at(text, o);
        let mut skip_first = open.is_some();
        // A straight quote nested in a curly one (or the reverse) is open.
        let mut nested = false;
        for &(pos, c) in marks {
            let len = mark_len(c);
            if skip_first {
                // The repeated opening mark of a continued quotation.
                skip_first = false;
                if pos == p.start {
                    continue;
                }
            }
            let Some((opens, can_close)) = double_mark(c) else {
                continue;
            };
            match open {
                // `"… is closed. "It opens in May," he said.`: a straight
                // mark in opening position after a sentence end inside an
                // open quote is the repeated opening mark of a quotation
                // continued over paragraphs that the source flattened into
                // one; the quote goes on.
                Some((_, Style::Straight)) if c == '"' && reopens(text, p, pos) => {}
                Some((o, style)) if can_close && closes(style, c) => {
                    let ol = ol(o);
                    doubles.push(Quoted {
                        span: Span::new(o + ol, pos),
                        open: Span::new(o, o + ol),
                        close: Some(Span::new(pos, pos + len)),
                        style,
                        multi_paragraph: o < p.start,
                    });
                    open = None;
                }
                Some((o, style)) if mixed_close(text, p, style, c, pos, &mut nested) => {
                    let ol = ol(o);
                    doubles.push(Quoted {
                        span: Span::new(o + ol, pos),
                        open: Span::new(o, o + ol),
                        close: Some(Span::new(pos, pos + len)),
                        style,
                        multi_paragraph: o < p.start,
                    });
                    open = None;
                }
                Some(_) => {} // a nested mark of another style
                // (A straight mark in closing position with no quote open
                // is stray, often an inch sign: `6' 2" tall`.)
                None if c == '"' && stray_close(text, p, pos) => {}
                None => {
                    if let Some(style) = opens {
                        // A reversed guillemet only opens before text.
                        let before_text =
                            char_after(text, pos + len, p.end).is_some_and(|n| !n.is_whitespace());
                        if style != Style::GuillemetReversed || before_text {
                            open = Some((pos, style));
                            nested = false;
                        }
                    }
                }
            }
        }
        if let Some((o, style)) = open {
            let next_opens = paras.get(pi + 1).is_some_and(|n| {
                char_after(text, n.start, n.end).is_some_and(|c| {
                    double_mark(c).and_then(|(s, _)| s) == Some(style)
                        || (style == Style::German && c == '„')
                        || (style == Style::DoubleApostrophe && c == '\'')
                })
            });
            if next_opens {
                carried = Some((o, style));
            } else {
                let ol = ol(o);
                repairs.push(o);
                doubles.push(Quoted {
                    span: Span::new(o + ol, p.end),
                    open: Span::new(o, o + ol),
                    close: None,
                    style,
                    multi_paragraph: o < p.start,
                });
            }
        }
        let singles = singles(text, p, marks);
        merge_outside(&mut out, doubles, singles);
    }
    let mut notes: Vec<String> = repairs
        .iter()
        .take(MAX_NOTES)
        .map(|o| format!("unbalanced quote mark at byte {o} closed at paragraph end"))
        .collect();
    if repairs.len() > MAX_NOTES {
        notes.push(format!(
            "{} more unbalanced quote marks closed at paragraph ends",
            repairs.len() - MAX_NOTES
        ));
    }
    (out, notes)
}

/// Pair single marks inside one paragraph (see the module doc for the
/// apostrophe rules).
fn singles(text: &str, p: Span, marks: &[(usize, char)]) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let ol = |o: usize| text[o..].chars().next().map_or(1, char::len_utf8);
    for &(pos, c) in marks {
        if !matches!(c, '‘' | '’' | '\'') {
            continue;
        }
        let before = char_before(text, pos, p.start);
        let after = char_after(text, pos + c.len_utf8(), p.end);
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        if let Some(o) = open {
            if c != '‘'
                && before.is_some_and(|b| !b.is_whitespace())
                && !alnum(after)
                && pos >= o + ol(o) + 2
            {
                out.push(Quoted {
                    span: Span::new(o + ol(o), pos),
                    open: Span::new(o, o + ol(o)),
                    close: Some(Span::new(pos, pos + c.len_utf8())),
                    style: Style::Single,
                    multi_paragraph: false,
                });
                open = None;
                continue;
            }
        }
        if c != '’' && !alnum(before) && after.is_some_and(char::is_alphabetic) {
            open = Some(pos);
        }
    }
    out
}

/// Append `doubles` and the `singles` outside every double quote to `out`,
/// in text order. Both inputs are sorted and non-overlapping.
fn merge_outside(out: &mut Vec<Quoted>, doubles: Vec<Quoted>, singles: Vec<Quoted>) {
    let mut d = doubles.into_iter().peekable();
    let mut s = singles.into_iter().peekable();
    let mut last_end = 0;
    loop {
        let take_double = match (d.peek(), s.peek()) {
            (None, None) => break,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (Some(a), Some(b)) => a.open.start <= b.open.start,
        };
        if take_double {
            let q = d.next().unwrap();
            last_end = q.outer().end;
            out.push(q);
        } else {
            let q = s.next().unwrap();
            let outer = q.outer();
            let overlaps_next = d.peek().is_some_and(|n| n.outer().start < outer.end);
            if outer.start >= last_end && !overlaps_next {
                last_end = outer.end;
                out.push(q);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    /// Every candidate byte of `text[start..]`, one at a time, as `marks`
    /// walks them (stepping over each found byte).
    fn candidates_by_search(text: &str, start: usize) -> Vec<usize> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        let mut rare = None;
        let mut i = start;
        while let Some(k) = next_candidate(b, i, b.len(), &mut rare) {
            out.push(k);
            i = k + 1;
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn candidate_search_agrees_with_the_byte_test(
            text in "[a-z \"'`«»“”「」£é]{0,60}|\\PC{0,40}",
            start in 0usize..8,
        ) {
            let start = start.min(text.len());
            let want: Vec<usize> = (start..text.len())
                .filter(|&i| candidate(text.as_bytes()[i]))
                .collect();
            proptest::prop_assert_eq!(candidates_by_search(&text, start), want);
        }
    }

    fn quoted(text: &str) -> (Vec<&str>, usize) {
        let (q, notes) = find(text, &segment(text));
        (q.iter().map(|q| q.span.of(text)).collect(), notes.len())
    }

    #[test]
    fn quote_styles_and_apostrophes() {
        struct Case {
            name: &'static str,
            text: &'static str,
            quotes: &'static [&'static str],
            notes: usize,
        }
        let cases = [
            Case { name: "straight", text: "\"We won,\" Mara Tolven said.", quotes: &["We won,"], notes: 0 },
            Case { name: "curly", text: "“We won,” Tolven said.", quotes: &["We won,"], notes: 0 },
            Case {
                name: "nested single inside double",
                text: "“He told me ‘never’ twice,” Tolven said.",
                quotes: &["He told me ‘never’ twice,"],
                notes: 0,
            },
            Case {
                name: "straight single nested",
                text: "\"He said 'no' to us,\" Tolven said.",
                quotes: &["He said 'no' to us,"],
                notes: 0,
            },
            Case {
                name: "curly opened, straight closed",
                text: "“Roads first,\" she said. \"Then the bridge.\"",
                quotes: &["Roads first,", "Then the bridge."],
                notes: 0,
            },
            Case {
                name: "straight opened, curly closed",
                text: "\"Wait for me” before the vote, he said. “Then we talk.”",
                quotes: &["Wait for me", "Then we talk."],
                notes: 0,
            },
            Case {
                name: "straight quote nested in a curly one",
                text: "“He called it \"fake\" twice,” Tolven said.",
                quotes: &["He called it \"fake\" twice,"],
                notes: 0,
            },
            Case { name: "guillemets", text: "«Nous gagnerons», a dit Tolven.", quotes: &["Nous gagnerons"], notes: 0 },
            Case { name: "reversed guillemets", text: "»Wir gewinnen«, sagte Tolven.", quotes: &["Wir gewinnen"], notes: 0 },
            Case { name: "single guillemets", text: "‹Oui›, dit-il.", quotes: &["Oui"], notes: 0 },
            Case { name: "german low-high", text: "„Wir gewinnen“, sagte Tolven.", quotes: &["Wir gewinnen"], notes: 0 },
            Case {
                name: "cjk corners nested",
                text: "他说「我们『一定』会赢」。",
                quotes: &["我们『一定』会赢"],
                notes: 0,
            },
            Case {
                name: "typewriter double apostrophes",
                text: "''We won,'' Tolven said. ``Again.''",
                quotes: &["We won,", "Again."],
                notes: 0,
            },
            Case { name: "british single", text: "'We will win,' Tolven said.", quotes: &["We will win,"], notes: 0 },
            Case { name: "curly single", text: "‘We will win,’ Tolven said.", quotes: &["We will win,"], notes: 0 },
            Case {
                name: "apostrophes are not quotes",
                text: "Fans don't care about the '90s or the fans' votes, rock 'n' roll.",
                quotes: &[],
                notes: 0,
            },
            Case {
                name: "curly apostrophes",
                text: "Fans don’t care about the ’90s or the fans’ votes.",
                quotes: &[],
                notes: 0,
            },
            Case {
                name: "html attribute values in scraped text are no quotes",
                text: "<note author=\"Ana Brask\" date=\"May\">\"We sail at dawn,\" she said.</note>",
                quotes: &["We sail at dawn,"],
                notes: 0,
            },
            Case {
                name: "mixed styles in one article",
                text: "“One,” she said.\n\n«Deux», dit-il.\n\n\"Three.\"",
                quotes: &["One,", "Deux", "Three."],
                notes: 0,
            },
            Case {
                name: "unbalanced mark repaired at paragraph end",
                text: "He said \"we will win.\n\nShe left. \"Next,\" she said.",
                quotes: &["we will win.", "Next,"],
                notes: 1,
            },
            Case {
                name: "a quote continued over paragraphs the source flattened into one",
                text: "Vask added: \"The pier is closed. \"It will open in May,\" he said. \"Not before.\"",
                quotes: &["The pier is closed. \"It will open in May,", "Not before."],
                notes: 0,
            },
            Case {
                name: "a straight mark after a sentence end closes an open quote when no letter follows",
                text: "He said \"we will win.\" She left. \"Next,\" she said.",
                quotes: &["we will win.", "Next,"],
                notes: 0,
            },
            Case {
                name: "a straight mark in closing position with no quote open is stray",
                text: "The skipper is 6' 2\" tall. \"Next,\" she said.",
                quotes: &["Next,"],
                notes: 0,
            },
            Case {
                name: "stray closing mark ignored",
                text: "It ended” there. “Then,” she said.",
                quotes: &["Then,"],
                notes: 0,
            },
            Case {
                name: "multi-paragraph quote is one quote",
                text: "“We will build roads.\n\n“We will build schools.\n\n“And we will win,” Tolven said.\n\nShe left.",
                quotes: &["We will build roads.\n\n“We will build schools.\n\n“And we will win,"],
                notes: 0,
            },
            Case {
                name: "open paragraph followed by other style is repaired",
                text: "“We will build roads.\n\n«Non», dit-il.",
                quotes: &["We will build roads.", "Non"],
                notes: 1,
            },
        ];
        for c in cases {
            let (q, n) = quoted(c.text);
            assert_eq!(q, c.quotes, "case {}", c.name);
            assert_eq!(n, c.notes, "notes of case {}", c.name);
        }
    }

    #[test]
    fn many_unbalanced_marks_stay_linear_and_local() {
        // 100,000 stray opening marks, one per paragraph: each is repaired
        // at its own paragraph end, notes are capped, and it runs fast.
        let text = "He said “no\n\n".repeat(100_000);
        let start = std::time::Instant::now();
        let (q, notes) = find(&text, &segment(&text));
        assert_eq!(q.len(), 100_000);
        assert!(q.iter().all(|q| q.span.of(&text) == "no"));
        assert_eq!(notes.len(), MAX_NOTES + 1);
        // 100,000 marks in one paragraph: straight marks pair up.
        let one = "\" a ".repeat(100_000);
        let (q, _) = find(&one, &segment(&one));
        assert_eq!(q.len(), 50_000);
        assert!(start.elapsed().as_secs() < 5, "took {:?}", start.elapsed());
    }
}
