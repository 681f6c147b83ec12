//! The dictionary side of entity matching: every surface form hashed by its
//! token sequence, plus the word lists the patterns consult.
//!
//! Built once from [`Dictionaries`] into a [`Matcher`] shared read-only by
//! every thread; [`Matcher::scan`] reads an article's [`Token`]s and
//! produces dictionary [`Candidate`]s for `entities::find` to choose from.
//!
//! Why hashing token sequences rather than an Aho-Corasick automaton over
//! bytes: with a million names the automaton takes seconds and hundreds of
//! megabytes to build and its search slows with size, while here build is
//! one hash insert per surface form and search is one lookup per token in
//! the first-token table (`first`), plus one per extra token only where a
//! name can start. Word boundaries come for free because forms and text go
//! through the same tokenizer. A collision of the 64-bit sequence hash
//! would produce a wrong match; with 10^6 forms its probability is ~10^-7.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use super::tokens::{chain, form_hashes, hash_folded, hash_str, tokenize, Shape, Token};
use super::{Candidate, Gender, MentionKind, Source};
use crate::dictionary::{Dictionaries, Entry, EntryId, Kind};

/// Keys are already hashes (`u64`); this only spreads their bits for the
/// table. Other keys (strings, in `resolve`) are hashed FNV-1a, byte by
/// byte: for the short keys of one article that is cheaper than SipHash,
/// and the tables are rebuilt for every article, so flooding is no concern.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100000001b3);
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = (x ^ (x >> 31)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

pub(crate) type Map<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;
type Set = HashSet<u64, BuildHasherDefault<IdHasher>>;

/// What a phrase table maps a form to.
#[derive(Clone, Copy, Debug)]
pub struct Hit {
    pub entry: EntryId,
    pub kind: MentionKind,
    /// The entry's gender, decoded once at build time for persons, titles
    /// and honorifics (a scan would otherwise decode the entry's attributes
    /// on every match); `None` for every other kind.
    pub gender: Option<Gender>,
    /// Ranks forms that collide (same text, two entries): higher wins.
    rank: u8,
}

/// Multi-token phrases keyed by the hash of their token sequence, with the
/// longest phrase length for each first token so a scan knows how far to
/// look (and looks no further than one lookup when nothing starts there).
/// A one-token phrase is in the first-token table alone (as its `one`),
/// so a scan that finds one needs no second look-up for it, and the build
/// makes one table entry for it, not two.
///
/// `seen` is a one-hash Bloom filter over the first-token hashes: most
/// tokens start no phrase, and the bit array (at most 512 KB) stays in
/// cache where a probe of the 200k-entry `first` table is a cache miss.
/// It only skips lookups that would fail, so results are unchanged.
///
/// `prefixes` is a filter of the same kind over the sequence hashes of
/// every phrase's first two, three, ... tokens (the whole phrase
/// included). A scan stops extending a sequence as soon as it is no
/// phrase's beginning: after `chief executive` most text continues with
/// no title, and the scan would otherwise look up every length up to the
/// longest title opening with `chief`.
///
/// `singles` is a filter of the same kind over the first tokens that are
/// a phrase alone. A token that passes `seen` but not `singles` has a hit
/// only if its two-token sequence passes `prefixes`, which is tested
/// before the probe of `first`: common words open a few long forms (the
/// titles `it engineering technician`, `on course bookmaker`) and were
/// most of the probes.
#[derive(Default)]
struct Phrases {
    /// Phrases of two tokens or more, by the hash of their sequence.
    map: Map<Hit>,
    first: Map<First>,
    seen: Filter,
    singles: Filter,
    prefixes: Filter,
}

/// What [`Phrases`] knows of a first token.
#[derive(Clone, Copy, Default)]
struct First {
    /// The longest phrase starting with it, in tokens.
    max: u8,
    /// The token alone as a phrase: the same hit as `map` holds for it.
    one: Option<Hit>,
}

/// A one-hash Bloom filter over 64-bit hashes: [`Filter::may_hold`] is
/// false only for a hash never inserted. A power of two of bits, ~16 per
/// hash, between 2^12 and 2^22; the mask that picks a bit is kept beside
/// the bits, as the filters are asked about nearly every token.
struct Filter {
    words: Vec<u64>,
    /// The number of bits less one.
    mask: usize,
}

impl Filter {
    /// An empty filter sized for `n` hashes.
    fn new(n: usize) -> Filter {
        let bits = (n * 16).next_power_of_two().clamp(1 << 12, 1 << 22);
        Filter {
            words: vec![0; bits / 64],
            mask: bits - 1,
        }
    }

    /// The bit of hash `h`: the top bits of the product, where the
    /// FNV-style hashes are well mixed.
    #[inline]
    fn bit(&self, h: u64) -> usize {
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & self.mask
    }

    fn insert(&mut self, h: u64) {
        let b = self.bit(h);
        self.words[b / 64] |= 1 << (b % 64);
    }

    #[inline]
    fn may_hold(&self, h: u64) -> bool {
        let b = self.bit(h);
        self.words[b / 64] & (1 << (b % 64)) != 0
    }
}

/// A filter that holds every hash (filters only skip look-ups that would
/// fail): the tables one half of the matcher build leaves to the other,
/// and `word_lists` until it is filled.
impl Default for Filter {
    fn default() -> Filter {
        Filter {
            words: vec![u64::MAX],
            mask: 63,
        }
    }
}

/// Longest form considered, in tokens (CJK names are one token per
/// character).
const MAX_TOKENS: usize = 24;

impl Phrases {
    /// Empty tables for up to `forms` surface forms, sized once instead
    /// of rehashed as they grow. The filters are sized from the forms too
    /// and filled as phrases are inserted: sized from the tables once
    /// built, they cost another pass over every first token at start-up.
    /// `seen` and `singles` hold at most one hash per form; `prefixes` one
    /// per token after a form's first, under two per form in the default
    /// lists. (A filter fuller than its size only lets more look-ups
    /// through, never turns a phrase away.)
    fn with_capacity(forms: usize) -> Phrases {
        let mut phrases = Phrases {
            map: Map::default(),
            first: Map::default(),
            seen: Filter::new(forms),
            singles: Filter::new(forms),
            prefixes: Filter::new(2 * forms),
        };
        phrases.map.reserve(forms);
        phrases.first.reserve(forms);
        phrases
    }

    fn insert(&mut self, hashes: &[u64], hit: Hit) {
        if hashes.is_empty() || hashes.len() > MAX_TOKENS {
            return;
        }
        self.seen.insert(hashes[0]);
        let first = self.first.entry(hashes[0]).or_default();
        first.max = first.max.max(hashes.len() as u8);
        // Of two forms with one text, the higher rank wins, the first
        // inserted on a tie.
        if hashes.len() == 1 {
            match first.one {
                Some(one) if hit.rank <= one.rank => {}
                _ => first.one = Some(hit),
            }
            self.singles.insert(hashes[0]);
            return;
        }
        let key = hashes.iter().copied().fold(0, chain);
        let slot = self.map.entry(key).or_insert(hit);
        if hit.rank > slot.rank {
            *slot = hit;
        }
        let mut seq = chain(0, hashes[0]);
        for &h in &hashes[1..] {
            seq = chain(seq, h);
            self.prefixes.insert(seq);
        }
    }

    #[inline]
    fn may_start(&self, h: u64) -> bool {
        self.seen.may_hold(h)
    }

    /// The token of hash `h` may be a phrase alone.
    #[inline]
    fn may_be_single(&self, h: u64) -> bool {
        self.singles.may_hold(h)
    }

    /// Some phrase of two tokens or more begins with the sequence `seq`.
    #[inline]
    fn may_continue(&self, seq: u64) -> bool {
        self.prefixes.may_hold(seq)
    }

    /// The longest phrase starting at token `i` inside one sentence, as
    /// (hit, number of tokens).
    ///
    /// The filter test is inlined into the callers, which call this for
    /// nearly every token; the rest is not.
    #[inline(always)]
    fn longest_at(&self, tokens: &[Token], i: usize, folded: bool) -> Option<(Hit, usize)> {
        let t = &tokens[i];
        let key = if folded { t.folded } else { t.exact };
        if !self.may_start(key) {
            return None;
        }
        self.longest_from(tokens, i, key, folded)
    }

    /// [`Phrases::longest_at`] for [`Matcher::scan`], which asks at every
    /// token: the test of the next token (`may_open`) is inlined too. Most
    /// tokens that pass `seen` open only longer phrases (`chief`, `head`,
    /// `senior` of the titles) and are turned away by it without a call
    /// (on bbc 1,500, four in five title look-ups and three in five name
    /// look-ups that pass `seen`).
    /// (Inlined into the pattern finders' loops as well, through
    /// `longest_at`, it cost them more than it saved.)
    #[inline(always)]
    fn scan_at(&self, tokens: &[Token], i: usize, folded: bool) -> Option<(Hit, usize)> {
        let t = &tokens[i];
        let key = if folded { t.folded } else { t.exact };
        if !self.may_start(key) || !self.may_open(tokens, i, key, folded) {
            return None;
        }
        self.longest_from(tokens, i, key, folded)
    }

    /// Token `i`, of hash `key`, may open a phrase as far as the filters
    /// know: it may be a phrase alone, or its sequence with the next token
    /// (in the same sentence) may begin a longer one.
    #[inline(always)]
    fn may_open(&self, tokens: &[Token], i: usize, key: u64, folded: bool) -> bool {
        if self.may_be_single(key) {
            return true;
        }
        let key_of = |t: &Token| if folded { t.folded } else { t.exact };
        let next = tokens
            .get(i + 1)
            .filter(|n| n.sentence == tokens[i].sentence);
        next.is_some_and(|n| self.may_continue(chain(chain(0, key), key_of(n))))
    }

    /// [`Phrases::longest_at`] past the filter: `key` is token `i`'s hash.
    #[inline(never)]
    fn longest_from(
        &self,
        tokens: &[Token],
        i: usize,
        key: u64,
        folded: bool,
    ) -> Option<(Hit, usize)> {
        let key_of = |t: &Token| if folded { t.folded } else { t.exact };
        let sentence = tokens[i].sentence;
        if !self.may_open(tokens, i, key, folded) {
            return None;
        }
        let first = self.first.get(&key)?;
        // Token `i` alone, from the first-token table.
        let mut best = first.one.map(|hit| (hit, 1));
        let mut seq = chain(0, key);
        // A slice walked by iterator: an inclusive range (`1..=max`) here
        // cost a quarter of this function in loop bookkeeping.
        let window = &tokens[i..i + (first.max as usize).min(tokens.len() - i)];
        for (k, t) in window.iter().enumerate().skip(1) {
            if t.sentence != sentence {
                break;
            }
            seq = chain(seq, key_of(t));
            if !self.may_continue(seq) {
                break;
            }
            if let Some(&hit) = self.map.get(&seq) {
                best = Some((hit, k + 1));
            }
        }
        best
    }
}

/// How a surname list entry may be used.
#[derive(Clone, Copy, Debug, Default)]
pub struct Surname {
    /// Chinese, Korean or Vietnamese origin: written before the given name.
    pub east_asian: bool,
    /// Also an ordinary English word (`Long`, `Young`).
    pub common_word: bool,
}

/// The dictionary matcher and pattern lexicons, built once.
pub struct Matcher {
    /// People, institutions and places: case-sensitive.
    names: Phrases,
    /// Titles: case-insensitive.
    titles: Phrases,
    /// Honorifics (`Mr`, `Dr.`): case-insensitive, capital checked at use.
    honorifics: Phrases,
    /// Every honorific opens with a word (`Mr`, `Dr.`), never a number,
    /// a mark or a CJK character (see [`Matcher::honorifics_open_with_words`]).
    honorifics_open_with_words: bool,
    /// Institution suffixes (`Inc`, `Ltd.`, `& Co`): case-insensitive.
    suffixes: Phrases,
    /// Institution head words (`Ministry`, `University`), folded.
    heads: Set,
    /// Ordinary words that are never names on their own, folded.
    nonnames: Set,
    /// Nationality and religion adjectives (`nonname` rows of category
    /// `demonym`), folded: never part of a person's name, but they may
    /// open an institution's (`Welsh Farmers Union`), so they are kept
    /// apart from `nonnames`.
    demonyms: Set,
    /// A filter of the same kind as [`Phrases`]' over the folded hashes
    /// of `heads`, `nonnames` and `demonyms`: the patterns ask the three
    /// of nearly every capitalised word, and most words are in none, where
    /// three table probes cost several times a bit test. It only skips
    /// probes that would fail.
    word_lists: Filter,
    /// Given names, exact, with gender when the list gives it.
    given: Map<Option<Gender>>,
    surnames: Map<Surname>,
    /// Single-token places, exact: a place name is a poor start of a
    /// person name (`Jordan` is the exception the length rule handles).
    places: Set,
    /// Title entries usable before a name (`President`, `Prof.`).
    triggers: HashSet<EntryId>,
    /// One-word reporting verbs of the cue list (`said`, `says`,
    /// `told`), folded: a name at a sentence start is known by one
    /// following it.
    speech_verbs: Set,
}

pub fn gender_of(e: &Entry) -> Option<Gender> {
    match e.attribute("gender") {
        Some("male") | Some("m") | Some("M") => Some(Gender::Male),
        Some("female") | Some("f") | Some("F") => Some(Gender::Female),
        _ => None,
    }
}

/// Token hashes of a dictionary form, into a reused buffer.
fn hashes<'a>(form: &str, folded: bool, buf: &'a mut Vec<u64>) -> &'a [u64] {
    form_hashes(form, folded, buf);
    buf
}

impl Matcher {
    pub fn new(dicts: &Dictionaries) -> Matcher {
        // Two halves of about equal work (the name table; every other
        // table), built at once: each table is filled by one half only and
        // in entry order, so the result is the one a single pass gives.
        let (names, rest) = rayon::join(
            || Matcher::part(dicts, true),
            || Matcher::part(dicts, false),
        );
        // The name half fills `names` and `places`; every other table comes
        // from the other half (spelled this way so a new table can't be
        // forgotten).
        Matcher {
            names: names.names,
            places: names.places,
            ..rest
        }
    }

    /// The tables of people, institutions and places (`names`), or all
    /// the others.
    fn part(dicts: &Dictionaries, names: bool) -> Matcher {
        let names_part = names;
        let mut m = Matcher {
            names: Phrases::default(),
            titles: Phrases::default(),
            honorifics: Phrases::default(),
            honorifics_open_with_words: true,
            suffixes: Phrases::default(),
            heads: Set::default(),
            nonnames: Set::default(),
            demonyms: Set::default(),
            word_lists: Filter::default(),
            given: Map::default(),
            surnames: Map::default(),
            places: Set::default(),
            triggers: HashSet::new(),
            speech_verbs: Set::default(),
        };
        let mut buf = Vec::new();
        // Size the big tables once instead of rehashing as they grow.
        let mut forms = [0usize; Kind::ALL.len()];
        for e in &dicts.entries {
            forms[e.kind as usize] += 1 + e.aliases.len();
        }
        let names = forms[Kind::Person as usize]
            + forms[Kind::Institution as usize]
            + forms[Kind::Place as usize];
        if names_part {
            m.names = Phrases::with_capacity(names);
        } else {
            m.titles = Phrases::with_capacity(forms[Kind::Title as usize]);
            m.honorifics = Phrases::with_capacity(forms[Kind::Honorific as usize]);
            m.suffixes = Phrases::with_capacity(forms[Kind::InstitutionWord as usize]);
            m.given.reserve(forms[Kind::GivenName as usize]);
            m.surnames.reserve(forms[Kind::Surname as usize]);
            m.nonnames.reserve(forms[Kind::NonName as usize]);
        }
        for (i, e) in dicts.entries.iter().enumerate() {
            let id = EntryId(i as u32);
            let is_name = matches!(e.kind, Kind::Person | Kind::Institution | Kind::Place);
            if is_name != names_part {
                continue;
            }
            match e.kind {
                Kind::Person | Kind::Institution | Kind::Place => {
                    let kind = match e.kind {
                        Kind::Person => MentionKind::Person,
                        Kind::Institution => MentionKind::Institution,
                        _ => MentionKind::Place,
                    };
                    let gender = if kind == MentionKind::Person {
                        gender_of(e)
                    } else {
                        None
                    };
                    for (n, form) in e.surface_forms().enumerate() {
                        // A form without a capital (`bar`) would match
                        // ordinary words; names are written capitalised.
                        // (An ASCII capital, in nearly every form, is found
                        // without decoding.)
                        if !form.bytes().any(|b| b.is_ascii_uppercase())
                            && !form
                                .chars()
                                .any(|c| c.is_uppercase() || super::tokens::is_cjk(c))
                        {
                            continue;
                        }
                        // `the Fed`, `the ROK`: the article is not part of
                        // the name (news style and CoNLL agree), so the form
                        // is stored without it.
                        let form = form
                            .strip_prefix("the ")
                            .or_else(|| form.strip_prefix("The "))
                            .unwrap_or(form);
                        let h = hashes(form, false, &mut buf);
                        // Forms shared by two entries: a canonical name
                        // beats an alias; then, for one-word forms, a place
                        // beats an institution beats a person (a bare
                        // `Jordan` is the country far more often), and for
                        // longer forms the reverse.
                        let kind_rank = match (kind, h.len() == 1) {
                            (MentionKind::Place, true) | (MentionKind::Person, false) => 2,
                            (MentionKind::Institution, _) => 1,
                            _ => 0,
                        };
                        let rank = if n == 0 { 4 } else { 0 } + kind_rank;
                        m.names.insert(
                            h,
                            Hit {
                                entry: id,
                                kind,
                                gender,
                                rank,
                            },
                        );
                        if kind == MentionKind::Place && h.len() == 1 {
                            m.places.insert(h[0]);
                        }
                    }
                }
                Kind::Title => {
                    if e.attribute("honorific")
                        .is_some_and(|v| v == "yes" || v == "true")
                    {
                        m.triggers.insert(id);
                    }
                    let gender = gender_of(e);
                    for (n, form) in e.surface_forms().enumerate() {
                        let hit = Hit {
                            entry: id,
                            kind: MentionKind::Title,
                            gender,
                            rank: (n == 0) as u8,
                        };
                        m.titles.insert(hashes(form, true, &mut buf), hit);
                    }
                }
                Kind::Honorific => {
                    let gender = gender_of(e);
                    for form in e.surface_forms() {
                        let hit = Hit {
                            entry: id,
                            kind: MentionKind::Title,
                            gender,
                            rank: 0,
                        };
                        m.honorifics.insert(hashes(form, true, &mut buf), hit);
                        m.honorifics_open_with_words &=
                            tokenize(form, None).first().map_or(true, Token::is_word);
                    }
                }
                Kind::InstitutionWord => {
                    let suffix = e.attribute("position") == Some("suffix");
                    for form in e.surface_forms() {
                        let h = hashes(form, true, &mut buf);
                        if suffix {
                            let hit = Hit {
                                entry: id,
                                kind: MentionKind::Institution,
                                gender: None,
                                rank: 0,
                            };
                            m.suffixes.insert(h, hit);
                        } else if h.len() == 1 {
                            m.heads.insert(h[0]);
                        }
                    }
                }
                Kind::NonName => {
                    let set = if e.attribute("category") == Some("demonym") {
                        &mut m.demonyms
                    } else {
                        &mut m.nonnames
                    };
                    for form in e.surface_forms() {
                        set.insert(hash_folded(form));
                    }
                }
                Kind::GivenName => {
                    let g = gender_of(e);
                    for form in e.surface_forms() {
                        if let [h] = *hashes(form, false, &mut buf) {
                            m.given.insert(h, g);
                        }
                    }
                }
                Kind::Surname => {
                    let origin = e.attribute("origin");
                    // Nearly every surname has one attribute, its origin:
                    // then it has no `common_word`, and the look-up that
                    // would read its pairs again (for 90,000 rows at
                    // start-up) is skipped.
                    let more = e.attributes.len() > origin.is_some() as usize;
                    let origin = origin.unwrap_or("");
                    let s = Surname {
                        // (Each code looked for holds a `z`, `k` or `v`:
                        // most of the 90,000 surnames are `en` alone, and
                        // splitting and trimming their origin was a tenth
                        // of this table's build.)
                        east_asian: origin.bytes().any(|b| matches!(b, b'z' | b'k' | b'v'))
                            && origin
                                .split(',')
                                .any(|o| matches!(o.trim(), "zh" | "ko" | "vi")),
                        common_word: more && e.attribute("common_word").is_some_and(|v| v == "yes"),
                    };
                    for form in e.surface_forms() {
                        if let [h] = *hashes(form, false, &mut buf) {
                            let slot = m.surnames.entry(h).or_default();
                            slot.east_asian |= s.east_asian;
                            slot.common_word |= s.common_word;
                        }
                    }
                }
                Kind::Cue => {
                    if e.attribute("shape") == Some("verb") && !e.name.contains(' ') {
                        m.speech_verbs.insert(hash_folded(&e.name));
                    }
                }
            }
        }
        let listed = m.heads.len() + m.nonnames.len() + m.demonyms.len();
        m.word_lists = Filter::new(listed);
        for &h in m.heads.iter().chain(&m.nonnames).chain(&m.demonyms) {
            m.word_lists.insert(h);
        }
        m
    }

    /// Dictionary candidates: at every token, the longest name (exact) and
    /// the longest title (case-insensitive) that start there. Choosing
    /// among overlapping candidates is `entities::select`'s job.
    pub fn scan(&self, tokens: &[Token], headline: &[bool], out: &mut Vec<Candidate>) {
        for i in 0..tokens.len() {
            let t = &tokens[i];
            if t.shape == Shape::Punct {
                continue;
            }
            if let Some((hit, n)) = self.names.scan_at(tokens, i, false) {
                // One ordinary word (`May`, `Reading` at a sentence start)
                // is not a name even when some list holds it.
                // So is a one-word acronym in a capitals headline or table
                // (`ST LOUIS`, `W L PCT GB`), where every word looks like one.
                let ordinary = n == 1
                    && (self.is_nonname(t)
                        || (headline[t.sentence as usize] && t.shape == Shape::Caps));
                if !ordinary {
                    let mut c =
                        Candidate::new(i, i + n, hit.kind, Source::Dictionary, "dictionary");
                    c.entry = Some(hit.entry);
                    c.gender = hit.gender;
                    c.priority = 4;
                    out.push(c);
                }
            }
            if !t.is_word() {
                continue;
            }
            // (The length test inside the match, not as `Option::filter`
            // on the look-up: the filter made the loop build and test a
            // `None` on the stack for every word.)
            if let Some((hit, n)) = self.titles.scan_at(tokens, i, true) {
                if n > 1 || !self.is_nonname(t) {
                    let mut c = Candidate::new(
                        i,
                        i + n,
                        MentionKind::Title,
                        Source::Dictionary,
                        "dictionary",
                    );
                    c.entry = Some(hit.entry);
                    c.gender = hit.gender;
                    c.priority = 1;
                    out.push(c);
                }
            }
        }
    }

    /// The folded hash `h` may be in `heads`, `nonnames` or `demonyms`.
    #[inline]
    fn may_be_listed_word(&self, h: u64) -> bool {
        self.word_lists.may_hold(h)
    }
    #[inline]
    pub fn is_nonname(&self, t: &Token) -> bool {
        self.may_be_listed_word(t.folded) && self.nonnames.contains(&t.folded)
    }
    #[inline]
    pub fn is_demonym(&self, t: &Token) -> bool {
        self.may_be_listed_word(t.folded) && self.demonyms.contains(&t.folded)
    }
    #[inline]
    pub fn is_head(&self, t: &Token) -> bool {
        self.may_be_listed_word(t.folded) && self.heads.contains(&t.folded)
    }
    /// A given name, or a hyphenated one whose first part is one
    /// (`Anne-Gaelle`, `Jean-Pierre`).
    pub fn given(&self, text: &str, t: &Token) -> Option<Option<Gender>> {
        self.given.get(&t.exact).copied().or_else(|| {
            // (The token's flag says whether it holds a `-`: most words
            // are not read again.)
            if !t.hyphen {
                return None;
            }
            let s = t.span.of(text);
            let (first, _) = s.split_once('-')?;
            self.given.get(&hash_str(first)).copied()
        })
    }
    pub fn surname(&self, t: &Token) -> Option<Surname> {
        self.surnames.get(&t.exact).copied()
    }
    /// A dictionary name of any kind starts at token `i`.
    pub fn name_starts_at(&self, tokens: &[Token], i: usize) -> bool {
        self.names.longest_at(tokens, i, false).is_some()
    }
    /// The word alone is a dictionary name of any kind (`Reuters`).
    pub fn in_names(&self, t: &Token) -> bool {
        self.names
            .first
            .get(&t.exact)
            .is_some_and(|f| f.one.is_some())
    }
    pub fn is_place(&self, t: &Token) -> bool {
        self.places.contains(&t.exact)
    }
    /// A one-word reporting verb of the cue list (`said`, `tells`).
    pub fn is_speech_verb(&self, t: &Token) -> bool {
        t.shape == Shape::Lower && self.speech_verbs.contains(&t.folded)
    }
    pub fn is_trigger(&self, id: EntryId) -> bool {
        self.triggers.contains(&id)
    }
    /// Every honorific opens with a word: then only a word can open one,
    /// as no number, mark or CJK character folds to a word's text.
    pub fn honorifics_open_with_words(&self) -> bool {
        self.honorifics_open_with_words
    }
    /// An honorific starting at `i`: (gender, tokens).
    pub fn honorific_at(&self, tokens: &[Token], i: usize) -> Option<(Option<Gender>, usize)> {
        self.honorifics
            .longest_at(tokens, i, true)
            .map(|(h, n)| (h.gender, n))
    }
    /// An institution suffix (`Inc`, `Ltd.`) starting at `i`: tokens.
    pub fn suffix_at(&self, tokens: &[Token], i: usize) -> Option<usize> {
        self.suffixes.longest_at(tokens, i, true).map(|(_, n)| n)
    }
    /// A title starting at `i`: (entry, tokens).
    pub fn title_at(&self, tokens: &[Token], i: usize) -> Option<(EntryId, usize)> {
        self.titles
            .longest_at(tokens, i, true)
            .map(|(h, n)| (h.entry, n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::DictionariesBuilder;
    use std::time::Instant;

    /// The prefix filter stops a scan only where no longer form can
    /// match: forms sharing a first token, of one to four tokens, with
    /// gaps between their lengths, are each found where they stand alone
    /// and the longest wins where they overlap.
    #[test]
    fn longest_form_is_found_past_shorter_ones() {
        let tsv = "name\ttype\n\
Velmar\tinstitution\n\
Velmar Bank of Kelso\tinstitution\n\
Velmar Bank of Kelso Holdings\tinstitution\n\
chief\ttitle\n\
chief executive officer\ttitle\n";
        let mut b = DictionariesBuilder::default();
        b.add_text("test.tsv", tsv);
        let d = b.build().unwrap();
        let m = Matcher::new(&d);
        let cases = [
            ("Velmar rose", vec![("Velmar", 1)]),
            ("Velmar Bank rose", vec![("Velmar", 1)]),
            ("Velmar Bank of Kelso rose", vec![("Velmar", 4)]),
            ("Velmar Bank of Kelso Holdings rose", vec![("Velmar", 5)]),
            ("the chief executive said", vec![("chief", 1)]),
            ("the chief executive officer said", vec![("chief", 3)]),
        ];
        for (text, want) in cases {
            let tokens = super::super::tokens::tokenize(text, None);
            let headline = vec![false; tokens.last().map_or(0, |t| t.sentence as usize + 1)];
            let mut out = Vec::new();
            m.scan(&tokens, &headline, &mut out);
            let got: Vec<(&str, usize)> = out
                .iter()
                .map(|c| (tokens[c.start].span.of(text), c.end - c.start))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// `people` looks for honorifics among the capitalised words only
    /// while every honorific opens with a word; one that opens with a
    /// mark, a number or a CJK character sends it back to every token.
    #[test]
    fn honorifics_open_with_words_only_when_every_form_does() {
        let cases = [
            ("plain and dotted", "Mr\thonorific\tMr.\n", true),
            ("lower-case word", "Sheikh\thonorific\tal-Sheikh\n", true),
            ("opening bracket", "Mr\thonorific\t(Mr)\n", false),
            ("number", "Mr\thonorific\t1st Mr\n", false),
            ("cjk", "Mr\thonorific\t先生\n", false),
        ];
        for (name, rows, want) in cases {
            let mut b = DictionariesBuilder::default();
            b.add_text("test.tsv", &format!("name\ttype\taliases\n{rows}"));
            let m = Matcher::new(&b.build().unwrap());
            assert_eq!(m.honorifics_open_with_words(), want, "{name}");
        }
    }

    /// A synthetic list of `n` people and institutions with aliases.
    fn synthetic(n: usize) -> String {
        const SYL: [&str; 16] = [
            "ka", "lo", "mi", "ne", "ra", "to", "shi", "van", "der", "bel", "mor", "tin", "gra",
            "hol", "wen", "dor",
        ];
        let mut x: u64 = 7;
        let mut word = || {
            let mut w = String::new();
            for _ in 0..3 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                w.push_str(SYL[(x % 16) as usize]);
            }
            let mut c = w.chars();
            let f = c.next().unwrap().to_ascii_uppercase();
            format!("{f}{}", c.as_str())
        };
        let mut s = String::from("name\ttype\tid\taliases\tcountry\n");
        for i in 0..n {
            if i % 5 == 0 {
                s.push_str(&format!(
                    "{} {} Institute\tinstitution\tb{i}\t\tXX\n",
                    word(),
                    word()
                ));
            } else {
                let (a, b, c) = (word(), word(), word());
                s.push_str(&format!("{a} {b}\tperson\tb{i}\t{}. {c}\t\n", &a[..1]));
            }
        }
        s
    }

    /// `cargo test --release --lib -- --ignored --nocapture million`:
    /// load and build for a million entries, the scaling target.
    #[test]
    #[ignore]
    fn million_entries_load_and_build() {
        let text = synthetic(1_000_000);
        let t = Instant::now();
        let mut b = DictionariesBuilder::default();
        b.add_text("synthetic.tsv", &text);
        let d = b.build().unwrap();
        let load = t.elapsed();
        let t = Instant::now();
        let m = Matcher::new(&d);
        let build = t.elapsed();
        eprintln!("1M entries: load {load:?}, build {build:?}");
        assert_eq!(d.entries.len(), 1_000_000);
        assert!(m.names.map.len() > 1_000_000);
    }
}
