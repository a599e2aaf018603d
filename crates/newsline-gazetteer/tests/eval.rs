//! Entity linking scored against `../shared/eval/seeds/gold`.
//!
//! How we score, per document: the gold set is every gold entity with at
//! least one surface form or demonym (an entity the text names or evokes by
//! an adjective); the predicted set is every entity in
//! `DocumentEntities::entities`. A predicted entity matches a gold one when
//! their names are equal after folding (case and accents ignored:
//! "Mevlüt Çavuşoğlu" = "Mevlut Cavusoglu"), or else, for entities of the
//! same kind, when a surface form it was linked through is one of the gold
//! entity's surfaces or demonyms (this is how a person found by pattern,
//! named as written, "Oleksandre Motuzyanyk", meets the gold "Oleksandr
//! Motuzyanyk"). Matching is one-to-one. Precision is matched predictions
//! over predictions, recall matched gold entities over gold entities;
//! overall figures are micro-averaged over the five documents.

use std::path::PathBuf;

use newsline_gazetteer::Gazetteer;
use serde_json::Value;

fn fold(s: &str) -> String {
    newsline_doc::TextView::new(s.trim(), newsline_doc::ViewKind::Folded).as_str().to_string()
}

struct Gold {
    name: String,
    kind: String,
    forms: Vec<String>,
}

fn gold_entities(v: &Value) -> Vec<Gold> {
    let strings = |x: Option<&Value>| -> Vec<String> {
        x.and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).map(fold).collect())
            .unwrap_or_default()
    };
    v["entities"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    let mut forms = strings(e.get("surfaces"));
                    forms.extend(strings(e.get("demonyms")));
                    Gold {
                        name: fold(e["name"].as_str().unwrap_or("")),
                        kind: e["kind"].as_str().unwrap_or("").to_string(),
                        forms,
                    }
                })
                .filter(|g| !g.forms.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn seeds_precision_and_recall() {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let gold_dir = here.join("../../../shared/eval/seeds/gold");
    let seeds_dir = here.join("../../seeds");
    let Ok(entries) = std::fs::read_dir(&gold_dir) else {
        println!("skipped: no gold data at {}", gold_dir.display());
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let gaz = Gazetteer::embedded();
    let (mut tp_all, mut pred_all, mut gold_all) = (0usize, 0usize, 0usize);
    let (mut forms_all, mut forms_found, mut forms_missed) = (0usize, 0usize, Vec::new());
    for path in &files {
        let Ok(raw) = std::fs::read_to_string(path) else { continue };
        let Ok(v) = serde_json::from_str::<Value>(&raw) else { continue };
        let id = v["id"].as_str().unwrap_or("").to_string();
        let text_path = seeds_dir.join(format!("{id}.txt"));
        let Ok(text) = std::fs::read_to_string(&text_path) else {
            println!("skipped {id}: no text at {}", text_path.display());
            continue;
        };
        let doc = newsline_doc::read_text(&id, &text, &text_path).expect("a seed article reads");
        let found = gaz.match_document(&doc);
        let gold = gold_entities(&v);
        let mut used = vec![false; gold.len()];
        let mut unmatched_pred = Vec::new();
        // Names first, then surface forms, so that a name match is never
        // taken by a looser surface match.
        let preds = found.entities();
        let mut pred_match = vec![None; preds.len()];
        for (pi, p) in preds.iter().enumerate() {
            if let Some(gi) = (0..gold.len()).find(|&g| !used[g] && gold[g].name == fold(&p.name)) {
                used[gi] = true;
                pred_match[pi] = Some(gi);
            }
        }
        for (pi, p) in preds.iter().enumerate() {
            if pred_match[pi].is_some() {
                continue;
            }
            let aliases: Vec<String> = p.aliases.iter().map(|a| fold(a)).collect();
            let hit = (0..gold.len()).find(|&g| {
                !used[g]
                    && gold[g].kind == p.kind.as_str()
                    && gold[g].forms.iter().any(|f| aliases.contains(f))
            });
            match hit {
                Some(gi) => {
                    used[gi] = true;
                    pred_match[pi] = Some(gi);
                }
                None => unmatched_pred.push(format!("{} ({})", p.name, p.id)),
            }
        }
        let tp = pred_match.iter().filter(|m| m.is_some()).count();
        // Surface recall: of the gold forms (surfaces and demonyms) of the
        // matched gold entities, how many are the text of a mention linked
        // to the matching prediction.
        for (pi, gi) in pred_match.iter().enumerate() {
            let Some(gi) = gi else { continue };
            let texts: Vec<String> = found
                .mentions()
                .iter()
                .filter(|m| m.entity == preds[pi].id)
                .map(|m| fold(&m.text))
                .collect();
            for f in &gold[*gi].forms {
                forms_all += 1;
                if texts.contains(f) {
                    forms_found += 1;
                } else {
                    forms_missed.push(format!("{id}: {f:?} ({})", gold[*gi].name));
                }
            }
        }
        let missed: Vec<&str> =
            gold.iter().zip(&used).filter(|(_, u)| !**u).map(|(g, _)| g.name.as_str()).collect();
        println!(
            "{id}: precision {:.3} ({tp}/{}), recall {:.3} ({tp}/{}); false positives {:?}; missed {:?}",
            tp as f64 / preds.len().max(1) as f64,
            preds.len(),
            tp as f64 / gold.len().max(1) as f64,
            gold.len(),
            unmatched_pred,
            missed
        );
        tp_all += tp;
        pred_all += preds.len();
        gold_all += gold.len();
    }
    if gold_all == 0 {
        println!("skipped: no gold entity could be scored");
        return;
    }
    let precision = tp_all as f64 / pred_all.max(1) as f64;
    let recall = tp_all as f64 / gold_all as f64;
    println!("overall: precision {precision:.3} ({tp_all}/{pred_all}), recall {recall:.3} ({tp_all}/{gold_all})");
    let surface_recall = forms_found as f64 / forms_all.max(1) as f64;
    println!("surface forms of matched entities found as mentions: {surface_recall:.3} ({forms_found}/{forms_all}); missed {forms_missed:?}");
    assert!(
        surface_recall >= SURFACE_RECALL_FLOOR,
        "surface recall {surface_recall:.3} fell below {SURFACE_RECALL_FLOOR}"
    );
    // Floors at what the matcher reaches today, so that they can only rise.
    assert!(precision >= PRECISION_FLOOR, "precision {precision:.3} fell below {PRECISION_FLOOR}");
    assert!(recall >= RECALL_FLOOR, "recall {recall:.3} fell below {RECALL_FLOOR}");
}

// Measured on 2026-11-21: precision 1.000 (107/107), recall 0.991
// (107/108; The Guardian, written "gardien" by a bad translation, is
// missed). These five articles are the development set: the lexicon was
// written with them in view, so they overstate what unseen text gets.
const PRECISION_FLOOR: f64 = 1.0;
const RECALL_FLOOR: f64 = 0.99;
// Surface forms: 0.963 (154/160). The misses are typos ("Bliken",
// "ukrainie"), compounds we split ("russo-ukrainiens" gives "russo" and
// "ukrainiens", both linked) and "russe" inside a longer name.
const SURFACE_RECALL_FLOOR: f64 = 0.96;
