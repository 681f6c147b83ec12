//! Entity matching micro-benchmark: `entities::find` (tokenise, dictionary
//! scan, patterns, selection, coreference, linking) over news-like text
//! generated here, with a generated dictionary of people and institutions.
//!
//! `cargo bench --bench matcher`. The bench asserts how many dictionary
//! mentions it finds, so a matcher that silently matches nothing fails
//! instead of looking fast.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use whosaid::dictionary::DictionariesBuilder;
use whosaid::entities::{self, Matcher, MentionKind, Source};
use whosaid::segment;

const GIVEN: [&str; 8] = [
    "Anna", "Peter", "Maria", "John", "Fatima", "Carlos", "Olga", "David",
];
const FAMILY: [&str; 8] = [
    "Kellerby", "Novakov", "Smithson", "Parkwood", "Haddadi", "Silvano", "Ivanovna", "Moreaux",
];
const ORGS: [&str; 4] = [
    "Harbour Institute",
    "Northfield Trust",
    "Acme Holdings",
    "Riverside Council",
];

/// The dictionary: every given × family name as a person, and the orgs.
fn dictionary() -> String {
    let mut s = String::from("name\ttype\tid\tgender\n");
    for (i, g) in GIVEN.iter().enumerate() {
        for f in FAMILY {
            let gender = if i % 2 == 0 { "female" } else { "male" };
            s.push_str(&format!("{g} {f}\tperson\t{g}-{f}\t{gender}\n"));
        }
    }
    for o in ORGS {
        s.push_str(&format!("{o}\tinstitution\t{o}\t\n"));
    }
    s
}

/// `n` paragraphs, each naming one listed person and one listed institution.
fn article(n: usize) -> String {
    let mut x: u32 = 12345;
    let mut next = |m: usize| {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        x as usize % m
    };
    let mut out = Vec::new();
    for _ in 0..n {
        let p = format!("{} {}", GIVEN[next(8)], FAMILY[next(8)]);
        let o = ORGS[next(4)];
        out.push(format!(
            "Markets were calm on Tuesday and trading volumes were lower than usual. \
             {p} works for the {o} and spoke at length about the budget for next year."
        ));
    }
    out.join("\n\n")
}

fn bench(c: &mut Criterion) {
    let mut b = DictionariesBuilder::default();
    b.add_text("bench.tsv", &dictionary());
    let dicts = b.build().expect("bench dictionary loads");
    let matcher = Matcher::new(&dicts);
    let paragraphs = 200;
    let text = article(paragraphs);
    let segments = segment::segment(&text);

    let count = |kind: MentionKind| {
        entities::find(&matcher, &dicts, &text, &segments)
            .iter()
            .filter(|m| m.kind == kind && m.source == Source::Dictionary && m.entry.is_some())
            .count()
    };
    assert_eq!(
        count(MentionKind::Person),
        paragraphs,
        "one listed person per paragraph"
    );
    assert_eq!(
        count(MentionKind::Institution),
        paragraphs,
        "one listed institution per paragraph"
    );

    let mut g = c.benchmark_group("matcher");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("entities::find", |bch| {
        bch.iter(|| {
            let m = entities::find(&matcher, &dicts, &text, &segments);
            assert!(m.len() >= 2 * paragraphs);
            m
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
