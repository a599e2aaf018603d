//! "Les premiers pourparlers en présence directe depuis plus de deux
//! semaines": a mention its sentence calls the first of its kind for some
//! time happened at least that long after the last such event between the
//! same sides. The last such event is found in the timeline, so the
//! constraint crosses documents: talks told so in an undated document are
//! placed after the dated talks another document reports.

use chrono::NaiveDate;
use newsline_doc::{TextView, ViewKind};
use newsline_events::EventMention;
use newsline_time::{Modifier, TimexKind};

use crate::analysis::Analysis;
use crate::cluster::{Cluster, Tier};
use crate::interval::Days;

/// Words that call an event the first for a while, just before its
/// trigger ("les premiers pourparlers", "la première rencontre").
const FIRST: &[&str] = &["premier", "premiers", "premiere", "premieres", "first"];

/// Words that open the span of time since the previous one ("depuis plus
/// de deux semaines", "since", "the first talks in two weeks").
const SINCE: &[&str] = &["depuis", "since", "in", "for"];

/// How many days at least separate a mention from the previous event of
/// its kind, when its sentence says it is the first for a stated time.
pub(crate) fn gap_days(a: &Analysis, e: &EventMention) -> Option<u64> {
    let sentence = &e.sentence;
    let before = sentence.text.get(..e.trigger.start.checked_sub(sentence.start)?)?;
    // Only the word before the trigger is folded: this runs for every
    // mention of a build.
    let last = TextView::new(before.split_whitespace().next_back()?, ViewKind::Folded);
    if !FIRST.contains(&last.as_str()) {
        return None;
    }
    a.timexes
        .iter()
        .filter(|t| t.kind() == TimexKind::Duration)
        .filter(|t| t.span().start() >= e.trigger.end && t.span().end() <= sentence.end)
        .find_map(|t| {
            let between = sentence
                .text
                .get(e.trigger.end - sentence.start..t.span().start() - sentence.start)?;
            if between.contains([';', ':', '.', '(']) {
                return None;
            }
            let between = TextView::new(between, ViewKind::Folded);
            let opener = between.as_str().split_whitespace().next_back()?;
            if !SINCE.contains(&opener) {
                return None;
            }
            let days = duration_days(t.value()?)?;
            Some(if t.modifier() == Some(Modifier::MoreThan) { days + 1 } else { days })
        })
}

/// The fewest days an ISO duration of days, weeks, months or years can be
/// (a month is at least 28 days).
fn duration_days(value: &str) -> Option<u64> {
    let rest = value.strip_prefix('P')?;
    let unit = rest.chars().next_back()?;
    let n: u64 = rest.get(..rest.len() - unit.len_utf8())?.parse().ok()?;
    let per = match unit {
        'D' => 1,
        'W' => 7,
        'M' => 28,
        'Y' => 365,
        _ => return None,
    };
    n.checked_mul(per)
}

/// The first day event `own` may be, `gap` days after the last event of
/// its kind between the same sides that a day-precise date places: the
/// latest such event other than itself. Once the event is bounded
/// (`bound`), only events before the bound count: one after it may be the
/// event itself, told by a document that dates it more precisely. `None`
/// when there is none.
pub(crate) fn not_before(
    clusters: &[Cluster],
    own: usize,
    gap: u64,
    bound: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let it = clusters.get(own)?;
    if it.sides.len() < 2 || it.tier != Tier::Factual {
        return None;
    }
    let latest = it.date.as_ref().map(|d| d.interval.latest);
    clusters
        .iter()
        .enumerate()
        .filter(|(i, c)| *i != own && c.kind == it.kind && c.tier == Tier::Factual)
        .filter(|(_, c)| it.sides.iter().all(|s| c.sides.binary_search(s).is_ok()))
        .filter_map(|(_, c)| match (&c.date, c.date_weak) {
            (Some(Days { interval, weekday: None }), false) if interval.days() <= 7 => {
                Some(interval.latest)
            }
            _ => None,
        })
        .filter(|last| latest.is_none_or(|l| *last < l) && bound.is_none_or(|b| *last < b))
        .max()?
        .checked_add_days(chrono::Days::new(gap))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_days() {
        assert_eq!(duration_days("P2W"), Some(14));
        assert_eq!(duration_days("P3D"), Some(3));
        assert_eq!(duration_days("P1M"), Some(28));
        assert_eq!(duration_days("PT4H"), None);
        assert_eq!(duration_days("PXY"), None);
    }
}
