//! Event coreference: which mentions, within and across documents, are one
//! real-world event, with a score a user can read.
//!
//! Mentions are taken in a canonical order (document id, then position),
//! so the clusters are a function of the set of mentions, never of the
//! order documents arrived in. Each mention joins the best-scoring event
//! at or above the threshold, or opens a new one. Candidates come from
//! blocking keys (same kind and document, same kind and place, same kind
//! and side in an overlapping month), so the work stays near-linear.

use std::borrow::Cow;

use fnv::FnvHashMap;
use newsline_events::{DateSource, EventKind, Lasting, Modality};

use crate::interval::Days;
use crate::model::Factor;

/// Whether a mention says the event happened (or denies it), or only that
/// it may: plans and possibilities never merge with facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Tier {
    Factual,
    Possible,
}

impl Tier {
    pub(crate) fn of(m: Modality) -> Tier {
        match m {
            Modality::Planned | Modality::Hypothetical => Tier::Possible,
            _ => Tier::Factual,
        }
    }
}

/// A name interned as a number: scoring compares sides, places and
/// documents millions of times on a large corpus, and comparing numbers
/// is far cheaper than comparing the strings.
pub(crate) type Sym = u32;

/// The interned names of one build, and the way back to the text (for
/// explaining a merge).
#[derive(Debug, Default)]
pub(crate) struct Symbols<'a> {
    ids: FnvHashMap<Cow<'a, str>, Sym>,
    names: Vec<Cow<'a, str>>,
}

impl<'a> Symbols<'a> {
    /// The number of `name`, giving it the next one when it is new.
    pub(crate) fn intern(&mut self, name: impl Into<Cow<'a, str>>) -> Sym {
        let name = name.into();
        if let Some(&s) = self.ids.get(name.as_ref()) {
            return s;
        }
        let s = self.names.len() as Sym;
        self.names.push(name.clone());
        self.ids.insert(name, s);
        s
    }

    /// The name numbered `s`.
    pub(crate) fn name(&self, s: Sym) -> &str {
        self.names.get(s as usize).map_or("", |n| n.as_ref())
    }
}

/// What clustering needs of one mention.
#[derive(Clone, Debug)]
pub(crate) struct Item<'a> {
    /// The mention itself.
    pub event: &'a newsline_events::EventMention,
    pub doc: &'a str,
    pub id: &'a str,
    pub kind: EventKind,
    pub tier: Tier,
    /// The document, interned.
    pub doc_sym: Sym,
    /// The sides taking part: each participant's country, or itself when
    /// it has none (an organisation, a country). Sorted, deduplicated.
    pub sides: Vec<Sym>,
    /// The people taking part. Sorted, deduplicated.
    pub people: Vec<Sym>,
    pub location: Option<&'a str>,
    /// The location, interned.
    pub place: Option<Sym>,
    /// The location's country, or the location when it is a country.
    pub place_country: Option<Sym>,
    /// Whether the location is a whole country (too wide to tie mentions
    /// of different documents together).
    pub location_wide: bool,
    pub date: Option<Days>,
    /// Whether the date is only the document's (weak: it may conflict).
    pub date_weak: bool,
    /// Whether the date is a lower bound the text sets ("les premiers
    /// pourparlers depuis plus de deux semaines"): it looks for events
    /// over more weeks than a date of its width would.
    pub bounded_below: bool,
    pub speaker: Option<Sym>,
    /// The country the speaker speaks for: its own, or itself when it is
    /// one (or has none).
    pub speaker_side: Option<Sym>,
    /// The trigger's first word, folded and cut to five letters: a crude
    /// stem ("réduire", "réduction" → "redui", "reduc" differ; "réduire"
    /// twice agree). Interned.
    pub stem: Sym,
    /// The lasting state the trigger names (a war, a siege), if any.
    pub lasting: Option<Lasting>,
    /// When the trigger is quoted, the pairs of long words its quote
    /// holds, hashed (see [`crate::quoted`]). Sorted, deduplicated.
    pub quoted: Vec<u64>,
    /// The most sides the mention says it has ("un entretien bilatéral"),
    /// see [`crate::bilateral`].
    pub most_sides: Option<usize>,
}

/// One event being built.
#[derive(Clone, Debug)]
pub(crate) struct Cluster {
    pub kind: EventKind,
    pub tier: Tier,
    /// Indexes of the items, in the order they joined.
    pub members: Vec<usize>,
    pub sides: Vec<Sym>,
    pub people: Vec<Sym>,
    pub docs: Vec<Sym>,
    pub place: Option<Sym>,
    pub place_country: Option<Sym>,
    pub location_wide: bool,
    pub date: Option<Days>,
    /// Whether every date the cluster has is only a document's.
    pub date_weak: bool,
    /// Whether a member's date has a lower bound from "the first X
    /// since D".
    pub bounded_below: bool,
    pub speakers: Vec<Sym>,
    pub stems: Vec<Sym>,
    pub lasting: Option<Lasting>,
    /// The word pairs of its members' quotes. Sorted, deduplicated.
    pub quoted: Vec<u64>,
    /// The fewest sides a member says the event has, if any does.
    pub most_sides: Option<usize>,
}

/// Why an item joined a cluster.
#[derive(Clone, Debug)]
pub(crate) struct Join {
    pub cluster: usize,
    pub score: f32,
    pub factors: Vec<Factor>,
}

/// The weights of the merge score.
pub(crate) const THRESHOLD: f32 = 1.5;

/// A score being summed; the words explaining it are written only for the
/// merge finally made (formatting them for every candidate would cost more
/// than the scoring).
struct Tally {
    explain: bool,
    total: f32,
    factors: Vec<Factor>,
}

impl Tally {
    fn add(&mut self, name: &str, weight: f32, detail: impl FnOnce() -> String) {
        self.total += weight;
        if self.explain {
            self.factors.push(Factor { name: name.to_string(), weight, detail: detail() });
        }
    }
}

/// Whether every element of `a` is one of `b`'s (both sorted).
pub(crate) fn subset(a: &[Sym], b: &[Sym]) -> bool {
    a.iter().all(|x| b.binary_search(x).is_ok())
}

fn shared(a: &[Sym], b: &[Sym]) -> usize {
    a.iter().filter(|x| b.binary_search(x).is_ok()).count()
}

/// The score of `item` joining `c`, with its parts, or `None` when
/// something rules the merge out.
pub(crate) fn score(
    item: &Item<'_>,
    c: &Cluster,
    symbols: &Symbols<'_>,
    threshold: f32,
    explain: bool,
) -> Option<(f32, Vec<Factor>)> {
    // A war is not one of its strikes, nor a siege one of its bombings.
    if item.kind != c.kind || item.tier != c.tier || item.lasting != c.lasting {
        return None;
    }
    let mut tally = Tally { explain, total: 0.0, factors: Vec::new() };
    tally.add("kind", 0.0, || format!("both {}", item.kind.as_str()));
    if let Some(s) = item.speaker {
        if !c.speakers.is_empty() && !c.speakers.contains(&s) {
            return None;
        }
    }
    // Dates: overlapping intervals count for more the more precise the
    // vaguer of the two is (a month meeting a day says little); disjoint
    // ones rule the merge out, unless one is only a document's date, which
    // a past event may well precede. Two dates that together leave a
    // single day ("a Thursday of March" and "10 mars") tie mentions as a
    // day does.
    let mut dated_together = false;
    if let (Some(a), Some(b)) = (&item.date, &c.date) {
        let weak = item.date_weak || c.date_weak;
        match a.meet(b) {
            Some(i) => {
                // A weekday meeting an interval counts by the days left:
                // "a Tuesday" and "after the 24th" leave one.
                let weekday = a.weekday.is_some() || b.weekday.is_some();
                let plain = a.interval.days().max(b.interval.days());
                // "The first talks since D" are the first such event after
                // their bound: one the timeline dates to a week at most.
                let first_after = (item.bounded_below || c.bounded_below)
                    && a.interval.days().min(b.interval.days()) <= 7;
                let vaguer =
                    if weekday || first_after { i.count() } else { a.count().max(b.count()) };
                let w = match (weak, vaguer) {
                    (true, _) => 0.2,
                    (false, 1) => 1.0,
                    (false, 2..=7) => 0.6,
                    (false, 8..=31) => 0.3,
                    _ => 0.1,
                };
                dated_together =
                    !weak && (plain <= 7 || (weekday && i.count() == 1) || first_after);
                tally.add("date", w, || {
                    format!("{} and {} meet in {}", a.describe(), b.describe(), i.describe())
                });
            }
            None if weak => {
                // A date a mention only borrows (its document's, its
                // speaker's) says when it was told: an ongoing move told
                // on two days running may well be one.
                let gap = (a.interval.earliest - b.interval.latest)
                    .num_days()
                    .max((b.interval.earliest - a.interval.latest).num_days());
                let w = if gap <= 1 { -0.5 } else { -1.0 };
                tally.add("date", w, || {
                    format!("{} and {} do not meet", a.describe(), b.describe())
                });
            }
            None => return None,
        }
    }
    // Participants: one side set must hold the other ("Russia" fits
    // "Russia and Ukraine"; "Russia and Ukraine" does not fit "Russia and
    // the United States").
    if !item.sides.is_empty() && !c.sides.is_empty() {
        if !subset(&item.sides, &c.sides) && !subset(&c.sides, &item.sides) {
            return None;
        }
        let common = shared(&item.sides, &c.sides);
        // "Un entretien bilatéral" is not the three-way talks it stands
        // beside.
        if fewest(item.most_sides, c.most_sides)
            .is_some_and(|n| item.sides.len() + c.sides.len() - common > n)
        {
            return None;
        }
        // Shared over the larger set, plus a little when one set is
        // wholly the other's (always, given the subset rule above, once
        // anything is shared).
        let mut w = common as f32 / item.sides.len().max(c.sides.len()) as f32;
        if common > 0 {
            w += 0.25;
        }
        let people = shared(&item.people, &c.people);
        if people > 0 {
            w += 0.5;
        }
        tally.add("participants", w, || {
            format!("{common} side(s) and {people} person(s) in common")
        });
    }
    // Two wars in two countries are two wars ("le conflit ukrainien, la
    // guerre en Syrie").
    if item.lasting == Some(Lasting::Conflict)
        && item.place_country.is_some()
        && c.place_country.is_some()
        && item.place_country != c.place_country
    {
        return None;
    }
    let mut placed_together = false;
    if let (Some(a), Some(b)) = (item.place, c.place) {
        let (a_name, b_name) = (|| symbols.name(a), || symbols.name(b));
        if a == b {
            // A country is too wide to tie two strikes, not two mentions
            // of the war in it: there is one at a time.
            placed_together = !item.location_wide || item.lasting == Some(Lasting::Conflict);
            tally.add("location", 1.0, || format!("both at {}", a_name()));
        } else if item.place_country.is_some() && item.place_country == c.place_country {
            // A place inside the other (a city in the country the other
            // names) is compatible; two cities of one country are not.
            let inside = item.location_wide || c.location_wide;
            let w = if inside { 0.3 } else { -0.5 };
            let how = if inside { "one inside the other" } else { "two places of one country" };
            tally.add("location", w, || format!("{} and {}: {how}", a_name(), b_name()));
        } else {
            tally.add("location", -1.0, || format!("{} and {} differ", a_name(), b_name()));
        }
    }
    let same_words = c.stems.contains(&item.stem);
    if same_words {
        tally.add("trigger", 0.5, || format!("same trigger word ({}…)", symbols.name(item.stem)));
    }
    // Nor two mentions of a war between the same two sides.
    let parties_together =
        item.lasting == Some(Lasting::Conflict) && shared(&item.sides, &c.sides) >= 2;
    if parties_together {
        tally.add("war", 0.5, || "a war between the same two sides".to_string());
    }
    // The same words quoted: two reports of one statement's wording.
    let quoted_together = shared_sorted(&item.quoted, &c.quoted);
    if quoted_together {
        tally.add("quote", 0.5, || "quoted in the same words".to_string());
    }
    if c.docs.contains(&item.doc_sym) {
        tally.add("document", 0.5, || "same document".to_string());
    } else if !dated_together && !placed_together && !parties_together && !quoted_together {
        // Across documents, participants alone are not enough: the same
        // people meet many times. A shared date or place is required.
        return None;
    }
    (tally.total >= threshold).then_some((tally.total, tally.factors))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Key {
    Doc(EventKind, Sym),
    Place(EventKind, Sym),
    Country(EventKind, Sym),
    Side(EventKind, Sym, i32),
    /// A war, by one of its sides: it ties mentions without a date.
    War(Sym),
    /// A pair of words quoted (see [`crate::quoted`]).
    Quote(EventKind, u64),
}

/// The most weeks a date gives keys for.
const KEY_WEEKS: i64 = 12;

/// The weeks (counted from the Common Era) of a date's days, into `out`:
/// for a date of a week at most, for the days of a weekday (up to
/// [`KEY_WEEKS`] of them), and for the first [`KEY_WEEKS`] weeks after a
/// lower bound (`wide`). Across documents only
/// dates that leave few days can tie mentions (see [`score`]), so only they
/// need date keys: two dates that meet share a week.
fn weeks(date: &Days, wide: bool, out: &mut Vec<i32>) {
    use chrono::Datelike;
    out.clear();
    let week = |d: chrono::NaiveDate| d.num_days_from_ce().div_euclid(7);
    let first = week(date.interval.earliest);
    if date.weekday.is_some() {
        out.extend(date.each(KEY_WEEKS).map(week));
    } else if date.interval.days() <= 7 {
        out.extend(first..=week(date.interval.latest));
    } else if wide {
        // A lower bound: the event is looked for in the weeks after it.
        out.extend(first..=week(date.interval.latest).min(first + KEY_WEEKS as i32 - 1));
    }
}

/// Clusters `items` (already in canonical order). Returns the clusters and,
/// per item, why it joined (None for an event's first mention).
pub(crate) fn cluster(
    items: &[Item<'_>],
    symbols: &Symbols<'_>,
    threshold: f32,
) -> (Vec<Cluster>, Vec<Option<Join>>) {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut joins: Vec<Option<Join>> = Vec::with_capacity(items.len());
    let mut index: FnvHashMap<Key, Vec<usize>> = FnvHashMap::default();
    let mut candidates: Vec<usize> = Vec::new();
    let mut keys: Vec<Key> = Vec::new();
    let mut wk: Vec<i32> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        candidates.clear();
        lookup_keys(item, &mut keys, &mut wk);
        for key in &keys {
            if let Some(v) = index.get(key) {
                candidates.extend_from_slice(v);
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<(usize, f32)> = None;
        for &c in &candidates {
            if let Some((s, _)) = score(item, &clusters[c], symbols, threshold, false) {
                if best.is_none_or(|b| s > b.1) {
                    best = Some((c, s));
                }
            }
        }
        let target = match best {
            Some((c, s)) => {
                let f = score(item, &clusters[c], symbols, threshold, true)
                    .map(|x| x.1)
                    .unwrap_or_default();
                joins.push(Some(Join { cluster: c, score: s, factors: f }));
                absorb(&mut clusters[c], i, item);
                c
            }
            None => {
                joins.push(None);
                clusters.push(open(i, item));
                clusters.len() - 1
            }
        };
        register_keys(&clusters[target], item, &mut keys, &mut wk);
        for &key in &keys {
            let v = index.entry(key).or_default();
            if v.last() != Some(&target) {
                v.push(target);
            }
        }
    }
    crate::speech::merge_statements(items, &mut clusters, &mut joins);
    crate::postmerge::merge_denials(items, &mut clusters, &mut joins);
    (clusters, joins)
}

/// The keys under which `item` looks for candidate events, into `keys`.
fn lookup_keys(item: &Item<'_>, keys: &mut Vec<Key>, wk: &mut Vec<i32>) {
    keys.clear();
    keys.push(Key::Doc(item.kind, item.doc_sym));
    if let Some(l) = item.place {
        keys.push(Key::Place(item.kind, l));
    }
    if let Some(l) = item.place_country {
        keys.push(Key::Country(item.kind, l));
    }
    if let Some(d) = &item.date {
        weeks(d, item.bounded_below, wk);
        for &w in wk.iter() {
            for &s in &item.sides {
                keys.push(Key::Side(item.kind, s, w));
            }
        }
    }
    if item.lasting == Some(Lasting::Conflict) {
        keys.extend(item.sides.iter().map(|&s| Key::War(s)));
    }
    keys.extend(item.quoted.iter().map(|&q| Key::Quote(item.kind, q)));
}

/// The keys under which event `c`, just joined by `item`, is found, into
/// `keys`.
fn register_keys(c: &Cluster, item: &Item<'_>, keys: &mut Vec<Key>, wk: &mut Vec<i32>) {
    keys.clear();
    keys.push(Key::Doc(c.kind, item.doc_sym));
    if let Some(l) = c.place {
        keys.push(Key::Place(c.kind, l));
    }
    if let Some(l) = c.place_country {
        keys.push(Key::Country(c.kind, l));
    }
    if let (Some(d), false) = (&c.date, c.date_weak) {
        weeks(d, false, wk);
        for &w in wk.iter() {
            for &s in &c.sides {
                keys.push(Key::Side(c.kind, s, w));
            }
        }
    }
    if c.lasting == Some(Lasting::Conflict) {
        keys.extend(c.sides.iter().map(|&s| Key::War(s)));
    }
    keys.extend(item.quoted.iter().map(|&q| Key::Quote(c.kind, q)));
}

fn open(i: usize, item: &Item<'_>) -> Cluster {
    Cluster {
        kind: item.kind,
        tier: item.tier,
        members: vec![i],
        sides: item.sides.clone(),
        people: item.people.clone(),
        docs: vec![item.doc_sym],
        place: item.place,
        place_country: item.place_country,
        location_wide: item.location_wide,
        date: item.date.clone(),
        date_weak: item.date.is_none() || item.date_weak,
        bounded_below: item.bounded_below,
        speakers: item.speaker.into_iter().collect(),
        stems: vec![item.stem],
        quoted: item.quoted.clone(),
        lasting: item.lasting,
        most_sides: item.most_sides,
    }
}

pub(crate) fn absorb(c: &mut Cluster, i: usize, item: &Item<'_>) {
    c.members.push(i);
    merge_sorted(&mut c.sides, &item.sides);
    merge_sorted(&mut c.people, &item.people);
    if !c.docs.contains(&item.doc_sym) {
        c.docs.push(item.doc_sym);
    }
    c.bounded_below |= item.bounded_below;
    if c.place.is_none() {
        c.place = item.place;
        c.place_country = item.place_country;
        c.location_wide = item.location_wide;
    }
    if let Some(s) = item.speaker {
        if !c.speakers.contains(&s) {
            c.speakers.push(s);
        }
    }
    merge_sorted(&mut c.quoted, &item.quoted);
    c.most_sides = fewest(c.most_sides, item.most_sides);
    if !c.stems.contains(&item.stem) {
        c.stems.push(item.stem);
    }
    if item.date.is_some() && !item.date_weak {
        c.date_weak = false;
    }
    c.date = match (&c.date, &item.date) {
        (None, d) => d.clone(),
        (Some(a), Some(b)) => Some(a.meet(b).unwrap_or_else(|| a.clone())),
        (Some(a), None) => Some(a.clone()),
    };
}

/// The tighter of two caps on the number of sides, either being absent.
fn fewest(a: Option<usize>, b: Option<usize>) -> Option<usize> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Whether two sorted lists share an element.
fn shared_sorted(a: &[u64], b: &[u64]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

fn merge_sorted<T: Ord + Copy>(into: &mut Vec<T>, from: &[T]) {
    for x in from {
        if let Err(at) = into.binary_search(x) {
            into.insert(at, *x);
        }
    }
}

/// Whether a date source is weak evidence for coreference.
pub(crate) fn is_weak(source: DateSource) -> bool {
    !matches!(source, DateSource::Timex)
}
