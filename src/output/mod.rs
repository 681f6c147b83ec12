//! Output rows: the contract of quotes.csv, mentions.csv, entities.csv and
//! documents.csv, and their rendering as CSV or JSON.
//!
//! Reads an [`Article`] and its [`Analysis`] (byte spans); produces [`Rows`]
//! with code-point offsets (converted here, once) and renders them. Rows are
//! built and rendered by the worker threads, so the writer in `run` only
//! copies bytes in input order.

pub mod sqlite;

use serde::Serialize;

use crate::attribute::Quote;
use crate::entities::Mention;
use crate::read::Article;
use crate::resolve::Entity;
use crate::span::{CharIndex, Span};
use crate::Analysis;

pub const QUOTE_COLUMNS: &[&str] = &[
    "doc_id",
    "quote_id",
    "kind",
    "quote_start",
    "quote_end",
    "quote",
    "speaker",
    "speaker_id",
    "speaker_start",
    "speaker_end",
    "speaker_mention",
    "speaker_title",
    "speaker_institution",
    "cue",
    "cue_start",
    "cue_end",
    "method",
    "confidence",
];
pub const MENTION_COLUMNS: &[&str] = &[
    "doc_id",
    "mention_id",
    "type",
    "start",
    "end",
    "text",
    "canonical",
    "entity_id",
    "source",
];
pub const ENTITY_COLUMNS: &[&str] = &[
    "doc_id",
    "entity_id",
    "type",
    "canonical",
    "mentions",
    "quotes",
    "titles",
    "institutions",
    "attributes",
];
pub const DOCUMENT_COLUMNS: &[&str] = &[
    "doc_id",
    "source",
    "status",
    "chars",
    "paragraphs",
    "mentions",
    "quotes",
    "message",
];

/// One row of quotes.csv.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteRow {
    pub doc_id: String,
    pub quote_id: usize,
    pub kind: &'static str,
    pub quote_start: usize,
    pub quote_end: usize,
    pub quote: String,
    pub speaker: String,
    pub speaker_id: String,
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    pub speaker_mention: String,
    pub speaker_title: String,
    pub speaker_institution: String,
    pub cue: String,
    pub cue_start: Option<usize>,
    pub cue_end: Option<usize>,
    pub method: &'static str,
    pub confidence: f64,
}

/// One row of mentions.csv.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MentionRow {
    pub doc_id: String,
    pub mention_id: usize,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub canonical: String,
    pub entity_id: String,
    pub source: &'static str,
}

/// One row of entities.csv.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityRow {
    pub doc_id: String,
    pub entity_id: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub canonical: String,
    pub mentions: usize,
    pub quotes: usize,
    pub titles: String,
    pub institutions: String,
    pub attributes: String,
}

/// One row of documents.csv: every input record, good or bad.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentRow {
    pub doc_id: String,
    pub source: String,
    pub status: &'static str,
    pub chars: usize,
    pub paragraphs: usize,
    pub mentions: usize,
    pub quotes: usize,
    pub message: String,
}

/// All rows of one input record.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Rows {
    pub document: DocumentRow,
    pub quotes: Vec<QuoteRow>,
    pub mentions: Vec<MentionRow>,
    pub entities: Vec<EntityRow>,
}

fn entity_of<'a>(
    mentions: &[Mention],
    entities: &'a [Entity],
    m: Option<usize>,
) -> Option<&'a Entity> {
    m.and_then(|m| mentions[m].entity).map(|e| &entities[e])
}

impl Rows {
    /// Rows for an analysed article; offsets become code points here.
    pub fn new(article: &Article, analysis: &Analysis) -> Rows {
        let text = article.text.as_str();
        let idx = CharIndex::new(text);
        let doc_id = &article.id;
        let slice = |s: Span| s.of(text).to_string();
        let (mentions, entities) = (&analysis.mentions, &analysis.entities);
        let quotes: Vec<QuoteRow> = analysis
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q): (usize, &Quote)| {
                let (qs, qe) = idx.span(q.span);
                let speaker_entity = q
                    .speaker
                    .as_ref()
                    .and_then(|s| entity_of(mentions, entities, s.mention));
                let (ss, se) = match &q.speaker {
                    Some(s) => {
                        let (a, b) = idx.span(s.span);
                        (Some(a), Some(b))
                    }
                    None => (None, None),
                };
                let (cs, ce) = match q.cue {
                    Some(c) => {
                        let (a, b) = idx.span(c);
                        (Some(a), Some(b))
                    }
                    None => (None, None),
                };
                QuoteRow {
                    doc_id: doc_id.clone(),
                    quote_id: i + 1,
                    kind: q.kind.name(),
                    quote_start: qs,
                    quote_end: qe,
                    quote: slice(q.span),
                    speaker: speaker_entity
                        .map(|e| e.canonical.clone())
                        .unwrap_or_default(),
                    speaker_id: speaker_entity.map(|e| e.id.clone()).unwrap_or_default(),
                    speaker_start: ss,
                    speaker_end: se,
                    speaker_mention: q
                        .speaker
                        .as_ref()
                        .map(|s| slice(s.span))
                        .unwrap_or_default(),
                    speaker_title: speaker_entity
                        .map(|e| e.titles.join("; "))
                        .unwrap_or_default(),
                    speaker_institution: speaker_entity
                        .map(|e| e.institutions.join("; "))
                        .unwrap_or_default(),
                    cue: q.cue.map(slice).unwrap_or_default(),
                    cue_start: cs,
                    cue_end: ce,
                    method: q.method,
                    confidence: (q.confidence as f64 * 100.0).round() / 100.0,
                }
            })
            .collect();
        let mention_rows: Vec<MentionRow> = mentions
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let (s, e) = idx.span(m.span);
                let ent = m.entity.map(|e| &entities[e]);
                MentionRow {
                    doc_id: doc_id.clone(),
                    mention_id: i + 1,
                    kind: m.kind.name(),
                    start: s,
                    end: e,
                    text: slice(m.span),
                    canonical: ent.map_or_else(|| m.canonical.clone(), |e| e.canonical.clone()),
                    entity_id: ent.map(|e| e.id.clone()).unwrap_or_default(),
                    source: m.source.name(),
                }
            })
            .collect();
        let entity_rows: Vec<EntityRow> = entities
            .iter()
            .map(|e| EntityRow {
                doc_id: doc_id.clone(),
                entity_id: e.id.clone(),
                kind: e.kind.name(),
                canonical: e.canonical.clone(),
                mentions: e.mentions,
                quotes: e.quotes,
                titles: e.titles.join("; "),
                institutions: e.institutions.join("; "),
                attributes: e
                    .attributes
                    .iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
                    .join("; "),
            })
            .collect();
        Rows {
            document: DocumentRow {
                doc_id: doc_id.clone(),
                source: article.source.clone(),
                status: "ok",
                chars: idx.total(),
                paragraphs: analysis.segments.paragraphs.len(),
                mentions: mention_rows.len(),
                quotes: quotes.len(),
                message: document_message(article, analysis),
            },
            quotes,
            mentions: mention_rows,
            entities: entity_rows,
        }
    }

    /// Rows for a record that could not be read.
    pub fn bad(id: &str, source: &str, message: &str) -> Rows {
        Rows {
            document: DocumentRow {
                doc_id: id.to_string(),
                source: source.to_string(),
                status: "error",
                chars: 0,
                paragraphs: 0,
                mentions: 0,
                quotes: 0,
                message: message.to_string(),
            },
            quotes: vec![],
            mentions: vec![],
            entities: vec![],
        }
    }

    /// Make every text cell safe for spreadsheets (`--excel`): formula
    /// prefixes neutralised, cells cut at Excel's limit with a note.
    pub fn make_excel_safe(&mut self) {
        let mut cut = 0;
        let mut fix = |s: &mut String| cut += excel_cell(s) as usize;
        for q in &mut self.quotes {
            for s in [
                &mut q.doc_id,
                &mut q.quote,
                &mut q.speaker,
                &mut q.speaker_id,
                &mut q.speaker_mention,
                &mut q.speaker_title,
                &mut q.speaker_institution,
                &mut q.cue,
            ] {
                fix(s);
            }
        }
        for m in &mut self.mentions {
            for s in [
                &mut m.doc_id,
                &mut m.text,
                &mut m.canonical,
                &mut m.entity_id,
            ] {
                fix(s);
            }
        }
        for e in &mut self.entities {
            for s in [
                &mut e.doc_id,
                &mut e.entity_id,
                &mut e.canonical,
                &mut e.titles,
                &mut e.institutions,
                &mut e.attributes,
            ] {
                fix(s);
            }
        }
        let d = &mut self.document;
        if cut > 0 {
            let note = format!("--excel: {cut} cell(s) cut to {EXCEL_CELL_LIMIT} characters");
            if d.message.is_empty() {
                d.message = note;
            } else {
                d.message = format!("{}; {note}", d.message);
            }
        }
        for s in [&mut d.doc_id, &mut d.source, &mut d.message] {
            excel_cell(s);
        }
    }
}

/// Excel's limit on the characters of one cell. Excel counts UTF-16 code
/// units: a character outside the Basic Multilingual Plane (most emoji)
/// counts twice.
pub const EXCEL_CELL_LIMIT: usize = 32_767;

/// Neutralise a text cell for Excel; returns true when it had to be cut.
/// A leading `=`, `+`, `-`, `@`, tab or carriage return would start a
/// formula (CSV injection), so such cells get a leading `'`. A cell longer
/// than [`EXCEL_CELL_LIMIT`] UTF-16 units is cut on a character boundary.
pub fn excel_cell(s: &mut String) -> bool {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        s.insert(0, '\'');
    }
    // Each UTF-16 unit takes at least one UTF-8 byte: short cells are safe.
    if s.len() <= EXCEL_CELL_LIMIT {
        return false;
    }
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > EXCEL_CELL_LIMIT {
            s.truncate(i);
            return true;
        }
    }
    false
}

/// CSV bytes for the four tables of one record, without header rows.
#[derive(Default, Debug)]
pub struct CsvChunks {
    pub quotes: Vec<u8>,
    pub mentions: Vec<u8>,
    pub entities: Vec<u8>,
    pub documents: Vec<u8>,
}

/// A field must be quoted: it holds `,`, `"`, `\r` or `\n`. Most fields
/// are a few bytes (ids, offsets, kinds, names), where the set-up of a
/// vectorised search costs more than the search: those are read eight
/// bytes at a time (the last eight overlapping the ones before), and those
/// under eight bytes one byte at a time.
#[inline]
fn needs_quotes(b: &[u8]) -> bool {
    if b.len() >= 32 {
        return memchr::memchr3(b',', b'"', b'\n', b).is_some()
            || memchr::memchr(b'\r', b).is_some();
    }
    if b.len() < 8 {
        return b.iter().any(|&c| matches!(c, b',' | b'"' | b'\n' | b'\r'));
    }
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Some byte of `x` is `c`: the classic test for a zero byte, on `x`
    // with `c` cleared from every byte (exact for whether one is there).
    let has = |x: u64, c: u8| {
        let y = x ^ (ONES * c as u64);
        y.wrapping_sub(ONES) & !y & HIGHS != 0
    };
    let word = |w: &[u8]| {
        let x = u64::from_ne_bytes(w.try_into().expect("eight bytes"));
        has(x, b',') | has(x, b'"') | has(x, b'\n') | has(x, b'\r')
    };
    let mut chunks = b.chunks_exact(8);
    chunks.any(word) || word(&b[b.len() - 8..])
}

/// `00`, `01`, ... `99`: the two digits of every number below 100.
static DIGIT_PAIRS: [u8; 200] = digit_pairs();

const fn digit_pairs() -> [u8; 200] {
    let mut t = [0u8; 200];
    let mut i = 0;
    while i < 100 {
        t[2 * i] = b'0' + (i / 10) as u8;
        t[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    t
}

/// One text cell into `buf`, quoted only where it must be. A short cell
/// that needs no quotes (most: names, ids, offsets' neighbours) is
/// written inline; the rest goes out of line.
#[inline]
fn field(buf: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    if b.len() < 32 && !needs_quotes(b) {
        buf.extend_from_slice(b);
        return;
    }
    long_field(buf, b);
}

/// A cell of 32 bytes or more, or one that needs quotes.
#[inline(never)]
fn long_field(buf: &mut Vec<u8>, b: &[u8]) {
    if !needs_quotes(b) {
        buf.extend_from_slice(b);
        return;
    }
    buf.push(b'"');
    let mut rest = b;
    while let Some(i) = memchr::memchr(b'"', rest) {
        buf.extend_from_slice(&rest[..=i]);
        buf.push(b'"');
        rest = &rest[i + 1..];
    }
    buf.extend_from_slice(rest);
    buf.push(b'"');
}

/// A hand-written RFC 4180 writer into a reused buffer, byte-identical to
/// the `csv` crate's defaults (`QuoteStyle::Necessary`): a field is quoted
/// when it holds `,`, `"`, `\r` or `\n`, and inner quotes are doubled.
/// Going through serde and a fresh `csv::Writer` per table per article cost
/// more than the rest of the rendering.
///
/// Every cell is followed by a comma, and [`CsvOut::end`] turns the last
/// one into the line end: no flag to test and set per cell for the first
/// one (a row has at least one cell).
struct CsvOut<'a> {
    buf: &'a mut Vec<u8>,
    crlf: bool,
}

impl<'a> CsvOut<'a> {
    fn new(buf: &'a mut Vec<u8>, crlf: bool) -> CsvOut<'a> {
        CsvOut { buf, crlf }
    }

    fn sep(&mut self) {
        self.buf.push(b',');
    }

    fn text(&mut self, s: &str) {
        field(self.buf, s);
        self.sep();
    }

    /// A cell rendered before by [`field`]: the document id, which every
    /// row of the article repeats, is tested for quoting once.
    fn rendered(&mut self, cell: &[u8]) {
        self.buf.extend_from_slice(cell);
        self.sep();
    }

    /// A text cell already tested for quoting: `plain` when it needs no
    /// quotes.
    fn tested(&mut self, s: &str, plain: bool) {
        if plain {
            self.rendered(s.as_bytes());
        } else {
            self.text(s);
        }
    }

    /// The name of a kind or source (`person`, `dictionary`), which never
    /// needs quotes (a test holds every one of them so): written as it is.
    fn name(&mut self, name: &'static str) {
        debug_assert!(!needs_quotes(name.as_bytes()));
        self.rendered(name.as_bytes());
    }

    /// A text cell made of `parts` joined by `sep`, without building it.
    fn joined<S: AsRef<str>>(&mut self, parts: &[S], scratch: &mut String) {
        match parts {
            [] => self.text(""),
            [one] => self.text(one.as_ref()),
            _ => {
                scratch.clear();
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        scratch.push_str("; ");
                    }
                    scratch.push_str(p.as_ref());
                }
                self.text(scratch);
            }
        }
    }

    /// A number, two digits at a time (offsets and ids are most of the
    /// cells of mentions.csv).
    fn num(&mut self, n: usize) {
        self.digits(n);
        self.sep();
    }

    /// The digits of `n`.
    fn digits(&mut self, n: usize) {
        // Below 10,000 (ids, and the offsets of most articles) the digits
        // go straight into the buffer, a pair or a byte at a time: copies
        // of known length, without the array and the call to copy it.
        if n < 10_000 {
            let (high, low) = (n / 100, n % 100);
            if high > 0 {
                self.up_to_two_digits(high);
                self.pair(low);
            } else {
                self.up_to_two_digits(low);
            }
            return;
        }
        let mut tmp = [0u8; 20];
        let mut i = tmp.len();
        let mut n = n;
        while n >= 100 {
            let k = n % 100 * 2;
            n /= 100;
            i -= 2;
            tmp[i..i + 2].copy_from_slice(&DIGIT_PAIRS[k..k + 2]);
        }
        if n >= 10 {
            i -= 2;
            tmp[i..i + 2].copy_from_slice(&DIGIT_PAIRS[n * 2..n * 2 + 2]);
        } else {
            i -= 1;
            tmp[i] = b'0' + n as u8;
        }
        self.buf.extend_from_slice(&tmp[i..]);
    }

    /// `n` (below 100) with two digits, `07` for 7.
    fn pair(&mut self, n: usize) {
        self.buf.extend_from_slice(&DIGIT_PAIRS[2 * n..2 * n + 2]);
    }

    /// `n` (below 100) with one digit or two.
    fn up_to_two_digits(&mut self, n: usize) {
        if n < 10 {
            self.buf.push(b'0' + n as u8);
        } else {
            self.pair(n);
        }
    }

    fn opt(&mut self, n: Option<usize>) {
        match n {
            Some(n) => self.num(n),
            None => self.sep(),
        }
    }

    /// `serde` + `csv` print floats with `ryu`; for the finite values of a
    /// confidence (0.00..=1.00) Rust's shortest round-trip `{:?}` is the
    /// same text (`1.0`, `0.85`). The hundredths are looked up: formatting
    /// a float was a tenth of the quotes table.
    fn float(&mut self, x: f64) {
        use std::io::Write;
        static HUNDREDTHS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        let k = (x * 100.0).round();
        if (0.0..=100.0).contains(&k) && k / 100.0 == x && x.is_sign_positive() {
            let table = HUNDREDTHS.get_or_init(|| {
                (0..=100)
                    .map(|k| format!("{:?}", k as f64 / 100.0))
                    .collect()
            });
            self.buf.extend_from_slice(table[k as usize].as_bytes());
        } else {
            write!(self.buf, "{x:?}").expect("in-memory");
        }
        self.sep();
    }

    /// End the row: its last comma becomes the line end.
    fn end(&mut self) {
        let last = self.buf.last_mut().expect("a row has a cell");
        debug_assert_eq!(*last, b',');
        if self.crlf {
            *last = b'\r';
            self.buf.push(b'\n');
        } else {
            *last = b'\n';
        }
    }
}

fn quote_csv(w: &mut CsvOut, r: &QuoteRow) {
    w.text(&r.doc_id);
    w.num(r.quote_id);
    w.text(r.kind);
    w.num(r.quote_start);
    w.num(r.quote_end);
    w.text(&r.quote);
    w.text(&r.speaker);
    w.text(&r.speaker_id);
    w.opt(r.speaker_start);
    w.opt(r.speaker_end);
    w.text(&r.speaker_mention);
    w.text(&r.speaker_title);
    w.text(&r.speaker_institution);
    w.text(&r.cue);
    w.opt(r.cue_start);
    w.opt(r.cue_end);
    w.text(r.method);
    w.float(r.confidence);
    w.end();
}

fn mention_csv(w: &mut CsvOut, r: &MentionRow) {
    w.text(&r.doc_id);
    w.num(r.mention_id);
    w.text(r.kind);
    w.num(r.start);
    w.num(r.end);
    w.text(&r.text);
    w.text(&r.canonical);
    w.text(&r.entity_id);
    w.text(r.source);
    w.end();
}

fn entity_csv(w: &mut CsvOut, r: &EntityRow) {
    w.text(&r.doc_id);
    w.text(&r.entity_id);
    w.text(r.kind);
    w.text(&r.canonical);
    w.num(r.mentions);
    w.num(r.quotes);
    w.text(&r.titles);
    w.text(&r.institutions);
    w.text(&r.attributes);
    w.end();
}

fn document_csv(w: &mut CsvOut, r: &DocumentRow) {
    w.text(&r.doc_id);
    w.text(&r.source);
    w.text(r.status);
    w.num(r.chars);
    w.num(r.paragraphs);
    w.num(r.mentions);
    w.num(r.quotes);
    w.text(&r.message);
    w.end();
}

/// What `run` needs to know of a record besides its bytes.
pub struct CsvSummary {
    pub message: String,
    pub chars: usize,
    pub quotes: usize,
    pub mentions: usize,
    pub entities: usize,
}

/// CSV bytes of an analysed article rendered straight from the
/// [`Analysis`], without building [`Rows`] (no owned copy of each cell).
/// Gives the same bytes as `Rows::new(article, analysis).to_csv(false)`;
/// `--excel` goes through [`Rows`] because it rewrites cells.
pub fn csv_of(article: &Article, analysis: &Analysis) -> (CsvChunks, CsvSummary) {
    let text = article.text.as_str();
    let idx = CharIndex::new(text);
    let doc_id = article.id.as_str();
    let (mentions, entities) = (&analysis.mentions, &analysis.entities);
    // Sized once from what the rows will hold: growing four buffers row by
    // row reallocated (and copied) each several times per article.
    let quoted: usize = analysis.quotes.iter().map(|q| q.span.len()).sum();
    let mut out = CsvChunks {
        quotes: Vec::with_capacity(quoted + 256 * analysis.quotes.len()),
        mentions: Vec::with_capacity(128 * mentions.len()),
        entities: Vec::with_capacity(160 * entities.len()),
        documents: Vec::with_capacity(128 + doc_id.len() + article.source.len()),
    };
    // Joined titles and attributes; sized once (grown from empty in
    // most articles).
    let mut scratch = String::with_capacity(256);
    let mut doc_cell = Vec::with_capacity(doc_id.len() + 2);
    field(&mut doc_cell, doc_id);
    let w = &mut CsvOut::new(&mut out.quotes, false);
    for (i, q) in analysis.quotes.iter().enumerate() {
        let (qs, qe) = idx.span(q.span);
        let speaker_entity = q
            .speaker
            .as_ref()
            .and_then(|s| entity_of(mentions, entities, s.mention));
        w.rendered(&doc_cell);
        w.num(i + 1);
        w.name(q.kind.name());
        w.num(qs);
        w.num(qe);
        w.text(q.span.of(text));
        w.text(speaker_entity.map_or("", |e| e.canonical.as_str()));
        w.text(speaker_entity.map_or("", |e| e.id.as_str()));
        match &q.speaker {
            Some(s) => {
                let (a, b) = idx.span(s.span);
                w.num(a);
                w.num(b);
            }
            None => {
                w.opt(None);
                w.opt(None);
            }
        }
        w.text(q.speaker.as_ref().map_or("", |s| s.span.of(text)));
        match speaker_entity {
            Some(e) => {
                w.joined(&e.titles, &mut scratch);
                w.joined(&e.institutions, &mut scratch);
            }
            None => {
                w.text("");
                w.text("");
            }
        }
        match q.cue {
            Some(c) => {
                let (a, b) = idx.span(c);
                w.text(c.of(text));
                w.num(a);
                w.num(b);
            }
            None => {
                w.text("");
                w.opt(None);
                w.opt(None);
            }
        }
        w.text(q.method);
        w.float((q.confidence as f64 * 100.0).round() / 100.0);
        w.end();
    }
    // Whether each entity's canonical name and id need quotes, tested once
    // per entity instead of once per row that names it (the mentions of
    // an entity repeat both).
    let plain: Vec<(bool, bool)> = entities
        .iter()
        .map(|e| {
            (
                !needs_quotes(e.canonical.as_bytes()),
                !needs_quotes(e.id.as_bytes()),
            )
        })
        .collect();
    let w = &mut CsvOut::new(&mut out.mentions, false);
    for (i, m) in mentions.iter().enumerate() {
        let (s, e) = idx.span(m.span);
        w.rendered(&doc_cell);
        w.num(i + 1);
        w.name(m.kind.name());
        w.num(s);
        w.num(e);
        w.text(m.span.of(text));
        match m.entity {
            Some(e) => {
                w.tested(&entities[e].canonical, plain[e].0);
                w.tested(&entities[e].id, plain[e].1);
            }
            None => {
                w.text(&m.canonical);
                w.text("");
            }
        }
        w.name(m.source.name());
        w.end();
    }
    let w = &mut CsvOut::new(&mut out.entities, false);
    for (e, &(canonical_plain, id_plain)) in entities.iter().zip(&plain) {
        w.rendered(&doc_cell);
        w.tested(&e.id, id_plain);
        w.name(e.kind.name());
        w.tested(&e.canonical, canonical_plain);
        w.num(e.mentions);
        w.num(e.quotes);
        w.joined(&e.titles, &mut scratch);
        w.joined(&e.institutions, &mut scratch);
        scratch.clear();
        for (i, (k, v)) in e.attributes.iter().enumerate() {
            if i > 0 {
                scratch.push_str("; ");
            }
            scratch.push_str(k);
            scratch.push('=');
            scratch.push_str(v);
        }
        w.text(&scratch);
        w.end();
    }
    let message = document_message(article, analysis);
    let w = &mut CsvOut::new(&mut out.documents, false);
    let chars = idx.total();
    w.text(doc_id);
    w.text(&article.source);
    w.text("ok");
    w.num(chars);
    w.num(analysis.segments.paragraphs.len());
    w.num(mentions.len());
    w.num(analysis.quotes.len());
    w.text(&message);
    w.end();
    let summary = CsvSummary {
        message,
        chars,
        quotes: analysis.quotes.len(),
        mentions: mentions.len(),
        entities: entities.len(),
    };
    (out, summary)
}

/// documents.csv `message` of an analysed article.
fn document_message(article: &Article, analysis: &Analysis) -> String {
    let mut message: Vec<&str> = article.notes.iter().map(String::as_str).collect();
    if article.text.trim().is_empty() {
        // Not an error (the record was read), but a user counting
        // articles wants to know why this one yields nothing.
        message.push("empty text");
    }
    message.extend(analysis.notes.iter().map(String::as_str));
    message.join("; ")
}

impl Rows {
    pub fn to_csv(&self, excel: bool) -> CsvChunks {
        let mut c = CsvChunks::default();
        let w = &mut CsvOut::new(&mut c.quotes, excel);
        self.quotes.iter().for_each(|r| quote_csv(w, r));
        let w = &mut CsvOut::new(&mut c.mentions, excel);
        self.mentions.iter().for_each(|r| mention_csv(w, r));
        let w = &mut CsvOut::new(&mut c.entities, excel);
        self.entities.iter().for_each(|r| entity_csv(w, r));
        document_csv(&mut CsvOut::new(&mut c.documents, excel), &self.document);
        c
    }

    /// One JSON line for stdout mode: the document fields, then the rows of
    /// each table nested under the article.
    pub fn to_json_line(&self) -> Vec<u8> {
        #[derive(Serialize)]
        struct Line<'a> {
            doc_id: &'a str,
            #[serde(flatten)]
            rows: &'a Rows,
        }
        let line = Line {
            doc_id: &self.document.doc_id,
            rows: self,
        };
        let mut v = serde_json::to_vec(&line).expect("rows serialize");
        v.push(b'\n');
        v
    }
}

/// A header line for a table.
pub fn header(columns: &[&str], excel: bool) -> Vec<u8> {
    let mut buf = Vec::new();
    let mut w = CsvOut::new(&mut buf, excel);
    columns.iter().for_each(|c| w.text(c));
    w.end();
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_quotes_at_any_length_and_place() {
        for len in 0..40 {
            let plain = vec![b'a'; len];
            assert!(!needs_quotes(&plain), "{len}");
            for at in 0..len {
                for c in [b',', b'"', b'\n', b'\r', b'\t', b';', 0x80, 0xAC] {
                    let mut b = plain.clone();
                    b[at] = c;
                    let want = matches!(c, b',' | b'"' | b'\n' | b'\r');
                    assert_eq!(needs_quotes(&b), want, "{len} {at} {c}");
                }
            }
        }
    }

    #[test]
    fn kind_and_source_names_need_no_quotes() {
        use crate::attribute::QuoteKind;
        use crate::entities::{MentionKind, Source};
        let names = [
            QuoteKind::Direct.name(),
            QuoteKind::Partial.name(),
            QuoteKind::Indirect.name(),
            MentionKind::Person.name(),
            MentionKind::Title.name(),
            MentionKind::Institution.name(),
            MentionKind::Place.name(),
            Source::Dictionary.name(),
            Source::Pattern.name(),
            Source::Coreference.name(),
        ];
        for name in names {
            assert!(!needs_quotes(name.as_bytes()), "{name}");
        }
    }

    #[test]
    fn numbers_print_as_display_does() {
        let mut got = Vec::new();
        let mut want = String::new();
        let mut w = CsvOut::new(&mut got, false);
        let mut n = 1;
        for k in [
            0,
            5,
            9,
            10,
            11,
            42,
            99,
            100,
            101,
            109,
            110,
            999,
            1_000,
            1_005,
            1_050,
            9_999,
            10_000,
            12_345,
            usize::MAX,
        ] {
            w.num(k);
            w.num(n);
            want.push_str(&format!("{},{}\n", k, n));
            w.end();
            n = n * 7 + 3;
        }
        assert_eq!(String::from_utf8(got).unwrap(), want);
    }

    #[test]
    fn excel_cells() {
        let cases = [
            ("formula", "=1+2", "'=1+2"),
            ("plus", "+x", "'+x"),
            ("minus", "-x", "'-x"),
            ("at", "@x", "'@x"),
            ("tab", "\tx", "'\tx"),
            ("plain", "Lu Wei", "Lu Wei"),
            ("inner equals", "a=b", "a=b"),
        ];
        for (name, input, want) in cases {
            let mut s = input.to_string();
            assert!(!excel_cell(&mut s));
            assert_eq!(s, want, "case {name}");
        }
        let mut long = "é".repeat(EXCEL_CELL_LIMIT + 5);
        assert!(excel_cell(&mut long));
        assert_eq!(long.chars().count(), EXCEL_CELL_LIMIT);
        let mut exact = "é".repeat(EXCEL_CELL_LIMIT);
        assert!(!excel_cell(&mut exact), "exactly at the limit is not cut");
        // Emoji count as two UTF-16 units in Excel's limit; the cut never
        // splits one.
        let mut emoji = "a".to_string() + &"🙂".repeat(EXCEL_CELL_LIMIT);
        assert!(excel_cell(&mut emoji));
        assert_eq!(emoji.encode_utf16().count(), EXCEL_CELL_LIMIT);
        let mut formula_long = "=".repeat(EXCEL_CELL_LIMIT);
        assert!(excel_cell(&mut formula_long), "the ' prefix counts");
        assert!(formula_long.starts_with("'="));
        assert_eq!(formula_long.len(), EXCEL_CELL_LIMIT);
    }

    #[test]
    fn hand_written_csv_matches_the_csv_crate() {
        let cells = [
            ("plain", "Lu Wei"),
            ("empty", ""),
            ("comma", "a, b"),
            ("quote", "he said \"no\""),
            ("only quote", "\""),
            ("newline", "line\nbreak"),
            ("carriage return", "a\rb"),
            ("crlf", "a\r\nb"),
            ("unicode", "Zoë “quoted” 🙂"),
            ("hash", "#tag"),
            ("spaces", "  padded  "),
        ];
        for excel in [false, true] {
            for (name, cell) in cells {
                let mut want = csv::WriterBuilder::new()
                    .has_headers(false)
                    .flexible(true)
                    .terminator(if excel {
                        csv::Terminator::CRLF
                    } else {
                        csv::Terminator::Any(b'\n')
                    })
                    .from_writer(Vec::new());
                want.write_record([cell, "x", cell]).unwrap();
                want.serialize((7usize, Option::<usize>::None, 0.85f64, 1.0f64))
                    .unwrap();
                let want = want.into_inner().unwrap();
                let mut got = Vec::new();
                let mut w = CsvOut::new(&mut got, excel);
                w.text(cell);
                w.text("x");
                w.text(cell);
                w.end();
                w.num(7);
                w.opt(None);
                w.float(0.85);
                w.float(1.0);
                w.end();
                assert_eq!(got, want, "case {name}, excel {excel}");
            }
        }
    }

    #[test]
    fn columns_match_row_fields() {
        let rows = Rows::bad("d", "f:1", "m");
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(&rows.document).unwrap();
        let out = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(out.lines().next().unwrap(), DOCUMENT_COLUMNS.join(","));
    }
}
