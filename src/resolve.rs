//! Coreference inside one article: groups mentions into entities.
//!
//! Reads the [`Mention`]s and the attributed [`Quote`]s; produces the
//! article's [`Entity`] list and sets each mention's `entity`. Later
//! partial mentions (`Lu`, `Mr Blair`) resolve to the full name seen
//! earlier.

use crate::attribute::Quote;
use crate::dictionary::Dictionaries;
use crate::entities::{Mention, MentionKind};

/// One distinct person, title, institution or place in an article.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// The dictionary id, or the canonical name for entities found by
    /// pattern.
    pub id: String,
    pub kind: MentionKind,
    pub canonical: String,
    pub titles: Vec<String>,
    pub institutions: Vec<String>,
    pub attributes: Vec<(String, String)>,
    pub mentions: usize,
    pub quotes: usize,
}

pub fn resolve(
    text: &str,
    dicts: &Dictionaries,
    mentions: &mut [Mention],
    quotes: &[Quote],
) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let (id, attributes) = match m.entry {
            Some(e) => {
                let e = dicts.get(e);
                (e.id.clone(), e.attributes.clone())
            }
            None => (m.canonical.clone(), vec![]),
        };
        let idx = match entities.iter().position(|e| e.id == id && e.kind == m.kind) {
            Some(idx) => idx,
            None => {
                entities.push(Entity {
                    id,
                    kind: m.kind,
                    canonical: m.canonical.clone(),
                    titles: vec![],
                    institutions: vec![],
                    attributes,
                    mentions: 0,
                    quotes: 0,
                });
                entities.len() - 1
            }
        };
        entities[idx].mentions += 1;
        mentions[i].entity = Some(idx);
    }
    for i in 0..mentions.len() {
        let Some(e) = mentions[i].entity else {
            continue;
        };
        for (link, is_title) in [(mentions[i].title, true), (mentions[i].institution, false)] {
            if let Some(l) = link {
                let name = mentions[l].canonical.clone();
                let list = if is_title {
                    &mut entities[e].titles
                } else {
                    &mut entities[e].institutions
                };
                if !list.contains(&name) {
                    list.push(name);
                }
            }
        }
    }
    for q in quotes {
        if let Some(e) = q
            .speaker
            .as_ref()
            .and_then(|s| s.mention)
            .and_then(|m| mentions[m].entity)
        {
            entities[e].quotes += 1;
        }
    }
    let _ = text;
    entities
}
