//! Quote finding and attribution micro-benchmark: `quotes::find`,
//! `cues::find` and `attribute::attribute` over news-like text generated
//! here (one quoted sentence with a reporting verb and a named speaker per
//! paragraph).
//!
//! `cargo bench --bench quotes`. The bench asserts how many quotes it
//! finds and how many it attributes, so a quote finder that silently finds
//! nothing fails instead of looking fast.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use whosaid::dictionary::DictionariesBuilder;
use whosaid::{attribute, cues, entities, quotes, segment};

const PEOPLE: [&str; 4] = [
    "Anna Kellerby",
    "Peter Novakov",
    "Maria Smithson",
    "John Parkwood",
];
const VERBS: [&str; 3] = ["said", "added", "warned"];

fn dictionary() -> String {
    let mut s = String::from("name\ttype\tlemma\tshape\n");
    for p in PEOPLE {
        s.push_str(&format!("{p}\tperson\t\t\n"));
    }
    for v in VERBS {
        s.push_str(&format!("{v}\tcue\t{v}\tverb\n"));
    }
    s
}

fn article(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "\u{201c}We expect prices to rise this year and next,\u{201d} {} {}. \
                 Markets were calm on Tuesday and trading volumes were lower than usual.",
                VERBS[i % 3],
                PEOPLE[i % 4]
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn bench(c: &mut Criterion) {
    let mut b = DictionariesBuilder::default();
    b.add_text("bench.tsv", &dictionary());
    let dicts = b.build().expect("bench dictionary loads");
    let matcher = entities::Matcher::new(&dicts);
    let lexicon = cues::Lexicon::new(&dicts);
    let paragraphs = 200;
    let text = article(paragraphs);
    let segments = segment::segment(&text);
    let mentions = entities::find(&matcher, &dicts, &text, &segments);

    let run = || {
        let (quoted, _notes) = quotes::find(&text, &segments);
        let words = whosaid::entities::words(&text);
        let cues = cues::find_in_words(&lexicon, &text, &words);
        attribute::attribute(&text, &segments, &mentions, &quoted, &cues, words)
    };
    let found = run();
    assert_eq!(found.len(), paragraphs, "one quote per paragraph");
    assert_eq!(
        found.iter().filter(|q| q.speaker.is_some()).count(),
        paragraphs,
        "every quote attributed to the person after its verb"
    );

    let mut g = c.benchmark_group("quotes");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("find+cues+attribute", |bch| {
        bch.iter(|| {
            let q = run();
            assert_eq!(q.len(), paragraphs);
            q
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
