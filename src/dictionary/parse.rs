//! Dictionary rows: the TSV parser, validation and merging of repeated
//! entries, shared by the library and by `build.rs`.
//!
//! Reads the text of one dictionary file at a time (format in
//! `dictionaries/README.md`) and produces validated [`Entry`]s plus every
//! problem as `(path, line, message)`. The library wraps it in
//! `DictionariesBuilder` for files given at run time; `build.rs` runs the
//! very same code over the embedded defaults at build time, so a bad
//! default dictionary fails the build and a run only decodes the result
//! (see `dictionary::Dictionaries::load`).
//!
//! This file depends on `std` alone: `build.rs` includes it with `#[path]`.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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

/// Text of a dictionary field: borrowed from the embedded default files
/// or from a loaded file kept for the life of the process (no copy, no
/// allocation), owned for text parsed with `DictionariesBuilder::add_text`.
pub type Text = Cow<'static, str>;

/// One validated dictionary row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    /// Canonical name.
    pub name: Text,
    /// Stable identifier (the `id` column, or the name).
    pub id: Text,
    /// Other surface forms. Borrowed, for the embedded defaults, from one
    /// table shared by every entry (no allocation per entry at start-up).
    pub aliases: Cow<'static, [Text]>,
    /// `key=value` attributes from the other columns, non-empty values only,
    /// in column order.
    pub attributes: Attributes,
    /// Where the row came from: index into `Dictionaries::files` and line
    /// number (see `Dictionaries::origin`); not a `path:line` string per
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
        self.attributes.get(key)
    }

    /// The canonical name followed by every alias.
    pub fn surface_forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(&*self.name).chain(self.aliases.iter().map(|s| &**s))
    }
}

/// The `key=value` attributes of an entry. Parsed rows own a list; the
/// embedded defaults' 370,000 attributes stay encoded in the binary (see
/// [`encode`]) and are read when asked for, which spares start-up 18 MB
/// of pairs to build.
#[derive(Clone)]
pub struct Attributes(Repr);

#[derive(Clone)]
enum Repr {
    Owned(Vec<(Text, Text)>),
    /// `(key, value)` text references of [`encode`], into `base`.
    Encoded {
        pairs: &'static [u8],
        base: &'static str,
    },
}

impl Attributes {
    pub fn new(pairs: Vec<(Text, Text)>) -> Attributes {
        Attributes(Repr::Owned(pairs))
    }

    /// Every `(key, value)`, in column order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        let (owned, encoded) = match &self.0 {
            Repr::Owned(v) => (&v[..], None),
            Repr::Encoded { pairs, base } => (&[][..], Some((*pairs, *base))),
        };
        let encoded = encoded.into_iter().flat_map(|(pairs, base)| {
            pairs
                .chunks_exact(2 * REF)
                .map(move |p| (text_at(&p[..REF], base), text_at(&p[REF..], base)))
        });
        owned.iter().map(|(k, v)| (&**k, &**v)).chain(encoded)
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        match &self.0 {
            Repr::Owned(v) => v.iter().find(|(k, _)| k == key).map(|(_, v)| &**v),
            // Compare the key's bytes before making any `str` (the matcher
            // asks every dictionary candidate for its `gender`).
            Repr::Encoded { pairs, base } => pairs
                .chunks_exact(2 * REF)
                .find(|p| bytes_at(&p[..REF], base) == key.as_bytes())
                .map(|p| text_at(&p[REF..], base)),
        }
    }

    pub fn len(&self) -> usize {
        match &self.0 {
            Repr::Owned(v) => v.len(),
            Repr::Encoded { pairs, .. } => pairs.len() / (2 * REF),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Add a pair at the end (decoding encoded pairs into a list first).
    pub fn push(&mut self, key: Text, value: Text) {
        if let Repr::Encoded { pairs, base } = self.0 {
            let v = Attributes(Repr::Encoded { pairs, base })
                .iter()
                .map(|(k, v)| {
                    (
                        Cow::Borrowed(to_static(k, base)),
                        Cow::Borrowed(to_static(v, base)),
                    )
                })
                .collect();
            self.0 = Repr::Owned(v);
        }
        if let Repr::Owned(v) = &mut self.0 {
            v.push((key, value));
        }
    }
}

/// A slice of `base` that was borrowed for less than `'static`, again.
fn to_static(s: &str, base: &'static str) -> &'static str {
    let off = s.as_ptr() as usize - base.as_ptr() as usize;
    &base[off..off + s.len()]
}

impl PartialEq for Attributes {
    fn eq(&self, other: &Attributes) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Attributes {}

impl std::fmt::Debug for Attributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
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

/// FNV-1a, 64 bit: a stable content hash for the manifest (not security).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// An upper bound on the rows of a file: its lines.
pub fn rows_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count() + 1
}

/// Entries of every file added so far, validated across files, with every
/// problem found.
#[derive(Default)]
pub struct Loader {
    pub entries: Vec<Entry>,
    /// Path of each file added, indexed by [`Origin::file`].
    pub paths: Vec<String>,
    /// `(path, line, message)`, in the order found.
    pub problems: Vec<(String, usize, String)>,
    /// (kind, id) -> index into entries, for duplicate detection and merging.
    by_id: HashMap<(Kind, Text), usize, BuildHasherDefault<Fnv>>,
    /// Entries before this index are in `by_id`.
    indexed: usize,
}

impl Loader {
    pub fn problem(&mut self, path: &str, line: usize, message: String) {
        self.problems.push((path.to_string(), line, message));
    }

    /// Room for `rows` more entries: growing the tables file by file
    /// re-hashes and copies everything loaded so far.
    pub fn reserve(&mut self, rows: usize) {
        self.by_id.reserve(rows + self.entries.len() - self.indexed);
        self.entries.reserve(rows);
    }

    /// Take over entries validated elsewhere (the embedded defaults,
    /// decoded), as if their files had been added. They enter the id table
    /// only when another file is added and must be checked against them:
    /// a run with the defaults alone never builds it.
    pub fn extend_validated(&mut self, paths: Vec<String>, entries: Vec<Entry>) {
        self.paths.extend(paths);
        if self.entries.is_empty() {
            self.entries = entries;
        } else {
            self.entries.extend(entries);
        }
    }

    /// Put every entry not yet in the id table there.
    fn index_pending(&mut self) {
        if self.indexed == self.entries.len() {
            return;
        }
        self.by_id.reserve(self.entries.len() - self.indexed);
        for (i, e) in self.entries.iter().enumerate().skip(self.indexed) {
            self.by_id.entry((e.kind, e.id.clone())).or_insert(i);
        }
        self.indexed = self.entries.len();
    }

    /// Parse one file's text; `path` is used in messages. `own` makes the
    /// entries' text from slices of `text`. Returns the number of rows
    /// accepted (new entries and rows merged into earlier ones), or `None`
    /// when the header is unusable and the file was skipped.
    pub fn add<'t>(
        &mut self,
        path: &str,
        text: &'t str,
        own: impl Fn(&'t str) -> Text,
    ) -> Option<usize> {
        self.index_pending();
        let file = self.paths.len() as u32;
        let before = self.entries.len();
        let mut header: Option<Vec<&str>> = None;
        let (mut name_col, mut type_col, mut id_col, mut alias_col) = (0, 0, None, None);
        let mut merged = 0;
        // One row per line at most: sizing the tables up front saves the
        // rehashing (and the allocator churn of freeing old tables) that
        // otherwise dominates a million-row load.
        self.reserve(rows_in(text.as_bytes()));
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
                        return None;
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
                            self.paths
                                .get(prev.origin.file as usize)
                                .map_or(path, |p| p.as_str()),
                            prev.origin.line
                        );
                        self.problem(path, lineno, msg);
                    } else {
                        // Same entry listed again: merge its aliases and attributes.
                        for a in aliases {
                            if !prev.aliases.contains(&a) {
                                prev.aliases.to_mut().push(a);
                            }
                        }
                        for (k, v) in attributes {
                            if prev.attribute(&k).is_none() {
                                prev.attributes.push(k, v);
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
                        aliases: Cow::Owned(aliases),
                        attributes: Attributes::new(attributes),
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
        self.paths.push(path.to_string());
        self.indexed = self.entries.len();
        Some(self.entries.len() - before + merged)
    }
}

/// Bytes of one text reference in [`encode`]'s output.
const REF: usize = 6;

#[inline]
fn bytes_at<'b>(r: &[u8], base: &'b str) -> &'b [u8] {
    let off = u32::from_le_bytes(r[..4].try_into().expect("4 bytes")) as usize;
    let len = u16::from_le_bytes(r[4..6].try_into().expect("2 bytes")) as usize;
    &base.as_bytes()[off..off + len]
}

#[inline]
fn text_at(r: &[u8], base: &'static str) -> &'static str {
    let off = u32::from_le_bytes(r[..4].try_into().expect("4 bytes")) as usize;
    let len = u16::from_le_bytes(r[4..6].try_into().expect("2 bytes")) as usize;
    &base[off..off + len]
}

/// The entries of the embedded defaults in binary form, written by
/// `build.rs` and read at start-up instead of parsing the TSV text again.
/// Every text field is a reference (`u32` offset, `u16` length) into
/// `base`, the concatenated default files. Little-endian: the entry count,
/// the alias count and every alias, the attribute count and every
/// key/value pair, then per entry `kind u8, file u8, line u32, name, id,
/// aliases u16, attributes u8` (the counts index the two tables in order).
// Called by build.rs and the library's tests, not by the library.
#[allow(dead_code)]
pub fn encode(entries: &[Entry], base: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(entries.len() * 40);
    let text_ref = |out: &mut Vec<u8>, s: &str| {
        let off = (s.as_ptr() as usize)
            .checked_sub(base.as_ptr() as usize)
            .filter(|o| o + s.len() <= base.len())
            .unwrap_or_else(|| panic!("encode: `{s}` is not borrowed from the default text"));
        out.extend_from_slice(&u32::try_from(off).expect("offset").to_le_bytes());
        out.extend_from_slice(&u16::try_from(s.len()).expect("field length").to_le_bytes());
    };
    out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    let aliases: usize = entries.iter().map(|e| e.aliases.len()).sum();
    out.extend_from_slice(&(aliases as u32).to_le_bytes());
    for a in entries.iter().flat_map(|e| e.aliases.iter()) {
        text_ref(&mut out, a);
    }
    let attributes: usize = entries.iter().map(|e| e.attributes.len()).sum();
    out.extend_from_slice(&(attributes as u32).to_le_bytes());
    for (k, v) in entries.iter().flat_map(|e| e.attributes.iter()) {
        text_ref(&mut out, k);
        text_ref(&mut out, v);
    }
    for e in entries {
        out.push(e.kind as u8);
        out.push(u8::try_from(e.origin.file).expect("file count"));
        out.extend_from_slice(&e.origin.line.to_le_bytes());
        text_ref(&mut out, &e.name);
        text_ref(&mut out, &e.id);
        out.extend_from_slice(
            &u16::try_from(e.aliases.len())
                .expect("aliases")
                .to_le_bytes(),
        );
        out.push(u8::try_from(e.attributes.len()).expect("attributes"));
    }
    out
}

/// The alias table of [`encode`]'s output, which decoded entries borrow
/// from (their attributes stay encoded).
pub struct Tables {
    aliases: Vec<Text>,
}

struct Cursor<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Cursor<'b> {
    #[inline]
    fn take<const N: usize>(&mut self) -> [u8; N] {
        let b = self.bytes[self.at..self.at + N]
            .try_into()
            .expect("N bytes");
        self.at += N;
        b
    }
    #[inline]
    fn u32(&mut self) -> usize {
        u32::from_le_bytes(self.take()) as usize
    }
    #[inline]
    fn text(&mut self, base: &'static str) -> Text {
        let t = text_at(&self.bytes[self.at..self.at + REF], base);
        self.at += REF;
        Cow::Borrowed(t)
    }
}

/// The alias table of [`encode`]'s output; decode it once per process
/// (keep it in a `static`) and the entries with [`decode_entries`].
pub fn decode_tables(bytes: &[u8], base: &'static str) -> Tables {
    let mut c = Cursor { bytes, at: 4 };
    let n = c.u32();
    let aliases = (0..n).map(|_| c.text(base)).collect();
    Tables { aliases }
}

/// The entries [`encode`] wrote, their text borrowed from `base`, their
/// aliases from `tables` (decoded from the same bytes) and their
/// attributes left encoded in `bytes`.
pub fn decode_entries(
    bytes: &'static [u8],
    base: &'static str,
    tables: &'static Tables,
) -> Vec<Entry> {
    let mut c = Cursor { bytes, at: 0 };
    let n = c.u32();
    // Skip the tables.
    let n_aliases = c.u32();
    c.at += n_aliases * REF;
    let n_attributes = c.u32();
    let mut attribute = c.at;
    c.at += n_attributes * 2 * REF;
    let mut alias = 0;
    let mut entries = Vec::with_capacity(n);
    for _ in 0..n {
        let [kind, file] = c.take();
        let line = u32::from_le_bytes(c.take());
        let name = c.text(base);
        let id = c.text(base);
        let n_aliases = u16::from_le_bytes(c.take()) as usize;
        let [n_attributes] = c.take();
        let aliases = &tables.aliases[alias..alias + n_aliases];
        alias += n_aliases;
        let pairs = &bytes[attribute..attribute + n_attributes as usize * 2 * REF];
        attribute += pairs.len();
        entries.push(Entry {
            kind: Kind::ALL[kind as usize],
            name,
            id,
            aliases: Cow::Borrowed(aliases),
            attributes: Attributes(Repr::Encoded { pairs, base }),
            origin: Origin {
                file: file as u32,
                line,
            },
        });
    }
    assert_eq!(c.at, bytes.len(), "decode: trailing bytes");
    entries
}
