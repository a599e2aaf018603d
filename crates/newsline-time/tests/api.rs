//! The public API: documents and headers, re-resolution, strategies, the
//! serde contract (checked against an independent model), Send + Sync.

use newsline_doc::{read_text, PartialDate};
use newsline_time::{Resolution, Strategy, TimeConfig, TimeRecognizer, Timex, TimexRecognizer};

use crate::thursday;

#[test]
fn the_header_is_the_anchor_and_is_not_a_timex() {
    let doc = read_text("x", " date 2022-03 Ils se voient jeudi.", "x.txt").expect("reads");
    let found = TimeRecognizer::default().recognize(&doc);
    assert_eq!(found.len(), 1);
    let t = &found[0];
    assert_eq!(doc.span_text(t.span()), "jeudi");
    assert_eq!(t.value(), Some("2022-03"));
    assert_eq!(t.resolution(), Resolution::Document);
}

#[test]
fn resolving_again_with_a_better_date() {
    let doc = read_text("x", "Il a parlé mardi. La veille, rien.", "x.txt").expect("reads");
    let rec = TimeRecognizer::default();
    let found = rec.recognize(&doc);
    assert_eq!(found[0].value(), Some("XXXX-WXX-2"));
    assert_eq!(found[1].value(), None);
    let again = rec.resolve(&found, PartialDate::ymd(2022, 3, 31));
    assert_eq!(again[0].value(), Some("2022-03-29"));
    assert_eq!(again[1].value(), Some("2022-03-28"));
    assert_eq!(again[1].resolution(), Resolution::PreviousDate);
    // Same spans, same texts.
    assert!(found.iter().zip(&again).all(|(a, b)| a.span() == b.span() && a.text() == b.text()));
    // recognize_with is the same thing in one step.
    assert_eq!(rec.recognize_with(&doc, PartialDate::ymd(2022, 3, 31)), again);
}

#[test]
fn strategies_choose_past_or_future() {
    let text = "jeudi";
    let tuesday = PartialDate::ymd(2013, 2, 12);
    let value = |s: Strategy| {
        TimeRecognizer::new(TimeConfig::new().strategy(s)).recognize_str(text, tuesday)[0]
            .value()
            .map(str::to_string)
    };
    // Duckling's convention: the next Thursday.
    assert_eq!(value(Strategy::Forward).as_deref(), Some("2013-02-14"));
    assert_eq!(value(Strategy::Backward).as_deref(), Some("2013-02-07"));
    // News without a tense cue: the Thursday of the anchor's week.
    assert_eq!(value(Strategy::News).as_deref(), Some("2013-02-14"));
    assert_eq!(Strategy::default(), Strategy::News);
}

/// An independent model of the JSON contract.
#[derive(serde::Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Contract {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    value: Option<String>,
    earliest: Option<String>,
    latest: Option<String>,
    #[serde(default)]
    weekday: Option<String>,
    #[serde(default, rename = "mod")]
    modifier: Option<String>,
    resolution: String,
}

#[test]
fn json_matches_the_contract_and_round_trips() {
    let text = "Jeudi, pendant plus d'une heure, et chaque jeudi.";
    let found = TimeRecognizer::default().recognize_str(text, PartialDate::year_month(2022, 3));
    assert_eq!(found.len(), 3);
    for t in &found {
        let json = serde_json::to_string(t).expect("serialises");
        let c: Contract = serde_json::from_str(&json).expect("matches the contract");
        assert_eq!(&text[c.start..c.end], c.text);
        assert_eq!(c.earliest.is_some(), c.latest.is_some());
        let back: Timex = serde_json::from_str(&json).expect("round trips");
        assert_eq!(back.value(), t.value());
        assert_eq!(back.interval(), t.interval());
        assert!(!back.can_resolve());
        let _ = (c.kind, c.value, c.weekday, c.modifier, c.resolution);
    }
    let first: Contract =
        serde_json::from_str(&serde_json::to_string(&found[0]).expect("ok")).expect("ok");
    assert_eq!(first.weekday.as_deref(), Some("thursday"));
    assert_eq!(first.earliest.as_deref(), Some("2022-03-01"));
    assert_eq!(first.resolution, "document");
    let second: Contract =
        serde_json::from_str(&serde_json::to_string(&found[1]).expect("ok")).expect("ok");
    assert_eq!((second.kind.as_str(), second.modifier.as_deref()), ("duration", Some("MORE_THAN")));
    assert_eq!(second.earliest, None);
}

#[test]
fn engine_is_shareable() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<TimeRecognizer>();
    let boxed: Box<dyn TimexRecognizer> = Box::new(TimeRecognizer::default());
    let doc = read_text("x", "hier", "x.txt").expect("reads").with_date(thursday());
    assert_eq!(boxed.recognize(&doc)[0].value(), Some("2022-03-09"));
}

#[test]
fn config_serde_defaults() {
    let c: TimeConfig = serde_json::from_str("{}").expect("defaults");
    assert_eq!(c, TimeConfig::default());
    let c: TimeConfig = serde_json::from_str(r#"{"strategy":"forward"}"#).expect("parses");
    assert_eq!(c.get_strategy(), Strategy::Forward);
    assert!(c.get_anaphora());
}

#[test]
fn the_text_can_pin_down_a_month_anchor() {
    let rec = TimeRecognizer::default();
    let march = PartialDate::year_month(2022, 3);
    let text = "Ils se rencontrent jeudi. L'invasion a débuté le 24 février, \
                il y a deux semaines exactement.";
    let found = rec.recognize_str(text, march);
    // 24 February + 2 weeks = Thursday 10 March, inside March: "jeudi" is that day.
    assert_eq!(found[0].value(), Some("2022-03-10"));
    assert_eq!(found[0].resolution(), Resolution::InferredDate);
    assert_eq!(found[1].value(), Some("2022-02-24"));
    // Without "exactement" the figure may be rounded: nothing is inferred.
    let rounded = rec.recognize_str(&text.replace(" exactement", ""), march);
    assert_eq!(rounded[0].value(), Some("2022-03"));
    // Two different stated days: ambiguous, nothing is inferred.
    let two = rec.recognize_str(&format!("{text} Le 2 mars, rien."), march);
    assert_eq!(two[0].value(), Some("2022-03"));
    // The inferred day must lie inside the anchor.
    let april = PartialDate::year_month(2022, 4);
    assert_eq!(rec.recognize_str(text, april)[0].value(), Some("2022-04"));
    // A day anchor is never changed, and the option can be turned off.
    assert_eq!(rec.infer_anchor(&found, PartialDate::ymd(2022, 3, 11)), None);
    let off = TimeRecognizer::new(TimeConfig::new().infer_anchor(false));
    assert_eq!(off.recognize_str(text, march)[0].value(), Some("2022-03"));
}
