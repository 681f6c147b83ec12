//! Institution names that no list holds, recognised by their cue words.
//!
//! Reads the [`Token`]s; adds institution [`Candidate`]s:
//!
//! | rule | example |
//! |---|---|
//! | `pattern:institution-head` | `Peking University`, `State Internet Information Office`, `Ministry of Future Creation and Science`, `University of Oxford` |
//! | `pattern:institution-suffix` | `Acme Widgets Inc.`, `Nordvik Ltd` |
//! | `pattern:acronym` | an unknown `FOMC` in running text |
//! | `pattern:camel-case` | `NordBank`, `PellowCorp` |
//! | `pattern:results-line` | `Harwood 4 Lindqvist Rovers 1`, `Postponed : Harwood v Kelso` (teams in results, tables and fixtures) |
//! | `pattern:acronym-definition` | `Council for Trade and Planning in Harwood ( CTPH )` |
//!
//! and, before overlaps are resolved, splits a listed title that begins
//! with a listed institution (`State Department spokesman`).
//!
//! Both start from a *capitalised run*: capitalised words (acronyms too:
//! `ROK Ministry of ...`) in one sentence, joined by `of`, `for`, `on`,
//! `and`, `&` and a `the` after `of` when a capitalised word follows. A
//! leading `The` and ordinary words (`nonname` list) are never part of it,
//! and a possessive `'s` ends it, so `the ministry's` and `Microsoft's
//! office` stay out, as do compounds that describe the name
//! (`Boston-based`), a leading month (`the September Pellow Exchange contract`) and a
//! date after a joiner (`the Pellow Department on Friday`). A person or
//! title before `of` is not part of the name (`Marta Okafor of Pellow Banks
//! Inc.`), nor are words without a head word before `of` a head word
//! follows (`Delegates of First Pellow Bank`); `and` before a repeated first
//! word separates two names (`Kelso Power and Kelso Airport`), and before
//! a suffix two companies (`PellowCorp and Banc Nine Corp.`). The final dot of
//! `U.S.` continues the run (`the U.S. Pellow Department`). The head word (`institution_word`, position `head`)
//! must be in the run; the name ends at the last head word, or runs on
//! through an `of ...` complement. `and` joins inside a complement
//! (`Ministry of Future Creation and Science`) and before a head word that
//! the words before it lack (`Grain and Timber Exchange`); after a head
//! word it separates two names (`Oxford University and Cambridge`). A
//! suffix must be a word (`& Co` is, a bare `&` is not).

use super::lexicon::{Map, Matcher};
use super::tokens::{Shape, Token};
use super::{Candidate, MentionKind, Source, Table};
use crate::dictionary::Dictionaries;
use std::cell::RefCell;

// (Bytes: the run loop compares every word after a run with them, and a
// `str` slice of the word checks both its ends for a character boundary.)
const JOINERS: &[&[u8]] = &[
    b"of", b"for", b"on", b"and", b"&", b"de", b"des", b"du", b"del", b"the",
];

/// Add institution candidates for every capitalised run holding a cue word.
pub fn find(
    m: &Matcher,
    tokens: &[Token],
    openers: &[usize],
    text: &str,
    headline: &[bool],
    out: &mut Vec<Candidate>,
) {
    REACH.with_borrow_mut(|tables| find_with(m, tokens, openers, text, headline, out, tables))
}

fn find_with(
    m: &Matcher,
    tokens: &[Token],
    openers: &[usize],
    text: &str,
    headline: &[bool],
    out: &mut Vec<Candidate>,
    tables: &mut ReachTables,
) {
    // Ordinary words count only away from a sentence start: `New` in `the
    // New York Stock Exchange` belongs to the name, `However` does not.
    let cap = |t: &Token| {
        matches!(t.shape, Shape::Title | Shape::Caps)
            && !(t.initial && m.is_nonname(t))
            && !(t.hyphen && is_attributive(t.bytes(text)))
    };
    let reach = Reach::new(out, tokens.len(), tables);
    // A run opens at one of the `openers` (the only tokens `cap` can
    // hold); `next`: the first token after the last run.
    let mut next = 0;
    for &i in openers {
        // A leading article is not part of the name (`The Ministry of ...`).
        if i < next
            || !cap(&tokens[i])
            || headline[tokens[i].sentence as usize]
            || tokens[i].is_capital_article(text)
            || tokens[i].bytes(text) == b"THE"
        {
            continue;
        }
        // The run: [i, j), with joiners only between capitalised words.
        let sentence = tokens[i].sentence;
        let mut j = i + 1;
        let mut in_complement = false;
        while let Some(t) = tokens.get(j).filter(|t| t.sentence == sentence) {
            if cap(t) {
                j += 1;
                continue;
            }
            // The final dot of a dotted abbreviation (`U.S.`, `U.N.`) is a
            // token of its own; it continues the run (`the U.S. Treasury
            // Department`).
            let prev = tokens[j - 1].span;
            let dotted = t.bytes(text) == b"."
                && prev.end == t.span.start
                && prev.of(text).contains('.')
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| n.sentence == sentence && cap(n));
            if dotted {
                j += 1;
                continue;
            }
            let w = t.bytes(text);
            let joins = JOINERS.contains(&w)
                && (w != b"the" || tokens[j - 1].bytes(text) == b"of")
                && (w != b"and"
                    || in_complement
                    || !(i..j).any(|k| m.is_head(&tokens[k])) && and_joins(tokens, text, i, j));
            // (Asked only of a joiner: most runs end at a word that is none.)
            let next_cap = || {
                tokens.get(j + 1).is_some_and(|n| {
                    n.sentence == sentence
                        && (cap(n) || n.bytes(text) == b"the")
                        && !is_date_word(n.span.of(text))
                })
            };
            if joins && next_cap() {
                in_complement |= matches!(w, b"of" | b"for" | b"on");
                j += 1;
                continue;
            }
            break;
        }
        find_in_run(m, tokens, text, (i, j), &reach, out);
        // A camel-case word anywhere in the run (`Shares of NordBank`;
        // longer candidates still win in `select`); an acronym only on its
        // own, since inside a run (`ROK Foreign Ministry`) it is mostly a
        // place or part of a longer name.
        // (The loop covers a one-word run too: a second call for it only
        // added a copy of the same candidate, which `select` dropped.)
        if j == i + 1 {
            acronym(m, tokens, text, i, out);
        }
        for k in i..j {
            camel_case(m, tokens, text, k, out);
        }
        next = j;
    }
}

/// Months: `the September Pellow Exchange contract`. (Not `May`, also a
/// name.)
pub(crate) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Words of a date inside a capitalised run: `the Pellow Department on
/// Wednesday`. They never continue a name after a joiner; a month does not
/// start one either (a weekday may: `the Sunday Telegraph`).
fn is_date_word(w: &str) -> bool {
    const DAYS: &[&str] = &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Today",
        "Tomorrow",
        "Yesterday",
    ];
    DAYS.contains(&w) || MONTHS.contains(&w)
}

/// A capitalised compound that describes the name after it rather than
/// belonging to it: `Harwood-based Pellow Bancorp`, `the
/// Union-led Kelso Alliance`.
// `contains` would call the vectorised `memchr`, whose set-up costs more
// than a plain loop over a word of a few bytes.
#[allow(clippy::manual_contains)]
fn is_attributive(w: &[u8]) -> bool {
    const TAILS: &[&str] = &[
        "-based",
        "-led",
        "-owned",
        "-controlled",
        "-run",
        "-backed",
        "-born",
        "-listed",
        "-registered",
        "-funded",
        "-linked",
        "-allied",
        "-dominated",
        "-held",
    ];
    // Every tail has a hyphen; nearly every word has none (and is too
    // short for a vectorised search to pay).
    w.iter().any(|&b| b == b'-') && TAILS.iter().any(|t| w.ends_with(t.as_bytes()))
}

/// Whether `and` at token `j` joins the run `[i, j)` to what follows
/// (`Grain and Timber Exchange`) rather than separating two names
/// that share their first word (`Kelso Electric Power and Kelso
/// International Airport`).
fn and_joins(tokens: &[Token], text: &str, i: usize, j: usize) -> bool {
    !tokens
        .get(j + 1)
        .is_some_and(|n| n.span.of(text) == tokens[i].span.of(text))
}

/// Where the name inside the run `[start, end)` begins, given the token
/// `core` that makes it an institution (its head word or legal suffix).
/// A complement joiner (`of`, `for`, `on`) may follow something that is
/// not part of the name: a person or a title (`Marta Okafor of Pellow
/// Banks Inc.`, `Tavi Brannagh of the Norland Democratic Party`), or,
/// before a head word, any words without a head word of their own
/// (`Delegates of First Pellow Bank`). A name that starts with a head word
/// keeps its complement (`Bank of Tokyo-Mitsubishi`), and so does a
/// company name before a suffix (`Gold Reefs of Harwood Ltd`).
/// `found` tells which candidates found so far (people and titles
/// first) cover which tokens.
fn name_start(
    m: &Matcher,
    tokens: &[Token],
    text: &str,
    found: &Reach,
    (start, core): (usize, usize),
    suffix: bool,
) -> usize {
    let person_or_title = |a: usize, b: usize| {
        found.covers(found.person_or_title, a, b) && !found.covers(found.institution, a, b)
    };
    let mut s = start;
    let mut head_seen = false;
    for k in start..core {
        let w = tokens[k].span.of(text);
        if matches!(w, "of" | "for" | "on")
            && k > s
            && ((!suffix && !head_seen) || person_or_title(s, k))
        {
            s = k + 1;
            if tokens.get(s).is_some_and(|t| t.span.of(text) == "the") {
                s += 1;
            }
            head_seen = false;
        } else if tokens[k].shape != Shape::Lower && m.is_head(&tokens[k]) {
            head_seen = true;
        }
    }
    // A leading month (`the September Pellow Exchange contract`) is no part of it;
    // a weekday may be (`the Sunday Telegraph`).
    while s + 1 < core && MONTHS.contains(&tokens[s].span.of(text)) {
        s += 1;
    }
    s.min(core)
}

/// For each token, how far the person or title candidates and the
/// institution candidates starting there reach: whether one covers a
/// span is then a look at the few tokens before it, not a pass over every
/// candidate of the article.
struct Reach<'a> {
    person_or_title: &'a [usize],
    institution: &'a [usize],
}

/// The tables behind [`Reach`], one pair per thread.
struct ReachTables {
    person_or_title: Table<usize>,
    institution: Table<usize>,
}

thread_local! {
    static REACH: RefCell<ReachTables> = const {
        RefCell::new(ReachTables {
            person_or_title: Table::new(0),
            institution: Table::new(0),
        })
    };
}

/// Candidates longer than this many tokens are rare enough to ignore here.
const REACH_BACK: usize = 12;

impl<'a> Reach<'a> {
    fn new(cands: &[Candidate], n: usize, tables: &'a mut ReachTables) -> Reach<'a> {
        tables.person_or_title.start(n);
        tables.institution.start(n);
        for c in cands {
            let table = match c.kind {
                MentionKind::Person | MentionKind::Title => &mut tables.person_or_title,
                MentionKind::Institution => &mut tables.institution,
                MentionKind::Place => continue,
            };
            let reach = table.slots()[c.start].max(c.end);
            table.set(c.start, reach);
        }
        Reach {
            person_or_title: tables.person_or_title.slots(),
            institution: tables.institution.slots(),
        }
    }

    /// Some candidate of `reach` covers tokens `[a, b)`.
    fn covers(&self, reach: &[usize], a: usize, b: usize) -> bool {
        (a.saturating_sub(REACH_BACK)..=a).any(|s| reach[s] >= b)
    }
}

fn find_in_run(
    m: &Matcher,
    tokens: &[Token],
    text: &str,
    (start, end): (usize, usize),
    reach: &Reach,
    out: &mut Vec<Candidate>,
) {
    let is_joiner = |k: usize| tokens[k].shape == Shape::Lower || tokens[k].shape == Shape::Punct;
    // Suffix (`Inc`, `Ltd .`): the name is everything before it.
    for k in start + 1..end + 1 {
        if k >= tokens.len() {
            break;
        }
        if let Some(n) = m.suffix_at(tokens, k) {
            let t = &tokens[k];
            // `plc` is written in lower case, `Inc` is not: only a capital
            // or an exact lower-case listing will do, checked by shape.
            if (t.shape == Shape::Lower && t.span.of(text) != "plc") || !t.is_word() {
                continue;
            }
            if !is_joiner(k - 1) {
                // `and` before a suffix separates two companies (`PellowCorp
                // and Banc Nine Corp.`); `&` joins (`Bear Stearns & Co`).
                let mut s = name_start(m, tokens, text, reach, (start, k), true);
                if let Some(a) = (s..k).rev().find(|&a| tokens[a].span.of(text) == "and") {
                    s = a + 1;
                }
                // A full stop set off by a space (`Inc .`) ends the
                // sentence, not the abbreviation.
                let mut e = k + n;
                if n > 1
                    && tokens[e - 1].span.of(text) == "."
                    && tokens[e - 1].span.start > tokens[e - 2].span.end
                {
                    e -= 1;
                }
                if k > s {
                    out.push(pattern(s, e, "pattern:institution-suffix", 3));
                }
                return;
            }
        }
    }
    // Head words: the last one in the run before any `of` complement.
    let mut last_head = None;
    let mut complement = false;
    for (k, t) in tokens.iter().enumerate().take(end).skip(start) {
        if matches!(t.bytes(text), b"of" | b"for" | b"on") {
            complement = last_head.is_some();
            if complement {
                break;
            }
        }
        if t.shape != Shape::Lower && m.is_head(t) {
            last_head = Some(k);
        }
    }
    let Some(head) = last_head else { return };
    let start = name_start(m, tokens, text, reach, (start, head), false);
    let stop = if complement { end } else { head + 1 };
    // A run that is only the head word (`Office`) names nothing.
    if stop - start < 2 {
        return;
    }
    // Skip a leading joiner-free ordinary start is handled by `cap`; cut
    // a trailing joiner if the run ended on one.
    let mut stop = stop;
    while stop > start + 1 && is_joiner(stop - 1) {
        stop -= 1;
    }
    // A cue word is stronger evidence than a name shape: `Kia Motor
    // Corp` or `Lindqvist University` is an institution even though its
    // first word could start a person name.
    out.push(pattern(start, stop, "pattern:institution-head", 3));
}

/// `State Department spokesman`, `Fed chairman`: a listed title that
/// begins with a listed institution is the institution and a shorter
/// title (`spokesman`), so the person after it is linked to the
/// institution. Removes such titles from the candidates when the
/// institution and the rest are candidates too.
pub fn split_titles(cands: &mut Vec<Candidate>) {
    // Sized once (grown from empty, the table was rehashed).
    let is_title = |c: &&Candidate| c.kind == MentionKind::Title;
    let mut titles: Map<()> =
        Map::with_capacity_and_hasher(cands.iter().filter(is_title).count(), Default::default());
    titles.extend(
        cands
            .iter()
            .filter(is_title)
            .map(|c| (span_key(c.start, c.end), ())),
    );
    let mut institutions: Map<Vec<usize>> = Map::default();
    for c in cands
        .iter()
        .filter(|c| c.kind == MentionKind::Institution && c.source == Source::Dictionary)
    {
        institutions.entry(c.start as u64).or_default().push(c.end);
    }
    cands.retain(|t| {
        let split = t.kind == MentionKind::Title
            && t.source == Source::Dictionary
            && institutions.get(&(t.start as u64)).is_some_and(|ends| {
                ends.iter()
                    .any(|&e| e < t.end && titles.contains_key(&span_key(e, t.end)))
            });
        !split
    });
}

/// `Council for Trade and Planning in Harwood ( CTPH )`: a
/// capitals abbreviation in brackets right after a name defines it, and
/// the name's initials spell it (in order, first and last letter the
/// same, at most two letters of the abbreviation without a word: `U.N.
/// Monitoring Council in Harwood ( UNIMCH )`). The name runs back from the
/// bracket over capitalised words and `of`, `for`, `and`, `in`, `on`,
/// `the`, `&`, and needs a head word (`Council`, `Party`) to be an
/// institution (rule `pattern:acronym-definition`, both the name and the
/// abbreviation). The span it gives beats the shorter runs the other
/// patterns cut at `in`.
pub fn acronym_definitions(
    m: &Matcher,
    text: &str,
    tokens: &[Token],
    headline: &[bool],
    out: &mut Vec<Candidate>,
) {
    let w = |k: usize| tokens[k].span.of(text);
    // A `(` is always a token of its own: the text's few brackets are found
    // by `memchr`, and each one's token by binary search, instead of a
    // test of every token.
    for open in memchr::memchr_iter(b'(', text.as_bytes()) {
        let p = tokens.partition_point(|t| t.span.start < open);
        if p == 0
            || p + 2 >= tokens.len()
            || w(p + 2) != ")"
            || headline[tokens[p].sentence as usize]
        {
            continue;
        }
        let acr = &tokens[p + 1];
        let letters = w(p + 1);
        if acr.shape != Shape::Caps
            || !(2..=8).contains(&letters.len())
            || !letters.bytes().all(|b| b.is_ascii_uppercase())
        {
            continue;
        }
        // The initials of the capitalised words in [s, p), from the right.
        let mut initials: Vec<u8> = Vec::new();
        let mut best = None;
        let mut s = p;
        while s > 0 && p - s < 14 {
            let t = &tokens[s - 1];
            if t.sentence != tokens[p].sentence {
                break;
            }
            let word = t.span.of(text);
            match t.shape {
                Shape::Title | Shape::Caps => {
                    let mut own: Vec<u8> = if word.contains('.') {
                        word.bytes().filter(u8::is_ascii_uppercase).collect()
                    } else {
                        word.bytes().take(1).collect()
                    };
                    own.extend_from_slice(&initials);
                    initials = own;
                }
                Shape::Lower if matches!(word, "of" | "for" | "and" | "in" | "on" | "the") => {}
                Shape::Punct if matches!(word, "&" | ".") => {}
                _ => break,
            }
            s -= 1;
            let first_cap = matches!(tokens[s].shape, Shape::Title | Shape::Caps);
            if first_cap && spells(&initials, letters.as_bytes()) {
                best = Some(s);
            }
        }
        let Some(s) = best else { continue };
        if !(s..p).any(|k| m.is_head(&tokens[k])) {
            continue;
        }
        out.push(pattern(s, p, "pattern:acronym-definition", 6));
        out.push(pattern(p + 1, p + 2, "pattern:acronym-definition", 6));
    }
}

/// Whether a name's initials spell an abbreviation: the same first and
/// last letter, every initial in order, and at most two letters of the
/// abbreviation left over.
fn spells(initials: &[u8], abbreviation: &[u8]) -> bool {
    if initials.is_empty()
        || initials.len() > abbreviation.len()
        || abbreviation.len() - initials.len() > 2
        || initials[0].to_ascii_uppercase() != abbreviation[0]
        || initials[initials.len() - 1].to_ascii_uppercase() != abbreviation[abbreviation.len() - 1]
    {
        return false;
    }
    let mut rest = abbreviation.iter();
    initials
        .iter()
        .all(|i| rest.any(|a| *a == i.to_ascii_uppercase()))
}

/// An unknown acronym in running text (`the FOMC said`, `QXZ traders`):
/// news writes organisations this way far more often than anything else,
/// once places, list entries and ordinary words (`CEO`, `GDP` belong in
/// the `nonname` list) are out. Lowest priority: any dictionary entry or
/// other pattern on the same word wins. Never in capitals headlines (the
/// caller skips those sentences), never a Roman numeral (`World War II`).
fn acronym(m: &Matcher, tokens: &[Token], text: &str, i: usize, out: &mut Vec<Candidate>) {
    let t = &tokens[i];
    // The shape first: most one-word runs are title-case words, and need
    // no look at their letters.
    if t.shape != Shape::Caps {
        return;
    }
    let s = t.span.of(text);
    let letters = s.chars().filter(|c| c.is_ascii_uppercase()).count();
    let roman = s
        .chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'));
    if !(2..=6).contains(&letters)
        || letters != s.len()
        || roman
        || m.is_nonname(t)
        || m.is_place(t)
        || is_label(text, tokens, i)
    {
        return;
    }
    out.push(pattern(i, i + 1, "pattern:acronym", 0));
}

/// A capitals word that labels what follows rather than naming anything:
/// a dateline (`KELSO , Norland 2031-04-17`), a section head at the
/// start of a line (`NORLAND - Grain prices ...`) or a form field
/// (`SELLER : Kelso Council`).
pub(super) fn is_label(text: &str, tokens: &[Token], i: usize) -> bool {
    let next = tokens.get(i + 1).map(|t| t.span.of(text));
    let line_start = i == 0 || text[tokens[i - 1].span.end..tokens[i].span.start].contains('\n');
    next == Some(":")
        || (line_start && matches!(next, Some("," | "-")))
        || tokens[i + 1..tokens.len().min(i + 5)]
            .iter()
            .take_while(|t| !text[tokens[i].span.end..t.span.start].contains('\n'))
            .any(|t| is_date(t.span.of(text)))
}

/// A dateline's date: `2031-04-17`.
pub(super) fn is_date(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(k, c)| k == 4 || k == 7 || c.is_ascii_digit())
}

/// Sports results, standings and fixture lines in wire copy:
///
/// ```text
/// Lindqvist Rovers 2 Harwood ( B ) 1
/// Harwood 5 2 2 1 7 4 8
/// Postponed : Harwood v Lindqvist Rovers , Kelso v Brack
/// KELSO CITY AT HARWOOD
/// ```
///
/// A line that is a name, a number, a name, a number (a result), a name
/// followed by three whole numbers or more (a table row; decimals such as
/// `48.17` make it a financial table instead), or fixtures (after an
/// optional `Label :`, pairs of names joined by `v` or `vs`, separated by
/// commas) names teams, which are organisations even when they carry a
/// place's name. A schedule's `at` (`KELSO CITY AT HARWOOD`) is also
/// prose's, so an `at` line counts only next to another fixture line, and
/// what follows `at` is the venue (a place in news convention, as are
/// national sides: `Italy 2 Germany 1` names two countries). A
/// short capitals code in brackets after a name tells two clubs of one
/// name apart and belongs to it (`Harwood ( B )`); a longer note (`Harwood
/// ( Italy )`) does not. The line's structure is better evidence than the
/// place list, so these candidates outrank dictionary places (priority 5).
pub fn results_lines(dicts: &Dictionaries, text: &str, tokens: &[Token], out: &mut Vec<Candidate>) {
    // The tokens of each line: [start, end). Cut at the text's newlines,
    // found by `memchr` (an article has a few dozen), each placed among
    // the tokens by a binary search: reading the gap between every two
    // tokens for one cost more than the rest of this function. No token
    // holds a newline, so the tokens after one start past it.
    let mut lines = Vec::new();
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        let end = start + tokens[start..].partition_point(|t| t.span.start < nl);
        if end == tokens.len() {
            break;
        }
        if end > start {
            lines.push((start, end));
            start = end;
        }
    }
    if start < tokens.len() {
        lines.push((start, tokens.len()));
    }
    // Place candidates by span, and whether each is a country. Sized
    // once: grown from empty, the table was rehashed in most articles.
    let is_place = |c: &&Candidate| c.kind == MentionKind::Place;
    let mut places =
        Places::with_capacity_and_hasher(out.iter().filter(is_place).count(), Default::default());
    places.extend(out.iter().filter(is_place).map(|c| {
        let country = c
            .entry
            .is_some_and(|e| dicts.get(e).attribute("kind") == Some("country"));
        (span_key(c.start, c.end), country)
    }));
    let fixtures: Vec<Option<Fixtures>> = lines
        .iter()
        .map(|&(a, b)| fixture_line(text, tokens, &places, a, b))
        .collect();
    for (n, &(a, b)) in lines.iter().enumerate() {
        let teams = match &fixtures[n] {
            Some((teams, false)) => teams.clone(),
            Some((teams, true)) => {
                let neighbour =
                    |k: Option<usize>| k.and_then(|k| fixtures.get(k)).is_some_and(Option::is_some);
                if !(neighbour(n.checked_sub(1)) || neighbour(Some(n + 1))) {
                    continue;
                }
                teams.iter().copied().step_by(2).collect()
            }
            None => result_line(text, tokens, &places, a, b),
        };
        for (x, y) in teams {
            if places.get(&span_key(x, y)) != Some(&true) {
                out.push(pattern(x, y, "pattern:results-line", 5));
            }
        }
    }
}

/// Place candidates by [`span_key`], and whether each is a country.
type Places = Map<bool>;

/// Tokens `[start, end)` as one table key (token indices fit in 32 bits).
fn span_key(start: usize, end: usize) -> u64 {
    (start as u64) << 32 | end as u64
}

/// A team name in a line: up to four capitalised words, then an optional
/// bracketed note of up to three tokens. Returns the name's span (with a
/// short code note, see [`results_lines`]) and the index after it.
fn team_name(
    text: &str,
    tokens: &[Token],
    places: &Places,
    k: usize,
    end: usize,
) -> Option<((usize, usize), usize)> {
    let is_name = |t: &Token| {
        matches!(t.shape, Shape::Title | Shape::Caps) && !is_fixture_separator(t.span.of(text))
    };
    let mut j = k;
    while j < end && is_name(&tokens[j]) {
        j += 1;
    }
    if j == k || j - k > 4 {
        return None;
    }
    let mut name = (k, j);
    if j < end && tokens[j].span.of(text) == "(" {
        let close = (j + 1..end.min(j + 5)).find(|&c| tokens[c].span.of(text) == ")")?;
        let note = &tokens[j + 1..close];
        let code = match note {
            [t] => {
                let w = t.span.of(text);
                t.shape == Shape::Caps
                    && w.len() <= 3
                    && !w.contains('.')
                    && !places.contains_key(&span_key(j + 1, j + 2))
            }
            _ => false,
        };
        if code {
            name = (k, close + 1);
        }
        j = close + 1;
    }
    Some((name, j))
}

fn is_fixture_separator(w: &str) -> bool {
    matches!(w, "v" | "vs" | "AT" | "at")
}

/// The teams of a fixture line, and whether its separator is `at`.
type Fixtures = (Vec<(usize, usize)>, bool);

/// Fixtures: the teams, and whether the line's separator is `at`.
fn fixture_line(
    text: &str,
    tokens: &[Token],
    places: &Places,
    start: usize,
    end: usize,
) -> Option<Fixtures> {
    let w = |k: usize| tokens[k].span.of(text);
    // An optional label: `Postponed :`, `Played Monday :`.
    let mut k = (start..end.min(start + 4))
        .find(|&c| w(c) == ":")
        .map_or(start, |c| c + 1);
    let mut teams = Vec::new();
    let mut at = false;
    loop {
        let (a, next) = team_name(text, tokens, places, k, end)?;
        if next >= end || !is_fixture_separator(w(next)) {
            return None;
        }
        at |= matches!(w(next), "AT" | "at");
        let mut b0 = next + 1;
        if b0 < end && w(b0) == "." {
            b0 += 1;
        }
        let (b, after) = team_name(text, tokens, places, b0, end)?;
        teams.push(a);
        teams.push(b);
        match (after < end).then(|| w(after)) {
            None => return Some((teams, at)),
            Some(",") => k = after + 1,
            _ => return None,
        }
    }
}

/// A result (`name number name number`) or a table row (`name` and three
/// whole numbers or more): the teams.
fn result_line(
    text: &str,
    tokens: &[Token],
    places: &Places,
    start: usize,
    end: usize,
) -> Vec<(usize, usize)> {
    // The line as groups: a name (its span) or a number.
    let mut groups: Vec<Option<(usize, usize)>> = Vec::new();
    let mut k = start;
    while k < end {
        let t = &tokens[k];
        // Decimals and fractions in a table row (`.541`, `3 1/2`, `-`).
        let joiner = matches!(t.span.of(text), "." | "-" | "/" | "+");
        if joiner && groups.last().is_some_and(Option::is_none) {
            k += 1;
            continue;
        }
        if t.shape == Shape::Number {
            // `48.17` is money, not a score; `6,000` is one number.
            let w = t.span.of(text);
            let attached = tokens
                .get(k + 1)
                .is_some_and(|n| n.span.start == t.span.end && n.span.of(text) == ",");
            if w.contains(['.', ',']) || attached {
                return Vec::new();
            }
            groups.push(None);
            k += 1;
            continue;
        }
        match team_name(text, tokens, places, k, end) {
            Some((name, next)) if next > k => {
                groups.push(Some(name));
                k = next;
            }
            _ => break,
        }
    }
    // Whatever follows the groups may only be a bracketed note.
    if k < end && tokens[k].span.of(text) != "(" {
        return Vec::new();
    }
    match groups[..] {
        [Some(a), None, Some(b), None] => vec![a, b],
        [Some(a), None, None, None, ..] if groups[1..].iter().all(Option::is_none) => vec![a],
        _ => Vec::new(),
    }
}

/// A word with a capital inside (`NordBank`, `PellowCorp`) is a company's
/// way of writing its name; surnames that do this start with a prefix
/// (`McDonald`, `MacLeod`, `DeLuca`, `O'Brien`) and are left alone.
fn camel_case(m: &Matcher, tokens: &[Token], text: &str, i: usize, out: &mut Vec<Candidate>) {
    let t = &tokens[i];
    if t.shape != Shape::Title {
        return;
    }
    // Nearly every title-case word has no capital after its first letter
    // and no byte beyond ASCII: one pass over its bytes turns it away.
    if !t.bytes(text)[1..]
        .iter()
        .any(|&c| c.is_ascii_uppercase() || c >= 0x80)
    {
        return;
    }
    let s = t.span.of(text);
    // A capital right after a lower-case letter; in ASCII, without
    // decoding. Tested first: nearly every word has none.
    let inner_capital = if s.is_ascii() {
        s.as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
    } else {
        s.char_indices().skip(1).any(|(k, c)| {
            c.is_uppercase() && s[..k].chars().last().is_some_and(|p| p.is_lowercase())
        })
    };
    if !inner_capital {
        return;
    }
    let prefixed = [
        "Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O'", "D'", "St",
    ]
    .iter()
    .any(|p| s.starts_with(p));
    if prefixed || s.contains('-') || m.is_nonname(t) {
        return;
    }
    out.push(pattern(i, i + 1, "pattern:camel-case", 1));
}

/// Words that, in an apposition, say the name before them is an
/// organisation: `Royal Pingdom, a Swedish company`.
const ORGANISATION_NOUNS: &[&str] = &[
    "company",
    "firm",
    "corporation",
    "bank",
    "agency",
    "startup",
    "maker",
    "retailer",
    "carrier",
    "airline",
    "insurer",
    "newspaper",
    "broadcaster",
    "consultancy",
    "organisation",
    "organization",
    "charity",
    "club",
    "conglomerate",
    "subsidiary",
    "manufacturer",
    "publisher",
];

/// The id prefix of the generated party list (Party Facts): 3,156
/// acronyms of parties worldwide, many shared (five parties are `PAC`)
/// or ordinary abbreviations (`SVP`, `TPP`, `FDIC`).
const PARTY_LIST_ID: &str = "partyfacts:";

/// An acronym of a party of the generated list stands for it only in an
/// article that names the party in full (`the Swiss People's Party …
/// the SVP`); elsewhere `PAC` is a political action committee, not one
/// of five parties of that acronym. Elsewhere the acronym stays an
/// institution, as any unknown acronym does (`pattern:acronym`), with no
/// entry.
pub fn undefined_party_acronyms(
    dicts: &Dictionaries,
    text: &str,
    tokens: &[Token],
    chosen: &mut [Candidate],
) {
    let acronym = |c: &Candidate| {
        c.end == c.start + 1 && {
            let w = tokens[c.start].span.of(text);
            w.len() <= 8 && !w.chars().any(char::is_lowercase)
        }
    };
    let listed_party = |c: &Candidate| {
        c.kind == MentionKind::Institution
            && c.entry
                .is_some_and(|e| dicts.get(e).id.starts_with(PARTY_LIST_ID))
    };
    if !chosen.iter().any(|c| listed_party(c) && acronym(c)) {
        return;
    }
    let named: Vec<_> = chosen
        .iter()
        .filter(|c| listed_party(c) && !acronym(c))
        .filter_map(|c| c.entry)
        .collect();
    for c in chosen.iter_mut() {
        if listed_party(c) && acronym(c) && !named.contains(&c.entry.unwrap()) {
            *c = pattern(c.start, c.end, "pattern:acronym", 0);
        }
    }
}

/// A name followed by `, a/an/the ... company` (up to three words before
/// the noun) is an institution, whatever the name patterns said
/// (rule `pattern:institution-apposition`).
pub fn apposition(text: &str, tokens: &[Token], chosen: &mut [Candidate]) {
    for c in chosen.iter_mut() {
        if c.kind != MentionKind::Person || c.source == Source::Dictionary {
            continue;
        }
        let b = c.end;
        let sentence = tokens[c.start].sentence;
        let word = |k: usize| {
            tokens
                .get(k)
                .filter(|t| t.sentence == sentence)
                .map(|t| t.span.of(text))
        };
        if word(b) != Some(",") || !matches!(word(b + 1), Some("a" | "an" | "the")) {
            continue;
        }
        // The noun heads the phrase: `a Swedish company`, not `a group's
        // leader` or `a member of the group`.
        let is_org = (b + 2..b + 6)
            .take_while(|&k| word(k).is_some_and(|w| !matches!(w, "," | "." | ";" | "of")))
            .any(|k| {
                word(k)
                    .is_some_and(|w| ORGANISATION_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n)))
                    && !matches!(word(k + 1), Some("'s" | "'" | "’s"))
            });
        if is_org {
            c.kind = MentionKind::Institution;
            c.source = Source::Pattern;
            c.rule = "pattern:institution-apposition";
            c.gender = None;
        }
    }
}

/// An institution candidate found by a pattern of this module, with the
/// priority `select` gives it against other candidates on the same words.
fn pattern(start: usize, end: usize, rule: &'static str, priority: u8) -> Candidate {
    let mut c = Candidate::new(start, end, MentionKind::Institution, Source::Pattern, rule);
    c.priority = priority;
    c
}

#[cfg(test)]
mod tests {
    use crate::dictionary::Dictionaries;
    use crate::entities::{testing, MentionKind};

    /// Only the word lists the rules consult, written for these tests.
    const LEXICON: &str = "name\ttype\taliases\tposition\tkind\n\
Marta\tgiven_name\t\t\t\n\
Okafor\tsurname\t\t\t\n\
Bank\tinstitution_word\t\thead\t\n\
Banks\tinstitution_word\t\thead\t\n\
Department\tinstitution_word\t\thead\t\n\
Exchange\tinstitution_word\t\thead\t\n\
Council\tinstitution_word\t\thead\t\n\
Party\tinstitution_word\t\thead\t\n\
Airport\tinstitution_word\t\thead\t\n\
Inc\tinstitution_word\tInc.\tsuffix\t\n\
Ltd\tinstitution_word\t\tsuffix\t\n\
Corp\tinstitution_word\tCorp.\tsuffix\t\n\
economist\ttitle\t\t\t\n\
spokesman\ttitle\t\t\t\n\
Pellow Bureau spokesman\ttitle\t\t\t\n\
Pellow Bureau\tinstitution\t\t\t\n\
Harwood\tplace\t\t\tcity\n\
U.S.\tplace\t\t\tcountry\n\
Norland\tplace\t\t\tcountry\n\
U.N.\tinstitution\t\t\t\n\
Friday\tnonname\t\t\t\n";

    fn dicts() -> Dictionaries {
        testing::lexicon(LEXICON)
    }

    #[test]
    fn listed_party_acronyms_need_the_full_name_in_the_article() {
        let d = testing::lexicon(
            "name\ttype\tid\taliases\n\
             Harbour Action Party\tinstitution\tpartyfacts:1\tHAP\n\
             Tolven Guild\tinstitution\tcur:tolven-guild\tTG\n",
        );
        // (Text, the canonical name of each institution mention.)
        for (text, want) in [
            (
                "The HAP said the fares will rise. The TG agreed.",
                &["HAP", "Tolven Guild"][..],
            ),
            (
                "The Harbour Action Party met. The HAP said the fares will rise.",
                &["Harbour Action Party", "Harbour Action Party"],
            ),
        ] {
            let got: Vec<String> = testing::mentions(&d, text)
                .into_iter()
                .filter(|m| m.kind == MentionKind::Institution)
                .map(|m| m.canonical)
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// The institutions found in `text`, as written.
    fn institutions(d: &Dictionaries, text: &str) -> Vec<String> {
        testing::mentions(d, text)
            .iter()
            .filter(|m| m.kind == MentionKind::Institution)
            .map(|m| m.span.of(text).to_string())
            .collect()
    }

    struct Case {
        name: &'static str,
        text: &'static str,
        found: &'static [&'static str],
    }

    fn check(cases: &[Case]) {
        let d = dicts();
        for c in cases {
            assert_eq!(institutions(&d, c.text), c.found, "case {}", c.name);
        }
    }

    #[test]
    fn name_boundaries_inside_a_capitalised_run() {
        check(&[
            Case {
                name: "person before `of` is not part of the company",
                text: "said economist Marta Okafor of Pellow Banks Inc. in May.",
                found: &["Pellow Banks Inc."],
            },
            Case {
                name: "words without a head word before `of`",
                text: "Delegates of First Pellow Bank declined.",
                found: &["First Pellow Bank"],
            },
            Case {
                name: "a company name keeps its own `of` before a suffix",
                text: "Managers at Gold Reefs of Harwood Ltd said so.",
                found: &["Gold Reefs of Harwood Ltd"],
            },
            Case {
                name: "a head word keeps its complement",
                text: "The Bank of Harwood said so.",
                found: &["Bank of Harwood"],
            },
            Case {
                name: "attributive compound is not part of the name",
                text: "The Harwood-based Pellow Bancorp Inc. said so.",
                found: &["Pellow Bancorp Inc."],
            },
            Case {
                name: "`and` before a suffix separates two companies",
                text: "They bought PellowCorp and Banc Nine Corp. last year.",
                found: &["PellowCorp", "Banc Nine Corp."],
            },
            Case {
                name: "`and` before a repeated first word separates two names",
                text: "Next week Kelso Electric Power and Kelso International Airport sell bonds.",
                found: &["Kelso International Airport"],
            },
            Case {
                name: "`and` inside one name still joins",
                text: "It trades on the Harwood Grain and Timber Exchange now.",
                found: &["Harwood Grain and Timber Exchange"],
            },
            Case {
                name: "a date after a joiner ends the name",
                text: "The Pellow Department on Friday denied it.",
                found: &["Pellow Department"],
            },
            Case {
                name: "a leading month is no part of the name",
                text: "The September Pellow Exchange contract fell.",
                found: &["Pellow Exchange"],
            },
            Case {
                name: "a spaced full stop after a suffix ends the sentence",
                text: "He works at Pellow Securities Inc .\nShe does not.",
                found: &["Pellow Securities Inc"],
            },
            Case {
                name: "a dotted abbreviation continues the run",
                text: "The U.N. Security Council met. The U.S. Pellow Department agreed.",
                found: &["U.N. Security Council", "U.S. Pellow Department"],
            },
        ]);
    }

    #[test]
    fn teams_in_results_fixtures_and_tables() {
        check(&[
            Case {
                name: "result with a short code in brackets",
                text: "Results :\nPellow 2 Brack ( B ) 0\n",
                found: &["Pellow", "Brack ( B )"],
            },
            Case {
                name: "result with a country note leaves the note out",
                text: "Results :\nPellow ( Harwood ) 88 Brack ( Kelso ) 79 ( halftime 47-39 )\n",
                found: &["Pellow", "Brack"],
            },
            Case {
                name: "fixtures after a label, separated by commas",
                text: "Postponed : Pellow v Brack , Harwood City v Kelso Rovers\n",
                found: &["Pellow", "Brack", "Harwood City", "Kelso Rovers"],
            },
            Case {
                name: "a schedule in capitals: the side before AT, not the venue",
                text: "SCHEDULE\nKELSO CITY AT HARWOOD\nBRACK AT PELLOW\n",
                found: &["KELSO CITY", "BRACK"],
            },
            Case {
                name: "a lone `at` line is prose, not a schedule",
                text: "Intro line here.\nPellow at Harwood\nThe rest of the story follows.\n",
                found: &[],
            },
            Case {
                name: "a national side is a place",
                text: "Results :\nNorland 2 Pellow 1\n",
                found: &["Pellow"],
            },
            Case {
                name: "decimals make a financial table, not a standings row",
                text: "Figures :\nSales 7.14 7.52 6.88\nBrack 5 3 1 1 9 4 10\n",
                found: &["Brack"],
            },
            Case {
                name: "a number with a thousands comma is no score",
                text: "Results :\nPellow 6,000 metres relay heat :\n",
                found: &[],
            },
        ]);
    }

    #[test]
    fn names_defined_by_an_abbreviation_in_brackets() {
        check(&[
            Case {
                name: "the abbreviation spells the name, across `in`",
                text:
                    "The Council for Trade and Planning in Harwood ( CTPH ) met. The CTPH agreed.",
                found: &["Council for Trade and Planning in Harwood", "CTPH", "CTPH"],
            },
            Case {
                name: "letters of the abbreviation without a word",
                text: "The U.N. Monitoring Council in Harwood ( UNIMCH ) met.",
                found: &["U.N. Monitoring Council in Harwood", "UNIMCH"],
            },
            Case {
                name: "no head word: the name is none, the abbreviation any unknown acronym",
                text: "He bought Deferred Share Units ( DSU ) today.",
                found: &["DSU"],
            },
        ]);
    }

    #[test]
    fn a_title_that_begins_with_an_institution_is_split() {
        check(&[Case {
            name: "listed institution + listed title",
            text: "\"No,\" Pellow Bureau spokesman Marta Okafor said.",
            found: &["Pellow Bureau"],
        }]);
        let d = dicts();
        let text = "Pellow Bureau spokesman Marta Okafor said so.";
        let ms = testing::mentions(&d, text);
        let okafor = ms.iter().find(|m| m.kind == MentionKind::Person).unwrap();
        let inst = &ms[okafor.institution.expect("linked to the institution")];
        assert_eq!(inst.span.of(text), "Pellow Bureau");
    }

    #[test]
    fn capitals_labels_are_no_acronyms() {
        check(&[
            Case {
                name: "a dateline",
                text: "Talks resume.\nKELSO , Norland 2031-04-17\nThe QXZ said so.",
                found: &["QXZ"],
            },
            Case {
                name: "a section head",
                text: "Markets.\nKELSO - Bond futures ended higher.",
                found: &[],
            },
            Case {
                name: "a form field",
                text: "Details follow.\nISSUER : the QXZ board",
                found: &["QXZ"],
            },
        ]);
    }
}
