//! Institutions told by their context rather than by their name, once
//! overlaps are resolved.
//!
//! Reads the chosen [`Candidate`]s (after `select`, `apposition` and
//! `teams`) and the [`Token`]s; returns them with institutions added,
//! converted or dropped:
//!
//! | rule | example |
//! |---|---|
//! | `pattern:organisation-noun` | `the news agency Velmar`, `serie A club Brackwater`, `tyre giant Korvell`, `the Sun newspaper`, `Velmar CEO Marta Okafor` |
//! | `pattern:short-form` | `Korvell` after `Korvell International Inc`, `Pellow` after `Pellow Bancorp Inc.` |
//! | `pattern:one-sense` | every other `Velmar` of an article once one is an institution by its context |
//!
//! and drops institutions that are part of something else:
//!
//! | drop | example |
//! |---|---|
//! | an acronym after a number is a unit | `three RBI`, `1400 GMT` |
//! | an institution before an event word names the event | `the UEFA Cup`, `Labor Day`, `the Velmar Classic` |
//!
//! A name the context claims may replace a place that is not a country
//! (`first division side Harwood`) or a person found by a name pattern
//! (`airline Air France`), never a dictionary person or a person named
//! with an honorific or title (`Mr Velmar`).

use super::lexicon::{Map, Matcher};
use super::tokens::{hash_str, Shape, Token};
use super::{Candidate, MentionKind, Source};
use crate::dictionary::Dictionaries;

/// Lower-case nouns that make the capitalised name right after them an
/// organisation: `the news agency Velmar`, `Belgian club Sporting Brack`.
const NOUNS_BEFORE: &[&str] = &[
    "agency",
    "airline",
    "bank",
    "brokerage",
    "broadcaster",
    "chain",
    "club",
    "company",
    "conglomerate",
    "consortium",
    "daily",
    "distributor",
    "firm",
    "giant",
    "group",
    "insurer",
    "magazine",
    "maker",
    "manufacturer",
    "newspaper",
    "operator",
    "outfit",
    "producer",
    "publisher",
    "refiner",
    "retailer",
    "side",
    "subsidiary",
    "team",
    "unit",
    "weekly",
];

/// Nouns before a name that say it is a team only when the name is a
/// place or no list holds it: `title rivals Harwood`, `champions Kelso`, but
/// `his rivals Marta Okafor`.
const TEAM_NOUNS_BEFORE: &[&str] = &["champions", "rivals", "hopefuls", "leaders", "holders"];

/// Lower-case nouns right after a name that make it an organisation: `the
/// Sun newspaper`, `Velmar news agency`, `Kelso Wiadomosci daily said`.
const NOUNS_AFTER: &[&str] = &["newspaper", "daily", "weekly", "magazine"];

/// Roles that only an organisation has, between its name and a person:
/// `Velmar CEO Marta Okafor`, `Pelicans owner Tavi Brannagh`.
const COMPANY_ROLES: &[&str] = &["chairman", "CEO", "owner", "shareholders", "chief"];

/// Words after a name that make it a company when no list holds the
/// name: `Korvell shares rose`, `Brack stock closed`.
const MARKET_WORDS: &[&str] = &["shares", "stock"];

/// Words after an institution's name that make the two an event.
const EVENT_WORDS: &[&str] = &[
    "Cup",
    "Day",
    "Classic",
    "Trophy",
    "Open",
    "Games",
    "Championship",
    "Championships",
    "Prize",
    "Award",
    "Awards",
    "Masters",
    "Bowl",
    "Marathon",
];

const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/// The other words the rules of [`context`] test the neighbours of a run
/// for (`the news agency Velmar`, `an Ostrian newspaper`, `Velmar Rights
/// in Norland`).
const OTHER_CONTEXT_WORDS: &[&str] = &[
    "a", "an", "A", "An", "of", "in", "for", "de", "news", "agency",
];

/// A 512-bit filter over the exact hashes of every word the rules of
/// [`context`] test a run's neighbours for (the lists above). The
/// neighbours of every capitalised run were compared with each of some
/// fifty words, which cost more than the rest of the run's tests; a word
/// whose bit is clear is none of them, and is read as `""` (no word), which
/// every test answers alike. Only skips tests that would fail, so results
/// are unchanged.
struct ContextWords([u64; 8]);

impl ContextWords {
    fn get() -> &'static ContextWords {
        static WORDS: std::sync::OnceLock<ContextWords> = std::sync::OnceLock::new();
        WORDS.get_or_init(|| {
            let mut bits = [0u64; 8];
            let lists = [
                NOUNS_BEFORE,
                TEAM_NOUNS_BEFORE,
                NOUNS_AFTER,
                COMPANY_ROLES,
                MARKET_WORDS,
                OTHER_CONTEXT_WORDS,
            ];
            for w in lists.iter().flat_map(|l| l.iter()) {
                let b = ContextWords::bit(hash_str(w));
                bits[b / 64] |= 1 << (b % 64);
            }
            ContextWords(bits)
        })
    }

    fn bit(h: u64) -> usize {
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize
    }

    /// Token `t` may be one of the words (its hash is that of its text).
    #[inline]
    fn may_hold(&self, t: &Token) -> bool {
        let b = ContextWords::bit(t.exact);
        self.0[b / 64] & (1 << (b % 64)) != 0
    }
}

/// `w` is one of `list`. A neighbour none of the lists holds is read as
/// `""` (see [`ContextWords`]), which is answered here without a scan.
fn in_list(list: &[&str], w: &str) -> bool {
    !w.is_empty() && list.contains(&w)
}

/// Apply the context rules; returns the candidates sorted by start.
pub fn context(
    m: &Matcher,
    dicts: &Dictionaries,
    text: &str,
    tokens: &[Token],
    openers: &[usize],
    headline: &[bool],
    mut chosen: Vec<Candidate>,
) -> Vec<Candidate> {
    // A neighbour's text, or `""` when it is none of the words the rules
    // test for (see [`ContextWords`]).
    let context_words = ContextWords::get();
    let context_word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| context_words.may_hold(t))
            .map_or("", |t| t.span.of(text))
    };
    chosen.retain(|c| {
        !(c.kind == MentionKind::Institution && part_of_something_else(text, tokens, c))
    });

    // Names the context says are organisations.
    let mut claims: Vec<Claim> = Vec::new();
    // A run opens at a capitalised word, one of the `openers`; `next`:
    // the first token after the last run.
    let mut next = 0;
    // The first candidate that ends after the opener's token: openers
    // come in text order, so it only moves forward (a binary search per
    // opener, as `on_range` does, cost more than this walk).
    let mut after_opener = 0;
    for &k in openers {
        let t = &tokens[k];
        // (Lower-case openers, `al-Abidine`, are passed on their shape.)
        if k < next
            || !is_capital(t)
            || headline[t.sentence as usize]
            || t.is_capital_article(text)
            || m.is_nonname(t)
        {
            continue;
        }
        // The run ends where a title or person begins (`Velmar CEO Marta
        // Okafor`).
        let mut end = run_end(text, tokens, k);
        while chosen.get(after_opener).is_some_and(|c| c.end <= k + 1) {
            after_opener += 1;
        }
        if let Some(b) = chosen[after_opener..]
            .iter()
            .take_while(|c| c.start < end)
            .filter(|c| matches!(c.kind, MentionKind::Title | MentionKind::Person))
            .map(|c| c.start)
            .find(|&b| b > k && b < end)
        {
            end = b;
        }
        // What the candidates say is looked up only when a context word
        // asks (most runs have none): the closures below.
        let here = || &chosen[on_range(&chosen, k, end)];
        let same = |j: usize| tokens.get(j).is_some_and(|n| n.sentence == t.sentence);
        let before = if k > 0 && same(k - 1) {
            context_word(k - 1)
        } else {
            ""
        };
        let after = if same(end) { context_word(end) } else { "" };
        let after2 = if same(end + 1) {
            context_word(end + 1)
        } else {
            ""
        };
        let unclaimed_or_place = || {
            here()
                .iter()
                .all(|c| c.kind == MentionKind::Place && !is_country(dicts, c))
        };
        let single_unknown = || {
            end == k + 1
                && here()
                    .iter()
                    .all(|c| c.kind == MentionKind::Person && c.source != Source::Dictionary)
        };
        let person_follows = || {
            chosen[on_range(&chosen, end + 1, end + 2)]
                .iter()
                .any(|c| c.kind == MentionKind::Person && c.start == end + 1)
        };
        // A name the run does not end (`the group Velmar Rights in Norland`)
        // is not claimed: its end is unknown.
        let continues = matches!(after, "of" | "in" | "for" | "de")
            && same(end + 1)
            && tokens.get(end + 1).is_some_and(is_capital);
        // `the Ostrian news agency Velmar`, `an Ostrian newspaper said`:
        // a word that describes the noun, not a name.
        let describes = matches!(before, "a" | "an" | "A" | "An")
            || tokens
                .get(end + 1 + (after == "news") as usize)
                .is_some_and(|n| n.sentence == t.sentence && is_capital(n));
        let claimed = in_list(NOUNS_BEFORE, before)
            || (in_list(TEAM_NOUNS_BEFORE, before) && unclaimed_or_place())
            || ((in_list(NOUNS_AFTER, after) || (after == "news" && after2 == "agency"))
                && !describes)
            || (in_list(COMPANY_ROLES, after)
                && person_follows()
                && (single_unknown() || unclaimed_or_place()))
            || (in_list(MARKET_WORDS, after) && single_unknown());
        let letters = || tokens[k..end].iter().map(|t| t.span.len()).sum::<usize>();
        if claimed && !continues && end - k <= 4 && letters() >= 2 {
            claims.push((k, end, "pattern:organisation-noun"));
        }
        next = end;
    }
    let chosen = apply(dicts, chosen, claims);
    let claims = short_forms(m, dicts, text, tokens, openers, headline, &chosen);
    let chosen = apply(dicts, chosen, claims);
    let claims = one_sense(text, tokens, openers, headline, &chosen);
    apply(dicts, chosen, claims)
}

/// A claim: tokens `[start, end)` are an institution by `rule`.
type Claim = (usize, usize, &'static str);

/// The indices of the candidates overlapping tokens `[a, b)`, for
/// candidates sorted by start that do not overlap (as `select` leaves
/// them): a binary search, so that a long article costs no more per token
/// than a short one.
fn on_range(chosen: &[Candidate], a: usize, b: usize) -> std::ops::Range<usize> {
    let first = chosen.partition_point(|c| c.end <= a);
    let last = first + chosen[first..].partition_point(|c| c.start < b);
    first..last
}

/// Words that open many company names and mean something else alone:
/// `General Motors Corp` is not `General`, `American Express Co` is not
/// `American`.
const GENERIC_FIRST_WORDS: &[&str] = &[
    "General",
    "National",
    "International",
    "United",
    "Royal",
    "Standard",
    "Federal",
    "Central",
    "Union",
    "Great",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Global",
    "Continental",
    "Pacific",
    "Atlantic",
    "Associated",
    "Allied",
    "Consolidated",
    "Universal",
    "Public",
    "State",
    "City",
    "County",
    "Home",
    "Old",
    "Grand",
    "Golden",
    "Pan",
    "Trans",
    "World",
    "Capital",
];

/// `Korvell` after `Korvell International Inc`, `Pelicans` after `Kelso
/// Pelicans`: the first word of a company or club name (a name ending in a
/// legal suffix, or a dictionary company or club of two words or more),
/// and a club's nickname (its last word, or last two: `White Herons`), name
/// it on their own elsewhere in the article where they stand alone (rule
/// `pattern:short-form`). Not a generic word, a demonym-like adjective, a
/// given name or a big city's name (`Boston Scientific Corp` does not make
/// every `Boston` the company).
fn short_forms(
    m: &Matcher,
    dicts: &Dictionaries,
    text: &str,
    tokens: &[Token],
    openers: &[usize],
    headline: &[bool],
    chosen: &[Candidate],
) -> Vec<Claim> {
    let plain = |t: &Token| {
        let w = t.span.of(text);
        t.shape == Shape::Title
            && w.chars().count() >= 3
            && !m.is_nonname(t)
            && !m.is_head(t)
            && m.given(text, t).is_none()
            && !GENERIC_FIRST_WORDS.contains(&w)
    };
    // Each short form's token hashes, by the hash of its first token.
    let mut keys: Map<Vec<Vec<u64>>> = Map::default();
    let mut add = |a: usize, b: usize| {
        let key: Vec<u64> = tokens[a..b].iter().map(|t| t.exact).collect();
        let slot = keys.entry(key[0]).or_default();
        if !slot.contains(&key) {
            slot.push(key);
        }
    };
    for c in chosen {
        if c.kind != MentionKind::Institution || c.end - c.start < 2 {
            continue;
        }
        let category = c.entry.and_then(|e| dicts.get(e).attribute("category"));
        let club = category == Some("sport");
        let company = c.rule == "pattern:institution-suffix" || category == Some("company") || club;
        let t = &tokens[c.start];
        let w = t.span.of(text);
        if company
            && plain(t)
            && !["an", "ian", "ish", "ese"].iter().any(|e| w.ends_with(e))
            && tokens
                .get(c.start + 1)
                .is_some_and(|n| is_capital(n) || n.span.of(text) == "&")
        {
            add(c.start, c.start + 1);
        }
        if club {
            let last = c.end - 1;
            if plain(&tokens[last]) && !m.is_place(&tokens[last]) {
                add(last, c.end);
                if c.end - c.start >= 3
                    && plain(&tokens[last - 1])
                    && !m.is_place(&tokens[last - 1])
                {
                    add(last - 1, c.end);
                }
            }
        }
    }
    let mut claims = Vec::new();
    if keys.is_empty() {
        return claims;
    }
    let firsts = FirstTokens::of(keys.keys().copied());
    // Every short form opens with a title-case word (`plain`), and a
    // token of the same text has the same shape: only the `openers` can
    // start one.
    for &k in openers {
        let t = &tokens[k];
        if !firsts.may_hold(t.exact) {
            continue;
        }
        let Some(candidates) = keys.get(&t.exact) else {
            continue;
        };
        if headline[t.sentence as usize] {
            continue;
        }
        for key in candidates {
            let n = key.len();
            let Some(window) = tokens.get(k..k + n) else {
                continue;
            };
            if window.iter().zip(key).any(|(t, h)| t.exact != *h)
                || window.iter().any(|w| w.sentence != t.sentence)
                || !alone(text, tokens, k, k + n)
            {
                continue;
            }
            let big_city = chosen[on_range(chosen, k, k + 1)].iter().any(|c| {
                c.kind == MentionKind::Place
                    && c.start == k
                    && c.entry.is_some_and(|e| {
                        dicts
                            .get(e)
                            .attribute("population")
                            .and_then(|p| p.parse::<u64>().ok())
                            .map_or(true, |p| p >= 100_000)
                    })
            });
            if !big_city {
                claims.push((k, k + n, "pattern:short-form"));
            }
        }
    }
    claims
}

/// Tokens `[k, e)` are a name on their own: no capitalised word, `&` or
/// `-` joins them to another (`Korvell` but not `Korvell Hall`).
fn alone(text: &str, tokens: &[Token], k: usize, e: usize) -> bool {
    let s = tokens[k].sentence;
    let joined = |j: usize| {
        tokens.get(j).is_some_and(|n| {
            n.sentence == s && (is_capital(n) || matches!(n.span.of(text), "&" | "-"))
        })
    };
    let article = k > 0 && tokens[k - 1].is_capital_article(text);
    let joined_before = k > 0 && joined(k - 1) && !article;
    !joined_before && !joined(e)
}

/// One sense per article: a name the context made an institution (a
/// context noun, a team, a results line, an apposition, a short form) is
/// the institution wherever else it stands alone in the article, and in a
/// capitals headline too (`VELMAR FANS FINED` once `Velmar` is a club).
fn one_sense(
    text: &str,
    tokens: &[Token],
    openers: &[usize],
    headline: &[bool],
    chosen: &[Candidate],
) -> Vec<Claim> {
    struct Name {
        exact: Vec<u64>,
        folded: Vec<u64>,
        /// Opens with a word that may open a name (nearly every name:
        /// `eBay` does not).
        capitalised: bool,
        /// Learnt from a capitals results line or team (`HARWOOD 5`).
        in_capitals: bool,
        /// Found by its context, not listed.
        by_context: bool,
    }
    let mut names: Vec<Name> = Vec::new();
    for c in chosen {
        let by_context = matches!(
            c.rule,
            "pattern:organisation-noun"
                | "pattern:team"
                | "pattern:results-line"
                | "pattern:institution-apposition"
                | "pattern:short-form"
                | "pattern:acronym-definition"
        );
        // A dictionary name matches exactly, in capitals only as listed:
        // it carries over to capitals headlines (`PELICANS BEAT HERONS`).
        let listed = c.source == Source::Dictionary;
        if c.kind != MentionKind::Institution || !(by_context || listed) || c.end - c.start > 4 {
            continue;
        }
        let toks = &tokens[c.start..c.end];
        let exact: Vec<u64> = toks.iter().map(|t| t.exact).collect();
        if names
            .iter()
            .any(|n| n.exact == exact && n.by_context == by_context)
        {
            continue;
        }
        names.push(Name {
            folded: toks.iter().map(|t| t.folded).collect(),
            capitalised: toks[0].may_open_name(),
            in_capitals: toks.iter().all(|t| t.shape == Shape::Caps)
                && matches!(c.rule, "pattern:results-line" | "pattern:team"),
            by_context,
            exact,
        });
    }
    let mut claims = Vec::new();
    if names.is_empty() {
        return claims;
    }
    // Names by the exact and by the folded hash of their first token.
    let mut by_exact: Map<Vec<usize>> = Map::default();
    let mut by_folded: Map<Vec<usize>> = Map::default();
    for (i, n) in names.iter().enumerate() {
        by_exact.entry(n.exact[0]).or_default().push(i);
        by_folded.entry(n.folded[0]).or_default().push(i);
    }
    let exact_firsts = FirstTokens::of(by_exact.keys().copied());
    let folded_firsts = FirstTokens::of(by_folded.keys().copied());
    // A name is found where its first word stands, a token of the same
    // text and so of the same shape; in a capitals line, in capitals. So
    // when every name opens with a capitalised word, only the `openers`
    // can start one.
    let every_token: Vec<usize>;
    let starts = if names.iter().all(|n| n.capitalised) {
        openers
    } else {
        every_token = (0..tokens.len()).collect();
        &every_token
    };
    for &k in starts {
        let t = &tokens[k];
        let caps_line = headline[t.sentence as usize];
        let (firsts, table, key) = if caps_line {
            (&folded_firsts, &by_folded, t.folded)
        } else {
            (&exact_firsts, &by_exact, t.exact)
        };
        if !firsts.may_hold(key) {
            continue;
        }
        let Some(found) = table.get(&key) else {
            continue;
        };
        for &i in found {
            let name = &names[i];
            let n = name.exact.len();
            // A name learnt in capitals (`HARWOOD 5 Kelso 4`) says
            // nothing about other capitals lines: a schedule's venue
            // (`KELSO AT HARWOOD`) or a dateline (`HARWOOD
            // 2031-04-17`). A listed name is found in ordinary text anyway.
            if (caps_line && name.in_capitals) || (!caps_line && !name.by_context) {
                continue;
            }
            let Some(window) = tokens.get(k..k + n) else {
                continue;
            };
            if window.iter().any(|w| w.sentence != t.sentence) {
                continue;
            }
            let same = if caps_line {
                window.iter().zip(&name.folded).all(|(w, h)| w.folded == *h)
                    && window.iter().all(|w| w.shape == Shape::Caps)
            } else {
                let article = k > 0 && tokens[k - 1].is_capital_article(text);
                window.iter().zip(&name.exact).all(|(w, h)| w.exact == *h)
                    && !(k > 0
                        && !article
                        && tokens[k - 1].sentence == t.sentence
                        && is_capital(&tokens[k - 1]))
                    && !tokens
                        .get(k + n)
                        .is_some_and(|w| w.sentence == t.sentence && is_capital(w))
            };
            if !same {
                continue;
            }
            // In a headline only words nothing else claimed, and not the
            // place of a dateline (`NEW YORK 2031-04-17`).
            if caps_line
                && (super::institutions::is_label(text, tokens, k + n - 1)
                    || !on_range(chosen, k, k + n).is_empty())
            {
                continue;
            }
            claims.push((k, k + n, "pattern:one-sense"));
        }
    }
    claims
}

/// A 64-bit filter over the first-token hashes of an article's few
/// names: `short_forms` and `one_sense` walk every token of the article,
/// and this turns nearly all of them away before a table look-up.
struct FirstTokens(u64);

impl FirstTokens {
    fn bit(h: u64) -> u64 {
        1 << (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
    }
    fn of(hashes: impl Iterator<Item = u64>) -> FirstTokens {
        FirstTokens(hashes.fold(0, |bits, h| bits | FirstTokens::bit(h)))
    }
    #[inline]
    fn may_hold(&self, h: u64) -> bool {
        self.0 & FirstTokens::bit(h) != 0
    }
}

/// Title or capitals word.
fn is_capital(t: &Token) -> bool {
    matches!(t.shape, Shape::Title | Shape::Caps)
}

/// End of the run of capitalised words starting at `k`, in its sentence.
fn run_end(text: &str, tokens: &[Token], k: usize) -> usize {
    let same = |j: usize| tokens.get(j).filter(|n| n.sentence == tokens[k].sentence);
    let mut e = k + 1;
    loop {
        if same(e).is_some_and(is_capital) {
            e += 1;
        } else if same(e).is_some_and(|n| n.bytes(text) == b"&")
            && same(e + 1).is_some_and(is_capital)
        {
            e += 2;
        } else {
            return e;
        }
    }
}

fn is_country(dicts: &Dictionaries, c: &Candidate) -> bool {
    c.entry.is_some_and(|e| {
        matches!(
            dicts.get(e).attribute("kind"),
            Some("country" | "continent")
        )
    })
}

/// Make each claimed span one institution if every chosen candidate on
/// it lies inside and may give way: a place that is not a country, a
/// person found by a name pattern, or an institution. Claims are taken
/// longest first at each start, and never overlap one another; an
/// institution already spanning a claim stays as it is. Returns the
/// candidates sorted by start.
fn apply(dicts: &Dictionaries, chosen: Vec<Candidate>, mut claims: Vec<Claim>) -> Vec<Candidate> {
    if claims.is_empty() {
        return chosen;
    }
    claims.sort_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
    let yields = |c: &Candidate, a: usize, b: usize| {
        c.start >= a
            && c.end <= b
            && match c.kind {
                MentionKind::Place => !is_country(dicts, c),
                MentionKind::Person => {
                    c.source != Source::Dictionary
                        && !matches!(c.rule, "pattern:honorific" | "pattern:title")
                }
                MentionKind::Institution => true,
                MentionKind::Title => false,
            }
    };
    let mut removed = super::filled(chosen.len(), false);
    let mut added = Vec::new();
    let mut taken_to = 0;
    for (a, b, rule) in claims {
        if a < taken_to {
            continue;
        }
        let range = on_range(&chosen, a, b);
        let here = &chosen[range.clone()];
        if !here.iter().all(|c| yields(c, a, b)) {
            continue;
        }
        taken_to = b;
        if here
            .iter()
            .any(|c| c.kind == MentionKind::Institution && (c.start, c.end) == (a, b))
        {
            continue;
        }
        removed[range].iter_mut().for_each(|r| *r = true);
        added.push(Candidate::new(
            a,
            b,
            MentionKind::Institution,
            Source::Pattern,
            rule,
        ));
    }
    let mut out: Vec<Candidate> = chosen
        .into_iter()
        .zip(removed)
        .filter(|(_, r)| !r)
        .map(|(c, _)| c)
        .collect();
    out.extend(added);
    out.sort_by_key(|c| c.start);
    out
}

/// An institution that is part of something else: a unit after a number
/// (`three RBI`, `1400 GMT`) or an event (`UEFA Cup`, `Labor Day`).
fn part_of_something_else(text: &str, tokens: &[Token], c: &Candidate) -> bool {
    let t = &tokens[c.start];
    let same = |j: usize| tokens.get(j).filter(|n| n.sentence == t.sentence);
    // Teams in results lines (`Kelso 6 HARWOOD 1`) follow numbers.
    let team = matches!(c.rule, "pattern:results-line" | "pattern:team");
    let unit = c.end == c.start + 1
        && !team
        && t.shape == Shape::Caps
        && c.start > 0
        && same(c.start - 1).is_some_and(|p| {
            let w = p.span.of(text);
            let year = w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
            (p.shape == Shape::Number && !year && w.bytes().all(|b| b.is_ascii_digit()))
                || NUMBER_WORDS.contains(&w)
        });
    let event = same(c.end).is_some_and(|n| EVENT_WORDS.contains(&n.span.of(text)))
        || (same(c.end).is_some_and(|n| n.span.of(text) == "Grand")
            && same(c.end + 1).is_some_and(|n| n.span.of(text) == "Prix"));
    unit || event
}

#[cfg(test)]
mod tests {
    use crate::dictionary::Dictionaries;
    use crate::entities::testing;

    /// Only the word lists the rules consult, written for these tests.
    const LEXICON: &str = "name\ttype\taliases\tposition\tkind\tcategory\tpopulation\n\
Marta\tgiven_name\t\t\t\t\t\n\
Okafor\tsurname\t\t\t\t\t\n\
Inc\tinstitution_word\tInc.\tsuffix\t\t\t\n\
CEO\ttitle\t\t\t\t\t\n\
Mr\thonorific\t\t\t\t\t\n\
Harwood\tplace\t\t\tcity\t\t20000\n\
Kelso\tplace\t\t\tcity\t\t900000\n\
Norland\tplace\t\t\tcountry\t\t\n\
Norland Wire Services Corp\tinstitution\t\t\t\tcompany\t\n\
Okafor Union\tinstitution\tOKU\t\t\t\t\n\
Kelso Pelicans\tinstitution\t\t\t\tsport\t\n\
Harwood White Herons\tinstitution\t\t\t\tsport\t\n\
Monday\tnonname\t\t\t\t\t\n";

    fn dicts() -> Dictionaries {
        testing::lexicon(LEXICON)
    }

    #[test]
    fn context_makes_names_institutions() {
        struct Case {
            name: &'static str,
            text: &'static str,
            found: &'static [&'static str],
        }
        let cases = [
            Case {
                name: "noun before the name",
                text: "The move was reported by the news agency Velmar on Monday.",
                found: &["institution:Velmar"],
            },
            Case {
                name: "noun before a two-word name that looks like a person",
                text: "They loaned him to serie A club Marta Okafor for a year.",
                found: &["institution:Marta Okafor"],
            },
            Case {
                name: "noun before a place that is not a country",
                text: "He will coach first division side Harwood next season.",
                found: &["institution:Harwood"],
            },
            Case {
                name: "noun before a country leaves the country",
                text: "He joined the team Norland picked.",
                found: &[],
            },
            Case {
                name: "newspaper after the name",
                text: "The Velmar newspaper said so.",
                found: &["institution:Velmar"],
            },
            Case {
                name: "an adjective before newspaper is no name",
                text: "An Ostrian newspaper said so, as did the Ostrian news agency Velmar.",
                found: &["institution:Velmar"],
            },
            Case {
                name: "company role between a name and a person",
                text: "Velmar CEO Marta Okafor told reporters.",
                found: &["institution:Velmar", "person:Marta Okafor"],
            },
            Case {
                name: "market word after an unknown name",
                text: "Velmar shares rose.",
                found: &["institution:Velmar"],
            },
            Case {
                name: "an end the run does not give is not claimed",
                text: "The pressure group Velmar Rights in Norland said so.",
                found: &[],
            },
            Case {
                name: "team nouns claim only places and unknown names",
                text: "Title rivals Harwood lost. His rivals Marta Okafor won.",
                found: &["institution:Harwood", "person:Marta Okafor"],
            },
            Case {
                name: "one sense per article, in a capitals headline too",
                text: "VELMAR FANS FINED\nThe club Velmar was fined. Velmar will appeal.",
                found: &[
                    "institution:VELMAR",
                    "institution:Velmar",
                    "institution:Velmar",
                ],
            },
            Case {
                name: "an honorific keeps its person",
                text: "The daily Velmar said so. Mr Velmar agreed.",
                found: &["institution:Velmar", "person:Velmar"],
            },
            Case {
                name: "short form of a suffixed company, over a small place",
                text: "Harwood Seating Inc. agreed. Harwood shares rose; Harwood said so.",
                found: &[
                    "institution:Harwood Seating Inc.",
                    "institution:Harwood",
                    "institution:Harwood",
                ],
            },
            Case {
                name: "short form of a dictionary company",
                text: "Norland Wire Services Corp fell. Analysts like Norland here.",
                found: &["institution:Norland Wire Services Corp"],
            },
            Case {
                name: "a club's nickname after its full name",
                text: "The Kelso Pelicans beat the Harwood White Herons. The Pelicans led the White Herons.",
                found: &[
                    "institution:Kelso Pelicans",
                    "institution:Harwood White Herons",
                    "institution:Pelicans",
                    "institution:White Herons",
                ],
            },
            Case {
                name: "no short form over a big city",
                text: "Kelso Scientific Inc. agreed. Kelso is cold.",
                found: &["institution:Kelso Scientific Inc."],
            },
            Case {
                name: "an acronym after a number is a unit",
                text: "He had three OKU and the match began at 1400 OKU.",
                found: &[],
            },
            Case {
                name: "one sense does not reach a capitals dateline",
                text: "Talks.\nVELMAR , NORLAND 2031-04-17\nThe club Velmar was fined.",
                found: &["institution:Velmar"],
            },
            Case {
                name: "an institution before Grand Prix names the event",
                text: "He won the OKU Grand Prix final.",
                found: &[],
            },
            Case {
                name: "an institution before an event word names the event",
                text: "They won the OKU Cup. The OKU said so.",
                found: &["institution:OKU"],
            },
        ];
        let d = dicts();
        for c in cases {
            assert_eq!(testing::found(&d, c.text), c.found, "case {}", c.name);
        }
    }
}
