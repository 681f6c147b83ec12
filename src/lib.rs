//! whosaid: who said what in news articles, in bulk.
//!
//! The pipeline, one module per stage, in the order data flows:
//!
//! 1. [`read`] — input files (txt, JSONL, CSV/TSV, gz/zst) to [`read::Article`]s
//! 2. [`segment`] — paragraphs and sentences
//! 3. [`entities`] — people, titles, institutions, places (dictionary + patterns)
//! 4. [`quotes`] — text inside quotation marks
//! 5. [`cues`] — reporting verbs and phrases
//! 6. [`attribute`] — ordered, named sieves linking quotes to speakers
//! 7. [`resolve`] — coreference: mentions grouped into entities
//! 8. [`output`] — rows for quotes / mentions / entities / documents, rendered
//!    as CSV or JSON, and [`run`] drives it all over many articles in
//!    parallel (rayon), writing in input order.
//!
//! [`Pipeline`] holds the immutable configuration (dictionaries and the
//! matchers built from them), built once and shared read-only by threads.
//! [`Pipeline::analyze`] runs stages 2–7 on one text.

pub mod attribute;
pub mod cues;
pub mod dictionary;
pub mod entities;
pub mod error;
pub mod output;
pub mod quotes;
pub mod read;
pub mod resolve;
pub mod run;
pub mod segment;
pub mod span;

pub use dictionary::Dictionaries;
pub use error::Error;

/// Dictionaries plus the matchers built from them. Immutable; `Send + Sync`.
pub struct Pipeline {
    pub dictionaries: Dictionaries,
    matcher: entities::Matcher,
    cues: cues::Lexicon,
}

/// Everything the stages found in one article. Spans are byte ranges into
/// the article text.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub segments: segment::Segments,
    pub mentions: Vec<entities::Mention>,
    pub entities: Vec<resolve::Entity>,
    pub quotes: Vec<attribute::Quote>,
    /// Repairs and other notes for documents.csv `message`.
    pub notes: Vec<String>,
}

impl Pipeline {
    /// Build the matchers from loaded dictionaries.
    pub fn new(dictionaries: Dictionaries) -> Pipeline {
        // Independent builds over the same read-only entries.
        let (matcher, cues) = rayon::join(
            || entities::Matcher::new(&dictionaries),
            || cues::Lexicon::new(&dictionaries),
        );
        Pipeline {
            dictionaries,
            matcher,
            cues,
        }
    }

    /// A pipeline with only the embedded default dictionaries.
    pub fn with_defaults() -> Result<Pipeline, Error> {
        Ok(Pipeline::new(Dictionaries::load(true, &[] as &[&str])?))
    }

    /// Run every stage on one article text.
    pub fn analyze(&self, text: &str) -> Analysis {
        self.analyze_until(text, Stage::All)
    }

    /// Run the stages up to and including `last` (for the benchmark's stage
    /// breakdown); later stages' outputs stay empty.
    pub fn analyze_until(&self, text: &str, last: Stage) -> Analysis {
        let dicts = &self.dictionaries;
        let segments = segment::segment(text);
        let mut analysis = Analysis {
            segments,
            mentions: Vec::new(),
            entities: Vec::new(),
            quotes: Vec::new(),
            notes: Vec::new(),
        };
        if last < Stage::Entities {
            return analysis;
        }
        let segments = &analysis.segments;
        if last < Stage::Attribute {
            analysis.mentions = entities::find(&self.matcher, dicts, text, segments);
            return analysis;
        }
        // The word spans come from the entity stage's tokens: the text is
        // cut once.
        let (mut mentions, words) = entities::find_with_words(&self.matcher, dicts, text, segments);
        let (quoted, mut notes) = quotes::find(text, segments);
        let cues = cues::find_in_hashed_words(&self.cues, text, &words.spans, &words.folded);
        let quotes = attribute::attribute(text, segments, &mentions, &quoted, &cues, words.spans);
        let entities = resolve::resolve(text, dicts, &mut mentions, &quotes);
        notes.dedup();
        analysis.mentions = mentions;
        analysis.entities = entities;
        analysis.quotes = quotes;
        analysis.notes = notes;
        analysis
    }
}

/// How far a run goes, for the benchmark's stage breakdown
/// (`whosaid extract --bench-stage`). Real runs use [`Stage::All`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Read and parse the input only (the I/O floor); no output rows.
    Read,
    /// + segmentation and entity matching.
    Entities,
    /// + quotes, cues, attribution and coreference; no output rows.
    Attribute,
    /// Everything, output written.
    All,
}

impl Stage {
    pub fn parse(s: &str) -> Result<Stage, String> {
        match s {
            "read" => Ok(Stage::Read),
            "entities" => Ok(Stage::Entities),
            "attribute" => Ok(Stage::Attribute),
            "all" => Ok(Stage::All),
            _ => Err(format!(
                "unknown stage `{s}` (read, entities, attribute, all)"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn pipeline_is_send_and_sync() {
        fn assert<T: Send + Sync>() {}
        assert::<super::Pipeline>();
    }
}
