//! Who an event's parties are: a bilateral talk is not the three-way talks
//! beside it, and the states an agreement binds take part in it.

use newsline_events::EventKind;
use newsline_timeline::{Analysis, TimelineBuilder};

mod common;
use common::analyse;

/// The meeting events of the timeline of `docs`, as their triggers.
fn meetings(docs: &[Analysis]) -> Vec<Vec<String>> {
    TimelineBuilder::new()
        .build(docs)
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Meeting)
        .map(|e| e.mentions.iter().map(|m| m.trigger.clone()).collect())
        .collect()
}

#[test]
fn a_bilateral_talk_beside_three_way_talks_is_its_own_meeting() {
    let text = " date 2022-03-10 Sergueï Lavrov, Dmytro Kouleba et Mevlüt Cavusoglu \
                se sont réunis à Antalya. Plus tôt, un entretien bilatéral avec \
                Mevlüt Cavusoglu a porté sur les corridors.";
    let found = meetings(&[analyse("a", text)]);
    assert_eq!(found.len(), 2, "{found:?}");
    // Without the adjective, the talk is told again as one of the meeting.
    let text = text.replace("un entretien bilatéral", "un entretien");
    let found = meetings(&[analyse("a", &text)]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn the_states_an_agreement_binds_take_part_in_it() {
    let docs = [analyse(
        "a",
        " date 2025-02-20 Donald Trump et Vladimir Poutine ont conclu un accord sur les ambassades.",
    )];
    let timeline = TimelineBuilder::new().build(&docs);
    let agreement = timeline.events.iter().find(|e| e.kind == EventKind::Agreement);
    let who: Vec<&str> = agreement
        .map(|e| e.participants.iter().map(|p| p.entity.as_str()).collect())
        .unwrap_or_default();
    for id in ["person:donald-trump", "person:vladimir-putin", "iso:US", "iso:RU"] {
        assert!(who.contains(&id), "{id} missing from {who:?}");
    }
    // A meeting of the two is theirs alone.
    let docs = [analyse(
        "a",
        " date 2025-02-20 Donald Trump et Vladimir Poutine se sont rencontrés à Riyad.",
    )];
    let timeline = TimelineBuilder::new().build(&docs);
    let meeting = timeline.events.iter().find(|e| e.kind == EventKind::Meeting);
    let who: Vec<&str> = meeting
        .map(|e| e.participants.iter().map(|p| p.entity.as_str()).collect())
        .unwrap_or_default();
    assert!(!who.contains(&"iso:US") && who.contains(&"person:donald-trump"), "{who:?}");
}
