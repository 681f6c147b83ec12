//! Dictionary files: loading, validation, and the embedded defaults.
//!
//! Reads UTF-8 TSV files in the format of `dictionaries/README.md` (header
//! row with `name` and `type`, optional `id` and `aliases`, any other column
//! an attribute; `#` comment lines) and produces [`Dictionaries`], the
//! validated entry list every matcher (`entities`, `cues`) is built from.
//! Every problem in every file is collected and reported at once as
//! `path:line: message`; a run with a broken dictionary does not start.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::Path;

use crate::error::{DictionaryProblem, Error};

/// The kinds of entry a dictionary row can hold (the `type` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Person,
    Title,
    Institution,
    Place,
    GivenName,
    Surname,
    Honorific,
    InstitutionWord,
    NonName,
    Cue,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::Person,
        Kind::Title,
        Kind::Institution,
        Kind::Place,
        Kind::GivenName,
        Kind::Surname,
        Kind::Honorific,
        Kind::InstitutionWord,
        Kind::NonName,
        Kind::Cue,
    ];

    /// The name used in the `type` column.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Title => "title",
            Kind::Institution => "institution",
            Kind::Place => "place",
            Kind::GivenName => "given_name",
            Kind::Surname => "surname",
            Kind::Honorific => "honorific",
            Kind::InstitutionWord => "institution_word",
            Kind::NonName => "nonname",
            Kind::Cue => "cue",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == s)
    }
}

/// Index of an entry in [`Dictionaries::entries`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(pub u32);

/// Text of a dictionary field: borrowed from the embedded default files
/// (no copy, no allocation: start-up parses 196k rows), owned for files
/// read at run time.
pub type Text = Cow<'static, str>;

/// One validated dictionary row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    /// Canonical name.
    pub name: Text,
    /// Stable identifier (the `id` column, or the name).
    pub id: Text,
    /// Other surface forms.
    pub aliases: Vec<Text>,
    /// `key=value` attributes from the other columns, non-empty values only,
    /// in column order.
    pub attributes: Vec<(Text, Text)>,
    /// Where the row came from: index into [`Dictionaries::files`] and line
    /// number (see [`Dictionaries::origin`]); not a `path:line` string per
    /// row, which cost an allocation per entry.
    pub origin: Origin,
}

/// Where an entry came from: the file (index into the loaded files) and
/// the 1-based line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Origin {
    pub file: u32,
    pub line: u32,
}

impl Entry {
    pub fn attribute(&self, key: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| &**v)
    }

    /// The canonical name followed by every alias.
    pub fn surface_forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(&*self.name).chain(self.aliases.iter().map(|s| &**s))
    }
}

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

/// The default dictionaries, embedded at build time (see `build.rs`).
pub const DEFAULTS: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/default_dictionaries.rs"));

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
        // Size the entry list and id table for every file at once: growing
        // them file by file re-hashes and copies everything loaded so far.
        let defaults_rows: usize = if defaults {
            DEFAULTS.iter().map(|(_, t)| rows_in(t.as_bytes())).sum()
        } else {
            0
        };
        let extra_rows: usize = extra
            .iter()
            .filter_map(|(_, r)| r.as_ref().ok())
            .map(|b| rows_in(b))
            .sum();
        builder.by_id.reserve(defaults_rows + extra_rows);
        builder.entries.reserve(defaults_rows + extra_rows);
        if defaults {
            for (name, text) in DEFAULTS {
                builder.add_static(&format!("dictionaries/{name}"), text);
            }
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

/// An upper bound on the rows of a file: its lines.
fn rows_in(bytes: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', bytes).count() + 1
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count()
}

/// Collects entries from several files and validates across them.
#[derive(Default)]
pub struct DictionariesBuilder {
    entries: Vec<Entry>,
    files: Vec<SourceFile>,
    problems: Vec<DictionaryProblem>,
    /// (kind, id) -> index into entries, for duplicate detection and merging.
    by_id: HashMap<(Kind, Text), usize, BuildHasherDefault<Fnv>>,
}

/// An FNV-1a-style `Hasher`: the id table of a million-row load spends most of
/// its hashing time in std's DoS-resistant SipHash, which dictionary files
/// (trusted configuration) do not need.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        // Spread the low bits, which hashbrown uses for the bucket.
        (self.0 ^ (self.0 >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time (FNV-style mixing per word): byte-wise FNV
        // was a tenth of a million-row load.
        let mut h = if self.0 == 0 {
            0xcbf29ce484222325
        } else {
            self.0
        };
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            h = (h ^ w).wrapping_mul(0x100000001b3).rotate_left(29);
        }
        for &b in chunks.remainder() {
            h = (h ^ b as u64).wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

impl DictionariesBuilder {
    fn problem(&mut self, path: &str, line: usize, message: String) {
        self.problems.push(DictionaryProblem {
            path: path.to_string(),
            line,
            message,
        });
    }

    /// Parse one file's text; `path` is used in messages and the manifest.
    /// Entries own copies of their fields.
    pub fn add_text(&mut self, path: &str, text: &str) {
        self.add(path, text, |s| Cow::Owned(s.to_string()))
    }

    /// Parse an embedded file: entries borrow their fields from `text`.
    pub fn add_static(&mut self, path: &str, text: &'static str) {
        self.add(path, text, Cow::Borrowed)
    }

    fn add<'t>(&mut self, path: &str, text: &'t str, own: impl Fn(&'t str) -> Text) {
        let file = self.files.len() as u32;
        let before = self.entries.len();
        let mut header: Option<Vec<&str>> = None;
        let (mut name_col, mut type_col, mut id_col, mut alias_col) = (0, 0, None, None);
        let mut merged = 0;
        // One row per line at most: sizing the tables up front saves the
        // rehashing (and the allocator churn of freeing old tables) that
        // otherwise dominates a million-row load.
        // (`Dictionaries::load` has already sized them for all its files.)
        let rows = rows_in(text.as_bytes());
        self.by_id.reserve(rows);
        self.entries.reserve(rows);
        let mut fields: Vec<&str> = Vec::new();
        // Columns that are attributes, found once per file.
        let mut attr_cols: Vec<usize> = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let lineno = i + 1;
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            let line = if i == 0 {
                line.trim_start_matches('\u{feff}')
            } else {
                line
            };
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            fields.clear();
            fields.extend(line.split('\t'));
            let Some(cols) = &header else {
                let cols: Vec<&str> = fields.iter().map(|f| f.trim()).collect();
                let find = |n: &str| cols.iter().position(|c| *c == n);
                match (find("name"), find("type")) {
                    (Some(n), Some(t)) => {
                        name_col = n;
                        type_col = t;
                        id_col = find("id");
                        alias_col = find("aliases");
                        attr_cols = (0..cols.len())
                            .filter(|c| ![Some(n), Some(t), id_col, alias_col].contains(&Some(*c)))
                            .collect();
                        header = Some(cols);
                    }
                    (n, _) => {
                        let missing = if n.is_none() { "name" } else { "type" };
                        self.problem(path, lineno, format!("header has no `{missing}` column"));
                        return;
                    }
                }
                continue;
            };
            if fields.len() != cols.len() {
                self.problem(
                    path,
                    lineno,
                    format!("{} fields, the header has {}", fields.len(), cols.len()),
                );
                continue;
            }
            let name = fields[name_col].trim();
            let type_ = fields[type_col].trim();
            if name.is_empty() {
                self.problem(path, lineno, "empty name".into());
                continue;
            }
            let Some(kind) = Kind::parse(type_) else {
                let known: Vec<_> = Kind::ALL.iter().map(|k| k.name()).collect();
                self.problem(
                    path,
                    lineno,
                    format!("unknown type `{type_}` (known: {})", known.join(", ")),
                );
                continue;
            };
            let id = id_col
                .map(|c| fields[c].trim())
                .filter(|s| !s.is_empty())
                .unwrap_or(name);
            let aliases: Vec<Text> = alias_col
                .map(|c| {
                    fields[c]
                        .split('|')
                        .map(str::trim)
                        .filter(|a| !a.is_empty() && *a != name)
                        .map(&own)
                        .collect()
                })
                .unwrap_or_default();
            let attributes: Vec<(Text, Text)> = attr_cols
                .iter()
                .filter(|&&c| !fields[c].trim().is_empty())
                .map(|&c| (own(cols[c]), own(fields[c].trim())))
                .collect();
            let origin = Origin {
                file,
                line: lineno as u32,
            };
            let next = self.entries.len();
            let id = own(id);
            match self.by_id.entry((kind, id.clone())) {
                std::collections::hash_map::Entry::Occupied(slot) => {
                    let prev = &mut self.entries[*slot.get()];
                    if prev.name != name {
                        let msg = format!(
                            "duplicate {} id `{id}` with a different name (`{name}`; `{}` at {}:{})",
                            kind.name(),
                            prev.name,
                            self.files
                                .get(prev.origin.file as usize)
                                .map_or(path, |f| f.path.as_str()),
                            prev.origin.line
                        );
                        self.problem(path, lineno, msg);
                    } else {
                        // Same entry listed again: merge its aliases and attributes.
                        for a in aliases {
                            if !prev.aliases.contains(&a) {
                                prev.aliases.push(a);
                            }
                        }
                        for (k, v) in attributes {
                            if prev.attribute(&k).is_none() {
                                prev.attributes.push((k, v));
                            }
                        }
                        merged += 1;
                    }
                }
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(next);
                    self.entries.push(Entry {
                        kind,
                        name: own(name),
                        id,
                        aliases,
                        attributes,
                        origin,
                    });
                }
            }
        }
        if header.is_none() {
            self.problem(
                path,
                1,
                "no header row (needs at least `name` and `type` columns)".into(),
            );
        }
        self.files.push(SourceFile {
            path: path.to_string(),
            entries: self.entries.len() - before + merged,
            hash: format!("{:016x}", fnv1a(text.as_bytes())),
        });
    }

    pub fn build(self) -> Result<Dictionaries, Error> {
        if self.problems.is_empty() {
            Ok(Dictionaries {
                entries: self.entries,
                files: self.files,
            })
        } else {
            Err(Error::Dictionary(self.problems))
        }
    }
}

/// FNV-1a, 64 bit: a stable content hash for the manifest (not security).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
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
        assert_eq!(e.aliases, ["Obama", "Barack H. Obama"]);
        assert_eq!(e.attributes, [("gender".into(), "male".into())]);
        assert_eq!(d.origin(EntryId(0)), "t.tsv:2");
    }

    #[test]
    fn repeated_entry_merges_aliases() {
        let d = load("name\ttype\taliases\nFBI\tinstitution\ta\nFBI\tinstitution\tb\n").unwrap();
        assert_eq!(d.entries.len(), 1);
        assert_eq!(d.entries[0].aliases, ["a", "b"]);
    }

    #[test]
    fn embedded_defaults_load_without_problems() {
        let d = Dictionaries::load(true, &[] as &[&str]).unwrap();
        assert_eq!(d.files.len(), DEFAULTS.len());
    }
}
