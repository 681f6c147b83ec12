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
        let mut message: Vec<String> = article.notes.clone();
        if text.trim().is_empty() {
            // Not an error (the record was read), but a user counting
            // articles wants to know why this one yields nothing.
            message.push("empty text".into());
        }
        message.extend(analysis.notes.iter().cloned());
        Rows {
            document: DocumentRow {
                doc_id: doc_id.clone(),
                source: article.source.clone(),
                status: "ok",
                chars: idx.total(),
                paragraphs: analysis.segments.paragraphs.len(),
                mentions: mention_rows.len(),
                quotes: quotes.len(),
                message: message.join("; "),
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

fn csv_writer(excel: bool) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(if excel {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(Vec::new())
}

fn to_csv<T: Serialize>(rows: impl IntoIterator<Item = T>, excel: bool) -> Vec<u8> {
    let mut w = csv_writer(excel);
    for r in rows {
        w.serialize(r)
            .expect("rows serialize to an in-memory buffer");
    }
    w.into_inner().expect("in-memory buffer")
}

impl Rows {
    pub fn to_csv(&self, excel: bool) -> CsvChunks {
        CsvChunks {
            quotes: to_csv(&self.quotes, excel),
            mentions: to_csv(&self.mentions, excel),
            entities: to_csv(&self.entities, excel),
            documents: to_csv([&self.document], excel),
        }
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
    let mut w = csv_writer(excel);
    w.write_record(columns).expect("in-memory");
    w.into_inner().expect("in-memory")
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn columns_match_row_fields() {
        let rows = Rows::bad("d", "f:1", "m");
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(&rows.document).unwrap();
        let out = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(out.lines().next().unwrap(), DOCUMENT_COLUMNS.join(","));
    }
}
