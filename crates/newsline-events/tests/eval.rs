//! Scores the event layer on the gold of `../shared/eval/seeds/gold`.
//!
//! A gold mention is found when an extracted mention has the same kind, a
//! trigger that overlaps the gold trigger's bytes, and at least one
//! participant whose display name is among the gold participants; when the
//! gold lists no participant (the text names none: "l'évacuation de
//! Marioupol", the strike on the hospital), kind and trigger suffice. Gold
//! mentions marked `optional` (nouns for the war itself) count neither way:
//! they are not to be found, and extracted mentions on them are not false
//! positives. Participant F1 compares participant names on found mentions;
//! date accuracy compares the event date with `date_from_header` (the same
//! value, or for an interval the same bounds); modality accuracy compares
//! modalities on found mentions.

use std::path::PathBuf;

use newsline_doc::{read_path, TextView, ViewKind};
use newsline_events::{EventExtractor, EventMention};
use newsline_gazetteer::{DocumentEntities, Gazetteer};
use newsline_time::TimeRecognizer;
use serde_json::Value;

fn gold_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/seeds/gold")
}

struct Scores {
    gold: usize,
    found: usize,
    predicted: usize,
    correct_predictions: usize,
    participant_tp: usize,
    participant_pred: usize,
    participant_gold: usize,
    date_right: usize,
    modality_right: usize,
}

/// Names compared folded (lowercase, no accents): the gold writes
/// "Mevlut Cavusoglu" where the gazetteer displays "Mevlüt Çavuşoğlu".
fn fold(name: &str) -> String {
    TextView::new(name, ViewKind::Folded).as_str().to_string()
}

fn names(entities: &DocumentEntities, e: &EventMention) -> Vec<String> {
    e.participants
        .iter()
        .map(|p| {
            fold(&entities.entity(&p.entity).map_or_else(|| p.entity.clone(), |x| x.name.clone()))
        })
        .collect()
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn date_matches(e: &EventMention, gold: &Value) -> bool {
    match (e.date.as_ref(), gold.as_str()) {
        (None, None) => true,
        (Some(d), Some(g)) => match g.split_once('/') {
            Some((a, b)) => d.earliest.to_string() == a && d.latest.to_string() == b,
            None => d.value == g,
        },
        _ => false,
    }
}

#[test]
fn seed_gold_scores() {
    let dir = gold_dir();
    if !dir.exists() {
        eprintln!("skipped: {} not found (a fresh clone has no ../shared)", dir.display());
        return;
    }
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let extractor = EventExtractor::default();
    let time = TimeRecognizer::default();
    let mut s = Scores {
        gold: 0,
        found: 0,
        predicted: 0,
        correct_predictions: 0,
        participant_tp: 0,
        participant_pred: 0,
        participant_gold: 0,
        date_right: 0,
        modality_right: 0,
    };
    let mut misses: Vec<String> = Vec::new();
    let mut false_positives: Vec<String> = Vec::new();
    let mut wrong: Vec<String> = Vec::new();
    for doc in read_path(&seeds).filter_map(Result::ok) {
        let gold: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{}.json", doc.id()))).unwrap_or_default(),
        )
        .unwrap_or_default();
        let entities = Gazetteer::embedded().match_document(&doc);
        let timexes = time.recognize(&doc);
        let events = extractor.extract(&doc, &entities, &timexes);
        let golds: Vec<&Value> = gold["events"].as_array().into_iter().flatten().collect();
        let optional: Vec<(usize, usize)> = golds
            .iter()
            .filter(|g| g["optional"].as_bool() == Some(true))
            .map(|g| {
                (
                    g["span"][0].as_u64().unwrap_or(0) as usize,
                    g["span"][1].as_u64().unwrap_or(0) as usize,
                )
            })
            .collect();
        let mut used = vec![false; events.len()];
        for g in golds.iter().filter(|g| g["optional"].as_bool() != Some(true)) {
            s.gold += 1;
            let span = (
                g["span"][0].as_u64().unwrap_or(0) as usize,
                g["span"][1].as_u64().unwrap_or(0) as usize,
            );
            let kind = g["kind"].as_str().unwrap_or("");
            let gold_names: Vec<String> = g["participants"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| p.as_str())
                .map(fold)
                .collect();
            let hit = events.iter().enumerate().find(|(i, e)| {
                !used[*i]
                    && e.kind.as_str() == kind
                    && overlaps((e.trigger.start, e.trigger.end), span)
                    && (gold_names.is_empty()
                        || names(&entities, e).iter().any(|n| gold_names.contains(n)))
            });
            match hit {
                Some((i, e)) => {
                    used[i] = true;
                    s.found += 1;
                    let ours = names(&entities, e);
                    s.participant_tp += ours.iter().filter(|n| gold_names.contains(n)).count();
                    s.participant_pred += ours.len();
                    s.participant_gold += gold_names.len();
                    if date_matches(e, &g["date_from_header"]) {
                        s.date_right += 1;
                    } else {
                        wrong.push(format!(
                            "{} date {:?}: ours {:?} gold {}",
                            doc.id(),
                            e.trigger.text,
                            e.date.as_ref().map(|d| &d.value),
                            g["date_from_header"]
                        ));
                    }
                    if serde_json::to_value(e.modality).ok().as_ref() == Some(&g["modality"]) {
                        s.modality_right += 1;
                    } else {
                        wrong.push(format!(
                            "{} modality {:?}: ours {:?} gold {}",
                            doc.id(),
                            e.trigger.text,
                            e.modality,
                            g["modality"]
                        ));
                    }
                }
                None => {
                    // Say whether the trigger was found with wrong participants.
                    let near = events.iter().find(|e| {
                        e.kind.as_str() == kind && overlaps((e.trigger.start, e.trigger.end), span)
                    });
                    let why = match near {
                        Some(e) => format!(
                            "participants {:?} vs gold {:?}",
                            names(&entities, e),
                            gold_names
                        ),
                        None => "no trigger".to_string(),
                    };
                    misses.push(format!(
                        "{} {kind} {:?}: {why}",
                        doc.id(),
                        g["trigger"].as_str().unwrap_or("")
                    ));
                }
            }
        }
        for (i, e) in events.iter().enumerate() {
            if optional.iter().any(|o| overlaps((e.trigger.start, e.trigger.end), *o)) && !used[i] {
                continue;
            }
            s.predicted += 1;
            if used[i] {
                s.correct_predictions += 1;
            } else {
                let gold_kinds: Vec<&str> = golds
                    .iter()
                    .filter(|g| {
                        overlaps(
                            (e.trigger.start, e.trigger.end),
                            (
                                g["span"][0].as_u64().unwrap_or(0) as usize,
                                g["span"][1].as_u64().unwrap_or(0) as usize,
                            ),
                        )
                    })
                    .filter_map(|g| g["kind"].as_str())
                    .collect();
                false_positives.push(format!(
                    "{} {} {:?} (gold here: {gold_kinds:?})",
                    doc.id(),
                    e.kind.as_str(),
                    e.trigger.text
                ));
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let precision = ratio(s.correct_predictions, s.predicted);
    let recall = ratio(s.found, s.gold);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let pp = ratio(s.participant_tp, s.participant_pred);
    let pr = ratio(s.participant_tp, s.participant_gold);
    let pf1 = if pp + pr > 0.0 { 2.0 * pp * pr / (pp + pr) } else { 0.0 };
    let date = ratio(s.date_right, s.found);
    let modality = ratio(s.modality_right, s.found);
    eprintln!("events on the seeds: precision {precision:.3} ({}/{}), recall {recall:.3} ({}/{}), F1 {f1:.3}", s.correct_predictions, s.predicted, s.found, s.gold);
    eprintln!("participants F1 {pf1:.3} (P {pp:.3}, R {pr:.3}); date accuracy {date:.3}; modality accuracy {modality:.3}");
    for m in misses.iter().take(400) {
        eprintln!("  missed: {m}");
    }
    for w in &wrong {
        eprintln!("  wrong {w}");
    }
    for f in false_positives.iter().take(400) {
        eprintln!("  false positive: {f}");
    }
    // Floors at what the layer honestly reaches today: they may only rise.
    assert!(f1 >= FLOOR_F1, "event F1 {f1:.3} fell below {FLOOR_F1}");
    assert!(pf1 >= FLOOR_PARTICIPANTS, "participant F1 {pf1:.3} fell below {FLOOR_PARTICIPANTS}");
    assert!(date >= FLOOR_DATE, "date accuracy {date:.3} fell below {FLOOR_DATE}");
    assert!(
        modality >= FLOOR_MODALITY,
        "modality accuracy {modality:.3} fell below {FLOOR_MODALITY}"
    );
}

// Measured with the finished gazetteer and time layers when the floors were
// first set: F1 0.717 (P 0.741, R 0.694), participants 0.795, date 0.789,
// modality 0.816. Raised after the constructions of plural role nominals,
// counterparts, "entre X et Y", anaphora and date coreference, and the
// stem-based modality cues: F1 0.752 (P 0.770, R 0.735), participants
// 0.875, date 0.870, modality 0.888. Raised after context-gated triggers,
// two passes for quotes, speaker salience, clause-first participants,
// dates by clause and linked days, and the modality cues of CORPUS.md (the
// eval also began to match gold mentions that name no participant): F1
// 0.861 (P 0.873, R 0.849), participants 0.880, date 0.925, modality
// 0.952. Raised after lasting states (wars, sieges), English spellings of
// transliterated given names and participle agents: F1 0.882 (P 0.896, R
// 0.868), participants 0.886, date 0.942, modality 0.963. The targets of
// the issue are 0.85, 0.8, 0.9, 0.9.
const FLOOR_F1: f64 = 0.875;
const FLOOR_PARTICIPANTS: f64 = 0.88;
const FLOOR_DATE: f64 = 0.935;
const FLOOR_MODALITY: f64 = 0.955;
