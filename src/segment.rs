//! Segmentation: paragraphs and sentences of an article.
//!
//! Reads the raw article text; produces [`Segments`], byte spans of
//! paragraphs and of sentences inside them. Nothing is rewritten: every
//! later stage works on the original text through these spans.
//!
//! Paragraphs are separated by blank lines. Text without blank lines is
//! either one paragraph per line, or (Reuters-style hard wrapping, a newline
//! every ~60 characters) joined lines where an indented line starts a new
//! paragraph.

use crate::span::Span;

/// Paragraph and sentence spans of one article, in text order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segments {
    pub paragraphs: Vec<Span>,
    /// Sentences, each inside one paragraph.
    pub sentences: Vec<Span>,
}

impl Segments {
    /// Index of the paragraph holding byte `pos` (or the last one before it).
    pub fn paragraph_of(&self, pos: usize) -> Option<usize> {
        match self.paragraphs.binary_search_by(|p| p.start.cmp(&pos)) {
            Ok(i) => Some(i),
            Err(0) => None,
            Err(i) => Some(i - 1),
        }
    }

    /// Index of the sentence holding byte `pos` (or the last one before it).
    pub fn sentence_of(&self, pos: usize) -> Option<usize> {
        match self.sentences.binary_search_by(|s| s.start.cmp(&pos)) {
            Ok(i) => Some(i),
            Err(0) => None,
            Err(i) => Some(i - 1),
        }
    }
}

pub fn segment(text: &str) -> Segments {
    let paragraphs = paragraphs(text);
    let mut sentences = Vec::new();
    for &p in &paragraphs {
        split_sentences(text, p, &mut sentences);
    }
    Segments {
        paragraphs,
        sentences,
    }
}

/// Lines of the text as spans without their line break.
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    let bytes = text.as_bytes();
    std::iter::from_fn(move || {
        if start > text.len() || (start == text.len() && start != 0) {
            return None;
        }
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(text.len(), |i| start + i);
        let mut line_end = end;
        if line_end > start && bytes[line_end - 1] == b'\r' {
            line_end -= 1;
        }
        let span = Span::new(start, line_end);
        start = end + 1;
        Some(span)
    })
}

/// Hard-wrapped text: many lines, most of them long but not ending a
/// sentence, which means the newlines sit inside paragraphs.
fn is_hard_wrapped(text: &str, lines: &[Span]) -> bool {
    let full: Vec<&str> = lines
        .iter()
        .map(|l| l.of(text).trim())
        .filter(|l| !l.is_empty())
        .collect();
    if full.len() < 4 {
        return false;
    }
    let open = full
        .iter()
        .filter(|l| l.len() >= 40 && l.len() <= 90)
        .filter(|l| !l.ends_with(['.', '!', '?', '"', '”', ':']))
        .count();
    open * 2 >= full.len()
}

fn paragraphs(text: &str) -> Vec<Span> {
    let lines: Vec<Span> = lines(text).collect();
    let has_blank = lines.iter().any(|l| l.of(text).trim().is_empty());
    let wrapped = is_hard_wrapped(text, &lines);
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    for l in lines {
        let s = l.of(text);
        if s.trim().is_empty() {
            out.extend(current.take());
            continue;
        }
        let indented = s.starts_with([' ', '\t']);
        // Without blank lines and without hard wrapping, each line is a
        // paragraph; in hard-wrapped text an indented line starts one.
        let starts_new = match (has_blank, wrapped) {
            (_, true) => indented,
            (true, false) => false,
            (false, false) => true,
        };
        if starts_new {
            out.extend(current.take());
        }
        current = Some(match current {
            Some(c) => c.cover(l),
            None => l,
        });
    }
    out.extend(current);
    out.into_iter()
        .map(|p| p.trim(text))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Words before a period that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt",
    "Cmdr", "Adm", "Maj", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "Nos", "vs", "Mt",
    "Ft", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Rev", "Hon",
    "Pres", "Gov't", "U.S", "U.N", "U.K", "a.m", "p.m", "e.g", "i.e", "etc", "approx", "Ave",
    "Blvd", "Dept", "Univ", "Calif", "Mass", "Fla", "Ill", "Pa", "Va", "Wash", "Mich", "Ariz",
    "Conn", "Ky", "La", "Md", "Minn", "Mo", "Nev", "Okla", "Ore", "Tenn", "Tex", "Wis", "Colo",
    "Ala", "Ga", "Del", "Kan",
];

/// The lengths in bytes of the [`ABBREVIATIONS`] (a test holds them
/// equal).
const ABBREVIATION_LENGTHS: std::ops::RangeInclusive<usize> = 2..=6;

/// Closing quote marks and brackets that may follow sentence punctuation.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '」' | '』')
}

/// The next sentence-ending mark in `p` at or after byte `from`: its
/// position and the character. ASCII marks are found with a vectorised
/// search; the CJK ones (`。！？`) only where `p` holds a byte that leads
/// one (`cjk`): curly quotes and `£` lead with other bytes.
fn next_mark(p: &str, from: usize, cjk: bool) -> Option<(usize, char)> {
    if !cjk {
        let i = from + memchr::memchr3(b'.', b'!', b'?', &p.as_bytes()[from..])?;
        return Some((i, p.as_bytes()[i] as char));
    }
    // Elsewhere by bytes too: an ASCII mark, or the lead byte of one of
    // `。` (E3 80 82), `！` (EF BC 81), `？` (EF BC 9F), where the character
    // is decoded. Lead bytes never occur inside a character, so the first
    // hit that is a mark is the first mark.
    let bytes = p.as_bytes();
    let mut i = from;
    while let Some(k) = bytes[i..]
        .iter()
        .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE3 | 0xEF))
    {
        let j = i + k;
        let c = p[j..].chars().next().expect("a character starts here");
        if matches!(c, '.' | '!' | '?' | '。' | '！' | '？') {
            return Some((j, c));
        }
        i = j + c.len_utf8();
    }
    None
}

/// `p` holds a lead byte of a CJK mark (`E3`, `EF`), so [`next_mark`]
/// must look at more than the ASCII marks.
fn may_hold_cjk_mark(p: &str) -> bool {
    memchr::memchr2(0xE3, 0xEF, p.as_bytes()).is_some()
}

fn split_sentences(text: &str, para: Span, out: &mut Vec<Span>) {
    let p = para.of(text);
    let cjk = may_hold_cjk_mark(p);
    let mut start = 0;
    let mut from = 0;
    while let Some((i, c)) = next_mark(p, from, cjk) {
        // Include closing quotes/brackets after the punctuation.
        let mut end = i + c.len_utf8();
        while let Some(d) = p[end..].chars().next() {
            if is_closer(d) || (d == '.' || d == '!' || d == '?') {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        from = end;
        let rest = &p[end..];
        let after = rest.trim_start();
        if after.is_empty() || after.len() == rest.len() {
            continue; // end of paragraph handled below, or no space after
        }
        let next = after.chars().next().unwrap();
        let starts_sentence = next.is_uppercase()
            || next.is_numeric()
            || matches!(
                next,
                '"' | '“' | '‘' | '\'' | '(' | '«' | '„' | '「' | '—' | '-'
            );
        if !starts_sentence || (c == '.' && is_abbreviation(&p[start..i])) {
            continue;
        }
        out.push(Span::new(para.start + start, para.start + end));
        start = end + (rest.len() - after.len());
    }
    if start < p.len() {
        out.push(Span::new(para.start + start, para.end).trim(text));
    }
}

/// A word of at most eight bytes as one number: its bytes, lower-cased
/// in ASCII, one per byte of the number. Two words have the same key when
/// they are equal ignoring ASCII case (no word holds a NUL byte).
fn folded_key(word: &str) -> u64 {
    word.bytes()
        .fold(0, |k, b| k << 8 | b.to_ascii_lowercase() as u64)
}

/// `word` (of at most eight bytes) is one of [`ABBREVIATIONS`], ignoring
/// ASCII case: a binary search of their keys. Comparing the word before
/// every period with each of the 85 in turn cost a third of segmenting.
fn is_listed_abbreviation(word: &str) -> bool {
    static KEYS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        let mut keys: Vec<u64> = ABBREVIATIONS.iter().map(|a| folded_key(a)).collect();
        keys.sort_unstable();
        keys
    });
    keys.binary_search(&folded_key(word)).is_ok()
}

/// True when the word before a period is an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true; // an initial: "John F. Kennedy"
    }
    // Only a word of a listed length can be one; a longer word (or a
    // longer run without a space) is not looked up.
    (ABBREVIATION_LENGTHS.contains(&word.len()) && is_listed_abbreviation(word))
        || (word.contains('.') && word.len() <= 6) // "U.S", "a.m"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_abbreviations_are_found_in_any_case() {
        for a in ABBREVIATIONS {
            for w in [
                a.to_string(),
                a.to_ascii_lowercase(),
                a.to_ascii_uppercase(),
            ] {
                assert!(is_listed_abbreviation(&w), "{w}");
            }
        }
        for w in ["Mrx", "ab", "Mr.", "Mé", "", "Strs"] {
            let listed = ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w));
            assert_eq!(is_listed_abbreviation(w), listed, "{w}");
        }
    }

    #[test]
    fn abbreviation_lengths_cover_the_list() {
        let min = ABBREVIATIONS.iter().map(|a| a.len()).min();
        let max = ABBREVIATIONS.iter().map(|a| a.len()).max();
        assert_eq!(
            (min, max),
            (
                Some(*ABBREVIATION_LENGTHS.start()),
                Some(*ABBREVIATION_LENGTHS.end())
            )
        );
    }

    /// `next_mark` as first written, decoding every character: the byte
    /// search must find the same marks.
    fn next_mark_reference(p: &str, from: usize) -> Option<(usize, char)> {
        p[from..]
            .char_indices()
            .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '。' | '！' | '？'))
            .map(|(i, c)| (from + i, c))
    }

    fn all_marks(p: &str, next: impl Fn(&str, usize) -> Option<(usize, char)>) -> Vec<usize> {
        let mut out = Vec::new();
        let mut from = 0;
        while let Some((i, c)) = next(p, from) {
            out.push(i);
            from = i + c.len_utf8();
        }
        out
    }

    #[test]
    fn byte_search_finds_the_marks_decoding_finds() {
        for p in [
            "",
            "Ceci est fini. Où? Là!",
            "他说。她问？好！然后… 「完」。",
            "Ｅｘｔｒａ ｗｉｄｅ！ and ｆｕｌｌ？ stops。",
            "ё. 㐀 ﬀ!",
            "“Done,” she said. £5! Why?",
        ] {
            let want = all_marks(p, next_mark_reference);
            assert_eq!(all_marks(p, |p, f| next_mark(p, f, true)), want, "{p:?}");
            let cjk = may_hold_cjk_mark(p);
            assert_eq!(all_marks(p, |p, f| next_mark(p, f, cjk)), want, "{p:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn byte_search_agrees_on_any_text(p in "[a.!?。！？ＥｘéЁ …]{0,30}|\\PC{0,30}") {
            let want = all_marks(&p, next_mark_reference);
            let cjk = may_hold_cjk_mark(&p);
            proptest::prop_assert_eq!(all_marks(&p, |p, f| next_mark(p, f, true)), want.clone());
            proptest::prop_assert_eq!(all_marks(&p, |p, f| next_mark(p, f, cjk)), want);
        }
    }

    fn paras(text: &str) -> Vec<&str> {
        segment(text)
            .paragraphs
            .iter()
            .map(|p| p.of(text))
            .collect()
    }

    fn sents(text: &str) -> Vec<&str> {
        segment(text).sentences.iter().map(|p| p.of(text)).collect()
    }

    #[test]
    fn paragraph_cases() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("blank lines", "A b.\n\nC d.\n", &["A b.", "C d."]),
            ("crlf blank lines", "A b.\r\n\r\nC d.\r\n", &["A b.", "C d."]),
            ("one per line", "A b.\nC d.", &["A b.", "C d."]),
            (
                "hard wrapped with indent",
                "Light rain fell across the valley all week and\nthe orchard growers said the spring frost had\ndone less harm than they feared in early March,\nthe cooperative said in its monthly bulletin.\n    The late bloom means the picking will start\nlate this season and the price may climb soon.",
                &[
                    "Light rain fell across the valley all week and\nthe orchard growers said the spring frost had\ndone less harm than they feared in early March,\nthe cooperative said in its monthly bulletin.",
                    "The late bloom means the picking will start\nlate this season and the price may climb soon.",
                ],
            ),
            ("empty", "", &[]),
            ("whitespace", " \n \n", &[]),
        ];
        for (name, text, want) in cases {
            assert_eq!(paras(text), *want, "case {name}");
        }
    }

    #[test]
    fn sentence_cases() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("two", "He left. She stayed.", &["He left.", "She stayed."]),
            (
                "title abbreviation",
                "Mr. Smith left. Dr. Wu stayed.",
                &["Mr. Smith left.", "Dr. Wu stayed."],
            ),
            (
                "initial",
                "John F. Kennedy spoke.",
                &["John F. Kennedy spoke."],
            ),
            (
                "quote closes",
                "\"Go home.\" He left.",
                &["\"Go home.\"", "He left."],
            ),
            (
                "us",
                "The U.S. Senate voted. It passed.",
                &["The U.S. Senate voted.", "It passed."],
            ),
            (
                "lowercase after period",
                "It cost 3.5 million. done",
                &["It cost 3.5 million. done"],
            ),
        ];
        for (name, text, want) in cases {
            assert_eq!(sents(text), *want, "case {name}");
        }
    }
}
