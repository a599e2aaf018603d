//! English constructions. The anchor is Thursday 2022-03-10.

use newsline_time::{Modifier, TimexKind};

use crate::{check, find, thursday};

#[test]
fn deictic_days() {
    check("He left yesterday.", thursday(), &[("yesterday", "2022-03-09")]);
    check("He leaves tomorrow.", thursday(), &[("tomorrow", "2022-03-11")]);
    check("He is here today.", thursday(), &[("today", "2022-03-10")]);
}

#[test]
fn weekdays() {
    check("He said it last Tuesday.", thursday(), &[("last Tuesday", "2022-03-08")]);
    check("He will come next Friday.", thursday(), &[("next Friday", "2022-03-11")]);
    check("They meet this Wednesday.", thursday(), &[("this Wednesday", "2022-03-09")]);
    check("He spoke on Monday.", thursday(), &[("Monday", "2022-03-07")]);
    let found = find("They met on Thursday morning.", thursday());
    assert_eq!((found[0].text(), found[0].value()), ("Thursday morning", Some("2022-03-10TMO")));
    assert_eq!(found[0].kind(), TimexKind::Time);
}

#[test]
fn absolute_dates() {
    check("Signed on March 10, 2022.", None, &[("March 10, 2022", "2022-03-10")]);
    check("Signed on 10 March 2022.", None, &[("10 March 2022", "2022-03-10")]);
    check("Sent in December 2021.", None, &[("December 2021", "2021-12")]);
    check("Joined in 2004.", None, &[("2004", "2004")]);
    check("In the spring of 2022.", None, &[("the spring of 2022", "2022-SP")]);
    // "may" the verb is not a month.
    check("They may come.", thursday(), &[]);
}

#[test]
fn relative_periods_and_shifts() {
    check("It happened last week.", thursday(), &[("last week", "2022-W09")]);
    check("It happens next month.", thursday(), &[("next month", "2022-04")]);
    check("It happened last year.", thursday(), &[("last year", "2021")]);
    check("It began two weeks ago.", thursday(), &[("two weeks ago", "2022-02-24")]);
    check("He returns in three days.", thursday(), &[("in three days", "2022-03-13")]);
    check(
        "He arrived on March 1, 2022. Three days later he left.",
        thursday(),
        &[("March 1, 2022", "2022-03-01"), ("Three days later", "2022-03-04")],
    );
    check(
        "He arrived on March 1, 2022. The day before, he called.",
        thursday(),
        &[("March 1, 2022", "2022-03-01"), ("The day before", "2022-02-28")],
    );
}

#[test]
fn durations_sets_and_times() {
    check("Nothing moved for three weeks.", thursday(), &[("three weeks", "P3W")]);
    let found = find("They talked for more than an hour.", thursday());
    assert_eq!((found[0].text(), found[0].value()), ("more than an hour", Some("PT1H")));
    assert_eq!(found[0].modifier(), Some(Modifier::MoreThan));
    check("They talked for an hour and a half.", thursday(), &[("an hour and a half", "PT1H30M")]);
    check("He comes every Thursday.", thursday(), &[("every Thursday", "XXXX-WXX-4")]);
    check("A daily briefing.", thursday(), &[("daily", "P1D")]);
    check("We meet at 3 pm.", thursday(), &[("3 pm", "2022-03-10T15:00")]);
    check("So far, nothing.", thursday(), &[("So far", "PRESENT_REF")]);
}

#[test]
fn quarters_decades_and_parts() {
    check("In the first quarter of 2022.", None, &[("the first quarter of 2022", "2022-Q1")]);
    check("Revenue in Q3 2021.", None, &[("Q3 2021", "2021-Q3")]);
    check("In the 1990s, nothing.", None, &[("1990s", "199")]);
    let found = crate::find("In early March, he left.", thursday());
    assert_eq!((found[0].text(), found[0].value()), ("early March", Some("2022-03")));
}

#[test]
fn last_night() {
    check("It rained last night.", thursday(), &[("last night", "2022-03-09TNI")]);
}

#[test]
fn narrative_periods_and_recent_references() {
    check(
        "He arrived on March 1, 2022. The following week, he left.",
        thursday(),
        &[("March 1, 2022", "2022-03-01"), ("The following week", "2022-W10")],
    );
    check("In recent weeks, nothing.", thursday(), &[("recent weeks", "PAST_REF")]);
}
