//! Reported speech: the statement around a cue outside quote marks
//! ([`reported_speech`]: `X said S`, `S, X said`, `According to X, S`,
//! `…, saying S`), its content span and its subject, cues found by their
//! shape ([`verb_that_cues`]), and which reported rows are kept.

use super::direct::{fragment_after_cue, noun_owner, noun_row, SPEECH_NOUNS};
use super::phrases::{
    before_aside, before_auxiliaries, classify, contraction_pronoun, is_day, name_then_aside,
    np_after, np_before, phrase_then_aside, PERIODS,
};
use super::{
    between, cues_in, is_adverb, is_capitalised, is_dash, is_in, is_open_mark, is_possessive, link,
    lower, quotes_in, Ctx, Decision, MentionIdx, Quote, QuoteKind, Speaker, Words,
    ADDRESSEE_LEMMAS, NOT_SPEAKER_START, PERSONAL_PRONOUNS, PHRASE_DETERMINERS, PRONOUNS, STOP,
    SUBORDINATORS, TAIL_START,
};
use crate::cues::{Cue, Shape};
use crate::entities::{words, MentionKind};
use crate::quotes::Quoted;
use crate::span::Span;

/// The lemma of a cue found by its shape, not the dictionary.
pub(super) const UNLISTED: &str = "(unlisted)";

/// Words a `that` clause of reported speech starts with after a verb
/// (`concluded that the …`, `sniped that Fiorina …`); `ended that program`
/// has a determiner `that` and none of these after it.
const THAT_CLAUSE_START: &Words = &Words::new(&[
    "the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its",
    "there", "this", "these", "those", "some", "many", "most", "no", "if", "when",
]);

/// `X sniped that S`, `X has concluded that S`: a past-tense verb the
/// dictionary lacks, outside quote marks, followed by `that` and the start
/// of a clause, is a reporting (or stated-view) verb by its shape.
pub(super) fn verb_that_cues(ctx: &Ctx, quoted: &[Quoted], cues: &[Cue]) -> Vec<Cue> {
    let lemma: std::sync::Arc<str> = UNLISTED.into();
    let n = ctx.words.len();
    // (The words before a `that`, not every word of the article.)
    ctx.words_equal("that")
        .filter_map(|k| k.checked_sub(1))
        .filter(|&i| (1..n.saturating_sub(2)).contains(&i))
        .filter(|&i| {
            let v = ctx.w(i);
            v.len() > 4
                && v.ends_with("ed")
                && v.bytes().all(|b| b.is_ascii_lowercase())
                && ctx.w(i + 1) == "that"
                && ctx.gap(i + 1) == " "
                && ctx.gap(i + 2) == " "
                && (is_in(THAT_CLAUSE_START, ctx.w(i + 2)) || is_capitalised(ctx.w(i + 2)))
        })
        .map(|i| ctx.words[i])
        .filter(|sp| cues_in(cues, sp.start, sp.end).is_empty())
        .filter(|sp| {
            let k = quoted.partition_point(|q| q.open.start < sp.start);
            !(k > 0 && quoted[k - 1].span.contains(*sp))
        })
        .map(|span| Cue {
            span,
            shape: Shape::Verb,
            lemma: lemma.clone(),
            quote_only: false,
        })
        .collect()
}

/// The opening mark of a quoted fragment that opens the content of cue
/// `c` ([`fragment_after_cue`]), among the quotes opening before `upto`.
fn fragment_open(ctx: &Ctx, quoted: &[Quoted], c: &Cue, upto: usize) -> Option<usize> {
    quotes_in(quoted, c.span.end, upto)
        .find(|&i| fragment_after_cue(ctx, &quoted[i], c.span.end))
        .map(|i| quoted[i].open.start)
}

/// `Lu stressed her third-place finish, asserting that she can win`: the
/// content of the finite cue ends at the comma before a participle cue,
/// which reports a statement of its own (its own row, `participle_subject`).
/// Likewise before `and`/`but` and a second finite cue of the same subject
/// (`Lu said she would go and added that …`, `coordinated_subject`).
/// Content shorter than two words is left whole.
fn before_participle_cue(ctx: &Ctx, body: Span, cues: &[Cue]) -> Span {
    let cut = cues_in(cues, body.start, body.end)
        .iter()
        .filter(|c| c.span.start > body.start)
        .find_map(|c| {
            let ci = ctx.word_from(c.span.start);
            let b0 = ctx.word_from(body.start);
            match c.shape {
                // (Not a verb of evidence, whose subject is the content's
                // own: `the numbers were worse, showing a gap`.)
                Shape::Participle => {
                    let comma = ctx.gap(ci).contains(',');
                    (comma && ci >= 2 + b0 && !is_in(EVIDENCE_LEMMAS, &c.lemma))
                        .then(|| ctx.words[ci - 1].end)
                }
                // `Lu said he would go and added that …`: a second verb of
                // the subject, with its own content.
                Shape::Verb => {
                    let mut k = ci;
                    while k > b0 && (between(ctx.w(k - 1)) || is_adverb(ctx.w(k - 1))) {
                        k -= 1;
                    }
                    // (Not a verb of thought or wish, which goes on the
                    // reported clause's own subject: `Lu said he was tired
                    // and wanted to rest`.)
                    // (Unless the content has no subject of its own: `Lu
                    // plans to go and wants …`.)
                    let nonfinite = ctx.w(b0) == "to" || ctx.w(b0).ends_with("ing");
                    let and = k > b0 + 2
                        && is_in(&["and", "but"], ctx.w(k - 1))
                        && (nonfinite || !is_in(ATTITUDE_LEMMAS, &c.lemma));
                    // `…, he also stated …`: a new clause with a pronoun
                    // subject after a comma. (Not the main clause after an
                    // opening subordinate one: `although Lu confessed, he
                    // showed no remorse` is one statement.)
                    let opener = if ctx.w(b0) == "that" { b0 + 1 } else { b0 };
                    let subordinate_first = opener < k
                        && is_in(SUBORDINATORS, ctx.w(opener))
                        && !(opener + 1..k - 1).any(|j| ctx.gap(j).contains([',', ';']));
                    // (Also a contracted perfect: `…, he's said …`, not a
                    // progressive: `it's sparking`.)
                    let subject_word = ctx.w(k - 1);
                    let contracted = contraction_pronoun(subject_word)
                        .is_some_and(|p| is_in(PERSONAL_PRONOUNS, p))
                        && !ctx.w(ci).ends_with("ing");
                    let clause = k > b0 + 2
                        && (is_in(PERSONAL_PRONOUNS, subject_word) || contracted)
                        && ctx.gap(k - 1).contains([',', ';'])
                        && !subordinate_first;
                    if and || clause {
                        return Some(ctx.words[k - 2].end);
                    }
                    // (`… a seat, then said …`: a second verb after a comma
                    // and `then`.)
                    if k > b0 + 1 && ctx.w(k) == "then" && ctx.gap(k).contains(',') {
                        return Some(ctx.words[k - 1].end);
                    }
                    if subordinate_first {
                        return None;
                    }
                    // `…, and Vask vowed to …`, `…, while Lu said …`: a
                    // clause with a subject of its own after a comma and a
                    // conjunction; `…, the source recalled.`: a cue with
                    // its subject after a comma, ending the content.
                    let sp = np_before(ctx, k, body.start)?;
                    let si = ctx.word_from(sp.start);
                    // (Not a participle or a contraction: `including
                    // ones`, `it's sparking`.)
                    let first = ctx.w(si);
                    if first.ends_with("ing") || first.contains(['\'', '’']) {
                        return None;
                    }
                    let joined = si > b0 + 2
                        && is_in(CLAUSE_JOINERS, ctx.w(si - 1))
                        && joining_gap(ctx.gap(si - 1));
                    // `…; others said …`: a clause of its own after a
                    // semicolon.
                    let semicolon = si > b0 + 2 && ctx.gap(si).trim() == ";";
                    // (After the tail's cue, nothing or a time or place
                    // phrase: not `mail, phone calls and ads`.)
                    // (Or a quotation of its own follows the cue: `… who
                    // claim the ferry is safer, Vask said, "…"`.)
                    let after = ctx.word_until(c.span.end);
                    // (A two-word cue may end past the content, `points¶to`.)
                    let quote_next = c.span.end < body.end
                        && ctx.text[c.span.end..body.end]
                            .trim_start_matches([' ', ',', ':'])
                            .starts_with(is_open_mark);
                    let tail = si > b0 + 2
                        && ctx.gap(si).contains(',')
                        && (quote_next
                            || ctx.word_until(body.end).saturating_sub(after) <= 3
                                && (after >= ctx.word_until(body.end)
                                    || is_in(TAIL_START, ctx.w(after))
                                        && !is_in(
                                            &["and", "but", "of", "to", "with"],
                                            ctx.w(after),
                                        )));
                    if joined {
                        Some(ctx.words[si - 2].end)
                    } else if tail || semicolon {
                        Some(ctx.words[si - 1].end)
                    } else {
                        None
                    }
                }
                // `Vask said the pier was closed, according to two
                // workers`: the source of the whole report ends the
                // content (not `…, according to the rules, was closed`).
                Shape::According => {
                    let comma = ctx.gap(ci).contains(',');
                    let last = !ctx
                        .text
                        .get(c.span.end..body.end.max(c.span.end))
                        .is_some_and(|t| t.contains(','));
                    (comma && last && ci >= 2 + b0).then(|| ctx.words[ci - 1].end)
                }
            }
        });
    cut.map_or(body, |end| Span::new(body.start, end))
}

/// `Vask denied the leak, with Lu going on air to defend him`,
/// `… to open its books, and Gov. Ana Brask blamed the owners`: the
/// content ends before a clause joined by a comma and a conjunction whose
/// subject is a personal pronoun or a named person or organisation
/// followed by a lower-case word (its verb), cue or not.
pub(super) fn before_joined_clause(ctx: &Ctx, body: Span) -> Span {
    // (A content with no comma and no dash has no joining gap: one search
    // spares the walk over its words. `0xE2` opens `—` and `–`, and the
    // curly quote marks too, which only send a content on to the walk.)
    if memchr::memchr3(b',', b'-', 0xE2, body.of(ctx.text).as_bytes()).is_none() {
        return body;
    }
    let (b0, b1) = (ctx.word_from(body.start), ctx.word_until(body.end));
    let cut = (b0 + 3..b1.saturating_sub(2)).find(|&j| {
        // (The word before its gap: a word is cheaper to look up.)
        let with = ctx.w(j).eq_ignore_ascii_case("with");
        if !(with || is_in(CLAUSE_JOINERS, ctx.w(j))) || !joining_gap(ctx.gap(j)) {
            return false;
        }
        // The subject: a pronoun, or a mention starting at the next word.
        let next = ctx.words[j + 1];
        let subject_end = if is_in(&["he", "she", "they", "we", "i"], ctx.w(j + 1)) {
            Some(j + 1)
        } else {
            // (A mention may follow a capitalised title: `with Sen. Ana
            // Brask calling …`.)
            let m = ctx.mentions.partition_point(|m| m.span.start < next.start);
            ctx.mentions[m..(m + 3).min(ctx.mentions.len())]
                .iter()
                .find(|m| {
                    let mi = ctx.word_from(m.span.start);
                    matches!(m.kind, MentionKind::Person | MentionKind::Institution)
                        && mi <= j + 3
                        && (j + 1..mi).all(|k| is_capitalised(ctx.w(k)))
                })
                .map(|m| ctx.word_until(m.span.end) - 1)
        };
        let Some(e) = subject_end else { return false };
        // (Past an adverb: `she also insisted`.)
        let mut verb = e + 1;
        while verb + 1 < b1 && (is_adverb(ctx.w(verb)) || ctx.w(verb) == "also") {
            verb += 1;
        }
        verb < b1
            && !ctx.hard(verb)
            && !ctx.gap(verb).contains(',')
            && ctx.w(verb).starts_with(|c: char| c.is_lowercase())
            && !is_in(STOP, ctx.w(verb))
            && (!with || ctx.w(verb).ends_with("ing"))
    });
    cut.map_or(body, |j| Span::new(body.start, ctx.words[j - 1].end))
}

/// A gap before a conjunction that joins a clause of its own: a comma, or
/// a dash (`… only in winter - but she argued …`).
fn joining_gap(g: &str) -> bool {
    // (Most gaps are one space, which joins nothing: this is asked of
    // every word of every reported content.)
    g != " " && (g.contains(',') || matches!(g.trim(), "-" | "—" | "–"))
}

/// Verbs of thought, wish and feeling: after `and` inside reported
/// content they go on with that content (`… was tired and wanted to
/// rest`) rather than open a statement of their own.
const ATTITUDE_LEMMAS: &Words = &Words::new(&[
    "want", "think", "hope", "believe", "feel", "know", "expect", "wish", "fear", "plan", "seek",
    "worry", "like", "intend",
]);

/// Verbs of evidence: what a poll, a figure or a finding shows.
const EVIDENCE_LEMMAS: &Words = &Words::new(&["show", "find", "indicate"]);

/// Cues that take an infinitive (`declined to comment`, `vowed to
/// stay`): what they report follows them.
const INFINITIVE_LEMMAS: &Words = &Words::new(&[
    "want", "refuse", "decline", "plan", "threaten", "promise", "pledge", "vow", "continue",
    "seek", "hope", "agree", "intend", "offer", "urge",
]);

/// The forms of `be` before a passive participle (`was asked`, `is
/// expected to`).
const BE_FORMS: &Words = &Words::new(&["is", "was", "were", "are", "been", "being", "be"]);

/// Conjunctions that join a clause with a subject of its own after a comma
/// (`…, and Vask vowed …`, `…, while Lu said …`).
const CLAUSE_JOINERS: &Words =
    &Words::new(&["and", "but", "while", "although", "though", "whereas"]);

/// Words that open a short time or place phrase between a parenthetical
/// cue and its comma (`Vask said on Tuesday, …`).
const SHORT_PHRASE_OPENERS: &Words = &Words::new(&[
    "on",
    "in",
    "at",
    "last",
    "yesterday",
    "today",
    "this",
    "earlier",
]);

/// Finite auxiliaries: after a comma, the verb of a main clause that a
/// relative clause set off by commas interrupted.
pub(super) const AUXILIARIES: &Words = &Words::new(&[
    "is",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
    "did",
    "does",
    "do",
    // (Negated, with either apostrophe.)
    "isn't",
    "wasn't",
    "weren't",
    "aren't",
    "hasn't",
    "haven't",
    "hadn't",
    "won't",
    "wouldn't",
    "can't",
    "couldn't",
    "shouldn't",
    "didn't",
    "doesn't",
    "don't",
    "isn’t",
    "wasn’t",
    "weren’t",
    "aren’t",
    "hasn’t",
    "haven’t",
    "hadn’t",
    "won’t",
    "wouldn’t",
    "can’t",
    "couldn’t",
    "shouldn’t",
    "didn’t",
    "doesn’t",
    "don’t",
]);

/// Words that open what was asked, urged or told after the addressee.
const ADDRESSEE_OPENERS: &Words = &Words::new(&[
    "to", "for", "about", "if", "whether", "not", "how", "why", "what", "when", "where",
]);

/// Prepositions that open a passive agent, a place or a time after a verb,
/// never what was said: `reported by the Post`, `wrote from Ohio`, `testified
/// before the panel`, `posted after the debate`.
const ADJUNCT_PREPOSITIONS: &Words = &Words::new(&[
    "by", "from", "at", "before", "after", "along", "over", "under", "during", "via", "across",
    "in", "through", "on",
]);

/// Longest content (in words) that [`adjunct_only`] may drop: longer content
/// after such a preposition often holds a clause (`said at a rally that …`).
const MAX_ADJUNCT_WORDS: usize = 6;

/// `The story was first reported by a local station.` / `Vask wrote on
/// his blog from Ohio.`: the words after the cue are one short phrase
/// opening with a preposition of [`ADJUNCT_PREPOSITIONS`], no statement.
/// (`called for a moratorium`, `agreed with the analysis` keep theirs:
/// `for` and `with` open what was called for or agreed with.)
/// Also any content that opens with the particle of a phrasal verb (`showed
/// up in Portland`, `called off the vote`, `think twice before …`).
fn adjunct_only(ctx: &Ctx, body: Span) -> bool {
    let (a, b) = (ctx.word_from(body.start), ctx.word_until(body.end));
    // (`called on the council to act` is what was called for.)
    let called_on =
        ctx.w(a).eq_ignore_ascii_case("on") && (a..b).any(|k| ctx.w(k).eq_ignore_ascii_case("to"));
    a < b
        && (b - a <= MAX_ADJUNCT_WORDS && is_in(ADJUNCT_PREPOSITIONS, ctx.w(a)) && !called_on
            || is_in(PHRASAL_PARTICLES, ctx.w(a)))
}

/// Whether a word after `to` opens the one addressed (`wrote to him`, `to
/// the board`, `to Vask`), not an infinitive.
fn addressed(w: &str) -> bool {
    is_in(&["him", "her", "them", "me", "us", "reporters"], w)
        || is_in(PHRASE_DETERMINERS, w)
        || is_capitalised(w)
}

/// The last word of the one addressed by `told` and kin when no `that`
/// or opener follows: one word (`told reporters he …`), a determiner and
/// its name (`told the Dayton Courier he …`), or a whole name
/// (`advised Arizona Sen. Mara Vask he …`), with a programme or paper
/// after a possessive (`told Harbour Radio 4's Morning programme he …`).
/// `None` when nothing said follows: the object is a phrase (`advised Ana
/// Brask's 2008 campaign`, `warned Vask, the pilot`).
fn addressee_end(ctx: &Ctx, from: usize, s_end: usize) -> Option<usize> {
    let name_word = |k: usize| {
        let w = ctx.w(k);
        is_capitalised(w) || w.starts_with(|c: char| c.is_ascii_digit())
    };
    let joins = |k: usize| matches!(ctx.gap(k), " " | ". ");
    // Capitalised words from `k` on (and `of`, `at`, `with` between them:
    // `Breakfast with Frost`), up to a few.
    let name_run = |mut k: usize| {
        let first = k;
        while k + 1 < s_end && joins(k + 1) && k - first < 6 && !is_possessive(ctx.w(k)) {
            if name_word(k + 1) {
                k += 1;
            } else if k + 2 < s_end
                && name_word(k)
                && is_in(&["of", "at", "with"], ctx.w(k + 1))
                && joins(k + 2)
                && name_word(k + 2)
            {
                k += 2;
            } else {
                break;
            }
        }
        k
    };
    let mut k = from;
    if is_in(&["the", "a", "an"], ctx.w(k)) && k + 1 < s_end {
        k = name_run(k + 1);
    } else if name_word(k) {
        k = name_run(k);
    }
    if is_possessive(ctx.w(k)) {
        let owner = k;
        if k + 1 < s_end && joins(k + 1) && ctx.w(k + 1) == "the" {
            k += 1;
        }
        if k + 1 < s_end && joins(k + 1) && is_capitalised(ctx.w(k + 1)) {
            k = name_run(k + 1);
        }
        if k + 1 < s_end && joins(k + 1) && is_in(MEDIA_NOUNS, ctx.w(k + 1)) {
            k += 1;
        }
        if k == owner || !is_capitalised(ctx.w(k)) && !is_in(MEDIA_NOUNS, ctx.w(k)) {
            return None;
        }
    }
    // (A colon introduces what was said: `told the Tolven Post: "…"`.)
    if k + 1 >= s_end || ctx.gap(k + 1).contains([',', ';']) {
        return None;
    }
    Some(k)
}

/// Most words between a cue and the colon that ends its paragraph for a
/// block quote to follow (`said at the harbour meeting in spring:`).
const MAX_BLOCK_CUE_TAIL: usize = 8;

/// Fewest words a block quote paragraph holds: a shorter one is a list
/// item or a subhead (`New ferries for the north route.`).
const MIN_BLOCK_WORDS: usize = 8;

/// The paragraph after a cue whose sentence ends its paragraph with a
/// colon (`Vask added:`, `she said at the harbour meeting in spring:`), when it
/// opens with no quote mark (a quotation there is `colon_intro`'s), no
/// list mark and no label of its own (`BRASK: …`), and holds at least
/// [`MIN_BLOCK_WORDS`] words.
fn block_quote(ctx: &Ctx, c: &Cue, sent: Span) -> Option<Span> {
    let text = ctx.text;
    let tail = text[c.span.end..sent.end].trim_end();
    let colon = c.span.end + tail.strip_suffix(':')?.len();
    if tail.contains([',', ';', '"', '“', '”'])
        || words(&text[c.span.end..colon]).len() > MAX_BLOCK_CUE_TAIL
    {
        return None;
    }
    let (i, p) = ctx.paragraph(c.span.start)?;
    if !text[colon + 1..p.end].trim().is_empty() {
        return None;
    }
    let next = *ctx.segments.paragraphs.get(i + 1)?;
    let body = next.of(text).trim_start();
    let first_word = body.split_whitespace().next()?;
    // (A label of capitalised words and a colon opens a transcript line
    // or a headline, `BRASK: …`, `Ana Brask: …`.)
    let label = body
        .split_whitespace()
        .take(3)
        .take_while(|w| w.starts_with(char::is_uppercase))
        .any(|w| w.ends_with(':'));
    if body.starts_with(|ch: char| is_open_mark(ch) || "-–—•*(".contains(ch))
        || first_word
            .trim_end_matches(['.', ')'])
            .bytes()
            .all(|b| b.is_ascii_digit())
        || label
    {
        return None;
    }
    let span = Span::new(next.end - body.len(), next.end).trim(text);
    (words(span.of(text)).len() >= MIN_BLOCK_WORDS).then_some(span)
}

/// The first word of what was said when the words `from..=k` that
/// [`addressee_end`] took for the one addressed hold its subject: a finite
/// verb right after them (`warned the ferry would stop`: no addressee;
/// `told the Courier Mr. Vask was …`: the subject is the person or the
/// honorific and name that end the run, or what follows a person or
/// institution that opens it: `told Reuters Tolven Marine was …`), or,
/// after a verb whose addressee
/// may be left out (`warn`, `advise`), a bare lower-case noun or two
/// before one (`warned ferry fares will rise`; not `told reporters fares
/// will rise`). `None` when the run is the addressee.
fn subject_after_addressee(
    ctx: &Ctx,
    lemma: &str,
    from: usize,
    k: usize,
    s_end: usize,
) -> Option<usize> {
    let verb_at = |j: usize| j < s_end && ctx.gap(j) == " " && is_in(AUXILIARIES, ctx.w(j));
    if verb_at(k + 1) {
        let end = ctx.words[k].end;
        let named = (from + 1..=k).find(|&j| {
            is_in(&["Mr", "Mrs", "Ms", "Dr"], ctx.w(j))
                || ctx
                    .mentions_at(ctx.words[j].start)
                    .any(|m| m.kind == MentionKind::Person && m.span.end == end)
        });
        // (Else past a person or institution the run opens with: `told
        // Reuters Tolven Marine was …`.)
        let lead = if ctx.w(from) == "the" { from + 1 } else { from };
        let addressee = ctx
            .mentions_at(ctx.words[lead].start)
            .filter(|m| matches!(m.kind, MentionKind::Person | MentionKind::Institution))
            .map(|m| ctx.word_until(m.span.end))
            .find(|&j| j <= k);
        return Some(named.or(addressee).unwrap_or(from));
    }
    let bare = |j: usize| {
        let w = ctx.w(j);
        w.bytes().all(|b| b.is_ascii_lowercase())
            && !is_in(PERSONAL_PRONOUNS, w)
            && !is_in(PHRASE_DETERMINERS, w)
            && !is_in(
                &["reporters", "voters", "supporters", "members", "people"],
                w,
            )
    };
    let nouns_then_verb = k == from
        && bare(from)
        && (from + 1..s_end.min(from + 3))
            .take_while(|&j| ctx.gap(j) == " ")
            .find(|&j| !bare(j) || is_in(AUXILIARIES, ctx.w(j)))
            .is_some_and(|j| j > from + 1 && is_in(AUXILIARIES, ctx.w(j)));
    (is_in(&["warn", "advise"], lemma) && nouns_then_verb).then_some(from)
}

/// Nouns for a programme or paper after its owner's name (`told the
/// BBC's Today programme`).
const MEDIA_NOUNS: &Words = &Words::new(&[
    "programme",
    "program",
    "show",
    "newspaper",
    "paper",
    "website",
    "channel",
    "station",
    "podcast",
    "magazine",
]);

/// The subject of an absolute phrase that opens at `with` after a comma
/// (or at the sentence start) and runs without a break to the participle
/// at `ci`: `…, with many skippers saying S`, `With the union calling her
/// "…"`. Up to six words.
fn with_phrase(ctx: &Ctx, s_first: usize, ci: usize) -> Option<Span> {
    let floor = s_first.max(ci.saturating_sub(7));
    let k = (floor..ci)
        .rev()
        .find(|&k| ctx.w(k).eq_ignore_ascii_case("with"))?;
    let set_off = k == s_first || ctx.gap(k).contains(',');
    let plain = (k + 1..=ci).all(|j| ctx.gap(j) == " ")
        && (k + 1..ci).all(|j| {
            let w = ctx.w(j);
            !is_in(AUXILIARIES, w) && !is_in(&["that", "by", "and", "or"], w)
        });
    // (An adverb before the participle is no part of the subject: `with
    // Vask recently calling …`.)
    let mut last = ci - 1;
    while last > k + 1 && is_adverb(ctx.w(last)) {
        last -= 1;
    }
    (set_off && plain && k + 1 < ci).then(|| Span::new(ctx.words[k + 1].start, ctx.words[last].end))
}

/// Whether word `k` opens a clause of the sentence starting at word
/// `s_first`: the sentence start, after a colon, or after an opening `But`,
/// `And`, `Yet` or `So`.
fn opens_clause(ctx: &Ctx, s_first: usize, k: usize) -> bool {
    k == s_first
        || k > s_first && ctx.gap(k).trim() == ":"
        || k == s_first + 1
            && ctx.gap(k) == " "
            && is_in(&["but", "and", "yet", "so"], ctx.w(s_first))
}

/// A participle that opens its sentence reports the main clause's subject:
/// `Noting that the port lost money, Tolven urged a vote` → (`the port
/// lost money`, `Tolven`). What follows the participle (words `ce..`) up to
/// the first comma is what was said, unless it opens with a preposition of
/// place or topic; a name or pronoun and a verb follow the comma.
fn opening_participle(ctx: &Ctx, cues: &[Cue], ce: usize, s_end: usize) -> Option<(Span, Span)> {
    let from = if ce < s_end && ctx.w(ce) == "that" {
        ce + 1
    } else {
        ce
    };
    let comma = opening_comma(ctx, from, s_end)?;
    // (`Writing in the Ledger, Vask said …`, `Speaking on the delay, …`:
    // a phrase of place or topic says nothing.)
    if is_in(ADJUNCT_PREPOSITIONS, ctx.w(from)) {
        return None;
    }
    let sp = clause_subject(ctx, comma, s_end, false)?;
    // (Not when the main clause is only a reporting tail: in `Agreeing to
    // pay did not mean guilt, the board said.` the participle is the
    // subject of what the board said.)
    let after = ctx.word_until(sp.end);
    let tail = cues_in(
        cues,
        ctx.words[after.min(s_end - 1)].start,
        ctx.words[s_end - 1].end,
    )
    .iter()
    .any(|c| {
        c.shape == Shape::Verb
            && ctx.word_from(c.span.start) <= after + 1
            && ctx.word_until(c.span.end) + 1 >= s_end
    });
    if tail {
        return None;
    }
    let body = content_min(ctx, ctx.words[from].start, ctx.words[comma - 1].end, 2)?;
    Some((body, sp))
}

/// What was asked in a sentence that opens with `Asked` (or `When asked`,
/// `If asked`, …), up to the comma before the main clause: `Asked which
/// county he liked best, Vask demurred` → `which county he liked best`;
/// `Asked about the fares, …` → `the fares`. The cue is words `ci..ce`.
fn asked_opening(ctx: &Ctx, ci: usize, ce: usize, s_first: usize, s_end: usize) -> Option<Span> {
    let opens = ci == s_first && ctx.w(ci) == "Asked"
        || ci == s_first + 1 && ctx.w(ci) == "asked" && asked_after(ctx, ci);
    if !opens {
        return None;
    }
    let from = asked_topic(ctx, ce, s_end)?;
    let comma = opening_comma(ctx, from, s_end)?;
    content_min(ctx, ctx.words[from].start, ctx.words[comma - 1].end, 1)
}

/// What was asked in a `when asked` (or `if asked`, …) clause later in the
/// sentence: after the main clause, to the sentence end (`"Never," Vask
/// said when asked whether fares would rise.` → `whether fares would rise`), or, set off by a
/// comma before it or after an opening conjunction, up to the comma that
/// closes it (`But when asked about the fares, Vask …`).
fn asked_closing(
    ctx: &Ctx,
    cues: &[Cue],
    ci: usize,
    ce: usize,
    s_first: usize,
    s_end: usize,
) -> Option<Span> {
    if ci < s_first + 2 || ctx.w(ci) != "asked" || !asked_after(ctx, ci) {
        return None;
    }
    let from = asked_topic(ctx, ce, s_end)?;
    let sub = ci - 1;
    let opening = ctx.gap(sub).contains([',', '\n'])
        || sub == s_first + 1
            && is_in(
                &["but", "and", "yet", "so", "later", "then"],
                ctx.w(s_first),
            );
    // (Closing, it still ends before a clause joined by a comma: `… when
    // asked, but the board …`.)
    // (Set off by commas after its subject, it ends before the main verb:
    // `Vask, when asked whether …, replied: "…"`.)
    let end = if opening {
        opening_comma(ctx, from, s_end)?
    } else {
        (from + 1..s_end)
            .find(|&k| {
                let g = ctx.gap(k);
                g.contains(',') && is_in(CLAUSE_JOINERS, ctx.w(k))
                    || g.contains([':', '"', '“'])
                    || !cues_in(cues, ctx.words[k].start, ctx.words[k].end).is_empty()
            })
            .unwrap_or(s_end)
    };
    content_min(ctx, ctx.words[from].start, ctx.words[end - 1].end, 2)
}

/// What was asked of the subject of a passive `asked` with no `by` (`Vask
/// was asked about the fares`, `she was also asked whether …`): the topic
/// ([`asked_topic`]) to the end of the clause. Not a request (`was asked
/// to …`), nor a question put to someone named after `by`.
fn asked_passive(
    ctx: &Ctx,
    cues: &[Cue],
    ci: usize,
    ce: usize,
    s_first: usize,
    s_end: usize,
) -> Option<Span> {
    let mut b = ci.checked_sub(1).filter(|&b| b >= s_first)?;
    if b > s_first && is_adverb(ctx.w(b)) {
        b -= 1;
    }
    if ctx.w(ci) != "asked" || !is_in(BE_FORMS, ctx.w(b)) || ce >= s_end || ctx.w(ce) == "to" {
        return None;
    }
    let from = asked_topic(ctx, ce, s_end)?;
    let mut end = (from + 1..s_end)
        .find(|&k| {
            let g = ctx.gap(k);
            g.contains([',', ';', ':', '"', '“'])
                || !cues_in(cues, ctx.words[k].start, ctx.words[k].end).is_empty()
        })
        .unwrap_or(s_end);
    // (Before `and` that joins the subject's next verb: `was asked about
    // it and said …`.)
    if end < s_end && end > from + 1 && is_in(&["and", "but"], ctx.w(end - 1)) {
        end -= 1;
    }
    content_min(ctx, ctx.words[from].start, ctx.words[end - 1].end, 2)
}

/// `when asked`, `if asked`, …: the subordinator right before the passive
/// `asked` at word `ci`.
fn asked_after(ctx: &Ctx, ci: usize) -> bool {
    is_in(&["when", "if", "after", "once", "while"], ctx.w(ci - 1)) && ctx.gap(ci) == " "
}

/// The first word of what was asked after the passive `asked` ending at
/// word `ce`: past a time phrase (`asked on Monday whether …`) and the
/// preposition of the topic (`asked about the fares`). `None` when nothing
/// follows, or when `by` names the one who asked (`Asked by Ana Brask
/// whether …`, read by [`asked_by`]).
fn asked_topic(ctx: &Ctx, ce: usize, s_end: usize) -> Option<usize> {
    if ce >= s_end || ctx.w(ce) == "by" {
        return None;
    }
    let from = ce + time_phrase_len(ctx, ce, s_end);
    // (`asked in May if …`: a short phrase of time before the question.)
    let question = [
        "whether", "if", "why", "how", "what", "which", "who", "where",
    ];
    let from = match (from + 1..s_end.min(from + 4))
        .take_while(|&k| ctx.gap(k) == " ")
        .find(|&k| is_in(&question, ctx.w(k)))
    {
        Some(q)
            if is_in(
                &["in", "on", "at", "during", "last", "earlier"],
                ctx.w(from),
            ) =>
        {
            q
        }
        _ => from,
    };
    let from = if from + 1 < s_end && is_in(&["about", "on"], ctx.w(from)) && ctx.gap(from) == " " {
        from + 1
    } else {
        from
    };
    (from < s_end).then_some(from)
}

/// The comma that closes an opening clause starting at word `from`
/// (`Asked which county …,`, `Noting that …,`): the first within
/// [`MAX_OPENING_WORDS`] words, before any hard break, `;` or `:`.
fn opening_comma(ctx: &Ctx, from: usize, s_end: usize) -> Option<usize> {
    (from + 1..s_end.min(from + MAX_OPENING_WORDS))
        .take_while(|&k| !ctx.hard(k) && !ctx.gap(k).contains([';', ':']))
        .find(|&k| ctx.gap(k).contains(','))
}

/// Words of an opening clause (`Asked …, Vask said`, `Noting that …,
/// Vask urged`): past them, no comma closes it.
const MAX_OPENING_WORDS: usize = 30;

/// `body` cut at the comma that closes a relative clause, when a main verb
/// follows it: the first comma after which comes a lower-case word that
/// opens no clause or phrase of its own and reads as a finite verb (an
/// auxiliary, a cue, a form in `-ed` or `-s`: `… Brask, spoke first` → `…
/// Brask`; not `a generous, magnanimous man`). `None` when there is no
/// such comma.
fn before_main_verb(ctx: &Ctx, cues: &[Cue], body: Span) -> Option<Span> {
    /// Common irregular past forms a main verb takes (`…, spoke first`).
    const IRREGULAR_PAST: &Words = &Words::new(&[
        "spoke", "went", "came", "took", "made", "gave", "won", "lost", "ran", "left", "met",
        "led", "got", "became", "began", "held", "kept", "stood", "sat", "saw", "thought",
        "brought", "wrote", "found", "chose", "drew", "grew", "knew", "rose", "fell", "sent",
        "spent", "built", "paid", "sold", "heard", "felt", "meant", "put", "set", "cut",
    ]);
    const CONTINUES: &Words = &Words::new(&[
        "and",
        "but",
        "or",
        "nor",
        "which",
        "who",
        "whose",
        "where",
        "when",
        "while",
        "including",
        "as",
        "so",
        "because",
        "although",
        "though",
        "if",
        "that",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "this",
        "these",
        "those",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "there",
        "not",
        "even",
        "especially",
        "such",
        "then",
        "according",
        "saying",
    ]);
    let (a, b) = (ctx.word_from(body.start), ctx.word_until(body.end));
    let k = (a + 1..b).find(|&k| {
        let w = ctx.w(k);
        let verb = is_in(AUXILIARIES, w)
            || is_in(IRREGULAR_PAST, w)
            || w.ends_with("ed")
            || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous")
            || cues_in(cues, ctx.words[k].start, ctx.words[k].end)
                .iter()
                .any(|c| c.shape != Shape::Participle);
        ctx.gap(k).trim() == ","
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !is_in(CONTINUES, w)
            && !is_adverb(w)
            && verb
    })?;
    content_min(ctx, body.start, ctx.words[k - 1].end, 1)
}

/// Particles that make a cue verb a different verb (`show up`, `call off`).
const PHRASAL_PARTICLES: &Words = &Words::new(&["up", "off", "twice", "into"]);

/// Whether a quote opens inside reported content and closes after it: the
/// segmenter ended the sentence at a period inside the quote (`He said
/// reform "is a question of timing. It is not a question of will."`). The quote
/// is the quoted part of that statement (the content is widened to it
/// below), not a continuation of an earlier speaker.
/// `reported` is sorted by start.
pub(super) fn opens_in_reported(reported: &[Quote], q: &Quoted) -> bool {
    let k = reported.partition_point(|r| r.span.start < q.open.start);
    reported[k.saturating_sub(4)..k]
        .iter()
        .any(|r| q.open.start < r.span.end && q.span.end > r.span.end)
}

/// Whether a quotation is all of a reported content: nothing but closing
/// marks and punctuation follows it inside the content.
pub(super) fn whole_content(text: &str, q: &Quoted, content: Span) -> bool {
    q.span.end >= content.end
        || text[q.span.end..content.end]
            .chars()
            .all(|c| !c.is_alphanumeric())
}

/// Lemmas whose reported speech is kept even inside other reported content:
/// `He said that Jones told reporters …` reports what Jones said, but
/// `She said he wants to leave` and `Polls show voters think …` report no
/// second statement of their own.
const NESTED_LEMMAS: &Words = &Words::new(&["say", "according to", "argue"]);

/// Drop reported speech whose cue lies inside other reported content
/// (`Lu said Beijing wants to work more with Seoul`: `wants` is part of
/// what Lu said, not a second quote), unless its cue is a plain speech verb
/// ([`NESTED_LEMMAS`]) or a participle (not one of evidence, `…, showing
/// a gap` is part of the content, unless right after its source: `a
/// survey showing …`). `reported` is sorted by start.
pub(super) fn drop_nested(reported: &mut Vec<Quote>, cues: &[Cue]) {
    let nested: Vec<bool> = reported
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let Some(cue) = r.cue else { return false };
            // (A participle of evidence right after its source stays: `…
            // with a survey showing S`.)
            let after_source = r
                .speaker
                .as_ref()
                .is_some_and(|s| cue.start <= s.span.end + 1);
            let keep_anyway = cues_in(cues, cue.start, cue.start + 1).iter().any(|c| {
                c.shape != Shape::Verb && (after_source || !is_in(EVIDENCE_LEMMAS, &c.lemma))
                    || is_in(NESTED_LEMMAS, &c.lemma)
            });
            if keep_anyway {
                return false;
            }
            // Contents are sorted by start: only those starting before the
            // cue can hold it, and they lie in the same sentence.
            let k = reported.partition_point(|o| o.span.start <= cue.start);
            reported[k.saturating_sub(8)..k]
                .iter()
                .enumerate()
                .any(|(j, o)| {
                    k.saturating_sub(8) + j != i
                        && o.span.contains(cue)
                        && !o.cue.is_some_and(|oc| r.span.contains(oc))
                })
        })
        .collect();
    let mut i = 0;
    reported.retain(|_| {
        i += 1;
        !nested[i - 1]
    });
}

/// The first word of the noun phrase ending in word `noun`: its determiner
/// or possessive at most four words back (`the new state poll`, `Vask's
/// Tuesday speech`), with no comma, hard break or cue between, not before
/// word `floor`.
fn noun_phrase_start(ctx: &Ctx, floor: usize, noun: usize, cues: &[Cue]) -> Option<usize> {
    let det = (noun.saturating_sub(4).max(floor)..noun).rev().find(|&k| {
        let w = ctx.w(k);
        is_in(PHRASE_DETERMINERS, w)
            || w.eq_ignore_ascii_case("this")
            || w.len() >= 2 && w.as_bytes()[w.len() - 2..].eq_ignore_ascii_case(b"'s")
    })?;
    let clean = (det + 1..=noun).all(|j| !ctx.hard(j) && !ctx.gap(j).contains(','))
        && cues_in(cues, ctx.words[det].start, ctx.words[noun].start).is_empty();
    clean.then_some(det)
}

/// Prepositions before a document phrase that make it no subject's object.
const FRAME_PREPOSITIONS: &Words = &Words::new(&[
    "in", "on", "at", "with", "from", "of", "to", "by", "for", "after", "during", "about",
]);

/// Whose a document is when a participle right after it reports what it
/// says (`… a statement saying S`): the person or institution named in its
/// phrase (`Vask's Tuesday speech denouncing`, `a Brask tweet attacking`:
/// that name), else the subject of the verb whose object it
/// is (`Brask's team sent out a memo stressing`, `the harbour board
/// issued a statement calling`). None when the phrase follows a
/// preposition (`in his speech praising`, `in the Brask release
/// announcing`): [`subject_of`] decides then.
fn document_owner(
    ctx: &Ctx,
    floor: usize,
    noun: usize,
    cues: &[Cue],
) -> Option<(Span, Option<MentionIdx>)> {
    let mut det = noun_phrase_start(ctx, floor, noun, cues)?;
    // (A possessive opens the phrase with its whole name: `Oren Vask's`.)
    if is_possessive(ctx.w(det)) {
        while det > floor + 1
            && is_capitalised(ctx.w(det - 1))
            && ctx.gap(det).trim().is_empty()
            && !ctx.hard(det)
        {
            det -= 1;
        }
    }
    // (After a preposition the phrase is a frame or a complement: `in the
    // Brask release announcing …, Vask described …` is no speaker's.)
    if det > floor && is_in(FRAME_PREPOSITIONS, ctx.w(det - 1)) {
        return None;
    }
    let phrase = Span::new(ctx.words[det].start, ctx.words[noun].end);
    let ms = ctx.mentions;
    let k = ms.partition_point(|m| m.span.start < phrase.start);
    if let Some(i) = (k..ms.len())
        .take_while(|&i| ms[i].span.start < phrase.end)
        .find(|&i| {
            matches!(ms[i].kind, MentionKind::Person | MentionKind::Institution)
                && ms[i].span.end < phrase.end
        })
    {
        return Some((ms[i].span, Some(i)));
    }
    // The verb before the phrase, past a particle (`sent out`, `put out`).
    let mut verb = det.checked_sub(1).filter(|&v| v > floor)?;
    if is_in(&["out", "up", "off"], ctx.w(verb)) && !ctx.gap(verb).contains(',') {
        verb = verb.checked_sub(1).filter(|&v| v > floor)?;
    }
    let v = ctx.w(verb);
    let verb_like = v.ends_with("ed") || is_in(&["put", "sent", "made", "gave", "wrote"], v);
    if !verb_like || is_capitalised(v) || ctx.hard(verb + 1) || ctx.gap(verb + 1).contains(',') {
        return None;
    }
    Some((np_before(ctx, verb, ctx.words[floor].start)?, None))
}

/// The speaker a participle (`…, saying S`, `…, telling CNN: "…"`) continues:
/// the speaker of a finite cue earlier in the sentence (`"…," he said,
/// adding that …`), else the sentence subject — its first words, a pronoun
/// or a capitalised run, or after an opening adverbial the first such
/// phrase after one of its commas. `The bill passed, saying …` has no such
/// subject and gets none rather than a guess.
pub(super) fn subject_of(ctx: &Ctx, sent: Span, participle: usize, cues: &[Cue]) -> Option<Span> {
    // The speaker of the sentence's first finite cue (the main clause's:
    // in `Vask said he didn't believe it, arguing …` not `believe`'s),
    // unless a finite cue closes the clause right before the participle
    // (`S, a clerk said, adding …`, `"…," said Lu, adding …`): the main
    // clause then ends the statement, and a cue inside S is not it.
    let before = cues_in(cues, sent.start, ctx.words[participle].start);
    let finite = |c: &&Cue| c.shape == Shape::Verb && c.span.end <= ctx.words[participle].start;
    let closing = before.iter().rev().find(finite).filter(|c| {
        let ce = ctx.word_until(c.span.end);
        // (A name after the cue only for a speech verb that inverts:
        // `…, who backs Vask, adding` is `who`'s `backs` and its object.)
        ctx.w(participle).ends_with("ing")
            && ctx.gap(participle).contains(',')
            && (ce == participle
                || participle <= ce + 3
                    && is_in(INVERTING_LEMMAS, &c.lemma)
                    && (ce..participle).all(|j| !ctx.hard(j) && is_capitalised(ctx.w(j))))
    });
    let earlier = closing.or_else(|| before.iter().find(finite));
    if let Some(c) = earlier {
        let ci = ctx.word_from(c.span.start);
        let ce = ctx.word_until(c.span.end);
        // (After the cue only for a speech verb that inverts: `"…," said
        // Lu, adding …`; after `proposed` comes its object.)
        let after = || {
            is_in(INVERTING_LEMMAS, &c.lemma)
                .then(|| np_after(ctx, ce, ctx.words[participle].start))
                .flatten()
        };
        if let Some(sp) = np_before(ctx, ci, sent.start).or_else(after) {
            return Some(sp);
        }
    }
    // `Back at the pier she began by saying, "…"`: the subject of the verb
    // that `by` follows.
    if participle >= 2
        && ctx.w(participle - 1) == "by"
        && !ctx.hard(participle - 1)
        && !ctx.gap(participle - 1).contains(',')
        && ctx
            .w(participle - 2)
            .starts_with(|c: char| c.is_lowercase())
        && !is_in(STOP, ctx.w(participle - 2))
    {
        if let Some(sp) = np_before(ctx, participle - 2, sent.start) {
            return Some(sp);
        }
    }
    // `…, with Vask reportedly yelling: "…"`: the participle's own subject.
    let mut k = participle;
    while k > 0 && (is_adverb(ctx.w(k - 1)) || between(ctx.w(k - 1))) {
        k -= 1;
    }
    let with = (k.saturating_sub(5).max(ctx.word_from(sent.start))..k)
        .rev()
        .find(|&j| ctx.w(j).eq_ignore_ascii_case("with"));
    if let Some(w) = with {
        let name = w + 1..k;
        if !name.is_empty()
            && name
                .clone()
                .all(|j| is_capitalised(ctx.w(j)) && !ctx.hard(j))
            && !ctx.gap(k).contains(',')
        {
            return Some(Span::new(ctx.words[w + 1].start, ctx.words[k - 1].end));
        }
    }
    // `footage of Ana Brask asking, "…"`: a person named right before the
    // participle is its subject.
    if k > 0 && k == participle && !ctx.gap(k).contains([',', ';']) && !ctx.hard(k) {
        let prev = ctx.words[k - 1];
        // (Mentions are in text order: look back from the word's end.)
        let upto = ctx.mentions.partition_point(|m| m.span.start < prev.end);
        let person = ctx.mentions[upto.saturating_sub(4)..upto]
            .iter()
            .rev()
            .find(|m| {
                m.kind == MentionKind::Person
                    && m.span.end == prev.end
                    && m.span.start >= sent.start
            });
        if let Some(m) = person {
            return Some(m.span);
        }
    }
    let first = ctx.word_from(sent.start);
    if first >= participle {
        return None;
    }
    opening_subject(ctx, first, participle)
}

/// The speaker of a participle cue at word `ci` right after `by`, `after`,
/// `before` or `while` inside a sentence (`Vask won the seat by arguing
/// that S`, `She closed the meeting after warning that S`): the subject the
/// sentence opens with, when it is a personal pronoun or a person or
/// institution the entity stage found, a lower-case word (its verb) follows
/// it, and one clause runs from there to the preposition (no comma but
/// perhaps one right before it, no word that opens a clause of its own,
/// at most twelve words). Not for a verb of taking sides or of evidence
/// (`by backing Brask`, `after showing`), whose object is no statement, nor
/// for `continue`.
fn adjunct_subject(ctx: &Ctx, c: &Cue, s_first: usize, (ci, ce): (usize, usize)) -> Option<Span> {
    let k = ci.checked_sub(1)?;
    if k <= s_first + 1
        || ctx.gap(ci) != " "
        || !is_in(&["by", "after", "before", "while"], ctx.w(k))
        || is_in(SIDE_LEMMAS, &c.lemma)
        || is_in(EVIDENCE_LEMMAS, &c.lemma)
        || &*c.lemma == "continue"
    {
        return None;
    }
    // (`by claiming the title`, `by agreeing a new contract`: a win or a
    // deal, unless a clause or an infinitive follows.)
    if is_in(&["claim", "agree"], &c.lemma)
        && !(ce < ctx.words.len()
            && (is_in(&["that", "to"], ctx.w(ce)) || is_in(PERSONAL_PRONOUNS, ctx.w(ce))))
    {
        return None;
    }
    let sp = opening_subject(ctx, s_first, k)?;
    let verb = ctx.word_until(sp.end);
    let known = is_in(PERSONAL_PRONOUNS, sp.of(ctx.text))
        || link(ctx, sp).is_some_and(|m| {
            matches!(
                ctx.mentions[m].kind,
                MentionKind::Person | MentionKind::Institution
            )
        });
    let one_clause = verb < k
        && k - verb <= 12
        && ctx.w(verb).starts_with(|ch: char| ch.is_lowercase())
        && (verb + 1..k).all(|j| !ctx.gap(j).contains([',', ';', ':', '(', '—', '–']))
        && (verb..k).all(|j| !is_in(CLAUSE_OPENERS_IN_ADJUNCT, ctx.w(j)));
    (known && one_clause).then_some(sp)
}

/// Words that open a clause of its own between a subject and a participle
/// after a preposition: the participle may be that clause's.
const CLAUSE_OPENERS_IN_ADJUNCT: &Words = &Words::new(&[
    "that", "which", "who", "whom", "what", "when", "because", "if", "as", "and", "but", "or",
    "since", "until", "although", "though", "where", "while", "after", "before",
]);

/// The subject a sentence opens with, before word `end`: its first words (a
/// pronoun or a capitalised run), or after an opening adverbial (`On
/// Sunday, Lu stood at the pulpit, citing …`, `Speaking in Ohio, Lu went
/// after Vask, calling …`) the first name or pronoun after one of its
/// commas that a verb, not another comma, follows.
pub(super) fn opening_subject(ctx: &Ctx, first: usize, end: usize) -> Option<Span> {
    let first = after_dateline(ctx, first, end);
    opening_subject_from(ctx, first, end).or_else(|| {
        // (Else past a leading conjunction or focus adverb: `And then
        // Vask went on the attack, saying …`, `And even Vask tried, noting
        // …`.)
        let conjunction = first + 2 < end
            && is_in(
                &["and", "but", "so", "yet", "then", "even", "only", "also"],
                ctx.w(first),
            )
            && ctx.gap(first + 1) == " ";
        conjunction
            .then(|| opening_subject(ctx, first + 1, end))
            .flatten()
    })
}

/// `TOLVEN, March 3 (HNS) — The union said …`: a dateline (a place in
/// capitals, perhaps a date and an agency in parentheses, then a dash)
/// opening the sentence at word `first` is no part of it; the word after
/// the dash, or `first` when there is no dateline.
fn after_dateline(ctx: &Ctx, first: usize, end: usize) -> usize {
    let caps = |w: &str| w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'.');
    if first >= end || !caps(ctx.w(first)) {
        return first;
    }
    let dash = (first + 1..end.min(first + 8)).find(|&k| {
        let g = ctx.gap(k).trim();
        is_dash(g) || g.strip_prefix(')').is_some_and(|d| is_dash(d.trim_start()))
    });
    match dash {
        Some(k) if (first + 1..k).all(|j| !ctx.w(j).starts_with(|c: char| c.is_lowercase())) => k,
        _ => first,
    }
}

/// [`opening_subject`] with the sentence read from word `first` as is.
fn opening_subject_from(ctx: &Ctx, first: usize, end: usize) -> Option<Span> {
    // (`It's a big if, but Lu was …`: a contracted `it is` is no subject;
    // the clause after the comma has one.)
    let contraction = is_in(
        &[
            "it's",
            "it’s",
            "that's",
            "that’s",
            "there's",
            "there’s",
            "here's",
            "here’s",
        ],
        ctx.w(first),
    );
    if !contraction {
        if let Some(sp) = clause_subject(ctx, first, end, true) {
            return Some(possessor_phrase(ctx, sp, end).unwrap_or(sp));
        }
        // (A description opening the sentence: `The old ferryman
        // opened the meeting …, saying …`.)
        // (Not before a form of `be`: `The trick is whether Vask says …`.)
        if let Some(sp) = described_subject(ctx, first, end, false) {
            return Some(sp);
        }
        if let Some(sp) = described_name(ctx, first, end) {
            return Some(sp);
        }
    }
    // (`An hour later they rowed back, …`: a time phrase with no
    // comma, then a personal pronoun.)
    let timed = (first + 1..end.min(first + 6)).find(|&k| {
        is_in(PERSONAL_PRONOUNS, ctx.w(k))
            && {
                // (`Two days later`, `Last week`, `On Monday`.)
                let w = ctx.w(k - 1);
                is_day(w) || is_in(PERIODS, w) || is_in(&["later", "earlier", "ago", "weekend"], w)
            }
            && (first + 1..=k).all(|j| !ctx.hard(j) && !ctx.gap(j).contains([',', ';', ':']))
    });
    if let Some(k) = timed {
        return Some(ctx.words[k]);
    }
    // (Or a short time phrase: `A week earlier, at a meeting, Vask was
    // blunt, claiming …`.)
    let time_phrase = || {
        let comma = (first + 1..end.min(first + 5)).find(|&k| ctx.gap(k).contains(','));
        comma.is_some_and(|c| {
            (first + 1..c).all(|j| !ctx.hard(j))
                && (first..c).any(|j| {
                    let w = ctx.w(j);
                    is_day(w)
                        || is_in(PERIODS, w)
                        || is_in(&["day", "before", "after", "later", "earlier"], w)
                })
        })
    };
    if !contraction && !adverbial_opener(ctx.w(first)) && !time_phrase() {
        return None;
    }
    (first + 1..end)
        .filter(|&k| ctx.gap(k).contains(',') && !ctx.hard(k))
        .find_map(|k| {
            clause_subject(ctx, k, end, false).or_else(|| described_subject(ctx, k, end, true))
        })
}

/// `The other pilot, harbour chief Ana Brask, stood up at once, saying …`:
/// a short description opening the sentence, then the name it stands for
/// set off by commas (perhaps after a lower-case title), then the verb.
fn described_name(ctx: &Ctx, first: usize, end: usize) -> Option<Span> {
    if !is_in(PHRASE_DETERMINERS, ctx.w(first)) {
        return None;
    }
    let open = (first + 1..end.min(first + 7)).find(|&k| ctx.gap(k).contains(','))?;
    let close = (open + 1..end.min(open + 7)).find(|&k| ctx.gap(k).contains(','))?;
    let clean = |k: usize| !ctx.hard(k) && !ctx.gap(k).contains([';', ':', '"', '“', '”', '(']);
    let name = (open..close).find(|&k| is_capitalised(ctx.w(k)))?;
    // (`Secretary of State Ana Brask`.)
    let in_name = |k: usize| {
        is_capitalised(ctx.w(k))
            || ctx.w(k) == "of" && k + 1 < close && is_capitalised(ctx.w(k + 1))
    };
    let verb = ctx.w(close);
    ((first + 1..close).all(clean)
        && (open..name).all(|k| !is_in(STOP, ctx.w(k)))
        && ctx.gap(open).trim() == ","
        && ctx.gap(close).trim() == ","
        && (name..close).all(in_name)
        && close < end
        && !is_capitalised(verb)
        && !is_in(STOP, verb))
    .then(|| Span::new(ctx.words[name].start, ctx.words[close - 1].end))
}

/// A description as the subject, at the sentence start (`The veteran
/// skipper began by …, saying …`) or after an opening adverbial's comma
/// (`Outside the hall, about 200 dockers gathered, chanting …`): a
/// determiner or a number word, then up to five words to the verb, known
/// by its `-ed` ending, as an auxiliary (`has`; `was` only with `copula`,
/// after an adverbial) or as a common irregular past ([`IRREGULAR_PASTS`]).
fn described_subject(ctx: &Ctx, at: usize, end: usize, copula: bool) -> Option<Span> {
    let lead = ctx.w(at);
    if !(is_in(PHRASE_DETERMINERS, lead) || is_in(&["about", "some", "many"], lead)) {
        return None;
    }
    let verb = (at + 2..end.min(at + 7))
        .take_while(|&k| !ctx.hard(k) && !ctx.gap(k).contains([',', ';', ':']))
        .find(|&k| {
            let w = ctx.w(k);
            w.len() > 3 && w.ends_with("ed") && w.starts_with(|c: char| c.is_lowercase())
                || is_in(&["has", "have", "had"], w)
                || copula && is_in(&["was", "were", "is", "are"], w)
                || is_in(IRREGULAR_PASTS, w)
        })?;
    // (Not a clause of its own before the verb: `The plan and how it
    // works`, `An hour on they said`, `The quarrel turns on
    // words Lu used`.)
    if (at + 1..verb).any(|k| {
        is_in(PERSONAL_PRONOUNS, ctx.w(k))
            || is_in(&["and", "how", "that", "which", "who", "on"], ctx.w(k))
    }) {
        return None;
    }
    // (Nor a time or an adverb before the verb: `The cook later
    // sued`, `A crew of pilots in 2019 wrote`.)
    let mut last = verb - 1;
    while last > at + 1 {
        let w = ctx.w(last);
        if is_adverb(w)
            || is_in(
                &["later", "also", "then", "now", "still", "recently", "first"],
                w,
            )
        {
            last -= 1;
        } else if last > at + 2
            && ctx.w(last - 1) == "in"
            && w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
        {
            last -= 2;
        } else {
            break;
        }
    }
    // (The phrase ends in its noun: not `The freshly` of `The freshly
    // painted pier`, not `The list of a` of `… a signed petition`.)
    let lw = ctx.w(last);
    if last == at
        || is_adverb(lw)
        || is_in(PHRASE_DETERMINERS, lw)
        || is_in(
            &[
                "of", "for", "to", "in", "at", "by", "with", "from", "my", "our", "your",
            ],
            lw,
        )
    {
        return None;
    }
    Some(Span::new(ctx.words[at].start, ctx.words[last].end))
}

/// Common irregular past forms that end a described subject (`The
/// skipper began`, `The crowd stood`).
const IRREGULAR_PASTS: &Words = &Words::new(&[
    "began", "went", "made", "took", "gave", "came", "stood", "sat", "held", "left", "kept",
    "brought", "ran", "got", "put", "set", "found", "felt", "sent", "met", "led", "won", "lost",
    "paid", "spent", "saw", "heard", "drew", "rose", "fell", "broke", "struck", "spoke", "wrote",
    "told", "said", "thought",
]);

/// A subject that ends in a possessive names its owner, not the speaker:
/// `the party's leader, Ana Brask, said` is Brask's (the name set off by
/// commas after the description), `Lu's campaign issued` the campaign's
/// (the possessive and up to three lower-case words after it).
fn possessor_phrase(ctx: &Ctx, sp: Span, end: usize) -> Option<Span> {
    let s = sp.of(ctx.text);
    if !is_possessive(s) {
        return None;
    }
    let mut e = ctx.word_until(sp.end);
    let start = ctx.word_from(sp.start);
    while e < end
        && e - start < 8
        && !ctx.hard(e)
        && !ctx.gap(e).contains(',')
        && ctx.w(e).starts_with(|c: char| c.is_lowercase())
        && !is_in(STOP, ctx.w(e))
        && !between(ctx.w(e))
    {
        e += 1;
    }
    if e == ctx.word_until(sp.end) {
        return None;
    }
    let phrase = Span::new(sp.start, ctx.words[e - 1].end);
    // `…, Ana Brask, …`: the name in apposition.
    if e < end && ctx.gap(e).trim() == "," && is_capitalised(ctx.w(e)) {
        let mut n = e;
        while n + 1 < end
            && !ctx.gap(n + 1).contains(',')
            && is_capitalised(ctx.w(n + 1))
            && n - e < 4
        {
            n += 1;
        }
        if n + 1 < end && ctx.gap(n + 1).trim() == "," {
            return Some(Span::new(ctx.words[e].start, ctx.words[n].end));
        }
    }
    Some(phrase)
}

/// Words that open a sentence with an adverbial phrase or clause, not its
/// subject: prepositions, subordinators, sentence adverbs.
const ADVERBIAL_OPENERS: &Words = &Words::new(&[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "throughout",
    "amid",
    "despite",
    "since",
    "with",
    "without",
    "under",
    "over",
    "outside",
    "inside",
    "near",
    "across",
    "behind",
    "beyond",
    "around",
    "along",
    "among",
    "by",
    "for",
    "from",
    "following",
    "earlier",
    "later",
    "last",
    "this",
    "when",
    "while",
    "as",
    "although",
    "though",
    "if",
    "because",
    "once",
    "until",
    "then",
    "yet",
    "but",
    "and",
    "so",
    "still",
    "also",
    "however",
    "meanwhile",
    "now",
    "instead",
    "finally",
    "again",
    "asked",
    "pressed",
    "pushed",
    // `Here in Ohio, Lu …`, `Hours later, Lu …`, `Alongside the vote,
    // even a strategist …`.
    "here",
    "there",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "moments",
    "shortly",
    "soon",
    "alongside",
    // `Just before the ferry left, the pilot …` (not `Even Vask`, `Only
    // Vask`: a subject may follow those without a comma).
    "just",
]);

/// Where a name with an aside may start in a clause opening at word
/// `first`, its aside closing before word `ca`: past an opening `Even`,
/// `Only`, `And`, `But` or `Yet` (`Even Tolven, the line's only partner
/// and its lifeline, said`), an opening adverbial set off by a comma (`On
/// Tuesday, Tolven Vask, the pilot …, said`, `Still, Vask, …, said`) or a
/// short description set off before the name (`The pilot, Tolven Vask, a
/// veteran …, said`); else `first`.
pub(super) fn name_lead(ctx: &Ctx, first: usize, ca: usize) -> usize {
    if first + 2 < ca
        && is_in(&["even", "only", "and", "but", "yet"], ctx.w(first))
        && ctx.gap(first + 1) == " "
    {
        return first + 1;
    }
    let set_off = (first + 1..ca.min(first + 6))
        .find(|&k| ctx.gap(k).contains(','))
        .filter(|&k| {
            let description = is_in(&["the", "a", "an"], ctx.w(first))
                && is_capitalised(ctx.w(k))
                && (first + 1..k).all(|j| !is_capitalised(ctx.w(j)));
            (adverbial_opener(ctx.w(first)) || description)
                && !ctx.gap(k).contains([';', ':'])
                && (first + 1..k).all(|j| !ctx.gap(j).contains(['"', '“', '”']))
        });
    match set_off {
        Some(k) if k + 2 < ca => k,
        _ => first,
    }
}

pub(super) fn adverbial_opener(w: &str) -> bool {
    is_in(ADVERBIAL_OPENERS, w) || is_adverb(&w.to_lowercase()) || {
        let l = w.to_lowercase();
        l.len() > 5 && l.ends_with("ing")
    }
}

/// Sentence adverbs that may stand right before a subject without a comma
/// (`Then she broke with the council`).
const SUBJECT_LEAD: &Words =
    &Words::new(&["then", "yet", "but", "and", "so", "still", "later", "now"]);

/// The subject phrase starting at word `at` (before word `end`): a
/// personal pronoun or a capitalised run (`Lu`, `Pastor Ana Brask`, `The
/// Blaze's Matt Walsh` is cut to its capitalised run). A sentence adverb
/// before it is skipped. Unless `at_start`, a comma right after the run
/// means it is part of an adverbial (`In Salem, New Hampshire, …`), not
/// the subject.
fn clause_subject(ctx: &Ctx, at: usize, end: usize, at_start: bool) -> Option<Span> {
    let text = ctx.text;
    let mut first = at;
    if first + 1 < end && is_in(SUBJECT_LEAD, ctx.w(first)) && ctx.gap(first + 1).trim().is_empty()
    {
        let next = ctx.w(first + 1);
        if is_in(PERSONAL_PRONOUNS, next) || is_capitalised(next) {
            first += 1;
        }
    }
    let fw = ctx.w(first);
    if is_in(PRONOUNS, fw) && fw != "who" {
        return Some(ctx.words[first]);
    }
    if !is_capitalised(fw) || adverbial_opener(fw) {
        return None;
    }
    let mut e = first;
    loop {
        let joins = |k: usize| k < end && !ctx.hard(k) && !ctx.gap(k).contains(',');
        if joins(e + 1) && (is_capitalised(ctx.w(e + 1)) || ctx.w(e + 1).ends_with("'s")) {
            e += 1;
            continue;
        }
        // A title between capitalised words: `Republican presidential
        // nominee Ana Brask`. Not a verb or a function word: `Lu issued
        // a statement` stops at `Lu`.
        let title_word = |k: usize| {
            let w = ctx.w(k);
            !is_capitalised(w)
                && !is_in(STOP, w)
                && !is_in(NOT_SPEAKER_START, w)
                && !is_in(&["a", "an", "the"], w)
                && !w.ends_with("ed")
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        };
        let lower_run = (e + 1..(e + 3).min(end))
            .take_while(|&k| joins(k) && title_word(k))
            .count();
        let after = e + 1 + lower_run;
        if lower_run > 0 && joins(after) && is_capitalised(ctx.w(after)) {
            e = after;
            continue;
        }
        break;
    }
    if !at_start && (e + 1 >= end || ctx.gap(e + 1).contains(',')) {
        return None;
    }
    let s = Span::new(ctx.words[first].start, ctx.words[e].end);
    let function_word = is_in(
        &[
            "the", "a", "an", "in", "on", "at", "but", "and", "after", "as", "this", "that", "it",
            "there",
        ],
        s.of(text),
    );
    (!function_word).then_some(s)
}

/// After `asked by` (word `agent` opens the asker): the asker up to the
/// word that opens the question (`whether`, `if`, `about`, `why`, …) and
/// the question up to the next comma or the sentence end (`s_end`, a word
/// index). `None` when no such word follows within a dozen words.
fn asked_by(ctx: &Ctx, agent: usize, s_end: usize) -> Option<(Span, Span)> {
    let opener = (agent + 1..s_end.min(agent + 12))
        .take_while(|&k| !ctx.hard(k))
        .find(|&k| is_in(QUESTION_OPENERS, ctx.w(k)))?;
    let sp = np_after(ctx, agent, ctx.words[opener - 1].end)?;
    let end = (opener + 1..s_end)
        .find(|&k| ctx.gap(k).contains(','))
        .map_or(ctx.sentence(ctx.words[opener].start).end, |k| {
            ctx.words[k - 1].end
        });
    let body = content_min(ctx, ctx.words[opener].start, end, 2)?;
    Some((body, sp))
}

/// Nouns of a time phrase after `last`, `this`, `next`: `last week`, `this
/// spring`.
const TIME_NOUNS: &Words = &Words::new(&[
    "week",
    "month",
    "year",
    "night",
    "weekend",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "morning",
    "evening",
    "afternoon",
]);

/// Words of a time phrase starting at word `at` (before `end`): `last
/// week`, `this spring`, `on Tuesday`, `earlier this month`, `Tuesday`,
/// `early Friday`, `late last week`; else 0.
fn time_phrase_len(ctx: &Ctx, at: usize, end: usize) -> usize {
    if at >= end {
        return 0;
    }
    // (Filtered lists: the sieves ask this at most words that open a
    // content, and most open no time phrase.)
    const DETERMINERS: &Words = &Words::new(&["last", "this", "next"]);
    const RELATIVE: &Words = &Words::new(&["earlier", "later"]);
    const EDGES: &Words = &Words::new(&["early", "late"]);
    let noun = |k: usize| k < end && (is_day(ctx.w(k)) || is_in(TIME_NOUNS, ctx.w(k)));
    let w = ctx.w(at);
    if is_in(DETERMINERS, w) && noun(at + 1) {
        2
    } else if is_in(RELATIVE, w)
        && at + 1 < end
        && is_in(&["this", "last"], ctx.w(at + 1))
        && noun(at + 2)
    {
        3
    } else if is_in(EDGES, w) && at + 1 < end {
        // `early Friday`, `late last week`.
        match time_phrase_len(ctx, at + 1, end) {
            0 => 0,
            n => n + 1,
        }
    } else if at + 1 < end
        && (w == "on" && is_day(ctx.w(at + 1))
            || w == "for"
                && is_in(
                    &["years", "months", "weeks", "decades", "days", "hours"],
                    ctx.w(at + 1),
                ))
    {
        2
    } else if is_day(w) {
        1
    } else {
        0
    }
}

/// Whether the content opening at word `first` is, past a time phrase,
/// a comma and a participle cue (`Friday, saying …`, `, calling …`): that
/// participle reports the statement, not the verb before it.
fn participle_reports(ctx: &Ctx, cues: &[Cue], first: usize, s_end: usize) -> bool {
    let k = first + time_phrase_len(ctx, first, s_end);
    k < s_end
        && ctx.gap(k).contains(',')
        && cues_in(cues, ctx.words[k].start, ctx.words[k].end)
            .iter()
            .any(|p| p.shape == Shape::Participle && p.span.start == ctx.words[k].start)
}

/// Whether word `by` opens the agent of the passive cue `c`: `by` after
/// an `-ed` form, then a determiner, a quantity or a name (`criticized by
/// the board`, `by many skippers`, `by Vask`), not a gerund (`responded by
/// saying …`).
fn passive_agent(ctx: &Ctx, c: &Cue, by: usize, s_end: usize) -> bool {
    ctx.w(by) == "by"
        && c.span.of(ctx.text).ends_with("ed")
        && by + 1 < s_end
        && (is_in(PHRASE_DETERMINERS, ctx.w(by + 1))
            || is_in(&["many", "some", "several", "most"], ctx.w(by + 1))
            || is_capitalised(ctx.w(by + 1)))
}

/// A passive cue's agent from word `agent` and what it said, when a
/// complement of the cue follows the agent: `criticized by many skippers
/// for raising fares`, `accused by the council of hiding them`,
/// `described by Vask as a mistake`. (`reported by the Ledger on Tuesday,
/// …` has none.)
fn said_by(ctx: &Ctx, lemma: &str, agent: usize, s_end: usize) -> Option<(Span, Span)> {
    // (The complement the verb takes: `accused of`, `criticized for`,
    // `described as`; not the `of` of `some of his rivals`.)
    let takes = |w: &str| match w {
        "of" => is_in(&["accuse", "suspect", "convict"], lemma),
        "for" => is_in(SIDE_LEMMAS, lemma) || is_in(&["fault", "credit", "commend"], lemma),
        "as" => is_in(
            &[
                "describe",
                "portray",
                "characterize",
                "label",
                "brand",
                "see",
                "view",
                "deem",
            ],
            lemma,
        ),
        _ => false,
    };
    let opener = (agent + 1..s_end.min(agent + 10))
        .take_while(|&k| !ctx.hard(k) && !ctx.gap(k).contains([',', ';', ':']))
        .find(|&k| takes(ctx.w(k)))?;
    let sp = np_after(ctx, agent, ctx.words[opener - 1].end)?;
    if ctx.word_until(sp.end) != opener {
        return None;
    }
    let end = (opener + 1..s_end)
        .find(|&k| ctx.gap(k).contains([',', ';']))
        .map_or(ctx.sentence(ctx.words[opener].start).end, |k| {
            ctx.words[k - 1].end
        });
    let body = content_min(ctx, ctx.words[opener].start, end, 2)?;
    Some((body, sp))
}

/// Words that open what was asked: `whether`, `if`, `about`, a question
/// word. (Not `who`: `asked by Ana Brask, who hosts the show, …` opens a
/// relative clause.)
const QUESTION_OPENERS: &Words = &Words::new(&[
    "whether", "if", "about", "why", "how", "what", "when", "where",
]);

/// Verbs of taking sides, whose content may be a bare name (`Vask
/// endorsed Brask`, `Tolven thanked Lu`).
const SIDE_LEMMAS: &Words = &Words::new(&[
    "endorse",
    "support",
    "back",
    "oppose",
    "criticize",
    "praise",
    "thank",
    "blame",
    "attack",
    "defend",
    "reject",
    "condemn",
    "denounce",
    "slam",
    "blast",
    "mock",
]);

/// Nouns for a poll or survey that may be named as a source with `in`.
const POLL_NOUNS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// `Brask led Vask by five points in a Harbour Ledger poll.` / `In a new
/// Tolven Institute survey, 40 percent of riders …`: a named poll or survey
/// after `in` is the source of a sentence that has no cue of its own. The
/// speaker is the phrase from after `in` to the poll noun (at most eight
/// words, no comma inside, a capitalised word among them); the content is the rest of the sentence: what
/// stands before `in` when the phrase ends the sentence, or what follows
/// the comma after the phrase (past a participle aside: `poll, conducted
/// in May, …`) when it opens the sentence.
pub(super) fn poll_sources(ctx: &Ctx, cues: &[Cue]) -> Vec<Quote> {
    let mut out = Vec::new();
    // (Most articles name no poll: a text without `poll` or `survey` in it
    // has no word of `POLL_NOUNS`, and `memmem` says so faster than a test
    // of every word.)
    let text = ctx.text.as_bytes();
    if memchr::memmem::find(text, b"poll").is_none()
        && memchr::memmem::find(text, b"survey").is_none()
    {
        return out;
    }
    for k in 0..ctx.words.len() {
        // (Lower case only: `Poll` opening a sentence is no source phrase.)
        if !POLL_NOUNS.contains(&ctx.w(k)) {
            continue;
        }
        let sent = ctx.sentence(ctx.words[k].start);
        let (s_first, s_end) = (ctx.word_from(sent.start), ctx.word_until(sent.end));
        // The `in` that opens the phrase.
        let Some(i) = (k.saturating_sub(9).max(s_first)..k).rev().find(|&j| {
            ctx.w(j).eq_ignore_ascii_case("in")
                && (j + 1..=k).all(|m| !ctx.hard(m) && !ctx.gap(m).contains(','))
        }) else {
            continue;
        };
        if i + 1 >= k || !cues_in(cues, sent.start, sent.end).is_empty() {
            continue;
        }
        // (A named poll, `a Harbour Ledger poll`, or, opening the
        // sentence, one singled out, `In this poll,`, `In exit polls,`:
        // `the polls` and `in many polls` at the end are no source.)
        let named = (i + 1..k).any(|m| is_capitalised(ctx.w(m)));
        let singled_out = i == s_first && (i + 1..k).any(|m| !is_in(&["the", "a", "an"], ctx.w(m)));
        // (Not the polls voters go to: `in Ohio head to the polls`.)
        if !(named || singled_out) || (i + 1..k).any(|m| ctx.w(m) == "to") {
            continue;
        }
        let speaker = Span::new(ctx.words[i + 1].start, ctx.words[k].end);
        let body = if i == s_first {
            // `In a … poll, S.` (past a participle aside set off by commas,
            // or a short participle or time phrase before the comma: `In a
            // Ledger poll released Monday, …`, `… poll last month, …`).
            let mut c = k + 1;
            if c < s_end && ctx.gap(c).contains(',') {
                let w = ctx.w(c);
                if w.ends_with("ed") || w.ends_with("ing") {
                    c = match (c + 1..s_end).find(|&m| ctx.gap(m).contains(',')) {
                        Some(m) => m,
                        None => continue,
                    };
                }
            } else if c < s_end {
                let w = ctx.w(c);
                if w.ends_with("ed") || w.ends_with("ing") || time_phrase_len(ctx, c, s_end) > 0 {
                    c = match (c + 1..s_end.min(c + 5)).find(|&m| ctx.gap(m).contains(',')) {
                        Some(m) => m,
                        None => continue,
                    };
                }
            }
            if c >= s_end || !ctx.gap(c).contains(',') {
                continue;
            }
            content(ctx, ctx.words[c].start, sent.end)
        } else if i >= s_first + 3 && ctx.gap(i).trim().is_empty() {
            // `S in a … poll.`: the phrase (and at most a short tail: `this
            // week`) ends the sentence.
            if s_end.saturating_sub(k + 1) > 3 {
                continue;
            }
            content(ctx, sent.start, ctx.words[i - 1].end)
        } else {
            None
        };
        if let Some(body) = body {
            out.push(source_row(ctx, body, speaker, ctx.words[i], "poll_source"));
        }
    }
    out
}

/// `To Vask, the fares are a scandal.` / `To them, it signals …`: a
/// sentence that opens with `To` and a person (a name the entity stage
/// found, or `him`, `her`, `them`) set off by a comma gives that person's
/// view (`perspective`), when the sentence has no cue of its own.
pub(super) fn perspectives(ctx: &Ctx, cues: &[Cue]) -> Vec<Quote> {
    let mut out = Vec::new();
    for sent in &ctx.segments.sentences {
        // (A sentence opening with the word `To` opens with its letters:
        // tested before the two searches for the sentence's words.)
        if !ctx.text.as_bytes()[sent.start..].starts_with(b"To") {
            continue;
        }
        let s_first = ctx.word_from(sent.start);
        let s_end = ctx.word_until(sent.end);
        if s_first + 3 >= s_end || ctx.w(s_first) != "To" || ctx.words[s_first].start != sent.start
        {
            continue;
        }
        let who = s_first + 1;
        let at = ctx.words[who].start;
        // (The person's mention may start after an honorific: `To Ms.
        // Brask,`.)
        let named = ctx.mentions[ctx.mentions.partition_point(|m| m.span.start < at)..]
            .iter()
            .take_while(|m| m.span.start <= ctx.words[who + 1].start)
            .filter(|m| m.kind == MentionKind::Person)
            .map(|m| m.span.end)
            .max();
        let end = match named {
            // (Capitalised: `To stop Vask,` is a purpose, no person's view.)
            Some(end) if is_capitalised(ctx.w(who)) => end,
            None if is_in(&["him", "her", "them"], ctx.w(who)) => ctx.words[who].end,
            _ => continue,
        };
        let comma = ctx.word_from(end);
        if comma >= s_end
            || ctx.words[comma - 1].end != end
            || ctx.gap(comma).trim() != ","
            || !cues_in(cues, sent.start, sent.end).is_empty()
        {
            continue;
        }
        // (Past a relative clause on the person: `To Vask, who rides the
        // ferry daily, the fares are …`.)
        let from = if ctx.w(comma) == "who" {
            match (comma + 1..s_end).find(|&k| ctx.gap(k).trim() == ",") {
                Some(k) => k,
                None => continue,
            }
        } else {
            comma
        };
        let Some(body) = content(ctx, ctx.words[from].start, sent.end) else {
            continue;
        };
        let speaker = Span::new(at, end);
        out.push(source_row(
            ctx,
            body,
            speaker,
            ctx.words[s_first],
            "perspective",
        ));
    }
    out
}

/// Nouns of belief whose owner holds the clause they take (`her belief
/// that …`, `their fear that …`), besides the nouns of speech.
const BELIEF_NOUNS: &Words = &Words::new(&[
    "belief",
    "beliefs",
    "view",
    "argument",
    "arguments",
    "assurance",
    "assurances",
    "hope",
    "hopes",
    "fear",
    "fears",
    "concern",
    "concerns",
    "assumption",
    "conclusion",
    "position",
    "denial",
    "complaint",
    "complaints",
    "charge",
    "charges",
    "allegations",
    "accusations",
    "assertions",
    "conviction",
    "acknowledgment",
    "acknowledgement",
    "insinuation",
]);

/// Nouns that name a proposition someone holds or puts forward, which
/// have a source only as the object of that someone's verb (`Vask
/// dismissed the notion that …`, `they made the case that …`).
const PROPOSITION_NOUNS: &Words = &Words::new(&[
    "idea",
    "notion",
    "narrative",
    "case",
    "impression",
    "theory",
    "premise",
    "perception",
]);

/// `Vask dismissed the notion that …`, `the crews made the case that
/// …`: the subject of the verb whose object is the noun at word `noun`
/// after `the`, `a`, `an` or `this` (at most one modifier between). None
/// after a preposition (`despite the fact that`, `with an idea that`)
/// or another word that is no verb, or when the verb has no subject
/// before it.
fn verb_subject_of_object(ctx: &Ctx, noun: usize, first: usize) -> Option<Span> {
    let det = (noun.saturating_sub(2)..noun)
        .find(|&k| k > first && is_in(&["the", "a", "an", "this"], ctx.w(k)))?;
    // (Past a particle: `played down the idea`.)
    let mut verb = det - 1;
    if verb > first + 1 && is_in(&["out", "up", "off", "down"], ctx.w(verb)) {
        verb -= 1;
    }
    let v = ctx.w(verb);
    if (verb..noun).any(|k| ctx.hard(k + 1) || !ctx.gap(k + 1).trim().is_empty())
        || is_capitalised(v)
        || is_in(STOP, v)
        || is_in(PRONOUNS, v)
        || is_in(FRAME_PREPOSITIONS, v)
        || is_in(ADJUNCT_PREPOSITIONS, v)
        || is_in(
            &[
                "despite", "of", "against", "like", "into", "than", "because",
            ],
            v,
        )
    {
        return None;
    }
    // (A subject the walk back from an unlisted verb finds is kept only
    // when it is a pronoun, or opens with a capital or a determiner and
    // is a person or institution or a phrase of at most four words: `the
    // campaign`, not `unhorse Trump`.)
    let sp = np_before(ctx, verb, ctx.words[first].start)?;
    let (a, b) = (ctx.word_from(sp.start), ctx.word_until(sp.end));
    let opens = is_capitalised(ctx.w(a)) || is_in(PHRASE_DETERMINERS, ctx.w(a));
    (is_in(PRONOUNS, sp.of(ctx.text)) || opens && (b - a <= 4 || link(ctx, sp).is_some()))
        .then_some(sp)
}

/// `Vask's claim that the ferry runs late`, `her belief that …`: the
/// clause that a noun of speech or belief takes, when the noun's owner is
/// a person or institution named in the possessive, or `his`, `her`,
/// `their` ([`noun_owner`]), is the owner's: an `indirect` row from `that`
/// to the end of the clause (`speech_noun`). Not a relative clause (the
/// word after `that` must open a subject), nor one with a quotation, which
/// `speech_noun` reads as a `partial` row.
pub(super) fn noun_clauses(ctx: &Ctx) -> Vec<Quote> {
    let mut out = Vec::new();
    let n = ctx.words.len();
    for k in ctx.words_equal("that") {
        if !(2..n.saturating_sub(3)).contains(&k) || ctx.hard(k) || ctx.hard(k + 1) {
            continue;
        }
        // (Past a day between noun and clause: `his claim Monday that`.)
        let noun = if is_day(ctx.w(k - 1)) { k - 2 } else { k - 1 };
        let w = ctx.w(noun);
        if !(is_in(SPEECH_NOUNS, w) || is_in(BELIEF_NOUNS, w) || is_in(PROPOSITION_NOUNS, w))
            || !ctx.gap(k).trim().is_empty()
            || !opens_with_subject(ctx, k + 1)
        {
            continue;
        }
        let sent = ctx.sentence(ctx.words[k].start);
        let first = ctx.word_from(sent.start);
        if noun <= first {
            continue;
        }
        let Some(owner) = noun_owner(ctx, noun, first)
            .or_else(|| verb_subject_of_object(ctx, noun, first).map(|sp| (sp, link(ctx, sp))))
        else {
            continue;
        };
        // To the end of the clause: the sentence end or a mark that sets
        // off what follows. (Not a line break, which wire copy puts inside
        // sentences; a full stop before one ends the sentence the
        // segmenter ran on past `U.S.`.)
        let rest = &ctx.text[ctx.words[k].end..sent.end];
        let end = rest
            .find([',', ';', ':', '(', '—', '–'])
            .into_iter()
            .chain(rest.find(" - "))
            .chain(
                rest.match_indices('\n')
                    .map(|(j, _)| rest[..j].trim_end().len())
                    .find(|&j| rest[..j].ends_with('.')),
            )
            .min()
            .map_or(sent.end, |j| ctx.words[k].end + j);
        if rest[..end - ctx.words[k].end].contains(['"', '“', '”', '«', '»']) {
            continue;
        }
        let Some(body) = content(ctx, ctx.words[k + 1].start, end) else {
            continue;
        };
        out.push(noun_row(body, QuoteKind::Indirect, owner, ctx.words[noun]));
    }
    out
}

/// `The ferry is expected to run by May`, `Vask is widely seen as the
/// favourite`, `Vask reportedly left`: a passive of expecting, saying or
/// thinking before `to` (or of seeing before `as`), or `reportedly`,
/// states what unnamed sources hold. An `indirect`
/// row with no speaker (`hearsay`), from the subject to the end of the
/// clause; not when another cue stands inside the clause (`Vask is
/// expected to say that …` is Vask's statement).
pub(super) fn passive_hearsay(ctx: &Ctx, cues: &[Cue]) -> Vec<Quote> {
    const BEFORE_TO: &Words = &Words::new(&[
        "expected",
        "said",
        "thought",
        "believed",
        "reported",
        "alleged",
        "rumored",
        "rumoured",
        "projected",
        "predicted",
        "understood",
        "considered",
    ]);
    const BEFORE_AS: &Words = &Words::new(&["seen", "viewed", "regarded", "considered"]);
    const BETWEEN_BE: &Words = &Words::new(&[
        "not",
        "also",
        "still",
        "now",
        "widely",
        "generally",
        "largely",
        "long",
        "increasingly",
    ]);
    let mut out = Vec::new();
    for p in 1..ctx.words.len().saturating_sub(2) {
        let w = ctx.w(p);
        let next = ctx.w(p + 1);
        // (`Vask reportedly left`: the adverb says as much as `is reported
        // to`; the cue is the adverb alone.)
        let adverb = w.eq_ignore_ascii_case("reportedly");
        if !(adverb || next == "to" && is_in(BEFORE_TO, w) || next == "as" && is_in(BEFORE_AS, w)) {
            continue;
        }
        let mut b = p - 1;
        if !adverb && b > 0 && is_in(BETWEEN_BE, ctx.w(b)) {
            b -= 1;
        }
        if !adverb
            && (!is_in(BE_FORMS, ctx.w(b))
                || (b + 1..=p + 1).any(|k| ctx.hard(k) || !ctx.gap(k).trim().is_empty()))
        {
            continue;
        }
        let b = if adverb { p } else { b };
        let sent = ctx.sentence(ctx.words[p].start);
        let start = np_before(ctx, b, sent.start).map_or(ctx.words[b].start, |sp| sp.start);
        let after = ctx.words[if adverb { p } else { p + 1 }].end;
        let end = ctx.text[after..sent.end]
            .find([',', ';', ':', '(', '—', '–'])
            .map_or(sent.end, |j| after + j);
        if !cues_in(cues, ctx.words[p].end, end).is_empty() {
            continue;
        }
        let Some(body) = content(ctx, start, end) else {
            continue;
        };
        let cue = Span::new(ctx.words[b].start, after);
        let row = |span: Span| Quote {
            span,
            kind: QuoteKind::Indirect,
            speaker: None,
            cue: Some(cue),
            method: "hearsay",
            confidence: 0.3,
        };
        // (What is held is the subject and what follows the cue, two
        // pieces around it: a row each, as `S1, Vask said, S2` gives two.
        // `The ferry` and `run by May` in `The ferry is expected to run by
        // May`.)
        // (Past a modal before the cue, `The order could be seen as …`;
        // not a pronoun alone, `it`, `who`, which stands for no words.)
        let mut subject_end = b;
        while subject_end > 0
            && ctx.words[subject_end - 1].start >= body.start
            && is_in(MODALS, ctx.w(subject_end - 1))
        {
            subject_end -= 1;
        }
        let subject = (subject_end > 0 && ctx.words[subject_end - 1].start >= body.start)
            .then(|| content_min(ctx, body.start, ctx.words[subject_end - 1].end, 1))
            .flatten()
            .filter(|sp| {
                let w = sp.of(ctx.text);
                !is_in(PRONOUNS, w) && !is_in(&["which", "that", "this", "these", "those"], w)
            });
        match (subject, content_min(ctx, after, body.end, 1)) {
            (Some(subject), Some(rest)) => {
                out.push(row(subject));
                out.push(row(rest));
            }
            _ => out.push(row(body)),
        }
    }
    out
}

/// Modal verbs before a passive cue (`could be seen as`).
const MODALS: &Words = &Words::new(&[
    "can", "could", "will", "would", "may", "might", "must", "should", "shall",
]);

/// An `indirect` row of a source that no cue verb names (`poll_source`,
/// `perspective`), confidence 0.6.
fn source_row(ctx: &Ctx, body: Span, speaker: Span, cue: Span, method: &'static str) -> Quote {
    Quote {
        span: body,
        kind: QuoteKind::Indirect,
        speaker: Some(Speaker {
            span: speaker,
            mention: link(ctx, speaker),
        }),
        cue: Some(cue),
        method,
        confidence: 0.6,
    }
}

/// Trim a content span: leading `that`, trailing punctuation.
pub(super) fn content(ctx: &Ctx, start: usize, end: usize) -> Option<Span> {
    content_min(ctx, start, end, 3)
}

/// [`content`] with at least `min_words` words.
pub(super) fn content_min(ctx: &Ctx, start: usize, end: usize, min_words: usize) -> Option<Span> {
    let text = ctx.text;
    if start >= end {
        return None;
    }
    let mut s = Span::new(start, end).trim(text);
    // (A dateline opening the sentence is no part of what was said.)
    let w0 = ctx.word_from(s.start);
    if w0 < ctx.words.len()
        && ctx.words[w0].start == s.start
        && ctx.sentence(s.start).start == s.start
    {
        let k = after_dateline(ctx, w0, ctx.word_until(s.end));
        if k > w0 && k < ctx.words.len() {
            s.start = ctx.words[k].start;
        }
    }
    let inner = s.of(text);
    let stripped = inner.trim_start_matches([',', ':', ' ']);
    s.start += inner.len() - stripped.len();
    let inner = s.of(text);
    let t = inner.trim_end_matches(['.', ',', ';', ':', ' ', '!', '?']);
    s.end = s.start + t.len();
    // The article's words inside the span first (cheap); the span's own
    // words only when those are too few.
    // (A quoted fragment makes a short content whole: `called Vask
    // "unhinged"`.)
    const QUOTE_MARKS: &super::Chars = &super::Chars::new(&['"', '“']);
    let min_words = if QUOTE_MARKS.find(s.of(text)).is_some() {
        min_words.min(2)
    } else {
        min_words
    };
    let inside = ctx.word_until(s.end).saturating_sub(ctx.word_from(s.start));
    (inside >= min_words || words(s.of(text)).len() >= min_words).then_some(s)
}

/// `body` up to its first comma that closes no list: the words after the
/// comma, up to the next one, are more than three and have no `and` or
/// `or` among their first four (`hurt the harbour, the fleet and the mill`
/// runs on; `set in 1990, rose again` ends).
fn before_clause_comma(ctx: &Ctx, body: Span) -> Span {
    let (b0, b1) = (ctx.word_from(body.start), ctx.word_until(body.end));
    let commas: Vec<usize> = (b0 + 1..b1).filter(|&k| ctx.gap(k).contains(',')).collect();
    let closing = commas.iter().enumerate().find(|&(i, &k)| {
        let next = commas.get(i + 1).copied().unwrap_or(b1);
        next - k > 3 && !(k..next.min(k + 4)).any(|j| is_in(&["and", "or"], ctx.w(j)))
    });
    closing.map_or(body, |(_, &k)| Span::new(body.start, ctx.words[k - 1].end))
}

/// The relative word right before the subject of a cue whose clause has
/// a gap (`which` in `the fares, which Vask says were set in 1990`, `what`
/// in `what skippers said was fair`), as a word index. `that` only when
/// the gap is the subject after the cue (`the rules that skippers say were
/// broken`) or the object before `as` (`a plan that the pilots described as
/// reckless`), since before a full clause it is `said that`'s
/// complementiser.
/// Not after a preposition (`the cases in which Vask said …` report no
/// `which`) but for `what`, nor when a comma stands between the relative
/// word and the cue. With it, whether the clause ends at a comma.
fn relative_opener(
    ctx: &Ctx,
    sp: Span,
    s_first: usize,
    (ci, ce): (usize, usize),
    s_end: usize,
) -> Option<(usize, bool)> {
    let spi = ctx.word_from(sp.start);
    if spi <= s_first || (spi..=ci).any(|k| ctx.gap(k).trim() != "") {
        return None;
    }
    let r = spi - 1;
    let w = ctx.w(r);
    let after_preposition = r > s_first && is_in(FRAME_PREPOSITIONS, ctx.w(r - 1));
    if after_preposition && w != "what" {
        return None;
    }
    // (Or the object, when `as` follows the cue: `a plan that the pilots
    // described as reckless`.)
    let gap = || {
        ce < s_end
            && (is_in(AUXILIARIES, ctx.w(ce)) || ctx.w(ce).ends_with("ed") || ctx.w(ce) == "as")
    };
    let relative = is_in(&["which", "what", "whom"], w) || w == "that" && gap();
    // (A clause set off by a comma, or a free relative, `In what Vask
    // called a "disaster", the fares rose`, ends at a comma.)
    let set_off = r > s_first && ctx.gap(r).contains(',') || w == "what";
    relative.then_some((r, set_off))
}

/// The first word of a description set off by commas right before the
/// name at word `name` (`a spokeswoman` in `…, a spokeswoman, Ana Brask,
/// said`): `a`, `an` or `the` and at most five more lower-case words after
/// a comma, past word `first`.
fn description_before(ctx: &Ctx, name: usize, first: usize) -> Option<usize> {
    if name < 3 || ctx.gap(name).trim() != "," || !is_capitalised(ctx.w(name)) {
        return None;
    }
    let lo = name.saturating_sub(6).max(first + 1);
    let k = (lo..name)
        .rev()
        .find(|&k| ctx.gap(k).contains([',', ';']) || ctx.hard(k))?;
    (ctx.gap(k).trim() == ","
        && is_in(&["a", "an", "the"], ctx.w(k))
        && (k + 1..name).all(|j| !is_capitalised(ctx.w(j))))
    .then_some(k)
}

/// Does word `k` open a clause with a subject of its own (a name, a
/// determiner, a pronoun, a number, `there`, `most`), not a second verb of
/// the one before (`…, and said …`)?
fn opens_with_subject(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.w(k);
    is_capitalised(w)
        || is_in(PHRASE_DETERMINERS, w)
        || is_in(PRONOUNS, w)
        || is_in(&["there", "those", "these", "most", "many"], w)
        || w.starts_with(|c: char| c.is_ascii_digit())
}

/// `Brask wrote, staged and lit the pageant`: the cue is the first
/// of a list of verbs (a comma, then a lower-case past form and `and`
/// within two words), with no content of its own. `after` is the word
/// after the cue.
fn verb_list(ctx: &Ctx, after: usize, s_end: usize) -> bool {
    after + 1 < s_end
        && ctx.gap(after).trim() == ","
        && ctx.w(after).ends_with("ed")
        && ctx.w(after).starts_with(|c: char| c.is_ascii_lowercase())
        && (after + 1..s_end.min(after + 3)).any(|k| ctx.w(k) == "and")
}

/// `a pier thought to be haunted`, `a man said to have fled`: the
/// participle of a verb of saying or thinking before `to be` or `to have`
/// is a passive of hearsay with no speaker (`Vask wants to be mayor` is
/// no such verb). `after` is the word after the cue.
fn hearsay(ctx: &Ctx, c: &Cue, after: usize, s_end: usize) -> bool {
    let form = ctx.w(ctx.word_from(c.span.start));
    is_in(
        &[
            "think",
            "believe",
            "say",
            "know",
            "allege",
            "rumour",
            "rumor",
            "understand",
            "suppose",
            "consider",
        ],
        &c.lemma,
    ) && (form.ends_with("ed") || is_in(&["thought", "said", "known"], form))
        && after + 1 < s_end
        && ctx.w(after) == "to"
        && is_in(&["be", "have"], ctx.w(after + 1))
}

/// `Vask said yes.` / `Brask said she would.`: the words from `from` to
/// the sentence end (word `s_end`) are `yes` or `no`, or a personal pronoun
/// and an auxiliary that stands for a clause of its own.
fn short_answer(ctx: &Ctx, from: usize, s_end: usize) -> bool {
    match s_end.saturating_sub(from) {
        1 => is_in(&["yes", "no"], ctx.w(from)),
        2 => {
            is_in(PERSONAL_PRONOUNS, ctx.w(from))
                && is_in(
                    &[
                        "would", "could", "will", "can", "did", "does", "do", "should", "might",
                        "wouldn't", "couldn't", "won't", "can't", "didn't", "doesn't", "don't",
                        "had", "has", "have", "was", "were", "is", "are",
                    ],
                    &lower(ctx.w(from + 1)).replace('’', "'"),
                )
        }
        _ => false,
    }
}

/// Speech verbs that come before their subject after the reported content
/// (`S, said Vask`, `S, added a spokesman`). Other verbs do not invert:
/// in `Vask and his aide, Ana Brask, criticized the plan` the phrase after
/// the verb is its object, not its subject.
pub(super) const INVERTING_LEMMAS: &Words = &Words::new(&[
    "say",
    "add",
    "write",
    "note",
    "report",
    "ask",
    "reply",
    "recall",
    "continue",
    "argue",
    "insist",
    "warn",
    "explain",
    "observe",
    "concede",
    "admit",
    "acknowledge",
    "quip",
    "joke",
    "predict",
    "declare",
    "announce",
    "conclude",
    "caution",
    "complain",
    "recount",
    // Manner-of-speaking verbs (`"…," tweeted Vask`, `"…," yelled a man`).
    "tweet",
    "yell",
    "shout",
    "exclaim",
    "retort",
    "boast",
    "muse",
    "sigh",
    "groan",
    "grumble",
    "scoff",
    "snap",
    "counter",
    "respond",
    "remark",
    "state",
    "assert",
    "claim",
    "gripe",
    "whisper",
    "interject",
    "emphasize",
    "stress",
    "mention",
    "confide",
    "confess",
]);

/// Nouns for what a speaker issues, before an `-ing` cue whose speaker is
/// the sentence subject: `Lu released a statement saying …`.
pub(super) const DOCUMENT_NOUNS: &Words = &Words::new(&[
    "statement",
    "letter",
    "tweet",
    "tweets",
    "email",
    "emails",
    "release",
    "memo",
    "message",
    "post",
    "video",
    "ad",
    "speech",
    "op-ed",
    "column",
    "note",
    "filing",
    "lawsuit",
    "complaint",
]);

/// Nouns for a source that speaks for itself before an `-ing` cue: `a poll
/// showing …` is the poll's finding.
pub(super) const SOURCE_NOUNS: &Words = &Words::new(&[
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "analysis",
    "data",
    "research",
    "figures",
    "numbers",
    "records",
    "documents",
]);

/// Reported speech around one cue outside quote marks.
pub(super) fn reported_speech(
    ctx: &Ctx,
    c: &Cue,
    cues: &[Cue],
    quoted: &[Quoted],
    decisions: &[Option<Decision>],
    extra: &mut Vec<Quote>,
) -> Option<Quote> {
    if c.quote_only {
        return None;
    }
    let text = ctx.text;
    // (A cue of two words may run past a sentence end the segmenter put at
    // a line break, `points¶to`: the sentence takes in the whole cue.)
    let sent = ctx.sentence(c.span.start);
    let sent = Span::new(sent.start, sent.end.max(c.span.end));
    let ci = ctx.word_from(c.span.start);
    let ce = ctx.word_until(c.span.end);
    let s_first = ctx.word_from(sent.start);
    let s_end = ctx.word_until(sent.end);
    // A quote directly after the cue is a direct quote, handled above.
    let after_cue = text[c.span.end..sent.end].trim_start_matches([' ', ',', ':']);
    let quote_follows = after_cue.starts_with(is_open_mark)
        && !quotes_in(quoted, c.span.end, c.span.end + 4).is_empty();
    let mk = |span: Span, speaker: Option<Span>, method: &'static str, conf: f32| {
        let (method, conf) = match speaker {
            Some(sp) if method == "indirect_cue" => (classify(ctx, sp, "indirect_cue"), conf),
            Some(_) if method == "coordinated_subject" => (method, 0.6),
            Some(_) => (method, conf),
            None => ("unknown", 0.0),
        };
        Quote {
            span,
            kind: QuoteKind::Indirect,
            speaker: speaker.map(|s| Speaker {
                span: s,
                mention: link(ctx, s),
            }),
            cue: Some(c.span),
            method,
            confidence: conf,
        }
    };
    match c.shape {
        Shape::According => {
            // `According to X, S.` / `S, according to X.`
            let comma_after = text[c.span.end..sent.end].find(',').map(|k| c.span.end + k);
            let before = text[sent.start..c.span.start].trim_end();
            if before.trim().is_empty() || before.ends_with(['"', '“', '(']) {
                let comma = comma_after?;
                let sp = np_after(ctx, ce, comma)?;
                // (`According to Brask, who spoke on Tuesday, S`: the
                // statement follows the relative clause.)
                let next = ctx.word_from(comma);
                let comma = if next < s_end && is_in(&["who", "whose", "which"], ctx.w(next)) {
                    (next + 1..s_end)
                        .find(|&k| ctx.gap(k).contains(','))
                        .map_or(comma, |k| ctx.words[k - 1].end)
                } else {
                    comma
                };
                let body = content(ctx, comma + 1, sent.end)?;
                Some(mk(body, Some(sp), "according_to", 0.8))
            } else {
                let end_of_x = comma_after.unwrap_or(sent.end);
                let sp = np_after(ctx, ce, end_of_x)?;
                // `But, according to X, S` / `The upshot, according to X,
                // is that S`: too little before the cue, so the statement
                // is what follows X.
                // (`Since the spring thaw, according to X, S`: a short
                // adverbial before the cue is no statement either.)
                let fw = ctx.word_from(sent.start);
                let one_phrase = !before.trim_end_matches(',').contains(',');
                // (Nor words that a conjunction leaves open, `The board
                // met in May and, according to X, cut the fares`: the
                // statement is what follows X.)
                let open_conjunction = ci > fw && is_in(&["and", "but", "or"], ctx.w(ci - 1));
                let short_adverbial = fw < ctx.words.len()
                    && (adverbial_opener(ctx.w(fw)) && ci - fw <= 6 && one_phrase
                        || open_conjunction);
                let before_body = content(ctx, sent.start, sent.start + before.len())
                    .filter(|_| !(short_adverbial && comma_after.is_some()));
                let body = match (before_body, comma_after) {
                    (Some(body), Some(comma)) => {
                        // (`S1, according to X, and S2`: the source of both,
                        // when S2 has a subject of its own; not `…, and said
                        // …`.)
                        let rest = text[comma + 1..sent.end].trim_start();
                        if let Some(after_and) = rest.strip_prefix("and ") {
                            let at = sent.end - after_and.len();
                            let subject = opens_with_subject(ctx, ctx.word_from(at));
                            if let Some(second) = content(ctx, at, sent.end).filter(|_| subject) {
                                extra.push(mk(second, Some(sp), "according_to", 0.7));
                            }
                        }
                        body
                    }
                    (Some(body), None) => body,
                    (None, Some(comma)) => content(ctx, comma + 1, sent.end)?,
                    (None, None) => return None,
                };
                Some(mk(body, Some(sp), "according_to", 0.8))
            }
        }
        Shape::Verb => {
            let fragment = fragment_open(ctx, quoted, c, c.span.end + 80);
            if quote_follows && fragment.is_none() {
                return None;
            }
            // `Asked about the fares, Vask said …`: the question put to the
            // sentence's subject, by someone the sentence does not name.
            if &*c.lemma == "ask" {
                if let Some(body) = asked_opening(ctx, ci, ce, s_first, s_end)
                    .or_else(|| asked_closing(ctx, cues, ci, ce, s_first, s_end))
                    .or_else(|| asked_passive(ctx, cues, ci, ce, s_first, s_end))
                {
                    return Some(mk(body, None, "indirect_cue", 0.0));
                }
            }
            // `Vask was asked by host Ana Brask whether …`: a passive `ask`
            // names the one who asked after `by`.
            if &*c.lemma == "ask" && ce + 1 < s_end && ctx.w(ce) == "by" {
                return asked_by(ctx, ce + 1, s_end)
                    .map(|(body, sp)| mk(body, Some(sp), "indirect_cue", 0.7));
            }
            // `The board was criticized by many skippers for …`: any other
            // passive names its speaker after `by` too.
            // (Not a gerund after `by`: `responded by saying that …`.)
            if ce + 1 < s_end && passive_agent(ctx, c, ce, s_end) {
                return said_by(ctx, &c.lemma, ce + 1, s_end)
                    .map(|(body, sp)| mk(body, Some(sp), "indirect_cue", 0.6));
            }
            // `Vask, asked whether …, said no`: a passive `asked` set off
            // after the subject asks nothing of its own.
            let comma_before_cue = ci > s_first && ctx.gap(ci).contains(',');
            if comma_before_cue
                && is_in(&["asked", "pressed", "questioned"], c.span.of(text))
                && (ce..s_end)
                    .find(|&k| ctx.gap(k).contains(','))
                    .is_some_and(|k| {
                        cues_in(cues, ctx.words[k].start, sent.end)
                            .first()
                            .is_some_and(|m| {
                                m.shape == Shape::Verb && ctx.word_from(m.span.start) <= k + 2
                            })
                    })
            {
                return None;
            }
            // `S, X said.` / `S, said X.`: the cue in the sentence tail.
            let tail_words = s_end.saturating_sub(ce);
            let tail = &text[c.span.end..sent.end];
            // (Only in the tail's first clause: `…, a clerk said, adding
            // that …` is a tail all the same.)
            // (`memchr2`: splitting on a set of characters decoded every
            // character of the tail.)
            let tail_has_that = memchr::memchr2(b',', b';', tail.as_bytes())
                .map_or(tail, |k| &tail[..k])
                .contains(" that ");
            let mut subject = np_before(ctx, ci, sent.start);
            // `Sen. Oren Vask, R-Ore., told the station that S`: the sentence
            // opens with a name and an aside set off by commas.
            // (Preferred to a phrase found inside the aside: `Ana Brask, who
            // studies trade at the institute, said` is Brask's.)
            let mut aside_subject = false;
            // (Past auxiliaries and adverbs: `Vask, who …, has since said`.)
            let ca = before_auxiliaries(ctx, s_first, ci);
            if ca > s_first
                && ctx.gap(ca).contains([',', ')'])
                && !subject.is_some_and(|sp| sp.start == ctx.words[s_first].start)
            {
                let lead = name_lead(ctx, s_first, ca);
                let aside = name_then_aside(ctx, lead, ca)
                    .or_else(|| phrase_then_aside(ctx, lead, ca))
                    .or_else(|| before_aside(ctx, ca, sent.start));
                aside_subject = aside.is_some();
                subject = aside.or(subject);
            }
            // `Reid met on Monday and says he voted …`: a second verb
            // of the sentence subject.
            let mut method = "indirect_cue";
            let mut k = ci;
            while k > s_first && (between(ctx.w(k - 1)) || is_adverb(ctx.w(k - 1))) {
                k -= 1;
            }
            // (Not a passive: `and is thought to be`, `nominated by Vask
            // and confirmed by the guild`.)
            let passive = (k..ci).any(|j| is_in(BE_FORMS, ctx.w(j))) && !ctx.w(ci).ends_with("ing")
                || ce < s_end && ctx.w(ce) == "by";
            // (Also after a comma and `then`: `Vask offered him a seat,
            // then said …`.)
            let then = k < ci && ctx.w(k) == "then" && ctx.gap(k).contains(',');
            // (A second verb of a passive, with no object: `The police
            // were paged and called to the quay`; not `Vask was asked
            // about it and said …`.)
            let passive_first = k >= s_first + 3
                && ctx.w(k - 2).ends_with("ed")
                && is_in(BE_FORMS, ctx.w(k - 3))
                && ce < s_end
                && is_in(
                    &["to", "by", "in", "at", "into", "on", "from", "for"],
                    ctx.w(ce),
                );
            if subject.is_none()
                && !passive
                && !passive_first
                && k > s_first
                && (ctx.w(k - 1) == "but" || ctx.w(k - 1) == "and" || then)
            {
                subject = subject_of(ctx, sent, if then { k } else { k - 1 }, cues);
                method = "coordinated_subject";
            }
            let subject_from_start = subject.is_some_and(|sp| sp.start == ctx.words[s_first].start);
            // (`Another pilot, Tolven Vask, explained the reason …`: a
            // description opening the sentence, then the name it stands
            // for, set off by commas, is the subject; no inverted cue.
            // Also a description with a possessive: `Tolven's former
            // harbour master, Oren Vask, said the captain who …`.)
            let described_name = subject.is_some_and(|sp| {
                let spi = ctx.word_from(sp.start);
                spi > s_first + 1
                    && spi - s_first <= 5
                    && ctx.gap(spi).trim() == ","
                    && is_capitalised(ctx.w(spi))
                    && (is_in(PHRASE_DETERMINERS, ctx.w(s_first))
                        || (s_first..spi - 1).any(|k| is_possessive(ctx.w(k))))
                    && (s_first + 1..spi).all(|k| {
                        !ctx.gap(k).contains(',') && !is_in(STOP, ctx.w(k)) && !ctx.hard(k)
                    })
            });
            if comma_before_cue
                && tail_words >= 1
                && !tail_has_that
                && !subject_from_start
                && !aside_subject
                && !described_name
                && is_in(INVERTING_LEMMAS, &c.lemma)
            {
                // `S, said X.`: X is a name or a description and ends the
                // sentence (or a comma follows it).
                let sp = np_after(ctx, ce, sent.end).filter(|sp| {
                    let (a, b) = (ctx.word_from(sp.start), ctx.word_until(sp.end));
                    let first = ctx.w(a);
                    let rest = text[sp.end..sent.end].trim_start();
                    // A name may follow a description (`said lobbyist and
                    // strategist Ana Brask, her former partner`), and a
                    // relative clause or place may follow the phrase
                    // (`said a group of council members who …`).
                    let name_inside = (a..b.min(a + 6)).any(|k| is_capitalised(ctx.w(k)));
                    let rest_ok = rest.is_empty()
                        || rest.starts_with([',', '.', '!', '?', ';'])
                        || ctx.word_from(sp.end) < ctx.words.len()
                            && is_in(
                                &["who", "whose", "in", "at", "of", "from"],
                                ctx.w(ctx.word_from(sp.end)),
                            );
                    (is_capitalised(first)
                        || name_inside
                        || is_capitalised(ctx.w(b - 1))
                        || is_in(
                            &[
                                "the", "a", "an", "one", "his", "her", "their", "its", "some",
                                "many", "two", "three", "several", "both", "another",
                            ],
                            first,
                        ))
                        && rest_ok
                });
                let cstart = ctx.words[ci - 1].end;
                if let (Some(sp), Some(body)) = (sp, content(ctx, sent.start, cstart)) {
                    return Some(mk(body, Some(sp), method, 0.75));
                }
            }
            if let Some(sp) = subject {
                // `In a speech in July, Vask said:¶¶The ferry plan is …`:
                // the paragraph after a colon that ends the cue's own is
                // a quotation whose marks the page's layout carried (a
                // block quote).
                if let Some(body) = block_quote(ctx, c, sent) {
                    let mut q = mk(body, Some(sp), "indirect_cue", 0.7);
                    q.kind = QuoteKind::Direct;
                    // (Named next to its cue, as `Vask said: "…"` is.)
                    if q.method == "indirect_cue" {
                        q.method = "cue_name_adjacent";
                    }
                    return Some(q);
                }
                let spi = ctx.word_from(sp.start);
                // (`S, a spokeswoman, Ana Brask, said`: the description set
                // off before a name set off by commas goes with the speaker,
                // not with S; not `S1, the two towns, Vask said, S2`.)
                let set_off = ctx.gap(ctx.word_until(sp.end)).contains(',');
                let spi = set_off
                    .then(|| description_before(ctx, spi, s_first))
                    .flatten()
                    .unwrap_or(spi);
                let comma_before_sp = spi > s_first && ctx.gap(spi).contains(',');
                // `S, X said on Monday.` but not `In five years, we added
                // 700,000 jobs.`: after the cue only a time, place or
                // manner phrase (or the addressee of `told`).
                // (`At the dock that evening, he said:` introduces what
                // follows the colon, not the words before it.)
                let colon_after = text[c.span.end..].trim_start().starts_with(':');
                // (`…, Vask declined to comment`: a verb that takes an
                // infinitive reports what follows it, not the words before.)
                let infinitive =
                    ce < s_end && ctx.w(ce) == "to" && is_in(INFINITIVE_LEMMAS, &c.lemma);
                // `Her fares (the highest on the coast, Vask says) angered`: a tail
                // inside brackets reports the words from the opening one.
                let open_bracket = (ce < s_end && ctx.gap(ce).trim_start().starts_with(')'))
                    .then(|| text[sent.start..sp.start].rfind('('))
                    .flatten()
                    .map(|k| sent.start + k)
                    .filter(|&k| !text[k..sp.start].contains(')'));
                // (A dash after the cue closes the tail as a comma does:
                // `S, allies believe — …`.)
                let tail_ok = !colon_after
                    && !infinitive
                    && (ce >= s_end
                        || ctx.gap(ce).contains(',')
                        || is_dash(ctx.gap(ce).trim())
                        || open_bracket.is_some()
                        || is_in(TAIL_START, ctx.w(ce))
                        || is_in(ADDRESSEE_LEMMAS, &c.lemma));
                // `S1, X said, S2.`: a parenthetical cue splits the content
                // in two (`In Miami, Mr. Vask said, the mood is calm.`).
                // (Also past a short time or place phrase after the cue:
                // `In Miami, Vask said on Tuesday, the mood is calm.`)
                let split = if ce < s_end && ctx.gap(ce).contains(',') {
                    Some(ce)
                } else if ce < s_end && is_in(SHORT_PHRASE_OPENERS, ctx.w(ce)) {
                    (ce + 1..s_end.min(ce + 4))
                        .take_while(|&k| !ctx.hard(k) && !ctx.gap(k).contains([';', ':']))
                        .find(|&k| ctx.gap(k).contains(','))
                        .filter(|&k| !is_in(CLAUSE_JOINERS, ctx.w(k)))
                } else if ce < s_end && is_in(ADDRESSEE_LEMMAS, &c.lemma) && addressed(ctx.w(ce)) {
                    // (Past the one told: `The fix, Vask told them, was
                    // simple.`, `…, she told the Tolven Post on Friday, …`.)
                    (ce + 1..s_end.min(ce + 6))
                        .take_while(|&k| !ctx.hard(k) && !ctx.gap(k).contains([';', ':']))
                        .find(|&k| ctx.gap(k).contains(','))
                        .filter(|&k| !is_in(CLAUSE_JOINERS, ctx.w(k)))
                } else {
                    None
                };
                if let Some(s2) = split.filter(|_| comma_before_sp && !tail_has_that) {
                    // (A conjunction alone before the cue is no part of
                    // what was said: `And, Vask said, …`; a phrase is, `In
                    // Tolven, Vask said, the mood is calm`.)
                    let adverbial = spi - s_first == 1
                        && is_in(&["and", "but", "yet", "so", "or"], ctx.w(s_first));
                    let first = content_min(ctx, sent.start, ctx.words[spi - 1].end, 1);
                    // (`…, a clerk said, adding that S2`: the participle
                    // reports S2 in a row of its own.)
                    let participle_next = cues_in(cues, ctx.words[s2].start, ctx.words[s2].end)
                        .iter()
                        .any(|p| p.shape == Shape::Participle);
                    if participle_next {
                        if let Some(a) = first {
                            return Some(mk(a, Some(sp), method, 0.7));
                        }
                    } else if let (Some(a), Some(b)) =
                        (first, content_min(ctx, ctx.words[s2].start, sent.end, 2))
                    {
                        if adverbial {
                            return Some(mk(b, Some(sp), method, 0.7));
                        }
                        extra.push(mk(b, Some(sp), method, 0.7));
                        return Some(mk(a, Some(sp), method, 0.7));
                    }
                }
                // (A bare singular noun with `and` after its `verb` is a
                // list, no tail: `by mail, phone calls and ads`; `police
                // said` and `analyst says` are tails.)
                let one = sp.of(text);
                let bare_singular = !one.contains(' ')
                    && one.starts_with(|c: char| c.is_lowercase())
                    && !one.ends_with('s')
                    && !is_in(PRONOUNS, one)
                    && ce < s_end
                    && is_in(&["and", "or"], ctx.w(ce));
                // (A longer tail when it is one phrase of time, place or
                // medium: `…, she said in a radio message to the skippers`.)
                let phrase_tail = tail_words <= 12
                    && ce + 1 < s_end
                    && is_in(&["in", "on", "at", "during", "via", "through"], ctx.w(ce))
                    && is_in(
                        &["a", "an", "the", "his", "her", "their", "its"],
                        ctx.w(ce + 1),
                    )
                    && !(ce + 1..s_end).any(|k| {
                        // (An infinitive is no verb of a clause: `…, Vask
                        // said during his speech to be a delegate`.)
                        ctx.gap(k).contains([',', ';', ':'])
                            || is_in(
                                &["is", "was", "were", "are", "been", "has", "have", "had"],
                                ctx.w(k),
                            )
                            || ctx.w(k) == "be" && ctx.w(k - 1) != "to"
                    });
                // (Or a short tail that a comma and a clause of its own
                // follow: `…, the board said in its spring letter, and the
                // rest came from …`; or a participle cue that reports more:
                // `S, Vask said Tuesday in Tolven, noting that …`, when S
                // is no adverbial: not `In an interview, Vask wrote to
                // investors, saying …`.)
                let s_adverbial = {
                    let w = ctx.w(s_first);
                    is_in(ADJUNCT_PREPOSITIONS, w)
                        || is_in(SUBORDINATORS, w)
                        || is_in(&["like", "as", "with", "amid", "despite"], w)
                };
                let clause_tail = (ce + 1..s_end)
                    .find(|&k| {
                        let g = ctx.gap(k);
                        g != " " && g.contains([',', ';'])
                    })
                    .is_some_and(|k| {
                        // (Also a subordinate clause: `…, the board said
                        // Friday, as the skippers waited`.)
                        k - ce <= 6
                            && (is_in(CLAUSE_JOINERS, ctx.w(k))
                                || !s_adverbial
                                    && is_in(
                                        &["as", "when", "because", "after", "before"],
                                        ctx.w(k),
                                    )
                                || !s_adverbial
                                    && cues_in(cues, ctx.words[k].start, ctx.words[k].end)
                                        .iter()
                                        .any(|p| p.shape == Shape::Participle))
                    });
                // (Not for the second verb of a subject: in `Just then, the
                // pilot checked the load and asked for help` the words
                // before the subject are no content.)
                // (Too few words before the subject for a statement, as in
                // `However, Vask told reporters S`: the content follows the
                // cue.)
                // (In brackets, from the bracket to the comma: `5%,` keeps
                // its sign.)
                let tail_body = comma_before_sp
                    .then(|| {
                        let end = ctx.words[spi - 1].end;
                        match open_bracket {
                            Some(k) => {
                                content(ctx, k + 1, end + ctx.gap(spi).find(',').unwrap_or(0))
                            }
                            None => content(ctx, sent.start, end),
                        }
                    })
                    .flatten();
                // (Nor for a relative pronoun: in `S, said a clerk, who
                // asked to stay unnamed` the words before `who` are no
                // statement of its.)
                if let (true, Some(body)) = (
                    comma_before_sp
                        && !is_in(&["who", "which", "that"], sp.of(text))
                        && method != "coordinated_subject"
                        && (tail_words <= 6
                            || phrase_tail
                            || clause_tail
                            || open_bracket.is_some())
                        && !tail_has_that
                        && tail_ok
                        && !bare_singular,
                    tail_body,
                ) {
                    // (`By letter from his lawyer, he declined to answer.`;
                    // `Asked about the fares, Vask declined to comment.`:
                    // the question is a row of its own.)
                    let b0 = ctx.word_from(body.start);
                    let asked = ctx.w(b0).eq_ignore_ascii_case("asked")
                        || b0 + 1 < spi
                            && is_in(&["when", "if", "after", "once"], ctx.w(b0))
                            && ctx.w(b0 + 1) == "asked";
                    // (`Noting that S, Vask urged …`: the opening participle
                    // reports S in a row of its own.)
                    let participle = cues_in(cues, ctx.words[b0].start, ctx.words[b0].end)
                        .iter()
                        .any(|p| {
                            p.shape == Shape::Participle
                                && opening_participle(ctx, cues, ctx.word_until(p.span.end), s_end)
                                    .is_some()
                        });
                    if adjunct_only(ctx, body) || asked || participle {
                        return None;
                    }
                    // Not when the comma closes a direct quote: handled above.
                    let near = quotes_in(quoted, sent.start.saturating_sub(1), sp.start);
                    if near.into_iter().any(|i| {
                        let q = &quoted[i];
                        decisions[i].is_some()
                            && q.outer().end + 2 >= sp.start
                            && q.outer().end <= sp.start
                    }) {
                        return None;
                    }
                    // (`S1, the board said in its letter, and S2`: S2 is the
                    // board's too when it has a subject of its own.)
                    let joiner = (ce + 1..s_end)
                        .find(|&k| ctx.gap(k).contains([',', ';']))
                        .filter(|&k| k - ce <= 6 && ctx.w(k) == "and" && k + 1 < s_end);
                    if let Some(k) = joiner.filter(|&k| opens_with_subject(ctx, k + 1)) {
                        if let Some(second) = content(ctx, ctx.words[k + 1].start, sent.end) {
                            extra.push(mk(second, Some(sp), method, 0.7));
                        }
                    }
                    return Some(mk(body, Some(sp), method, 0.75));
                }
                // `X said (that) S.`
                let mut from = ce;
                if from < s_end
                    && is_in(ADDRESSEE_LEMMAS, &c.lemma)
                    && !c.span.of(text).contains(' ')
                {
                    // Past the addressee: to `that`, or to the word that
                    // opens what was asked or urged (`asked the court for
                    // action`, `urged voters to stay`), else past a
                    // determiner and its capitalised name (`told the Dayton
                    // Courier he …`) or one word (`told reporters he …`).
                    // (Not past a finite verb: in `told the Post the firm
                    // is for sale` the `for` is the clause's own.)
                    // (Nor past a subject pronoun: in `told reporters he'd
                    // force the town to pay` the `to` is the clause's own.)
                    let opener = (from..s_end.min(from + 6))
                        .take_while(|&k| {
                            let w = ctx.w(k);
                            !is_in(AUXILIARIES, w)
                                && !(k > from
                                    && (is_in(PERSONAL_PRONOUNS, w)
                                        || contraction_pronoun(w)
                                            .is_some_and(|p| is_in(PERSONAL_PRONOUNS, p))))
                        })
                        .find(|&k| {
                            let g = ctx.gap(k);
                            !g.contains([',', ';', ':']) && is_in(ADDRESSEE_OPENERS, ctx.w(k))
                        });
                    let that = (from..s_end.min(from + 6)).find(|&k| ctx.w(k) == "that");
                    // (`urged skippers to stay in port`: what was urged is
                    // the addressee's doing, so the content keeps them; not
                    // after `asked`, whose `to` opens the request itself.)
                    let doing = |o: usize| {
                        if o > from && ctx.w(o) == "to" && &*c.lemma != "ask" {
                            from
                        } else {
                            o
                        }
                    };
                    from = match (that, opener) {
                        (Some(t), Some(o)) if o < t => doing(o),
                        (Some(t), _) => t,
                        (None, Some(o)) => doing(o),
                        (None, None) => {
                            let k = addressee_end(ctx, from, s_end)?;
                            subject_after_addressee(ctx, &c.lemma, from, k, s_end).unwrap_or(k + 1)
                        }
                    };
                }
                // (`said repeatedly that …`, `said again that …`: an adverb
                // between the cue and `that` is no content.)
                if from + 1 < s_end
                    && ctx.w(from + 1) == "that"
                    && (is_adverb(ctx.w(from))
                        || is_in(&["again", "later", "twice", "once"], ctx.w(from)))
                {
                    from += 1;
                }
                // (`told the Courier last week he …`, `said on Tuesday he
                // …`: a time phrase before a subject pronoun is no content;
                // nor before `that`: `said in a statement Monday that …`,
                // `argued for years that …`.)
                let time = time_phrase_len(ctx, from, s_end);
                if time > 0
                    && from + time < s_end
                    && (is_in(PERSONAL_PRONOUNS, ctx.w(from + time))
                        || ctx.w(from + time) == "that")
                    && !ctx.gap(from + time).contains(',')
                {
                    from += time;
                }
                // (`said by phone that …`, `told the board via email that
                // …`: a medium before `that`.)
                if from + 2 < s_end && is_in(&["by", "via"], ctx.w(from)) {
                    if let Some(t) = (from + 2..s_end.min(from + 5))
                        .take_while(|&k| !ctx.gap(k).contains([',', ';', ':']))
                        .find(|&k| ctx.w(k) == "that")
                    {
                        from = t;
                    }
                }
                while from < s_end
                    && (is_in(SHORT_PHRASE_OPENERS, ctx.w(from))
                        || is_in(&["during", "after", "before", "later"], ctx.w(from)))
                {
                    // `said on Tuesday that …`: skip to `that` or the comma
                    // (or to `whether`, `if`, and after a verb that takes an
                    // infinitive to `to`: `wondered in recent weeks whether
                    // …`, `promised on Tuesday to …`).
                    // (Only past a time phrase: `agreed on a plan to …` keeps
                    // the plan.)
                    let infinitive = is_in(INFINITIVE_LEMMAS, &c.lemma);
                    let time_word = |k: usize| {
                        let w = ctx.w(k);
                        is_day(w)
                            || is_in(TIME_NOUNS, w)
                            || is_in(&["last", "this", "next", "earlier"], w)
                            || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
                    };
                    // (A longer phrase only of nouns and names: `noted in
                    // an opinion piece for the Tolven harbour weekly that …`; no
                    // infinitive, `called on the council to ban the boats
                    // that …`, nor `at least`, after a preposition only.)
                    let plain = |k: usize| {
                        let w = ctx.w(k);
                        let verb_like = w.ends_with("ing") || w.ends_with("ed");
                        !is_in(PERSONAL_PRONOUNS, w)
                            && !is_in(AUXILIARIES, w)
                            && w != "to"
                            && (is_capitalised(w) || !verb_like)
                            && !ctx.gap(k).contains([',', ';', ':', '"', '“', '”'])
                    };
                    // (`… as the boat that had lost its mast`: a relative
                    // `that` before a verb.)
                    let clause = |t: usize| {
                        t + 1 < s_end
                            && !is_in(AUXILIARIES, ctx.w(t + 1))
                            && !ctx.w(t + 1).ends_with("ed")
                    };
                    let long = || {
                        let preposition = from + 1 < s_end
                            && is_in(&["in", "on", "at", "during"], ctx.w(from))
                            && !is_in(&["least", "most"], ctx.w(from + 1));
                        (from + 8..s_end.min(from + 12))
                            .filter(|_| preposition)
                            .find(|&k| ctx.w(k) == "that")
                            .filter(|&t| clause(t) && (from + 1..t).all(plain))
                    };
                    let stop = (from..s_end.min(from + 8)).find(|&k| {
                        let w = ctx.w(k);
                        w == "that"
                            || k > from + 1 && is_in(&["whether", "if"], w)
                            || k > from + 1
                                && infinitive
                                && w == "to"
                                && k <= from + 3
                                && (from..k).any(time_word)
                            || (k > from && ctx.gap(k).contains(','))
                    });
                    match stop.or_else(long) {
                        Some(k) => from = k,
                        None => break,
                    }
                }
                // (`replied to him that …`, `wrote to the board that …`: past
                // the one addressed, a pronoun, a determined phrase or a
                // name; not an infinitive, `to punish skippers that …`, nor
                // `adds to the worry that …`.)
                if from + 2 < s_end
                    && ctx.w(from) == "to"
                    && addressed(ctx.w(from + 1))
                    && &*c.lemma != "add"
                {
                    if let Some(t) = (from + 2..s_end.min(from + 6))
                        .take_while(|&k| !ctx.hard(k) && !ctx.gap(k).contains([',', ';', ':']))
                        .find(|&k| ctx.w(k) == "that")
                    {
                        from = t;
                    }
                }
                if from < s_end && ctx.w(from) == "that" {
                    from += 1;
                }
                if from >= s_end {
                    return None;
                }
                // A quoted fragment opening the content keeps its mark.
                let start = fragment.unwrap_or(ctx.words[from].start);
                // (A verb of taking sides reports a bare name: `Vask
                // endorsed Brask.`)
                // (Nor does a short answer to a verb of speaking: `Vask
                // said yes.`, `Brask said she would.`, not `they think we
                // are`.)
                // (Nor an infinitive after a verb that takes one: `Vask
                // declined to comment.`, `the skippers want to sail`.)
                let infinitive_only =
                    from + 1 < s_end && is_in(INFINITIVE_LEMMAS, &c.lemma) && ctx.w(from) == "to";
                // (`the fares, which Vask says were set in 1990, …`: a
                // relative word right before the subject stands for what
                // was said, so a short remainder is whole.)
                let relative_word = relative_opener(ctx, sp, s_first, (ci, ce), s_end);
                let min_words = if is_in(SIDE_LEMMAS, &c.lemma)
                    || relative_word.is_some()
                    || is_in(INVERTING_LEMMAS, &c.lemma) && short_answer(ctx, from, s_end)
                {
                    1
                } else if infinitive_only {
                    2
                } else {
                    3
                };
                let body = content_min(ctx, start, sent.end, min_words)?;
                // (`Tolven, who had endorsed Brask, spoke first`: a relative
                // clause ends at a comma before the main verb.)
                let relative = ctx.w(ctx.word_until(sp.end) - 1) == "who";
                let body = if relative {
                    before_main_verb(ctx, cues, body).unwrap_or(body)
                } else {
                    body
                };
                // (`Sales declined sharply to 41 percent`: a fall, not a
                // refusal.)
                let number =
                    |k: usize| k < s_end && ctx.w(k).starts_with(|c: char| c.is_ascii_digit());
                if &*c.lemma == "decline"
                    && (is_adverb(ctx.w(from))
                        || number(from)
                        || is_in(&["by", "from", "to"], ctx.w(from)) && number(from + 1))
                {
                    return None;
                }
                // (`which the mayor doubts and which …`, `what she wants but
                // …`: a conjunction opens a new clause, not the object;
                // `is adding to his herd` adds no words.)
                let bi = ctx.word_from(body.start);
                let opener = ctx.w(bi);
                if bi == ce && is_in(&["and", "but", "or"], opener)
                    || &*c.lemma == "add" && opener.eq_ignore_ascii_case("to") && fragment.is_none()
                {
                    return None;
                }
                // (`Vask responded Friday, saying S`, `Vask interjected,
                // calling the plan …`: after a comma the participle reports
                // the statement, as a row of its own.)
                if participle_reports(ctx, cues, bi, s_end) {
                    return None;
                }
                // (`believe in X` is a belief, not a place.)
                let belief = &*c.lemma == "believe" && ctx.w(ctx.word_from(body.start)) == "in";
                // (`remarks, reported by the Ledger on Tuesday, suggested
                // …`, `criticized by many skippers for …`: a passive agent
                // after a participle, however long, is no content.)
                let b0 = ctx.word_from(body.start);
                if passive_agent(ctx, c, b0, s_end) {
                    // (The agent is the speaker when what it said follows:
                    // `accused by the council of hiding the fares`.)
                    return said_by(ctx, &c.lemma, b0 + 1, s_end)
                        .map(|(body, sp)| mk(body, Some(sp), "indirect_cue", 0.6));
                }
                if adjunct_only(ctx, body) && !belief
                    || verb_list(ctx, ce, s_end)
                    || hearsay(ctx, c, ce, s_end)
                {
                    return None;
                }
                let mut body = before_joined_clause(ctx, before_participle_cue(ctx, body, cues));
                // (`wrote to the skippers, saying …`: what is left before
                // the participle is the one addressed, and the participle
                // reports the speech.)
                let (b0, b1) = (ctx.word_from(body.start), ctx.word_until(body.end));
                if b1 <= b0 + 4 && ctx.w(b0) == "to" && b0 + 1 < b1 && addressed(ctx.w(b0 + 1)) {
                    return None;
                }
                // `Vask, who has endorsed Lu, said …`: the cue of a relative
                // clause reports up to the comma before the main verb.
                if is_in(
                    &["who", "which"],
                    ctx.w(ctx.word_until(sp.end).saturating_sub(1)),
                ) {
                    let main = cues_in(cues, body.start, body.end).iter().find(|m| {
                        let mi = ctx.word_from(m.span.start);
                        // (`… "in the seven figures," described …`: a
                        // quotation may close before the comma.)
                        m.shape == Shape::Verb
                            && ctx.gap(mi).trim_matches(|ch: char| {
                                ch.is_whitespace() || matches!(ch, '"' | '”' | '’' | '\'')
                            }) == ","
                    });
                    if let Some(m) = main {
                        let mi = ctx.word_from(m.span.start);
                        body = content(ctx, body.start, ctx.words[mi - 1].end)?;
                    }
                }
                // `When critics said the plan was too costly, Tarn …`: the
                // cue of an opening subordinate clause reports up to the
                // comma before the main clause.
                // (Also after a leading conjunction: `And after the court
                // refused to …, Brask blamed …`.)
                let opener = if is_in(&["and", "but", "so", "yet"], ctx.w(s_first)) {
                    s_first + 1
                } else {
                    s_first
                };
                if opener < s_end
                    && is_in(SUBORDINATORS, ctx.w(opener))
                    && ctx.word_from(sp.start) == opener + 1
                {
                    let b0 = ctx.word_from(body.start);
                    let b1 = ctx.word_until(body.end);
                    if let Some(k) = (b0 + 1..b1).find(|&k| ctx.gap(k).contains(',')) {
                        body = content(ctx, body.start, ctx.words[k - 1].end)?;
                    }
                }
                // `The timetables, which skippers say will start in May,
                // were welcomed`: in a relative clause set off by commas,
                // the content ends at the comma before the main clause's
                // verb.
                let spi = ctx.word_from(sp.start);
                // (Also when the relative pronoun is the speaker: `Brask, who
                // has argued that S, will retire`.)
                let relative = spi > s_first
                    && is_in(&["which", "who"], ctx.w(spi - 1))
                    && spi - 1 > s_first
                    && ctx.gap(spi - 1).contains(',')
                    || is_in(
                        &["which", "who"],
                        ctx.w(ctx.word_until(sp.end).saturating_sub(1)),
                    ) && sp.of(text).contains(',');
                if relative {
                    let b0 = ctx.word_from(body.start);
                    let b1 = ctx.word_until(body.end);
                    let main_verb = (b0 + 1..b1)
                        .find(|&k| ctx.gap(k).contains(',') && is_in(AUXILIARIES, ctx.w(k)));
                    if let Some(k) = main_verb {
                        body = content(ctx, body.start, ctx.words[k - 1].end)?;
                    }
                }
                if body.of(text).starts_with(is_open_mark) && fragment.is_none() {
                    return None;
                }
                // The row opens with the relative word: `which Vask says
                // were set in 1990` (speaker and cue inside the span). A
                // clause set off by a comma before `which` ends at the next
                // comma that closes no list (`which Vask said hurt the
                // harbour, the fleet and the mill, will end`).
                if let Some((r, set_off)) = relative_word {
                    if set_off {
                        body = before_clause_comma(ctx, body);
                    }
                    body.start = ctx.words[r].start;
                }
                return Some(mk(body, Some(sp), method, 0.75));
            }
            None
        }
        Shape::Participle => {
            // (A quoted fragment that opens the content keeps it reported:
            // `…, saying "we regret it" to the crews`.)
            let fragment =
                quote_follows && fragment_open(ctx, quoted, c, c.span.end + 80).is_some();
            if quote_follows && !fragment {
                return None;
            }
            // (Also after a preposition or conjunction of time or means:
            // `In describing the plan, Vask said …`, `But while insisting
            // that S, Vask …`, `…: By refusing to …, Vask …`.)
            let opens = opens_clause(ctx, s_first, ci) || {
                let lead = ci.checked_sub(1).filter(|&k| {
                    k >= s_first
                        && ctx.gap(ci) == " "
                        && is_in(
                            &[
                                "in", "by", "while", "after", "before", "when", "since", "despite",
                            ],
                            ctx.w(k),
                        )
                });
                // (`In addition to fearing that S, Vask …`.)
                let addition = ci >= s_first + 3
                    && ctx.w(ci - 1) == "to"
                    && ctx.w(ci - 2) == "addition"
                    && ctx.w(ci - 3).eq_ignore_ascii_case("in");
                lead.is_some_and(|k| opens_clause(ctx, s_first, k))
                    || addition && opens_clause(ctx, s_first, ci - 3)
            };
            if opens {
                return opening_participle(ctx, cues, ce, s_end)
                    .map(|(body, sp)| mk(body, Some(sp), "participle_subject", 0.6));
            }
            let prev = ctx.w(ci - 1);
            // `Vask won the seat by arguing that S`: after `by`, `after`,
            // `before` or `while`, the subject the sentence opens with.
            let adjunct = adjunct_subject(ctx, c, s_first, (ci, ce));
            // `…, saying S`; `Lu released a statement saying S` (the
            // subject's); `a poll showing S` (the poll's).
            let after_document = is_in(DOCUMENT_NOUNS, prev) && !ctx.hard(ci);
            let after_source = is_in(SOURCE_NOUNS, prev) && !ctx.hard(ci);
            // (Not `with the port adding 300 jobs`: a sum, not a statement.)
            let absolute = with_phrase(ctx, s_first, ci).filter(|_| &*c.lemma != "add");
            // (A dash sets the participle off as a comma does: `Vask
            // changed his mind – saying …`.)
            let set_off = ctx.gap(ci).contains(',') || is_dash(ctx.gap(ci).trim());
            if !(set_off
                || after_document
                || after_source
                || absolute.is_some()
                || adjunct.is_some())
            {
                return None;
            }
            let mut from = ce;
            if from < s_end && ctx.w(from) == "that" {
                from += 1;
            }
            if from >= s_end {
                return None;
            }
            // (`…, adding to her victories`: no words reported.)
            if from == ce && ctx.w(from) == "to" && &*c.lemma == "add" {
                return None;
            }
            // A quoted fragment opening the content keeps its mark.
            let start = fragment_open(ctx, quoted, c, ctx.words[from].start + 1)
                .unwrap_or(ctx.words[from].start);
            let body = content(ctx, start, sent.end)?;
            let body = before_participle_cue(ctx, body, cues);
            // (`Vask, citing the old rules, said S`: the aside ends at the
            // comma before the subject's own verb.)
            let own_verb = cues_in(cues, body.start, body.end).iter().find_map(|v| {
                let vi = ctx.word_from(v.span.start);
                (v.shape == Shape::Verb
                    && vi > ctx.word_from(body.start) + 1
                    && ctx.gap(vi).trim() == ",")
                    .then(|| ctx.words[vi - 1].end)
            });
            // (An aside that is only a phrase after the participle says
            // nothing: `Vask, writing in the Ledger, said …`, `…, pointing
            // to the figures, said …`.)
            let body = match own_verb {
                Some(_)
                    if is_in(ADJUNCT_PREPOSITIONS, ctx.w(ctx.word_from(body.start)))
                        || ctx.w(ctx.word_from(body.start)) == "for" =>
                {
                    return None
                }
                Some(end) => content(ctx, body.start, end)?,
                None => body,
            };
            if after_source && !ctx.gap(ci).contains(',') {
                // The source phrase: back from the noun to its determiner
                // (`the new state poll`), else the noun alone.
                let noun = ci - 1;
                let first = noun_phrase_start(ctx, s_first, noun, cues).unwrap_or(noun);
                let sp = Span::new(ctx.words[first].start, ctx.words[noun].end);
                return Some(mk(body, Some(sp), "indirect_cue", 0.6));
            }
            if after_document && !ctx.gap(ci).contains(',') {
                if let Some((sp, named)) = document_owner(ctx, s_first, ci - 1, cues) {
                    let mut q = mk(body, Some(sp), "participle_subject", 0.6);
                    // (A possessor links as no speaker elsewhere: set it here.)
                    if let (Some(s), Some(m)) = (q.speaker.as_mut(), named) {
                        s.mention = Some(m);
                    }
                    return Some(q);
                }
            }
            if let Some(sp) = absolute {
                return Some(mk(body, Some(sp), "participle_subject", 0.6));
            }
            if let Some(sp) = adjunct {
                return Some(mk(body, Some(sp), "participle_subject", 0.5));
            }
            let sp = subject_of(ctx, sent, ci, cues);
            if sp.is_none() && !ctx.gap(ci).contains(',') {
                return None;
            }
            Some(mk(body, sp, "participle_subject", 0.6))
        }
    }
}
