//! Cue finding: reporting verbs and phrases (`said`, `told`, `according
//! to`) from the `cue` entries of the dictionaries (`dictionaries/cues.tsv`).
//!
//! Reads the article text; produces [`Cue`] spans in text order for the
//! `attribute` stage, each with the [`Shape`] its dictionary row gives
//! (finite verb, `-ing` participle, or `according to`). The colon and dash
//! cue shapes (`X: "…"`, `"…" — X`) are not words and are recognised by
//! `attribute` from the marks around a quote.
//!
//! Matching is case-insensitive on whole words, longest form first
//! (`said in a statement` before `said`). A capitalised form is accepted
//! only at a sentence start, where it is `Said` or `According to`, or in
//! a title-case headline: an `-s` form between capitalised words (`Vask
//! Says Bridge Will Close`) or ending the line after a speaker set off by
//! a comma (`Bridge Will Close, Oren Vask Says.`), and a base form of a
//! verb of saying or showing after a capitalised plural (`Leaked Memos
//! Reveal Fare Plans`); mid sentence `Said` is a surname (Edward Said).

use crate::dictionary::{Dictionaries, Kind};
use crate::entities::lexicon::Map;
use crate::entities::tokens::hash_folded;
use crate::span::Span;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// How a cue introduces speech (the `shape` column of cues.tsv).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A finite reporting verb: `X said (that) S`, `S, X said`, `"…," said X`.
    Verb,
    /// An `-ing` form continuing the subject's speech: `…, saying S`.
    Participle,
    /// `according to X, S` and `S, according to X`.
    According,
}

/// A reporting verb or phrase in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub span: Span,
    pub shape: Shape,
    /// The lemma from the dictionary (`say` for `said`).
    pub lemma: Arc<str>,
    /// A verb that reports only a quotation next to it (shape `quote`:
    /// `"…," she went on`, `Vask continues: "…"`), never reported speech
    /// of its own (`Vask went on to take the seat`, `Vask continues to campaign`).
    pub quote_only: bool,
}

/// One dictionary form, split into lower-case words.
struct Form {
    words: Vec<String>,
    shape: Shape,
    /// Index in [`Lexicon::lemmas`].
    lemma: u32,
    quote_only: bool,
    /// What the words around the form must be for it to be a cue.
    guard: Guard,
}

/// The context a form needs to be a cue, from its dictionary shape.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Guard {
    /// Any context the general checks let through.
    None,
    /// Shape `noun_verb`: the form is also a common noun (`claims`,
    /// `reports`, `support`), and is a verb only after a subject
    /// ([`after_subject`]).
    AfterSubject,
    /// Shape `adjective`: a predicate adjective of belief or feeling,
    /// a cue only after a form of `be`, `remain`, `seem`, … and before a
    /// `that` clause (`pilots remain hopeful that S`, [`copula_before`]).
    Copula,
}

/// The forms starting with one first word, longest first.
struct Bucket {
    /// The first word, lower case.
    first: String,
    forms: Vec<Form>,
}

/// The reporting-verb lexicon, built once.
pub struct Lexicon {
    /// Hash of the first word (lower case, [`hash_lower`]) -> the buckets
    /// of the first words with that hash (one but for a collision).
    by_first: Map<Vec<Bucket>>,
    /// A one-hash filter over the keys of `by_first`: nearly every word of
    /// a text begins no cue, and one bit turns it away where a probe of
    /// `by_first` costs a few dozen instructions.
    firsts: [u64; FILTER_WORDS],
    /// The distinct lemmas, each once.
    lemmas: Vec<Box<str>>,
    /// Tells this lexicon from any other built in the process, for
    /// [`THREAD_LEMMAS`].
    id: u64,
}

/// Source of [`Lexicon::id`].
static NEXT_LEXICON_ID: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// This thread's own copies of the lemmas of one lexicon (its id, its
    /// lemmas). Every cue holds an `Arc` of its lemma: were the `Arc`s
    /// shared by the threads, every cue found and dropped would change a
    /// reference count that all the threads write, moving its cache line
    /// between cores; each thread counts references to its own copies.
    static THREAD_LEMMAS: RefCell<(u64, Vec<Arc<str>>)> = const { RefCell::new((u64::MAX, Vec::new())) };
}

/// 64-bit words of [`Lexicon::firsts`]: 16,384 bits (2 KB) for a few
/// hundred first words.
const FILTER_WORDS: usize = 256;

/// The bit of a first-word hash in [`Lexicon::firsts`]: the top bits of
/// the product, where an FNV hash is well mixed.
#[inline]
fn filter_bit(h: u64) -> usize {
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 50) as usize
}

/// FNV-1a over bytes: the key of a lower-cased word, as
/// [`hash_folded`] gives it for the word in any case (a test holds the
/// two equal).
fn hash_lower(lower: &[u8]) -> u64 {
    lower.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

impl Lexicon {
    /// The forms whose first word is the word `w` of `text` lower-cased
    /// character by character, given `h`, the hash of that lower case
    /// ([`hash_folded`]); `buf` is scratch space for words beyond ASCII.
    #[inline]
    fn forms(&self, text: &str, w: Span, h: u64, buf: &mut String) -> Option<&[Form]> {
        let k = filter_bit(h);
        if self.firsts[k / 64] & (1 << (k % 64)) == 0 {
            return None;
        }
        self.forms_past_filter(w.of(text), h, buf)
    }

    /// [`Lexicon::forms`] of a word the filter let through.
    #[inline(never)]
    fn forms_past_filter(&self, w: &str, h: u64, buf: &mut String) -> Option<&[Form]> {
        let buckets = self.by_first.get(&h)?;
        let bucket = if w.is_ascii() {
            // A lower-cased first word holds no ASCII capital, so for an
            // ASCII word this is equality with its lower case.
            buckets
                .iter()
                .find(|b| b.first.as_bytes().eq_ignore_ascii_case(w.as_bytes()))
        } else {
            buf.clear();
            buf.extend(w.chars().flat_map(char::to_lowercase));
            buckets.iter().find(|b| b.first == *buf)
        };
        bucket.map(|b| b.forms.as_slice())
    }
}

impl Lexicon {
    pub fn new(dicts: &Dictionaries) -> Lexicon {
        let mut by_first: Map<Vec<Bucket>> = Map::default();
        let mut lemmas: Vec<Box<str>> = Vec::new();
        let mut lemma_ids: HashMap<String, u32> = HashMap::new();
        let mut add = |name: &str, shape: Shape, lemma: &str, quote_only: bool, guard: Guard| {
            let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
            if let Some(first) = words.first().cloned() {
                let buckets = by_first.entry(hash_lower(first.as_bytes())).or_default();
                let lemma = *lemma_ids.entry(lemma.to_string()).or_insert_with(|| {
                    lemmas.push(lemma.into());
                    (lemmas.len() - 1) as u32
                });
                let form = Form {
                    words,
                    shape,
                    lemma,
                    quote_only,
                    guard,
                };
                match buckets.iter_mut().find(|b| b.first == first) {
                    Some(b) => b.forms.push(form),
                    None => buckets.push(Bucket {
                        first,
                        forms: vec![form],
                    }),
                }
            }
        };
        let mut any = false;
        for (_, e) in dicts.of_kind(Kind::Cue) {
            any = true;
            let shape = match e.attribute("shape") {
                Some("participle") => Shape::Participle,
                Some("according") => Shape::According,
                _ => Shape::Verb,
            };
            let quote_only = e.attribute("shape") == Some("quote");
            let guard = match e.attribute("shape") {
                Some("noun_verb") => Guard::AfterSubject,
                Some("adjective") => Guard::Copula,
                _ => Guard::None,
            };
            let lemma = e.attribute("lemma").unwrap_or(&e.name).to_string();
            for f in e.surface_forms() {
                add(f, shape, &lemma, quote_only, guard);
            }
        }
        if !any {
            for f in ["said", "says", "told", "added"] {
                add(f, Shape::Verb, f, false, Guard::None);
            }
            add(
                "according to",
                Shape::According,
                "according to",
                false,
                Guard::None,
            );
        }
        let mut firsts = [0u64; FILTER_WORDS];
        for (&h, buckets) in by_first.iter_mut() {
            for b in buckets {
                b.forms.sort_by_key(|f| std::cmp::Reverse(f.words.len()));
            }
            let k = filter_bit(h);
            firsts[k / 64] |= 1 << (k % 64);
        }
        Lexicon {
            by_first,
            firsts,
            lemmas,
            id: NEXT_LEXICON_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// Lemma `i`, from this thread's copies (see [`THREAD_LEMMAS`]).
    fn lemma(&self, i: u32) -> Arc<str> {
        THREAD_LEMMAS.with(|cell| {
            let mut local = cell.borrow_mut();
            if local.0 != self.id {
                *local = (
                    self.id,
                    self.lemmas.iter().map(|l| Arc::from(&**l)).collect(),
                );
            }
            local.1[i as usize].clone()
        })
    }
}

/// A capitalised present-tense form in a title-case headline: between two
/// capitalised words (`Vask Says Bridge Will Close`), or ending the line
/// (past a full stop at most) after a speaker of capitalised words that a
/// comma sets off (`Ferry Fares Will Rise, Harbour Chief Says.`). Only
/// `-s` forms: `Said` mid-sentence stays a surname. Out of line: few
/// words get here, and inlined it made [`cue_at`] slower for every word.
#[inline(never)]
fn headline_verb(text: &str, words: &[Span], i: usize) -> bool {
    let cap = |k: usize| capitalised(text, words[k]);
    let same_line = |k: usize| !text[words[k - 1].end..words[k].start].contains('\n');
    if i == 0 || !words[i].of(text).ends_with('s') || !cap(i - 1) || !same_line(i) {
        return false;
    }
    if i + 1 < words.len() && cap(i + 1) && same_line(i + 1) {
        return true;
    }
    line_ending_headline_verb(text, words, i)
}

/// Whether word `w` opens with a capital letter.
fn capitalised(text: &str, w: Span) -> bool {
    w.of(text).starts_with(|c: char| c.is_uppercase())
}

/// Base forms that report speech or a finding and that a title-case
/// headline uses after a plural subject (`Pilots Warn`, `Memos Reveal`,
/// `Polls Show`). Verbs of mind (`Believe`, `Want`, `Feel`) stay out:
/// in a headline they are mostly the verb of a clause that is no
/// statement (`The Kind Of Values Voters Believe In`), and `Report`,
/// `Read` and `Recall` are mostly nouns there (`Jobs Report`).
#[rustfmt::skip]
const HEADLINE_BASE_VERBS: &[&str] = &[
    "say", "tell", "explain", "argue", "insist", "warn", "ask", "acknowledge", "admit",
    "contend", "suggest", "predict", "confirm", "deny", "conclude", "agree", "claim", "show",
    "support", "oppose", "indicate", "announce", "promise", "blame", "accuse", "allege",
    "assert", "concede", "declare", "disclose", "emphasize", "emphasise", "proclaim",
    "reiterate", "reveal", "urge", "testify", "complain",
];

/// A capitalised base form after a capitalised plural noun and before a
/// capitalised word, in a line of title case (`Harbour Pilots Support
/// Night Crossings`, `Leaked Memos Reveal Fare Plans`). The caller takes
/// only a form that is its lemma and one of [`HEADLINE_BASE_VERBS`]
/// (`Reveal`, not `Said`: `Brask Sisters Said Goodbye` reads a surname).
/// Not in running text, where a title-case name holds such a word (`the
/// Consumer Electronics Show in Tolven`).
fn headline_plural_verb(text: &str, words: &[Span], i: usize) -> bool {
    let cap = |k: usize| capitalised(text, words[k]);
    if i == 0 || i + 1 >= words.len() || !cap(i - 1) || !cap(i + 1) {
        return false;
    }
    let prev = words[i - 1].of(text);
    let plural = prev.len() > 3
        && prev.bytes().all(|b| b.is_ascii_alphabetic())
        && prev.ends_with('s')
        && !["ss", "us", "ics"].iter().any(|e| prev.ends_with(e))
        && !prev.bytes().all(|b| b.is_ascii_uppercase())
        && !same_word("news", prev);
    plural && text[words[i - 1].end..words[i].start] == *" " && title_case_line(text, words[i])
}

/// Lower-case words a title-case headline leaves small.
#[rustfmt::skip]
const HEADLINE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "by", "for",
    "from", "with", "as", "vs", "via", "into", "over",
];

/// The line holding `w` is in title case: three or more words, each
/// capitalised, a number, or one of [`HEADLINE_SMALL_WORDS`].
fn title_case_line(text: &str, w: Span) -> bool {
    let start = text[..w.start].rfind('\n').map_or(0, |k| k + 1);
    let end = text[w.end..].find('\n').map_or(text.len(), |k| w.end + k);
    let line = &text[start..end];
    let mut n = 0;
    for word in line.split(|c: char| c.is_whitespace() || matches!(c, '-' | '—' | '–' | '/')) {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() {
            continue;
        }
        n += 1;
        let ok = word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || is_one_of(HEADLINE_SMALL_WORDS, word);
        if !ok {
            return false;
        }
    }
    n >= 3
}

/// A capitalised word mid-sentence that no `-s` headline rule takes is a
/// cue only as a base form after a plural subject in a title-case line
/// ([`headline_plural_verb`]), and only the form that is its lemma and one
/// of [`HEADLINE_BASE_VERBS`]: that one form of `forms`. Out of line and
/// cold: few words get here, and the forms loop of [`cue_at`] stays as it
/// was.
#[cold]
#[inline(never)]
fn headline_base_form<'a>(
    lexicon: &Lexicon,
    text: &str,
    words: &[Span],
    i: usize,
    forms: &'a [Form],
) -> Option<&'a [Form]> {
    let w = words[i].of(text);
    if !is_one_of(HEADLINE_BASE_VERBS, w) || !headline_plural_verb(text, words, i) {
        return None;
    }
    let f = forms.iter().find(|f| {
        f.words.len() == 1 && w.eq_ignore_ascii_case(&lexicon.lemmas[f.lemma as usize])
    })?;
    Some(std::slice::from_ref(f))
}

/// Most words a speaker before a line-ending headline verb may take
/// (`Former Harbour Board Chief Says`).
const MAX_HEADLINE_SPEAKER_WORDS: usize = 5;

/// The `-s` form at word `i` ends its line, past a full stop at most, and
/// the capitalised words before it (no more than
/// [`MAX_HEADLINE_SPEAKER_WORDS`], on that line) follow a comma that ends
/// the headline's statement: `Ferry Fares Will Rise Again, Oren Vask
/// Says.` A line of title case with no comma before the verb (`Harbour
/// Pilots Report`, `The Bridge That Never Was`) stays untouched.
fn line_ending_headline_verb(text: &str, words: &[Span], i: usize) -> bool {
    let after = &text[words[i].end..];
    let after = after.strip_prefix('.').unwrap_or(after);
    let next = after.chars().find(|c| !matches!(c, ' ' | '\t'));
    if !matches!(next, None | Some('\n' | '\r')) {
        return false;
    }
    let cap = |k: usize| capitalised(text, words[k]);
    let mut k = i;
    while k > 0 && i - k <= MAX_HEADLINE_SPEAKER_WORDS {
        let gap = &text[words[k - 1].end..words[k].start];
        if gap.contains('\n') {
            return false;
        }
        if gap.trim_end().ends_with(',') {
            // (A statement of at least two words before the comma.)
            return k >= 2 && k < i && !text[words[k - 2].end..words[k - 1].start].contains('\n');
        }
        if !gap.chars().all(|c| c == ' ') || !cap(k - 1) {
            return false;
        }
        k -= 1;
    }
    false
}

/// Find every cue in `text`, in text order, given its word spans (from
/// `entities::words`).
pub fn find_in_words(lexicon: &Lexicon, text: &str, words: &[Span]) -> Vec<Cue> {
    let folded: Vec<u64> = words.iter().map(|w| hash_folded(w.of(text))).collect();
    find_in_hashed_words(lexicon, text, words, &folded)
}

/// [`find_in_words`] given also each word's [`hash_folded`] (as
/// `entities::tokens::words_of_tokens` gives them): a word is turned away
/// or looked up by its hash, without reading its text again.
pub fn find_in_hashed_words(
    lexicon: &Lexicon,
    text: &str,
    words: &[Span],
    folded: &[u64],
) -> Vec<Cue> {
    assert_eq!(words.len(), folded.len(), "one hash per word");
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut i = 0;
    while i < words.len() {
        let mut step = 1;
        if let Some(forms) = lexicon.forms(text, words[i], folded[i], &mut buf) {
            if let Some((cue, n)) = cue_at(lexicon, text, words, i, forms) {
                out.push(cue);
                step = n;
            }
        }
        i += step;
    }
    out
}

/// The cue starting at word `i`, whose first word begins `forms`, and the
/// number of words it takes; `None` when the context says the word is no
/// reporting verb. Out of line: the loop of [`find_in_words`] runs on
/// every word and reaches this for about one in five, and kept inline it
/// made that loop keep its state on the stack.
#[inline(never)]
fn cue_at(
    lexicon: &Lexicon,
    text: &str,
    words: &[Span],
    i: usize,
    forms: &[Form],
) -> Option<(Cue, usize)> {
    let w = words[i].of(text);
    let capital = w.starts_with(|c: char| c.is_uppercase());
    let forms =
        if capital && !sentence_start(text, words[i].start) && !headline_verb(text, words, i) {
            headline_base_form(lexicon, text, words, i, forms)?
        } else {
            forms
        };
    if after_determiner(text, words, i) {
        return None;
    }
    for f in forms {
        let n = f.words.len();
        if i + n > words.len() {
            continue;
        }
        let rest_ok = (1..n).all(|k| {
            let gap = &text[words[i + k - 1].end..words[i + k].start];
            gap.chars().all(char::is_whitespace)
                && words[i + k].of(text).eq_ignore_ascii_case(&f.words[k])
        });
        // (An adjective's cue starts at its copula: `are still hopeful`.)
        let first = match f.guard {
            Guard::None => Some(i),
            Guard::AfterSubject => after_subject(text, words, i).then_some(i),
            Guard::Copula => copula_before(text, words, i).filter(|_| that_after(text, words, i)),
        };
        let Some(first) = first else { continue };
        if rest_ok && !reports_nothing(text, words, i) {
            // `Vask is telling voters that …`: an `-ing` form after a
            // form of `be` is a finite verb.
            let shape = if f.shape == Shape::Participle && after_be(text, words, i) {
                Shape::Verb
            } else {
                f.shape
            };
            let cue = Cue {
                span: Span::new(words[first].start, words[i + n - 1].end),
                shape,
                lemma: lexicon.lemma(f.lemma),
                quote_only: f.quote_only,
            };
            return Some((cue, n));
        }
    }
    None
}

/// Shape `adjective`: the first word of the cue whose adjective is word
/// `i`: the copula before it, past adverbs (`Vask is confident`, `pilots
/// remain fairly hopeful`), or the adjective or adverb after a copula
/// joined to its subject (`they're confident`); `None` with no copula,
/// after a negation, or after a subject that is no source (`it is clear`,
/// `there is …`).
fn copula_before(text: &str, words: &[Span], i: usize) -> Option<usize> {
    const ADVERBS: &[&str] = &[
        "very", "so", "more", "less", "too", "still", "also", "quite", "all", "now", "both",
        "fairly", "pretty", "equally", "as", "even",
    ];
    const COPULAS: &[&str] = &[
        "is",
        "are",
        "was",
        "were",
        "am",
        "be",
        "been",
        "being",
        "remain",
        "remains",
        "remained",
        "remaining",
        "seem",
        "seems",
        "seemed",
        "appear",
        "appears",
        "appeared",
        "grew",
        "grow",
        "grows",
        "grown",
        "became",
        "become",
        "becomes",
        "feel",
        "feels",
        "felt",
        "sound",
        "sounds",
        "sounded",
        "stay",
        "stays",
        "stayed",
    ];
    const JOINED: &[&str] = &[
        "he's", "she's", "they're", "we're", "i'm", "you're", "who's",
    ];
    const NO_SOURCE: &[&str] = &["it", "this", "that", "there", "what", "which"];
    let spaced = |k: usize| {
        text[words[k - 1].end..words[k].start]
            .bytes()
            .all(|b| b == b' ')
    };
    let mut j = i;
    while j > 0 && spaced(j) && {
        let w = words[j - 1].of(text);
        is_one_of(ADVERBS, w) || w.len() > 4 && w.ends_with("ly")
    } {
        j -= 1;
    }
    if j == 0 || !spaced(j) {
        return None;
    }
    let cop = words[j - 1].of(text);
    if is_one_of(JOINED, cop) {
        return Some(j);
    }
    let subject_ok = j < 2 || !is_one_of(NO_SOURCE, words[j - 2].of(text));
    (is_one_of(COPULAS, cop) && subject_ok).then_some(j - 1)
}

/// Word `i` is followed by `that`, or by a day and `that` (`hopeful
/// Tuesday that`).
fn that_after(text: &str, words: &[Span], i: usize) -> bool {
    const DAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "now",
    ];
    let word = |k: usize| {
        (k < words.len()
            && text[words[k - 1].end..words[k].start]
                .bytes()
                .all(|b| b == b' '))
        .then(|| words[k].of(text))
    };
    let next = word(i + 1);
    next.is_some_and(|w| w.eq_ignore_ascii_case("that"))
        || next.is_some_and(|w| is_one_of(DAYS, w))
            && word(i + 2).is_some_and(|w| w.eq_ignore_ascii_case("that"))
}

/// A cue form that reports nothing here: `see` after a modal, `think`
/// in `think tank`, `find` and `plan` in the uses below.
fn reports_nothing(text: &str, words: &[Span], i: usize) -> bool {
    let w = words[i].of(text);
    w == "see" && after_modal(text, words, i)
        || w.eq_ignore_ascii_case("think") && think_tank(text, words, i)
        || find_not_reporting(text, words, i)
        || plan_without_infinitive(text, words, i)
}

/// `think tank`, `think-tank`: a noun (`a founder of the think tank
/// Third Way, said …` has no cue `think`).
fn think_tank(text: &str, words: &[Span], i: usize) -> bool {
    let rest = &text[words[i].end..];
    let rest = rest
        .strip_prefix(' ')
        .or_else(|| rest.strip_prefix('-'))
        .unwrap_or("");
    rest.get(..4)
        .is_some_and(|t| t.eq_ignore_ascii_case("tank"))
        && !rest[4..].starts_with(|c: char| c.is_alphanumeric() && c != 's')
}

/// A form of `find` that reports no finding: the verb `found` (set up)
/// after `help` or `to` (`who helped found the guild`), and `find` with a
/// reflexive object (`Vask found himself on the pier`).
fn find_not_reporting(text: &str, words: &[Span], i: usize) -> bool {
    const REFLEXIVES: &[&str] = &[
        "himself",
        "herself",
        "itself",
        "themselves",
        "myself",
        "ourselves",
        "yourself",
    ];
    let w = words[i].of(text);
    let is = |k: usize, list: &[&str]| {
        words
            .get(k)
            .is_some_and(|x| list.iter().any(|l| x.of(text).eq_ignore_ascii_case(l)))
    };
    let founding = w.eq_ignore_ascii_case("found")
        && i > 0
        && is(i - 1, &["help", "helps", "helped", "helping", "to"]);
    let reflexive = ["find", "finds", "found", "finding"]
        .iter()
        .any(|f| w.eq_ignore_ascii_case(f))
        && is(i + 1, REFLEXIVES);
    founding || reflexive
}

/// A form of `plan` reports an intention only before an infinitive (`Vask
/// plans to run`); elsewhere it is mostly the noun (`bolder plans, the
/// pilots say`, `the tax plans would cost`).
fn plan_without_infinitive(text: &str, words: &[Span], i: usize) -> bool {
    let w = words[i].of(text);
    ["plans", "plan", "planned", "planning"]
        .iter()
        .any(|f| w.eq_ignore_ascii_case(f))
        && !words.get(i + 1).is_some_and(|n| {
            n.of(text) == "to" && text[words[i].end..n.start].bytes().all(|b| b == b' ')
        })
}

/// `see` after a modal or `to` tells what will happen (`the change would
/// see fares rise`), not a view (`voters see him as …`).
fn after_modal(text: &str, words: &[Span], i: usize) -> bool {
    const MODALS: &[&str] = &[
        "will", "would", "could", "may", "might", "can", "should", "must", "to",
    ];
    i > 0
        && text[words[i - 1].end..words[i].start]
            .bytes()
            .all(|b| b == b' ')
        && MODALS
            .iter()
            .any(|m| words[i - 1].of(text).eq_ignore_ascii_case(m))
}

/// True when word `i` follows a form of `be` directly (only spaces
/// between): the progressive `is telling`, `were saying`, also contracted
/// (`he's claiming`, `isn't saying`).
fn after_be(text: &str, words: &[Span], i: usize) -> bool {
    i > 0
        && text[words[i - 1].end..words[i].start]
            .chars()
            .all(|c| c == ' ')
        && {
            let prev = words[i - 1].of(text);
            is_one_of(
                &[
                    "is", "are", "was", "were", "am", "been", "he's", "she's", "it's", "that's",
                    "who's", "they're", "we're", "you're", "i'm", "isn't", "wasn't", "aren't",
                    "weren't",
                ],
                prev,
            )
        }
}

/// `w` is one of `list` by [`same_word`]. An ASCII `w` (nearly every
/// word) is compared with each without decoding, most of them by length
/// alone.
fn is_one_of(list: &[&str], w: &str) -> bool {
    if w.is_ascii() {
        list.iter().any(|l| l.eq_ignore_ascii_case(w))
    } else {
        list.iter().any(|l| same_word(l, w))
    }
}

/// `word` (lower case, straight apostrophe) is `w`, ignoring ASCII case and
/// reading a curly apostrophe as a straight one (`he’s` is `he's`).
fn same_word(word: &str, w: &str) -> bool {
    // An ASCII `w` (nearly every word) holds no curly apostrophe: a
    // comparison of bytes ignoring ASCII case says the same as the one of
    // characters below, without decoding them.
    if w.is_ascii() {
        return word.eq_ignore_ascii_case(w);
    }
    let mut w = w.chars().map(|c| if c == '’' { '\'' } else { c });
    word.chars()
        .all(|c| w.next().is_some_and(|d| d.eq_ignore_ascii_case(&c)))
        && w.next().is_none()
}

/// Find every cue in `text`, in text order.
pub fn find(lexicon: &Lexicon, text: &str) -> Vec<Cue> {
    find_in_words(lexicon, text, &crate::entities::words(text))
}

/// Words after which a reporting word is a noun or an adjective, not a
/// verb: `the claims`, `an alleged plot`, `his comments`, `amid protests`.
/// Quantifiers stay out: in `many said` and `some argue` they are the
/// subject of the verb.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "amid",
];

/// Contractions of `is` or `has` that end like a possessive: `he's said`
/// is a verb after them.
const NOT_POSSESSIVE: &[&str] = &[
    "it's", "he's", "she's", "that's", "who's", "there's", "what's", "here's", "where's", "let's",
];

/// Verbs after which a cue word's `-s` form is a plural noun (`made
/// plans`, `unveiled pledges`).
#[rustfmt::skip]
const NOUN_TAKING_VERBS: &[&str] = &[
    "made", "make", "makes", "making", "has", "have", "had", "unveiled", "announced",
    "outlined", "released", "detailed", "laid", "drew", "scrapped", "abandoned", "dropped",
];

/// True when word `i` follows a determiner directly (only spaces between),
/// or a possessive (`Cruz's hopes`, `the party's plans`, `the candidates'
/// plans`), or is an `-ed` form after a number (`20 pledged delegates`), or
/// an `-s` form after one of [`NOUN_TAKING_VERBS`]: a noun or an adjective.
fn after_determiner(text: &str, words: &[Span], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = words[i - 1].of(text);
    let gap = &text[words[i - 1].end..words[i].start];
    // `the candidates' plans`: a plural possessive (its apostrophe is no
    // part of the word).
    if (gap == "' " || gap == "’ ") && prev.ends_with('s') {
        return true;
    }
    if !gap.chars().all(|c| c == ' ') {
        return false;
    }
    // `made plans to`, `has pledges from`: a plural noun form after a verb
    // that takes a noun (not `has said`: only the `-s` forms).
    let word = words[i].of(text);
    if word.ends_with('s') && is_one_of(NOUN_TAKING_VERBS, prev) {
        return true;
    }
    let possessive =
        (prev.ends_with("'s") || prev.ends_with("’s")) && !is_one_of(NOT_POSSESSIVE, prev);
    let number_before_participle = prev.starts_with(|c: char| c.is_ascii_digit())
        && prev.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && words[i].of(text).ends_with("ed");
    // (`People close to her said`: `her` after a preposition and before a
    // word that is only ever a verb is an object, no determiner; not `to
    // her comments`.)
    let object_her = prev.eq_ignore_ascii_case("her")
        && i >= 2
        && is_one_of(OBJECT_PREPOSITIONS, words[i - 2].of(text))
        && is_one_of(&["said", "says", "say", "told", "tell", "tells"], word);
    possessive
        || number_before_participle
        || DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(prev)) && !object_her
}

/// Prepositions that make the `her` after them an object pronoun.
const OBJECT_PREPOSITIONS: &[&str] = &["to", "with", "around", "near", "behind"];

/// Words after which a `noun_verb` form is a verb: subject pronouns and
/// quantifiers (`they claim`, `many support`), and auxiliaries and modals
/// before a base form (`would support`, `doesn't claim`).
#[rustfmt::skip]
const SUBJECT_WORDS: &[&str] = &[
    "i", "we", "they", "you", "he", "she", "it", "who", "many", "some", "others", "most", "few",
    "both", "all", "will", "would", "can", "could", "may", "might", "should", "must", "do",
    "does", "did", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot",
];

/// Adverbs that may stand between a subject and its verb (`Vask also
/// claims`, `did not mention`); `-ly` words are adverbs too.
const SUBJECT_ADVERBS: &[&str] = &[
    "also", "still", "now", "often", "again", "never", "even", "not", "there",
];

/// Plural-looking words that are no plural subject: `news reports`
/// (a noun compound), `his claims`, `various claims`.
#[rustfmt::skip]
const NOT_PLURAL: &[&str] = &[
    "news", "his", "its", "this", "was", "has", "is", "as", "us", "thus", "plus", "perhaps",
    "whereas", "yes", "does", "less", "unless", "across", "besides", "towards", "afterwards",
    "sports", "politics", "economics", "series", "species", "means",
];

/// Words that open the object or clause of a `noun_verb` verb after a
/// name or a plural noun (`Vask claims that …`, `polls show a …`).
#[rustfmt::skip]
const OBJECT_OPENERS: &[&str] = &[
    "that", "to", "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its",
    "our", "the", "a", "an", "this", "these", "those", "some", "no", "many", "more", "most",
    "there", "what", "how", "why", "whether", "if", "he's", "she's", "they're", "it's",
    // (A quantity opening the object: `records show little evidence`,
    // `polls show nearly half of …`.)
    "little", "few", "much", "several", "any", "only", "nearly", "almost", "half", "both",
];

/// Lower-case words after a `noun_verb` form that show it is a noun: a
/// verb or a conjunction follows (`the polls show is`, `shows were`,
/// `claims than`).
const NOT_OBJECT_OPENERS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "can", "may", "might", "should", "must", "did", "do", "does", "than", "as", "but", "with",
    "in", "at", "to", "into", "about", "over", "like", "against", "after", "before", "during",
];

/// Words after which a `noun_verb` form is a noun whatever came before:
/// `claims of fraud`, `support for the plan`, `shows on cable`.
const NOUN_FOLLOWERS: &[&str] = &["of", "for", "from", "by", "on", "among", "and", "or"];

/// True when word `i`, a form that is also a common noun (shape
/// `noun_verb` in cues.tsv: `claims`, `reports`, `show`, `support`),
/// follows a subject, so it is a verb: a subject pronoun or quantifier, a
/// modal or auxiliary (`would support`), or, when the next word opens an
/// object or a clause ([`OBJECT_OPENERS`], a capitalised word or a
/// number), a plural noun (`polls show a`) or a capitalised name (`Vask
/// claims that`, `The Ledger reports that`); an adverb may stand between
/// (`Vask also claims`). Not after a capitalised adjective (`Republican
/// support`) or a capitalised word opening the sentence (`Media reports`),
/// not before `of`, `for` and the like (`claims of fraud`), and not across
/// punctuation.
fn after_subject(text: &str, words: &[Span], i: usize) -> bool {
    let spaces_only = |k: usize| {
        text[words[k - 1].end..words[k].start]
            .bytes()
            .all(|b| b == b' ')
    };
    if let Some(next) = words.get(i + 1) {
        let gap = &text[words[i].end..next.start];
        if gap.bytes().all(|b| b == b' ') && is_one_of(NOUN_FOLLOWERS, next.of(text)) {
            return false;
        }
    }
    // (A subject pronoun or a gerund right after the form, past a
    // lower-case word that is no determiner, makes it a verb whatever
    // noun phrase came before: `records from the 2019 audit show he
    // …`, `a growing number of skippers support extending …`.)
    if let (Some(next), true) = (words.get(i + 1), i > 0 && spaces_only(i)) {
        let n = next.of(text);
        let prev = words[i - 1].of(text);
        // (Not after an `-ing` word, `the most telling claim she made`;
        // a gerund only after a plural, not `local support heading`.)
        let clause = is_one_of(&["he", "she", "they", "we"], n) && !prev.ends_with("ing")
            || n.len() > 5
                && n.ends_with("ing")
                && n.bytes().all(|b| b.is_ascii_lowercase())
                && ![
                    "including",
                    "following",
                    "regarding",
                    "concerning",
                    "during",
                    "according",
                ]
                .contains(&n)
                && prev.len() > 3
                && prev.ends_with('s')
                && !prev.ends_with("ss");
        if clause
            && text[words[i].end..next.start].bytes().all(|b| b == b' ')
            && prev.bytes().all(|b| b.is_ascii_lowercase())
            && !is_one_of(SUBJECT_WORDS, prev)
            && !is_one_of(NOUN_TAKING_VERBS, prev)
        {
            return true;
        }
    }
    // After a name or a plural noun, the next word must open an object or
    // a clause: `the Tolven report released`, `the jobs report exceeded`,
    // `his TV show than` are nouns.
    let opens_object = words.get(i + 1).is_some_and(|n| {
        let n = n.of(text);
        is_one_of(OBJECT_OPENERS, n)
            || n.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    });
    let mut k = i;
    while k > 0 && spaces_only(k) {
        let prev = words[k - 1].of(text);
        let lower = prev.to_ascii_lowercase();
        if SUBJECT_ADVERBS.contains(&lower.as_str()) || lower.len() > 4 && lower.ends_with("ly") {
            k -= 1;
            continue;
        }
        if is_one_of(SUBJECT_WORDS, prev) {
            return true;
        }
        let plural = |w: &str| {
            w.len() > 3
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("ous")
                && !NOT_PLURAL.contains(&w)
        };
        // (After a plural noun also the end of a clause, `…, records
        // show.`, and after `show` a lower-case word that is no verb or
        // conjunction, `polls show working-class voters …`.)
        let show = is_one_of(&["show", "shows"], words[i].of(text));
        let next_ok = words.get(i + 1).map_or(true, |n| {
            let gap = &text[words[i].end..n.start];
            let w = n.of(text);
            gap.contains([',', '.', ';'])
                || show
                    && gap == " "
                    && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && !w.ends_with("ed")
                    && !is_one_of(NOT_OBJECT_OPENERS, w)
        });
        if prev.starts_with(|c: char| c.is_uppercase()) {
            // (A capitalised word opening the sentence may be an
            // adjective: `Media reports`, `Such claims`; a plural noun
            // is a subject: `Polls show a …`, `Critics claim that …`,
            // `Polls show voters …`.)
            let adjective = ["an", "ic", "ish", "ese"]
                .iter()
                .any(|e| lower.ends_with(e));
            let opening = sentence_start(text, words[k - 1].start);
            let plural_opening = opening && plural(&lower);
            return !adjective
                && (!opening || plural_opening || lower == "data")
                && (opens_object || plural_opening && show && next_ok);
        }
        // (A singular noun after a determiner is the subject of an `-s`
        // form that `that` or a quotation follows: `The poster claims
        // "…"`, `the suit claims that …`; not `the ad claims were false`,
        // `a slide show that …`.)
        let determiner_before = k >= 2
            && spaces_only(k - 1)
            && is_one_of(
                &[
                    "the", "a", "an", "this", "his", "her", "its", "their", "one",
                ],
                words[k - 2].of(text),
            );
        // (Or a pronoun opening a clause or its subject: `The candidate
        // claims his fortune is …`.)
        let clause_or_quote_next = words.get(i + 1).is_some_and(|n| {
            same_word("that", n.of(text))
                || is_one_of(
                    &["he", "she", "they", "we", "his", "her", "their"],
                    n.of(text),
                )
                || text[words[i].end..n.start]
                    .trim_start()
                    .starts_with(['"', '“'])
        });
        return plural(prev) && (opens_object || next_ok)
            || determiner_before
                && prev.bytes().all(|b| b.is_ascii_lowercase())
                && words[i].of(text).ends_with('s')
                && clause_or_quote_next;
    }
    false
}

/// True when only whitespace, quote marks or brackets stand between `pos`
/// and the previous sentence end (or the text start), also when that
/// sentence ends inside a quotation (`… it.”¶Said Vask, …`).
fn sentence_start(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '“' | '”' | '‘' | '’' | '«' | '»' | '\'' | '(' | ')' | '[' | ']' | '—' | '-'
            )
    });
    before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '\n'])
}

/// The lexicon of `dictionaries/cues.tsv` alone, for unit tests here and
/// in `attribute`.
#[cfg(test)]
pub(crate) fn test_lexicon() -> Lexicon {
    let mut b = crate::dictionary::DictionariesBuilder::default();
    b.add_text(
        "cues.tsv",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/dictionaries/cues.tsv"
        )),
    );
    Lexicon::new(&b.build().unwrap())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_word_ignores_ascii_case_and_reads_curly_apostrophes() {
        let cases = [
            ("said", "said", true),
            ("said", "SAID", true),
            ("said", "saids", false),
            ("said", "sai", false),
            ("he's", "He’s", true),
            ("he's", "he's", true),
            ("he's", "hes", false),
            ("that", "thät", false),
            ("", "", true),
        ];
        for (word, w, want) in cases {
            assert_eq!(same_word(word, w), want, "{word} / {w}");
            assert_eq!(is_one_of(&["x", word], w), want, "{word} / {w}");
        }
    }

    fn lexicon() -> Lexicon {
        test_lexicon()
    }

    /// The first-word filter turns away no word that begins a cue, in any
    /// case: every first word of cues.tsv, as listed, in capitals and
    /// capitalised, still finds its forms; and a word's key is
    /// [`hash_folded`] of the word.
    #[test]
    fn filter_keeps_every_first_word() {
        let lex = lexicon();
        let mut buf = String::new();
        let firsts: Vec<String> = lex
            .by_first
            .values()
            .flatten()
            .map(|b| b.first.clone())
            .collect();
        assert!(firsts.len() > 100, "{}", firsts.len());
        for first in firsts {
            let mut title = first.clone();
            title[..1].make_ascii_uppercase();
            assert_eq!(hash_lower(first.as_bytes()), hash_folded(&first));
            for w in [first.clone(), first.to_uppercase(), title] {
                let span = Span::new(0, w.len());
                assert!(
                    lex.forms(&w, span, hash_folded(&w), &mut buf).is_some(),
                    "{w}"
                );
            }
        }
    }

    #[test]
    fn cue_cases() {
        let lex = lexicon();
        type Case = (&'static str, &'static str, &'static [(&'static str, Shape)]);
        let cases: &[Case] = &[
            ("verb", "Tolven said it.", &[("said", Shape::Verb)]),
            (
                "`show` after a plural before a lower-case object",
                "Harbour polls show working-class skippers leaning to Vask.",
                &[("show", Shape::Verb)],
            ),
            (
                "a noun_verb form after a plural at the end of a clause",
                "The fares rose by half, harbour records show.",
                &[("show", Shape::Verb)],
            ),
            (
                "a noun_verb form before a verb stays a noun",
                "Night crossings support was weak.",
                &[],
            ),
            (
                "a noun_verb form before a quantity opening its object",
                "Harbour records show little evidence of a refund.",
                &[("show", Shape::Verb)],
            ),
            (
                "a noun_verb -s form after a determiner and noun before a pronoun",
                "The skipper claims his boat is the fastest.",
                &[("claims", Shape::Verb)],
            ),
            (
                "noun after a determiner",
                "The claims were false, his comments odd.",
                &[],
            ),
            (
                "`show` after a plural opening the sentence, before a lower-case object; past `there`",
                "Polls show voters trust Vask. Polls there show Vask is ahead.",
                &[("show", Shape::Verb), ("show", Shape::Verb)],
            ),
            (
                "`made the point` as one cue",
                "Vask made the point that it rained.",
                &[("made the point", Shape::Verb)],
            ),
            (
                "`note` after a plural subject, not after a determiner; `point out` and `pointing out`",
                "Skippers note that the ferry is late. The note said so. Pilots point out that it rained, pointing out the clouds.",
                &[
                    ("note", Shape::Verb),
                    ("said", Shape::Verb),
                    ("point out", Shape::Verb),
                    ("pointing out", Shape::Participle),
                ],
            ),
            (
                "an adjective of belief after a copula and before `that`",
                "The pilots remain fairly hopeful that the ferry will run.",
                &[("remain fairly hopeful", Shape::Verb)],
            ),
            (
                "an adjective after a copula and a day before `that`",
                "Oren Vask was concerned Tuesday that the ferry would stop.",
                &[("was concerned", Shape::Verb)],
            ),
            (
                "an adjective after a copula joined to its subject",
                "He's confident that the ferry will run.",
                &[("confident", Shape::Verb)],
            ),
            (
                "an adjective after a negation, after `it`, or with no `that`",
                "They are not confident that it will run. It is certain that it will. Vask is sure of it.",
                &[],
            ),
            (
                "quantifier subject stays a cue",
                "Many said it rained.",
                &[("said", Shape::Verb)],
            ),
            (
                "according to at sentence start",
                "According to Tolven, it rained.",
                &[("According to", Shape::According)],
            ),
            (
                "sentence start after a quotation that ends the sentence before",
                "“It rained.”\n\nSaid Tolven, who was there: “All day.” According to Vask, it did.",
                &[("Said", Shape::Verb), ("According to", Shape::According)],
            ),
            (
                "longest form first",
                "Tolven said in a statement that it rained.",
                &[("said in a statement", Shape::Verb)],
            ),
            (
                "participle",
                "Tolven left, saying it rained.",
                &[("saying", Shape::Participle)],
            ),
            (
                "a noun-verb after a modal and not is a cue",
                "Brask did not mention the fares.",
                &[("mention", Shape::Verb)],
            ),
            (
                "the verb `found` (set up) after `help` or `to` is no cue",
                "Vask, who helped found the guild, is set to found another. Brask found that fares rose.",
                &[("found", Shape::Verb)],
            ),
            (
                "a form of `plan` is a cue only before an infinitive",
                "Unless towns draw bolder plans, the pier will fall. Vask plans to run.",
                &[("plans", Shape::Verb)],
            ),
            (
                "`think` in `think tank` is no cue",
                "Lu, a founder of the liberal think tank Harbour Forum, said pilots think alike.",
                &[("said", Shape::Verb), ("think", Shape::Verb)],
            ),
            (
                "`find` with a reflexive object is no cue",
                "Vask found himself on the pier. Brask finds that the pier is safe.",
                &[("finds", Shape::Verb)],
            ),
            (
                "a noun-verb after a determiner is no cue",
                "The mention of fares angered Brask.",
                &[],
            ),
            (
                "an -ing form after a form of be is a finite verb",
                "Tolven is telling voters it rained.",
                &[("telling", Shape::Verb)],
            ),
            (
                "`her` after a preposition is an object before a verb-only form",
                "People close to her said it rained.",
                &[("said", Shape::Verb)],
            ),
            (
                "`her` after a preposition is still a determiner before a noun",
                "Vask replied to her comments.",
                &[("replied", Shape::Verb)],
            ),
            (
                "an -s noun-verb after a singular noun before a quotation is a verb",
                "The poster claims \"Vask is late.\"",
                &[("claims", Shape::Verb)],
            ),
            (
                "an -s noun-verb after a singular noun before `that` is a verb",
                "The suit claims that Vask is late.",
                &[("claims", Shape::Verb)],
            ),
            (
                "a noun-verb after a singular noun before anything else is a noun",
                "The poster claims were false, and a slide show that ran was dull.",
                &[],
            ),
            (
                "a noun-verb before a subject pronoun is a verb after any noun phrase",
                "Records from the 2019 audit show he paid the fares.",
                &[("show", Shape::Verb)],
            ),
            (
                "a noun-verb after a plural and before a gerund is a verb",
                "A growing number of skippers support extending the route.",
                &[("support", Shape::Verb)],
            ),
            (
                "a noun-verb is still a noun after an -ing word or before `including`",
                "The most striking claim she made was odd; skippers claims including fares are old.",
                &[],
            ),
            ("surname Said mid-sentence", "Professor Said left.", &[]),
            (
                "present form in a title-case headline",
                "Vask Says Bridge Will Close",
                &[("Says", Shape::Verb)],
            ),
            (
                "past form in a title-case headline stays a name",
                "Edward Said Speaks Tonight",
                &[],
            ),
            (
                "an -s form ending a title-case headline, after a comma and a speaker",
                "Ferry Fares Will Rise Again, Harbour Chief Says.\n\nThe chief left early.",
                &[("Says", Shape::Verb)],
            ),
            (
                "an -s form ending a headline line with no full stop",
                "Ferry Fares Will Rise Again, Oren Vask Says\nVask left early.",
                &[("Says", Shape::Verb)],
            ),
            (
                "a line-ending past form stays a name, and a capitalised -s form before lower case is no cue",
                "Ferry Fares Rise, Edward Said\nFerry Fares Rise, Vask Says so.",
                &[],
            ),
            (
                "a base form after a capitalised plural in a title-case headline",
                "Harbour Pilots Support Night Crossings\n\nLeaked Memos Reveal Ferry Fare Plans\n",
                &[("Support", Shape::Verb), ("Reveal", Shape::Verb)],
            ),
            (
                "a past form after a capitalised plural stays a name, a verb of mind is no headline cue",
                "Brask Sisters Said Goodbye To Tolven\n\nHarbour Voters Believe In Ferries\n",
                &[],
            ),
            (
                "a base form inside a title-case name in running text is no cue",
                "Vask runs the Harbour Pilots Support Fund in Tolven.",
                &[],
            ),
            (
                "a line-ending -s form with no comma before its capitalised words is no cue",
                "The Harbour Master Says\nFerry Fares Rise, A Very Long Harbour Board Title Says\n",
                &[],
            ),
            (
                "noun forms left out: `state`, and `note` as a noun",
                "The state note was late. The state will note it.",
                &[("note", Shape::Verb)],
            ),
            (
                "noun after a possessive, adjective after a number",
                "Vask's hopes rose as Brask took 20 pledged delegates.",
                &[],
            ),
            (
                "a plural noun after a plural possessive or a noun-taking verb",
                "The candidates' plans differ; Vask made plans and has said it rained.",
                &[("said", Shape::Verb)],
            ),
            (
                "an -ing form after a contracted be is a finite verb",
                "He's claiming that it rained, and she isn't saying otherwise.",
                &[("claiming", Shape::Verb), ("saying", Shape::Verb)],
            ),
            (
                "a curly apostrophe in the contraction",
                "She’s telling voters it rained; Vask’s hopes sank.",
                &[("telling", Shape::Verb)],
            ),
            (
                "a contraction is no possessive",
                "He's said it rained.",
                &[("said", Shape::Verb)],
            ),
            (
                "the -s form of report is a verb",
                "The Ledger reports that it rained.",
                &[("reports", Shape::Verb)],
            ),
            (
                "a noun-or-verb form after a name or a plural noun, before an object",
                "Mara Tolven also claims that harbour polls show a rise.",
                &[("claims", Shape::Verb), ("show", Shape::Verb)],
            ),
            (
                "a noun-or-verb form after a pronoun or a modal",
                "They claim it rained, and the guild would support them.",
                &[("claim", Shape::Verb), ("support", Shape::Verb)],
            ),
            (
                "a noun-or-verb form after an adjective, a noun or before `of` is a noun",
                "Ferry support grew. Radio reports said the jobs report beat the critics claims of fraud, and his TV show ended.",
                &[("said", Shape::Verb)],
            ),
            (
                "a noun-or-verb form after a plural noun opening the sentence",
                "Polls show a tie. Critics claim that it rained. Media reports say so. News reports Brask won.",
                &[("show", Shape::Verb), ("claim", Shape::Verb), ("say", Shape::Verb)],
            ),
            (
                "see after a modal or to is no view",
                "Critics see the fare as a tax. The change would see fares rise, and they want to see more.",
                &[("see", Shape::Verb), ("want", Shape::Verb)],
            ),
            (
                "a noun-or-verb form after a name but before no object is a noun",
                "Vask withdrew as the Tolven report released on Monday and Brask support dwindled.",
                &[],
            ),
            (
                "verb-only forms of note and refer",
                "Tolven notes it rained and referred to Brask as a friend.",
                &[("notes", Shape::Verb), ("referred to", Shape::Verb)],
            ),
        ];
        for (name, text, want) in cases {
            let got: Vec<(&str, Shape)> = find(&lex, text)
                .iter()
                .map(|c| (c.span.of(text), c.shape))
                .collect();
            assert_eq!(got, *want, "case {name}");
        }
    }

    /// The rows a headline cue gives, through the attribution stage (no
    /// entity mentions): (content, speaker, method).
    #[test]
    fn headline_cue_rows() {
        type Case = (
            &'static str,
            &'static str,
            &'static [(&'static str, &'static str, &'static str)],
        );
        let cases: &[Case] = &[
            (
                "a description after the comma, the cue ending the headline",
                "Ferry Fares Will Rise Again, Harbour Chief Says.\n\nThe chief left early.",
                &[(
                    "Ferry Fares Will Rise Again",
                    "Harbour Chief",
                    "indirect_cue",
                )],
            ),
            (
                "a name after the comma, the cue ending the headline",
                "Ferry Fares Will Rise Again, Oren Vask Says.\n\nVask left early.",
                &[("Ferry Fares Will Rise Again", "Oren Vask", "indirect_cue")],
            ),
            (
                "a base form after a plural subject in a title-case headline",
                "Leaked Memos Reveal Ferry Fare Plans\n\nThe memos came to light on Monday.",
                &[("Ferry Fare Plans", "Leaked Memos", "indirect_cue")],
            ),
            (
                "the cue between capitalised words, as before",
                "Oren Vask Says Ferry Fares Will Rise Again.\n\nVask left early.",
                &[("Ferry Fares Will Rise Again", "Oren Vask", "indirect_cue")],
            ),
        ];
        let lex = lexicon();
        for (name, text, want) in cases {
            let segments = crate::segment::segment(text);
            let (quoted, _) = crate::quotes::find(text, &segments);
            let cues = find(&lex, text);
            let ws = crate::entities::words(text);
            let got: Vec<(&str, &str, &str)> =
                crate::attribute::attribute(text, &segments, &[], &quoted, &cues, ws)
                    .iter()
                    .map(|q| {
                        let sp = q.speaker.as_ref().map_or("", |s| s.span.of(text));
                        (q.span.of(text), sp, q.method)
                    })
                    .collect();
            assert_eq!(got, *want, "case {name}");
        }
    }

    #[test]
    fn dictionary_has_enough_unique_forms() {
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/dictionaries/cues.tsv"
        ));
        let names: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .map(|l| l.split('\t').next().unwrap())
            .collect();
        let unique: std::collections::HashSet<&str> = names.iter().copied().collect();
        assert_eq!(unique.len(), names.len(), "duplicate names in cues.tsv");
        assert!(names.len() >= 150, "only {} cue forms", names.len());
    }
}
