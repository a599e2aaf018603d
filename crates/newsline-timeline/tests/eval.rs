//! Scores the timeline on the gold of `../shared/eval/seeds/timeline.json`.
//!
//! A gold timeline event is found by a timeline event when:
//! - one of the timeline event's mentions is one of the gold event's
//!   mentions (same document, same kind, overlapping trigger bytes);
//! - the kinds are equal;
//! - a participant's display name is among the gold participants (or both
//!   have none);
//! - the date holds: the timeline event's interval meets the true date, and
//!   lies inside what the gold `date_from_headers` allows when it gives
//!   one (a yearless `XXXX-…` value allows anything).
//!
//! Each timeline event finds at most one gold event, and each gold event
//! at most one timeline event: the pairs are a maximum matching, so the
//! figures do not depend on the order of the gold. Precision is over the
//! timeline's events (asserted and reported, as by default), recall over
//! the gold's 75 events. The gold's `not_events` are not scored here.
//!
//! Run `cargo test -p newsline-timeline --test eval -- --nocapture` for
//! the figures and the misses. Skipped (and passing) when `../shared` is
//! not beside the checkout.

mod common;

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use newsline_doc::{TextView, ViewKind};
use newsline_timeline::{Analysis, Timeline, TimelineBuilder, TimelineEvent};
use serde_json::Value;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/seeds")
}

fn fold(name: &str) -> String {
    TextView::new(name, ViewKind::Folded).as_str().to_string()
}

fn day(s: &str) -> Option<(NaiveDate, NaiveDate)> {
    if s.starts_with('X') {
        return None;
    }
    if let Some((a, b)) = s.split_once('/') {
        return Some((day(a)?.0, day(b)?.1));
    }
    let parts: Vec<&str> = s.split('-').collect();
    let y: i32 = parts.first()?.parse().ok()?;
    match parts.len() {
        1 => Some((NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y, 12, 31)?)),
        2 => {
            let m: u32 = parts[1].parse().ok()?;
            let first = NaiveDate::from_ymd_opt(y, m, 1)?;
            let last = first.checked_add_months(chrono::Months::new(1))?.pred_opt()?;
            Some((first, last))
        }
        _ => {
            let d = NaiveDate::from_ymd_opt(y, parts[1].parse().ok()?, parts[2].parse().ok()?)?;
            Some((d, d))
        }
    }
}

/// Gold mention id (`<doc>#<eNN>`) of each extracted mention, by kind and
/// trigger overlap.
fn gold_mentions(analyses: &[Analysis]) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for a in analyses {
        let path = shared().join("gold").join(format!("{}.json", a.id));
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("gold file"))
            .expect("gold json");
        for e in &a.events {
            for g in gold["events"].as_array().into_iter().flatten() {
                let span = (
                    g["span"][0].as_u64().unwrap_or(0) as usize,
                    g["span"][1].as_u64().unwrap_or(0) as usize,
                );
                if g["kind"].as_str() == Some(e.kind.as_str())
                    && e.trigger.start < span.1
                    && span.0 < e.trigger.end
                {
                    out.entry(e.id.clone()).or_default().push(format!(
                        "{}#{}",
                        a.id,
                        g["id"].as_str().unwrap_or("")
                    ));
                }
            }
        }
    }
    out
}

fn names(t: &Timeline, e: &TimelineEvent) -> Vec<String> {
    e.participants
        .iter()
        .map(|p| {
            fold(
                t.entities
                    .iter()
                    .find(|x| x.id == p.entity)
                    .map_or(p.entity.as_str(), |x| x.name.as_str()),
            )
        })
        .collect()
}

fn date_holds(e: &TimelineEvent, gold: &Value) -> bool {
    let truth = gold["date"].as_str().and_then(day);
    let allowed = gold["date_from_headers"].as_str().and_then(day);
    match (&e.date, allowed) {
        (None, Some(_)) => false,
        (None, None) => true,
        (Some(d), allowed) => {
            let meets = truth.is_none_or(|(a, b)| d.earliest <= b && a <= d.latest);
            let inside = allowed.is_none_or(|(a, b)| a <= d.earliest && d.latest <= b);
            meets && inside
        }
    }
}

/// Kuhn's augmenting path from gold event `g`: whether it gets a timeline
/// event, moving earlier pairs when that frees one.
fn augment(
    g: usize,
    eligible: &[Vec<usize>],
    owner: &mut [Option<usize>],
    seen: &mut [bool],
) -> bool {
    for &e in &eligible[g] {
        if seen[e] {
            continue;
        }
        seen[e] = true;
        if owner[e].is_none_or(|other| augment(other, eligible, owner, seen)) {
            owner[e] = Some(g);
            return true;
        }
    }
    false
}

#[test]
fn timeline_precision_and_recall_on_the_seed_gold() {
    if !shared().join("timeline.json").exists() {
        eprintln!("skipped: ../shared/eval/seeds/timeline.json is not beside the checkout");
        return;
    }
    let analyses = common::seed_analyses();
    let timeline = TimelineBuilder::new().build(&analyses);
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(shared().join("timeline.json")).expect("gold"),
    )
    .expect("json");
    let gold_events = gold["events"].as_array().expect("events");
    let map = gold_mentions(&analyses);
    let (mut found, mut found_loose) = (0, 0);
    let mut eligible: Vec<Vec<usize>> = Vec::new();
    let mut all_candidates: Vec<Vec<usize>> = Vec::new();
    for g in gold_events {
        let ids: Vec<&str> =
            g["mention_ids"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        let gold_names: Vec<String> = g["participants"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(fold)
            .collect();
        let candidates: Vec<usize> = (0..timeline.events.len())
            .filter(|&i| {
                let e = &timeline.events[i];
                e.kind.as_str() == g["kind"].as_str().unwrap_or("")
                    && e.mentions.iter().any(|m| {
                        map.get(&m.event)
                            .is_some_and(|v| v.iter().any(|x| ids.contains(&x.as_str())))
                    })
                    && (gold_names.is_empty() && e.participants.is_empty()
                        || names(&timeline, e).iter().any(|n| gold_names.contains(n)))
            })
            .collect();
        if !candidates.is_empty() {
            found_loose += 1;
        }
        eligible.push(
            candidates.iter().copied().filter(|&i| date_holds(&timeline.events[i], g)).collect(),
        );
        all_candidates.push(candidates);
    }
    // One timeline event per gold event, as many pairs as possible
    // (augmenting paths), so the figures do not depend on the gold's order.
    let mut owner: Vec<Option<usize>> = vec![None; timeline.events.len()];
    for g in 0..gold_events.len() {
        let mut seen = vec![false; timeline.events.len()];
        if augment(g, &eligible, &mut owner, &mut seen) {
            found += 1;
        }
    }
    let matched: Vec<bool> = (0..gold_events.len()).map(|g| owner.contains(&Some(g))).collect();
    for (gi, g) in gold_events.iter().enumerate() {
        let candidates = &all_candidates[gi];
        match matched[gi] {
            true => {}
            false => {
                let got: Vec<String> = candidates
                    .iter()
                    .map(|&i| {
                        timeline.events[i]
                            .date
                            .as_ref()
                            .map_or("undated".to_string(), |d| d.value.clone())
                    })
                    .collect();
                eprintln!(
                    "missed {} {} {} (from headers {}): {}{}",
                    g["id"].as_str().unwrap_or(""),
                    g["kind"].as_str().unwrap_or(""),
                    g["date"],
                    g["date_from_headers"],
                    g["description"].as_str().unwrap_or(""),
                    if got.is_empty() {
                        String::new()
                    } else {
                        format!(" [found with dates {}]", got.join(", "))
                    }
                );
            }
        }
    }
    if std::env::var_os("NEWSLINE_DEBUG").is_some() {
        for (i, e) in timeline.events.iter().enumerate() {
            let owned =
                owner[i].map_or("UNMATCHED", |g| gold_events[g]["id"].as_str().unwrap_or("?"));
            eprintln!(
                "{} {} {} {} [{}] @{:?} {:?}",
                owned,
                e.id,
                e.kind.as_str(),
                e.date.as_ref().map_or("-", |d| d.value.as_str()),
                names(&timeline, e).join(", "),
                e.location,
                e.modality
            );
            for m in &e.mentions {
                let gold = map.get(&m.event).map(|v| v.join(",")).unwrap_or_default();
                eprintln!(
                    "    {} {:?} {} {:?} gold={} score={:?}",
                    m.event,
                    m.trigger,
                    m.date.as_ref().map_or("-", |d| d.value.as_str()),
                    m.modality,
                    gold,
                    m.merged.as_ref().map(|r| r.score)
                );
            }
        }
    }
    let predicted = timeline.events.len();
    let precision = found as f64 / predicted.max(1) as f64;
    let recall = found as f64 / gold_events.len() as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(f64::EPSILON);
    eprintln!(
        "timeline events: P {precision:.3} R {recall:.3} F1 {f1:.3} ({found} of {} gold, {predicted} predicted); \
         ignoring dates, {found_loose} gold events found",
        gold_events.len()
    );
    for d in &timeline.documents {
        eprintln!(
            "document {} date {:?} (not before {:?}, not after {:?}) {:?}",
            d.id,
            d.date.as_ref().map(|x| &x.value),
            d.not_before,
            d.not_after,
            d.evidence
        );
    }
    // Floors just under the figures last measured (P 0.738, R 0.787, 69
    // found ignoring dates): a change that loses accuracy fails here.
    assert!(precision >= 0.85, "timeline precision fell to {precision:.3}");
    assert!(recall >= 0.85, "timeline recall fell to {recall:.3}");
    assert!(found_loose >= 70, "only {found_loose} gold events found ignoring dates");
    // The 2022 Istanbul talks, told by 000 ("pourparlers qui ne se
    // poursuivront pas ce mercredi": a Tuesday of March 2022) and by the
    // undated 002 ("les premiers pourparlers ... depuis plus de deux
    // semaines", after Antalya on the 10th in 001), are one event on the
    // day the gold gives.
    let talks = timeline.events.iter().find(|e| {
        e.kind.as_str() == "meeting"
            && e.mentions.iter().any(|m| m.doc.starts_with("000"))
            && e.mentions.iter().any(|m| m.doc.starts_with("002"))
    });
    assert_eq!(
        talks.and_then(|e| e.date.as_ref()).map(|d| d.value.as_str()),
        Some("2022-03-29"),
        "the Istanbul talks of 000 and 002"
    );
    // The 2022 Russia–Ukraine talks and the 2025 Russia–US talks, both in
    // Istanbul, never merge.
    assert!(
        !timeline.events.iter().any(|e| {
            e.kind.as_str() == "meeting"
                && e.mentions.iter().any(|m| m.doc.starts_with("003"))
                && e.mentions.iter().any(|m| !m.doc.starts_with("003"))
        }),
        "a 2025 meeting merged with a 2022 one"
    );
    // The undated documents: whatever is inferred must hold the true
    // publication day of the gold, bounds included.
    for d in &timeline.documents {
        let path = shared().join(format!("gold/{}.json", d.id));
        let text = std::fs::read_to_string(&path).expect("every seed has its gold file");
        let gold: Value = serde_json::from_str(&text).expect("gold json");
        let Some(published) = gold["published"].as_str().and_then(|p| p.parse::<NaiveDate>().ok())
        else {
            continue;
        };
        if let Some(date) = &d.date {
            assert!(
                date.earliest <= published && published <= date.latest,
                "{} dated {} but published {published}",
                d.id,
                date.value
            );
        }
        assert!(d.not_before.is_none_or(|x| x <= published), "{}: {:?}", d.id, d.not_before);
        assert!(d.not_after.is_none_or(|x| x >= published), "{}: {:?}", d.id, d.not_after);
    }
    // Both undated seeds get evidence from the roles their people hold:
    // 002 is bounded on both sides, 003 from below by Marco Rubio's term.
    let doc = |p: &str| timeline.documents.iter().find(|d| d.id.starts_with(p));
    assert!(doc("002").is_some_and(|d| d.date.is_some()), "002 is not dated");
    // With the Istanbul talks dated 2022-03-29 through 000 and 001, 002 is
    // dated within days of them, not by roles over two years.
    assert!(
        doc("002")
            .and_then(|d| d.date.as_ref())
            .is_some_and(|d| (d.latest - d.earliest).num_days() <= 8),
        "002 is dated no tighter than {:?}",
        doc("002").and_then(|d| d.date.as_ref()).map(|d| &d.value)
    );
    // 000's header says 2022-03; the talks it tells as past, on the day
    // before a Wednesday it tells as still to come, narrow it to a day; its
    // weekdays read as one week put 002 after the Thursday it tells.
    let width = |p: &str| doc(p).and_then(|d| d.date.as_ref()).map(|d| d.latest - d.earliest);
    assert!(width("000").is_some_and(|w| w.num_days() == 0), "000 is not narrowed to a day");
    assert!(width("002").is_some_and(|w| w.num_days() <= 3), "002 is not read as one week");
    assert!(
        doc("003").is_some_and(|d| d.not_before >= NaiveDate::from_ymd_opt(2025, 1, 21)),
        "003 is not bounded by Rubio's term"
    );
    // The withdrawal Moscow announced and Kyiv and NATO deny is disputed.
    assert!(
        timeline.events.iter().any(|e| e.kind.as_str() == "withdrawal" && e.dispute.is_some()),
        "no disputed withdrawal"
    );
}
