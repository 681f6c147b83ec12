//! Byte spans into the unmodified article text, and their conversion to
//! Unicode code-point offsets.
//!
//! Every stage works in byte offsets (cheap to slice, no re-encoding). The
//! output contract speaks code points (Python's `text[start:end]`), so the
//! writer converts once per article with a [`CharIndex`].

use serde::Serialize;

/// A half-open byte range `start..end` into an article's text. Both ends lie
/// on `char` boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// The text this span covers.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Shrink the span so it holds no leading or trailing whitespace.
    pub fn trim(self, text: &str) -> Span {
        let s = self.of(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

/// Converts byte offsets of one text to code-point offsets.
///
/// Built once per article at output time. For pure-ASCII text (most news)
/// it is the identity and costs nothing; otherwise it keeps the code-point
/// count at every [`BLOCK`]-byte boundary, so each lookup scans at most one
/// block and a 20 MB article with many spans stays linear.
pub struct CharIndex<'a> {
    text: &'a str,
    /// `blocks[i]` = code points in `text[..i * BLOCK]`; empty for ASCII.
    blocks: Vec<usize>,
}

// 32 bytes: a lookup scans at most one block, and output looks up two
// offsets per mention and quote (256-byte blocks cost 1% of a run on
// bbc.jsonl, whose articles are not ASCII; 64-byte blocks 0.3% more
// instructions than 32 on bbc 1,500, 16-byte ones hardly fewer); the
// table is a quarter of the text.
const BLOCK: usize = 32;

fn count_chars(bytes: &[u8]) -> usize {
    // Nearly every block of news text is ASCII even where the article is
    // not (a `£` or curly quotes here and there): `is_ascii` reads a word
    // at a time, where the count reads a byte at a time.
    if bytes.is_ascii() {
        return bytes.len();
    }
    // A byte starts a code point unless it is a continuation byte 10xxxxxx.
    // Eight bytes at a time: bit 7 of each byte of `x & !(x << 1)` is set
    // for a continuation byte (bit 7 set, bit 6 clear), and the multiply
    // adds the eight flags up in the top byte (a byte-wise count was 0.9%
    // of a run on bbc 1,500, whose articles are not ASCII).
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    let mut chunks = bytes.chunks_exact(8);
    let mut continuations = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let flags = (x & !(x << 1) & HIGHS) >> 7;
        continuations += (flags.wrapping_mul(ONES) >> 56) as usize;
    }
    let rest = chunks.remainder();
    bytes.len() - continuations - rest.iter().filter(|&&b| (b as i8) < -0x40).count()
}

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> CharIndex<'a> {
        let mut blocks = Vec::new();
        if !text.is_ascii() {
            blocks.reserve_exact(text.len() / BLOCK + 2);
            let mut total = 0;
            blocks.push(0);
            for chunk in text.as_bytes().chunks(BLOCK) {
                total += count_chars(chunk);
                blocks.push(total);
            }
        }
        CharIndex { text, blocks }
    }

    /// Code-point offset of byte offset `byte` (a char boundary).
    pub fn chars(&self, byte: usize) -> usize {
        if self.blocks.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        self.blocks[block] + count_chars(&self.text.as_bytes()[block * BLOCK..byte])
    }

    /// Code-point offsets of a span.
    pub fn span(&self, span: Span) -> (usize, usize) {
        (self.chars(span.start), self.chars(span.end))
    }

    /// Number of code points in the whole text.
    pub fn total(&self) -> usize {
        self.chars(self.text.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_python_slicing() {
        struct Case {
            name: &'static str,
            text: &'static str,
            byte: Span,
            chars: (usize, usize),
        }
        let cases = [
            Case {
                name: "ascii",
                text: "Lu said hi",
                byte: Span::new(0, 2),
                chars: (0, 2),
            },
            Case {
                name: "curly quotes before",
                text: "“Hi,” Lu said",
                byte: Span::new(9, 11),
                chars: (5, 7),
            },
            Case {
                name: "cjk",
                text: "分享按钮 Lu",
                byte: Span::new(13, 15),
                chars: (5, 7),
            },
            Case {
                name: "empty at end",
                text: "é",
                byte: Span::new(2, 2),
                chars: (1, 1),
            },
        ];
        for c in cases {
            let idx = CharIndex::new(c.text);
            assert_eq!(idx.span(c.byte), c.chars, "case {}", c.name);
        }
    }

    #[test]
    fn char_counts_agree_with_chars() {
        let text = "“Hi,” Lu said: 分享按钮 é ñ 𝄞 naïve Ünal — café’s ok";
        for a in 0..=text.len() {
            for b in a..=text.len() {
                let bytes = &text.as_bytes()[a..b];
                let want = bytes.iter().filter(|&&c| (c as i8) >= -0x40).count();
                assert_eq!(count_chars(bytes), want, "{a}..{b}");
            }
        }
    }

    #[test]
    fn trim_drops_outer_whitespace() {
        let text = "  a b \n";
        assert_eq!(Span::new(0, text.len()).trim(text), Span::new(2, 5));
        assert_eq!(Span::new(0, 2).trim(text), Span::new(0, 0));
    }
}
