//! Coreference inside one article: groups mentions into entities.
//!
//! Reads the [`Mention`]s (partial names already carry the full name they
//! stand for: see `entities::coref`) and the attributed [`Quote`]s;
//! produces the article's [`Entity`] list — one row per distinct entity,
//! with the titles and institutions linked to any of its mentions, the
//! dictionary attributes, and mention and quote counts — and sets each
//! mention's `entity`.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::attribute::Quote;
use crate::dictionary::Dictionaries;
use crate::entities::lexicon::IdHasher;
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

/// Group mentions into entities and set each mention's `entity`.
///
/// Coreference of partial names (`Lu` -> `Lu Wei`) was already decided by
/// the entity stage, which gave those mentions the full name's canonical
/// form and entry; here a mention's entity is its dictionary id, or else
/// its canonical name, per kind. One more rule runs here because it needs
/// the titles collected per person: a definite title (`the minister said`)
/// not attached to anyone refers to the article's one person with that
/// title, when there is exactly one.
pub fn resolve(
    text: &str,
    dicts: &Dictionaries,
    mentions: &mut [Mention],
    quotes: &[Quote],
) -> Vec<Entity> {
    // Each mention's entity, set here and written to the mentions at the
    // end, so that the grouping borrows the mentions' names for its keys
    // instead of copying one per mention.
    let mut entity_of: Vec<Option<usize>> = mentions.iter().map(|m| m.entity).collect();
    let entities = group(text, dicts, mentions, quotes, &mut entity_of);
    for (m, e) in mentions.iter_mut().zip(entity_of) {
        m.entity = e;
    }
    entities
}

/// [`resolve`] on borrowed mentions: the entities, and each mention's in
/// `entity_of`.
fn group<'a>(
    text: &str,
    dicts: &'a Dictionaries,
    mentions: &'a [Mention],
    quotes: &[Quote],
    entity_of: &mut [Option<usize>],
) -> Vec<Entity> {
    // At most one entity per mention: sized once, not grown.
    let mut entities: Vec<Entity> = Vec::with_capacity(mentions.len());
    // By kind and id (the dictionary id, or the canonical name): the id
    // and the attributes are copied once per entity, not per mention.
    // Sized for one entity per mention (the most there can be): growing
    // it rehashed every key several times per article.
    let mut index: HashMap<(MentionKind, &'a str), usize, BuildHasherDefault<IdHasher>> =
        HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    let mut entity = |m: &'a Mention, entities: &mut Vec<Entity>, with_attributes: bool| {
        let entry = m.entry.map(|e| dicts.get(e));
        let id: &'a str = match entry {
            Some(e) => &e.id,
            None => &m.canonical,
        };
        *index.entry((m.kind, id)).or_insert_with(|| {
            let attributes = match entry {
                Some(e) if with_attributes => e
                    .attributes
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
                _ => vec![],
            };
            entities.push(Entity {
                id: id.to_string(),
                kind: m.kind,
                canonical: m.canonical.clone(),
                titles: vec![],
                institutions: vec![],
                attributes,
                mentions: 0,
                quotes: 0,
            });
            entities.len() - 1
        })
    };
    let linked_titles: Vec<usize> = mentions.iter().filter_map(|m| m.title).collect();
    let mut definite_titles = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind == MentionKind::Title && !linked_titles.contains(&i) && is_definite(text, m) {
            definite_titles.push(i);
            continue;
        }
        let idx = entity(m, &mut entities, true);
        entities[idx].mentions += 1;
        entity_of[i] = Some(idx);
    }
    for i in 0..mentions.len() {
        let Some(e) = entity_of[i] else {
            continue;
        };
        for (link, is_title) in [(mentions[i].title, true), (mentions[i].institution, false)] {
            if let Some(l) = link {
                let name = &mentions[l].canonical;
                let list = if is_title {
                    &mut entities[e].titles
                } else {
                    &mut entities[e].institutions
                };
                if !list.contains(name) {
                    list.push(name.clone());
                }
            }
        }
    }
    for i in definite_titles {
        let title = &mentions[i].canonical;
        let holders: Vec<usize> = (0..entities.len())
            .filter(|&e| {
                entities[e].kind == MentionKind::Person && entities[e].titles.contains(title)
            })
            .collect();
        let idx = match holders[..] {
            [e] => e,
            // No single holder: the title stands for itself.
            _ => entity(&mentions[i], &mut entities, false),
        };
        entities[idx].mentions += 1;
        entity_of[i] = Some(idx);
    }
    for q in quotes {
        if let Some(e) = q
            .speaker
            .as_ref()
            .and_then(|s| s.mention)
            .and_then(|m| entity_of[m])
        {
            entities[e].quotes += 1;
        }
    }
    entities
}

/// `the minister`: a lower-case title right after `the`.
fn is_definite(text: &str, m: &Mention) -> bool {
    let before = text[..m.span.start].trim_end();
    let first_lower = m
        .span
        .of(text)
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase());
    first_lower
        && (before.ends_with(" the")
            || before.ends_with(" The")
            || before == "the"
            || before == "The")
}
