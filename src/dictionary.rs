//! Dictionary files: loading, validation, and the embedded defaults.
//!
//! Reads UTF-8 TSV files in the format of `dictionaries/README.md` (header
//! row with `name` and `type`, optional `id` and `aliases`, any other column
//! an attribute; `#` comment lines) and produces [`Dictionaries`], the
//! validated entry list every matcher (`entities`, `cues`) is built from.
//! Every problem in every file is collected and reported at once as
//! `path:line: message`; a run with a broken dictionary does not start.

use std::borrow::Cow;
use std::path::Path;
use std::sync::OnceLock;

use crate::error::{DictionaryProblem, Error};

mod parse;

pub use parse::{fnv1a, Attributes, Entry, Fnv, Kind, Origin, Text};

/// Index of an entry in [`Dictionaries::entries`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(pub u32);

/// Summary of one loaded file, for the manifest.
#[derive(Clone, Debug, serde::Serialize)]
pub struct SourceFile {
    pub path: String,
    pub entries: usize,
    /// FNV-1a 64-bit hash of the file bytes, hex.
    pub hash: String,
}

/// All loaded entries, validated.
#[derive(Clone, Debug, Default)]
pub struct Dictionaries {
    pub entries: Vec<Entry>,
    pub files: Vec<SourceFile>,
}

/// One default dictionary file, embedded at build time (see `build.rs`).
#[derive(Clone, Copy, Debug)]
pub struct DefaultFile {
    /// File name in `dictionaries/`.
    pub name: &'static str,
    start: usize,
    end: usize,
    /// Rows accepted (entries, counting rows merged into an earlier one).
    rows: usize,
    /// [`fnv1a`] of the file, hex.
    hash: &'static str,
}

impl DefaultFile {
    /// The file's text.
    pub fn text(&self) -> &'static str {
        &embedded::TEXT[self.start..self.end]
    }
}

mod embedded {
    use super::DefaultFile;
    include!(concat!(env!("OUT_DIR"), "/default_dictionaries.rs"));
}

/// The default dictionaries, embedded at build time, in load order.
pub const DEFAULTS: &[DefaultFile] = embedded::FILES;

impl Dictionaries {
    /// Load the embedded defaults (when `defaults`) and then every extra
    /// file, validating everything; all problems are returned together.
    /// The text of every extra file stays in memory for the life of the
    /// process (entries borrow from it; see the comment inside).
    pub fn load(defaults: bool, extra: &[impl AsRef<Path>]) -> Result<Dictionaries, Error> {
        let mut builder = DictionariesBuilder::default();
        let extra: Vec<(String, std::io::Result<Vec<u8>>)> = extra
            .iter()
            .map(|p| (p.as_ref().display().to_string(), std::fs::read(p.as_ref())))
            .collect();
        if defaults {
            builder.add_defaults();
        }
        // Size the entry list and id table for every file at once: growing
        // them file by file re-hashes and copies everything loaded so far.
        let extra_rows: usize = extra
            .iter()
            .filter_map(|(_, r)| r.as_ref().ok())
            .map(|b| parse::rows_in(b))
            .sum();
        if extra_rows > 0 {
            builder.loader.reserve(extra_rows);
        }
        for (path, read) in extra {
            match read {
                Ok(bytes) => match String::from_utf8(bytes) {
                    // The text is kept for the life of the process and the
                    // entries borrow from it, as they do from the embedded
                    // files: a million-row file would otherwise cost a few
                    // million small allocations to load (and to free).
                    // Dictionaries are configuration, loaded once per run;
                    // a long-lived program that reloads them repeatedly
                    // should use `DictionariesBuilder::add_text`, which
                    // copies.
                    Ok(text) => builder.add_static(&path, Box::leak(text.into_boxed_str())),
                    Err(e) => builder.problem(
                        &path,
                        line_of(e.as_bytes(), e.utf8_error().valid_up_to()),
                        "invalid UTF-8".into(),
                    ),
                },
                Err(e) => builder.problem(&path, 0, e.to_string()),
            }
        }
        builder.build()
    }

    /// Entries of one kind.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = (EntryId, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .filter(move |(_, e)| e.kind == kind)
            .map(|(i, e)| (EntryId(i as u32), e))
    }

    pub fn get(&self, id: EntryId) -> &Entry {
        &self.entries[id.0 as usize]
    }

    /// `path:line` of an entry's row.
    pub fn origin(&self, id: EntryId) -> String {
        let o = self.get(id).origin;
        format!("{}:{}", self.files[o.file as usize].path, o.line)
    }

    /// Entry counts per kind, in [`Kind::ALL`] order.
    pub fn counts(&self) -> Vec<(Kind, usize)> {
        let mut n = [0usize; Kind::ALL.len()];
        for e in &self.entries {
            n[Kind::ALL.iter().position(|&k| k == e.kind).unwrap()] += 1;
        }
        Kind::ALL.iter().copied().zip(n).collect()
    }
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count()
}

/// Collects entries from several files and validates across them.
#[derive(Default)]
pub struct DictionariesBuilder {
    loader: parse::Loader,
    files: Vec<SourceFile>,
}

impl DictionariesBuilder {
    fn problem(&mut self, path: &str, line: usize, message: String) {
        self.loader.problem(path, line, message);
    }

    /// Add the embedded default dictionaries: decoded from the form
    /// `build.rs` parsed and validated them into, not parsed again.
    pub fn add_defaults(&mut self) {
        let paths = DEFAULTS
            .iter()
            .map(|f| format!("dictionaries/{}", f.name))
            .collect();
        static TABLES: OnceLock<parse::Tables> = OnceLock::new();
        let tables = TABLES.get_or_init(|| parse::decode_tables(embedded::ENTRIES, embedded::TEXT));
        let entries = parse::decode_entries(embedded::ENTRIES, embedded::TEXT, tables);
        // The decoded entries number their files from 0: shift them after
        // any file added before.
        let shift = self.loader.paths.len() as u32;
        let entries = if shift == 0 {
            entries
        } else {
            entries
                .into_iter()
                .map(|mut e| {
                    e.origin.file += shift;
                    e
                })
                .collect()
        };
        self.loader.extend_validated(paths, entries);
        self.files.extend(DEFAULTS.iter().map(|f| SourceFile {
            path: format!("dictionaries/{}", f.name),
            entries: f.rows,
            hash: f.hash.to_string(),
        }));
    }

    /// Parse one file's text; `path` is used in messages and the manifest.
    /// Entries own copies of their fields.
    pub fn add_text(&mut self, path: &str, text: &str) {
        self.add(path, text, |s| Cow::Owned(s.to_string()))
    }

    /// Parse a file whose text lives as long as the process: entries
    /// borrow their fields from `text`.
    pub fn add_static(&mut self, path: &str, text: &'static str) {
        self.add(path, text, Cow::Borrowed)
    }

    fn add<'t>(&mut self, path: &str, text: &'t str, own: impl Fn(&'t str) -> Text) {
        if let Some(entries) = self.loader.add(path, text, own) {
            self.files.push(SourceFile {
                path: path.to_string(),
                entries,
                hash: format!("{:016x}", fnv1a(text.as_bytes())),
            });
        }
    }

    pub fn build(self) -> Result<Dictionaries, Error> {
        if self.loader.problems.is_empty() {
            Ok(Dictionaries {
                entries: self.loader.entries,
                files: self.files,
            })
        } else {
            Err(Error::Dictionary(
                self.loader
                    .problems
                    .into_iter()
                    .map(|(path, line, message)| DictionaryProblem {
                        path,
                        line,
                        message,
                    })
                    .collect(),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Dictionaries, Error> {
        let mut b = DictionariesBuilder::default();
        b.add_text("t.tsv", text);
        b.build()
    }

    fn problems(text: &str) -> Vec<String> {
        match load(text) {
            Ok(_) => vec![],
            Err(Error::Dictionary(p)) => p.iter().map(|p| p.to_string()).collect(),
            Err(e) => vec![e.to_string()],
        }
    }

    #[test]
    fn rows_are_validated_and_every_problem_is_listed() {
        struct Case {
            name: &'static str,
            text: &'static str,
            problems: &'static [&'static str],
        }
        let cases = [
            Case { name: "good", text: "# c\nname\ttype\tid\naa\tperson\t\n", problems: &[] },
            Case { name: "no header type", text: "name\tid\nx\ty\n", problems: &["t.tsv:1: header has no `type` column"] },
            Case { name: "empty file", text: "# only a comment\n", problems: &["t.tsv:1: no header row (needs at least `name` and `type` columns)"] },
            Case {
                name: "all problems at once",
                text: "name\ttype\n\tperson\nx\tbogus\ny\tperson\textra\n",
                problems: &[
                    "t.tsv:2: empty name",
                    "t.tsv:3: unknown type `bogus` (known: person, title, institution, place, given_name, surname, honorific, institution_word, nonname, cue)",
                    "t.tsv:4: 3 fields, the header has 2",
                ],
            },
            Case {
                name: "duplicate id, different name",
                text: "name\ttype\tid\nLu Wei\tperson\tQ1\nLi Wei\tperson\tQ1\n",
                problems: &["t.tsv:3: duplicate person id `Q1` with a different name (`Li Wei`; `Lu Wei` at t.tsv:2)"],
            },
            Case { name: "same id in other kind is fine", text: "name\ttype\nLee\tsurname\nLee\tgiven_name\n", problems: &[] },
        ];
        for c in cases {
            assert_eq!(problems(c.text), c.problems, "case {}", c.name);
        }
    }

    #[test]
    fn columns_become_id_aliases_and_attributes() {
        let d = load("name\ttype\tid\taliases\tgender\tparty\nBarack Obama\tperson\tQ76\tObama| Barack H. Obama \tmale\t\n").unwrap();
        let e = &d.entries[0];
        assert_eq!(e.id, "Q76");
        assert_eq!(e.aliases[..], ["Obama", "Barack H. Obama"]);
        assert_eq!(
            e.attributes.iter().collect::<Vec<_>>(),
            [("gender", "male")]
        );
        assert_eq!(d.origin(EntryId(0)), "t.tsv:2");
    }

    #[test]
    fn repeated_entry_merges_aliases() {
        let d = load("name\ttype\taliases\nFBI\tinstitution\ta\nFBI\tinstitution\tb\n").unwrap();
        assert_eq!(d.entries.len(), 1);
        assert_eq!(d.entries[0].aliases[..], ["a", "b"]);
    }

    #[test]
    fn embedded_defaults_load_without_problems() {
        let d = Dictionaries::load(true, &[] as &[&str]).unwrap();
        assert_eq!(d.files.len(), DEFAULTS.len());
    }

    /// The defaults are parsed by `build.rs` and decoded at start-up: the
    /// result must be what parsing the same files at run time gives.
    #[test]
    fn decoded_defaults_equal_the_runtime_parse() {
        let decoded = Dictionaries::load(true, &[] as &[&str]).unwrap();
        let mut b = DictionariesBuilder::default();
        for f in DEFAULTS {
            b.add_static(&format!("dictionaries/{}", f.name), f.text());
        }
        let parsed = b.build().unwrap();
        assert_eq!(decoded.entries.len(), parsed.entries.len());
        assert!(decoded.entries == parsed.entries);
        let files = |d: &Dictionaries| {
            d.files
                .iter()
                .map(|f| (f.path.clone(), f.entries, f.hash.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(files(&decoded), files(&parsed));
        // And the binary form reads back what it was written from.
        let text = embedded::TEXT;
        let bytes = parse::encode(&parsed.entries, text);
        let bytes = Vec::leak(bytes);
        let tables = Box::leak(Box::new(parse::decode_tables(bytes, text)));
        assert!(parse::decode_entries(bytes, text, tables) == parsed.entries);
    }

    #[test]
    fn added_files_are_checked_against_the_defaults() {
        let mut b = DictionariesBuilder::default();
        b.add_defaults();
        b.add_text(
            "mine.tsv",
            "name\ttype\tid\taliases\nBogus Name\thonorific\thon:mr\t\nMr\thonorific\thon:mr\tMister\n",
        );
        let problems = match b.build() {
            Err(Error::Dictionary(p)) => p.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
            other => panic!(
                "expected a problem, got {:?}",
                other.map(|d| d.entries.len())
            ),
        };
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("mine.tsv:2: duplicate honorific id `hon:mr` with a different name (`Bogus Name`; `Mr` at dictionaries/honorifics.tsv:"), "{problems:?}");
        let mut b = DictionariesBuilder::default();
        b.add_defaults();
        b.add_text(
            "mine.tsv",
            "name\ttype\tid\taliases\nMr\thonorific\thon:mr\tMister\n",
        );
        let d = b.build().unwrap();
        let mr = d.entries.iter().find(|e| e.id == "hon:mr").unwrap();
        assert!(mr.aliases.iter().any(|a| a == "Mister"), "merged alias");
        assert_eq!(d.files.last().unwrap().entries, 1);
    }
}
