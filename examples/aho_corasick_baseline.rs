//! Measures the alternative issue 3 asks to compare: one Aho-Corasick
//! automaton over the raw bytes holding every person, institution and place
//! surface form (case-sensitive, leftmost-longest), against whosaid's
//! token-hash dictionary matcher, on the same texts.
//!
//!     cargo run --release --example aho_corasick_baseline -- CORPUS.jsonl [EXTRA.tsv]
//!
//! The automaton only finds raw byte matches (no word boundaries, no
//! patterns), so it does less work than the matcher; the numbers are a lower
//! bound on what an automaton-based stage would cost.

use std::io::BufRead;
use std::time::Instant;

use aho_corasick::{AhoCorasick, MatchKind};
use whosaid::dictionary::{Dictionaries, Kind};
use whosaid::entities::{lexicon::Matcher, tokens};
use whosaid::segment;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let corpus = args
        .first()
        .expect("usage: aho_corasick_baseline CORPUS.jsonl [EXTRA.tsv]");
    let extra: Vec<&String> = args.iter().skip(1).collect();
    let texts: Vec<String> = std::io::BufReader::new(std::fs::File::open(corpus).unwrap())
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(&l.unwrap()).unwrap()["text"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    let mb = texts.iter().map(|t| t.len()).sum::<usize>() as f64 / 1e6;
    let dicts = Dictionaries::load(true, &extra).unwrap();

    let t = Instant::now();
    let forms: Vec<&str> = dicts
        .entries
        .iter()
        .filter(|e| matches!(e.kind, Kind::Person | Kind::Institution | Kind::Place))
        .flat_map(|e| e.surface_forms())
        .collect();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&forms)
        .unwrap();
    let ac_build = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let ac_matches: usize = texts.iter().map(|x| ac.find_iter(x).count()).sum();
    let ac_search = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let matcher = Matcher::new(&dicts);
    let hash_build = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut hash_matches = 0;
    for x in &texts {
        let seg = segment::segment(x);
        let toks = tokens::tokenize(x, Some(&seg));
        let mut cands = Vec::new();
        let headline = vec![false; toks.last().map_or(0, |t| t.sentence as usize + 1)];
        matcher.scan(&toks, &headline, &mut cands);
        hash_matches += cands.len();
    }
    let hash_search = t.elapsed().as_secs_f64();

    println!("{} surface forms, {mb:.1} MB of text", forms.len());
    println!("aho-corasick (bytes, leftmost-longest): build {ac_build:.2} s, search {ac_search:.2} s ({:.1} MB/s), {ac_matches} raw matches", mb / ac_search);
    println!("token-hash matcher (tokenize + scan):  build {hash_build:.2} s, search {hash_search:.2} s ({:.1} MB/s), {hash_matches} candidates", mb / hash_search);
}
