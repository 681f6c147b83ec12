//! SQLite output (`--out FILE.sqlite` / `.db`): the four tables with the
//! CSV columns, typed, keyed and indexed, plus the manifest as a table.
//!
//! Reads [`Rows`] in input order from `run`'s writer thread; writes one
//! database under a temporary name, renamed into place when complete.

use std::path::{Path, PathBuf};

use rusqlite::{params, Connection};

use super::Rows;
use crate::run::{Manifest, RunError};

const SCHEMA: &str = "
CREATE TABLE documents (
  doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, status TEXT NOT NULL,
  chars INTEGER NOT NULL, paragraphs INTEGER NOT NULL, mentions INTEGER NOT NULL,
  quotes INTEGER NOT NULL, message TEXT NOT NULL);
CREATE TABLE quotes (
  doc_id TEXT NOT NULL, quote_id INTEGER NOT NULL, kind TEXT NOT NULL,
  quote_start INTEGER NOT NULL, quote_end INTEGER NOT NULL, quote TEXT NOT NULL,
  speaker TEXT NOT NULL, speaker_id TEXT NOT NULL, speaker_start INTEGER, speaker_end INTEGER,
  speaker_mention TEXT NOT NULL, speaker_title TEXT NOT NULL, speaker_institution TEXT NOT NULL,
  cue TEXT NOT NULL, cue_start INTEGER, cue_end INTEGER, method TEXT NOT NULL, confidence REAL NOT NULL,
  PRIMARY KEY (doc_id, quote_id));
CREATE TABLE mentions (
  doc_id TEXT NOT NULL, mention_id INTEGER NOT NULL, type TEXT NOT NULL,
  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, text TEXT NOT NULL, canonical TEXT NOT NULL,
  entity_id TEXT NOT NULL, source TEXT NOT NULL,
  PRIMARY KEY (doc_id, mention_id));
CREATE TABLE entities (
  doc_id TEXT NOT NULL, entity_id TEXT NOT NULL, type TEXT NOT NULL, canonical TEXT NOT NULL,
  mentions INTEGER NOT NULL, quotes INTEGER NOT NULL, titles TEXT NOT NULL,
  institutions TEXT NOT NULL, attributes TEXT NOT NULL,
  PRIMARY KEY (doc_id, type, entity_id));
CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL);
";

const INDEXES: &str = "
CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE INDEX quotes_speaker_institution ON quotes (speaker_institution);
CREATE INDEX mentions_canonical ON mentions (canonical);
CREATE INDEX entities_canonical ON entities (canonical);
";

/// Writes rows into a SQLite database in one transaction per batch of
/// articles.
pub struct SqliteSink {
    tmp: PathBuf,
    path: PathBuf,
    conn: Connection,
    pending: usize,
    /// Article ids stored so far: the tables are keyed by doc_id, so a
    /// repeated id cannot be stored twice (the CSV output keeps both).
    seen: std::collections::HashSet<String>,
    duplicates: u64,
}

fn db_err(path: &Path, e: rusqlite::Error) -> RunError {
    RunError::Output {
        path: path.display().to_string(),
        source: std::io::Error::other(e.to_string()),
    }
}

impl SqliteSink {
    pub fn create(path: &Path) -> Result<SqliteSink, RunError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| RunError::Output {
                path: dir.display().to_string(),
                source: e,
            })?;
        }
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(".partial");
        let tmp = PathBuf::from(tmp);
        let _ = std::fs::remove_file(&tmp);
        let conn = Connection::open(&tmp).map_err(|e| db_err(&tmp, e))?;
        conn.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            .and_then(|_| conn.execute_batch(SCHEMA))
            .and_then(|_| conn.execute_batch("BEGIN"))
            .map_err(|e| db_err(&tmp, e))?;
        Ok(SqliteSink {
            tmp,
            path: path.to_path_buf(),
            conn,
            pending: 0,
            seen: Default::default(),
            duplicates: 0,
        })
    }

    pub fn insert(&mut self, rows: &Rows) -> rusqlite::Result<()> {
        let c = &self.conn;
        let d = &rows.document;
        c.prepare_cached("INSERT INTO documents VALUES (?1,?2,?3,?4,?5,?6,?7,?8)")?
            .execute(params![
                d.doc_id,
                d.source,
                d.status,
                d.chars,
                d.paragraphs,
                d.mentions,
                d.quotes,
                d.message
            ])?;
        let mut q = c.prepare_cached("INSERT INTO quotes VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)")?;
        for r in &rows.quotes {
            q.execute(params![
                r.doc_id,
                r.quote_id,
                r.kind,
                r.quote_start,
                r.quote_end,
                r.quote,
                r.speaker,
                r.speaker_id,
                r.speaker_start,
                r.speaker_end,
                r.speaker_mention,
                r.speaker_title,
                r.speaker_institution,
                r.cue,
                r.cue_start,
                r.cue_end,
                r.method,
                // Rounded in f64 when the row is built, so the database
                // holds the number the CSV shows (0.9, not 0.8999999761…).
                r.confidence
            ])?;
        }
        let mut m = c.prepare_cached("INSERT INTO mentions VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)")?;
        for r in &rows.mentions {
            m.execute(params![
                r.doc_id,
                r.mention_id,
                r.kind,
                r.start,
                r.end,
                r.text,
                r.canonical,
                r.entity_id,
                r.source
            ])?;
        }
        let mut e = c.prepare_cached("INSERT INTO entities VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)")?;
        for r in &rows.entities {
            e.execute(params![
                r.doc_id,
                r.entity_id,
                r.kind,
                r.canonical,
                r.mentions,
                r.quotes,
                r.titles,
                r.institutions,
                r.attributes
            ])?;
        }
        Ok(())
    }
}

impl crate::run::Sink for SqliteSink {
    fn write(&mut self, body: &crate::run::Body) -> Result<(), RunError> {
        if let crate::run::Body::Rows(rows) = body {
            if !self.seen.insert(rows.document.doc_id.clone()) {
                self.duplicates += 1;
                eprintln!(
                    "whosaid: {}: duplicate doc_id `{}`: its rows are left out of {} (ids must be unique in a database)",
                    rows.document.source,
                    rows.document.doc_id,
                    self.path.display()
                );
                return Ok(());
            }
            self.insert(rows).map_err(|e| db_err(&self.tmp, e))?;
            self.pending += 1;
            if self.pending >= 1000 {
                self.pending = 0;
                self.conn
                    .execute_batch("COMMIT; BEGIN")
                    .map_err(|e| db_err(&self.tmp, e))?;
            }
        }
        Ok(())
    }

    fn finish(self: Box<Self>, manifest: &Manifest) -> Result<(), RunError> {
        let s = *self;
        let value = serde_json::to_value(manifest).expect("manifest serializes");
        let result = (|| -> rusqlite::Result<()> {
            let mut stmt = s.conn.prepare("INSERT INTO manifest VALUES (?1, ?2)")?;
            if let serde_json::Value::Object(map) = value {
                for (k, v) in map {
                    let text = match v {
                        serde_json::Value::String(s) => s,
                        other => other.to_string(),
                    };
                    stmt.execute(params![k, text])?;
                }
            }
            stmt.execute(params!["duplicate_ids_skipped", s.duplicates.to_string()])?;
            drop(stmt);
            s.conn.execute_batch("COMMIT")?;
            s.conn.execute_batch(INDEXES)?;
            Ok(())
        })();
        result.map_err(|e| db_err(&s.tmp, e))?;
        s.conn.close().map_err(|(_, e)| db_err(&s.tmp, e))?;
        std::fs::rename(&s.tmp, &s.path).map_err(|e| RunError::Output {
            path: s.path.display().to_string(),
            source: e,
        })
    }
}
