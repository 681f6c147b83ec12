//! Running the pipeline over many articles: batching, parallelism, writing.
//!
//! Reads INPUT paths through `read` on a reader thread, in bounded batches
//! (memory does not grow with the corpus); analyses each batch across
//! articles with rayon (or a plain iterator with one thread); renders rows
//! in the workers; and a writer thread appends them to the outputs in input
//! order, so the output is byte-identical for every thread count.
//!
//! Output files are written under temporary names and renamed into place
//! when complete, manifest.json last: an interrupted run never leaves a
//! truncated quotes.csv that looks finished.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;
use serde::Serialize;

use crate::output::{self, CsvChunks, Rows};
use crate::read::{self, ReadOptions, Record};
use crate::{Pipeline, Stage};

/// Records per batch (a batch also ends at [`BATCH_BYTES`]).
const BATCH_RECORDS: usize = 1024;
const BATCH_BYTES: usize = 8 << 20;

/// `--shard K/N`: keep the K-th (1-based) of N parts by a stable hash of
/// the article id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl Shard {
    pub fn parse(s: &str) -> Result<Shard, String> {
        let err = || format!("--shard expects K/N with 1 <= K <= N, got `{s}`");
        let (k, n) = s.split_once('/').ok_or_else(err)?;
        let (index, count): (u32, u32) = (
            k.trim().parse().map_err(|_| err())?,
            n.trim().parse().map_err(|_| err())?,
        );
        if index == 0 || count == 0 || index > count {
            return Err(err());
        }
        Ok(Shard { index, count })
    }

    /// True when the article id belongs to this shard. FNV-1a of the id's
    /// UTF-8 bytes, modulo N: stable across runs, machines and versions.
    pub fn keeps(&self, id: &str) -> bool {
        (crate::dictionary::fnv1a(id.as_bytes()) % self.count as u64) as u32 == self.index - 1
    }
}

/// Where the rows go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destination {
    /// One JSON object per article on stdout.
    Stdout,
    /// The CSV files and manifest.json in a directory.
    CsvDir(PathBuf),
    /// One SQLite database file.
    Sqlite(PathBuf),
}

/// Options of `whosaid extract`.
#[derive(Clone, Debug)]
pub struct ExtractOptions {
    pub inputs: Vec<PathBuf>,
    pub destination: Destination,
    /// Worker threads; 1 runs a plain iterator on the calling thread.
    pub threads: usize,
    pub read: ReadOptions,
    pub excel: bool,
    pub shard: Option<Shard>,
    pub progress: bool,
    /// Print each bad record on stderr.
    pub report_errors: bool,
    /// Stop after this stage and write no rows (benchmark breakdown);
    /// [`Stage::All`] for real runs.
    pub stage: Stage,
}

/// What a run did, for the summary line and the manifest.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Counts {
    pub records: u64,
    pub ok: u64,
    pub errors: u64,
    pub skipped_by_shard: u64,
    pub chars: u64,
    pub quotes: u64,
    pub mentions: u64,
    pub entities: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    pub counts: Counts,
    /// Messages of the records that failed (the first 1,000).
    pub errors: Vec<String>,
    pub input_bytes: u64,
    pub elapsed_seconds: f64,
}

/// Errors that end a run (exit status 2); bad records never do.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("cannot write {path}: {source}")]
    Output { path: String, source: io::Error },
    #[error("{0}")]
    Other(String),
}

/// One record, analysed and rendered by a worker.
struct Rendered {
    status_ok: bool,
    message: String,
    counts: (u64, u64, u64, u64),
    body: Body,
}

pub(crate) enum Body {
    Csv(CsvChunks),
    Json(Vec<u8>),
    Rows(Rows),
    /// Benchmark stage runs write nothing.
    Nothing,
}

fn render(
    pipeline: &Pipeline,
    record: Record,
    dest: &Destination,
    excel: bool,
    stage: Stage,
) -> Rendered {
    if stage < Stage::All {
        return bench_only(pipeline, record, stage);
    }
    let mut rows = match record {
        Record::Article(article) => {
            let analysis = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                pipeline.analyze(&article.text)
            }));
            match analysis {
                // The common case renders CSV straight from the analysis,
                // without an owned copy of every cell.
                Ok(a) if !excel && matches!(dest, Destination::CsvDir(_)) => {
                    let (chunks, s) = output::csv_of(&article, &a);
                    return Rendered {
                        status_ok: true,
                        message: s.message,
                        counts: (
                            s.chars as u64,
                            s.quotes as u64,
                            s.mentions as u64,
                            s.entities as u64,
                        ),
                        body: Body::Csv(chunks),
                    };
                }
                Ok(a) => Rows::new(&article, &a),
                Err(_) => Rows::bad(
                    &article.id,
                    &article.source,
                    &format!(
                        "{}: internal error while analysing this article (please report it)",
                        article.source
                    ),
                ),
            }
        }
        Record::Bad {
            id,
            source,
            message,
        } => Rows::bad(&id, &source, &message),
    };
    if excel {
        rows.make_excel_safe();
    }
    let d = &rows.document;
    let status_ok = d.status == "ok";
    let message = d.message.clone();
    let counts = (
        d.chars as u64,
        rows.quotes.len() as u64,
        rows.mentions.len() as u64,
        rows.entities.len() as u64,
    );
    let body = match dest {
        Destination::Stdout => Body::Json(rows.to_json_line()),
        Destination::CsvDir(_) => Body::Csv(rows.to_csv(excel)),
        Destination::Sqlite(_) => Body::Rows(rows),
    };
    Rendered {
        status_ok,
        message,
        counts,
        body,
    }
}

/// A record taken only through the stages up to `stage`, for the
/// benchmark's breakdown: counted, nothing written.
fn bench_only(pipeline: &Pipeline, record: Record, stage: Stage) -> Rendered {
    let (status_ok, counts) = match &record {
        Record::Article(a) => {
            let mut n = (a.text.len() as u64, 0, 0, 0);
            if stage > Stage::Read {
                let analysis = pipeline.analyze_until(&a.text, stage);
                n = (
                    n.0,
                    analysis.quotes.len() as u64,
                    analysis.mentions.len() as u64,
                    analysis.entities.len() as u64,
                );
            }
            (true, n)
        }
        Record::Bad { .. } => (false, (0, 0, 0, 0)),
    };
    Rendered {
        status_ok,
        message: String::new(),
        counts,
        body: Body::Nothing,
    }
}

/// Where rendered records are written, in order.
pub(crate) trait Sink: Send {
    fn write(&mut self, r: &Body) -> Result<(), RunError>;
    /// Complete the outputs (rename into place); the manifest comes last.
    fn finish(self: Box<Self>, manifest: &Manifest) -> Result<(), RunError>;
}

struct StdoutSink {
    out: BufWriter<io::Stdout>,
}

impl Sink for StdoutSink {
    fn write(&mut self, r: &Body) -> Result<(), RunError> {
        if let Body::Json(b) = r {
            self.out.write_all(b).map_err(|e| out_err("<stdout>", e))?;
        }
        Ok(())
    }
    fn finish(mut self: Box<Self>, _: &Manifest) -> Result<(), RunError> {
        self.out.flush().map_err(|e| out_err("<stdout>", e))
    }
}

fn out_err(path: impl AsRef<Path>, source: io::Error) -> RunError {
    RunError::Output {
        path: path.as_ref().display().to_string(),
        source,
    }
}

/// A file written under `NAME.partial` and renamed to NAME when complete.
struct AtomicFile {
    tmp: PathBuf,
    path: PathBuf,
    out: BufWriter<File>,
    /// Bytes handed to the file since its writeback was last started.
    unflushed: usize,
}

/// Start the disk writes of a table after this many bytes, so the sync at
/// the end waits for the last few megabytes instead of the whole table.
const WRITEBACK_BYTES: usize = 16 << 20;

impl AtomicFile {
    fn create(path: PathBuf) -> Result<AtomicFile, RunError> {
        let mut tmp = path.clone().into_os_string();
        tmp.push(".partial");
        let tmp = PathBuf::from(tmp);
        let f = File::create(&tmp).map_err(|e| out_err(&tmp, e))?;
        Ok(AtomicFile {
            tmp,
            path,
            out: BufWriter::with_capacity(1 << 20, f),
            unflushed: 0,
        })
    }
    fn write(&mut self, b: &[u8]) -> Result<(), RunError> {
        self.out.write_all(b).map_err(|e| out_err(&self.tmp, e))?;
        self.unflushed += b.len();
        if self.unflushed >= WRITEBACK_BYTES {
            self.unflushed = 0;
            start_writeback(self.out.get_ref());
        }
        Ok(())
    }
    /// Flush to disk, still under the temporary name: this is where a full
    /// disk shows up, so every file is synced before any is renamed.
    fn sync(&mut self) -> Result<(), RunError> {
        self.out.flush().map_err(|e| out_err(&self.tmp, e))?;
        self.out
            .get_ref()
            .sync_all()
            .map_err(|e| out_err(&self.tmp, e))
    }
    fn rename(self) -> Result<(), RunError> {
        std::fs::rename(&self.tmp, &self.path).map_err(|e| out_err(&self.path, e))
    }
    fn commit(mut self) -> Result<(), RunError> {
        self.sync()?;
        self.rename()
    }
}

/// Ask the kernel to start writing the file's dirty pages to disk now,
/// without waiting for them (Linux `sync_file_range`). A hint: errors
/// show up at the sync before the rename.
#[cfg(target_os = "linux")]
fn start_writeback(f: &File) {
    use std::os::fd::AsRawFd;
    // SAFETY: a valid open descriptor; the call reads no memory of ours.
    unsafe {
        libc::sync_file_range(f.as_raw_fd(), 0, 0, libc::SYNC_FILE_RANGE_WRITE);
    }
}

#[cfg(not(target_os = "linux"))]
fn start_writeback(_: &File) {}

struct CsvSink {
    dir: PathBuf,
    quotes: AtomicFile,
    mentions: AtomicFile,
    entities: AtomicFile,
    documents: AtomicFile,
}

impl CsvSink {
    fn create(dir: &Path, excel: bool) -> Result<CsvSink, RunError> {
        std::fs::create_dir_all(dir).map_err(|e| out_err(dir, e))?;
        let open = |name: &str, cols: &[&str]| -> Result<AtomicFile, RunError> {
            let mut f = AtomicFile::create(dir.join(name))?;
            if excel {
                f.write("\u{feff}".as_bytes())?;
            }
            f.write(&output::header(cols, excel))?;
            Ok(f)
        };
        Ok(CsvSink {
            dir: dir.to_path_buf(),
            quotes: open("quotes.csv", output::QUOTE_COLUMNS)?,
            mentions: open("mentions.csv", output::MENTION_COLUMNS)?,
            entities: open("entities.csv", output::ENTITY_COLUMNS)?,
            documents: open("documents.csv", output::DOCUMENT_COLUMNS)?,
        })
    }
}

impl Sink for CsvSink {
    fn write(&mut self, r: &Body) -> Result<(), RunError> {
        if let Body::Csv(c) = r {
            self.quotes.write(&c.quotes)?;
            self.mentions.write(&c.mentions)?;
            self.entities.write(&c.entities)?;
            self.documents.write(&c.documents)?;
        }
        Ok(())
    }
    fn finish(self: Box<Self>, manifest: &Manifest) -> Result<(), RunError> {
        let s = *self;
        // Two phases: a write error in any table (disk full) leaves no
        // table under its final name, not a finished-looking quotes.csv
        // beside a failed documents.csv.
        let mut tables = [s.quotes, s.mentions, s.entities, s.documents];
        for t in &mut tables {
            t.sync()?;
        }
        for t in tables {
            t.rename()?;
        }
        let mut m = AtomicFile::create(s.dir.join("manifest.json"))?;
        let mut bytes = serde_json::to_vec_pretty(manifest).expect("manifest serializes");
        bytes.push(b'\n');
        m.write(&bytes)?;
        m.commit()
    }
}

/// manifest.json: what produced the outputs, from what, and what happened.
#[derive(Clone, Debug, Serialize)]
pub struct Manifest {
    pub tool: &'static str,
    pub version: &'static str,
    pub schema_version: u32,
    pub dictionaries: DictionarySummary,
    pub inputs: Vec<String>,
    pub shard: Option<Shard>,
    pub threads: usize,
    pub excel: bool,
    pub counts: Counts,
    pub input_bytes: u64,
    pub elapsed_seconds: f64,
    pub errors: Vec<String>,
}

/// Version of the output contract (columns and their meaning).
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, Serialize)]
pub struct DictionarySummary {
    pub files: Vec<crate::dictionary::SourceFile>,
    pub entries_by_kind: std::collections::BTreeMap<&'static str, usize>,
    pub load_seconds: f64,
}

impl DictionarySummary {
    pub fn of(pipeline: &Pipeline, load_seconds: f64) -> DictionarySummary {
        DictionarySummary {
            files: pipeline.dictionaries.files.clone(),
            entries_by_kind: pipeline
                .dictionaries
                .counts()
                .into_iter()
                .map(|(k, n)| (k.name(), n))
                .collect(),
            load_seconds,
        }
    }
}

fn open_sink(dest: &Destination, excel: bool) -> Result<Box<dyn Sink>, RunError> {
    Ok(match dest {
        Destination::Stdout => Box::new(StdoutSink {
            out: BufWriter::with_capacity(1 << 20, io::stdout()),
        }),
        Destination::CsvDir(dir) => Box::new(CsvSink::create(dir, excel)?),
        Destination::Sqlite(path) => Box::new(output::sqlite::SqliteSink::create(path)?),
    })
}

/// Reader thread: inputs to bounded batches of records.
fn spawn_reader(
    opts: &ExtractOptions,
    bytes_read: Arc<AtomicU64>,
    skipped: Arc<AtomicU64>,
) -> (Receiver<Vec<Record>>, std::thread::JoinHandle<()>) {
    let (tx, rx): (SyncSender<Vec<Record>>, _) = sync_channel(2);
    let inputs = opts.inputs.clone();
    let read_opts = opts.read.clone();
    let shard = opts.shard;
    let handle = std::thread::spawn(move || {
        let mut batch: Vec<Record> = Vec::new();
        let mut batch_bytes = 0;
        let mut stopped = false;
        for input in read::expand_inputs(&inputs, &read_opts.skip) {
            let mut emit = |rec: Record| {
                if stopped {
                    return;
                }
                if let Some(s) = shard {
                    if !s.keeps(rec.id()) {
                        skipped.fetch_add(1, Ordering::Relaxed);
                        return;
                    }
                }
                if let Record::Article(a) = &rec {
                    batch_bytes += a.text.len();
                }
                batch.push(rec);
                if batch.len() >= BATCH_RECORDS || batch_bytes >= BATCH_BYTES {
                    batch_bytes = 0;
                    if tx.send(std::mem::take(&mut batch)).is_err() {
                        stopped = true;
                    }
                }
            };
            match input {
                read::Input::File(file) => {
                    read::read_file(&file, &read_opts, bytes_read.clone(), &mut emit)
                }
                read::Input::Bad(rec) => emit(rec),
            }
            if stopped {
                return;
            }
        }
        if !batch.is_empty() {
            let _ = tx.send(batch);
        }
    });
    (rx, handle)
}

fn total_input_bytes(inputs: &[PathBuf], skip: &[PathBuf]) -> Option<u64> {
    if inputs.is_empty() || inputs.iter().any(|p| p.as_os_str() == "-") {
        return None;
    }
    Some(
        read::expand_inputs(inputs, skip)
            .iter()
            .filter_map(|i| match i {
                read::Input::File(f) => f.path.as_ref(),
                read::Input::Bad(_) => None,
            })
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum(),
    )
}

fn progress_bar(total: Option<u64>) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    match total {
        Some(t) => ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template(
                "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
            )
            .expect("template"),
        ),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template("{spinner} {bytes} {bytes_per_sec} {msg}")
                .expect("template"),
        ),
    }
}

/// What the writer thread hands back: the sink to finish, the counts and
/// the error messages.
type Written = (Box<dyn Sink>, Counts, Vec<String>);

/// Run `whosaid extract`. Bad records are reported and counted, never
/// fatal; output errors (disk full, permissions, a closed stdout) end the
/// run with `Err`.
pub fn extract(
    pipeline: &Pipeline,
    opts: &ExtractOptions,
    dictionaries: DictionarySummary,
) -> Result<Summary, RunError> {
    let started = Instant::now();
    let bytes_read = Arc::new(AtomicU64::new(0));
    let skipped = Arc::new(AtomicU64::new(0));
    let mut sink = open_sink(&opts.destination, opts.excel)?;
    let pool = if opts.threads > 1 {
        Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(opts.threads)
                .build()
                .map_err(|e| {
                    RunError::Other(format!("cannot start {} threads: {e}", opts.threads))
                })?,
        )
    } else {
        None
    };
    let bar = opts
        .progress
        .then(|| progress_bar(total_input_bytes(&opts.inputs, &opts.read.skip)));
    let (rx, reader) = spawn_reader(opts, bytes_read.clone(), skipped.clone());

    // Writer thread: rendered batches in, bytes out, in order.
    let (wtx, wrx) = sync_channel::<Vec<Rendered>>(2);
    let report = opts.report_errors;
    let writer = std::thread::spawn(move || -> Result<Written, RunError> {
        let mut counts = Counts::default();
        let mut errors = Vec::new();
        for batch in wrx {
            for r in batch {
                counts.records += 1;
                if r.status_ok {
                    counts.ok += 1;
                } else {
                    counts.errors += 1;
                    if report {
                        eprintln!("whosaid: {}", r.message);
                    }
                    if errors.len() < 1000 {
                        errors.push(r.message.clone());
                    }
                }
                counts.chars += r.counts.0;
                counts.quotes += r.counts.1;
                counts.mentions += r.counts.2;
                counts.entities += r.counts.3;
                sink.write(&r.body)?;
            }
        }
        Ok((sink, counts, errors))
    });

    let dest = &opts.destination;
    let excel = opts.excel;
    let stage = opts.stage;
    let mut articles = 0;
    for batch in rx {
        let rendered: Vec<Rendered> = match &pool {
            Some(pool) => pool.install(|| {
                batch
                    .into_par_iter()
                    .map(|r| render(pipeline, r, dest, excel, stage))
                    .collect()
            }),
            None => batch
                .into_iter()
                .map(|r| render(pipeline, r, dest, excel, stage))
                .collect(),
        };
        if let Some(bar) = &bar {
            articles += rendered.len();
            bar.set_position(bytes_read.load(Ordering::Relaxed));
            bar.set_message(format!("{articles} articles"));
        }
        if wtx.send(rendered).is_err() {
            break; // the writer failed; its error is reported below
        }
    }
    drop(wtx);
    let written = writer
        .join()
        .map_err(|_| RunError::Other("the writer thread panicked".into()))?;
    let _ = reader.join();
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let (sink, mut counts, errors) = written?;
    counts.skipped_by_shard = skipped.load(Ordering::Relaxed);
    let summary = Summary {
        counts,
        errors,
        input_bytes: bytes_read.load(Ordering::Relaxed),
        elapsed_seconds: started.elapsed().as_secs_f64(),
    };
    let manifest = Manifest {
        tool: "whosaid",
        version: env!("CARGO_PKG_VERSION"),
        schema_version: SCHEMA_VERSION,
        dictionaries,
        inputs: if opts.inputs.is_empty() {
            vec!["-".into()]
        } else {
            opts.inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect()
        },
        shard: opts.shard,
        threads: opts.threads,
        excel: opts.excel,
        counts: summary.counts.clone(),
        input_bytes: summary.input_bytes,
        elapsed_seconds: summary.elapsed_seconds,
        errors: summary.errors.clone(),
    };
    sink.finish(&manifest)?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_parse_cases() {
        assert_eq!(Shard::parse("1/4"), Ok(Shard { index: 1, count: 4 }));
        assert_eq!(Shard::parse("4/4"), Ok(Shard { index: 4, count: 4 }));
        for bad in ["0/4", "5/4", "1/0", "x/2", "3"] {
            assert!(Shard::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn shards_partition_ids() {
        let shards: Vec<Shard> = (1..=3).map(|k| Shard { index: k, count: 3 }).collect();
        for i in 0..500 {
            let id = format!("doc-{i}");
            assert_eq!(shards.iter().filter(|s| s.keeps(&id)).count(), 1, "{id}");
        }
    }
}
