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
//! first one after it (`coref:surname-later`).

use super::lexicon::Matcher;
use super::tokens::{Shape, Token};
use super::{Candidate, MentionKind, Source};
use crate::dictionary::Dictionaries;

struct FullName {
    key: u64,
    start: usize,
    canonical: String,
    candidate: usize,
}

/// Mark and add partial names; returns the candidates sorted by start.
pub fn partial_names(
    m: &Matcher,
    dicts: &Dictionaries,
    text: &str,
    tokens: &[Token],
    headline: &[bool],
    mut chosen: Vec<Candidate>,
) -> Vec<Candidate> {
    let mut full: Vec<FullName> = Vec::new();
    for (ci, c) in chosen.iter().enumerate() {
        if c.kind != MentionKind::Person {
            continue;
        }
        let words: Vec<usize> = (c.start..c.end).filter(|&k| tokens[k].is_word()).collect();
        if words.len() < 2 {
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
        let key_tok = if surname_first {
            first
        } else {
            &tokens[*words.last().unwrap()]
        };
        full.push(FullName {
            key: key_tok.exact,
            start: c.start,
            canonical,
            candidate: ci,
        });
    }
    if full.is_empty() {
        return chosen;
    }
    let refer = |pos: usize, key: u64| -> Option<(&FullName, &'static str)> {
        let before: Vec<&FullName> = full
            .iter()
            .filter(|f| f.key == key && f.start < pos)
            .collect();
        if let Some(&nearest) = before.last() {
            let ambiguous = before.iter().any(|f| f.canonical != nearest.canonical);
            return Some((
                nearest,
                if ambiguous {
                    "coref:surname-nearest"
                } else {
                    "coref:surname"
                },
            ));
        }
        full.iter()
            .find(|f| f.key == key && f.start > pos)
            .map(|f| (f, "coref:surname-later"))
    };
    // A one-word place does not block a family name: after `Chris Lewis`,
    // a bare `Lewis` is the man, not the town of that name.
    let one_word_place = |c: &Candidate| c.kind == MentionKind::Place && c.end - c.start == 1;
    let mut covered = vec![false; tokens.len()];
    for c in chosen.iter().filter(|c| !one_word_place(c)) {
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
        if let Some((f, rule)) = refer(start, tokens[start].exact) {
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
    // Bare family names nothing else claimed.
    for (k, t) in tokens.iter().enumerate() {
        if covered[k] || t.shape != Shape::Title || headline[t.sentence as usize] || m.is_nonname(t)
        {
            continue;
        }
        // A family name stands alone: next to another capitalised word
        // it is part of some other name (`Chicago White Sox`, `El Al`,
        // `Mushtaq Ahmed` after `Saqlain Mushtaq`).
        let capital = |j: usize| {
            tokens.get(j).is_some_and(|n| {
                n.sentence == t.sentence && matches!(n.shape, Shape::Title | Shape::Caps)
            })
        };
        if (k > 0 && capital(k - 1)) || capital(k + 1) {
            continue;
        }
        let Some((f, rule)) = refer(k, t.exact) else {
            continue;
        };
        let antecedent = &chosen[f.candidate];
        let mut c = Candidate::new(k, k + 1, MentionKind::Person, Source::Coreference, rule);
        c.canonical = Some(f.canonical.clone());
        c.entry = antecedent.entry;
        c.gender = antecedent.gender;
        added.push(c);
    }
    chosen.retain(|c| !(one_word_place(c) && added.iter().any(|a| a.start == c.start)));
    chosen.extend(added);
    chosen.sort_by_key(|c| c.start);
    chosen
}
