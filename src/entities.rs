//! Entity matching: people, titles, institutions and places.
//!
//! Reads the article text and the [`Segments`]; produces [`Mention`]s,
//! sorted by start and never overlapping, from the dictionaries
//! (`source = dictionary`), from patterns (`source = pattern`) and, for
//! partial names such as `Lu` or `Mr Blair`, from the full name seen in the
//! article (`source = coreference`), with persons linked to the title and
//! institution the text gives them. The next stages (`quotes`, `cues`,
//! `attribute`) read these mentions; `resolve` groups them into entities.
//!
//! The work is split by step, one submodule each, in the order [`find`]
//! runs them:
//!
//! 1. [`tokens`] — the text cut once into tokens with hashes and shapes;
//! 2. [`lexicon`] — dictionary forms matched on token sequences, and the
//!    word lists (given names, surnames, honorifics, cue words) the
//!    patterns consult;
//! 3. [`people`] and [`institutions`] — recognition beyond the lists;
//! 4. [`select`] — longest candidate wins, then the more trusted source,
//!    then the leftmost;
//! 5. [`teams`] — places (and unknown words) used as sports teams;
//! 6. [`org_context`] — institutions told by their context (`the news
//!    agency Velmar`), short forms of company and club names, one sense
//!    per article;
//! 7. [`coref`] — partial names resolved to the full name earlier;
//! 8. [`link`] — titles and institutions attached to persons.

pub mod coref;
pub mod institutions;
pub mod lexicon;
pub mod link;
pub mod org_context;
pub mod people;
pub mod teams;
pub mod tokens;

use crate::dictionary::{Dictionaries, EntryId};
use crate::segment::Segments;
use crate::span::Span;
use std::cmp::Reverse;

pub use lexicon::Matcher;
use tokens::{Shape, Token};

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

/// A possible mention, in token indices, before overlaps are resolved.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    pub kind: MentionKind,
    pub source: Source,
    pub rule: &'static str,
    pub entry: Option<EntryId>,
    pub gender: Option<Gender>,
    /// Breaks ties between candidates of equal length: dictionary people
    /// and institutions (3) over patterns (2) over places and titles (1).
    pub priority: u8,
    /// Set for coreference: the full name this partial name stands for.
    pub canonical: Option<String>,
}

impl Candidate {
    pub fn new(
        start: usize,
        end: usize,
        kind: MentionKind,
        source: Source,
        rule: &'static str,
    ) -> Candidate {
        Candidate {
            start,
            end,
            kind,
            source,
            rule,
            entry: None,
            gender: None,
            priority: 2,
            canonical: None,
        }
    }

    pub fn span(&self, tokens: &[Token]) -> Span {
        Span::new(tokens[self.start].span.start, tokens[self.end - 1].span.end)
    }
}

/// The text of a span with every run of white space made one space: the
/// canonical name of a pattern match (`Lu\nWei` in hard-wrapped text is
/// `Lu Wei`).
pub fn normalized(text: &str, span: Span) -> String {
    let s = span.of(text);
    // Nearly every name is ASCII words between single spaces, and is its
    // own normal form: copied without splitting and joining.
    let b = s.as_bytes();
    let plain = b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && b.iter()
            .all(|&c| c.is_ascii() && (c == b' ' || !c.is_ascii_whitespace()) && c != 0x0B)
        && !b.windows(2).any(|w| w == b"  ");
    if plain {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `n` copies of `value`: the per-article tables of the entity stage
/// (one slot per token). Not `vec![value; n]`, which for a zero value
/// asks the allocator for zeroed memory, and mimalloc's zeroed path cost
/// ~1,500 instructions per table here against a few hundred for an
/// allocation and a fill.
pub(crate) fn filled<T: Clone>(n: usize, value: T) -> Vec<T> {
    let mut v = Vec::with_capacity(n);
    v.resize(n, value);
    v
}

/// A per-token table kept from article to article, one per thread (in a
/// `thread_local`): an article pays neither an allocation nor a fill of
/// every slot, only the reset of the slots the article before wrote.
///
/// Between uses every slot holds `blank`. [`Table::start`] first blanks
/// the slots written since the last start (so a panic caught in the middle
/// of an article leaves nothing behind for the next one), then gives the
/// first `n` slots; reads and writes go through slices of exactly `n`
/// slots, so an index out of range still panics as on a `Vec` of `n`.
pub(crate) struct Table<T> {
    slots: Vec<T>,
    written: Vec<usize>,
    n: usize,
    blank: T,
}

impl<T: Copy> Table<T> {
    pub(crate) const fn new(blank: T) -> Table<T> {
        Table {
            slots: Vec::new(),
            written: Vec::new(),
            n: 0,
            blank,
        }
    }

    /// Blank the slots written before, and use the first `n`.
    pub(crate) fn start(&mut self, n: usize) {
        for &i in &self.written {
            self.slots[i] = self.blank;
        }
        self.written.clear();
        // A very long article's table is not kept for the short ones after it.
        if self.slots.len() > 1 << 20 && n < self.slots.len() / 4 {
            self.slots = Vec::new();
        }
        if self.slots.len() < n {
            self.slots.resize(n, self.blank);
        }
        self.n = n;
    }

    #[inline]
    pub(crate) fn set(&mut self, i: usize, value: T) {
        self.slots[..self.n][i] = value;
        self.written.push(i);
    }

    #[inline]
    pub(crate) fn slots(&self) -> &[T] {
        &self.slots[..self.n]
    }
}

/// What the passes over an article's tokens take from every token,
/// gathered in one walk over them.
struct Survey {
    /// Per sentence: its words by shape.
    shapes: Vec<WordShapes>,
    /// The tokens that may open a name ([`Token::may_open_name`]), in
    /// order. The pattern passes (`people`, `institutions`, `org_context`,
    /// `coref`) look for capitalised runs and walk these instead of every
    /// token: five tokens in six are no such word.
    openers: Vec<usize>,
}

/// A sentence's words (letters, more than one) counted by shape: title
/// case, capitals and lower case, indexed by `Shape as usize`. (One count
/// per word, where three sums of tests cost twice as much on every word
/// of the article.)
#[derive(Clone, Copy, Default)]
struct WordShapes([u32; 3]);

impl WordShapes {
    fn words(self) -> u32 {
        self.0.iter().sum()
    }
    fn caps(self) -> u32 {
        self.0[Shape::Caps as usize]
    }
    /// In capitals or title case.
    fn capitalised(self) -> u32 {
        self.0[Shape::Title as usize] + self.0[Shape::Caps as usize]
    }
}

fn survey(tokens: &[Token]) -> Survey {
    let n = tokens.last().map_or(0, |t| t.sentence as usize + 1);
    let mut shapes = filled(n, WordShapes::default());
    let mut openers = Vec::with_capacity(tokens.len() / 4);
    for (i, t) in tokens.iter().enumerate() {
        if t.may_open_name() {
            openers.push(i);
        }
        if t.is_word() && t.span.len() > 1 {
            shapes[t.sentence as usize].0[t.shape as usize] += 1;
        }
    }
    Survey { shapes, openers }
}

/// Sentences written in capitals (`RUGBY - HARWOOD GO TOP AGAIN`):
/// in them a capital says nothing, so patterns stay out and only exact
/// dictionary forms (acronyms such as `BBC`) match.
fn headline_sentences(shapes: &[WordShapes]) -> Vec<bool> {
    shapes
        .iter()
        .map(|s| s.words() > 0 && s.caps() * 10 >= s.words() * 7)
        .collect()
}

/// Sentences written in title case (`Vask Defends Ferry Plan Against
/// Harbour Board`): at least six words, nearly all capitalised. (Prose that
/// lists names has its verbs and function words in lower case.)
fn title_case_sentences(shapes: &[WordShapes]) -> Vec<bool> {
    shapes
        .iter()
        .map(|s| s.words() >= 6 && s.capitalised() * 10 >= s.words() * 8)
        .collect()
}

/// In a title-case headline every word looks like part of a name, so a
/// pattern that wraps a listed person (`<listed name> Defends Ferry Plan
/// Against Harbour Board` as an institution, `<listed name> Goes` as a
/// person) is the name and some headline words: the pattern is dropped
/// and the listed name stays. (Not an institution of the name and one
/// head word: `<listed name> Foundation`.)
fn drop_patterns_around_listed_people(
    cands: &mut Vec<Candidate>,
    tokens: &[Token],
    shapes: &[WordShapes],
) {
    let title_case = title_case_sentences(shapes);
    if !title_case.contains(&true) {
        return;
    }
    let listed: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.source == Source::Dictionary && c.kind == MentionKind::Person)
        .filter(|c| title_case[tokens[c.start].sentence as usize])
        .map(|c| (c.start, c.end))
        .collect();
    if listed.is_empty() {
        return;
    }
    let wraps = |c: &Candidate, (a, b): (usize, usize)| {
        if c.start > a || b > c.end {
            return false;
        }
        let (before, after) = (a - c.start, c.end - b);
        before + after > 0 && !(c.kind == MentionKind::Institution && before == 0 && after == 1)
    };
    cands.retain(|c| {
        c.source != Source::Pattern
            || !title_case[tokens[c.start].sentence as usize]
            || !listed.iter().any(|&p| wraps(c, p))
    });
}

/// Choose non-overlapping candidates: longest (in tokens) first, then
/// higher priority, then leftmost, as spaCy's EntityRuler does. Returns
/// them sorted by start.
pub fn select(mut cands: Vec<Candidate>, n_tokens: usize) -> Vec<Candidate> {
    // (A stable sort, like `sort_by`, that orders small keys and then
    // moves each candidate once: a candidate is some 80 bytes.)
    cands.sort_by_cached_key(|c| (Reverse(c.end - c.start), Reverse(c.priority), c.start));
    let mut taken = filled(n_tokens, false);
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        if taken[c.start..c.end].iter().any(|&t| t) {
            continue;
        }
        taken[c.start..c.end].iter_mut().for_each(|t| *t = true);
        out.push(c);
    }
    out.sort_by_key(|c| c.start);
    out
}

/// Find every mention in an article.
pub fn find(
    matcher: &Matcher,
    dicts: &Dictionaries,
    text: &str,
    segments: &Segments,
) -> Vec<Mention> {
    find_inner(matcher, dicts, text, segments, None)
}

/// [`find`], and the article's [`words`] (with their hashes) taken from
/// the same tokens: the text is cut once for both.
pub fn find_with_words(
    matcher: &Matcher,
    dicts: &Dictionaries,
    text: &str,
    segments: &Segments,
) -> (Vec<Mention>, tokens::Words) {
    let mut words = tokens::Words::default();
    let mentions = find_inner(matcher, dicts, text, segments, Some(&mut words));
    (mentions, words)
}

fn find_inner(
    matcher: &Matcher,
    dicts: &Dictionaries,
    text: &str,
    segments: &Segments,
    words: Option<&mut tokens::Words>,
) -> Vec<Mention> {
    let tokens = tokens::tokenize(text, Some(segments));
    if let Some(words) = words {
        *words = tokens::words_of_tokens(text, &tokens);
    }
    let Survey { shapes, openers } = survey(&tokens);
    let headline = headline_sentences(&shapes);
    // About one candidate in eight tokens in news text: sized once for
    // that, where growing from empty reallocated three or four times.
    let mut cands = Vec::with_capacity(tokens.len() / 8);
    matcher.scan(&tokens, &headline, &mut cands);
    people::find(matcher, text, &tokens, &openers, &headline, &mut cands);
    institutions::find(matcher, &tokens, &openers, text, &headline, &mut cands);
    institutions::results_lines(dicts, text, &tokens, &mut cands);
    institutions::acronym_definitions(matcher, text, &tokens, &headline, &mut cands);
    institutions::split_titles(&mut cands);
    drop_patterns_around_listed_people(&mut cands, &tokens, &shapes);
    let mut chosen = select(cands, tokens.len());
    institutions::undefined_party_acronyms(dicts, text, &tokens, &mut chosen);
    institutions::apposition(text, &tokens, &mut chosen);
    let chosen = teams::teams(matcher, dicts, text, &tokens, &openers, &headline, chosen);
    let chosen = org_context::context(matcher, dicts, text, &tokens, &openers, &headline, chosen);
    let chosen = coref::partial_names(matcher, dicts, text, &tokens, &openers, &headline, chosen);
    let mut mentions: Vec<Mention> = chosen
        .into_iter()
        .map(|c| {
            let span = c.span(&tokens);
            let canonical = match (c.canonical, c.entry) {
                (Some(name), _) => name,
                (None, Some(e)) => dicts.get(e).name.to_string(),
                (None, None) => normalized(text, span),
            };
            let mut m = Mention::new(span, c.kind, c.source, c.rule, canonical);
            m.entry = c.entry;
            m.gender = c.gender;
            m
        })
        .collect();
    link::link(dicts, text, &tokens, &mut mentions);
    mentions
}

/// Word spans: runs of alphanumeric characters, with inner `.`, `'`, `’`, `-`
/// (one followed by an alphanumeric character inside a word).
///
/// `cues::find` calls this on every article, so ASCII bytes — nearly all
/// of English news — take a path that does not decode characters.
pub fn words(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // The character at `i` (`i < n`), its length, and whether it is
    // alphanumeric.
    let at = |i: usize| -> (char, usize, bool) {
        let b = bytes[i];
        if b < 0x80 {
            (b as char, 1, b.is_ascii_alphanumeric())
        } else {
            let c = text[i..].chars().next().expect("inside the text");
            (c, c.len_utf8(), c.is_alphanumeric())
        }
    };
    // A word every six bytes on average; a quarter of the length spares
    // nearly every article the copy of a grown buffer.
    let mut out = Vec::with_capacity(n / 4 + 16);
    let mut i = 0;
    while i < n {
        // Outside a word: skip to the next alphanumeric character.
        let b = bytes[i];
        if b < 0x80 {
            if !tokens::is_ascii_alnum(b) {
                i += 1;
                continue;
            }
        } else {
            let (_, len, alnum) = at(i);
            if !alnum {
                i += len;
                continue;
            }
        }
        let start = i;
        // Inside a word: alphanumerics, and an inner mark followed by one.
        while i < n {
            // The ASCII letters and digits of the word, the bulk of it.
            i += bytes[i..]
                .iter()
                .position(|&b| !tokens::is_ascii_alnum(b))
                .unwrap_or(n - i);
            if i == n {
                break;
            }
            let b = bytes[i];
            let (c, len, alnum) = if b < 0x80 {
                (b as char, 1, false)
            } else {
                at(i)
            };
            if alnum || (matches!(c, '.' | '\'' | '’' | '-') && i + len < n && at(i + len).2) {
                i += len;
                continue;
            }
            break;
        }
        out.push(Span::new(start, i));
    }
    out
}

/// What the entity stages' unit tests share: a lexicon from TSV text
/// written for the test, and the whole entity stage run over one text.
#[cfg(test)]
pub(crate) mod testing {
    use super::{find, Matcher, Mention, MentionKind};
    use crate::dictionary::{Dictionaries, DictionariesBuilder};
    use crate::segment::segment;

    pub fn lexicon(tsv: &str) -> Dictionaries {
        let mut b = DictionariesBuilder::default();
        b.add_text("test.tsv", tsv);
        b.build().unwrap()
    }

    pub fn mentions(d: &Dictionaries, text: &str) -> Vec<Mention> {
        find(&Matcher::new(d), d, text, &segment(text))
    }

    /// `kind:surface` of every person and institution found in `text`.
    pub fn found(d: &Dictionaries, text: &str) -> Vec<String> {
        mentions(d, text)
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Person | MentionKind::Institution))
            .map(|m| format!("{}:{}", m.kind.name(), m.span.of(text)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    /// The first version of `words`, decoding every character: the fast
    /// path must agree with it.
    fn words_reference(text: &str) -> Vec<Span> {
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

    #[test]
    fn normalized_fast_path_agrees_with_split_and_join() {
        for text in [
            "",
            "Lu Wei",
            "Lu\nWei",
            " Lu  Wei ",
            "Lu\u{b}Wei",
            "Lu\u{a0}Wei",
            "Zoë Ball",
            "a\tb\rc\u{c}d",
        ] {
            let want = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(normalized(text, Span::new(0, text.len())), want, "{text:?}");
        }
    }

    #[test]
    fn words_fast_path_agrees_with_decoding_every_character() {
        for text in [
            "",
            "said",
            "U.S. officials didn't say, O’Brien-Smith said.",
            "end-",
            "a.-b '’x -- 3.5% 2013-12-11",
            "Zhou Wa 分享按钮 0 naïve Ünal café’s",
            "trailing ’",
            "x’é e.é",
        ] {
            assert_eq!(super::words(text), words_reference(text), "{text:?}");
        }
    }

    /// The words taken from the tokens are the words of a scan of the
    /// text, and each word's hash is that of its lower-cased text.
    fn words_of_tokens(text: &str) -> Vec<Span> {
        let words = tokens::words_of_tokens(text, &tokens::tokenize(text, None));
        let want: Vec<u64> = words
            .spans
            .iter()
            .map(|w| tokens::hash_folded(w.of(text)))
            .collect();
        assert_eq!(words.folded, want, "{text:?}");
        words.spans
    }

    #[test]
    fn tables_come_back_blank() {
        let mut t = Table::new(0usize);
        t.start(4);
        t.set(1, 7);
        t.set(3, 9);
        assert_eq!(t.slots(), [0, 7, 0, 9]);
        t.start(2);
        assert_eq!(t.slots(), [0, 0]);
        t.set(0, 5);
        t.start(5);
        assert_eq!(t.slots(), [0; 5]);
    }

    #[test]
    fn words_of_tokens_agree_with_words() {
        for text in [
            "",
            "said",
            "U.S. officials didn't say, O’Brien-Smith said.",
            "Blair's view, Lu’s speech, England 's team, AT&T's unit, R&D-led",
            "end- -start 'quoted' ‘curly’ a.-b '’x -- 3.5% 2013-12-11 No.10",
            "Zhou Wa 分享按钮 0 naïve Ünal café’s 習近平's x.分 分.x Lu分",
            "Blair's分 Blair's.x a&&b a&-b a-&b &x x& A&B&C ⓐb ⁰1 ⅰx",
            "trailing ’",
            "x’é e.é ・x゠y ー x\u{85}y x\u{a0}y",
        ] {
            assert_eq!(words_of_tokens(text), super::words(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn words_of_tokens_agree_on_any_text(
            text in "[a-zA-Z0-9 .'’&\\-sé分Ü・ⓐ\n\t,]{0,40}|\\PC{0,40}"
        ) {
            proptest::prop_assert_eq!(words_of_tokens(&text), super::words(&text));
        }

        #[test]
        fn words_agree_on_any_text(text in "[a-zA-Z0-9 .'’\\-éÜ分\n]{0,40}|\\PC{0,40}") {
            proptest::prop_assert_eq!(super::words(&text), words_reference(&text));
        }
    }

    use super::*;

    /// A small hand-written dictionary: only the word lists the patterns
    /// need, so these tests show the method, not the size of the lists.
    const LEXICON: &str = "name\ttype\taliases\torigin\tgender\thonorific\tposition\n\
Marta\tgiven_name\t\ten\tfemale\t\t\n\
Tavi\tgiven_name\t\ten\t\t\t\n\
Professor\tsurname\t\ten\t\t\t\n\
Kowalczyk\tsurname\t\ten\t\t\t\n\
Lu\tsurname\t\tzh\t\t\t\n\
Jia\tsurname\t\tzh\t\t\t\n\
Zhou\tsurname\t\tzh\t\t\t\n\
Heng\tsurname\t\tzh\t\t\t\n\
Long\tsurname\t\tzh\t\t\t\n\
Mr\thonorific\tMr.\t\tmale\t\t\n\
minister\ttitle\t\t\t\tyes\t\n\
professor\ttitle\tProf.\t\t\tyes\t\n\
researcher\ttitle\t\t\t\t\t\n\
Office\tinstitution_word\t\t\t\t\thead\n\
Ministry\tinstitution_word\t\t\t\t\thead\n\
University\tinstitution_word\t\t\t\t\thead\n\
Institute\tinstitution_word\t\t\t\t\thead\n\
Daily\tinstitution_word\t\t\t\t\thead\n\
Bank\tinstitution_word\t\t\t\t\thead\n\
Inc\tinstitution_word\tInc.\t\t\t\tsuffix\n\
However\tnonname\t\t\t\t\t\n\
Tuesday\tnonname\t\t\t\t\t\n\
Print\tnonname\t\t\t\t\t\n\
Mail\tnonname\t\t\t\t\t\n\
Large\tnonname\t\t\t\t\t\n\
Medium\tnonname\t\t\t\t\t\n\
Small\tnonname\t\t\t\t\t\n\
China\tplace\tthe ROK|ROK\t\t\t\t\n\
Seoul\tplace\t\t\t\t\t\n\
U.S.\tplace\t\t\t\t\t\n\
Ann Lee\tperson\t\t\tfemale\t\t\n\
Apple\tinstitution\t\t\t\t\t\n\
the Pelham Fund\tinstitution\t\t\t\t\t\n\
Exchange\tinstitution_word\t\t\t\t\thead\n";

    fn dicts(tsv: &str) -> Dictionaries {
        testing::lexicon(tsv)
    }

    fn mentions(d: &Dictionaries, text: &str) -> Vec<Mention> {
        testing::mentions(d, text)
    }

    #[test]
    fn patterns_find_people_and_institutions_beyond_the_lists() {
        struct Case {
            name: &'static str,
            text: &'static str,
            found: &'static [&'static str],
        }
        let cases = [
            Case {
                name: "given name + surname",
                text: "Yesterday Marta Okafor spoke.",
                found: &["person:Marta Okafor"],
            },
            Case {
                name: "chinese order",
                text: "Heng Xiaobo spoke.",
                found: &["person:Heng Xiaobo"],
            },
            Case {
                name: "korean order, hyphenated",
                text: "Then Jia Min-ho arrived.",
                found: &["person:Jia Min-ho"],
            },
            Case {
                name: "honorific",
                text: "They met Mr Dunleavy there.",
                found: &["person:Dunleavy"],
            },
            Case {
                name: "honorific with dot",
                text: "They met Mr. Dunleavy there.",
                found: &["person:Dunleavy"],
            },
            Case {
                name: "title trigger",
                text: "They met Minister Okonkwo there.",
                found: &["person:Okonkwo"],
            },
            Case {
                name: "abbreviated title",
                text: "Prof. Edda Brannigan left.",
                found: &["person:Edda Brannigan"],
            },
            Case {
                name: "initials",
                text: "He thanked J.K. Fenwright and M. Atherley.",
                found: &["person:J.K. Fenwright", "person:M. Atherley"],
            },
            Case {
                name: "apposition with title",
                text: "Orla Fennimore, a researcher at the Pelham Institute, agreed.",
                found: &["person:Orla Fennimore", "institution:Pelham Institute"],
            },
            Case {
                name: "apposition with age",
                text: "Okafor, 45, agreed.",
                found: &["person:Okafor"],
            },
            Case {
                name: "institution of complement",
                text: "The Ministry of Coastal Affairs and Fisheries said so.",
                found: &["institution:Ministry of Coastal Affairs and Fisheries"],
            },
            Case {
                name: "institution head after name",
                text: "A study by Lindqvist University appeared.",
                found: &["institution:Lindqvist University"],
            },
            Case {
                name: "possessive ends institution",
                text: "Lindqvist University's study appeared.",
                found: &["institution:Lindqvist University"],
            },
            Case {
                name: "and separates two names",
                text: "Lindqvist University and Harwood agreed.",
                found: &["institution:Lindqvist University"],
            },
            Case {
                name: "suffix",
                text: "Nordvik Widgets Inc. said so.",
                found: &["institution:Nordvik Widgets Inc."],
            },
            Case {
                name: "acronym before head",
                text: "The ROK Ministry of Future Planning spoke.",
                found: &["institution:ROK Ministry of Future Planning"],
            },
            Case {
                name: "no person from sentence-initial ordinary word",
                text: "However Tuesday was quiet.",
                found: &[],
            },
            Case {
                name: "no person from boilerplate",
                text: "Print Mail Large Medium Small 分享按钮 0",
                found: &[],
            },
            Case {
                name: "no person in a capitals headline",
                text: "MARTA OKAFOR WINS AT LINDQVIST UNIVERSITY\nShe won.",
                found: &[],
            },
            Case {
                name: "a listed name in a title-case headline, not the words around it",
                text: "Ann Lee Defends Ferry Plan Against Harbour Bank\nShe spoke.",
                found: &["person:Ann Lee"],
            },
            Case {
                name: "a listed name and one head word in a title-case headline",
                text: "Ann Lee Institute Wins Praise For New Ferry Study\nIt spoke.",
                found: &["institution:Ann Lee Institute"],
            },
            Case {
                name: "no person from an english word after a chinese surname",
                text: "They drove to Long Island.",
                found: &[],
            },
            Case {
                name: "no match inside a word",
                text: "Annabel Leeds and Apples.",
                found: &[],
            },
            Case {
                name: "names are case-sensitive",
                text: "an apple a day",
                found: &[],
            },
            Case {
                name: "dictionary person",
                text: "Ann Lee spoke.",
                found: &["person:Ann Lee"],
            },
            Case {
                name: "hyphenated given name",
                text: "They met Marta-Luisa Okafor.",
                found: &["person:Marta-Luisa Okafor"],
            },
            Case {
                name: "particle joined to a name",
                text: "They met Tavi al-Rashidi Okafor.",
                found: &["person:Tavi al-Rashidi Okafor"],
            },
            Case {
                name: "name with country in brackets",
                text: "Ivo Brannagh ( China ) won.",
                found: &["person:Ivo Brannagh"],
            },
            Case {
                name: "unknown given name before a known surname",
                text: "They met Ivo Kowalczyk.",
                found: &["person:Ivo Kowalczyk"],
            },
            Case {
                name: "team named by a place is not a person",
                text: "They beat Seoul Kowalczyk.",
                found: &["institution:Seoul"],
            },
            Case {
                name: "cue word beats a name shape",
                text: "They met Marta Widgets Inc in May.",
                found: &["institution:Marta Widgets Inc"],
            },
            Case {
                name: "ordinary word inside a name",
                text: "It trades on the Tuesday Widgets Exchange here.",
                found: &["institution:Tuesday Widgets Exchange"],
            },
            Case {
                name: "and before the head word joins",
                text: "The Heron Grain and Timber Bank said so.",
                found: &["institution:Heron Grain and Timber Bank"],
            },
            Case {
                name: "unknown acronym",
                text: "Traders at the QXZ said so.",
                found: &["institution:QXZ"],
            },
            Case {
                name: "roman numeral is no acronym",
                text: "It began after World War II ended.",
                found: &[],
            },
            Case {
                name: "acronym in a capitals headline",
                text: "QXZ TRADERS SELL\nThey sold.",
                found: &[],
            },
            Case {
                name: "article left out of a dictionary form",
                text: "He met the Pelham Fund.",
                found: &["institution:Pelham Fund"],
            },
            Case {
                name: "given name opens a name after an adjective",
                text: "The Norwegian Marta Okafor won.",
                found: &["person:Marta Okafor"],
            },
            Case {
                name: "title word that is a given name",
                text: "They met Professor Okafor and Marta Professor.",
                found: &["person:Okafor", "person:Marta Professor"],
            },
            Case {
                name: "short line ends a name",
                text: "By Marta\nOkafor won the race in the long line that follows here.",
                found: &[],
            },
            Case {
                name: "unknown pair in a list",
                text: "They picked Ostrava Kelbin , Tavi Okafor and others.",
                found: &["person:Ostrava Kelbin", "person:Tavi Okafor"],
            },
            Case {
                name: "unknown pair not at a sentence start",
                text: "Ostrava Kelbin , they said.",
                found: &[],
            },
            Case {
                name: "dotted place is no initial",
                text: "They met U.S. Okafor.",
                found: &[],
            },
            Case {
                name: "family name inside another name is no partial name",
                text: "Marta Okafor spoke. Then Okafor Kelbin arrived.",
                found: &["person:Marta Okafor"],
            },
            Case {
                name: "family name that is also a place",
                text: "Marta Seoul spoke. They met Seoul later.",
                found: &["person:Marta Seoul", "person:Seoul"],
            },
            Case {
                name: "teams in a results line, even with a place name",
                text: "Results :\nLindqvist Rovers 2 Seoul 1\nSeoul 5 2 2 1 7 4 8\n",
                found: &[
                    "institution:Lindqvist Rovers",
                    "institution:Seoul",
                    "institution:Seoul",
                ],
            },
            Case {
                name: "a sentence with numbers is no results line",
                text: "Seoul 4 times won 2 games.",
                found: &[],
            },
            Case {
                name: "table row with decimals and a fixture",
                text: "Harwood 68 61 .527 3 1/2\nHarwood v Lindqvist Rovers\n",
                found: &[
                    "institution:Harwood",
                    "institution:Harwood",
                    "institution:Lindqvist Rovers",
                ],
            },
            Case {
                name: "place as the agent of a verb of winning is a team",
                text: "On Friday Seoul beat Harwood by an innings.",
                found: &["institution:Seoul"],
            },
            Case {
                name: "place before a team role, and the same place later",
                text: "Seoul captain Tavi Okafor scored. Later Seoul closed on 40.",
                found: &[
                    "institution:Seoul",
                    "person:Tavi Okafor",
                    "institution:Seoul",
                ],
            },
            Case {
                name: "place after a match word and against",
                text: "They lost the match against Seoul on Sunday.",
                found: &["institution:Seoul"],
            },
            Case {
                name: "unknown word with a score in a list is a team",
                text: "At the close : Seoul 91 and 162 , Harwood 312 .",
                found: &["institution:Seoul", "institution:Harwood"],
            },
            Case {
                name: "unknown word after a verb of winning may be a player",
                text: "Tavi Okafor defeated Harwood in the final.",
                found: &["person:Tavi Okafor"],
            },
            Case {
                name: "place in ordinary prose stays a place",
                text: "Protests against Seoul grew as talks with Seoul stalled.",
                found: &[],
            },
            Case {
                name: "apposition with company makes a name an institution",
                text: "The list came from Marta Okafor, a Swedish company that tracks sites.",
                found: &["institution:Marta Okafor"],
            },
            Case {
                name: "apposition with a person noun keeps the person",
                text: "They met Marta Okafor, a Swedish lawyer at the firm.",
                found: &["person:Marta Okafor"],
            },
            Case {
                name: "event word is never part of a person name",
                text: "He opened the Ostrava Roundtable on Monday.",
                found: &[],
            },
            Case {
                name: "camel-case company name",
                text: "Shares of NordBank rose while McAllister sold.",
                found: &["institution:NordBank"],
            },
        ];
        let d = dicts(LEXICON);
        for c in cases {
            assert_eq!(testing::found(&d, c.text), c.found, "case {}", c.name);
        }
    }

    #[test]
    fn every_mention_names_its_rule() {
        let d = dicts(LEXICON);
        let text =
            "Marta Okafor met Mr Dunleavy and Heng Xiaobo. Okafor spoke. Prof. Ivo Hart, 50, left.";
        let rules: Vec<(&str, &str)> = mentions(&d, text)
            .iter()
            .filter(|m| m.kind == MentionKind::Person)
            .map(|m| (m.span.of(text), m.rule))
            .collect();
        assert_eq!(
            rules,
            [
                ("Marta Okafor", "pattern:given+surname"),
                ("Dunleavy", "pattern:honorific"),
                ("Heng Xiaobo", "pattern:surname+given"),
                ("Okafor", "coref:surname"),
                ("Ivo Hart", "pattern:title"),
            ]
        );
    }

    #[test]
    fn partial_names_refer_to_the_full_name() {
        let d = dicts(LEXICON);
        let text = "Jia Min-ho spoke first. Jia Xiaobo, a professor, spoke next. Jia agreed. \
                    Marta Okafor came. Mr Okafor left. Minister Lu spoke after Lu Wei.";
        let persons: Vec<(String, String, &str, Option<Gender>)> = mentions(&d, text)
            .iter()
            .filter(|m| m.kind == MentionKind::Person)
            .map(|m| {
                (
                    m.span.of(text).to_string(),
                    m.canonical.clone(),
                    m.rule,
                    m.gender,
                )
            })
            .collect();
        let want = [
            ("Jia Min-ho", "Jia Min-ho", "pattern:surname+given", None),
            ("Jia Xiaobo", "Jia Xiaobo", "pattern:surname+given", None),
            ("Jia", "Jia Xiaobo", "coref:surname-nearest", None),
            (
                "Marta Okafor",
                "Marta Okafor",
                "pattern:given+surname",
                Some(Gender::Female),
            ),
            // (`Mr Okafor` after `Marta Okafor` is another Okafor: the
            // honorific's gender keeps them apart.)
            ("Okafor", "Okafor", "pattern:honorific", Some(Gender::Male)),
            ("Lu", "Lu Wei", "coref:surname-later", None),
            ("Lu Wei", "Lu Wei", "pattern:surname+given", None),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|&(a, b, c, g)| (a.to_string(), b.to_string(), c, g))
            .collect();
        assert_eq!(persons, want);
    }

    #[test]
    fn a_name_of_open_order_refers_by_its_last_word_too() {
        // `Tim` is an East Asian family name and an English given name, and
        // `Daine` reads as romanised syllables: either order is possible.
        let lexicon =
            format!("{LEXICON}Tim\tsurname\t\tzh\t\t\t\nTim\tgiven_name\t\ten\tmale\t\t\n");
        let d = dicts(&lexicon);
        let text = "Tim Daine spoke on Monday. Daine said the pier would close.";
        let persons: Vec<(&str, String)> = mentions(&d, text)
            .iter()
            .filter(|m| m.kind == MentionKind::Person)
            .map(|m| (m.span.of(text), m.canonical.clone()))
            .collect();
        assert_eq!(
            persons,
            [
                ("Tim Daine", "Tim Daine".to_string()),
                ("Daine", "Tim Daine".to_string())
            ]
        );
    }

    /// The default dictionaries' head words and curated names make a
    /// capitalised run an institution, never a person. (Name, text, the
    /// institution.)
    #[test]
    fn default_dictionaries_make_institutions() {
        let d = Dictionaries::load(true, &[] as &[&str]).unwrap();
        if d.entries.is_empty() {
            return;
        }
        for (name, text, want) in [
            (
                "Partnership (`Trans-Pacific Partnership` was a person)",
                "Vask said the Kelso Trade and Timber Partnership would fail.",
                "Kelso Trade and Timber Partnership",
            ),
            (
                "Alliance",
                "Vask said the Kelso Timber Alliance would fail.",
                "Kelso Timber Alliance",
            ),
            (
                "a curated movement (`Lives Matter` was a person)",
                "Vask marched with Black Lives Matter in May.",
                "Black Lives Matter",
            ),
        ] {
            let ms = mentions(&d, text);
            let found =
                |kind: MentionKind| ms.iter().any(|m| m.kind == kind && m.span.of(text) == want);
            assert!(found(MentionKind::Institution), "{name}: {ms:?}");
            assert!(!found(MentionKind::Person), "{name}");
        }
    }

    /// The acceptance test on the sample article, run twice: with
    /// the small lexicon above (the patterns alone must get there) and with
    /// the embedded default dictionaries (what a plain run uses).
    #[test]
    fn sample_article_people_institutions_and_links() {
        let text = include_str!("../samples/china-rok-cyberspace-2013.txt");
        let mut configs = vec![("small lexicon", dicts(LEXICON))];
        let defaults = Dictionaries::load(true, &[] as &[&str]).unwrap();
        if !defaults.entries.is_empty() {
            configs.push(("default dictionaries", defaults));
        }
        for (config, d) in configs {
            let ms = mentions(&d, text);
            let of = |kind: MentionKind| -> Vec<&str> {
                ms.iter()
                    .filter(|m| m.kind == kind)
                    .map(|m| m.span.of(text))
                    .collect()
            };
            let people = of(MentionKind::Person);
            for p in ["Lu Wei", "Jia Xiudong", "Jia Qingguo", "Zhou Wa"] {
                assert!(people.contains(&p), "{config}: person {p} in {people:?}");
            }
            let insts = of(MentionKind::Institution);
            for i in [
                "State Internet Information Office",
                "ROK Ministry of Future Creation and Science",
                "China Institute of International Studies",
                "Peking University",
                "China Daily",
            ] {
                assert!(insts.contains(&i), "{config}: institution {i} in {insts:?}");
            }
            let links: Vec<(&str, &str, &str)> = ms
                .iter()
                .filter(|m| m.title.is_some() && m.institution.is_some())
                .map(|m| {
                    let t = &ms[m.title.unwrap()];
                    let i = &ms[m.institution.unwrap()];
                    (m.span.of(text), t.span.of(text), i.span.of(text))
                })
                .collect();
            assert_eq!(
                links,
                [
                    ("Lu Wei", "minister", "State Internet Information Office"),
                    (
                        "Jia Xiudong",
                        "researcher",
                        "China Institute of International Studies"
                    ),
                    ("Jia Qingguo", "professor", "Peking University"),
                ],
                "{config}"
            );
            let lus: Vec<&Mention> = ms.iter().filter(|m| m.span.of(text) == "Lu").collect();
            assert_eq!(lus.len(), 2, "{config}: both `Lu said`");
            for m in lus {
                assert_eq!(
                    (m.canonical.as_str(), m.source),
                    ("Lu Wei", Source::Coreference),
                    "{config}"
                );
            }
            let share = text.find("Print Mail").unwrap();
            let line_end = share + text[share..].find('\n').unwrap();
            let inside: Vec<&str> = ms
                .iter()
                .filter(|m| m.span.start >= share && m.span.start < line_end)
                .map(|m| m.span.of(text))
                .collect();
            assert!(
                inside.is_empty(),
                "{config}: share-button line gave {inside:?}"
            );
        }
    }

    #[test]
    fn mentions_are_sorted_and_persons_never_overlap() {
        let d = dicts(LEXICON);
        let text = include_str!("../samples/china-rok-cyberspace-2013.txt");
        let ms = mentions(&d, text);
        assert!(ms.windows(2).all(|w| w[0].span.start <= w[1].span.start));
        assert!(ms.windows(2).all(|w| !w[0].span.overlaps(w[1].span)));
    }
}
