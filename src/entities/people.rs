//! Person names that no list holds, recognised by their parts and context.
//!
//! Reads the [`Token`]s (and the title candidates `lexicon` already found);
//! adds person [`Candidate`]s, each naming its rule:
//!
//! | rule | example |
//! |---|---|
//! | `pattern:honorific` | `Mr Blair`, `Dr. Ana Ruiz` |
//! | `pattern:title` | `President Obama`, `Minister Lu`, `Prof. Jia Qingguo` |
//! | `pattern:given+surname` | `Gareth Okoro` (a known given name first) |
//! | `pattern:surname+given` | `Lu Wei`, `Jia Xiudong` (Chinese/Korean order) |
//! | `pattern:initials` | `M. Okoro`, `J.D. Salinger` |
//! | `pattern:surname` | `Kerrin Walsh` (a known surname last) |
//! | `pattern:name-place` | `Anna Roe ( Norway )` in results tables |
//! | `pattern:name-pair` | `, Tavo Brenik ,` (unknown pair in a list) |
//! | `pattern:apposition` | `Ola Nordmann, a professor at ...`, `Ola Nordmann, 45,` |
//! | `pattern:particle` | `Ola van Dreven`, `Ola Van Dreven` (a particle inside) |
//! | `pattern:description` | `Nordvik spokesman Ola Lindqvist`, `rebel leader Barzoni` |
//! | `pattern:scorecard` | `c Lind b Haldane 56`, `Bowling : Okoro 8-1-31-2` |
//! | `pattern:list` | `Teams : Okoro , Lind , Haldane , Hill .` (most items names) |
//!
//! All start from a *name run*: consecutive capitalised words in one
//! sentence that are not ordinary words (`nonname` list: sentence-initial
//! `However`, months, days, boilerplate such as `Print Mail`, event words
//! such as `Cup`), not nationality adjectives (`nonname` rows of category
//! `demonym`: `American Nate Roe` is `Nate Roe`), not title or
//! institution words, not place words such as `Road`. Headline sentences in
//! capitals get no patterns at all.

use super::lexicon::{Map, Matcher};
use super::tokens::{hash_str, Shape, Token};
use super::{Candidate, MentionKind, Source, Table};
use std::cell::RefCell;

/// Words that end place names, never person names (`Kelso Road`). Words
/// that are also common surnames (`Park`, `Hill`, `Hall`, `Lane`) are
/// deliberately absent.
const PLACE_WORDS: &[&str] = &[
    "Road",
    "Street",
    "St",
    "Avenue",
    "Lane",
    "Square",
    "Park",
    "River",
    "Lake",
    "Mountain",
    "Mount",
    "Island",
    "Islands",
    "Bridge",
    "Hall",
    "Bay",
    "Valley",
    "Beach",
    "Coast",
    "Hill",
    "Hills",
    "Sea",
    "Ocean",
    "Gulf",
    "Strait",
    "Peninsula",
    "Desert",
    "Airport",
    "Stadium",
    "Tower",
    "Palace",
    "Castle",
    "Cathedral",
    "Abbey",
    "Gardens",
    "Way",
    "Drive",
    "Place",
    "Province",
    "County",
    "State",
    "City",
    "District",
    "Region",
    "Republic",
    "Kingdom",
];

/// Place words that, after a given name, are a family name far more often
/// than a place (`Ola Hill`, `Ana Hall`, `Rita Lane`).
const SURNAME_PLACE_WORDS: &[&str] = &["Hill", "Hall", "Lane"];

/// Word endings after a hyphen that make an adjective of a name
/// (`Oslo-based`, `Chilean-born`, `state-owned`).
const ADJECTIVE_TAILS: &[&str] = &[
    "based",
    "born",
    "bred",
    "led",
    "listed",
    "owned",
    "run",
    "backed",
    "made",
    "style",
    "era",
    "controlled",
    "registered",
    "funded",
    "sponsored",
    "linked",
    "speaking",
    "dominated",
];

/// Lower-case name particles: `Ludwig van Beethoven`, `Osama bin Laden`.
const PARTICLES: &[&str] = &[
    "van", "von", "de", "del", "della", "der", "den", "da", "di", "du", "dos", "das", "le", "la",
    "bin", "ibn", "al", "el", "ter", "ten", "y",
];

/// Particles that join only personal names (`van`, `bin`), unlike `de`
/// or `la`, which also join place and newspaper names.
/// Bytes of the longest of [`PARTICLES`].
const LONGEST_PARTICLE: usize = {
    let (mut i, mut n) = (0, 0);
    while i < PARTICLES.len() {
        if PARTICLES[i].len() > n {
            n = PARTICLES[i].len();
        }
        i += 1;
    }
    n
};

const STRONG_PARTICLES: &[&str] = &["van", "von", "der", "den", "ter", "ten", "bin", "ibn", "al"];

/// Articles and determiners that may open an apposition.
const APPOSITION_OPENERS: &[&str] = &["a", "an", "the", "its", "his", "her", "their", "former"];

/// Pinyin (and common Korean romanisation) initials and finals. A Chinese
/// or Korean given name is one to three such syllables (`Wei`, `Qingguo`,
/// `Xiu-dong`, `Jae-in`); English words rarely split that way (`Island`,
/// `Bank` do not), which is what keeps `Long Island` from being a person.
const INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
];
const FINALS: &[&str] = &[
    "iang", "iong", "uang", "yeon", "yeong", "eong", "ang", "eng", "ing", "ong", "iao", "ian",
    "uai", "uan", "yeo", "wan", "won", "eon", "eun", "ai", "ei", "ui", "ao", "ou", "iu", "ie",
    "ue", "ve", "er", "an", "en", "in", "un", "ia", "ua", "uo", "eo", "eu", "ae", "oe", "ok", "uk",
    "ik", "ak", "il", "ul", "ye", "yu", "yo", "ya", "a", "o", "e", "i", "u", "v",
];

pub(super) fn syllables(word: &str) -> bool {
    fn go(w: &str, n: usize) -> bool {
        if w.is_empty() {
            return n > 0;
        }
        if n == 3 {
            return false;
        }
        let starts = std::iter::once("").chain(INITIALS.iter().copied());
        for i in starts.filter(|i| w.starts_with(i)) {
            let rest = &w[i.len()..];
            for f in FINALS.iter().filter(|f| rest.starts_with(*f)) {
                if go(&rest[f.len()..], n + 1) {
                    return true;
                }
            }
        }
        false
    }
    let lower = word.to_ascii_lowercase();
    word.len() <= 12 && word.is_ascii() && lower.split('-').all(|p| go(p, 0))
}

fn is_particle(text: &str, t: &Token) -> bool {
    t.shape == Shape::Lower && PARTICLES.contains(&t.span.of(text))
}

/// A particle written with a capital inside a name (`Jorn De Velde`,
/// `Ola Van Dreven`): `De` and `Van` are also in the given-name list,
/// but there they begin the family name, never a new person.
fn is_capital_particle(text: &str, t: &Token) -> bool {
    let s = t.span.of(text);
    t.shape == Shape::Title
        && s.len() <= 4
        && PARTICLES
            .iter()
            .any(|p| p.len() == s.len() && p.eq_ignore_ascii_case(s))
}

/// What `classify` needs to know about the tokens around a run, computed
/// once per article from the dictionary candidates.
struct Context<'a> {
    /// A capitalised title or honorific usable before a name ends here.
    trigger_end: &'a [Option<Option<super::Gender>>],
    /// A lower-case title or description ends here: where it starts.
    desc_end: &'a [Option<usize>],
    /// One past the longest dictionary place starting here (0: none).
    place_end: &'a [usize],
    /// A one-word dictionary person starts here.
    dict_person: &'a [bool],
}

/// True for a capitalised word that may be part of a name.
///
/// The tests on the token alone are inlined into the run loop, which
/// calls this on every token; the list look-ups and the context are in
/// [`nameish_word`].
#[inline(always)]
fn nameish(m: &Matcher, text: &str, tokens: &[Token], i: usize, title_starts: &[bool]) -> bool {
    let t = &tokens[i];
    let word = match t.shape {
        Shape::Title => true,
        // `al-Abidine`, `bin-Talal`: a particle joined to a capitalised
        // name. Only the first bytes can hold the hyphen after a particle
        // (a search of the whole word cost more than the rest of this test).
        Shape::Lower if t.hyphen => {
            // Bytes, not `str` slices: this runs on every lower-case word
            // with a hyphen.
            let head =
                &text.as_bytes()[t.span.start..t.span.end.min(t.span.start + LONGEST_PARTICLE + 1)];
            head.iter().position(|&b| b == b'-').is_some_and(|k| {
                let s = t.span.of(text);
                PARTICLES.contains(&&s[..k]) && s[k + 1..].starts_with(|c: char| c.is_uppercase())
            })
        }
        _ => false,
    };
    word && !title_starts[i] && nameish_word(m, text, tokens, i)
}

/// [`nameish`] for a title-case word or a joined particle that starts no
/// title: not in the word lists, no adjective, no place word, no suffix.
#[inline(never)]
fn nameish_word(m: &Matcher, text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if m.is_nonname(t) || m.is_head(t) || m.is_demonym(t) && !demonym_surname(m, text, tokens, i) {
        return false;
    }
    let s = t.span.of(text);
    // `Oslo-based`, `Chilean-born`: an adjective made from a name.
    // (The last hyphen found by bytes: `rsplit_once` sets up a string
    // search per call, and this runs on every capitalised word.)
    if t.hyphen
        && s.bytes()
            .rposition(|b| b == b'-')
            .is_some_and(|k| ADJECTIVE_TAILS.contains(&&s[k + 1..]))
    {
        return false;
    }
    // The word before, when it is in the same sentence.
    let prev = i
        .checked_sub(1)
        .map(|k| &tokens[k])
        .filter(|p| p.sentence == t.sentence);
    // `Kelso Road` is a place but `Ola Hill` a person: the place
    // words that are mostly surnames join a name after a given name
    // (`Hyde Park` stays a place).
    if place_word(t, s)
        && !(SURNAME_PLACE_WORDS.contains(&s) && prev.is_some_and(|p| m.given(text, p).is_some()))
    {
        return false;
    }
    // A legal suffix ends a company name (`Nordvik Kraft Asa`); it cannot
    // open one, and a given name that is also a suffix (`Asa Lindqvist`)
    // then opens a person's name.
    !(prev.is_some_and(|p| matches!(p.shape, Shape::Title | Shape::Caps))
        && m.suffix_at(tokens, i).is_some())
}

/// A nationality word that is a family name here (`Tavo Cuban said`,
/// `Tavo Cuban, the owner`): after a given name and before a reporting
/// verb, a comma, a colon or a possessive. Before anything else it stays
/// an adjective (`Will British voters`), and after a place that is also a
/// given name too (`Ohio Republican, …`).
fn demonym_surname(m: &Matcher, text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let same = |k: usize| tokens.get(k).filter(|n| n.sentence == t.sentence);
    // (A place that is also a given name is the place: `Ohio Republican`.)
    let given = i > 0 && same(i - 1).is_some_and(|p| m.given(text, p).is_some() && !m.is_place(p));
    let next = same(i + 1);
    given
        && next.is_some_and(|n| {
            matches!(n.span.of(text), "," | ":" | "'s" | "’s") || m.is_speech_verb(n)
        })
}

/// `s`, the text of `t`, is one of [`PLACE_WORDS`]: a look-up of the
/// token's hash first, as nearly every word is none of them.
fn place_word(t: &Token, s: &str) -> bool {
    static HASHES: std::sync::OnceLock<Map<()>> = std::sync::OnceLock::new();
    HASHES
        .get_or_init(|| PLACE_WORDS.iter().map(|w| (hash_str(w), ())).collect())
        .contains_key(&t.exact)
        && PLACE_WORDS.contains(&s)
}

/// An initial at `i` (`M` `.`, `J.D` `.`): returns its token count.
fn initial_at(m: &Matcher, text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if t.shape != Shape::Caps {
        return None;
    }
    let s = t.span.of(text);
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    // `U.S.` has the shape of initials; a dictionary name never counts.
    let short = t.shape == Shape::Caps
        && letters <= 3
        && (letters == 1 || s.contains('.'))
        && !m.name_starts_at(tokens, i);
    let dot = tokens.get(i + 1).is_some_and(|d| {
        d.span.start == t.span.end && d.span.of(text) == "." && d.sentence == t.sentence
    });
    (short && dot).then_some(2)
}

/// The per-token tables of [`find`], one set per thread.
struct Tables {
    title_starts: Table<bool>,
    trigger_end: Table<Option<Option<super::Gender>>>,
    desc_end: Table<Option<usize>>,
    place_end: Table<usize>,
    dict_person: Table<bool>,
}

thread_local! {
    static TABLES: RefCell<Tables> = const {
        RefCell::new(Tables {
            title_starts: Table::new(false),
            trigger_end: Table::new(None),
            desc_end: Table::new(None),
            place_end: Table::new(0),
            dict_person: Table::new(false),
        })
    };
}

/// Add person candidates for every name run in the article.
pub fn find(
    m: &Matcher,
    text: &str,
    tokens: &[Token],
    openers: &[usize],
    headline: &[bool],
    out: &mut Vec<Candidate>,
) {
    TABLES.with_borrow_mut(|tables| find_with(m, text, tokens, openers, headline, out, tables))
}

fn find_with(
    m: &Matcher,
    text: &str,
    tokens: &[Token],
    openers: &[usize],
    headline: &[bool],
    out: &mut Vec<Candidate>,
    tables: &mut Tables,
) {
    let Tables {
        title_starts,
        trigger_end,
        desc_end,
        place_end,
        dict_person,
    } = tables;
    // Capitalised titles usable before a name, by the token they end at,
    // and every token where a title starts (those never join a name run).
    title_starts.start(tokens.len());
    trigger_end.start(tokens.len() + 1);
    // Only titles used before names count: occupations such as `baker`
    // or `smith` are also surnames and must stay inside name runs.
    //
    // A one-word title that is also a name is a name when the neighbours
    // say so: a given name followed by a surname (`Dean Walsh`),
    // or a surname after a given name (`Billie Jean King`).
    let is_name_here = |c: &Candidate| {
        let t = &tokens[c.start];
        // `Dean Walsh` but not `King Tavo Brenik`: the next word must
        // be a known surname.
        let next_surname = tokens
            .get(c.end)
            .is_some_and(|n| n.sentence == t.sentence && m.surname(n).is_some());
        // `Norwegian President Ola Lindqvist`: a nationality that is also in
        // the given-name list does not make the title a surname.
        let after_given = c.start > 0
            && tokens[c.start - 1].sentence == t.sentence
            && m.given(text, &tokens[c.start - 1]).is_some()
            && !m.is_demonym(&tokens[c.start - 1]);
        c.end - c.start == 1
            && t.shape == Shape::Title
            && ((m.given(text, t).is_some() && next_surname)
                || (m.surname(t).is_some() && after_given))
    };
    for c in out.iter().filter(|c| c.kind == MentionKind::Title) {
        if c.entry.is_some_and(|e| m.is_trigger(e)) && !is_name_here(c) {
            title_starts.set(c.start, true);
            if tokens[c.start].shape == Shape::Title {
                trigger_end.set(c.end, Some(c.gender));
            }
        }
    }
    // Honorifics (`Mr`, `Dr.`) likewise, by the token they end at. When
    // every honorific opens with a word, only a capitalised word, one of
    // the `openers`, can open one here.
    let every_token: Vec<usize>;
    let starts = if m.honorifics_open_with_words() {
        openers
    } else {
        every_token = (0..tokens.len()).collect();
        &every_token
    };
    for &k in starts {
        if tokens[k].shape == Shape::Lower {
            continue;
        }
        if let Some((gender, n)) = m.honorific_at(tokens, k) {
            title_starts.set(k, true);
            trigger_end.set(k + n, Some(gender));
        }
    }
    // Lower-case titles and descriptions (`spokesman`, `rebel leader`,
    // `general manager`) by the token they end at: a capitalised run right
    // after one is the name it describes (`Nordvik spokesman Ola Lindqvist`).
    desc_end.start(tokens.len() + 1);
    // Dictionary places and persons by start token: (end of the longest
    // place, a one-word dictionary person).
    place_end.start(tokens.len());
    dict_person.start(tokens.len());
    for c in out.iter() {
        match c.kind {
            MentionKind::Title if tokens[c.start].shape == Shape::Lower => {
                desc_end.set(c.end, Some(c.start))
            }
            MentionKind::Place => place_end.set(c.start, place_end.slots()[c.start].max(c.end)),
            MentionKind::Person if c.source == Source::Dictionary => dict_person.set(c.start, true),
            _ => {}
        }
    }
    let title_starts = title_starts.slots();
    let ctx = Context {
        trigger_end: trigger_end.slots(),
        desc_end: desc_end.slots(),
        place_end: place_end.slots(),
        dict_person: dict_person.slots(),
    };
    // The current run's parts as (first token, tokens), one buffer for
    // every run.
    let mut parts: Vec<(usize, usize)> = Vec::new();
    // A run opens with a name word, a joined particle (`al-Abidine`) or
    // an initial: one of the `openers`. `next`: the first token after the
    // last run.
    let mut next = 0;
    for &i in openers {
        let t = &tokens[i];
        if i < next || headline[t.sentence as usize] {
            continue;
        }
        // Build the run: name words, initials, particles between names.
        parts.clear();
        let mut j = i;
        while j < tokens.len() && tokens[j].sentence == t.sentence {
            let p = if nameish(m, text, tokens, j, title_starts) {
                Some(1)
            } else if let Some(n) = initial_at(m, text, tokens, j) {
                Some(n)
            } else if !parts.is_empty() && is_particle(text, &tokens[j]) {
                // `van Dreven`, `van der Merwel`: particles count only
                // when a name word follows them.
                let mut k = j + 1;
                while tokens.get(k).is_some_and(|t| is_particle(text, t)) && k < j + 2 {
                    k += 1;
                }
                (k < tokens.len()
                    && tokens[k].sentence == t.sentence
                    && nameish(m, text, tokens, k, title_starts))
                .then_some(1)
            } else {
                None
            };
            match p {
                Some(n) => {
                    parts.push((j, n));
                    j += n;
                }
                None => break,
            }
        }
        if parts.is_empty() {
            continue;
        }
        classify(m, text, tokens, &parts, &ctx, out);
        next = j;
    }
    // A list of four items has three separators; most sentences have
    // fewer commas and cost nothing more. A comma is always a token of its
    // own, so a sentence's commas are the comma bytes of its text: found
    // in the whole text at once, not token by token.
    let mut commas = memchr::memchr_iter(b',', text.as_bytes()).peekable();
    let mut a = 0;
    while a < tokens.len() {
        let sentence = tokens[a].sentence;
        // Sentence numbers never decrease: the sentence's end by binary
        // search, not a walk over its tokens.
        let b = a + tokens[a..].partition_point(|t| t.sentence == sentence);
        let mut n = 0;
        while commas.next_if(|&c| c < tokens[b - 1].span.end).is_some() {
            n += 1;
        }
        if !headline[sentence as usize] && n >= 2 {
            name_list(m, text, tokens, a, b, out);
        }
        a = b;
    }
}

/// Team sheets and lists of players (`Okoro , Lind , Haldane , Hill ,
/// McTavish .`, `Did not bat : Okoro , Lindqvist , Haldane .`): a
/// sentence that is nothing but a list of at least four short capitalised
/// items, after an optional `... :` lead, where at least half the items
/// are already persons or carry a known surname or given name. Then the
/// other items are persons too, except those the dictionaries know as a
/// place or institution. A list of towns or companies has no such
/// majority, and bracketed notes (`( captain )`, `( 41st min , pen )`) are
/// skipped.
fn name_list(
    m: &Matcher,
    text: &str,
    tokens: &[Token],
    a: usize,
    b: usize,
    out: &mut Vec<Candidate>,
) {
    let s = |k: usize| tokens[k].span.of(text);
    // A mark is a punctuation token: its shape, then its byte (the lead
    // is looked for back from the end of every sentence with two commas).
    let mark = |k: usize, c: u8| tokens[k].shape == Shape::Punct && tokens[k].bytes(text) == [c];
    // The lead: `Did not bat :`, `Teams :`, or a team before a dash
    // (`Norway - Ola Okoro , ...`).
    let lead = (a..b)
        .rfind(|&k| mark(k, b':'))
        .or_else(|| (a..b.min(a + 5)).find(|&k| mark(k, b'-')))
        .map_or(a, |k| k + 1);
    let mut items: Vec<(usize, usize)> = Vec::new();
    // The current item: its first token and one past its last name word.
    let mut item: Option<(usize, usize)> = None;
    let mut depth = 0u32;
    for k in lead..b {
        let t = &tokens[k];
        match s(k) {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            // A full stop ends the list, or belongs to an initial (`J.`).
            "." if k + 1 < b => {
                let initial = item.is_some() && tokens[k - 1].span.end == t.span.start;
                if !initial {
                    return;
                }
                item = item.map(|(st, _)| (st, k + 1));
            }
            "," | "and" | "." => items.extend(item.take()),
            _ if matches!(t.shape, Shape::Title | Shape::Caps) || is_particle(text, t) => {
                item = Some((item.map_or(k, |(st, _)| st), k + 1));
            }
            _ => return,
        }
    }
    items.extend(item);
    if items.len() < 4 || items.iter().any(|&(x, y)| y - x > 4) {
        return;
    }
    let covering = |x: usize, y: usize, kind: MentionKind| {
        out.iter()
            .any(|c| c.kind == kind && c.start <= x && y <= c.end)
    };
    let person = |x: usize, y: usize| {
        out.iter()
            .any(|c| c.kind == MentionKind::Person && c.start < y && x < c.end)
    };
    let evidence = items
        .iter()
        .filter(|&&(x, y)| {
            let last = &tokens[y - 1];
            person(x, y)
                || m.surname(last).is_some_and(|s| !s.common_word)
                || (y - x > 1 && m.given(text, &tokens[x]).is_some())
        })
        .count();
    if evidence * 2 < items.len() {
        return;
    }
    let found: Vec<Candidate> = items
        .iter()
        .filter(|&&(x, y)| {
            let other =
                covering(x, y, MentionKind::Place) || covering(x, y, MentionKind::Institution);
            !(person(x, y) || other || m.is_nonname(&tokens[x]) || m.is_demonym(&tokens[x]))
        })
        .map(|&(x, y)| Candidate::new(x, y, MentionKind::Person, Source::Pattern, "pattern:list"))
        .collect();
    out.extend(found);
}

/// Decide whether a run (or its tail) is a person and with which rule.
fn classify(
    m: &Matcher,
    text: &str,
    tokens: &[Token],
    parts: &[(usize, usize)],
    ctx: &Context,
    out: &mut Vec<Candidate>,
) {
    let end = parts.last().map(|&(j, n)| j + n).unwrap();
    let first = parts[0].0;
    // A name is at most four words; a longer run is a list or a heading.
    if parts.len() > 4 {
        return;
    }
    // Honorific or title just before the run.
    if let Some(gender) = ctx.trigger_end[first] {
        let honorific = (first > 0 && m.honorific_at(tokens, first - 1).is_some())
            || (first > 1
                && m.honorific_at(tokens, first - 2)
                    .is_some_and(|(_, n)| n == 2));
        let rule = if honorific {
            "pattern:honorific"
        } else {
            "pattern:title"
        };
        let mut c = Candidate::new(first, end, MentionKind::Person, Source::Pattern, rule);
        c.gender = gender;
        // `President Okoro`: the title says person, which outweighs a
        // one-word place of that name (a town called Okoro), but a
        // dictionary person keeps its entry.
        if end - first == 1 && !ctx.dict_person[first] {
            c.priority = 5;
        }
        out.push(c);
        return;
    }
    // A cricket scorecard names players by the marks around them.
    if parts.len() <= 3 && scorecard(text, tokens, first, end) {
        out.push(Candidate::new(
            first,
            end,
            MentionKind::Person,
            Source::Pattern,
            "pattern:scorecard",
        ));
        return;
    }
    if ctx.desc_end[first].is_some() && described(m, text, tokens, parts, ctx) {
        out.push(Candidate::new(
            first,
            end,
            MentionKind::Person,
            Source::Pattern,
            "pattern:description",
        ));
        return;
    }
    // Otherwise try the run from each start. A given name (or a Chinese
    // surname with its given name) opens a name wherever it stands:
    // `American Tobin Marsh` is a person from `Tobin` on. Only when no
    // such start exists do the weaker rules apply, and a rule that fits
    // only a tail (`Jorn De Velde`: `De Velde` has a known surname) keeps
    // the whole run up to three words, since the words before are more
    // likely an unknown given name than anything else.
    // At most four parts (above): the rules fit an array, not a Vec.
    let mut rules: [Option<(&'static str, Option<super::Gender>)>; 4] = [None; 4];
    for (s, r) in rules.iter_mut().enumerate().take(parts.len()) {
        let t = &tokens[parts[s].0];
        if !(is_particle(text, t) || (s > 0 && is_capital_particle(text, t))) {
            *r = rule_for(m, text, tokens, &parts[s..], end, ctx);
        }
    }
    let rules = &rules[..parts.len()];
    let strong = |r: &&'static str| matches!(*r, "pattern:given+surname" | "pattern:surname+given");
    let pick = rules
        .iter()
        .position(|r| r.as_ref().is_some_and(|(rule, _)| strong(rule)))
        .or_else(|| rules.iter().position(|r| r.is_some()));
    let Some(s) = pick else { return };
    let (rule, gender) = rules[s].unwrap();
    let from = if strong(&rule) || parts.len() > 3 {
        s
    } else {
        0
    };
    if !plausible(m, text, tokens, &parts[from..], rule, ctx) {
        return;
    }
    let mut c = Candidate::new(
        parts[from].0,
        end,
        MentionKind::Person,
        Source::Pattern,
        rule,
    );
    c.gender = gender;
    out.push(c);
}

/// Team and company names built from places (`Real Madrid`, `Air
/// France`, `Florida Marlins`) have the shape of a person name; a run
/// starting with a place that is not also a given name (`Jordan
/// Henderson` is fine) is not taken for a person, nor one starting with a
/// place of several words (`San Marco Lions`, `Buenos Aires Herald`). A
/// place (even one that is a given name) before a plural that is no
/// surname is a team (`Houston Rockets`, `Ohio Foxes`; but `Jordan
/// Davis`). A run *ending* in a place is a person: too many surnames are
/// also towns (`Hill`, `Lewis`).
fn plausible(
    m: &Matcher,
    text: &str,
    tokens: &[Token],
    parts: &[(usize, usize)],
    rule: &str,
    ctx: &Context,
) -> bool {
    let start = parts[0].0;
    let first = &tokens[start];
    let end = parts.last().map(|&(j, n)| j + n).unwrap();
    if rule == "pattern:apposition" {
        return true;
    }
    if m.is_place(first) && m.given(text, first).is_none() {
        return false;
    }
    let place_end = ctx.place_end[start];
    if place_end > start + 1 && place_end < end {
        return false;
    }
    let last = &tokens[end - 1];
    let plural = last.span.of(text).ends_with('s')
        && !last.span.of(text).ends_with("ss")
        && m.surname(last).is_none();
    !(m.is_place(first) && plural && parts.len() == 2)
}

fn rule_for(
    m: &Matcher,
    text: &str,
    tokens: &[Token],
    parts: &[(usize, usize)],
    end: usize,
    ctx: &Context,
) -> Option<(&'static str, Option<super::Gender>)> {
    let tok = |p: (usize, usize)| &tokens[p.0];
    let is_initial = |p: (usize, usize)| p.1 == 2;
    let last = *parts.last().unwrap();
    if parts.len() >= 2 && !is_initial(last) {
        let head = tok(parts[0]);
        if !is_initial(parts[0]) {
            // Chinese/Korean order first: `Lu` is also an English given
            // name (female in the census list), but `Lu Wei` is surname +
            // given name, and the gender is then unknown, not female.
            if m.surname(head).is_some_and(|s| s.east_asian)
                && parts[1..].iter().all(|&p| syllables(tok(p).span.of(text)))
                && parts.len() <= 3
            {
                return Some(("pattern:surname+given", None));
            }
            if let Some(gender) = m.given(text, head) {
                return Some(("pattern:given+surname", gender));
            }
        }
        if parts.iter().any(|&p| is_initial(p)) {
            return Some(("pattern:initials", None));
        }
        let last_tok = tok(last);
        // `Ola van Dreven`, `Ola Van Dreven`: a particle between
        // two name words, neither of them a place (`Rio de Janeiro`).
        // Romance particles (`de`, `della`) also join ordinary phrases
        // (`Plaza de Armas`, `Gazzetta della Vela`), so with them the name
        // must open with a given name or be three words ending in a
        // surname (`Jorn De Velde`).
        let inner = &parts[1..parts.len() - 1];
        let particle = |p: &(usize, usize)| {
            let t = tok(*p);
            is_particle(text, t) || is_capital_particle(text, t)
        };
        let strong = inner.iter().filter(|p| particle(p)).any(|&p| {
            let s = tok(p).span.of(text);
            STRONG_PARTICLES.iter().any(|w| w.eq_ignore_ascii_case(s))
        });
        let known = m.given(text, head).is_some()
            || (parts.len() == 3 && m.surname(last_tok).is_some_and(|s| !s.common_word));
        if parts.len() >= 3
            && inner.iter().any(particle)
            && (strong || known)
            && !m.is_place(head)
            && !m.is_place(last_tok)
            && !is_capital_particle(text, head)
        {
            return Some(("pattern:particle", None));
        }
        // (At a sentence start the first word may be an ordinary one,
        // unless a reporting verb follows: `Tavo Okafor said`. Companies
        // speak too (`Harrow Brask said it`), so the run must also be no
        // title, place or listed name, and a person's words must follow:
        // `he` or `she` in the sentence, or the family name alone
        // elsewhere in the article.)
        let speaks = || {
            let at = |k: usize| tokens.get(k).filter(|t| t.sentence == head.sentence);
            let listed = |p: (usize, usize)| {
                let t = tok(p);
                m.is_place(t) || m.in_names(t) || m.title_at(tokens, p.0).is_some()
            };
            let personal = (end + 1..end + 8)
                .map_while(at)
                .any(|t| matches!(t.span.of(text), "he" | "she" | "his" | "her"));
            let alone = |k: usize| {
                let capital = |j: usize| {
                    tokens.get(j).is_some_and(|n| {
                        n.sentence == tokens[k].sentence
                            && matches!(n.shape, Shape::Title | Shape::Caps)
                    })
                };
                tokens[k].exact == last_tok.exact && !(k > 0 && capital(k - 1)) && !capital(k + 1)
            };
            at(end).is_some_and(|t| m.is_speech_verb(t))
                && !parts.iter().any(|&p| listed(p))
                && (personal || (0..tokens.len()).any(alone))
        };
        if parts.len() <= 3
            && m.surname(last_tok).is_some_and(|s| !s.common_word)
            && !m.is_place(head)
            && (!head.initial || speaks())
        {
            return Some(("pattern:surname", None));
        }
        if parts.len() <= 3 && place_in_brackets(m, text, tokens, end, ctx) {
            return Some(("pattern:name-place", None));
        }
    }
    if apposition_after(m, text, tokens, end, parts.len()) {
        return Some(("pattern:apposition", None));
    }
    if unknown_pair(m, text, tokens, parts) {
        return Some(("pattern:name-pair", None));
    }
    None
}

/// Two capitalised words, not at a sentence start, neither a place nor in
/// any list, in a list or before a possessive (`, Tavo Brenik ,`,
/// `Asa Lindvall ( Sweden )`, `Dieter Kranzl 's`): in news such a pair
/// is a person far more often than anything else, and the organisations
/// and places it could be are in the lists or carry a cue word.
fn unknown_pair(m: &Matcher, text: &str, tokens: &[Token], parts: &[(usize, usize)]) -> bool {
    if parts.len() != 2 || parts.iter().any(|p| p.1 != 1) {
        return false;
    }
    let (a, b) = (&tokens[parts[0].0], &tokens[parts[1].0]);
    if a.initial || [a, b].iter().any(|t| m.is_place(t) || m.in_names(t)) {
        return false;
    }
    let at = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.sentence == a.sentence)
            .map(|t| t.span.of(text))
    };
    let before = parts[0].0.checked_sub(1).and_then(at);
    let after = at(parts[1].0 + 1);
    // (A pair ending in a family name that is also an ordinary word, which
    // `pattern:surname` does not take, only inside a list or set off after
    // a quotation: `, Olo Day ,`, `"…," Olo Day, the pilot`, but not `on
    // Election Day, officials said`.)
    let listed = matches!(before, Some("," | "(" | "and" | ";" | ":" | "-"));
    if m.surname(b).is_some_and(|s| s.common_word) {
        let after_quote = matches!(before, Some("\"" | "”" | "''")) && after == Some(",");
        return listed || after_quote;
    }
    listed || matches!(after, Some("," | "(" | "'s" | "’s" | ")" | ";"))
}

/// `Anton Hill ( Norway ) won ...`, `Jane Roe (Ohio)`: a name with
/// its country or state in brackets, as results tables and agency copy
/// write them.
fn place_in_brackets(m: &Matcher, text: &str, tokens: &[Token], end: usize, ctx: &Context) -> bool {
    // (Bytes: a `str` slice checks both its ends for a character
    // boundary, and this runs after every name.)
    let is = |k: usize, s: &[u8]| tokens.get(k).is_some_and(|t| t.bytes(text) == s);
    if !is(end, b"(") || end + 1 >= tokens.len() {
        return false;
    }
    // `( U.S. )`, `( Czech Republic )`: places of more than one token.
    let place_end = match ctx.place_end[end + 1] {
        0 if m.is_place(&tokens[end + 1]) => end + 2,
        0 => return false,
        e => e,
    };
    is(place_end, b")")
}

/// Cricket scorecards: a name after a dismissal mark and before the runs
/// or the bowler (`J. Okoro c Lind b Haldane 56`, `lbw b Haldane 0`,
/// `st Lind b Haldane 6`), or a name before bowling figures
/// (`Bowling : Okoro 8-1-31-2 , de Velde 5-0-22-1`).
fn scorecard(text: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    // (Bytes: a `str` slice checks both its ends for a character
    // boundary, and this runs on most short names.)
    let at = |k: usize| tokens.get(k).map(|t| t.bytes(text));
    let after = tokens.get(end);
    let figures =
        after.is_some_and(|t| t.shape == Shape::Number && bowling_figures(t.span.of(text)));
    let marked = first > 0
        && matches!(at(first - 1), Some(b"b" | b"c" | b"st"))
        && (after.is_some_and(|t| t.shape == Shape::Number) || matches!(at(end), Some(b"b")));
    // The batsman, before the way he was out: `Ola Okoro c Lind`,
    // `Sim-ul-Raza lbw b Okoro`, `Ola Okoro not out 14`.
    let number = |k: usize| tokens.get(k).is_some_and(|t| t.shape == Shape::Number);
    let batsman = match at(end) {
        Some(b"c" | b"b" | b"st") => {
            tokens
                .get(end + 1)
                .is_some_and(|t| matches!(t.shape, Shape::Title | Shape::Caps))
                || matches!(at(end + 1), Some(b"and"))
        }
        Some(b"lbw") => matches!(at(end + 1), Some(b"b")),
        Some(b"run" | b"not") => matches!(at(end + 1), Some(b"out")) && number(end + 2),
        _ => false,
    };
    // A goal scorer and the minute (`Okoro ( 41st min , pen )`,
    // `( Lindqvist 86th )`); a bare ordinal must close a bracket, since
    // dates and streets have them too (`May 19th`, `East 41st Street`).
    let minute = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            // Only a word opening with a digit (or the `+` a number may
            // carry) can parse below; most words go no further.
            let opens = t.bytes(text).first();
            if !opens.is_some_and(|&c| c.is_ascii_digit() || c == b'+') {
                return false;
            }
            let s = t.span.of(text);
            let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            matches!(&s[digits.len()..], "st" | "nd" | "rd" | "th")
                && digits.parse::<u32>().is_ok_and(|n| (1..=120).contains(&n))
        })
    };
    let scorer = (minute(end) && matches!(at(end + 1), Some(b")")))
        || (matches!(at(end), Some(b"(")) && minute(end + 1));
    figures || marked || batsman || scorer
}

/// Overs, maidens, runs, wickets: `8-1-31-2`, `6.4-0-37-3`.
fn bowling_figures(s: &str) -> bool {
    s.split('-').count() == 4
        && s.split('-')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
}

/// A run right after a lower-case title or description (`Nordvik
/// spokesman Ola Lindqvist`, `rebel leader Ola Barzoni`, `midfielder
/// Okoro`) names the person described, when it is the whole capitalised
/// stretch (`spokesman Nordvik Bank` stops at `Bank`, so `Nordvik` is no
/// person) and does not open with a place. A single word must also be in
/// no list (`the minister Beijing` is not read as a name).
fn described(
    m: &Matcher,
    text: &str,
    tokens: &[Token],
    parts: &[(usize, usize)],
    ctx: &Context,
) -> bool {
    let first = parts[0].0;
    let end = parts.last().map(|&(j, n)| j + n).unwrap();
    let t = &tokens[first];
    let whole = !tokens
        .get(end)
        .is_some_and(|n| n.sentence == t.sentence && matches!(n.shape, Shape::Title | Shape::Caps));
    let place_first = ctx.place_end[first] > 0 && m.given(text, t).is_none();
    // `a major Oslo company`, `a fellow Chilean`: after an
    // indefinite article the title word is an adjective, not a title.
    let adjective = ctx.desc_end[first]
        .and_then(|s| s.checked_sub(1))
        .is_some_and(|k| matches!(tokens[k].span.of(text), "a" | "an" | "A" | "An"));
    // One word must look like a name: `Okoro`, `McTavish`, not `SUVs`.
    let capitals = t.span.of(text).chars().filter(|c| c.is_uppercase()).count();
    let single_ok =
        parts.len() > 1 || (end - first == 1 && !m.in_names(t) && !m.is_place(t) && capitals <= 2);
    parts.len() <= 3 && whole && !place_first && !t.initial && single_ok && !adjective
}

/// `X, a professor at ...` / `X, the spokesman` / `X, 45,`: the run is a
/// person when a comma follows and then an age, or (for runs of two words
/// or more) a title within a few words.
fn apposition_after(m: &Matcher, text: &str, tokens: &[Token], end: usize, words: usize) -> bool {
    let Some(comma) = tokens.get(end) else {
        return false;
    };
    if comma.bytes(text) != b"," {
        return false;
    }
    let mut k = end + 1;
    if let (Some(age), Some(c2)) = (tokens.get(k), tokens.get(k + 1)) {
        if age.shape == Shape::Number && age.span.len() <= 2 && c2.bytes(text) == b"," {
            return true;
        }
    }
    // `Okoro , who ...`: organisations and places take `which`. A
    // one-word plural (`Kurds , who`) is a group, and a place
    // (`Lima , whose`) keeps its own relative clauses.
    if matches!(
        tokens.get(k).map(|t| t.span.of(text)),
        Some("who" | "whose")
    ) {
        let first = &tokens[end - 1];
        let s = first.span.of(text);
        let group = words == 1
            && ((s.ends_with('s') && m.surname(first).is_none())
                || m.is_place(first)
                || first.shape == Shape::Caps);
        return !group;
    }
    if words < 2 {
        return false;
    }
    if tokens
        .get(k)
        .is_some_and(|t| APPOSITION_OPENERS.contains(&t.span.of(text)))
    {
        k += 1;
    }
    // Up to three modifiers (`a senior foreign policy researcher`).
    for _ in 0..4 {
        let Some(t) = tokens.get(k) else { return false };
        if t.sentence != comma.sentence || !t.is_word() {
            return false;
        }
        if m.title_at(tokens, k).is_some() {
            return true;
        }
        k += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::syllables;
    use crate::dictionary::Dictionaries;
    use crate::entities::{testing, MentionKind};

    /// Invented word lists: only what the rules below consult.
    const LEXICON: &str = "name\ttype\taliases\tgender\thonorific\tposition\tcategory\n\
Marta\tgiven_name\t\tfemale\t\t\t\n\
Anton\tgiven_name\t\tmale\t\t\t\n\
Asa\tgiven_name\t\tmale\t\t\t\n\
De\tgiven_name\t\t\t\t\t\n\
Okafor\tsurname\t\t\t\t\t\n\
Hill\tsurname\t\t\t\t\t\n\
Velde\tsurname\t\t\t\t\t\n\
Mr\thonorific\tMr.\tmale\t\t\t\n\
spokesman\ttitle\t\tmale\t\t\t\n\
rebel leader\ttitle\t\t\t\t\t\n\
major\ttitle\t\t\t\t\t\n\
president\ttitle\tPresident\t\tyes\t\t\n\
ASA\tinstitution_word\t\t\t\tsuffix\t\n\
Bank\tinstitution_word\t\t\t\thead\t\n\
super\ttitle\t\t\t\t\t\n\
Norrland\tnonname\t\t\t\t\tdemonym\n\
Norrland\tgiven_name\t\t\t\t\t\n\
President\tsurname\t\t\t\t\t\n\
Cup\tnonname\t\t\t\t\tevent\n\
Sweden\tplace\t\t\t\t\t\n\
Czech Republic\tplace\t\t\t\t\t\n\
Rio de Brava\tplace\t\t\t\t\t\n\
Brava\tplace\t\t\t\t\t\n\
Dunmore\tplace\t\t\t\t\t\n";

    fn dicts() -> Dictionaries {
        testing::lexicon(LEXICON)
    }

    /// `surface rule` for every person mention.
    fn persons(d: &Dictionaries, text: &str) -> Vec<String> {
        testing::mentions(d, text)
            .iter()
            .filter(|m| m.kind == MentionKind::Person)
            .map(|m| format!("{} {}", m.span.of(text), m.rule))
            .collect()
    }

    #[test]
    fn a_nationality_word_is_a_family_name_only_after_a_given_name_and_before_a_break() {
        let d = testing::lexicon(
            "name\ttype\tcategory\tshape\n\
Tavo\tgiven_name\t\t\n\
Ohio\tgiven_name\t\t\n\
Ohio\tplace\t\t\n\
Norrlander\tnonname\tdemonym\t\n\
said\tcue\t\tverb\n",
        );
        // (Name, text, the persons found.)
        for (name, text, want) in [
            (
                "before a reporting verb",
                "Later Tavo Norrlander said the pier was shut.",
                &["Tavo Norrlander pattern:given+surname"][..],
            ),
            (
                "before a comma",
                "They met Tavo Norrlander, the owner of the pier.",
                &["Tavo Norrlander pattern:given+surname"],
            ),
            (
                "before a noun",
                "Will Tavo Norrlander voters stay home?",
                &[],
            ),
            (
                "after a place that is also a given name",
                "An Ohio Norrlander, the senator, said no.",
                &[],
            ),
        ] {
            assert_eq!(persons(&d, text), want, "{name}");
        }
    }

    #[test]
    fn a_sentence_start_name_needs_a_reporting_verb_and_a_person_behind_it() {
        let d = testing::lexicon(
            "name\ttype\tshape\n\
Okafor\tsurname\t\n\
Brask\tsurname\t\n\
said\tcue\tverb\n\
Nordvik\tplace\t\n\
analyst\ttitle\t\n",
        );
        // (Name, text, the persons found.)
        for (name, text, want) in [
            (
                "reporting verb and she",
                "Rain fell. Tavo Okafor said she would stay.",
                &["Tavo Okafor pattern:surname"][..],
            ),
            (
                "reporting verb and the family name alone later",
                "Rain fell. Tavo Okafor said the roads were shut. Okafor left.",
                &["Tavo Okafor pattern:surname", "Okafor coref:surname"],
            ),
            (
                "no reporting verb",
                "Rain fell. Tavo Okafor left because she was tired.",
                &[],
            ),
            (
                "a company speaks of itself",
                "Rain fell. Harrow Brask said it would cut jobs.",
                &[],
            ),
            (
                "a place in the run",
                "Rain fell. Nordvik Brask said she would stay.",
                &[],
            ),
            (
                "a title opens the run",
                "Rain fell. Analyst Brask said she would stay.",
                &[],
            ),
        ] {
            assert_eq!(persons(&d, text), want, "{name}");
        }
    }

    #[test]
    fn an_unknown_pair_ending_in_an_ordinary_family_name_needs_a_list() {
        let d = testing::lexicon("name\ttype\tcommon_word\nDay\tsurname\tyes\n");
        // (Text, the persons found.)
        for (text, want) in [
            (
                "Polls close at eight on Ferry Day, officials said.",
                &[][..],
            ),
            (
                "\"Fares will rise,\" Tavo Day, the pier's own forecaster, wrote.",
                &["Tavo Day pattern:name-pair"],
            ),
            (
                "The crew was Kerrin Lask, Tavo Day, Olo Brenik.",
                &[
                    "Kerrin Lask pattern:name-pair",
                    "Tavo Day pattern:name-pair",
                    "Olo Brenik pattern:name-pair",
                ],
            ),
        ] {
            assert_eq!(persons(&d, text), want, "{text}");
        }
    }

    #[test]
    fn rules_beyond_given_names_and_surnames() {
        struct Case {
            name: &'static str,
            text: &'static str,
            found: &'static [&'static str],
        }
        let cases = [
            Case {
                name: "lower-case description before an unknown name",
                text: "The bank said so, Nordvik spokesman Per Lindqvist told reporters.",
                found: &["Per Lindqvist pattern:description"],
            },
            Case {
                name: "multi-word description before a one-word name",
                text: "They backed the rebel leader Barzoni on Monday.",
                found: &["Barzoni pattern:description"],
            },
            Case {
                name: "description stops short of an institution",
                text: "The spokesman Nordvik Bank declined to comment.",
                found: &[],
            },
            Case {
                name: "title word after an indefinite article is an adjective",
                text: "He joined a major Ostrava firm last year.",
                found: &[],
            },
            Case {
                name: "description before a place is no name",
                text: "The spokesman Sweden sent was late.",
                found: &[],
            },
            Case {
                name: "lower-case particle inside a name",
                text: "They met Bram van Dreven and Piet van der Merwel at noon.",
                found: &[
                    "Bram van Dreven pattern:particle",
                    "Piet van der Merwel pattern:particle",
                ],
            },
            Case {
                name: "capitalised particle does not start a second name",
                text: "He passed to Jorn De Velde in the end.",
                found: &["Jorn De Velde pattern:particle"],
            },
            Case {
                name: "particle between places is a place",
                text: "They flew to Rio de Brava yesterday.",
                found: &[],
            },
            Case {
                name: "romance particle in an ordinary phrase",
                text: "They read the Gazzetta della Vela and the Nuova della Sera daily.",
                found: &[],
            },
            Case {
                name: "description before an acronym plural is no name",
                text: "Money came from super SUVs that year.",
                found: &[],
            },
            Case {
                name: "scorecard marks",
                text: "Innings :\nJ. Okafor c Tembe b Marlow 33\nKeld Ruud lbw b Marlow 0\n\
                       Sim-ul-Raza not out 14\n",
                found: &[
                    "J. Okafor pattern:scorecard",
                    "Tembe pattern:scorecard",
                    "Marlow pattern:scorecard",
                    "Keld Ruud pattern:scorecard",
                    "Marlow pattern:scorecard",
                    "Sim-ul-Raza pattern:scorecard",
                ],
            },
            Case {
                name: "team sheet with a majority of names",
                text: "Teams :\nNordvik : Marta Okafor ( captain ) , Hill , Breck , Velde , Tavish .\n",
                found: &[
                    "Marta Okafor pattern:given+surname",
                    "Hill pattern:list",
                    "Breck pattern:list",
                    "Velde pattern:list",
                    "Tavish pattern:list",
                ],
            },
            Case {
                name: "list of places is no team sheet",
                text: "They toured Sweden , Brava , Dunmore , Ostrava and Hill .",
                found: &[],
            },
            Case {
                name: "goal scorers and their minutes",
                text: "Scorers :\nNordvik - Tembe ( 41st min , pen ) , Lind ( Keld Ruud 86th )\n\
                       They meet on Marlow 19th , at 131 East 41st Street .\n",
                found: &["Tembe pattern:scorecard", "Keld Ruud pattern:scorecard"],
            },
            Case {
                name: "relative who after a name",
                text: "Marlow , who won , left. Tembe Ruud , whose son won , left.",
                found: &[
                    "Marlow pattern:apposition",
                    "Tembe Ruud pattern:apposition",
                ],
            },
            Case {
                name: "relative who after a group or a place",
                text: "Kurdas , who won , left. Dunmore , whose team won , cheered.",
                found: &[],
            },
            Case {
                name: "run out in prose is no scorecard",
                text: "Supplies run out soon, they said.",
                found: &[],
            },
            Case {
                name: "bowling figures",
                text: "Bowling : Marlow 8-1-31-2 , Tembe 6.4-0-37-3 .",
                found: &["Marlow pattern:scorecard", "Tembe pattern:scorecard"],
            },
            Case {
                name: "country of more than one token in brackets",
                text: "Results :\nPetr Zeman ( Czech Republic ) beat all .",
                found: &["Petr Zeman pattern:name-place"],
            },
            Case {
                name: "given name that is also a legal suffix",
                text: "Final : 6-3 Asa Okafor won .",
                found: &["Asa Okafor pattern:given+surname"],
            },
            Case {
                name: "place word that is a surname after a given name",
                text: "He lost to Anton Hill in the final.",
                found: &["Anton Hill pattern:given+surname"],
            },
            Case {
                name: "place word after a given name that stays a place",
                text: "They played at Anton Park on Sunday.",
                found: &[],
            },
            Case {
                name: "adjective made from a name",
                text: "It is a Marta Okafor-backed and Dunmore-based group.",
                found: &[],
            },
            Case {
                name: "demonym that is a given name before a title",
                text: "He met Norrland President Ola Wald on Monday.",
                found: &["Ola Wald pattern:title"],
            },
            Case {
                name: "demonym before a name",
                text: "The Norrland Marta Okafor won.",
                found: &["Marta Okafor pattern:given+surname"],
            },
            Case {
                name: "event word ends no name",
                text: "They won the Dunmore Cup on Sunday.",
                found: &[],
            },
            Case {
                name: "place of several words opens a team or paper, not a name",
                text: "He wrote for the Czech Republic Okafor daily.",
                found: &[],
            },
            Case {
                name: "place before a plural is a team",
                text: "They beat the Dunmore Marlets on Sunday, and Marta Dunmore scored.",
                found: &["Marta Dunmore pattern:given+surname"],
            },
            Case {
                name: "title beats a one-word place",
                text: "On Monday President Dunmore spoke.",
                found: &["Dunmore pattern:title"],
            },
        ];
        let d = dicts();
        for c in cases {
            assert_eq!(persons(&d, c.text), c.found, "case {}", c.name);
        }
    }

    #[test]
    fn chinese_and_korean_given_names_split_into_syllables() {
        for w in [
            "Wei", "Qingguo", "Xiudong", "Wa", "Xiu-dong", "Jae-in", "Geun-hye", "Jinping",
        ] {
            assert!(syllables(w), "{w} should split");
        }
        for w in [
            "Island",
            "Bank",
            "Street",
            "Simmons",
            "Tuesday",
            "Christopher",
        ] {
            assert!(!syllables(w), "{w} should not split");
        }
    }
}
