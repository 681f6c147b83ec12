//! Partial names inside one article: `Lu` after `Lu Wei`, `Mr Blair` after
//! `Tony Blair`, `Minister Lu`.
//!
//! Reads the chosen [`Candidate`]s and the [`Token`]s; returns them with
//! every partial name that stands for a full person name of the article
//! marked `source = coreference`, carrying the full name (and dictionary
//! entry) of what it refers to. This runs in the entity stage, not in
//! `resolve`, because attribution runs before `resolve` and needs `Lu` in
//! `Lu said` as a speaker.
//!
//! The key of a full name is its family name: the last word (`Blair`), or
//! the first for Chinese and Korean order (`Lu` of `Lu Wei`). A partial
//! name refers to the nearest full name with that key before it (rule
//! `coref:surname`; `coref:surname-nearest` when two different people
//! share the key, as `Jia Xiudong` and `Jia Qingguo` do), or, in a
//! headline or lead that names someone before introducing them, to the
//! first one after it (`coref:surname-later`). An honorific's gender
//! passes over a full name whose given name says otherwise (`Mr. Okafor`
//! is not `Marta Okafor`: `coref:surname-gender`).
//!
//! Beyond full names: a one-word person that a title, honorific,
//! description or scorecard vouches for (`President Okoro`) stands in
//! for a full name when the article has none; a bare family name wins over
//! a one-word place, title or dictionary institution of that spelling
//! (`Shearman`, `Hill`); and a word of a capitals headline that is the
//! family name of someone the article names is that person
//! (`coref:headline`: `TENNIS - OKORO WINS`), datelines excepted; a
//! bare given name after the full name is that person (`coref:given`:
//! `Tavish` after `Tavish Okoro`); and a full name the patterns missed
//! (in a title-case headline, or at a sentence start) is the person the
//! article names so elsewhere, when that name opens with a known given
//! name or is in the dictionary (`coref:repeat`).

use super::lexicon::Matcher;
use super::tokens::{Shape, Token};
use super::{Candidate, Gender, MentionKind, Source};
use crate::dictionary::Dictionaries;

struct FullName {
    key: u64,
    /// The key folded to lower case, for headlines in capitals.
    folded: u64,
    /// The first word folded, when it is a given name before the key.
    given: Option<u64>,
    /// The same word, exact.
    given_exact: Option<u64>,
    /// A one-word name (see [`VOUCHED`]), not a full one.
    vouched: bool,
    start: usize,
    canonical: String,
    candidate: usize,
    /// What the name's given name or honorific says.
    gender: Option<Gender>,
}

/// One-word persons found by a rule that vouches for them on its own (a
/// title or honorific before them, a scorecard, a description): they
/// stand in for a full name when the article gives none (`President
/// Okoro` ... `Okoro said`).
const VOUCHED: &[&str] = &[
    "pattern:title",
    "pattern:honorific",
    "pattern:scorecard",
    "pattern:description",
];

/// Mark and add partial names; returns the candidates sorted by start.
pub fn partial_names(
    m: &Matcher,
    dicts: &Dictionaries,
    text: &str,
    tokens: &[Token],
    openers: &[usize],
    headline: &[bool],
    mut chosen: Vec<Candidate>,
) -> Vec<Candidate> {
    let mut full: Vec<FullName> = Vec::new();
    // Reused for every candidate: one allocation per article, not one
    // per person.
    let mut words: Vec<usize> = Vec::new();
    for (ci, c) in chosen.iter().enumerate() {
        if c.kind != MentionKind::Person {
            continue;
        }
        words.clear();
        words.extend((c.start..c.end).filter(|&k| tokens[k].is_word()));
        if words.len() < 2 {
            continue;
        }
        if headline[tokens[c.start].sentence as usize] {
            continue;
        }
        let canonical = match c.entry {
            Some(e) => dicts.get(e).name.to_string(),
            None => super::normalized(text, c.span(tokens)),
        };
        let first = &tokens[words[0]];
        // `Lu Wei` from a list says nothing about its order; a Chinese or
        // Korean surname followed by romanised syllables is surname-first.
        let surname_first = c.rule == "pattern:surname+given"
            || (m.surname(first).is_some_and(|s| s.east_asian)
                && words[1..]
                    .iter()
                    .all(|&k| super::people::syllables(tokens[k].span.of(text))));
        let last = &tokens[*words.last().unwrap()];
        let key_tok = if surname_first { first } else { last };
        // (`Tim Daine`: a first word that is an East Asian family name and
        // also a given name elsewhere leaves the order open; a bare
        // `Daine` then refers to it too.)
        if surname_first && m.given(text, first).is_some() {
            full.push(FullName {
                key: last.exact,
                folded: last.folded,
                given: Some(first.folded),
                given_exact: Some(first.exact),
                vouched: false,
                start: c.start,
                canonical: canonical.clone(),
                candidate: ci,
                gender: c.gender,
            });
        }
        full.push(FullName {
            key: key_tok.exact,
            folded: key_tok.folded,
            given: (!surname_first).then_some(first.folded),
            given_exact: (!surname_first).then_some(first.exact),
            vouched: false,
            start: c.start,
            canonical,
            candidate: ci,
            gender: c.gender,
        });
    }
    // Vouched one-word persons, used only for keys no full name has.
    let mut single: Vec<FullName> = Vec::new();
    let mut full_keys: Vec<u64> = full.iter().map(|f| f.key).collect();
    full_keys.sort_unstable();
    for (ci, c) in chosen.iter().enumerate() {
        let t = &tokens[c.start];
        if c.kind == MentionKind::Person
            && c.end - c.start == 1
            && VOUCHED.contains(&c.rule)
            && t.shape == Shape::Title
            && full_keys.binary_search(&t.exact).is_err()
        {
            single.push(FullName {
                key: t.exact,
                folded: t.folded,
                given: None,
                given_exact: None,
                vouched: true,
                start: c.start,
                canonical: t.span.of(text).to_string(),
                candidate: ci,
                gender: c.gender,
            });
        }
    }
    full.extend(single);
    if full.is_empty() {
        return chosen;
    }
    let by_key = Postings::new(&full, |f| Some(f.key));
    let by_given = Postings::new(&full, |f| f.given_exact);
    let by_folded = Postings::new(&full, |f| Some(f.folded));
    let by_given_folded = Postings::new(&full, |f| f.given);
    let principal = principals(&full, &by_key, &chosen, tokens);
    let refer =
        |pos: usize, key: u64, gender: Option<Gender>| -> Option<(&FullName, &'static str)> {
            let list = by_key.get(key)?;
            // A bare family name that several people of the article share
            // is the article's principal one (`Cruz` after `Heidi Cruz` in
            // a story of Ted Cruz); an honorific's gender still decides.
            let shared = principal
                .binary_search_by_key(&key, |&(k, _)| k)
                .ok()
                .map(|j| principal[j].1);
            let before_any = list.last_before(&full, pos);
            if let Some(p) = shared
                .filter(|_| gender.is_none() && before_any.map_or(true, |(_, ambiguous)| ambiguous))
            {
                return Some((&full[p], "coref:surname-principal"));
            }
            let found = if let Some((nearest, ambiguous)) = before_any {
                (
                    nearest,
                    if ambiguous {
                        "coref:surname-nearest"
                    } else {
                        "coref:surname"
                    },
                )
            } else {
                (list.first_after(&full, pos)?, "coref:surname-later")
            };
            // `Mr. Okafor` is not `Marta Okafor`: when the honorific and the
            // full name's given name disagree, the nearest name of the key
            // that fits, before the mention or else after it, or none.
            let fits =
                |i: usize| gender.is_none() || full[i].gender.is_none() || full[i].gender == gender;
            if fits(found.0) {
                return Some((&full[found.0], found.1));
            }
            let before = list
                .idx
                .iter()
                .copied()
                .filter(|&i| full[i].start < pos && fits(i));
            let after = list
                .idx
                .iter()
                .copied()
                .filter(|&i| full[i].start > pos && fits(i));
            before
                .max_by_key(|&i| full[i].start)
                .or_else(|| after.min_by_key(|&i| full[i].start))
                .map(|i| (&full[i], "coref:surname-gender"))
        };
    // A one-word place, title or dictionary institution does not block a
    // family name: after `Ola Lewis`, a bare `Lewis` is the man, not the
    // town; after `Alan Shearman`, `Shearman` is no sheep shearer; after
    // `Billie Jean King`, `King said` is no monarch; after `Ola Hill`,
    // `Hill` is not the newspaper `The Hill`.
    let yields = |c: &Candidate| {
        c.end - c.start == 1
            && (matches!(c.kind, MentionKind::Place | MentionKind::Title)
                || (c.kind == MentionKind::Institution && c.source == Source::Dictionary))
    };
    let mut covered = super::filled(tokens.len(), false);
    for c in chosen.iter().filter(|c| !yields(c)) {
        covered[c.start..c.end].iter_mut().for_each(|t| *t = true);
    }
    let mut added = Vec::new();
    // One-word persons found by honorific, title or a dictionary alias.
    let snapshot: Vec<(usize, usize, usize)> = chosen
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == MentionKind::Person && c.end - c.start == 1)
        .map(|(i, c)| (i, c.start, c.end))
        .collect();
    for (ci, start, _) in snapshot {
        // Two vouched one-word mentions say nothing new about each other.
        let gender = chosen[ci].gender;
        if let Some((f, rule)) =
            refer(start, tokens[start].exact, gender).filter(|(f, _)| !f.vouched)
        {
            let (entry, gender) = (chosen[f.candidate].entry, chosen[f.candidate].gender);
            let canonical = f.canonical.clone();
            let c = &mut chosen[ci];
            c.source = Source::Coreference;
            c.rule = rule;
            c.canonical = Some(canonical);
            c.entry = entry;
            c.gender = c.gender.or(gender);
        }
    }
    let make = |start: usize, k: usize, f: &FullName, rule: &'static str| {
        let antecedent = &chosen[f.candidate];
        let mut c = Candidate::new(start, k + 1, MentionKind::Person, Source::Coreference, rule);
        c.canonical = Some(f.canonical.clone());
        c.entry = antecedent.entry;
        c.gender = antecedent.gender;
        c
    };
    // Bare family names nothing else claimed.
    for &k in openers {
        let t = &tokens[k];
        // Only a capitals word (in a headline) or a title-case word
        // (elsewhere) goes further below: the shape first, then the
        // table look-ups.
        if !matches!(t.shape, Shape::Title | Shape::Caps)
            || covered[k]
            || m.is_nonname(t)
            || m.is_demonym(t)
        {
            continue;
        }
        if headline[t.sentence as usize] {
            // `TENNIS - OKORO WINS`, `TENNIS - ADA OKORO WINS
            // AGAIN`: in a capitals headline a family name the article
            // names in full is that person, with the given name before it
            // when it matches too.
            if t.shape != Shape::Caps || t.span.len() < 3 || dateline(text, tokens, k) {
                continue;
            }
            let Some(f) = by_folded
                .get(t.folded)
                .or_else(|| by_given_folded.get(t.folded))
                .map(|p| &full[p.idx[0]])
            else {
                continue;
            };
            let with_given = k > 0
                && !covered[k - 1]
                && tokens[k - 1].sentence == t.sentence
                && f.given == Some(tokens[k - 1].folded);
            if with_given && added.last().is_some_and(|a: &Candidate| a.end == k) {
                added.pop();
            }
            added.push(make(
                if with_given { k - 1 } else { k },
                k,
                f,
                "coref:headline",
            ));
            continue;
        }
        if t.shape != Shape::Title {
            continue;
        }
        // `Ada Okoro Wins Again`, `Ada Okoro said`: a given name and family
        // name the article names in full elsewhere are that person, where
        // the patterns found no name (a title-case headline, whose long
        // runs they leave alone, or a sentence start). Only a name of the
        // dictionary or one that opens with a known given name: a pair the
        // weaker rules took for a name (`Rust Belt`) is not spread further.
        if k > 0
            && !covered[k - 1]
            && tokens[k - 1].sentence == t.sentence
            && tokens[k - 1].exact != t.exact
        {
            let repeat = by_key.get(t.exact).and_then(|p| {
                p.idx
                    .iter()
                    .map(|&i| &full[i])
                    .find(|f| !f.vouched && f.given_exact == Some(tokens[k - 1].exact))
            });
            let founded = |f: &FullName| {
                let c = &chosen[f.candidate];
                c.entry.is_some()
                    || matches!(c.rule, "pattern:given+surname" | "pattern:surname+given")
            };
            if let Some(f) = repeat.filter(|f| founded(f)) {
                added.push(make(k - 1, k, f, "coref:repeat"));
                continue;
            }
        }
        // A family name stands alone: next to another capitalised word
        // it is part of some other name (`Chicago White Sox`, `El Al`,
        // `Naveed Ashraf` after `Ashraf Naveed`).
        let capital = |j: usize| {
            tokens.get(j).is_some_and(|n| {
                n.sentence == t.sentence && matches!(n.shape, Shape::Title | Shape::Caps)
            })
        };
        if (k > 0 && capital(k - 1)) || capital(k + 1) {
            continue;
        }
        if let Some((f, rule)) = refer(k, t.exact, None) {
            added.push(make(k, k, f, rule));
            continue;
        }
        // `Tavish was the cornerstone` after `Tavish Okoro`: sports
        // copy and quotes call people by their given name. Only after the
        // full name, never for a place name (`Jordan`) or a word with
        // more capitals than `Jean-Pierre` (`China-ROK`).
        // (Counted in the bytes of an ASCII word: a `str` slice checks both
        // its ends for a character boundary, and decoding costs more.)
        let b = t.bytes(text);
        let capitals = if b.is_ascii() {
            b.iter().filter(|c| c.is_ascii_uppercase()).count()
        } else {
            t.span.of(text).chars().filter(|c| c.is_uppercase()).count()
        };
        if m.is_place(t) || capitals > 2 {
            continue;
        }
        // A full name found only by its last word (`Real Oviedo`, `Dow
        // Grant`) is too weak to vouch for its first word alone unless
        // that word is no surname and longer than an abbreviation
        // (`Tavish` after `Tavish Khan`); an unknown pair (`Patriot
        // Coal`) never is.
        let plain = m.surname(t).is_none() && t.span.len() > 4;
        let vouches = |f: &FullName| match chosen[f.candidate].rule {
            "pattern:name-pair" => false,
            "pattern:surname" => plain,
            _ => true,
        };
        if let Some(f) = by_given
            .get(t.exact)
            .and_then(|list| list.last_before(&full, k))
            .map(|(i, _)| &full[i])
            .filter(|f| vouches(f))
        {
            added.push(make(k, k, f, "coref:given"));
        }
    }
    // A yielding candidate is one token: it lies inside an added name
    // exactly when its token does.
    let mut in_added = super::filled(tokens.len(), false);
    for a in &added {
        in_added[a.start..a.end].iter_mut().for_each(|t| *t = true);
    }
    chosen.retain(|c| !(yields(c) && in_added[c.start]));
    chosen.extend(added);
    chosen.sort_by_key(|c| c.start);
    chosen
}

/// For each key that full names of more than one person share, sorted by
/// key: the full name (an index into `full`) of the principal one, the
/// person named most often by an honorific only that person's gender fits
/// (`Mr. Okafor`), else the one named first; none on a tie of honorifics.
fn principals(
    full: &[FullName],
    by_key: &Postings,
    chosen: &[Candidate],
    tokens: &[Token],
) -> Vec<(u64, usize)> {
    let mut out = Vec::new();
    let mut a = 0;
    while a < by_key.keys.len() {
        let key = by_key.keys[a];
        let b = a + by_key.keys[a..].partition_point(|&k| k == key);
        let idx = &by_key.idx[a..b];
        a = b;
        // (Not for names in surname-first order: `Jia` after `Jia Min-ho`
        // and `Jia Xiaobo` is whichever was named last; a family name that
        // common is no family.)
        if idx
            .iter()
            .all(|&i| full[i].canonical == full[idx[0]].canonical)
            || idx.iter().any(|&i| full[i].given.is_none())
        {
            continue;
        }
        // (canonical's first index, count)
        let mut counts: Vec<(usize, usize)> = Vec::new();
        let mut add = |i: usize| match counts
            .iter_mut()
            .find(|(j, _)| full[*j].canonical == full[i].canonical)
        {
            Some(c) => c.1 += 1,
            None => counts.push((i, 1)),
        };
        // (A name found only by its known family name, `Backing Clinton`
        // in a title-case line, is no principal beside a better-founded
        // one.)
        let founded = |i: usize| {
            let c = &chosen[full[i].candidate];
            c.entry.is_some()
                || !matches!(
                    c.rule,
                    "pattern:surname" | "pattern:name-pair" | "pattern:list" | "pattern:name-place"
                )
        };
        // (Nor is a name the article gives once, with no dictionary entry
        // behind it: `Will Sanders` in a title-case headline.)
        let repeated = |i: usize| {
            chosen[full[i].candidate].entry.is_some()
                || idx
                    .iter()
                    .filter(|&&j| full[j].canonical == full[i].canonical)
                    .count()
                    > 1
        };
        let idx = prefer(&prefer(idx, founded), repeated);
        if idx
            .iter()
            .all(|&i| full[i].canonical == full[idx[0]].canonical)
        {
            out.push((key, idx[0]));
            continue;
        }
        for c in chosen {
            let Some(g) = c.gender else { continue };
            if c.kind != MentionKind::Person || c.end - c.start != 1 || tokens[c.start].exact != key
            {
                continue;
            }
            let mut fitting = idx
                .iter()
                .copied()
                .filter(|&i| full[i].gender.map_or(true, |h| h == g));
            if let Some(i) = fitting.next() {
                if fitting.all(|j| full[j].canonical == full[i].canonical) {
                    add(i);
                }
            }
        }
        // (Honorifics that only one of them fits decide, `Mr. Okafor`
        // named more often than `Mrs. Okafor`; else the one named first:
        // news gives the others of the family their full or given name
        // again and again, and the family name alone to the principal.)
        counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
        match counts.as_slice() {
            [] => out.push((key, idx[0])),
            [(i, _)] => out.push((key, *i)),
            [(i, n), (_, m), ..] if n > m => out.push((key, *i)),
            _ => {}
        }
    }
    out
}

/// The indices that pass `keep`, or all of them when none does.
fn prefer(idx: &[usize], keep: impl Fn(usize) -> bool) -> Vec<usize> {
    let kept: Vec<usize> = idx.iter().copied().filter(|&i| keep(i)).collect();
    if kept.is_empty() {
        idx.to_vec()
    } else {
        kept
    }
}

/// The full names sharing one key, in the order of `full`, with what
/// makes the nearest earlier one and its ambiguity a binary search.
struct Posting<'a> {
    /// Indices into `full`.
    idx: &'a [usize],
    /// `same[j]`: all of `idx[..=j]` have the canonical name of `idx[j]`.
    same: &'a [bool],
    /// Starts non-decreasing along `idx`: the earlier names are a prefix.
    sorted: bool,
}

impl Posting<'_> {
    /// The last name (in `full` order) starting before `pos`, and whether
    /// some name before `pos` has another canonical name.
    fn last_before(&self, full: &[FullName], pos: usize) -> Option<(usize, bool)> {
        if self.sorted {
            let p = self.idx.partition_point(|&i| full[i].start < pos);
            return (p > 0).then(|| (self.idx[p - 1], !self.same[p - 1]));
        }
        let mut before = self.idx.iter().filter(|&&i| full[i].start < pos);
        let nearest = *before.clone().next_back()?;
        let canonical = &full[nearest].canonical;
        Some((nearest, before.any(|&i| &full[i].canonical != canonical)))
    }

    /// The first name (in `full` order) starting after `pos`.
    fn first_after(&self, full: &[FullName], pos: usize) -> Option<usize> {
        if self.sorted {
            let p = self.idx.partition_point(|&i| full[i].start <= pos);
            return self.idx.get(p).copied();
        }
        self.idx.iter().copied().find(|&i| full[i].start > pos)
    }
}

/// Names by key: `(key, index)` pairs sorted, so the names of one key are
/// a run in `full` order (an article has a few dozen names: sorting them
/// costs less than a hash table per article).
struct Postings {
    keys: Vec<u64>,
    idx: Vec<usize>,
    same: Vec<bool>,
    /// Every run has non-decreasing starts.
    sorted: bool,
}

impl Postings {
    fn new(full: &[FullName], key: impl Fn(&FullName) -> Option<u64>) -> Self {
        let mut pairs: Vec<(u64, usize)> = full
            .iter()
            .enumerate()
            .filter_map(|(i, f)| key(f).map(|k| (k, i)))
            .collect();
        pairs.sort_unstable();
        let mut same = Vec::with_capacity(pairs.len());
        let mut sorted = true;
        for j in 0..pairs.len() {
            let (k, i) = pairs[j];
            let prev = j
                .checked_sub(1)
                .map(|p| pairs[p])
                .filter(|&(pk, _)| pk == k);
            same.push(match prev {
                None => true,
                Some((_, pi)) => {
                    if full[pi].start > full[i].start {
                        sorted = false;
                    }
                    same[j - 1] && full[pi].canonical == full[i].canonical
                }
            });
        }
        // Two exact-size copies (an `unzip` grew both vectors from empty).
        let keys = pairs.iter().map(|&(k, _)| k).collect();
        let idx = pairs.iter().map(|&(_, i)| i).collect();
        Postings {
            keys,
            idx,
            same,
            sorted,
        }
    }

    fn get(&self, key: u64) -> Option<Posting<'_>> {
        let a = self.keys.partition_point(|&k| k < key);
        // (A key has a posting or two: counted, not searched for.)
        let b = a + self.keys[a..].iter().take_while(|&&k| k == key).count();
        (a < b).then(|| Posting {
            idx: &self.idx[a..b],
            same: &self.same[a..b],
            sorted: self.sorted,
        })
    }
}

/// A dateline in capitals (`LIMA 2001-05-04`, `BUENOS AIRES ,
/// Argentina 2001-05-04`): the words before the date are a place, whatever else the
/// article calls by that name.
fn dateline(text: &str, tokens: &[Token], k: usize) -> bool {
    let sentence = tokens[k].sentence;
    tokens[k + 1..]
        .iter()
        .take_while(|t| t.sentence == sentence)
        .take(6)
        .any(|t| {
            let s = t.span.of(text);
            t.shape == Shape::Number
                && s.len() >= 8
                && s.bytes().filter(|&b| b == b'-').count() == 2
        })
}

#[cfg(test)]
mod tests {
    use crate::dictionary::Dictionaries;
    use crate::entities::{testing, MentionKind};

    /// Invented word lists: a place, a title and an institution that share
    /// their spelling with family names.
    const LEXICON: &str = "name\ttype\taliases\tgender\thonorific\n\
Marta\tgiven_name\t\tfemale\t\n\
Anton\tgiven_name\t\tmale\t\n\
Okafor\tsurname\t\t\t\n\
Shearman\tsurname\t\t\t\n\
Mr\thonorific\tMr.\tmale\t\n\
president\ttitle\tPresident\t\tyes\n\
shearman\ttitle\t\t\t\n\
Dunmore\tplace\t\t\t\n\
the Ledger\tinstitution\t\t\t\n\
Ledger\tsurname\t\t\t\n";

    fn dicts() -> Dictionaries {
        testing::lexicon(LEXICON)
    }

    /// `surface rule canonical` for every person mention.
    fn persons(d: &Dictionaries, text: &str) -> Vec<String> {
        testing::mentions(d, text)
            .iter()
            .filter(|m| m.kind == MentionKind::Person)
            .map(|m| format!("{} {} {}", m.span.of(text), m.rule, m.canonical))
            .collect()
    }

    #[test]
    fn family_names_resolved_beyond_the_plain_case() {
        struct Case {
            name: &'static str,
            text: &'static str,
            found: &'static [&'static str],
        }
        let cases = [
            Case {
                name: "title-vouched one-word name is an antecedent, over a place",
                text: "President Dunmore spoke. He left and Dunmore waved.",
                found: &[
                    "Dunmore pattern:title Dunmore",
                    "Dunmore coref:surname Dunmore",
                ],
            },
            Case {
                name: "a full name wins over a vouched one-word name",
                text: "President Okafor came. Marta Okafor spoke. She said Okafor left.",
                found: &[
                    "Okafor coref:surname-later Marta Okafor",
                    "Marta Okafor pattern:given+surname Marta Okafor",
                    "Okafor coref:surname Marta Okafor",
                ],
            },
            Case {
                name: "honorific passes over the nearest full name of the other gender",
                text: "Anton Okafor came. Marta Okafor spoke. Then Mr Okafor left.",
                found: &[
                    "Anton Okafor pattern:given+surname Anton Okafor",
                    "Marta Okafor pattern:given+surname Marta Okafor",
                    "Okafor coref:surname-gender Anton Okafor",
                ],
            },
            Case {
                name: "honorific passes over the first later full name of the other gender",
                text: "Mr Okafor came. Marta Okafor spoke. Anton Okafor left.",
                found: &[
                    "Okafor coref:surname-gender Anton Okafor",
                    "Marta Okafor pattern:given+surname Marta Okafor",
                    "Anton Okafor pattern:given+surname Anton Okafor",
                ],
            },
            Case {
                name: "a shared family name is the first named person's, not the nearest",
                text: "Anton Okafor won. His mother, Marta Okafor, cheered. Okafor left.",
                found: &[
                    "Anton Okafor pattern:given+surname Anton Okafor",
                    "Marta Okafor pattern:given+surname Marta Okafor",
                    "Okafor coref:surname-principal Anton Okafor",
                ],
            },
            Case {
                name: "a shared family name is the one honorifics of one gender point to",
                text: "Marta Okafor spoke. Anton Okafor came. Mr Okafor left. Mr Okafor waved. Okafor smiled.",
                found: &[
                    "Marta Okafor pattern:given+surname Marta Okafor",
                    "Anton Okafor pattern:given+surname Anton Okafor",
                    "Okafor coref:surname-nearest Anton Okafor",
                    "Okafor coref:surname-nearest Anton Okafor",
                    "Okafor coref:surname-principal Anton Okafor",
                ],
            },
            Case {
                name: "honorific with no full name of its gender stays itself",
                text: "Mr Okafor came. Marta Okafor spoke.",
                found: &[
                    "Okafor pattern:honorific Okafor",
                    "Marta Okafor pattern:given+surname Marta Okafor",
                ],
            },
            Case {
                name: "family name that is also a title",
                text: "Anton Shearman scored. Shearman said it was easy.",
                found: &[
                    "Anton Shearman pattern:given+surname Anton Shearman",
                    "Shearman coref:surname Anton Shearman",
                ],
            },
            Case {
                name: "family name that is also a dictionary institution",
                text: "Anton Ledger won. Ledger was pleased.",
                found: &[
                    "Anton Ledger pattern:given+surname Anton Ledger",
                    "Ledger coref:surname Anton Ledger",
                ],
            },
            Case {
                name: "given name alone after the full name",
                text: "Anton Okafor won. Later, Anton said he was tired.",
                found: &[
                    "Anton Okafor pattern:given+surname Anton Okafor",
                    "Anton coref:given Anton Okafor",
                ],
            },
            Case {
                name: "full name repeated in a title-case headline",
                text: "Anton Okafor Defends Harbour Plan At Council Meeting\n\n\
                       Anton Okafor spoke on Monday.",
                found: &[
                    "Anton Okafor coref:repeat Anton Okafor",
                    "Anton Okafor pattern:given+surname Anton Okafor",
                ],
            },
            Case {
                name: "a headline pair found by its surname alone elsewhere is not spread",
                text: "Real Okafor Defends Harbour Plan At Council Meeting\n\n\
                       Fans of Real Okafor cheered.",
                found: &["Real Okafor pattern:surname Real Okafor"],
            },
            Case {
                name: "first word of a name found by its surname alone is too weak",
                text: "Fans of Real Okafor cheered. They said Real played well.",
                found: &["Real Okafor pattern:surname Real Okafor"],
            },
            Case {
                name: "first word in capitals never stands alone",
                text: "At the Dunmore-ROK Okafor talks. Later, the Dunmore-ROK group met.",
                found: &["Dunmore-ROK Okafor pattern:surname Dunmore-ROK Okafor"],
            },
            Case {
                name: "first word of an unknown pair never stands alone",
                text: "It belonged to Patrium Cole , they said. Later, Patrium sold it.",
                found: &["Patrium Cole pattern:name-pair Patrium Cole"],
            },
            Case {
                name: "capitals headline names the person of the article",
                text: "TENNIS - ANTON OKAFOR AND SHEARMAN WIN .\nAnton Okafor and Marta Shearman won on Sunday in the city.",
                found: &[
                    "ANTON OKAFOR coref:headline Anton Okafor",
                    "SHEARMAN coref:headline Marta Shearman",
                    "Anton Okafor pattern:given+surname Anton Okafor",
                    "Marta Shearman pattern:given+surname Marta Shearman",
                ],
            },
            Case {
                name: "capitals dateline is a place",
                text: "TENNIS - OKAFOR WINS .\nOKAFOR 2031-04-17\nMarta Okafor won on Sunday in the city of her birth.",
                found: &[
                    "OKAFOR coref:headline Marta Okafor",
                    "Marta Okafor pattern:given+surname Marta Okafor",
                ],
            },
        ];
        let d = dicts();
        for c in cases {
            assert_eq!(persons(&d, c.text), c.found, "case {}", c.name);
        }
    }
}
