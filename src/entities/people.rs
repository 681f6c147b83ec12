//! Person names that no list holds, recognised by their parts and context.
//!
//! Reads the [`Token`]s (and the title candidates `lexicon` already found);
//! adds person [`Candidate`]s, each naming its rule:
//!
//! | rule | example |
//! |---|---|
//! | `pattern:honorific` | `Mr Blair`, `Dr. Ana Ruiz` |
//! | `pattern:title` | `President Obama`, `Minister Lu`, `Prof. Jia Qingguo` |
//! | `pattern:given+surname` | `Phil Simmons` (a known given name first) |
//! | `pattern:surname+given` | `Lu Wei`, `Jia Xiudong` (Chinese/Korean order) |
//! | `pattern:initials` | `M. Atherton`, `J.D. Salinger` |
//! | `pattern:surname` | `Nasser Hussain` (a known surname last) |
//! | `pattern:name-place` | `Anna Roe ( Norway )` in results tables |
//! | `pattern:name-pair` | `, Youri Djorkaeff ,` (unknown pair in a list) |
//! | `pattern:apposition` | `Ola Nordmann, a professor at ...`, `Ola Nordmann, 45,` |
//!
//! All start from a *name run*: consecutive capitalised words in one
//! sentence that are not ordinary words (`nonname` list: sentence-initial
//! `However`, months, days, boilerplate such as `Print Mail`), not title or
//! institution words, not place words such as `Road`. Headline sentences in
//! capitals get no patterns at all.

use super::lexicon::Matcher;
use super::tokens::{Shape, Token};
use super::{Candidate, MentionKind, Source};
use crate::dictionary::Dictionaries;

/// Words that end place names, never person names (`Grace Road`). Words
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

/// Lower-case name particles: `Ludwig van Beethoven`, `Osama bin Laden`.
const PARTICLES: &[&str] = &[
    "van", "von", "de", "del", "della", "der", "den", "da", "di", "du", "dos", "das", "le", "la",
    "bin", "ibn", "al", "el", "ter", "ten", "y",
];

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

/// True for a capitalised word that may be part of a name.
fn nameish(m: &Matcher, text: &str, tokens: &[Token], i: usize, title_starts: &[bool]) -> bool {
    let t = &tokens[i];
    let s = t.span.of(text);
    // `al-Abidine`, `bin-Talal`: a particle joined to a capitalised name.
    let joined = t.shape == Shape::Lower
        && s.split_once('-').is_some_and(|(p, rest)| {
            PARTICLES.contains(&p) && rest.starts_with(|c: char| c.is_uppercase())
        });
    (t.shape == Shape::Title || joined)
        && !m.is_nonname(t)
        && !m.is_head(t)
        && m.suffix_at(tokens, i).is_none()
        && !title_starts[i]
        && !PLACE_WORDS.contains(&s)
}

/// An initial at `i` (`M` `.`, `J.D` `.`): returns its token count.
fn initial_at(m: &Matcher, text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let t = &tokens[i];
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

/// Add person candidates for every name run in the article.
pub fn find(
    m: &Matcher,
    dicts: &Dictionaries,
    text: &str,
    tokens: &[Token],
    headline: &[bool],
    out: &mut Vec<Candidate>,
) {
    // Capitalised titles usable before a name, by the token they end at,
    // and every token where a title starts (those never join a name run).
    let mut title_starts = vec![false; tokens.len()];
    let mut trigger_end = vec![None; tokens.len() + 1];
    // Only titles used before names count: occupations such as `baker`
    // or `smith` are also surnames and must stay inside name runs.
    //
    // A one-word title that is also a name is a name when the neighbours
    // say so: a given name followed by a surname (`Dean Jones`),
    // or a surname after a given name (`Billie Jean King`).
    let is_name_here = |c: &Candidate| {
        let t = &tokens[c.start];
        // `Dean Jones` but not `King Norodom Sihanouk`: the next word must
        // be a known surname.
        let next_surname = tokens
            .get(c.end)
            .is_some_and(|n| n.sentence == t.sentence && m.surname(n).is_some());
        let after_given = c.start > 0
            && tokens[c.start - 1].sentence == t.sentence
            && m.given(text, &tokens[c.start - 1]).is_some();
        c.end - c.start == 1
            && t.shape == Shape::Title
            && ((m.given(text, t).is_some() && next_surname)
                || (m.surname(t).is_some() && after_given))
    };
    for c in out.iter().filter(|c| c.kind == MentionKind::Title) {
        if c.entry.is_some_and(|e| m.is_trigger(e)) && !is_name_here(c) {
            title_starts[c.start] = true;
            if tokens[c.start].shape == Shape::Title {
                trigger_end[c.end] = Some(c.gender);
            }
        }
    }
    // Honorifics (`Mr`, `Dr.`) likewise, by the token they end at.
    for k in 0..tokens.len() {
        if tokens[k].shape == Shape::Lower {
            continue;
        }
        if let Some((gender, n)) = m.honorific_at(dicts, tokens, k) {
            title_starts[k] = true;
            trigger_end[k + n] = Some(gender);
        }
    }
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if headline[t.sentence as usize] {
            i += 1;
            continue;
        }
        // Build the run: name words, initials, particles between names.
        let mut parts: Vec<(usize, usize)> = Vec::new(); // (first token, tokens)
        let mut j = i;
        while j < tokens.len() && tokens[j].sentence == t.sentence {
            let p = if nameish(m, text, tokens, j, &title_starts) {
                Some(1)
            } else if let Some(n) = initial_at(m, text, tokens, j) {
                Some(n)
            } else if !parts.is_empty()
                && is_particle(text, &tokens[j])
                && tokens
                    .get(j + 1)
                    .is_some_and(|_| nameish(m, text, tokens, j + 1, &title_starts))
            {
                Some(1)
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
            i += 1;
            continue;
        }
        classify(m, dicts, text, tokens, &parts, &trigger_end, out);
        i = j;
    }
}

/// Decide whether a run (or its tail) is a person and with which rule.
fn classify(
    m: &Matcher,
    dicts: &Dictionaries,
    text: &str,
    tokens: &[Token],
    parts: &[(usize, usize)],
    trigger_end: &[Option<Option<super::Gender>>],
    out: &mut Vec<Candidate>,
) {
    let end = parts.last().map(|&(j, n)| j + n).unwrap();
    let first = parts[0].0;
    // A name is at most four words; a longer run is a list or a heading.
    if parts.len() > 4 {
        return;
    }
    // Honorific or title just before the run.
    if let Some(gender) = trigger_end[first] {
        let honorific = (first > 0 && m.honorific_at(dicts, tokens, first - 1).is_some())
            || (first > 1
                && m.honorific_at(dicts, tokens, first - 2)
                    .is_some_and(|(_, n)| n == 2));
        let rule = if honorific {
            "pattern:honorific"
        } else {
            "pattern:title"
        };
        let mut c = Candidate::new(first, end, MentionKind::Person, Source::Pattern, rule);
        c.gender = gender;
        out.push(c);
        return;
    }
    // Otherwise try the run from each start. A given name (or a Chinese
    // surname with its given name) opens a name wherever it stands:
    // `American Oliver McCall` is a person from `Oliver` on. Only when no
    // such start exists do the weaker rules apply, and a rule that fits
    // only a tail (`Filip De Wilde`: `De Wilde` has a known surname) keeps
    // the whole run up to three words, since the words before are more
    // likely an unknown given name than anything else.
    let rules: Vec<Option<(&'static str, Option<super::Gender>)>> = (0..parts.len())
        .map(|s| {
            if is_particle(text, &tokens[parts[s].0]) {
                None
            } else {
                rule_for(m, text, tokens, &parts[s..], end)
            }
        })
        .collect();
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
    if !plausible(m, text, tokens, &parts[from..], rule) {
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
/// Henderson` is fine) is not taken for a person. A run *ending* in a
/// place is: too many surnames are also towns (`Hill`, `Lewis`).
fn plausible(
    m: &Matcher,
    text: &str,
    tokens: &[Token],
    parts: &[(usize, usize)],
    rule: &str,
) -> bool {
    let first = &tokens[parts[0].0];
    if m.is_place(first) && m.given(text, first).is_none() && rule != "pattern:apposition" {
        return false;
    }
    true
}

fn rule_for(
    m: &Matcher,
    text: &str,
    tokens: &[Token],
    parts: &[(usize, usize)],
    end: usize,
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
        if parts.len() <= 3
            && m.surname(last_tok).is_some_and(|s| !s.common_word)
            && !m.is_place(head)
            && !head.initial
        {
            return Some(("pattern:surname", None));
        }
        if parts.len() <= 3 && place_in_brackets(m, text, tokens, end) {
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
/// any list, in a list or before a possessive (`, Youri Djorkaeff ,`,
/// `Asa Carlsson ( Sweden )`, `Dietmar Kuehbauer 's`): in news such a pair
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
    matches!(before, Some("," | "(" | "and" | ";" | ":" | "-"))
        || matches!(after, Some("," | "(" | "'s" | "’s" | ")" | ";"))
}

/// `Anthony Hill ( Australia ) beat ...`, `Jane Roe (Ohio)`: a name with
/// its country or state in brackets, as results tables and agency copy
/// write them.
fn place_in_brackets(m: &Matcher, text: &str, tokens: &[Token], end: usize) -> bool {
    let at = |k: usize| tokens.get(k).map(|t| t.span.of(text));
    at(end) == Some("(")
        && tokens.get(end + 1).is_some_and(|t| m.is_place(t))
        && at(end + 2) == Some(")")
}

/// `X, a professor at ...` / `X, the spokesman` / `X, 45,`: the run is a
/// person when a comma follows and then an age, or (for runs of two words
/// or more) a title within a few words.
fn apposition_after(m: &Matcher, text: &str, tokens: &[Token], end: usize, words: usize) -> bool {
    let Some(comma) = tokens.get(end) else {
        return false;
    };
    if comma.span.of(text) != "," {
        return false;
    }
    let mut k = end + 1;
    if let (Some(age), Some(c2)) = (tokens.get(k), tokens.get(k + 1)) {
        if age.shape == Shape::Number && age.span.len() <= 2 && c2.span.of(text) == "," {
            return true;
        }
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
