//! Places that name sports teams: `Dorset beat Cornwall`,
//! `Devon captain Ola Okoro`, `the match against Norfolk`.
//!
//! Reads the chosen [`Candidate`]s and the [`Token`]s; returns them with
//! every place (other than a country: national sides are places in news
//! convention) that the text uses as a team turned into an institution
//! (rule `pattern:team`), and adds the same for capitalised words no list
//! holds (`Harwood`) followed by a score in a list. A team context is:
//!
//! | context | example |
//! |---|---|
//! | a verb of winning or losing after it | `Dorset beat ...`, `Wiltshire drew with ...` |
//! | a team role after it | `Dorset captain`, `Bristol team mate` |
//! | the object of such a verb, or of `v` | `beat Cornwall`, `lost to Devon`, `v Norfolk` |
//! | `against` after a match word | `their match against Norfolk` |
//! | a score after it in a list | `, Dorset 312 .` |
//!
//! One sense per article: once a name is a team, its other plain
//! occurrences in the article are the team too.

use super::lexicon::Matcher;
use super::tokens::{line_break_between, Shape, Token};
use super::{Candidate, MentionKind, Source};
use crate::dictionary::Dictionaries;

const RULE: &str = "pattern:team";

/// Verbs whose subject is a team.
const AGENT_VERBS: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "thrashed",
    "hammered",
    "crushed",
    "routed",
    "edged",
    "overcame",
    "outclassed",
    "drew",
    "trailed",
    "dismissed",
];
/// Words that make the next name a team.
const OBJECT_MARKERS: &[&str] = &[
    "beat",
    "beating",
    "defeated",
    "defeating",
    "thrashed",
    "hammered",
    "edged",
    "v",
    "vs",
];
/// Roles in a team after its name.
const ROLES: &[&str] = &[
    "captain",
    "coach",
    "skipper",
    "manager",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "team-mate",
    "teammate",
    "batsman",
    "bowler",
    "opener",
    "wicketkeeper",
    "winger",
    "fans",
    "supporters",
];
/// Words before `against` that make it a match.
const MATCH_WORDS: &[&str] = &[
    "match",
    "game",
    "tie",
    "final",
    "clash",
    "fixture",
    "play",
    "played",
    "playing",
    "win",
    "victory",
    "defeat",
    "draw",
    "semi-final",
    "encounter",
];

fn word<'a>(text: &'a str, tokens: &[Token], i: usize) -> Option<&'a str> {
    tokens.get(i).map(|t| t.span.of(text))
}

fn lower_in(text: &str, tokens: &[Token], i: usize, list: &[&str]) -> bool {
    // (Bytes: a `str` slice checks both its ends for a character boundary.)
    tokens.get(i).is_some_and(|t| {
        let w = t.bytes(text);
        list.iter().any(|l| w.eq_ignore_ascii_case(l.as_bytes()))
    })
}

/// A score: a number that is not a date or a year (`312`, `418-6`).
fn is_score(text: &str, t: &Token) -> bool {
    let w = t.span.of(text);
    t.shape == Shape::Number
        && w.matches('-').count() <= 1
        && !(w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        && w.bytes().all(|b| b.is_ascii_digit() || b == b'-')
}

fn line_break_before(text: &str, tokens: &[Token], i: usize) -> bool {
    i == 0 || line_break_between(text, &tokens[i - 1], &tokens[i])
}

/// Whether the name at tokens `[a, b)` is used as a team. A word no list
/// holds may be a player's name (`defeated Okafor`), so for it only a
/// score in a list counts (`scores_only`).
fn team_context(text: &str, tokens: &[Token], a: usize, b: usize, scores_only: bool) -> bool {
    if !scores_only && verb_or_role_context(text, tokens, a, b) {
        return true;
    }
    score_context(text, tokens, a, b)
}

fn verb_or_role_context(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    let same = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| t.sentence == tokens[a].sentence)
    };
    // `Dorset beat`, `Devon captain`, `Bristol team mate`.
    if same(b) && (lower_in(text, tokens, b, AGENT_VERBS) || lower_in(text, tokens, b, ROLES)) {
        return true;
    }
    if same(b) && lower_in(text, tokens, b, &["team"]) && lower_in(text, tokens, b + 1, &["mate"]) {
        return true;
    }
    // `lost to Devon`, `drew with Devon`.
    if same(b) && lower_in(text, tokens, b, &["lost"]) && lower_in(text, tokens, b + 1, &["to"]) {
        return true;
    }
    if a >= 1 && same(a - 1) {
        if lower_in(text, tokens, a - 1, OBJECT_MARKERS) {
            return true;
        }
        let prev2 = |list: &[&str]| a >= 2 && lower_in(text, tokens, a - 2, list);
        match word(text, tokens, a - 1)
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("to") if prev2(&["lost", "losing"]) => return true,
            Some("with") if prev2(&["drew", "draw", "drawn"]) => return true,
            Some("over") if prev2(&["win", "victory", "triumph"]) => return true,
            Some("against") => {
                let from = a.saturating_sub(4);
                if (from..a - 1).any(|k| same(k) && lower_in(text, tokens, k, MATCH_WORDS)) {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

fn score_context(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    // `, Dorset 312 .`, `Kelso : Harwood 271 and 198`.
    let after_list = a == 0
        || line_break_before(text, tokens, a)
        || matches!(word(text, tokens, a - 1), Some("," | ":" | ";"));
    if after_list && tokens.get(b).is_some_and(|t| is_score(text, t)) {
        // `Kelso 6,000 metres`: a comma inside a number ends nothing.
        let thousands = tokens
            .get(b + 1)
            .is_some_and(|n| n.span.start == tokens[b].span.end);
        if thousands {
            return false;
        }
        let next = word(text, tokens, b + 1);
        let ends = b + 1 >= tokens.len()
            || line_break_before(text, tokens, b + 1)
            || matches!(next, Some("," | "." | "(" | ";" | "and" | "points"));
        if ends {
            return true;
        }
    }
    false
}

/// Countries, states and provinces: national sides are places in news
/// convention, and `Ohio` in `DAYTON , Ohio` is a place.
fn is_country(dicts: &Dictionaries, c: &Candidate) -> bool {
    c.entry.is_some_and(|e| {
        matches!(
            dicts.get(e).attribute("kind"),
            Some("country" | "state" | "province" | "continent" | "territory")
        )
    })
}

/// Turn places used as teams into institutions; add unknown words used so.
pub fn teams(
    m: &Matcher,
    dicts: &Dictionaries,
    text: &str,
    tokens: &[Token],
    openers: &[usize],
    headline: &[bool],
    mut chosen: Vec<Candidate>,
) -> Vec<Candidate> {
    let mut covered = super::filled(tokens.len(), false);
    for c in &chosen {
        covered[c.start..c.end].iter_mut().for_each(|t| *t = true);
    }
    // Surface hashes of the names used as teams (single tokens only).
    let mut team_words: Vec<u64> = Vec::new();
    for c in chosen.iter_mut() {
        if c.kind == MentionKind::Place
            && !is_country(dicts, c)
            && !headline[tokens[c.start].sentence as usize]
            && team_context(text, tokens, c.start, c.end, false)
        {
            c.kind = MentionKind::Institution;
            c.source = Source::Pattern;
            c.rule = RULE;
            if c.end == c.start + 1 {
                team_words.push(tokens[c.start].exact);
            }
        }
    }
    let unknown = |i: usize| {
        let t = &tokens[i];
        !covered[i]
            && t.shape == Shape::Title
            && !headline[t.sentence as usize]
            && !m.is_nonname(t)
            && m.given(text, t).is_none()
            && m.surname(t).is_none()
    };
    let mut added = Vec::new();
    // Each title-case word (`unknown` holds no other), one of the
    // `openers`, with the token after it.
    for &i in openers {
        let Some(next) = tokens.get(i + 1) else {
            break;
        };
        // A score after the word is the only context that counts for it
        // (`scores_only`), and a score is a number: tested first, as it
        // is the rarest and cheapest condition.
        if next.shape == Shape::Number && unknown(i) && team_context(text, tokens, i, i + 1, true) {
            team_words.push(tokens[i].exact);
            added.push(i);
        }
    }
    if team_words.is_empty() {
        return chosen;
    }
    // One sense per article.
    for c in chosen.iter_mut() {
        if c.kind == MentionKind::Place
            && c.end == c.start + 1
            && !is_country(dicts, c)
            && team_words.contains(&tokens[c.start].exact)
        {
            c.kind = MentionKind::Institution;
            c.source = Source::Pattern;
            c.rule = RULE;
        }
    }
    for &i in openers {
        if team_words.contains(&tokens[i].exact) && unknown(i) && !added.contains(&i) {
            added.push(i);
        }
    }
    for i in added {
        chosen.push(Candidate::new(
            i,
            i + 1,
            MentionKind::Institution,
            Source::Pattern,
            RULE,
        ));
    }
    chosen.sort_by_key(|c| c.start);
    chosen
}
