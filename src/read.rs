//! Reading: input files and stdin to a stream of [`Record`]s.
//!
//! Each INPUT is a file or a directory (walked recursively, sorted). By
//! extension, after stripping `.gz` / `.zst` (decompressed transparently):
//! `.txt` is one article per file; `.jsonl` / `.ndjson` one article per
//! line; `.csv` / `.tsv` one per row after a header row. `-` (or no input)
//! reads JSONL from stdin. A bad record becomes [`Record::Bad`] with a
//! `FILE:LINE: what is wrong` message; it never stops the stream.
//!
//! Produces records for `run`, which hands articles to the pipeline.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};

/// One article to analyse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    pub id: String,
    /// Where it came from: `FILE:LINE` or the file.
    pub source: String,
    pub text: String,
    /// Notes for documents.csv `message` (e.g. lossy UTF-8 decoding).
    pub notes: Vec<String>,
}

/// A record of the input: an article, or one that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    Article(Article),
    Bad {
        id: String,
        source: String,
        message: String,
    },
}

impl Record {
    pub fn id(&self) -> &str {
        match self {
            Record::Article(a) => &a.id,
            Record::Bad { id, .. } => id,
        }
    }
}

/// How records are read.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    pub id_field: String,
    /// Text field names tried in order.
    pub text_fields: Vec<String>,
    /// Paths a directory walk leaves out: the run's own output, so that
    /// `extract corpus --out corpus/out` run twice does not read its CSVs
    /// (or its SQLite file) back as articles.
    pub skip: Vec<PathBuf>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            id_field: "id".into(),
            text_fields: ["text", "maintext", "body", "content"]
                .map(String::from)
                .to_vec(),
            skip: Vec::new(),
        }
    }
}

impl ReadOptions {
    /// `--text-field NAME`: that field first, then the usual fallbacks.
    pub fn with_text_field(mut self, name: &str) -> Self {
        self.text_fields.retain(|f| f != name);
        self.text_fields.insert(0, name.to_string());
        self
    }
}

/// The formats a file can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Jsonl,
    Csv,
    Tsv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

/// One input file to read, with the id its `.txt` article gets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputFile {
    /// `None` for stdin.
    pub path: Option<PathBuf>,
    pub format: Format,
    pub compression: Compression,
    /// The id for a `.txt` article: path relative to the directory
    /// argument, or the file name.
    pub txt_id: String,
}

impl InputFile {
    pub fn display(&self) -> String {
        match &self.path {
            Some(p) => p.display().to_string(),
            None => "<stdin>".into(),
        }
    }
}

/// Format and compression from a file name; `None` when not an input type.
pub fn classify(name: &str) -> Option<(Format, Compression)> {
    let lower = name.to_ascii_lowercase();
    let (stem, compression) = if let Some(s) = lower.strip_suffix(".gz") {
        (s.to_string(), Compression::Gzip)
    } else if let Some(s) = lower.strip_suffix(".zst") {
        (s.to_string(), Compression::Zstd)
    } else {
        (lower, Compression::None)
    };
    let ext = stem.rsplit_once('.').map(|(_, e)| e)?;
    let format = match ext {
        "txt" => Format::Text,
        "jsonl" | "ndjson" | "json" => Format::Jsonl,
        "csv" => Format::Csv,
        "tsv" => Format::Tsv,
        _ => return None,
    };
    Some((format, compression))
}

/// One entry of the expanded INPUT list: a file to read, or a path that
/// could not be listed (kept in its place so documents.csv follows the
/// input order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    File(InputFile),
    Bad(Record),
}

/// Expand the INPUT arguments to files, in order. Directories are walked
/// recursively in sorted order and keep only files of known types; a file
/// named directly with an unknown extension is read as text. Problems
/// (missing paths, unreadable directories) become bad records in their
/// place. A walk leaves out the paths in `skip` (compared after
/// canonicalising, so `out` and `./out` are the same); a path named
/// directly is always read.
pub fn expand_inputs(inputs: &[PathBuf], skip: &[PathBuf]) -> Vec<Input> {
    let skip: Vec<PathBuf> = skip
        .iter()
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .collect();
    let mut files = Vec::new();
    if inputs.is_empty() {
        files.push(Input::File(stdin_input()));
    }
    for input in inputs {
        if input.as_os_str() == "-" {
            files.push(Input::File(stdin_input()));
            continue;
        }
        match std::fs::metadata(input) {
            Ok(m) if m.is_dir() => walk(input, input, &skip, &mut files),
            Ok(_) => {
                let name = input
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let (format, compression) =
                    classify(&name).unwrap_or((Format::Text, Compression::None));
                files.push(Input::File(InputFile {
                    path: Some(input.clone()),
                    format,
                    compression,
                    txt_id: name,
                }));
            }
            Err(e) => files.push(Input::Bad(bad_file(input, &e.to_string()))),
        }
    }
    files
}

fn stdin_input() -> InputFile {
    InputFile {
        path: None,
        format: Format::Jsonl,
        compression: Compression::None,
        txt_id: "<stdin>".into(),
    }
}

fn bad_file(path: &Path, message: &str) -> Record {
    let p = path.display().to_string();
    Record::Bad {
        id: p.clone(),
        source: p.clone(),
        message: format!("{p}: {message}"),
    }
}

fn walk(root: &Path, dir: &Path, skip: &[PathBuf], files: &mut Vec<Input>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            files.push(Input::Bad(bad_file(dir, &e.to_string())));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if !skip.is_empty() && std::fs::canonicalize(&path).is_ok_and(|c| skip.contains(&c)) {
            continue;
        }
        if path.is_dir() {
            if !is_whosaid_output(&path) {
                walk(root, &path, skip, files);
            }
            continue;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        if let Some((format, compression)) = classify(&name) {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let txt_id = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.push(Input::File(InputFile {
                path: Some(path),
                format,
                compression,
                txt_id,
            }));
        }
    }
}

/// A directory holding whosaid's own `manifest.json` is an earlier run's
/// output (its CSVs are no articles): a walk leaves it out.
fn is_whosaid_output(dir: &Path) -> bool {
    let Ok(mut f) = std::fs::File::open(dir.join("manifest.json")) else {
        return false;
    };
    let mut head = [0u8; 256];
    let n = std::io::Read::read(&mut f, &mut head).unwrap_or(0);
    let head = String::from_utf8_lossy(&head[..n]);
    head.contains("\"tool\"") && head.contains("\"whosaid\"")
}

/// Counts raw bytes read from a file (before decompression), for progress.
struct Counting<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Open a file (or stdin), decompressing as its name says.
pub fn open(file: &InputFile, counter: Arc<AtomicU64>) -> io::Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = match &file.path {
        Some(p) => Box::new(File::open(p)?),
        None => Box::new(io::stdin()),
    };
    let counted = Counting {
        inner: raw,
        counter,
    };
    Ok(match file.compression {
        Compression::None => Box::new(BufReader::with_capacity(1 << 16, counted)),
        Compression::Gzip => Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::read::MultiGzDecoder::new(BufReader::new(counted)),
        )),
        Compression::Zstd => Box::new(BufReader::with_capacity(
            1 << 16,
            zstd::Decoder::new(counted)?,
        )),
    })
}

/// Decode bytes as UTF-8, lossily, noting when bytes were replaced.
pub fn decode(bytes: Vec<u8>, notes: &mut Vec<String>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            notes.push("invalid UTF-8 decoded lossily (bad bytes replaced by U+FFFD)".into());
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    }
}

/// Heuristic for "a binary file given by mistake": NUL bytes plus many
/// other control bytes in the first 8 KiB.
pub fn looks_binary(head: &[u8]) -> bool {
    let head = &head[..head.len().min(8192)];
    if !head.contains(&0) {
        return false;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t'))
        .count();
    control * 10 > head.len()
}

/// Read every record of one file, calling `emit` for each in order.
pub fn read_file(
    file: &InputFile,
    opts: &ReadOptions,
    counter: Arc<AtomicU64>,
    emit: &mut dyn FnMut(Record),
) {
    let name = file.display();
    match open(file, counter) {
        Ok(reader) => read_records(file, reader, opts, emit),
        Err(e) => emit(Record::Bad {
            id: name.clone(),
            source: name.clone(),
            message: format!("{name}: {e}"),
        }),
    }
}

/// Read every record from an already opened (and decompressed) reader, in
/// the format of `file`; `file.path` only names the records. Used by
/// [`read_file`], and by the fuzz targets with in-memory bytes.
pub fn read_records(
    file: &InputFile,
    reader: Box<dyn BufRead + Send>,
    opts: &ReadOptions,
    emit: &mut dyn FnMut(Record),
) {
    let name = file.display();
    match file.format {
        Format::Text => read_text(file, reader, emit),
        Format::Jsonl => read_jsonl(&name, reader, opts, emit),
        Format::Csv => read_delimited(&name, reader, b',', opts, emit),
        Format::Tsv => read_delimited(&name, reader, b'\t', opts, emit),
    }
}

fn read_text(file: &InputFile, mut reader: Box<dyn BufRead + Send>, emit: &mut dyn FnMut(Record)) {
    let name = file.display();
    let mut bytes = Vec::new();
    if let Err(e) = reader.read_to_end(&mut bytes) {
        emit(Record::Bad {
            id: file.txt_id.clone(),
            source: name.clone(),
            message: format!("{name}: read error: {e}"),
        });
        return;
    }
    if looks_binary(&bytes) {
        emit(Record::Bad {
            id: file.txt_id.clone(),
            source: name.clone(),
            message: format!("{name}: looks like a binary file, not text"),
        });
        return;
    }
    let mut notes = Vec::new();
    let mut text = decode(bytes, &mut notes);
    if text.starts_with('\u{feff}') {
        text.drain(..3);
        notes.push("byte-order mark removed".into());
    }
    emit(Record::Article(Article {
        id: file.txt_id.clone(),
        source: name,
        text,
        notes,
    }));
}

/// The id and text fields of a JSON record, the rest skipped unparsed.
struct JsonFields {
    id: Option<serde_json::Value>,
    /// Text values by position in `ReadOptions::text_fields`.
    texts: Vec<Option<serde_json::Value>>,
}

struct FieldsSeed<'a>(&'a ReadOptions);

impl<'de> de::DeserializeSeed<'de> for FieldsSeed<'_> {
    type Value = JsonFields;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<JsonFields, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FieldsSeed<'_> {
    type Value = JsonFields;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonFields, A::Error> {
        let mut out = JsonFields {
            id: None,
            texts: vec![None; self.0.text_fields.len()],
        };
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == self.0.id_field.as_str() {
                out.id = Some(map.next_value()?);
            } else if let Some(i) = self.0.text_fields.iter().position(|f| f.as_str() == key) {
                out.texts[i] = Some(map.next_value()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(out)
    }
}

/// An id value as text: strings as they are, numbers in decimal.
fn id_text(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) if !s.is_empty() => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn read_jsonl(
    name: &str,
    mut reader: Box<dyn BufRead + Send>,
    opts: &ReadOptions,
    emit: &mut dyn FnMut(Record),
) {
    let mut line = Vec::new();
    let mut lineno = 0;
    loop {
        line.clear();
        lineno += 1;
        let source = format!("{name}:{lineno}");
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                emit(Record::Bad {
                    id: source.clone(),
                    source: source.clone(),
                    message: format!("{source}: read error: {e}"),
                });
                break;
            }
        }
        let mut notes = Vec::new();
        let raw = std::mem::take(&mut line);
        let text = decode(raw, &mut notes);
        let mut trimmed = text.trim();
        if lineno == 1 {
            trimmed = trimmed.trim_start_matches('\u{feff}');
        }
        if trimmed.is_empty() {
            continue;
        }
        emit(json_record(trimmed, &source, opts, notes));
    }
}

/// One JSONL line to a record.
pub fn json_record(line: &str, source: &str, opts: &ReadOptions, notes: Vec<String>) -> Record {
    let bad = |id: String, message: String| Record::Bad {
        id,
        source: source.to_string(),
        message: format!("{source}: {message}"),
    };
    let mut de = serde_json::Deserializer::from_str(line);
    let mut fields = match de::DeserializeSeed::deserialize(FieldsSeed(opts), &mut de)
        .and_then(|f| de.end().map(|_| f))
    {
        Ok(f) => f,
        Err(e) => return bad(source.to_string(), format!("invalid JSON: {e}")),
    };
    let id = fields
        .id
        .as_ref()
        .and_then(id_text)
        .unwrap_or_else(|| source.to_string());
    // The text is moved out of the parsed value, not copied.
    let Some((i, value)) = fields
        .texts
        .iter_mut()
        .enumerate()
        .find_map(|(i, v)| v.take().map(|v| (i, v)))
    else {
        let tried = opts.text_fields.join("`, `");
        return bad(id, format!("no text field (tried `{tried}`)"));
    };
    match value {
        serde_json::Value::String(text) => Record::Article(Article {
            id,
            source: source.to_string(),
            text,
            notes,
        }),
        serde_json::Value::Null => bad(id, format!("text field `{}` is null", opts.text_fields[i])),
        other => bad(
            id,
            format!(
                "text field `{}` is not a string but {}",
                opts.text_fields[i],
                json_type(&other)
            ),
        ),
    }
}

fn json_type(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

fn read_delimited(
    name: &str,
    reader: Box<dyn BufRead + Send>,
    delimiter: u8,
    opts: &ReadOptions,
    emit: &mut dyn FnMut(Record),
) {
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(reader);
    let header = match csv.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            emit(Record::Bad {
                id: format!("{name}:1"),
                source: format!("{name}:1"),
                message: format!("{name}:1: cannot read the header row: {e}"),
            });
            return;
        }
    };
    let col = |n: &str| {
        header.iter().position(|h| {
            h == n.as_bytes() || h.strip_prefix(b"\xef\xbb\xbf") == Some(n.as_bytes())
        })
    };
    let id_col = col(&opts.id_field);
    let text_col = opts
        .text_fields
        .iter()
        .find_map(|f| col(f).map(|c| (c, f.clone())));
    let mut record = csv::ByteRecord::new();
    loop {
        let line = csv.position().line();
        let source = format!("{name}:{line}");
        match csv.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let fatal = matches!(e.kind(), csv::ErrorKind::Io(_));
                emit(Record::Bad {
                    id: source.clone(),
                    source: source.clone(),
                    message: format!("{source}: {e}"),
                });
                if fatal {
                    break;
                }
                continue;
            }
        }
        let mut notes = Vec::new();
        let id = id_col
            .and_then(|c| record.get(c))
            .map(|b| decode(b.to_vec(), &mut notes))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| source.clone());
        let Some((c, field)) = &text_col else {
            let tried = opts.text_fields.join("`, `");
            emit(Record::Bad {
                id,
                source: source.clone(),
                message: format!("{source}: no text column (tried `{tried}`)"),
            });
            continue;
        };
        match record.get(*c) {
            Some(b) => {
                let text = decode(b.to_vec(), &mut notes);
                emit(Record::Article(Article {
                    id,
                    source,
                    text,
                    notes,
                }))
            }
            None => emit(Record::Bad {
                id,
                source: source.clone(),
                message: format!("{source}: row has no `{field}` field"),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jsonl(line: &str) -> Record {
        json_record(line, "f.jsonl:3", &ReadOptions::default(), vec![])
    }

    #[test]
    fn json_record_cases() {
        let art = |id: &str, text: &str| {
            Record::Article(Article {
                id: id.into(),
                source: "f.jsonl:3".into(),
                text: text.into(),
                notes: vec![],
            })
        };
        let bad = |id: &str, m: &str| Record::Bad {
            id: id.into(),
            source: "f.jsonl:3".into(),
            message: format!("f.jsonl:3: {m}"),
        };
        let cases = [
            ("plain", r#"{"id":"a","text":"T"}"#, art("a", "T")),
            ("numeric id", r#"{"id":42,"text":"T"}"#, art("42", "T")),
            ("no id", r#"{"text":"T"}"#, art("f.jsonl:3", "T")),
            (
                "fallback maintext",
                r#"{"id":"a","maintext":"M","body":"B"}"#,
                art("a", "M"),
            ),
            (
                "text wins over body",
                r#"{"id":"a","body":"B","text":"T"}"#,
                art("a", "T"),
            ),
            (
                "extra fields skipped",
                r#"{"id":"a","quotes":[{"x":1}],"text":"T"}"#,
                art("a", "T"),
            ),
            (
                "null text",
                r#"{"id":"a","text":null}"#,
                bad("a", "text field `text` is null"),
            ),
            (
                "numeric text",
                r#"{"id":"a","text":5}"#,
                bad("a", "text field `text` is not a string but a number"),
            ),
            (
                "missing text",
                r#"{"id":"a"}"#,
                bad(
                    "a",
                    "no text field (tried `text`, `maintext`, `body`, `content`)",
                ),
            ),
        ];
        for (name, line, want) in cases {
            assert_eq!(jsonl(line), want, "case {name}");
        }
        assert!(
            matches!(jsonl("{not json"), Record::Bad { message, .. } if message.starts_with("f.jsonl:3: invalid JSON"))
        );
        assert!(
            matches!(jsonl("[1,2]"), Record::Bad { message, .. } if message.starts_with("f.jsonl:3: invalid JSON"))
        );
    }

    #[test]
    fn classify_cases() {
        let cases = [
            ("a.txt", Some((Format::Text, Compression::None))),
            ("a.JSONL.gz", Some((Format::Jsonl, Compression::Gzip))),
            ("a.ndjson.zst", Some((Format::Jsonl, Compression::Zstd))),
            ("a.tsv", Some((Format::Tsv, Compression::None))),
            ("a.csv.gz", Some((Format::Csv, Compression::Gzip))),
            ("a.pdf", None),
            ("README", None),
        ];
        for (name, want) in cases {
            assert_eq!(classify(name), want, "case {name}");
        }
    }

    #[test]
    fn binary_detection() {
        assert!(!looks_binary(b"plain text\n"));
        assert!(!looks_binary(
            b"text with one \0 NUL byte in a long enough line of text"
        ));
        assert!(looks_binary(&[0u8, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0]));
    }
}
