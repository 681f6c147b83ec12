//! Direct quotes: the sieves that attribute a quotation from what stands
//! next to it ([`adjacent`]: a cue, a colon, a dash; [`unlisted_verb`];
//! [`sentence_subject`], [`fragment_subject`]), when a cue starts a statement of its own, and the
//! tests that tell speech from scare quotes, titles of works and subheads.

use super::phrases::{
    before_aside, before_auxiliaries, is_day, name_then_aside, np_after, np_before,
    phrase_then_aside, MAX_ASIDE_WORDS,
};
use super::reported::{
    before_joined_clause, name_lead, opening_subject, subject_of, INVERTING_LEMMAS,
};
use super::{
    between, cues_in, decided, is_adverb, is_capitalised, is_in, is_possessive, link, lower, Ctx,
    Decision, MentionIdx, Quote, QuoteKind, Speaker, Words, ADDRESSEE_LEMMAS, MIN_SPEECH_WORDS,
    NOT_SPEAKER_START, PERSONAL_PRONOUNS, PHRASE_DETERMINERS, PRONOUNS, STOP, SUBORDINATORS,
    TAIL_START,
};
use crate::cues::{Cue, Shape};
use crate::entities::{words, MentionKind};
use crate::quotes::Quoted;
use crate::span::Span;

/// Words that open the reported clause right after a cue (`He said he
/// had …`, `Lu said the plan …`). Not `this` (`said this week`).
const CLAUSE_OPENERS: &Words = &Words::new(&[
    "the", "a", "an", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its", "there",
    "these", "those", "some", "many", "most", "no",
]);

/// `"… a horrific attack." He said he had asked his staff …`: a quote
/// that ends its own sentence with a period, then a new sentence whose cue
/// is followed straight away by reported content, is not that cue's quote.
/// The cue reports the new sentence's statement; the quote keeps looking
/// (a cue before it, the previous speaker). `"We will win." Lu said
/// Tuesday.` and `"We will win." Lu said, smiling.` keep their cue: after
/// it comes a time phrase or a comma, not a clause.
pub(super) fn cue_opens_new_statement(ctx: &Ctx, q: &Quoted, c: &Cue) -> bool {
    if c.shape != Shape::Verb || !q.span.of(ctx.text).trim_end().ends_with('.') {
        return false;
    }
    let mut k = ctx.word_from(c.span.end);
    // `"…." Vask insisted that the fares …`: `that` opens the cue's own
    // content (not `said that day`).
    let mut that_clause = false;
    if k < ctx.words.len() && ctx.w(k) == "that" && ctx.gap(k) == " " {
        k += 1;
        that_clause = k < ctx.words.len()
            && ctx.gap(k) == " "
            && !is_in(
                &[
                    "day",
                    "night",
                    "week",
                    "morning",
                    "afternoon",
                    "evening",
                    "time",
                    "year",
                ],
                ctx.w(k),
            );
    }
    // `"…." Vask said Brask's plan …`: a possessive opens a clause.
    let possessive =
        k < ctx.words.len() && ctx.gap(k) == " " && ctx.w(k).len() > 3 && is_possessive(ctx.w(k));
    let opener = k + 1 < ctx.words.len()
        && ctx.gap(k) == " "
        && ctx.gap(k + 1) == " "
        && is_in(CLAUSE_OPENERS, ctx.w(k));
    // `"…." He says drivers are honking …`: a bare noun opens a clause of
    // three or more words (not a time or place phrase, not an adverb, and
    // not the addressee of `told`).
    let bare_clause = k + 2 < ctx.words.len()
        && (k..=k + 2).all(|j| ctx.gap(j) == " ")
        && ctx.w(k).starts_with(|c: char| c.is_lowercase())
        && !is_in(TAIL_START, ctx.w(k))
        && !is_adverb(ctx.w(k))
        && !is_in(ADDRESSEE_LEMMAS, &c.lemma);
    that_clause || possessive || opener || bare_clause
}

/// Where a speaker label starts after the last spaced dash before a colon
/// (`HEADLINE IN CAPITALS - Ana Brask:`), past a leading `More from` or
/// `From`; `None` when the introduction has no such dash.
fn label_after_dash(text: &str, floor: usize, colon: usize) -> Option<usize> {
    let intro = &text[floor..colon];
    let (k, dash) = [" - ", " — ", " – ", " -- "]
        .iter()
        .filter_map(|d| intro.rfind(d).map(|k| (k, d.len())))
        .max()?;
    let mut start = floor + k + dash;
    for lead in ["More from ", "From "] {
        if text[start..colon].starts_with(lead) {
            start += lead.len();
        }
    }
    Some(start)
}

/// Sieves 1–3 for one quote: a cue or colon or dash next to it.
pub(super) fn adjacent(ctx: &Ctx, q: &Quoted, cues: &[Cue]) -> Option<Decision> {
    // A quote that is a whole sentence and has a cue right before it is
    // that cue's: in `Lu said, "We will win." The council refused to …`
    // the next sentence's cue reports something else.
    // (A question or exclamation only after a colon or comma: not in `—
    // as the guild claims and Vask denies — "who knows?" asked Lu`.)
    let inner = q.span.of(ctx.text).trim_end();
    let introduced = ctx.text[..q.outer().start].trim_end().ends_with([':', ',']);
    if inner.ends_with('.') || inner.ends_with(['?', '!']) && introduced {
        if let Some(d) = cue_before(ctx, q, cues) {
            return Some(d);
        }
    }
    cue_after(ctx, q, cues)
        .or_else(|| cue_before(ctx, q, cues))
        .or_else(|| cue_ends_sentence_before(ctx, q, cues))
}

/// `Ana Brask, a harbour pilot, agreed. "The fares are fair."`: a sentence
/// of the same paragraph that ends in a cue and reports nothing of its
/// own, right before a quote that opens a sentence, introduces it.
fn cue_ends_sentence_before(ctx: &Ctx, q: &Quoted, cues: &[Cue]) -> Option<Decision> {
    let text = ctx.text;
    let outer = q.outer();
    let (_, para) = ctx.paragraph(outer.start)?;
    let before = text[para.start..outer.start].trim_end();
    if !before.ends_with('.') || !q.span.of(text).starts_with(char::is_uppercase) {
        return None;
    }
    let stop = para.start + before.len() - 1;
    let sent = ctx.sentence(stop);
    if sent.start < para.start || text[sent.start..stop].contains(['"', '“', '”', '«', '»']) {
        return None;
    }
    let Some(c) = cues_in(cues, sent.start, stop).last() else {
        return reaction_before(ctx, sent, stop);
    };
    let ce = ctx.word_until(c.span.end);
    if c.shape != Shape::Verb || ce != ctx.word_until(stop) || c.span.end != ctx.words[ce - 1].end {
        return None;
    }
    // (The subject opens the sentence: `S, Vask said.` reports S.)
    let sp = np_before(ctx, ctx.word_from(c.span.start), sent.start)?;
    if ctx.word_from(sp.start) != ctx.word_from(sent.start) {
        return None;
    }
    Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.75))
}

/// `Brask laughed. "…"`: a sentence of nothing but a known person (or a
/// personal pronoun) and one past-tense verb, right before a quote that
/// opens a sentence, introduces that person's words (`unlisted_verb`).
fn reaction_before(ctx: &Ctx, sent: Span, stop: usize) -> Option<Decision> {
    let (a, b) = (ctx.word_from(sent.start), ctx.word_until(stop));
    if b < a + 2 || b > a + 4 {
        return None;
    }
    let verb = ctx.w(b - 1);
    if !verb.ends_with("ed") || is_capitalised(verb) {
        return None;
    }
    let sp = Span::new(ctx.words[a].start, ctx.words[b - 2].end);
    let named = ctx
        .mentions
        .iter()
        .skip(ctx.mentions.partition_point(|m| m.span.start < sp.start))
        .take_while(|m| m.span.start < sp.end)
        .any(|m| m.kind == MentionKind::Person && m.span == sp);
    if !(named || is_in(PERSONAL_PRONOUNS, sp.of(ctx.text))) {
        return None;
    }
    Some(Decision {
        speaker: Some(sp),
        cue: None,
        method: "unlisted_verb",
        confidence: 0.6,
    })
}

/// Sieves 1 and 3 after the closing mark: `"…," said Lu`, `"…," Lu said`,
/// `"…" — Lu Wei`.
fn cue_after(ctx: &Ctx, q: &Quoted, cues: &[Cue]) -> Option<Decision> {
    let text = ctx.text;
    let outer = q.outer();
    let (_, para) = ctx.paragraph(outer.start)?;
    let para_end = para.end.max(outer.end);
    // After the closing mark, within the sentence: `"…," said Lu`, `"…," Lu said`.
    let after_start = outer.end;
    let after = &text[after_start..para_end];
    // (Closing marks of a quote nested at its end stay out: `"… 'no.'"
    // Lu said`, `"…”," Lu said`.)
    let lead = after.len()
        - after
            .trim_start_matches([',', ' ', '\u{a0}', '\'', '’', '”', '"'])
            .len();
    // The sentence after the quote ends at the segmenter's sentence end
    // (which knows `Mr.`), or earlier at a semicolon or the next quote mark.
    let seg_end = ctx.sentence(after_start + lead).end.max(after_start + lead);
    // (A line break inside the sentence is hard wrapping: it stays in.)
    const STOPS: &super::Chars = &super::Chars::new(&[';', '"', '“', '”']);
    let mut sentence_stop = STOPS
        .find(&text[after_start + lead..seg_end])
        .map_or(seg_end, |k| after_start + lead + k);
    // (Past a short quotation inside an aside set off by a comma: `"…,"
    // delegate Ana Brask, wearing "Save Our Ferries" badges, said`.)
    let char_end = |at: usize| at + text[at..].chars().next().map_or(1, char::len_utf8);
    while sentence_stop < seg_end && text[after_start + lead..sentence_stop].contains(',') {
        let open = sentence_stop;
        let Some(k) = STOPS.find(&text[char_end(open)..seg_end]) else {
            break;
        };
        let close = char_end(open) + k;
        let inner = &text[char_end(open)..close];
        let inner = inner.strip_suffix(',').unwrap_or(inner);
        if text[open..].starts_with(';') || inner.len() > 40 || inner.contains(',') {
            break;
        }
        let next = char_end(close);
        sentence_stop = STOPS
            .find(&text[next..seg_end])
            .map_or(seg_end, |k| next + k);
    }
    let first = ctx.word_from(after_start + lead);
    // Trailing dash: `"…" — Lu Wei`.
    if first < ctx.words.len() {
        let between = text[after_start..ctx.words[first].start].trim();
        // (Also on a short line of its own after a quote paragraph, led
        // by a name: `"…"¶¶— Ana Brask.`, not a subhead between dashes,
        // `– A harbour town –`.)
        let ceil = if text[after_start..ctx.words[first].start].contains('\n') {
            ctx.paragraph(ctx.words[first].start)
                .filter(|(_, p)| {
                    let line = p.of(text).trim_end_matches(['.', ' ']);
                    !line.ends_with(['—', '–', '―', '-'])
                        && is_capitalised(ctx.w(first))
                        && !is_in(&["a", "an", "the"], ctx.w(first))
                })
                .map(|(_, p)| p.end)
                .filter(|&end| ctx.word_until(end) - first <= 6)
        } else {
            Some(para_end)
        };
        // (A lower-case phrase after the dash is an aside about the quote,
        // `"…" — a reaction to the bill`, `"…" - noted that …`, no speaker.)
        let dash = matches!(between, "—" | "–" | "―" | "-" | "--")
            && is_capitalised(ctx.w(first))
            && !scare_quote_like(ctx, q);
        if let Some(ceil) = ceil.filter(|_| dash) {
            if let Some(sp) = np_after(ctx, first, ceil) {
                return Some(Decision {
                    speaker: Some(sp),
                    cue: Some(Span::new(after_start, ctx.words[first].start).trim(text)),
                    method: "trailing_dash",
                    confidence: 0.75,
                });
            }
        }
    }
    if first < ctx.words.len() && ctx.words[first].start == after_start + lead {
        // `"…," as Vask said on Monday`: a clause of comparison names the
        // speaker.
        if ctx.w(first) == "as" && first + 1 < ctx.words.len() {
            let c = cues_in(cues, after_start, sentence_stop)
                .first()
                .filter(|c| c.shape == Shape::Verb);
            if let Some(c) = c {
                let ci = ctx.word_from(c.span.start);
                let from = ctx.words[first + 1].start;
                let sp = (first + 2..=first + 6)
                    .contains(&ci)
                    .then(|| np_before(ctx, ci, from))
                    .flatten()
                    .filter(|sp| sp.start == from);
                if let Some(sp) = sp {
                    return Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.8));
                }
            }
        }
        // Cue among the first words after the quote (the first of them that
        // gives a speaker: `"…" Vask, who has endorsed no one, told …`).
        for c in cues_in(cues, after_start, sentence_stop).iter().take(3) {
            // `"…." Asked about the cost, she said …`: a capitalised cue
            // after a quote that ends its sentence opens the next one.
            let opens_sentence = ctx.word_from(c.span.start) == first
                && is_capitalised(ctx.w(first))
                && q.span.of(text).trim_end().ends_with(['.', '!', '?']);
            if opens_sentence || cue_opens_new_statement(ctx, q, c) {
                break;
            }
            let ci = ctx.word_from(c.span.start);
            let n_between = ci - first;
            if c.shape == Shape::According && n_between == 0 {
                let x = ctx.word_from(c.span.end);
                if let Some(sp) = np_after(ctx, x, sentence_stop.max(c.span.end)) {
                    return Some(Decision {
                        speaker: Some(sp),
                        cue: Some(c.span),
                        method: "according_to",
                        confidence: 0.85,
                    });
                }
            } else if c.shape == Shape::Verb && n_between == 0 {
                let x = ctx.word_until(c.span.end);
                // (Only a speech verb inverts before a description: in
                // `"…," described the strain as "…"` the phrase is the
                // object; `"…," tweeted Vask` still names the speaker.)
                let inverts = c.quote_only || is_in(INVERTING_LEMMAS, &c.lemma);
                // (Nor when a verb follows a plain phrase: in `"…," said
                // the ferry could run` the quote belongs to an aside
                // before the cue and the phrase opens what was said; an
                // inverted pronoun ends its clause, so any word after it
                // is a verb: `"…," said he doesn't`, `said she wants`.)
                let clause_follows = |sp: &Span| {
                    let k = ctx.word_from(sp.end);
                    !sp.of(text).contains(',')
                        && k < ctx.words.len()
                        && ctx.gap(k) == " "
                        && (is_in(super::reported::AUXILIARIES, ctx.w(k))
                            || is_in(PERSONAL_PRONOUNS, sp.of(text)))
                };
                // (Nor when the quote stands in an aside between the
                // sentence's subject and the cue: in `The chief, who called
                // the plan "a menace," said the effort …` the chief speaks.)
                let subject_before = || {
                    let first = ctx.word_from(ctx.sentence(c.span.start).start);
                    let lead = name_lead(ctx, first, ci);
                    ctx.words[first].start < q.outer().start
                        && name_then_aside(ctx, lead, ci)
                            .or_else(|| phrase_then_aside(ctx, lead, ci))
                            .is_some()
                };
                if let Some(sp) = np_after(ctx, x, sentence_stop).filter(|sp| {
                    (inverts || is_capitalised(sp.of(text)))
                        && !clause_follows(sp)
                        && !subject_before()
                }) {
                    return Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.9));
                }
            } else if c.shape == Shape::Verb && n_between <= MAX_ASIDE_WORDS {
                if n_between <= 14 {
                    if let Some(sp) = np_before(ctx, ci, after_start + lead) {
                        if sp.start == after_start + lead {
                            return Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.9));
                        }
                        // `"…," council leader Ana Brask and port chief
                        // Oren Vask said`: a second described name joined
                        // by `and` to a first one right after the quote.
                        let spi = ctx.word_from(sp.start);
                        let joined = spi > first + 2
                            && spi - first <= 7
                            && ctx.w(spi - 1) == "and"
                            && is_capitalised(ctx.w(spi - 2))
                            && is_capitalised(ctx.w(ctx.word_until(sp.end) - 1))
                            && (first + 1..spi).all(|k| ctx.gap(k) == " ")
                            && (first..spi - 1)
                                .all(|k| !is_in(STOP, ctx.w(k)) && !is_in(PRONOUNS, ctx.w(k)));
                        if joined {
                            let both = Span::new(ctx.words[first].start, sp.end);
                            return Some(decided(ctx, both, c.span, "cue_name_adjacent", 0.85));
                        }
                        // `"…" the former governor, Ana Brask, said`: a
                        // description, then the name set off by commas.
                        let spi = ctx.word_from(sp.start);
                        if spi > first
                            && spi - first <= 8
                            && is_in(PHRASE_DETERMINERS, ctx.w(first))
                            && ctx.gap(spi).contains(',')
                            && is_capitalised(sp.of(text))
                            && !(first + 1..spi).any(|k| ctx.hard(k))
                        {
                            return Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.85));
                        }
                    }
                }
                let ca = before_auxiliaries(ctx, first, ci);
                // (Also past a lower-case description before the name:
                // `"…," the economist Oren Vask, a former adviser, wrote`.)
                let described = || {
                    if !is_in(PHRASE_DETERMINERS, ctx.w(first)) {
                        return None;
                    }
                    let k = (first + 1..(first + 5).min(ca)).find(|&k| is_capitalised(ctx.w(k)))?;
                    // (A person's name: `the Tolven Harbour Club, a
                    // private club, charged …` is no speaker.)
                    let person = ctx
                        .mentions_at(ctx.words[k].start)
                        .any(|m| m.kind == MentionKind::Person);
                    let plain = person
                        && (first + 1..=k).all(|j| ctx.gap(j) == " ")
                        && (first + 1..k).all(|j| !is_in(STOP, ctx.w(j)));
                    name_then_aside(ctx, k, ca)
                        .filter(|_| plain)
                        .map(|sp| Span::new(ctx.words[first].start, sp.end))
                };
                let aside = name_then_aside(ctx, first, ca)
                    .or_else(|| phrase_then_aside(ctx, first, ca))
                    .or_else(described);
                if let Some(sp) = aside {
                    return Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.85));
                }
                // `"…" Ana Brask, who mends the nets said on the quay`:
                // a name, then a relative clause the cue closes without a
                // comma.
                let who = (first + 1..ci.min(first + 5))
                    .find(|&k| ctx.w(k) == "who" && ctx.gap(k).trim() == ",");
                if let Some(k) = who {
                    let name_ok = (first..k).all(|j| is_capitalised(ctx.w(j)))
                        && (first + 1..k).all(|j| ctx.gap(j) == " ")
                        && (k + 1..=ci)
                            .all(|j| !ctx.aside_break(j, true) && !ctx.gap(j).contains(','));
                    if name_ok {
                        let sp = Span::new(ctx.words[first].start, ctx.words[k - 1].end);
                        return Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.8));
                    }
                }
                // `"…," the tall, white-haired keeper said`: a
                // description whose adjectives are set off by commas.
                if n_between <= 6
                    && is_in(PHRASE_DETERMINERS, ctx.w(first))
                    && ctx.gap(ci) == " "
                    && (first + 1..ci).all(|k| {
                        let g = ctx.gap(k).trim();
                        (g.is_empty() || g == "," || g == "-") && !is_in(STOP, ctx.w(k))
                    })
                {
                    let sp = Span::new(ctx.words[first].start, ctx.words[ci - 1].end);
                    return Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.8));
                }
                // `"…," May said.`, `"…," Long wrote.`: right after a
                // quote, a capitalised word before the cue is a name even
                // when it spells a function word.
                if n_between == 1
                    && is_capitalised(ctx.w(first))
                    && ctx.gap(ci) == " "
                    && !is_in(
                        &[
                            "this", "that", "these", "those", "there", "here", "then", "and",
                            "but", "so",
                        ],
                        ctx.w(first),
                    )
                {
                    return Some(decided(
                        ctx,
                        ctx.words[first],
                        c.span,
                        "cue_name_adjacent",
                        0.8,
                    ));
                }
            }
        }
    }
    None
}

/// Sieves 1 and 3 before the opening mark: `Lu said: "…"`, `Lu: "…"`.
fn cue_before(ctx: &Ctx, q: &Quoted, cues: &[Cue]) -> Option<Decision> {
    let text = ctx.text;
    let outer = q.outer();
    let (_, para) = ctx.paragraph(outer.start)?;
    // Before the opening mark: `Lu said: "…"`, `Lu told reporters, "…"`.
    let before = &text[para.start..outer.start];
    let tail = before.trim_end();
    let ends_colon = tail.ends_with(':');
    let ends_comma = tail.ends_with(',');
    let starts_upper = q.span.of(text).trim_start().starts_with(char::is_uppercase);
    let last_word = ctx.word_until(outer.start);
    let sent = ctx.sentence(outer.start);
    let floor = sent.start.min(outer.start).max(para.start);
    if let Some(c) = cues_in(cues, floor, outer.start)
        .iter()
        .rev()
        .find(|c| c.span.end <= outer.start)
    {
        let ci = ctx.word_from(c.span.start);
        let ce = ctx.word_until(c.span.end);
        let gap_words = last_word.saturating_sub(ce);
        // `Lu said: "…"`, `Lu told reporters, "…"`, `Lu said "…"`, `Lu said that "…"`.
        let that = gap_words == 1 && ctx.w(ce) == "that";
        // `Lu said last month in Lisbon, "…"`, `Lu said, without
        // evidence, that "…"`: a time, place or manner phrase (or an aside
        // set off by commas) between the cue and the quote.
        // (Also a time phrase closed by `ago` or `earlier`: `As Brask had
        // written two or three winters earlier, "…"`.)
        let phrase_between = gap_words <= 8
            && ce < last_word
            && (is_in(TAIL_START, ctx.w(ce))
                || ctx.gap(ce).contains(',')
                || is_in(&["ago", "earlier", "later", "before"], ctx.w(last_word - 1)))
            && (ends_colon || ends_comma || ctx.w(last_word - 1) == "that");
        // `Said Ana Brask, who grew up on the pier, "…"`: an opening
        // inverted cue, its speaker and an aside set off by commas.
        let inverted_opening = ci == ctx.word_from(floor)
            && is_capitalised(ctx.w(ci))
            && c.shape == Shape::Verb
            && gap_words <= 16
            && (ends_colon || ends_comma);
        let close = gap_words <= 4 && (ends_colon || ends_comma)
            || inverted_opening
            || gap_words <= 1 && starts_upper
            || gap_words == 0
            || that
            || phrase_between;
        // (`what Ana Brask called "…"`: the subject of the `what` clause
        // whose cue runs into the quotation, also past `as`.)
        // (Only a quotation that ends its phrase: in `what she called
        // "rough" tactics` the quoted word is part of the phrase the
        // reported content holds.)
        let into_quote = gap_words == 0 || gap_words == 1 && ctx.w(ce) == "as";
        let ends_phrase = || {
            let rest = text[outer.end..].trim_start();
            q.span.of(text).trim_end().ends_with(['.', ',', '!', '?'])
                || rest.is_empty()
                || rest.starts_with([',', '.', ';', ':', '!', '?', ')', '—', '–', '-'])
        };
        if into_quote && c.shape == Shape::Verb && ends_phrase() {
            if let Some(sp) = what_subject(ctx, ci, floor) {
                return Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.8));
            }
        }
        if close && c.shape == Shape::Verb && !fragment_after_cue(ctx, q, c.span.end) {
            // `A senior aide, speaking on condition of anonymity, said:
            // "…"`: the phrase before the aside, not the aside.
            // (Also after an opening adverbial, `But`, or a description
            // set off by commas: see `name_lead`.)
            let lead = name_lead(ctx, ctx.word_from(floor), ci);
            if let Some(sp) = phrase_then_aside(ctx, lead, ci) {
                return Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.8));
            }
            // `Ana Brask, in a reply to Lu's letter, wrote: "…"`: the name
            // before the aside, not a phrase inside it.
            if let Some(sp) = name_then_aside(ctx, lead, ci) {
                return Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.8));
            }
            if let Some(sp) = before_aside(ctx, ci, floor) {
                return Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.8));
            }
            if let Some(sp) = np_before(ctx, ci, floor) {
                return Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.85));
            }
            if let Some(sp) = np_after(ctx, ce, outer.start) {
                return Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.85));
            }
            // `He shrugged and replied, "…"`, `She turns and repeatedly says,
            // "…"`: a second verb of the sentence subject.
            let mut k = ci;
            while k > 0 && ctx.words[k - 1].start >= floor && is_adverb(ctx.w(k - 1)) {
                k -= 1;
            }
            if k > 0
                && ctx.words[k - 1].start >= floor
                && is_in(&["and", "but"], ctx.w(k - 1))
                && (ends_colon || ends_comma)
            {
                if let Some(sp) = coordinated_subject(ctx, k - 1, floor) {
                    return Some(Decision {
                        speaker: Some(sp),
                        cue: Some(c.span),
                        method: "coordinated_subject",
                        confidence: 0.6,
                    });
                }
            }
        }
        // (`…, saying that "race still counts" in hiring`: a fragment of
        // the participle's reported content, when that content is read.)
        let reported_fragment =
            ci > 0 && ctx.gap(ci).contains(',') && fragment_after_cue(ctx, q, c.span.end);
        if close && c.shape == Shape::Participle && !reported_fragment {
            if let Some(sp) = subject_of(ctx, sent, ci, cues) {
                return Some(Decision {
                    speaker: Some(sp),
                    cue: Some(c.span),
                    method: "participle_subject",
                    confidence: 0.6,
                });
            }
        }
        if close && c.shape == Shape::According {
            if let Some(sp) = np_after(ctx, ce, outer.start) {
                return Some(Decision {
                    speaker: Some(sp),
                    cue: Some(c.span),
                    method: "according_to",
                    confidence: 0.85,
                });
            }
        }
    }
    // Colon introduction: `Lu: "…"`, or the paragraph before ending in
    // `:` (`In a statement, the ministry said:` then the quote paragraph).
    let (colon, floor) = if ends_colon {
        (Some(para.start + tail.len() - 1), floor)
    } else if before.trim().is_empty() {
        let (pi, _) = ctx.paragraph(outer.start)?;
        let prev = pi.checked_sub(1).map(|k| ctx.segments.paragraphs[k]);
        match prev {
            Some(pp) if pp.of(text).trim_end().ends_with(':') => {
                let colon = pp.start + pp.of(text).trim_end().len() - 1;
                (Some(colon), ctx.sentence(colon).start.max(pp.start))
            }
            _ => (None, floor),
        }
    } else {
        (None, floor)
    };
    if let Some(colon) = colon {
        // (`Vask said S, but she gave him some credit: "…"`: a clause
        // with a subject of its own introduces the quotation; the cue
        // before it reports S.)
        let cue = cues_in(cues, floor, colon)
            .iter()
            .rev()
            .find(|c| c.span.end <= colon && c.shape == Shape::Verb);
        let joined = cue.and_then(|c| {
            let cut = before_joined_clause(ctx, Span::new(c.span.end, colon));
            (cut.end < colon).then(|| ctx.words[ctx.word_from(cut.end) + 1].start)
        });
        let floor = joined.unwrap_or(floor);
        // A cue in the introducing sentence names the speaker.
        if let Some(c) = cue.filter(|_| joined.is_none()) {
            let ci = ctx.word_from(c.span.start);
            if let Some(sp) = np_before(ctx, ci, floor) {
                return Some(decided(ctx, sp, c.span, "cue_name_adjacent", 0.8));
            }
        }
        // Without a cue, only a short label that is the whole sentence
        // before the colon: `Lu Wei: "…"`, `PENCE: "…"`. `He put it
        // bluntly: "…"` has no speaker phrase before its colon.
        // (Or the label after a dash that ends a roundup headline:
        // `POLLS TIGHTEN IN OHIO - Ana Brask: "…"`, `… - More from Brask:`.)
        let ci = ctx.word_from(colon);
        for label_floor in [Some(floor), label_after_dash(text, floor, colon)]
            .into_iter()
            .flatten()
        {
            let label_start = ctx
                .words
                .get(ctx.word_from(label_floor))
                .map_or(colon, |w| w.start);
            if let Some(sp) = np_before(ctx, ci.min(ctx.words.len()), label_floor) {
                let short = words(sp.of(text)).len() <= 5;
                if sp.start == label_start
                    && short
                    && is_capitalised(sp.of(text))
                    && sp.end <= colon
                    && text[sp.end..colon].trim().is_empty()
                {
                    return Some(Decision {
                        speaker: Some(sp),
                        cue: Some(Span::new(colon, colon + 1)),
                        method: "colon_intro",
                        confidence: 0.8,
                    });
                }
            }
        }
        // A clause whose subject is a known person or a personal pronoun
        // introduces that person's words: `Tolven then turned to the
        // crowd: "…"`. `The headline reads: "…"` has no such subject.
        let sent = Span::new(floor, colon);
        let subject = (ci < ctx.words.len())
            .then(|| subject_of(ctx, sent, ci, &[]))
            .flatten();
        if let Some(sp) = subject {
            let pronoun = is_in(PERSONAL_PRONOUNS, sp.of(text));
            if sp.end < colon && (pronoun || link(ctx, sp).is_some()) {
                return Some(Decision {
                    speaker: Some(sp),
                    cue: Some(Span::new(colon, colon + 1)),
                    method: "colon_subject",
                    confidence: 0.6,
                });
            }
        }
        // `… doesn't surprise pollster Ana Brask: "…"`: a person the
        // article knows, named right before the colon, introduces the
        // quotation.
        let upto = ctx.mentions.partition_point(|m| m.span.start < colon);
        let named = ctx.mentions[upto.saturating_sub(3)..upto]
            .iter()
            .rev()
            .find(|m| {
                m.kind == MentionKind::Person
                    && m.span.start >= floor
                    && text[m.span.end..colon].trim().is_empty()
                    && m.span.of(text).contains(' ')
            });
        if let Some(m) = named {
            return Some(Decision {
                speaker: Some(m.span),
                cue: Some(Span::new(colon, colon + 1)),
                method: "colon_subject",
                confidence: 0.5,
            });
        }
    }
    None
}

/// `"…," Hollande retorted.` / `"…?" she shot back on Monday`: a quote
/// ending in `,` `?` or `!` followed by a name or personal pronoun and a
/// past-tense verb the cue dictionary does not list (`retorted`,
/// `barked`, `quipped`). The shape alone says the verb reports the quote;
/// the verb must end the clause (sentence end, comma, or a time or manner
/// phrase), so `"…," Vask signed the bill` is no speech.
pub(super) fn unlisted_verb(ctx: &Ctx, q: &Quoted) -> Option<Decision> {
    let text = ctx.text;
    let inner = q.span.of(text).trim_end();
    if !inner.ends_with([',', '?', '!']) {
        return None;
    }
    let first = ctx.word_from(q.outer().end);
    if first >= ctx.words.len()
        || !text[q.outer().end..ctx.words[first].start]
            .trim()
            .is_empty()
    {
        return None;
    }
    let fw = ctx.w(first);
    let past =
        |w: &str| w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase());
    // Inverted: `"…!" beamed Ana Brask, …` — the verb, then a name that
    // ends the clause.
    if past(fw) && first + 1 < ctx.words.len() && ctx.gap(first + 1).trim().is_empty() {
        let name = first + 1;
        let mut last = name;
        while last + 1 < ctx.words.len()
            && last < name + 3
            && !ctx.hard(last + 1)
            && ctx.gap(last + 1).trim().is_empty()
            && is_capitalised(ctx.w(last + 1))
        {
            last += 1;
        }
        let nw = ctx.w(name);
        let ends = last + 1 >= ctx.words.len()
            || ctx.hard(last + 1)
            || ctx.gap(last + 1).contains(',')
            || is_in(TAIL_START, ctx.w(last + 1));
        if is_capitalised(nw) && !is_in(STOP, nw) && !is_in(NOT_SPEAKER_START, nw) && ends {
            return Some(Decision {
                speaker: Some(Span::new(ctx.words[name].start, ctx.words[last].end)),
                cue: Some(ctx.words[first]),
                method: "unlisted_verb",
                confidence: 0.6,
            });
        }
        return None;
    }
    if let Some(d) = document_verb(ctx, first) {
        return Some(d);
    }
    let mut last = first;
    if is_in(PERSONAL_PRONOUNS, fw) {
    } else if is_capitalised(fw) && !is_in(STOP, fw) && !is_in(NOT_SPEAKER_START, fw) {
        while last + 1 < ctx.words.len()
            && last < first + 3
            && !ctx.hard(last + 1)
            && ctx.gap(last + 1).trim().is_empty()
            && is_capitalised(ctx.w(last + 1))
        {
            last += 1;
        }
    } else {
        return None;
    }
    let vi = last + 1;
    if vi >= ctx.words.len() || !ctx.gap(vi).trim().is_empty() {
        return None;
    }
    if !past(ctx.w(vi)) {
        return None;
    }
    let after = vi + 1;
    let clause_ends = after >= ctx.words.len()
        || ctx.hard(after)
        || ctx.gap(after).contains(',')
        || is_in(TAIL_START, ctx.w(after))
        || ctx.w(after) == "and";
    if !clause_ends {
        return None;
    }
    let speaker = Span::new(ctx.words[first].start, ctx.words[last].end);
    Some(Decision {
        speaker: Some(speaker),
        cue: Some(ctx.words[vi]),
        method: "unlisted_verb",
        confidence: 0.6,
    })
}

/// What an audience does after a quote: it reacts to the words, it does
/// not say them (`"…," the crowd cheered`).
const REACTIONS: &Words = &Words::new(&[
    "booed",
    "cheered",
    "cheers",
    "applauded",
    "applauds",
    "laughed",
    "laughs",
    "clapped",
    "roared",
    "gasped",
    "nodded",
    "nods",
    "smiled",
    "smiles",
    "shrugged",
    "erupted",
    "groaned",
]);

/// `"…," the letter reads.` / `"…," the statement read.` / `"…," it
/// read.`: after a quote ending in a comma, `it` or a short phrase opening
/// with a determiner (`the`, `a`, `its`, …) and then a verb that ends the
/// clause. Documents, ads and signs "read", "state" or "claim" what they
/// say; the cue list leaves these verbs out because they are mostly nouns
/// or not speech elsewhere (`he read the report`, `the state`). Here the
/// shape decides: a verb in the present (`-s`) or past (`-ed`) tense, or
/// `read`, then the end of the clause.
fn document_verb(ctx: &Ctx, first: usize) -> Option<Decision> {
    let n = ctx.words.len();
    let fw = lower(ctx.w(first));
    let mut vi = first + 1;
    if fw != "it" {
        if !is_in(PHRASE_DETERMINERS, &fw) {
            return None;
        }
        // One to three words of the phrase: no verb or clause word.
        while vi < n && vi <= first + 3 && ctx.gap(vi).trim().is_empty() {
            let w = lower(ctx.w(vi));
            if is_in(STOP, &w) || is_in(PRONOUNS, &w) || is_in(NOT_SPEAKER_START, &w) {
                return None;
            }
            vi += 1;
        }
        // The verb is the last word before the clause ends, after at
        // least one word of the phrase (`the bespectacled, …` has none).
        vi -= 1;
        if vi < first + 2 {
            return None;
        }
    }
    if vi >= n || !ctx.gap(vi).trim().is_empty() {
        return None;
    }
    let v = ctx.w(vi);
    let lowercase = v.chars().all(|c| c.is_ascii_lowercase());
    let verb = lowercase
        && (v == "read"
            || v.len() > 4 && v.ends_with("ed")
            || v.len() > 3 && v.ends_with('s') && !v.ends_with("ss") && !v.ends_with("us"));
    let after = vi + 1;
    let clause_ends = after >= n
        || ctx.hard(after)
        || ctx.gap(after).contains(',')
        || is_in(TAIL_START, ctx.w(after));
    // The word before the verb is a noun, not a possessive (`its members`).
    let before = ctx.w(vi - 1);
    if !verb
        || !clause_ends
        || is_in(REACTIONS, v)
        || before.ends_with("'s")
        || before.ends_with("’s")
    {
        return None;
    }
    Some(Decision {
        speaker: Some(Span::new(ctx.words[first].start, ctx.words[vi - 1].end)),
        cue: Some(ctx.words[vi]),
        method: "unlisted_verb",
        confidence: 0.6,
    })
}

/// A short quote inside a sentence (`the "new" Nixon`, `do "better than
/// expected" and`): a scare quote or a fragment of someone's reported
/// words, never a statement of its own. Only a cue right next to it makes
/// it speech; continuation and the trailing dash (`"…" — and then`) do not.
/// On the dev set such quotes were right 1 time in 5 by continuation.
pub(super) fn scare_quote_like(ctx: &Ctx, q: &Quoted) -> bool {
    !at_sentence_start(ctx, q) && ctx.word_count(q.span) < MIN_SPEECH_WORDS
}

/// `"Slow lanes" have been the rule since 1970`, `'Captain Fog' painted
/// the pier`, `"Low tide" is the best hour`: a short quote opening a
/// sentence, with no sentence punctuation inside its marks, followed at once
/// by a lower-case word that is no cue, is the subject of that sentence (a
/// term, a name or a title), not speech.
pub(super) fn term_subject(ctx: &Ctx, q: &Quoted, cues: &[Cue]) -> bool {
    let text = ctx.text;
    let inner = q
        .span
        .of(text)
        .trim_end()
        .trim_end_matches(['\'', '’', '"', '”']);
    if !at_sentence_start(ctx, q)
        || inner.ends_with(['.', '!', '?', ','])
        || ctx.word_count(Span::new(q.span.start, q.span.start + inner.len())) >= MIN_SPEECH_WORDS
    {
        return false;
    }
    let next = ctx.word_from(q.outer().end);
    next < ctx.words.len()
        && text[q.outer().end..ctx.words[next].start] == *" "
        && ctx.w(next).starts_with(|c: char| c.is_lowercase())
        && !is_in(PRONOUNS, ctx.w(next))
        && cues_in(
            cues,
            ctx.words[next].start,
            ctx.words[(next + 2).min(ctx.words.len() - 1)].end,
        )
        .is_empty()
}

/// Function words a title keeps in lower case (`The Lord of the Rings`).
const TITLE_SMALL_WORDS: &Words = &Words::new(&[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "is", "with", "by",
    "from",
]);

/// Prepositions before the name of a show, book or paper (`on "Face the
/// Nation,"`, `in an interview with "Breakfast Hour,"`).
const TITLE_BEFORE: &Words = &Words::new(&["on", "of", "in", "with", "to", "from", "at"]);

/// Nouns for a work whose title may follow in quote marks (`his new book,
/// "Broken Roads: How We Lost the Bridge,"`, `the show "Early Start"`).
const TITLE_NOUNS: &Words = &Words::new(&[
    "book",
    "memoir",
    "novel",
    "column",
    "op-ed",
    "essay",
    "article",
    "show",
    "program",
    "programme",
    "series",
    "film",
    "movie",
    "documentary",
    "song",
    "album",
    "play",
    "musical",
    "podcast",
    "titled",
    "entitled",
    "headlined",
    "hat",
    "hats",
    "slogan",
]);

/// People named by a work they made (`a co-author of "…"`, `the host of
/// "…"`): after `of`, a title-case phrase is that work's title.
const WORK_ROLES: &Words = &Words::new(&[
    "author",
    "co-author",
    "coauthor",
    "editor",
    "co-editor",
    "writer",
    "host",
    "co-host",
    "star",
    "creator",
    "director",
    "producer",
    "publisher",
    "episode",
    "edition",
    "chapter",
    "page",
]);

/// A title of a work, never speech: a quote in title case right after a
/// possessive or a preposition (`Channel 9's "Early Start"`, `on "Face the
/// Nation,"`; up to four words) or after a noun for a work (`the book
/// "Roads: How We Lost the Bridge"`, `his memoir, "…"`; up to twelve), or
/// a quote with no word at all (a stray mark). Such a quote gets no sieve,
/// so the cue next to it stays free for the reported speech around it
/// (`told Channel 9's "Early Start" that S`). A one-word title-case answer
/// after a preposition (`said yes to "Now"`) is lost with it.
pub(super) fn title_of_work(ctx: &Ctx, q: &Quoted) -> bool {
    let text = ctx.text;
    let inner = q.span.of(text);
    if !inner.chars().any(char::is_alphanumeric) {
        return words(inner).is_empty();
    }
    // A byline after the closing mark: `"Ferry adds a night crossing," by Ana Brask`,
    // `according to "The Long Road" by Lu Wei`.
    let after = text[q.outer().end..].trim_start_matches([',', ' ']);
    if after.starts_with("by ") && after[3..].starts_with(char::is_uppercase) {
        return true;
    }
    // What stands before the quote first (cheap): most quotes follow no
    // possessive, preposition or noun for a work.
    let k = ctx.word_until(q.open.start);
    if k == 0 {
        return false;
    }
    let gap = text[ctx.words[k - 1].end..q.open.start].trim();
    let prev = ctx.w(k - 1);
    let possessive = is_possessive(prev);
    // (`a co-editor of ''Salt Roads: A Harbour History''`: `of` after a
    // maker of works counts as a noun for a work.)
    let of_work = prev == "of" && k >= 2 && is_in(WORK_ROLES, ctx.w(k - 2));
    let before_ok = gap.is_empty() && (possessive || is_in(TITLE_BEFORE, prev))
        || (gap.is_empty() || gap == ",") && (possessive || of_work || is_in(TITLE_NOUNS, prev));
    if !before_ok {
        return false;
    }
    let ws = words(inner);
    if ws.is_empty() {
        return true;
    }
    if !title_phrase(inner) {
        return false;
    }
    if gap.is_empty() && ws.len() <= 4 && (possessive || is_in(TITLE_BEFORE, prev)) {
        return true;
    }
    (gap.is_empty() || gap == ",") && (possessive || of_work || is_in(TITLE_NOUNS, prev))
}

/// A phrase that can be a title: every word capitalised or a small word
/// (`of`, `the`), no sentence inside it, at most twelve words.
pub(super) fn title_phrase(inner: &str) -> bool {
    let ws = words(inner);
    let title_case = ws.iter().all(|w| {
        let w = w.of(inner);
        is_capitalised(w) || is_in(TITLE_SMALL_WORDS, w) || !w.starts_with(char::is_alphabetic)
    });
    let one_phrase = !inner
        .trim_end()
        .trim_end_matches([',', '.', '!', '?'])
        .contains(['.', '!', '?']);
    title_case && one_phrase && ws.len() <= 12
}

/// The next item of a list of titles: `roles in "Harbour Nights," "Salt
/// Roads" and "The Long Tide"`: a title-case phrase right after a quote
/// that is a title, with only a comma, `and` or `or` between.
pub(super) fn next_title_in_list(ctx: &Ctx, prev: &Quoted, q: &Quoted) -> bool {
    let between = ctx.text[prev.outer().end.min(q.open.start)..q.open.start].trim();
    let between = between.trim_start_matches(',').trim();
    matches!(between, "" | "and" | "or" | "&")
        && prev.outer().end <= q.open.start
        && ctx.word_count(q.span) > 0
        && title_phrase(q.span.of(ctx.text))
}

/// Longest subhead, in words, that [`subhead`] recognises.
const MAX_SUBHEAD_WORDS: usize = 8;

/// A section heading in single quote marks, a paragraph of its own (`'Coal
/// Is Not the Villain.'` between two parts of a feature): a line pulled
/// from the story below it, not a statement of the speaker above it.
pub(super) fn subhead(ctx: &Ctx, q: &Quoted) -> bool {
    let text = ctx.text;
    let single = matches!(q.open.of(text), "'" | "‘");
    let Some((_, para)) = ctx.paragraph(q.outer().start) else {
        return false;
    };
    single
        && para.of(text).trim() == q.outer().of(text).trim()
        && ctx.word_count(q.span) <= MAX_SUBHEAD_WORDS
}

/// Is the quote where speech stands (sentence start or after a colon), or
/// embedded in running text?
pub(super) fn at_sentence_start(ctx: &Ctx, q: &Quoted) -> bool {
    let outer = q.outer();
    let Some((_, para)) = ctx.paragraph(outer.start) else {
        return true;
    };
    let before = ctx.text[para.start..outer.start].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '”', '"'])
}

/// `Lu condemned "the cruel creed of violent gangs and their
/// bosses."` / `She praised its members "for their help in my
/// campaign"`: a quotation of at least [`MIN_SPEECH_WORDS`] words inside a
/// sentence, with no cue of its own, whose sentence opens with a person (a
/// name the article knows as a person, or `he`/`she`) and a verb: the
/// words are most often that person's, quoted under a verb the cue list
/// does not hold. Not when another name's possessive stands right before
/// the quote (`Lu mocked Vask's "…"` quotes Vask), nor for a short quote
/// (that is [`fragment_subject`]'s). A weak sieve, with a low confidence.
pub(super) fn sentence_subject(ctx: &Ctx, q: &Quoted) -> Option<Decision> {
    if ctx.word_count(q.span) < MIN_SPEECH_WORDS {
        return None;
    }
    let (sp, _, _) = person_then_verb(ctx, q)?;
    Some(Decision {
        speaker: Some(sp),
        cue: None,
        method: "sentence_subject",
        confidence: 0.4,
    })
}

/// `Lu billed the timetable as a "turning point."` / `Vask drilled the
/// crew to "hold the line."`: a short quoted fragment in the clause of a person
/// subject and a verb right after it (no aside, perhaps an adverb between;
/// not a form of `be` or `have`, no auxiliary, no verb of a role such as
/// `play` or `become`) reports that person's word under a verb the cue
/// list does not hold. The row is partial: what follows the verb to the
/// end of the sentence (or to `later_decided`, where the next quotation
/// with a speaker of its own opens), the fragment inside it. A weak sieve,
/// with a low confidence.
pub(super) fn fragment_subject(
    ctx: &Ctx,
    q: &Quoted,
    later_decided: Option<usize>,
) -> Option<Quote> {
    let text = ctx.text;
    if ctx.word_count(q.span) >= MIN_SPEECH_WORDS || title_phrase(q.span.of(text)) {
        return None;
    }
    let (sp, mut verb, sent) = person_then_verb(ctx, q)?;
    // (Past an adverb before the verb: `Vask meanwhile hailed …`.)
    let qi = ctx.word_from(q.open.start);
    while verb + 1 < qi
        && ctx.gap(verb + 1).trim().is_empty()
        && (is_adverb(ctx.w(verb))
            || is_in(
                &["meanwhile", "still", "also", "then", "now", "again"],
                ctx.w(verb),
            ))
    {
        verb += 1;
    }
    // The subject ends with the person's name (`Vask's allies hailed …`,
    // `Lu of Tolven …` name no speaker here), and a verb follows it.
    let name_ends = is_in(PERSONAL_PRONOUNS, sp.of(text))
        || link(ctx, sp).is_some_and(|m| ctx.mentions[m].span.end == sp.end);
    let vw = ctx.w(verb);
    if !name_ends
        || !ctx.gap(ctx.word_from(sp.end)).trim().is_empty()
        || is_in(STOP, vw)
        || is_in(ROLE_VERBS, vw)
        || is_in(NOT_SPEAKER_START, vw)
        || is_in(
            &["who", "of", "for", "with", "from", "by", "as", "and", "or"],
            vw,
        )
    {
        return None;
    }
    // Past adverbs after the verb (`called it, frankly, "…"` keeps its
    // comma and is no case here).
    let mut from = verb + 1;
    while from < qi && is_adverb(ctx.w(from)) {
        from += 1;
    }
    if from >= ctx.words.len() || ctx.words[from].start > q.open.start {
        return None;
    }
    let start = ctx.words[from].start.min(q.open.start);
    // To the sentence end, or to the next quotation of the sentence that
    // has a speaker of its own (`…, chanting "…," Vask said`).
    let stop = later_decided.filter(|&k| k < sent.end).unwrap_or(sent.end);
    let end = text[..stop]
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '.' | '!' | '?' | ',' | ':' | ';' | '-' | '—')
        })
        .len()
        .max(q.outer().end.min(stop));
    // (Not past a clause of its own: `…, and Vask said …`, nor a
    // conjunction left dangling before the next quotation.)
    let mut span = before_joined_clause(ctx, Span::new(start, end));
    let last = ctx.word_until(span.end).saturating_sub(1);
    if last > from && is_in(&["and", "but", "or"], ctx.w(last)) {
        span.end = ctx.text[..ctx.words[last].start]
            .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
            .len();
    }
    if span.end < q.outer().end {
        return None;
    }
    Some(Quote {
        span,
        kind: QuoteKind::Partial,
        speaker: Some(Speaker {
            span: sp,
            mention: link(ctx, sp),
        }),
        cue: None,
        method: "sentence_subject",
        confidence: 0.35,
    })
}

/// `This is a lesson, Brask said, that "the harbour cannot take more
/// boats."` / `Up in the villages, he said, "nobody asked us."` / `The
/// pier was full, she said, and "nobody moved."`: a cue and its speaker
/// set off by commas between the opening words of a sentence and the
/// quotation they lead into. The opening words (two or more, no marks or
/// commas of their own, no opening participle, no frame of time, place or
/// medium) are part of the same statement: their span, for a row of their
/// own with the quote's speaker.
pub(super) fn interrupted_lead(ctx: &Ctx, q: &Quoted, speaker: Span, cue: Span) -> Option<Span> {
    let text = ctx.text;
    let open = q.outer().start;
    let link_words = text[cue.end.min(open)..open].trim();
    let speaker_first = speaker.end <= cue.start;
    if !speaker_first
        || cue.end > open
        || !matches!(link_words, "," | ", that" | ", and")
        || text[speaker.end..cue.start]
            .trim()
            .contains(|c: char| !c.is_alphabetic())
    {
        return None;
    }
    let before = text[..speaker.start].trim_end();
    let comma = before.strip_suffix(',')?.trim_end().len();
    let sent = ctx.sentence(speaker.start);
    let para_start = ctx.paragraph(speaker.start).map_or(0, |(_, p)| p.start);
    let start = sent.start.max(para_start);
    let lead = Span::new(
        start + (text[start..comma].len() - text[start..comma].trim_start().len()),
        comma,
    );
    let lead_text = lead.of(text);
    // (Not an opening participle clause, `Asked about the toll, Brask
    // said, "…"`, nor words with commas of their own, which hold a clause
    // of their own: `On Monday, as the boat left, he said, "…"`.)
    // (Nor a frame of time, place or medium, `In a note to the guild`,
    // `Minutes later`, `When asked about it`: no part of the statement.)
    let ws = words(lead_text);
    let first = lower(ws.first()?.of(lead_text));
    let last = lower(ws.last()?.of(lead_text));
    let participle = first.ends_with("ing") || first.ends_with("ed") && first != "indeed";
    let frame = is_in(FRAME_OPENERS, &first)
        || is_in(&["ago", "later", "earlier"], &last)
        || ws.iter().any(|w| w.of(lead_text) == "asked");
    (ws.len() >= 2
        && !participle
        && !frame
        && !lead_text.contains([
            '"', '“', '”', '«', '»', ':', ';', ',', '(', ')', '\n', '—', '–',
        ]))
    .then_some(lead)
}

/// The subject of a `what` clause ending at the cue word `ci`: `what
/// Ana Brask called`, `what the pilots have described`; at most six
/// words, in one stretch without commas, not reaching before `floor`.
fn what_subject(ctx: &Ctx, ci: usize, floor: usize) -> Option<Span> {
    let mut k = ci;
    while k > 0 && ci - k < 7 && ctx.words[k - 1].start >= floor && !ctx.hard(k) {
        if ctx.gap(k).contains(',') {
            return None;
        }
        k -= 1;
        if ctx.w(k).eq_ignore_ascii_case("what") {
            // (Past `has`, `once` and the like before the cue.)
            let mut e = ci;
            while e > k + 1 && between(ctx.w(e - 1)) {
                e -= 1;
            }
            return (e > k + 1).then(|| Span::new(ctx.words[k + 1].start, ctx.words[e - 1].end));
        }
    }
    None
}

/// Prepositions that open a frame of time, place or medium before a cue
/// (`In a statement, Vask said, "…"`, `At the pier, she said, "…"`).
const FRAME_OPENERS: &Words = &Words::new(&[
    "in", "on", "at", "after", "before", "during", "from", "with", "for", "to", "since", "until",
    "by", "within", "over", "as",
]);

/// Verbs whose object is a role or a description, not words the subject
/// said: `She played a "stern" queen`, `Vask became the "harbour king"`.
const ROLE_VERBS: &Words = &Words::new(&[
    "play", "plays", "played", "star", "stars", "starred", "become", "becomes", "became", "remain",
    "remains", "remained", "seem", "seems", "seemed", "look", "looks", "looked", "appear",
    "appears", "appeared", "wear", "wears", "wore", "own", "owns", "owned", "visit", "visits",
    "visited",
]);

/// The person (a name the article knows as a person, or `he`/`she`) that
/// opens the sentence of quote `q`, the word right after it that may be a
/// verb (past a short aside: `Vask, for his part, is calling it "…"`), and
/// the sentence. `None` when the quote opens the sentence, when a
/// possessive makes the subject a thing (`Lu's press release notes "…"`)
/// or the quote someone else's (`Lu mocked Vask's "…"`), or when a mark or
/// a semicolon stands between.
fn person_then_verb(ctx: &Ctx, q: &Quoted) -> Option<(Span, usize, Span)> {
    let text = ctx.text;
    if at_sentence_start(ctx, q) {
        return None;
    }
    let sent = ctx.sentence(q.open.start);
    let (_, para) = ctx.paragraph(q.open.start)?;
    let first = ctx.word_from(sent.start.max(para.start));
    let qi = ctx.word_from(q.open.start);
    if first >= qi || qi - first > 30 {
        return None;
    }
    let sp = opening_subject(ctx, first, qi)?;
    let pronoun = is_in(&["he", "she"], sp.of(text));
    let person = link(ctx, sp).is_some_and(|m| ctx.mentions[m].kind == MentionKind::Person);
    let mut verb = ctx.word_from(sp.end);
    if verb < qi && ctx.gap(verb).trim() == "," {
        if let Some(k) = (verb + 1..qi.min(verb + 8)).find(|&k| ctx.gap(k).trim() == ",") {
            verb = k;
        }
    }
    let aside_before_verb = verb > ctx.word_from(sp.end);
    let between = &text[sp.end..q.open.start];
    let possessive = is_possessive(sp.of(text));
    if !(pronoun || person)
        || possessive
        || verb >= qi
        || !(aside_before_verb || ctx.gap(verb).trim().is_empty())
        || !ctx.w(verb).chars().all(|c| c.is_ascii_lowercase())
        || between.trim_end().ends_with("'s")
        || between.trim_end().ends_with("’s")
        || between.contains([';', ':', '(', '"', '“', '”'])
    {
        return None;
    }
    Some((sp, verb, sent))
}

/// The subject of the verb before `and` (word `and_at`) in `He laughed
/// and said, "…"`: back over the comma-separated stretches of the sentence
/// (from `floor`), the nearest that opens with a personal pronoun or a
/// capitalised name. Stretches that open with a lower-case word (`…,
/// furrowed his brow and said`) or a subordinator (`When Vask was asked
/// …,`) are passed over; at most four.
fn coordinated_subject(ctx: &Ctx, and_at: usize, floor: usize) -> Option<Span> {
    let first = ctx.word_from(floor);
    let mut end = and_at;
    for _ in 0..4 {
        let start = (first + 1..end)
            .rev()
            .find(|&j| ctx.gap(j).contains([',', ';']))
            .unwrap_or(first);
        if start >= end {
            return None;
        }
        let w = ctx.w(start);
        if is_in(PERSONAL_PRONOUNS, w) {
            return Some(ctx.words[start]);
        }
        if is_capitalised(w) && !is_in(SUBORDINATORS, w) && !is_adverb(w) {
            // The capitalised run: `Sen. Ana Brask`.
            let mut last = start;
            while last + 1 < end && is_capitalised(ctx.w(last + 1)) && !ctx.hard(last + 1) {
                last += 1;
            }
            return Some(Span::new(ctx.words[start].start, ctx.words[last].end));
        }
        if start == first {
            return None;
        }
        end = start;
    }
    None
}

/// `Lu says "the tide is turning our way" despite the loss`: a quote right
/// after a cue (or its `that`, also after a time or place phrase: `said at
/// the dock that "…"`), with no comma or colon between,
/// followed by more words of the same sentence, is a quoted fragment of
/// reported content (a `partial` row), not a direct quote of its own.
/// `Lu said: "We will win."` and `Lu said "we will win."` are direct.
pub(super) fn fragment_after_cue(ctx: &Ctx, q: &Quoted, cue_end: usize) -> bool {
    let text = ctx.text;
    let Some(close) = q.close else { return false };
    if q.open.start < cue_end || q.multi_paragraph {
        return false;
    }
    let between = text[cue_end..q.open.start].trim();
    // (Also after a time or place phrase and `that`: `Lu said at the
    // dock on Monday that "the tide" had turned`.)
    let phrase_that = between.ends_with(" that")
        && !between.contains(['.', ',', ';', ':', '!', '?', '"', '“', '”', '(', '\n'])
        && between.split_whitespace().count() <= 10;
    if !(between.is_empty() || between == "that" || phrase_that) {
        return false;
    }
    // A comma at the close (`Nothing the mayor said "will matter," the
    // senator said`) leads to an attribution of the quote, not more content.
    let comma = q.span.of(text).trim_end().ends_with(',')
        || text[close.end..].trim_start().starts_with(',');
    let sent = ctx.sentence(cue_end);
    !comma && close.end < sent.end && text[close.end..sent.end].contains(char::is_alphanumeric)
}

/// Nouns of speech whose owner is the speaker of the clause they take
/// (`Vask's claim that …`, `her promise to …`, `his call for …`).
pub(super) const SPEECH_NOUNS: &Words = &Words::new(&[
    "claim",
    "claims",
    "assertion",
    "comment",
    "comments",
    "remark",
    "remarks",
    "statement",
    "promise",
    "pledge",
    "vow",
    "call",
    "calls",
    "warning",
    "prediction",
    "insistence",
    "accusation",
    "contention",
    "suggestion",
    "demand",
    "plea",
    "boast",
    "admission",
    "declaration",
    "threat",
    "proposal",
    "allegation",
]);

/// The nouns of [`SPEECH_NOUNS`] that take an infinitive (`her pledge to
/// stay "neutral"`) or an object after `for` (`his call for "a full stop"`).
const WISH_NOUNS: &Words = &Words::new(&[
    "promise", "pledge", "vow", "call", "calls", "threat", "demand", "plea", "proposal",
]);

/// Words that may stand between the owner and the noun (`Vask's recent
/// claim`, `his now-famous pledge`), besides months (`her March comment`)
/// and words ending like adjectives and participles: no noun, so that
/// `Vask's aide claims that …` is not Vask's claim.
const NOUN_MODIFIERS: &Words = &Words::new(&[
    "recent",
    "latest",
    "new",
    "own",
    "earlier",
    "first",
    "last",
    "repeated",
    "famous",
    "frequent",
    "false",
    "bold",
    "stock",
    "signature",
    "public",
    "private",
    "early",
    "late",
    "May",
]);

/// The owner named by word `o`: `his`, `her`, `their` (linked as a
/// pronoun), or a name in the possessive that the entity stage found as a
/// person or institution (its own mention: `link` reads a name before
/// `'s` as a possessor, no speaker).
fn possessive_owner(ctx: &Ctx, o: usize) -> Option<(Span, Option<MentionIdx>)> {
    let owner = ctx.w(o);
    if is_in(&["his", "her", "their"], owner) {
        return Some((ctx.words[o], link(ctx, ctx.words[o])));
    }
    let name_end = ctx.words[o].start
        + owner
            .strip_suffix("'s")
            .or_else(|| owner.strip_suffix("’s"))
            .filter(|n| is_capitalised(n))?
            .len();
    // (Mentions are in order of their starts: the name's is among the
    // last few starting before its end.)
    let upto = ctx.mentions.partition_point(|m| m.span.start < name_end);
    let k = (upto.saturating_sub(4)..upto).rev().find(|&k| {
        let m = &ctx.mentions[k];
        m.span.end == name_end && matches!(m.kind, MentionKind::Person | MentionKind::Institution)
    })?;
    Some((ctx.mentions[k].span, Some(k)))
}

/// The owner of the noun at word `noun` (past word `first`): a
/// possessive or `his` / `her` / `their` ([`possessive_owner`]), with up
/// to two modifiers between it and the noun (`Vask's recent claim`).
pub(super) fn noun_owner(
    ctx: &Ctx,
    noun: usize,
    first: usize,
) -> Option<(Span, Option<MentionIdx>)> {
    let mut o = noun - 1;
    for _ in 0..2 {
        let w = ctx.w(o);
        let modifier = is_in(NOUN_MODIFIERS, w)
            || crate::entities::institutions::MONTHS.contains(&w)
            || w.contains('-')
            || ["ed", "ing", "ful", "ous", "al", "ive", "ic", "less"]
                .iter()
                .any(|e| w.len() > e.len() + 2 && w.ends_with(e));
        if !modifier || o <= first || ctx.hard(o + 1) {
            break;
        }
        o -= 1;
    }
    if ctx.hard(o + 1) || !ctx.gap(o + 1).trim().is_empty() {
        return None;
    }
    possessive_owner(ctx, o)
}

/// A `speech_noun` row: the noun's owner (its span and mention) says
/// `span`, the noun is the cue.
pub(super) fn noun_row(
    span: Span,
    kind: QuoteKind,
    (speaker, mention): (Span, Option<MentionIdx>),
    noun: Span,
) -> Quote {
    Quote {
        span,
        kind,
        speaker: Some(Speaker {
            span: speaker,
            mention,
        }),
        cue: Some(noun),
        method: "speech_noun",
        confidence: 0.5,
    }
}

/// `Vask's "no new tolls" pledge`, `her "we will rebuild" promise`: a
/// quotation between a possessive owner (a person or institution the
/// entity stage found, or `his`, `her`, `their`) and a noun of speech is
/// the owner's words, a `direct` row.
fn quote_before_noun(ctx: &Ctx, q: &Quoted) -> Option<Quote> {
    let text = ctx.text;
    let qi = ctx.word_from(q.open.start);
    let after = ctx.word_from(q.outer().end);
    if qi == 0
        || after >= ctx.words.len()
        || !is_in(SPEECH_NOUNS, ctx.w(after))
        || !text[q.outer().end..ctx.words[after].start]
            .trim()
            .is_empty()
        || !text[ctx.words[qi - 1].end..q.open.start].trim().is_empty()
    {
        return None;
    }
    let owner = possessive_owner(ctx, qi - 1)?;
    Some(noun_row(q.span, QuoteKind::Direct, owner, ctx.words[after]))
}

/// `Vask's claim that the ferry "never ran late"`, `her promise to stay
/// "neutral" in the talks`, `his call for "a full stop"`: a quotation
/// inside the clause that a noun of speech takes, when the noun's owner
/// is a person or institution named in the possessive, or `his`, `her`,
/// `their`. The owner is the speaker; the row is `partial`, from `that`
/// or `to` (or the object after `for`) to the end of the clause.
/// (Only for a quotation no other sieve attributed.)
pub(super) fn speech_noun(ctx: &Ctx, q: &Quoted, later_decided: Option<usize>) -> Option<Quote> {
    if let Some(r) = quote_before_noun(ctx, q) {
        return Some(r);
    }
    let text = ctx.text;
    let qi = ctx.word_from(q.open.start);
    let sent = ctx.sentence(q.open.start);
    let first = ctx.word_from(sent.start);
    // The word that opens the clause: `that` (up to twelve words before
    // the quote), `to` (six), `for` (three).
    let (opener, noun) = (first.max(qi.saturating_sub(13))..qi).rev().find_map(|k| {
        let w = ctx.w(k);
        let words_before_quote = qi - k - 1;
        let fits = match w {
            "that" => true,
            "to" => words_before_quote <= 6,
            "for" => words_before_quote <= 3,
            _ => false,
        };
        if !fits || k == 0 {
            return None;
        }
        // (Past a day between noun and clause: `his comment Monday that`.)
        let mut n = k - 1;
        if n > first && is_day(ctx.w(n)) {
            n -= 1;
        }
        let noun = ctx.w(n);
        let takes = if w == "that" {
            is_in(SPEECH_NOUNS, noun)
        } else {
            is_in(WISH_NOUNS, noun)
        };
        (takes && n > first).then_some((k, n))
    })?;
    // Nothing between the clause's first word and the quote breaks it.
    let clause_head = &text[ctx.words[opener].end..q.open.start];
    if clause_head.contains(['"', '“', '”', '«', '»', '\n', ';', ':', '(', ')', '—', '–'])
        || (noun + 1..qi).any(|k| ctx.hard(k))
    {
        return None;
    }
    if ctx.w(opener) == "to" && opener + 1 < qi {
        // (Word lists ignore case; the determiners hold the possessives.)
        if is_in(PHRASE_DETERMINERS, ctx.w(opener + 1)) {
            return None; // `his comments to the crowd`
        }
    }
    let (speaker, mention) = noun_owner(ctx, noun, first)?;
    // To the end of the clause: the sentence end, a mark that sets off
    // what follows, or a quote's own closing comma (`that "…," refusing`).
    let stop = later_decided.filter(|&k| k < sent.end).unwrap_or(sent.end);
    let after = q.outer().end.min(stop);
    let end = if q.span.of(text).trim_end().ends_with(',') {
        q.span.end
    } else {
        let rest = &text[after..stop];
        let mark = rest.find([',', ';', ':', '(', '—', '–', '"', '“', '”']);
        let dash = rest.find(" - ");
        mark.into_iter()
            .chain(dash)
            .min()
            .map_or(stop, |k| after + k)
    };
    let end = text[..end]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?' | ',' | '-'))
        .len()
        .max(q.span.end);
    let start = if ctx.w(opener) == "for" {
        ctx.words[opener + 1].start.min(q.open.start)
    } else {
        ctx.words[opener].start
    };
    Some(noun_row(
        Span::new(start, end),
        QuoteKind::Partial,
        (speaker, mention),
        ctx.words[noun],
    ))
}
