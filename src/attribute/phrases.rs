//! Speaker phrases around a cue: the noun phrase before it ([`np_before`],
//! with appositives, asides set off by commas and the `to` of `the envoy to
//! the talks`) or after it ([`np_after`]), and how a phrase names its
//! speaker ([`classify`]).

use super::reported::{adverbial_opener, DOCUMENT_NOUNS};
use super::{
    between, is_adverb, is_capitalised, is_dash, is_in, is_possessive, lower, Ctx, Words,
    COMPLEMENT_PREPOSITIONS, NEGATIONS, NOT_SPEAKER_START, PHRASE_DETERMINERS, PRONOUNS,
    SAID_NOUNS, STOP,
};
use crate::entities::MentionKind;
use crate::span::Span;

/// [`STOP`] words after which a phrase is an object or complement. (Not
/// `said`: `Lu said the mayor had said …` starts a clause after it.)
const COMPLEMENT_BEFORE: &Words = &Words::new(&[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "should", "may", "might", "must", "can", "did", "does", "do", "to", "than", "not", "told",
]);

/// Lower-case words that cannot head a speaker phrase.
const NOT_HEAD: &Words = &Words::new(&[
    "you", "me", "him", "her", "us", "them", "what", "now", "there", "here", "together", "always",
    "never", "this", "these", "those", "one", "all", "both", "same", "else", "his", "its", "their",
    "our", "my", "your", "new", "no", "any", "every", "more", "most", "own",
]);

/// Sentence adverbs set off by commas between a speaker and the cue.
const ADVERB_ASIDES: &[&str] = &[
    "of course",
    "however",
    "though",
    "too",
    "in turn",
    "in fact",
    "for example",
    "for instance",
    "for his part",
    "for her part",
    "for their part",
    "for its part",
    "meanwhile",
    "instead",
    "likewise",
    "in response",
    "in a statement",
    "in an interview",
    "in contrast",
    "by contrast",
    "nonetheless",
    "nevertheless",
    "moreover",
];

/// Can a phrase with this last word be a speaker?
fn plausible_head(w: &str) -> bool {
    if is_in(NOT_HEAD, w) {
        return false;
    }
    is_capitalised(w)
        || is_in(PRONOUNS, w)
        || !(is_in(NOT_HEAD, w) || is_adverb(w) || w.contains(['\'', '’']))
}

/// Words that open a quantity in a speaker phrase: `about 40 riders`,
/// `nearly half`, `only two councillors`.
const QUANTITY_OPENERS: &Words = &Words::new(&[
    "about",
    "over",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "just",
    "only",
    "under",
]);

/// Quantity words of a group (`most of them`, `Many riders`): no name
/// when capitalised at a sentence start (`is_in` ignores case).
const GROUP_QUANTITIES: &Words = &Words::new(&[
    "most", "many", "some", "all", "both", "none", "few", "several", "half", "each", "neither",
]);

/// Quantity words that can be a subject alone: `most said`, `both said`.
const QUANTITY_SUBJECTS: &Words = &Words::new(&["most", "both", "each", "none", "neither"]);

/// A number or a share: `40`, `four`, `dozens`, `half`, `two-thirds`.
fn is_quantity(w: &str) -> bool {
    const WORDS: &Words = &Words::new(&[
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "dozen",
        "dozens",
        "half",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fifth",
        "fifths",
        "majority",
    ]);
    w.starts_with(|c: char| c.is_ascii_digit())
        || is_in(WORDS, w)
        // (The hyphen found byte by byte: a word is a few bytes, where
        // `split_once` set up a search costing more than the search.)
        || w.bytes()
            .position(|b| b == b'-')
            .is_some_and(|k| is_in(WORDS, &w[..k]) && is_in(WORDS, &w[k + 1..]))
}

/// A quantity starts at word `k` (`four`, `a third`), within the phrase
/// ending at word `last`.
fn quantity_at(ctx: &Ctx, k: usize, last: usize) -> bool {
    k <= last
        && (is_quantity(ctx.w(k))
            || k < last && ctx.w(k).eq_ignore_ascii_case("a") && is_quantity(ctx.w(k + 1)))
}

/// Cue forms that still report when negated (`did not say whether …`,
/// `has not mentioned …`).
const NEGATABLE_CUES: &Words = &Words::new(&[
    "say",
    "said",
    "tell",
    "told",
    "mention",
    "mentioned",
    "comment",
    "commented",
    "indicate",
    "indicated",
    "suggest",
    "suggested",
    "explain",
    "explained",
    "specify",
    "specified",
    "elaborate",
    "elaborated",
    "reveal",
    "revealed",
    "disclose",
    "disclosed",
    "confirm",
    "confirmed",
    "respond",
    "responded",
    "answer",
    "answered",
    "address",
    "addressed",
    "endorse",
    "endorsed",
    "identify",
    "identified",
    "discuss",
    "discussed",
    "rule",
    "ruled",
]);

/// The word before the `'s`, `'ve`, `'re` or `'m` of a contraction (`he`
/// of `he's`, `they` of `they've` and `they're`), whatever the word is.
pub(super) fn contraction_pronoun(w: &str) -> Option<&str> {
    ["'s", "’s", "'ve", "’ve", "'re", "’re", "'m", "’m"]
        .iter()
        .find_map(|suffix| w.strip_suffix(suffix))
}

/// A sentence adverb that may open a sentence before a comma (`Rather,`,
/// `Still,`, `Instead,`).
fn sentence_adverb(w: &str) -> bool {
    is_in(
        &[
            "rather",
            "still",
            "indeed",
            "instead",
            "however",
            "meanwhile",
            "besides",
            "moreover",
            "nonetheless",
            "nevertheless",
            "thus",
            "hence",
            "otherwise",
            "yet",
            "now",
            "then",
            "also",
            "again",
            "likewise",
        ],
        w,
    ) || w.len() > 4 && w.ends_with("ly")
}

/// A year (`1998`, `2016`).
fn is_year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// Periods a time phrase may end in (`last week`, `that evening`).
pub(super) const PERIODS: &Words = &Words::new(&[
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
]);

/// A day named between a speaker and the cue (`Lu on Monday said`).
pub(super) fn is_day(w: &str) -> bool {
    // (A filtered list: `np_before` asks this of every word it walks
    // back over.)
    const DAYS: &Words = &Words::new(&[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
    ]);
    is_in(DAYS, w)
}

/// The speaker phrase ending just before word `cue` (exclusive), not
/// reaching before byte `floor`. Handles an appositive:
/// `Lu Wei, minister of X, said` gives `Lu Wei, minister of X`.
/// Most words of a restrictive relative clause between its subject and
/// the cue.
const MAX_RELATIVE_WORDS: usize = 12;

/// The phrase a restrictive relative clause ending at word `last` follows
/// (`Skippers` in `Skippers who work the night ferry say`): `who` with no
/// comma before it, as the subject of a clause (not `who Vask said`) with
/// no comma, sentence break, subordinate clause or second `who` in it
/// (`…, who said when he …`), ending in no function word (`who can`, `who
/// … and`); and a noun phrase before `who` (not `asked who`).
fn relative_subject(ctx: &Ctx, last: usize, floor: usize) -> Option<Span> {
    let lo = last.saturating_sub(MAX_RELATIVE_WORDS).max(1);
    // (Most phrases have no `who` near: look for one before anything else.)
    if !(lo..last).any(|k| ctx.w(k) == "who")
        || is_in(STOP, ctx.w(last))
        || is_in(PRONOUNS, ctx.w(last))
    {
        return None;
    }
    let who = (lo..last).rev().find(|&k| {
        ctx.w(k) == "who"
            || ctx.hard(k + 1)
            || ctx.gap(k + 1).contains([',', ';', ':'])
            || is_in(CLAUSE_OPENERS, ctx.w(k))
            || is_in(&["and", "or"], ctx.w(k)) && !is_capitalised(ctx.w(k + 1))
    })?;
    if ctx.w(who) != "who"
        || ctx.words[who - 1].start < floor
        || ctx.hard(who)
        || !ctx.gap(who).trim().is_empty()
        || is_in(PRONOUNS, ctx.w(who + 1))
        || is_in(PHRASE_DETERMINERS, ctx.w(who + 1))
        || is_capitalised(ctx.w(who + 1))
    {
        return None;
    }
    let ante = np_before(ctx, who, floor)?;
    let head = ctx.w(who - 1);
    let verb_like = head.ends_with("ed") && !is_capitalised(head);
    (!is_in(PRONOUNS, ante.of(ctx.text)) && !verb_like).then_some(ante)
}

/// Words that open a clause inside a relative clause: the cue after them
/// belongs to that clause, not to the relative clause's subject.
const CLAUSE_OPENERS: &Words = &Words::new(&[
    "when", "because", "while", "if", "as", "since", "although", "though", "that", "which",
    "where", "whom", "whose", "so", "but", "until", "unless",
]);

pub(super) fn np_before(ctx: &Ctx, cue: usize, floor: usize) -> Option<Span> {
    // A passive (`has been endorsed by`, `was told`, `was sharply
    // pronounced`, `were also charged`) has no speaker before it; a
    // progressive (`is telling`) has.
    // (Filtered lists, as for every word list asked once per cue.)
    const BEFORE_PASSIVE: &Words = &Words::new(&[
        "also", "just", "not", "never", "already", "still", "first", "later", "once",
    ]);
    const PASSIVE_AUXILIARIES: &Words = &Words::new(&[
        "is", "was", "were", "are", "be", "been", "being", "get", "got",
    ]);
    let mut aux = cue;
    while aux > 0 && (is_adverb(ctx.w(aux - 1)) || is_in(BEFORE_PASSIVE, ctx.w(aux - 1))) {
        aux -= 1;
    }
    // (`Vask was quoted as saying`: a passive that reports its subject's
    // words.)
    let quoted_as = cue + 2 < ctx.words.len()
        && ctx.w(cue) == "quoted"
        && ctx.w(cue + 1) == "as"
        && ctx.w(cue + 2).ends_with("ing");
    if aux > 0
        && !(cue < ctx.words.len() && ctx.w(cue).ends_with("ing"))
        && !quoted_as
        && is_in(PASSIVE_AUXILIARIES, ctx.w(aux - 1))
    {
        return None;
    }
    let mut end = cue;
    // Skip auxiliaries, adverbs and a day: `Lu has also said`, `Lu later
    // Thursday told`, `Lu on Monday said`, `Lu last year proposed`; and a
    // floating quantifier after a subject (`Brask and Vask both said`, `the
    // skippers all say`), not one that is the subject (`Both say`).
    while end > 0
        && ctx.words[end - 1].start >= floor
        && (between(ctx.w(end - 1))
            || end >= 2
                && ctx.words[end - 2].start >= floor
                && is_in(&["both", "all", "each"], ctx.w(end - 1))
                && !is_capitalised(ctx.w(end - 1))
                && ctx.gap(end - 1) == " "
                && {
                    let prev = ctx.w(end - 2);
                    is_capitalised(prev)
                        || prev.ends_with('s') && !prev.ends_with("ss")
                        || is_in(&["they", "we", "you"], prev)
                        || between(prev)
                }
            || is_adverb(ctx.w(end - 1))
            || is_day(ctx.w(end - 1))
            || ctx.w(end - 1) == "on" && end < cue && is_day(ctx.w(end))
            // `who in 1998 said`
            || is_year(ctx.w(end - 1)) && end >= 2 && ctx.w(end - 2) == "in"
            || ctx.w(end - 1) == "in" && end < cue && is_year(ctx.w(end))
            || end >= 2
                && is_in(PERIODS, ctx.w(end - 1))
                && is_in(&["last", "this", "that", "next"], ctx.w(end - 2)))
    {
        if ctx.gap(end).contains(',') {
            break;
        }
        // A negated cue reports only when it is a verb of saying: `Vask did
        // not say whether …`, not `I didn't know …` or `they don't want …`.
        if is_in(NEGATIONS, ctx.w(end - 1))
            && cue < ctx.words.len()
            && !is_in(NEGATABLE_CUES, ctx.w(cue))
        {
            return None;
        }
        end -= 1;
    }
    // `Vask offered him a seat, then said …`: after a comma, `then` opens
    // a second verb of the sentence subject; the phrase before the comma
    // is no subject.
    if end < cue && ctx.w(end) == "then" && ctx.gap(end).contains(',') {
        return None;
    }
    // Skip a sentence adverb set off by commas: `Vask, of course, said`.
    if end > 1 && end < ctx.words.len() && ctx.gap(end).trim() == "," {
        let lo = end.saturating_sub(4).max(1);
        if let Some(j) = (lo..end).rev().find(|&j| ctx.gap(j).trim() == ",") {
            let spells = |phrase: &&str| {
                phrase.split(' ').count() == end - j
                    && phrase
                        .split(' ')
                        .zip(j..end)
                        .all(|(p, k)| ctx.w(k).eq_ignore_ascii_case(p))
            };
            if ctx.words[j].start >= floor && ADVERB_ASIDES.iter().any(spells) {
                end = j;
            }
        }
    }
    // Skip a parenthesis right before that: `Oren Vask (D-Ore.) said`,
    // `Vask (D-Ore.) has said`, and before the comma that opens an aside:
    // `Vask (D-Ore.), who …`, `Vask (D-Ore.), also said`.
    let mut parenthesis = false;
    if end > 0 && end < ctx.words.len() {
        let before = ctx.text[..ctx.words[end].start].trim_end();
        let before = before.strip_suffix(',').unwrap_or(before).trim_end();
        if before.ends_with(')') {
            let mut w0 = before.len().saturating_sub(60);
            while !before.is_char_boundary(w0) {
                w0 += 1;
            }
            let window = &before[w0..];
            if let Some(k) = window.rfind('(') {
                let open = before.len() - window.len() + k;
                if open >= floor {
                    end = ctx.word_from(open);
                    parenthesis = true;
                }
            }
        }
    }
    // Skip an aside set off by dashes right before the cue: `Many
    // skippers — pilots and ferrymen among them — said`.
    let dash = |k: usize| is_dash(ctx.gap(k).trim());
    if !parenthesis && end > 1 && end < ctx.words.len() && dash(end) {
        let lo = end.saturating_sub(MAX_ASIDE_WORDS).max(1);
        if let Some(open) = (lo..end).rev().find(|&k| dash(k)) {
            if ctx.words[open].start >= floor && !(open + 1..end).any(|k| ctx.aside_break(k, false))
            {
                end = open;
                parenthesis = true;
            }
        }
    }
    if end == 0 || ctx.words[end - 1].start < floor {
        return None;
    }
    let g = ctx.gap(end);
    // (`The F.B.I. said`: an initial's period is no boundary.)
    if ctx.hard(end) && g.trim() != "," && !g.trim_start().starts_with(':') && !parenthesis {
        return None;
    }
    let last = end - 1;
    let mut start = last;
    let lw = lower(ctx.w(last));
    if lw == "who" && last > 0 && ctx.gap(last).trim() == "," && is_capitalised(ctx.w(last - 1)) {
        // `Weber, who said …`: the relative pronoun and its antecedent.
        let mut s = last - 1;
        while s > 0
            && !ctx.hard(s)
            && !ctx.gap(s).contains(',')
            && is_capitalised(ctx.w(s - 1))
            && last - s < 5
        {
            s -= 1;
        }
        return Some(Span::new(ctx.words[s].start, ctx.words[last].end));
    }
    // `Skippers who work the night ferry say …`: a subject with a
    // restrictive relative clause (no comma before `who`, nor between the
    // clause and the cue) is the phrase `who` follows and the clause.
    if !g.contains(',') {
        if let Some(ante) = relative_subject(ctx, last, floor) {
            return Some(Span::new(ante.start, ctx.words[last].end));
        }
    }
    if is_in(PRONOUNS, &lw) {
        return Some(ctx.words[last]);
    }
    // `He's said …`, `they've argued …`: the pronoun of a contraction.
    if let Some(p) = contraction_pronoun(ctx.w(last)).filter(|p| is_in(PRONOUNS, p)) {
        let w = ctx.words[last];
        return Some(Span::new(w.start, w.start + p.len()));
    }
    // `Most said …`, `both said …`: a quantity word alone as the subject,
    // right before the cue, opening the sentence or a clause after `;` or
    // `, and` (not `Vask (R-Ore.) both said`, not `and most recently
    // said`).
    let clause_start = |k: usize| {
        k == 0
            || ctx.words[k - 1].start < floor
            || ctx.gap(k).trim() == ";"
            || is_in(&["and", "but"], ctx.w(k - 1))
                && (k < 2 || ctx.words[k - 2].start < floor || ctx.gap(k - 1).trim() == ",")
    };
    if is_in(QUANTITY_SUBJECTS, &lw)
        && !(last + 1 < ctx.words.len() && is_adverb(ctx.w(last + 1)))
        && clause_start(last)
    {
        return Some(ctx.words[last]);
    }
    // `Most of them said …`, `two of us say …`, `…, many of whom say …`: a
    // quantity of a group named by a pronoun, opening the sentence or a
    // clause or after a comma.
    if is_in(&["them", "us", "whom"], &lw)
        && last >= 2
        && ctx.w(last - 1) == "of"
        && ctx.words[last - 2].start >= floor
        && !ctx.hard(last - 1)
        && !ctx.hard(last)
        && (is_in(GROUP_QUANTITIES, ctx.w(last - 2)) || is_quantity(&lower(ctx.w(last - 2))))
        && (clause_start(last - 2) || ctx.gap(last - 2).trim() == ",")
    {
        return Some(Span::new(ctx.words[last - 2].start, ctx.words[last].end));
    }
    // (`People close to him say`: an object pronoun after `to` ends a
    // phrase the walk below takes back through `to`.)
    let object_after_to = is_in(&["him", "her", "them", "us", "me"], &lw)
        && last > 0
        && ctx.w(last - 1) == "to"
        && ctx.gap(last) == " ";
    if !object_after_to
        && (is_in(STOP, &lw) || is_in(NOT_SPEAKER_START, &lw) || !plausible_head(ctx.w(last)))
    {
        return None;
    }
    // The phrase must reach a natural left edge (sentence start, comma,
    // conjunction): a walk stopped by the length cap is inside a clause
    // (`The figures include delegates`), not a subject.
    let mut natural = false;
    loop {
        if start == 0 || ctx.words[start - 1].start < floor {
            natural = true;
            break;
        }
        if last - start >= 11 {
            break;
        }
        let g = ctx.gap(start);
        let prev = ctx.w(start - 1);
        // `More than seven in 10 said`, `At least three skippers said`: the
        // comparison that opens a quantity belongs to the phrase.
        let comparison = match prev {
            "than" => &["more", "fewer", "less"][..],
            "least" | "most" => &["at"][..],
            _ => &[][..],
        };
        // (The comparison word first: `prev` is seldom `than`, `least` or
        // `most`, and the quantity test is the costly one.)
        if start >= 2
            && is_in(comparison, ctx.w(start - 2))
            && ctx.words[start - 2].start >= floor
            && quantity_at(ctx, start, last)
            && !ctx.hard(start)
            && !ctx.hard(start - 1)
            && g.trim().is_empty()
            && ctx.gap(start - 1).trim().is_empty()
        {
            start -= 2;
            continue;
        }
        // (`Skippers on the island and along the coast say`: `and` joins
        // two place phrases inside the subject.)
        let and_place = prev == "and"
            && is_in(
                &[
                    "in", "on", "at", "along", "around", "across", "from", "outside", "inside",
                ],
                ctx.w(start),
            );
        // (`…, pilots and harbour officials told the Ledger`: `and` joins
        // two plural nouns of one subject.)
        let and_plurals = prev == "and"
            && start >= 2
            && bare_plural(ctx.w(last))
            && bare_plural(ctx.w(start - 2))
            && !ctx.hard(start - 1)
            && ctx.gap(start - 1).trim().is_empty()
            && ctx.words[start - 2].start >= floor;
        // (`and` before a name joins two names: `Brask and Vask said`.)
        let joins_inside =
            prev == "and" && is_capitalised(ctx.w(start)) || and_place || and_plurals;
        // (A free relative ends the phrase: `Vask paid what the pilots
        // said was fair`.)
        if ctx.hard(start)
            || g.contains(',')
            || is_in(STOP, prev) && !joins_inside
            || is_in(PRONOUNS, prev)
            || prev.eq_ignore_ascii_case("what")
        {
            // After a verb, `to` or `than` the phrase is an object or a
            // complement, not a subject: `she told a packed hall, then
            // referred to …`, `conduct that a court can show beyond a
            // reasonable doubt`.
            // `The envoy of the mayor to the talks said`: `to` inside
            // a subject that starts at a natural edge with a determiner or
            // a name.
            if prev == "to" && !g.contains(',') && !ctx.hard(start) {
                if let Some(s2) = through_to(ctx, start - 1, last, floor) {
                    start = s2;
                    natural = true;
                    break;
                }
            }
            if !g.contains(',')
                && !ctx.hard(start)
                && is_in(COMPLEMENT_BEFORE, prev)
                && !(start..=last).any(|k| is_capitalised(ctx.w(k)))
            {
                return None;
            }
            natural = true;
            break;
        }
        start -= 1;
    }
    // `this source told`: `this` as the determiner of a whole phrase.
    // (No word lower-cases to `this` but one that says so ignoring ASCII
    // case: no copy of a capitalised word.)
    let this_phrase = natural && start < last && ctx.w(start).eq_ignore_ascii_case("this");
    // `About 40 riders`, `Over 200 dock workers`, `At least three`: a
    // quantity, not an adverbial.
    let quantity_phrase = natural
        && start < last
        && (is_in(QUANTITY_OPENERS, ctx.w(start)) && quantity_at(ctx, start + 1, last)
            || ctx.w(start).eq_ignore_ascii_case("at")
                && is_in(&["least", "most"], ctx.w(start + 1)));
    if !natural || is_in(NOT_SPEAKER_START, ctx.w(start)) && !this_phrase && !quantity_phrase {
        // Keep only a name right before the cue: `In Ohio on Tuesday Cruz said`.
        if !is_capitalised(ctx.w(last)) {
            return None;
        }
        start = last;
        while start > 0
            && last - start < 4
            && !ctx.hard(start)
            && !ctx.gap(start).contains(',')
            && is_capitalised(ctx.w(start - 1))
            && ctx.words[start - 1].start >= floor
        {
            start -= 1;
        }
        if is_in(NOT_SPEAKER_START, ctx.w(start)) {
            start += 1;
        }
        if start > last {
            return None;
        }
    }
    let mut span = Span::new(ctx.words[start].start, ctx.words[last].end);
    // Appositive: a lower-case description after a comma, a name before it,
    // also past a parenthesis before the comma (`Oren Vask (D-Ore.), a
    // pilot,`).
    let before_comma = if ctx.gap(start).trim() == "," {
        start.checked_sub(1)
    } else {
        parenthesis_before_comma(ctx, start)
    };
    // (`…, former president Ana Brask said`: a description that ends in a
    // person named after a title is a subject of its own, not an
    // appositive of the name before the comma; `a pilot for Oren Vask` and
    // `a spokesman for Harbour Minister Oren Vask` are ones.)
    // (The word before a title, past capitalised words: the `for` of `a
    // pilot for Harbour Master Ana Brask`.)
    let after_preposition = |at: usize| {
        let mut k = ctx.word_from(at);
        for _ in 0..4 {
            if k <= start {
                return false;
            }
            k -= 1;
            if !is_capitalised(ctx.w(k)) {
                return is_in(COMPLEMENT_PREPOSITIONS, ctx.w(k));
            }
        }
        false
    };
    let titled_name = || {
        let (lo, end) = (ctx.words[start].start, ctx.words[last].end);
        let ms = &ctx.mentions[ctx.mentions.partition_point(|m| m.span.start < lo)..];
        let ms = &ms[..ms.partition_point(|m| m.span.start < end)];
        ms.iter().any(|p| {
            p.kind == MentionKind::Person
                && p.span.end == end
                && ms.iter().any(|t| {
                    t.kind == MentionKind::Title
                        && t.span.end <= p.span.start
                        && ctx.text[t.span.end..p.span.start].trim().is_empty()
                        && !after_preposition(t.span.start)
                        // (A title entry that ends in a preposition,
                        // `economist at`, names an employer next.)
                        && !t
                            .span
                            .of(ctx.text)
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| is_in(COMPLEMENT_PREPOSITIONS, w))
                })
        })
    };
    if let Some(name_end) = before_comma
        .filter(|&e| !is_capitalised(ctx.w(start)) && ctx.words[e].start >= floor && !titled_name())
    {
        let mut name_start = name_end;
        while name_start > 0
            && ctx.words[name_start - 1].start >= floor
            && !ctx.hard(name_start)
            && !ctx.gap(name_start).contains(',')
            && is_capitalised(ctx.w(name_start - 1))
            && name_end - name_start < 5
        {
            name_start -= 1;
        }
        // (`On Channel Nine, former Gov. Ana Brask called`: a capitalised
        // preposition opens an adverbial, not a name.)
        // (`Rather, sources say`: a sentence adverb is no name.)
        // (`The pier reopens in October, officials said`: a name after a
        // lower-case preposition ends an adverbial.)
        let after_preposition = name_start > 0
            && ctx.words[name_start - 1].start >= floor
            && !ctx.hard(name_start)
            && !ctx.gap(name_start).contains(',')
            && is_in(
                &[
                    "in",
                    "on",
                    "at",
                    "of",
                    "from",
                    "since",
                    "until",
                    "during",
                    "by",
                    "near",
                    "across",
                    "through",
                    "throughout",
                    "into",
                    "to",
                ],
                ctx.w(name_start - 1),
            )
            && !is_capitalised(ctx.w(name_start - 1));
        let adverb_alone = name_start == name_end && sentence_adverb(ctx.w(name_end));
        // (`Mr. Vask, officials said, has …`: a short bare plural does
        // not describe one name; it is the subject, the name is what
        // they said. `Vask, one of the pilots,` is an appositive.)
        let head = ctx.w(last);
        // (Also an irregular plural: `Mrs. Brask, these people said,
        // would …`, `Vask, police said, was …`.)
        let plural = bare_plural(head) && !head.ends_with("us")
            || is_in(&["people", "police", "staff", "men", "women"], head)
                && head.bytes().all(|b| b.is_ascii_lowercase());
        let plural_of_one = plural
            && last - start < 3
            && !ctx.w(start).ends_with("ing")
            && !is_in(
                &[
                    "a", "an", "the", "his", "her", "its", "their", "our", "one", "each",
                ],
                ctx.w(start),
            )
            && !(start..last).any(|k| is_in(&["of", "to", "for", "in", "at", "with"], ctx.w(k)))
            && !(name_start..name_end).any(|k| ctx.w(k) == "and");
        if is_capitalised(ctx.w(name_end))
            && !is_in(NOT_SPEAKER_START, ctx.w(name_start))
            && !adverb_alone
            && !after_preposition
            && !plural_of_one
        {
            span = Span::new(ctx.words[name_start].start, span.end);
        }
    }
    let first = lower(ctx.w(start));
    if matches!(&*first, "the" | "a" | "an") && start == last {
        return None;
    }
    // `What Vask has said privately …`: a free relative opening the
    // sentence is what was said, no speaker of a statement after it. (Not
    // inside a sentence: `the toll is double what the pilots said was
    // fair` opens its row with `what`.)
    let what = |k: usize| ctx.w(k).eq_ignore_ascii_case("what");
    let opens = |k: usize| k == 0 || ctx.words[k - 1].start < floor || ctx.hard(k);
    if what(start)
        || start > 0
            && !ctx.hard(start)
            && ctx.gap(start) == " "
            && what(start - 1)
            && opens(start - 1)
    {
        return None;
    }
    Some(span)
}

/// A lower-case word that reads as a plural noun: `officials`, `pilots`;
/// not `press` nor a short word (`is`, `was`).
fn bare_plural(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// The last word before a parenthesis of at most four words that a comma
/// closes right before word `k` (`Vask (D-Ore.), a pilot`: `Vask`), not
/// one of an acronym.
fn parenthesis_before_comma(ctx: &Ctx, k: usize) -> Option<usize> {
    let g = ctx.gap(k).trim();
    if !g.ends_with("),") || g.contains('(') {
        return None;
    }
    let open = (k.saturating_sub(4).max(1)..k)
        .rev()
        .find(|&j| ctx.gap(j).contains('('))?;
    // (Not an organisation's acronym: `the Ledger (TL), its editor`.)
    let acronym = open + 1 == k
        && ctx.w(open).len() > 1
        && ctx.w(open).bytes().all(|b| b.is_ascii_uppercase());
    (ctx.gap(open).trim() == "(" && !acronym).then(|| open - 1)
}

/// [`np_before`]'s walk continued past the `to` at word `to` (`the
/// envoy to the talks`): the phrase's start when the walk reaches a
/// natural left edge (sentence start, comma, `floor`) within the length cap
/// at a determiner or a capitalised word, with no verb-like stop word on
/// the way; else `None` (`wants to meet …` is no subject).
fn through_to(ctx: &Ctx, to: usize, last: usize, floor: usize) -> Option<usize> {
    let mut s = to;
    loop {
        let edge =
            s == 0 || ctx.words[s - 1].start < floor || ctx.hard(s) || ctx.gap(s).contains(',');
        if edge {
            let w = ctx.w(s);
            // (`Rather, officials close to the mayor say`: after a sentence
            // adverb's comma a bare plural opens the phrase too.)
            // (And after any comma a bare plural of people: `In May,
            // aides close to the harbour master said, …`, `…, friends close
            // to him say`.)
            let after_adverb = s > 0
                && ctx.gap(s).trim() == ","
                && (sentence_adverb(ctx.w(s - 1)) && w.ends_with('s')
                    || is_in(
                        &[
                            "people",
                            "aides",
                            "officials",
                            "advisers",
                            "sources",
                            "allies",
                            "friends",
                            "associates",
                        ],
                        w,
                    ));
            let opens = is_in(PHRASE_DETERMINERS, w) || is_capitalised(w) || after_adverb;
            return (s < to && opens && !is_in(STOP, w)).then_some(s);
        }
        if last - s >= 11 {
            return None;
        }
        let prev = ctx.w(s - 1);
        if is_in(STOP, prev) || is_in(PRONOUNS, prev) || is_in(COMPLEMENT_BEFORE, prev) {
            return None;
        }
        s -= 1;
    }
}

/// The speaker phrase starting at word `from`, ending at a comma (an
/// appositive after it is included) or a hard boundary, within `ceil`.
pub(super) fn np_after(ctx: &Ctx, from: usize, ceil: usize) -> Option<Span> {
    if from >= ctx.words.len() || ctx.words[from].end > ceil {
        return None;
    }
    // The phrase starts right after the cue or the dash, not in the next
    // sentence.
    if from > 0
        && (ctx.gap(from).contains(['.', '!', '?', ';']) || ctx.line_break_before(from))
        && !ctx.gap(from).contains(['—', '–', '―', '-'])
    {
        return None;
    }
    let fw = lower(ctx.w(from));
    // `said Will Doyle`, `said May Lin`: a capitalised word that is also a
    // function word, right before another capitalised word after a cue (so
    // not at a sentence start), is a first name.
    let first_name = is_capitalised(ctx.w(from))
        && from + 1 < ctx.words.len()
        && ctx.gap(from + 1) == " "
        && is_capitalised(ctx.w(from + 1));
    if !first_name && (is_in(NOT_SPEAKER_START, &fw) || is_in(STOP, &fw) || is_adverb(ctx.w(from)))
    {
        return None;
    }
    if is_in(PRONOUNS, &fw) {
        return Some(ctx.words[from]);
    }
    let mut end = from;
    let mut commas = 0;
    while end + 1 < ctx.words.len() && ctx.words[end + 1].end <= ceil && end - from < 14 {
        let g = ctx.gap(end + 1);
        if ctx.hard(end + 1) {
            break;
        }
        if g.contains(',') {
            commas += 1;
            let next = ctx.w(end + 1);
            // (`said an aide, who left in May`: a relative clause is no
            // part of the name.)
            if commas > 1 || is_in(NOT_SPEAKER_START, next) || is_in(STOP, next) || next == "who" {
                break;
            }
        }
        // (`said Ana Brask, an adviser to the mayor`: inside an appositive,
        // `to` before a determiner or a name opens a phrase, no infinitive.)
        let to_phrase = commas == 1
            && ctx.w(end + 1) == "to"
            && end + 2 < ctx.words.len()
            && ctx.words[end + 2].end <= ceil
            && !ctx.hard(end + 2)
            && ctx.gap(end + 2) == " "
            && (is_in(PHRASE_DETERMINERS, ctx.w(end + 2)) || is_capitalised(ctx.w(end + 2)));
        // (`according to a statement from Ana Brask`: `from` or `by`
        // after a document names its author, inside the phrase.)
        let author = is_in(&["from", "by"], ctx.w(end + 1))
            && (is_in(DOCUMENT_NOUNS, ctx.w(end)) || is_in(SAID_NOUNS, ctx.w(end)))
            && end + 2 < ctx.words.len()
            && ctx.words[end + 2].end <= ceil
            && !ctx.hard(end + 2)
            && is_capitalised(ctx.w(end + 2));
        if is_in(STOP, ctx.w(end + 1)) && ctx.w(end + 1) != "and" && !to_phrase && !author {
            break;
        }
        // (`said Ana Brask, a professor who studies tides`: nor is one
        // without a comma.)
        if is_in(&["who", "whom", "whose", "which"], ctx.w(end + 1)) {
            break;
        }
        // `said Ana Brask, an economist and author`: a coordinated noun
        // inside the appositive.
        let and_noun = commas == 1
            && ctx.w(end + 1) == "and"
            && end + 2 < ctx.words.len()
            && ctx.words[end + 2].end <= ceil
            && !ctx.hard(end + 2)
            && !ctx.gap(end + 2).contains(',')
            && {
                let w = ctx.w(end + 2);
                !(is_in(STOP, w) || is_in(NOT_SPEAKER_START, w) || is_in(PRONOUNS, w))
            };
        if and_noun {
            end += 2;
            continue;
        }
        // `said Brask of the fare rise`: after a name, `of` and a phrase
        // with no capitalised word up to the next comma name the topic,
        // not an affiliation (`Ana Brask of the Harbour Board`, `Lu of the
        // consulting firm Brask & Vask`).
        if ctx.w(end + 1) == "of" && is_capitalised(ctx.w(end)) {
            let topic = (end + 2..ctx.words.len())
                .take_while(|&k| !ctx.hard(k) && !ctx.gap(k).contains(','))
                .all(|k| {
                    !is_capitalised(ctx.w(k)) && !ctx.w(k).starts_with(|c: char| c.is_ascii_digit())
                });
            if topic && end + 2 < ctx.words.len() && !ctx.hard(end + 2) {
                break;
            }
        }
        // (`a Sunday column`: a day after the article is no time
        // phrase.)
        let day_in_phrase =
            end == from && is_in(&["a", "an", "the"], ctx.w(end)) && is_day(ctx.w(end + 1));
        // (`riders polled by the institute`: `by`
        // after a participle names who did it, inside the phrase.)
        let agent = ctx.w(end + 1) == "by" && ctx.w(end).ends_with("ed");
        if is_in(NOT_SPEAKER_START, ctx.w(end + 1))
            && !is_in(&["of", "for", "at", "to"], ctx.w(end + 1))
            && !day_in_phrase
            && !agent
            && !author
        {
            break;
        }
        end += 1;
    }
    // (`Ana Brask, a co-author of "…"`: no dangling function word.)
    while end > from
        && is_in(
            &[
                "of", "in", "at", "for", "to", "by", "from", "with", "and", "the", "a", "an",
            ],
            ctx.w(end),
        )
    {
        end -= 1;
    }
    Some(Span::new(ctx.words[from].start, ctx.words[end].end))
}

/// How a speaker phrase names its speaker: the sieve it gives.
pub(super) fn classify(ctx: &Ctx, span: Span, named: &'static str) -> &'static str {
    let s = span.of(ctx.text);
    if is_in(PRONOUNS, s) {
        return "cue_pronoun";
    }
    // (A determiner capitalised at a sentence start is no name: `Her
    // campaign workers said`; nor is a plural noun opening the sentence
    // that no dictionary knows: `Polls show …`, `Skippers on the island
    // say …`.)
    let opens_sentence = ctx.sentence(span.start).start == span.start;
    // (Words as spans into the article: see `Ctx::words_in`.)
    let plural_opener = |w: Span| {
        let t = w.of(ctx.text);
        opens_sentence
            && w.start == span.start
            && t.ends_with('s')
            && !t.ends_with("ss")
            && !t.ends_with("'s")
            && !t.ends_with("’s")
            && {
                // (Mentions are sorted by start: only those starting before
                // the word's end can hold it, and a search finds them, so a
                // long article is no scan per phrase.)
                let k = ctx.mentions.partition_point(|m| m.span.start < w.end);
                !ctx.mentions[k.saturating_sub(8)..k]
                    .iter()
                    .any(|m| w.start < m.span.end)
            }
    };
    let has_capital = ctx.words_in(span).iter().any(|&w| {
        let t = w.of(ctx.text);
        is_capitalised(t)
            && !is_in(PHRASE_DETERMINERS, t)
            && !is_in(&["this", "these", "those"], t)
            && !is_in(GROUP_QUANTITIES, t)
            && !plural_opener(w)
    });
    if has_capital {
        named
    } else {
        "cue_title"
    }
}

/// Words a comma-delimited aside may take between a speaker's name and the
/// cue after a quote (`"…," Ana Brask, a senior fellow at the institute
/// who studies trade, said`).
pub(super) const MAX_ASIDE_WORDS: usize = 24;

/// `"…," Ana Brask, <aside>, said`: a capitalised name right after the
/// quote, then an aside set off by commas or parentheses that ends just
/// before the cue word `ci`. The speaker span is the name alone; the aside
/// (a title, an age, `after a short silence`) is too long and varied for
/// [`np_before`]. Nothing between the name and the cue may end a sentence.
pub(super) fn name_then_aside(ctx: &Ctx, first: usize, ci: usize) -> Option<Span> {
    let fw = lower(ctx.w(first));
    // (`Still, Petrak, who …, said`: a sentence adverb is no name.)
    if ci <= first + 2
        || !is_capitalised(ctx.w(first))
        || is_in(STOP, &fw)
        || is_in(NOT_SPEAKER_START, &fw)
        || between(&fw)
        || is_in(ADVERB_ASIDES, &fw)
        || adverbial_opener(&fw)
        || is_in(PRONOUNS, &fw)
        || matches!(&*fw, "the" | "a" | "an" | "this" | "that")
    {
        return None;
    }
    // Parentheses (`Jo Lind (R-Ohio), …`) and an abbreviation's period
    // before a comma (`Cambridge, Mass., said`) stay inside the aside, and
    // so do the marks of short quoted titles (`Ana Brask, the author of
    // "Salt Roads," said`).
    // (Read only at a gap that breaks the aside: most asides hold no mark.)
    if aside_broken(ctx, first, ci, true) || !ctx.gap(ci).contains([',', ')']) {
        return None;
    }
    // The name may follow a lower-case description (`Democratic nominee
    // Ana Brask, at a later briefing, said`), but it ends in a capitalised
    // word: `The council in Ohio, after a vote, said` has no name.
    // (A capitalised place may follow the name after `of`: `Gov. Ana
    // Brask of Tolven, …, said`; the speaker is the name before it.)
    // (Two names joined by `and`: `Ana Brask and Oren Vask, both
    // Liberals, said`.)
    let mut end = first;
    let mut name_end = None;
    let mut joined = false;
    while end + 1 < ci && !ctx.gap(end + 1).contains([',', '(']) {
        let w = ctx.w(end + 1);
        let of_place = w == "of"
            && name_end.is_none()
            && end + 2 < ci
            && is_capitalised(ctx.w(end))
            && is_capitalised(ctx.w(end + 2));
        let and_name = w == "and"
            && !joined
            && name_end.is_none()
            && end + 2 < ci
            && is_capitalised(ctx.w(end))
            && is_capitalised(ctx.w(end + 2));
        if of_place {
            name_end = Some(end);
        } else if and_name {
            joined = true;
        } else if !is_capitalised(w)
            && (is_in(STOP, w) || is_in(NOT_SPEAKER_START, w) || is_in(PRONOUNS, w))
        {
            return None;
        }
        end += 1;
    }
    if end + 1 >= ci
        || end - first >= 5 + 2 * usize::from(name_end.is_some()) + 5 * usize::from(joined)
        || !is_capitalised(ctx.w(end))
        || !ctx.gap(end + 1).contains([',', '('])
    {
        return None;
    }
    let end = name_end.unwrap_or(end);
    Some(Span::new(ctx.words[first].start, ctx.words[end].end))
}

/// The word before which a subject's aside may close, for the cue at word
/// `ci`: `ci` moved back past auxiliaries and adverbs (`Vask, who …, has
/// since said`), no further than word `first + 1`.
pub(super) fn before_auxiliaries(ctx: &Ctx, first: usize, ci: usize) -> usize {
    let mut k = ci;
    while k > first + 1
        && !ctx.gap(k).contains([',', ')'])
        && (between(ctx.w(k - 1)) || is_adverb(ctx.w(k - 1)))
    {
        k -= 1;
    }
    k
}

/// Whether a boundary (see `Ctx::aside_break`) stands between word `first`
/// and the cue word `ci`: the words between are then no aside of a
/// subject. Quote marks do not break it when they only enclose short
/// titles or fragments ([`only_short_titles`]).
// (The marks are read only at a gap that breaks the aside: most asides
// hold none.)
fn aside_broken(ctx: &Ctx, first: usize, ci: usize, abbreviation_comma: bool) -> bool {
    let aside_end = ctx.words.get(ci).map_or(ctx.text.len(), |w| w.start);
    let aside = &ctx.text[ctx.words[first].end..aside_end];
    let title_mark = |g: &str| {
        g.contains(['"', '“', '”'])
            && !g.contains(['!', '?', ';', ':', '\n'])
            && only_short_titles(aside)
    };
    (first + 1..=ci).any(|k| ctx.aside_break(k, abbreviation_comma) && !title_mark(ctx.gap(k)))
}

/// Whether every double quote mark in `aside` belongs to a pair around a
/// short capitalised phrase (a title: `"Salt Roads,"`), or, in an aside
/// that holds a relative clause before the marks, around a short fragment
/// that ends no sentence (`who calls the plan a "menace,"`), and there is at least
/// one pair.
fn only_short_titles(aside: &str) -> bool {
    let relative = {
        let head = &aside[..aside.find(['"', '“', '”']).unwrap_or(aside.len())];
        [", who ", ", whose ", ", which "]
            .iter()
            .any(|r| head.contains(r) || head.starts_with(&r[1..]))
    };
    let mut marks = aside.match_indices(['"', '“', '”']);
    let mut pairs = 0;
    while let Some((open, mark)) = marks.next() {
        let Some((close, _)) = marks.next() else {
            return false;
        };
        let inner = &aside[open + mark.len()..close];
        let fragment = relative
            && !inner
                .trim_end_matches([',', '.'])
                .contains(['.', '!', '?', ';', ':']);
        if inner.len() > 50 || !(inner.starts_with(|c: char| c.is_uppercase()) || fragment) {
            return false;
        }
        pairs += 1;
    }
    pairs > 0
}

/// Words an aside between a subject and its cue opens with: a relative
/// clause, a time clause, a participle or a prepositional phrase.
const ASIDE_OPENERS: &Words = &Words::new(&[
    "who",
    "who's",
    "who’s",
    "whose",
    "which",
    "when",
    "while",
    "after",
    "before",
    "speaking",
    "asked",
    "reached",
    "contacted",
    // Past participles of a document's or a work's making: `The memoir,
    // published in the Ledger, alleges`, `The proposal, unveiled on
    // Monday, seeks`.
    "serialised",
    "serialized",
    "unveiled",
    "published",
    "released",
    "written",
    "issued",
    "obtained",
    "commissioned",
    "conducted",
    "compiled",
    "drafted",
    "filed",
    "in",
    "at",
    "on",
    "during",
    "like",
    "unlike",
    // `Six papers in the state, including the Ledger, said`: the phrase
    // before the list speaks.
    "including",
    "however",
    "though",
]);

/// `A city official, who asked not to be named, said …` and
/// `Vask's office, when reached by phone, said …`: the sentence opens
/// with a short noun phrase (a determiner or a possessive first, no verb or
/// conjunction inside), then an aside set off by commas that opens like a
/// relative or time clause, ending just before the cue word `ci`. The
/// speaker is the opening phrase; a phrase found inside the aside
/// (`contacted by Reuters`) is not. [`name_then_aside`] covers names.
pub(super) fn phrase_then_aside(ctx: &Ctx, first: usize, ci: usize) -> Option<Span> {
    if ci <= first + 3 || ci - first > MAX_ASIDE_WORDS || !ctx.gap(ci).contains(',') {
        return None;
    }
    let fw = lower(ctx.w(first));
    // The phrase ends at the first comma, or at a relative `who` with no
    // comma before it (`A ferryman who works the night crossing, said
    // …`).
    let comma = (first + 1..=ci).find(|&k| ctx.gap(k).contains(','))?;
    let who = (first + 1..comma).find(|&k| ctx.w(k) == "who");
    if who.is_none() && comma == ci {
        return None;
    }
    let end = who.unwrap_or(comma) - 1;
    if end - first > 6
        || !(is_in(PHRASE_DETERMINERS, &fw) || (first..=end).any(|k| is_possessive(ctx.w(k))))
        || (first + 1..=end).any(|k| {
            let w = lower(ctx.w(k));
            // (Prepositions may stand inside: `an aide to the mayor`.)
            w != "to" && is_in(STOP, &w) || is_in(PRONOUNS, &w)
        })
        || !is_in(ASIDE_OPENERS, ctx.w(end + 1))
    {
        return None;
    }
    if aside_broken(ctx, first, ci, false) {
        return None;
    }
    Some(Span::new(ctx.words[first].start, ctx.words[end].end))
}

/// `Sen. Ana Brask (D-Ore.), who has endorsed Lu, said …`: the cue word
/// `ci` follows an aside set off by commas that opens like a relative or
/// time clause; the speaker is the phrase before the aside, not a phrase
/// inside it (`Lu`). Covers what [`name_then_aside`] cannot: a sentence
/// that does not open with the name (`Speaking later, Sen. Ana Brask, who
/// …, said`).
pub(super) fn before_aside(ctx: &Ctx, ci: usize, floor: usize) -> Option<Span> {
    if ci < 2 || ci >= ctx.words.len() || !ctx.gap(ci).contains(',') {
        return None;
    }
    let lo = ci.saturating_sub(MAX_ASIDE_WORDS).max(1);
    let open = (lo..ci).rev().find(|&k| ctx.gap(k).contains(','))?;
    if ctx.words[open].start < floor || !is_in(ASIDE_OPENERS, ctx.w(open)) {
        return None;
    }
    if (open + 1..=ci).any(|k| ctx.aside_break(k, false)) {
        return None;
    }
    np_before(ctx, open, floor)
}
