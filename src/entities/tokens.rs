//! Tokens for entity matching: the text cut once into words, punctuation
//! and CJK characters, each with its shape, its sentence and two hashes.
//!
//! Reads the article text and the sentence spans of [`Segments`]; produces
//! [`Token`]s that the dictionary scan (`lexicon`), the patterns (`people`,
//! `institutions`), linking and coreference all walk. Dictionary surface
//! forms go through the same [`tokenize`], so a form and the text agree on
//! where words begin and end: that is what makes matching respect word
//! boundaries without any boundary check at match time.

use crate::segment::Segments;
use crate::span::Span;

/// What a token looks like; the patterns decide on shape, never on the
/// token's position in a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    // (The three word shapes are numbered: a sentence's counts of its
    // words by shape are indexed by them.)
    /// Upper-case first letter followed by at least one lower-case letter:
    /// `Lu`, `McDonald`, `O'Brien`.
    Title = 0,
    /// Letters all upper case: `ROK`, `BBC`, `HARWOOD`, `A`.
    Caps = 1,
    /// Starts with a lower-case letter: `minister`, `al-Assad`, `eBay`.
    Lower = 2,
    /// Starts with a digit.
    Number,
    /// One punctuation or symbol character.
    Punct,
    /// One CJK ideograph or kana: CJK text has no spaces, so every
    /// character is a token and a dictionary name of n characters is n tokens.
    Cjk,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub shape: Shape,
    /// Index of the sentence holding the token: matches never cross one.
    pub sentence: u32,
    /// First word of its sentence (after opening quotes and brackets).
    pub initial: bool,
    /// Hash of the exact bytes.
    pub exact: u64,
    /// Hash of the lower-cased text.
    pub folded: u64,
    /// The token holds a `-` (`Jae-in`, `Oslo-based`, or a dash alone):
    /// the patterns that look for one in a word skip the nine words in
    /// ten that have none without reading them.
    pub hyphen: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        matches!(self.shape, Shape::Title | Shape::Caps | Shape::Lower)
    }

    /// A title-case or capitals word, or a lower-case word with a hyphen
    /// (`al-Abidine`): the tokens a name may open with.
    #[inline]
    pub fn may_open_name(&self) -> bool {
        matches!(self.shape, Shape::Title | Shape::Caps)
            || (self.shape == Shape::Lower && self.hyphen)
    }

    /// The token's bytes in `text`: for the tests run on every token,
    /// where a `str` slice would check both ends for a character boundary.
    #[inline]
    pub fn bytes<'a>(&self, text: &'a str) -> &'a [u8] {
        &text.as_bytes()[self.span.start..self.span.end]
    }

    /// `The`, `A` or `An`: a capitalised article (byte patterns, which
    /// compile to a few compares where `str` patterns call `memcmp`).
    #[inline]
    pub fn is_capital_article(&self, text: &str) -> bool {
        matches!(self.bytes(text), b"The" | b"A" | b"An")
    }
}

/// A line break stands between tokens `a` and `b` (`a` before `b`).
// Byte by byte: the gap is a space or two, where `contains` calls a search
// routine set up for long slices and costs more than the loop.
#[allow(clippy::manual_contains)]
pub(crate) fn line_break_between(text: &str, a: &Token, b: &Token) -> bool {
    text.as_bytes()[a.span.end..b.span.start]
        .iter()
        .any(|&c| c == b'\n')
}

/// True for characters that are words on their own (Han, kana).
#[inline]
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() && !is_cjk(c)
}

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

pub fn hash_str(s: &str) -> u64 {
    s.bytes()
        .fold(FNV_OFFSET, |h, b| (h ^ b as u64).wrapping_mul(FNV_PRIME))
}

/// Hash of the lower-cased text, without allocating for ASCII.
pub fn hash_folded(s: &str) -> u64 {
    if s.is_ascii() {
        return s.bytes().fold(FNV_OFFSET, |h, b| {
            (h ^ b.to_ascii_lowercase() as u64).wrapping_mul(FNV_PRIME)
        });
    }
    let mut h = FNV_OFFSET;
    let mut buf = [0u8; 4];
    for c in s.chars() {
        if c.is_ascii() {
            h = (h ^ c.to_ascii_lowercase() as u64).wrapping_mul(FNV_PRIME);
        } else {
            for l in c.to_lowercase() {
                for &b in l.encode_utf8(&mut buf).as_bytes() {
                    h = (h ^ b as u64).wrapping_mul(FNV_PRIME);
                }
            }
        }
    }
    h
}

/// [`hash_str`] and [`hash_folded`] together, in one pass for ASCII.
#[inline]
fn hash_both(s: &str) -> (u64, u64) {
    if !s.is_ascii() {
        return (hash_str(s), hash_folded(s));
    }
    let (mut exact, mut folded) = (FNV_OFFSET, FNV_OFFSET);
    for b in s.bytes() {
        exact = (exact ^ b as u64).wrapping_mul(FNV_PRIME);
        folded = (folded ^ b.to_ascii_lowercase() as u64).wrapping_mul(FNV_PRIME);
    }
    (exact, folded)
}

/// Extend a token-sequence hash by one token hash. Order-sensitive, so
/// `Lu Wei` and `Wei Lu` differ.
pub fn chain(seq: u64, token: u64) -> u64 {
    (seq.rotate_left(23) ^ token).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Hash of a whole sequence (the empty sequence hashes to 0).
pub fn seq_hash(tokens: impl IntoIterator<Item = u64>) -> u64 {
    tokens.into_iter().fold(0, chain)
}

/// The token hashes of a dictionary form (exact, or lower-cased when
/// `folded`), into `out`: what [`tokenize`] would give, without building
/// [`Token`]s. Most forms are ASCII: words of letters and digits, joined
/// by an inner `.`, `-` or `&` (`U.S`, `Jae-in`, `AT&T`), between single
/// spaces and marks (`Acme Inc.`, `Washington, D.C.`); those are hashed in
/// one pass (the matcher build hashes 270,000 forms at start-up, one in
/// nine with a mark). Any other form (an apostrophe, which may open a
/// possessive `'s`; other white space; any character beyond ASCII) goes
/// through the same cutting rules as [`tokenize`].
pub fn form_hashes(form: &str, folded: bool, out: &mut Vec<u64>) {
    out.clear();
    // For an ASCII letter or digit, setting bit 5 is `to_ascii_lowercase`
    // (as in `cut`): one `or` per byte instead of a test of `folded` and a
    // case conversion (this loop reads every byte of 270,000 forms at
    // start-up).
    let case: u64 = if folded { 0x20 } else { 0 };
    let bytes = form.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if is_ascii_alnum(b) {
            // A word: its bytes in a loop of their own, with no flag to
            // keep per byte.
            let mut h = FNV_OFFSET;
            loop {
                while let Some(&b) = bytes.get(i).filter(|&&b| is_ascii_alnum(b)) {
                    h = (h ^ (b as u64 | case)).wrapping_mul(FNV_PRIME);
                    i += 1;
                }
                // An inner mark before a letter or digit goes on with the
                // word (marks have no case). Before a character beyond
                // ASCII the word stops here, wrongly, but the loop below
                // then meets that character and hands the form to the
                // rules.
                match bytes.get(i) {
                    Some(&m @ (b'.' | b'-' | b'&'))
                        if bytes.get(i + 1).is_some_and(|&n| is_ascii_alnum(n)) =>
                    {
                        h = (h ^ m as u64).wrapping_mul(FNV_PRIME);
                        i += 1;
                    }
                    _ => break,
                }
            }
            out.push(h);
        } else if b == b' ' {
            i += 1;
        } else if b < 0x80 && b != b'\'' && CLASS[b as usize] & SPACE == 0 {
            // A mark on its own is a token; it has no case.
            out.push((FNV_OFFSET ^ b as u64).wrapping_mul(FNV_PRIME));
            i += 1;
        } else {
            // An apostrophe, other white space, non-ASCII: the full rules.
            return form_hashes_by_rules(form, folded, out);
        }
    }
}

/// [`form_hashes`] by the cutting rules of [`tokenize`], for the forms
/// that are not ASCII words between single spaces. (Out of line, so that
/// the cutting code does not weigh on the fast path's registers: the
/// call of every form paid for it.)
#[cold]
#[inline(never)]
fn form_hashes_by_rules(form: &str, folded: bool, out: &mut Vec<u64>) {
    out.clear();
    cut(form, |p, _| {
        out.push(if folded { p.folded } else { p.exact })
    });
}

fn shape_of(word: &str) -> Shape {
    if word.is_ascii() {
        let b = word.as_bytes();
        return match b.first() {
            Some(c) if c.is_ascii_digit() => Shape::Number,
            Some(c) if c.is_ascii_lowercase() => Shape::Lower,
            _ if b.iter().any(u8::is_ascii_lowercase) => Shape::Title,
            _ => Shape::Caps,
        };
    }
    let first = word.chars().next().unwrap_or(' ');
    if first.is_numeric() {
        Shape::Number
    } else if first.is_lowercase() {
        Shape::Lower
    } else if word.chars().any(|c| c.is_lowercase()) {
        Shape::Title
    } else {
        Shape::Caps
    }
}

/// Cut `text` into tokens. Words are runs of letters and digits joined by
/// an inner `.`, `'`, `’`, `-` or `&` (`U.S`, `O'Brien`, `Jae-in`, `AT&T`);
/// a possessive `'s` becomes its own token so `Microsoft's` still matches
/// `Microsoft`; a final `.` is a separate token (`Inc` `.`), which the
/// dictionary forms share.
pub fn tokenize(text: &str, segments: Option<&Segments>) -> Vec<Token> {
    // News text has a token every five or six bytes on average, but
    // articles of figures and tables have more: a quarter of the length
    // spares nearly every article the copy of a grown buffer.
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 4 + 16);
    tokenize_into(text, segments, &mut out);
    out
}

/// [`tokenize`] into a buffer the caller reuses (the matcher build
/// tokenizes a million short forms; one allocation each would dominate).
/// Lines shorter than this (in bytes) end a sentence; see `tokenize_into`.
const SHORT_LINE: usize = 50;

pub fn tokenize_into(text: &str, segments: Option<&Segments>, out: &mut Vec<Token>) {
    out.clear();
    let sentences = segments.map_or(&[][..], |s| &s.sentences[..]);
    let mut sentence = 0usize;
    // Where the sentence after `sentence` starts: one compare per token.
    let sentence_after = |k: usize| sentences.get(k + 1).map_or(usize::MAX, |s| s.start);
    let mut next_sentence = sentence_after(0);
    // Our own sentence counter: the segmenter's sentences, plus a break
    // after every short line. A line of under `SHORT_LINE` bytes ending in
    // a newline is a headline, dateline, byline or list item, and a name
    // never runs from it into the next line (`Ola Okoro , Tavi` /
    // `Lind ...`); in hard-wrapped copy the lines are longer, and a name
    // may still wrap.
    let mut counter = 0u32;
    let mut line_start = 0usize;
    let mut fresh = true; // no word yet in the current sentence

    // `line_break`: the last line break since the token before, which
    // `cut` saw as it skipped the white space.
    let mut push = |out: &mut Vec<Token>, p: Piece, line_break: Option<usize>| {
        let Piece {
            start,
            end,
            shape,
            exact,
            folded,
            hyphen,
        } = p;
        while next_sentence <= start {
            sentence += 1;
            next_sentence = sentence_after(sentence);
            counter += 1;
            fresh = true;
        }
        if let Some(nl) = line_break {
            if nl - line_start < SHORT_LINE && !fresh {
                counter += 1;
                fresh = true;
            }
            line_start = nl + 1;
        }
        let word = matches!(
            shape,
            Shape::Title | Shape::Caps | Shape::Lower | Shape::Number
        );
        // Opening quotes and brackets are punctuation and leave `fresh`
        // set, so `"Reading is fun` still counts `Reading` as initial.
        let initial = fresh && word;
        if word || shape == Shape::Cjk {
            fresh = false;
        }
        out.push(Token {
            span: Span::new(start, end),
            shape,
            sentence: counter,
            initial,
            exact,
            folded,
            hyphen,
        });
    };
    cut(text, |p, line_break| push(out, p, line_break));
}

/// The words of an article, as [`crate::entities::words`] cuts them, with
/// the hash of each word's lower-cased text ([`hash_folded`]): the key by
/// which `cues` looks a word up. Most words are one token, whose `folded`
/// hash this is, so the text is not read again for them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words {
    pub spans: Vec<Span>,
    /// `folded[i]` is `hash_folded` of word `i`'s text.
    pub folded: Vec<u64>,
}

/// The word spans of `text` that [`crate::entities::words`] cuts, taken
/// from its tokens instead of a second scan of the text, with their
/// hashes (see [`Words`]).
///
/// A word there is a run of letters and digits (CJK characters
/// included) with inner `.`, `'`, `’` and `-` between two of them. Every
/// letter and digit of the text lies in one token: a word token (letters
/// and digits with inner `.'’-&`, its first and last character a letter or
/// digit), the `s` of a possessive token (`'s`), or a CJK token;
/// punctuation tokens hold none. So the words are those runs, joined where
/// two are adjacent or one inner mark apart, and cut at an inner `&`.
pub fn words_of_tokens(text: &str, tokens: &[Token]) -> Words {
    let bytes = text.as_bytes();
    let mut out = Words {
        spans: Vec::with_capacity(tokens.len()),
        folded: Vec::with_capacity(tokens.len()),
    };
    // The end of the last word pushed, which a run may extend. Far past
    // any text before the first word, so that no run joins it.
    let mut end = usize::MAX / 2;
    // The next `&` of the text at or after the token read: the words cut
    // `AT&T` in two, the tokens do not. Rare; most texts have none.
    let mut amps = memchr::memchr_iter(b'&', bytes);
    let mut amp = amps.next().unwrap_or(usize::MAX);
    // The run of letters and digits from `s` to `e`: it joins the last
    // word when it follows it directly or one inner mark after it.
    // `folded`: the run's hash when it is a whole token (the usual case);
    // any other word is hashed from its text.
    // (Inlined: out of line, the call cost more than the work.)
    #[inline(always)]
    fn run(text: &str, s: usize, e: usize, folded: Option<u64>, end: &mut usize, out: &mut Words) {
        let bytes = text.as_bytes();
        let gap = s.wrapping_sub(*end);
        let joined = gap == 0
            || gap == 1 && matches!(bytes[*end], b'.' | b'\'' | b'-')
            || gap == 3 && bytes[*end..s] == *"’".as_bytes();
        *end = e;
        // (The last word is looked up only for a join: most runs start a
        // word of their own.)
        if joined {
            if let (Some(last), Some(h)) = (out.spans.last_mut(), out.folded.last_mut()) {
                last.end = e;
                *h = hash_folded(last.of(text));
                return;
            }
        }
        out.spans.push(Span::new(s, e));
        out.folded
            .push(folded.unwrap_or_else(|| hash_folded(&text[s..e])));
    }
    for t in tokens {
        let Span {
            start: mut s,
            end: e,
        } = t.span;
        match t.shape {
            Shape::Punct => continue,
            Shape::Cjk => {
                // Han and kana are letters, except a few marks in the
                // blocks (`・`, `゠`).
                if !text[s..e].chars().next().is_some_and(char::is_alphanumeric) {
                    continue;
                }
            }
            _ => {
                let b = bytes[s];
                if b == b'\'' || b == 0xE2 && bytes[s..].starts_with("’".as_bytes()) {
                    // A possessive `'s`: its letter is the last byte.
                    s = e - 1;
                } else if amp < e {
                    // An `&` inside the word (`AT&T`), or one passed in a
                    // punctuation token.
                    while amp < e {
                        if amp > s {
                            run(text, s, amp, None, &mut end, &mut out);
                            s = amp + 1;
                        }
                        amp = amps.next().unwrap_or(usize::MAX);
                    }
                }
            }
        }
        let whole = (s == t.span.start).then_some(t.folded);
        run(text, s, e, whole, &mut end, &mut out);
    }
    out
}

/// One token as [`cut`] finds it: its bytes, its shape, its two hashes
/// and whether it holds a `-`.
struct Piece {
    start: usize,
    end: usize,
    shape: Shape,
    exact: u64,
    folded: u64,
    hyphen: bool,
}

impl Piece {
    /// A token whose hashes and shape are taken from its text (anything
    /// but the ASCII words that [`cut`] hashes while it scans them).
    /// `hyphen`: the token holds a `-`.
    fn of(text: &str, start: usize, end: usize, shape: Shape, hyphen: bool) -> Piece {
        let (exact, folded) = hash_both(&text[start..end]);
        Piece {
            start,
            end,
            shape,
            exact,
            folded,
            hyphen,
        }
    }
}

/// Classes of a byte, for [`cut`]: one table look-up where the
/// tests of `char` take several comparisons.
const ALNUM: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;
/// `char::is_whitespace` for ASCII: tab, line feed, vertical tab, form
/// feed, carriage return and space.
const SPACE: u8 = 8;
/// The marks that may join two parts of a word: `.`, `'`, `-`, `&` (and
/// `’`, beyond ASCII).
const MARK: u8 = 16;

const fn byte_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let mut k = 0;
        if c.is_ascii_alphanumeric() {
            k |= ALNUM;
        }
        if c.is_ascii_lowercase() {
            k |= LOWER;
        }
        if c.is_ascii_digit() {
            k |= DIGIT;
        }
        if matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            k |= SPACE;
        }
        if matches!(c, b'.' | b'\'' | b'-' | b'&') {
            k |= MARK;
        }
        t[b] = k;
        b += 1;
    }
    t
}

/// The classes of every byte; bytes of multi-byte characters have none.
static CLASS: [u8; 256] = byte_classes();

/// An ASCII letter or digit (one table look-up; false for any byte of a
/// multi-byte character).
#[inline(always)]
pub(crate) fn is_ascii_alnum(b: u8) -> bool {
    CLASS[b as usize] & ALNUM != 0
}

/// The cutting rules of [`tokenize`]: calls `emit` for every token of
/// `text`, in order, with its shape and hashes, and the offset of the last
/// line break between it and the token before (the white space between
/// tokens is read here anyway).
///
/// A word of ASCII bytes (nearly every word of English news) is scanned
/// once: its hashes and shape are computed as its bytes are read. A word
/// with any other character is hashed and shaped from its text afterwards.
fn cut(text: &str, mut emit: impl FnMut(Piece, Option<usize>)) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // The last token emitted is a word (for the possessive rule).
    let mut last_word = false;
    let mut line_break = None;
    let mut i = 0;
    while i < n {
        let piece = piece_at(text, i, last_word);
        let Some(piece) = piece else {
            // White space: one byte, or one whole character.
            if bytes[i] == b'\n' {
                line_break = Some(i);
            }
            i += char_at(text, i).map_or(1, |(_, len)| len);
            continue;
        };
        last_word = matches!(piece.shape, Shape::Title | Shape::Caps | Shape::Lower);
        i = piece.end;
        // One call site, so that `emit` is inlined here.
        emit(piece, line_break.take());
        // The space after a word, the commonest gap, without a turn of
        // this loop per byte.
        while bytes.get(i) == Some(&b' ') {
            i += 1;
        }
    }
}

/// The token starting at byte `i` of `text` (a character boundary), or
/// `None` where a white-space character stands. `last_word`: the token
/// before is a word (for the possessive rule).
#[inline(always)]
fn piece_at(text: &str, i: usize, last_word: bool) -> Option<Piece> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let b = bytes[i];
    // The character, its length and whether it is a word character (for
    // ASCII, from the class table already read).
    let (c, len, word_char) = if b < 0x80 {
        let k = CLASS[b as usize];
        if k & SPACE != 0 {
            return None;
        }
        (b as char, 1, k & ALNUM != 0)
    } else {
        let c = text[i..].chars().next().expect("inside the text");
        if c.is_whitespace() {
            return None;
        }
        if is_cjk(c) {
            return Some(Piece::of(text, i, i + c.len_utf8(), Shape::Cjk, false));
        }
        (c, c.len_utf8(), is_word_char(c))
    };
    if !word_char {
        // A possessive `'s` on its own (after a word we already cut).
        if matches!(c, '\'' | '’') {
            let after = i + len;
            if bytes.get(after) == Some(&b's')
                && !char_at(text, after + 1).is_some_and(|(d, _)| is_word_char(d))
                // CoNLL-style tokenised text writes `England 's`.
                && last_word
            {
                return Some(Piece::of(text, i, after + 1, Shape::Lower, false));
            }
        }
        if b < 0x80 {
            // One ASCII mark: no case, so both hashes are the byte's.
            let h = (FNV_OFFSET ^ b as u64).wrapping_mul(FNV_PRIME);
            return Some(Piece {
                start: i,
                end: i + 1,
                shape: Shape::Punct,
                exact: h,
                folded: h,
                hyphen: b == b'-',
            });
        }
        return Some(Piece::of(text, i, i + len, Shape::Punct, false));
    }
    let start = i;
    // While every byte so far is ASCII: the two hashes.
    let mut ascii = true;
    let (mut exact, mut folded) = (FNV_OFFSET, FNV_OFFSET);
    let mut hyphen = false;
    let mut end = i;
    if b >= 0x80 {
        ascii = false;
        end += len;
    }
    loop {
        // ASCII letters and digits, the bulk of any word, without decoding.
        while end < n {
            let b = bytes[end];
            if !is_ascii_alnum(b) {
                break;
            }
            exact = (exact ^ b as u64).wrapping_mul(FNV_PRIME);
            // For an ASCII letter or digit, setting bit 5 is
            // `to_ascii_lowercase` (digits have it set already).
            folded = (folded ^ (b | 0x20) as u64).wrapping_mul(FNV_PRIME);
            end += 1;
        }
        // The loop stopped at a byte that is no ASCII letter or digit: if
        // it is ASCII, only an inner mark can continue the word.
        if bytes
            .get(end)
            .is_some_and(|&b| b < 0x80 && CLASS[b as usize] & MARK == 0)
        {
            break;
        }
        let Some((d, len)) = word_goes_on_at(text, end) else {
            break;
        };
        if d.is_ascii() {
            // An inner mark (every ASCII letter and digit was read by the
            // loop above). Marks have no case: the folded byte is the byte.
            exact = (exact ^ d as u64).wrapping_mul(FNV_PRIME);
            folded = (folded ^ d as u64).wrapping_mul(FNV_PRIME);
            hyphen |= d == '-';
        } else {
            ascii = false;
        }
        end += len;
    }
    if !ascii {
        let shape = shape_of(&text[start..end]);
        return Some(Piece::of(text, start, end, shape, hyphen));
    }
    let first = CLASS[bytes[start] as usize];
    let shape = if first & DIGIT != 0 {
        Shape::Number
    } else if first & LOWER != 0 {
        Shape::Lower
    } else if bytes[start + 1..end].iter().any(u8::is_ascii_lowercase) {
        // (Read again for a capitalised word only: noting every byte's
        // class in the loop above cost every word a step per byte.)
        Shape::Title
    } else {
        Shape::Caps
    };
    Some(Piece {
        start,
        end,
        shape,
        exact,
        folded,
        hyphen,
    })
}

/// The character at byte `end` of `text` (where a word read so far stops
/// at no ASCII letter or digit) and its length, when the word goes on
/// through it: a word character beyond ASCII, or an inner mark (`.`, `'`,
/// `’`, `-`, `&`) before a word character, except the apostrophe of a
/// possessive (`Blair's`, `Blair’s`). Out of line: nearly every word ends
/// at an ASCII byte, and these tests inside [`piece_at`] cost the
/// tokenizer's loop registers at every token.
#[cold]
#[inline(never)]
fn word_goes_on_at(text: &str, end: usize) -> Option<(char, usize)> {
    let (d, len) = char_at(text, end)?;
    if is_word_char(d) {
        return Some((d, len));
    }
    if !matches!(d, '.' | '\'' | '’' | '-' | '&') {
        return None;
    }
    if !char_at(text, end + len).is_some_and(|(n, _)| is_word_char(n)) {
        return None;
    }
    // `Blair's` and `Blair’s`: stop before the possessive.
    if matches!(d, '\'' | '’') {
        let rest = &text[end + len..];
        if rest.starts_with('s') && !char_at(rest, 1).is_some_and(|(n, _)| is_word_char(n)) {
            return None;
        }
    }
    Some((d, len))
}

/// The character starting at byte `i` of `text` and its length, without
/// decoding for ASCII; `None` at the end.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text[i..].chars().next()?;
    Some((c, c.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cutting rules as first written, decoding every character and
    /// hashing and shaping each token from its text afterwards: the
    /// one-pass [`cut`] must agree with it.
    fn cut_reference(text: &str) -> Vec<(usize, usize, Shape, u64, u64, bool)> {
        let mut out = Vec::new();
        let mut emit = |start: usize, end: usize, shape: Shape| {
            let (exact, folded) = hash_both(&text[start..end]);
            let hyphen = text[start..end].contains('-');
            out.push((start, end, shape, exact, folded, hyphen));
        };
        let bytes = text.as_bytes();
        let mut last_word = false;
        let mut i = 0;
        while let Some((c, len)) = char_at(text, i) {
            if c.is_whitespace() {
                i += len;
                continue;
            }
            if !c.is_ascii() && is_cjk(c) {
                emit(i, i + len, Shape::Cjk);
                last_word = false;
                i += len;
                continue;
            }
            if !is_word_char(c) {
                if matches!(c, '\'' | '’') {
                    let after = i + len;
                    if bytes.get(after) == Some(&b's')
                        && !char_at(text, after + 1).is_some_and(|(d, _)| is_word_char(d))
                        && last_word
                    {
                        emit(i, after + 1, Shape::Lower);
                        last_word = true;
                        i = after + 1;
                        continue;
                    }
                }
                emit(i, i + len, Shape::Punct);
                last_word = false;
                i += len;
                continue;
            }
            let start = i;
            let mut end = i + len;
            loop {
                while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                let Some((d, len)) = char_at(text, end) else {
                    break;
                };
                if is_word_char(d) {
                    end += len;
                    continue;
                }
                if !matches!(d, '.' | '\'' | '’' | '-' | '&') {
                    break;
                }
                if !char_at(text, end + len).is_some_and(|(n, _)| is_word_char(n)) {
                    break;
                }
                if matches!(d, '\'' | '’') {
                    let rest = &text[end + len..];
                    if rest.starts_with('s')
                        && !char_at(rest, 1).is_some_and(|(n, _)| is_word_char(n))
                    {
                        break;
                    }
                }
                end += len;
            }
            let shape = shape_of(&text[start..end]);
            emit(start, end, shape);
            last_word = matches!(shape, Shape::Title | Shape::Caps | Shape::Lower);
            i = end;
        }
        out
    }

    fn cut_pieces(text: &str) -> Vec<(usize, usize, Shape, u64, u64, bool)> {
        let mut out = Vec::new();
        cut(text, |p, _| {
            out.push((p.start, p.end, p.shape, p.exact, p.folded, p.hyphen))
        });
        out
    }

    #[test]
    fn one_pass_cut_agrees_with_the_reference() {
        for text in [
            "",
            "Blair's view, O'Brien-Smith and AT&T's U.S. unit",
            "Lu’s speech 44's 3.5% 2013-12-11 end- x.’ 'x",
            "Zoë Ball naïve Ünal café’s ÅSA Ölund São Tomé",
            "分享按钮 0 习近平 Lu\u{85}Wei\u{a0}x\u{b}y\u{1c}z",
            "England 's , 'sa s' ’s",
        ] {
            assert_eq!(cut_pieces(text), cut_reference(text), "{text:?}");
        }
    }

    #[test]
    fn ascii_classes_agree_with_char() {
        for b in 0u8..128 {
            let c = b as char;
            let k = CLASS[b as usize];
            assert_eq!(k & SPACE != 0, c.is_whitespace(), "{b}");
            assert_eq!(k & ALNUM != 0, is_word_char(c), "{b}");
            assert_eq!(k & LOWER != 0, c.is_lowercase(), "{b}");
            assert_eq!(k & DIGIT != 0, c.is_numeric(), "{b}");
            assert_eq!(k & MARK != 0, matches!(c, '.' | '\'' | '-' | '&'), "{b}");
            if k & ALNUM != 0 {
                assert_eq!(b | 0x20, b.to_ascii_lowercase(), "{b}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn one_pass_cut_agrees_on_any_text(
            text in "[a-zA-Z0-9 .'’&\\-sé分Ü\n\t,]{0,40}|\\PC{0,40}"
        ) {
            proptest::prop_assert_eq!(cut_pieces(&text), cut_reference(&text));
        }
    }

    proptest::proptest! {
        /// The one-pass form hashing agrees with the tokenizer on any
        /// text, its marks and spacing included.
        #[test]
        fn form_hashes_agree_with_tokenize_on_any_text(
            form in "[a-zA-Z0-9 .'’&\\-,()\\[\\]/sé\t]{0,30}|\\PC{0,30}",
            folded in proptest::bool::ANY,
        ) {
            let mut got = Vec::new();
            form_hashes(&form, folded, &mut got);
            let want: Vec<u64> = tokenize(&form, None)
                .iter()
                .map(|t| if folded { t.folded } else { t.exact })
                .collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    fn surfaces(text: &str) -> Vec<&str> {
        tokenize(text, None)
            .iter()
            .map(|t| t.span.of(text))
            .collect()
    }

    #[test]
    fn words_punctuation_and_cjk() {
        struct Case {
            name: &'static str,
            text: &'static str,
            tokens: &'static [&'static str],
        }
        let cases = [
            Case {
                name: "possessive split",
                text: "Blair's view",
                tokens: &["Blair", "'s", "view"],
            },
            Case {
                name: "curly possessive",
                text: "Lu’s speech",
                tokens: &["Lu", "’s", "speech"],
            },
            Case {
                name: "inner apostrophe kept",
                text: "O'Brien",
                tokens: &["O'Brien"],
            },
            Case {
                name: "final dot separate",
                text: "Acme Inc.",
                tokens: &["Acme", "Inc", "."],
            },
            Case {
                name: "inner dots kept",
                text: "the U.S. Army",
                tokens: &["the", "U.S", ".", "Army"],
            },
            Case {
                name: "hyphen and ampersand",
                text: "Moon Jae-in, AT&T",
                tokens: &["Moon", "Jae-in", ",", "AT&T"],
            },
            Case {
                name: "cjk per character",
                text: "分享 Lu",
                tokens: &["分", "享", "Lu"],
            },
            Case {
                name: "tokenised spacing",
                text: "England 's",
                tokens: &["England", "'s"],
            },
        ];
        for c in cases {
            assert_eq!(surfaces(c.text), c.tokens, "case {}", c.name);
        }
    }

    #[test]
    fn form_hashes_agree_with_tokenize() {
        let forms = [
            "Barack Obama",
            "  Lu  Wei ",
            "G20",
            "U.S. Army",
            "Jae-in Moon",
            "AT&T",
            "O'Brien's",
            "Zoë Ball",
            "Acme Inc.",
            "Blair's view",
            "44's",
            "Cote d'Ivoire",
            "Bosnia and Herzegovina (country)",
            "São Tomé",
            "ÅSA Ölund",
            "习近平",
            "",
            "Washington, D.C.",
            "-x x- x.-y a.&b [Lu] (G20) 3.5% Jae-Noël",
            "Inc.Ltd & Co.-",
            "Lu\tWei",
        ];
        let mut got = Vec::new();
        for form in forms {
            for folded in [false, true] {
                form_hashes(form, folded, &mut got);
                let want: Vec<u64> = tokenize(form, None)
                    .iter()
                    .map(|t| if folded { t.folded } else { t.exact })
                    .collect();
                assert_eq!(got, want, "form {form:?}, folded {folded}");
            }
        }
    }

    #[test]
    fn shapes_and_hashes() {
        let t = tokenize("Lu ROK minister 44 , LU", None);
        let shapes: Vec<Shape> = t.iter().map(|t| t.shape).collect();
        use Shape::*;
        assert_eq!(shapes, [Title, Caps, Lower, Number, Punct, Caps]);
        assert_ne!(t[0].exact, t[5].exact, "exact hash is case-sensitive");
        assert_eq!(t[0].folded, t[5].folded, "folded hash ignores case");
    }
}
