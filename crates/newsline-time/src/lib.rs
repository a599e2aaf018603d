//! Time expressions for newsline, in French and English, normalised to
//! intervals of days that never claim more precision than the text and the
//! document date allow.
//!
//! A [`TimeRecognizer`] finds dates, times, durations and sets in a
//! [`Document`](newsline_doc::Document) ("jeudi", "le 24 février", "la
//! semaine dernière", "quatre heures de pourparlers", "chaque jeudi") and
//! resolves each against the document's date, which may be partial: with a
//! header `2022-03`, "jeudi" is a Thursday of March 2022 (value `2022-03`,
//! weekday Thursday), not a guessed day.
//!
//! ```
//! use newsline_doc::read_text;
//! use newsline_time::{Resolution, TimeConfig, TimeRecognizer, TimexKind};
//!
//! let doc = read_text(
//!     "001",
//!     " date 2022-03 Les ministres se rencontrent jeudi, après deux semaines de guerre, commencée le 24 février.",
//!     "001.txt",
//! )?;
//! let rec = TimeRecognizer::new(TimeConfig::new());
//! let found = rec.recognize(&doc);
//! let jeudi = &found[0];
//! assert_eq!(jeudi.text(), "jeudi");
//! assert_eq!(jeudi.value(), Some("2022-03"));
//! assert_eq!(jeudi.weekday(), Some(chrono::Weekday::Thu));
//! assert_eq!(found[1].kind(), TimexKind::Duration);
//! assert_eq!(found[1].value(), Some("P2W"));
//! assert_eq!(found[2].text(), "le 24 février");
//! assert_eq!(found[2].value(), Some("2022-02-24"));
//! assert_eq!(found[2].resolution(), Resolution::Document);
//!
//! // Once a better date is known, resolve again.
//! let day = newsline_doc::PartialDate::ymd(2022, 3, 10);
//! let again = rec.resolve(&found, day);
//! assert_eq!(again[0].value(), Some("2022-03-10"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Overview
//!
//! - [`TimeRecognizer`]: the engine, built once from a [`TimeConfig`] and
//!   reused; [`TimeRecognizer::recognize`] for a document,
//!   [`TimeRecognizer::recognize_str`] for a bare string,
//!   [`TimeRecognizer::resolve`] to resolve a document's expressions again
//!   against a better anchor, [`TimeRecognizer::infer_anchor`] for the day
//!   a month header plus the text pin down. [`TimexRecognizer`] is the
//!   object-safe trait.
//! - [`Timex`]: one expression: span, text, [`TimexKind`], TIMEX3 value,
//!   [`Interval`] of days, optional weekday and [`Modifier`], and the
//!   [`Resolution`] that says where the value came from. Its serde form is
//!   the `timexes` entry of newsline's JSON contract.
//! - [`Strategy`]: how a full-day anchor resolves expressions that could
//!   point either way (the news strategy by default; Duckling's
//!   next-occurrence convention for the peer suites).
//!
//! # What is recognised
//!
//! Absolute dates ("le 24 février", "24 février 2022", "jeudi 10 mars",
//! "le 1er avril", "décembre 2021", "en 2014", "mi-mars", "début avril",
//! "fin 2021", "au printemps 2022", "10/03/2022", "2022-03-10",
//! "March 10, 2022", "les années 1990", "le premier trimestre 2022",
//! "Q3 2021", "la semaine du 7 octobre"); deictic ones ("jeudi", "ce mercredi", "mardi dernier",
//! "vendredi prochain", "aujourd'hui", "hier", "avant-hier", "cette
//! semaine", "la semaine prochaine", "en fin de semaine dernière", "le mois
//! dernier", "l'an dernier", "il y a deux semaines", "dans trois jours",
//! "last week", "two weeks ago"); anaphoric ones, resolved against the
//! previous date in the text ("la veille", "le lendemain", "deux jours plus
//! tard", "the day before"); durations ("trois semaines", "plus d'une
//! heure", "une heure et demie", "15 ans"); sets ("chaque jeudi",
//! "quotidien", "tous les jours à 20h"); parts of the day and clock times
//! ("jeudi matin", "à 15h30", "à quinze heures et quart", "6h du soir",
//! "9h le 13 mars"); ordinals inside a month ("le premier mercredi de
//! mars", "la dernière semaine de septembre 2014"); fixed-date holidays
//! ("Noël", "le jour de l'an"); vague references (`PRESENT_REF`
//! "jusqu'à présent", `FUTURE_REF` "les prochains jours", `PAST_REF` "ces
//! derniers jours").
//!
//! Not recognised yet: ranges as one expression ("du 4 au 22 novembre"
//! gives two dates, as TimeML does, the first borrowing the month of the
//! second), clock times relative to now ("dans deux heures" resolves to
//! the anchor's day), and movable holidays (Easter). Extents include determiners and
//! exclude prepositions ("en 2014" gives `2014`).
//!
//! # Resolution
//!
//! Absolute expressions need no anchor. A month or year anchor is refined
//! to the day when the text pins it down (a stated date plus "il y a deux
//! semaines exactement"; see [`TimeRecognizer::infer_anchor`]). With a
//! full-day anchor the [`Strategy`] picks past or future. With a month or
//! year anchor, an
//! expression finer than the anchor takes the anchor's value ("hier" in a
//! `2022-03` document is `2022-03`), never a guessed day. Without an anchor,
//! relative expressions stay [`Resolution::Unresolved`]: a weekday keeps
//! the underspecified value `XXXX-WXX-4`, a day without a year
//! `XXXX-02-18`, and everything else has a `null` value and interval.
//!
//! # Crate features
//!
//! None.
//!
//! # Errors and panics
//!
//! Recognition never fails and never panics, whatever the text. [`Error`]
//! is returned only when reading a serialised [`Timex`] that breaks an
//! invariant (an interval that ends before it starts).
//!
//! # Other crates in newsline
//!
//! `newsline-doc` builds the [`Document`](newsline_doc::Document) this
//! crate reads; `newsline-events` dates event mentions with its
//! [`Timex`]es; `newsline-timeline` infers document dates and re-resolves.
//! Most users should add the `newsline` facade instead of this crate.
#![deny(missing_docs)]

mod config;
mod error;
mod expr;
mod grammar;
mod lexicon;
mod recognize;
mod resolve;
mod scan;
mod tense;
mod value;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
/// The README's example, run as a doctest.
pub struct ReadmeDoctests;

pub use config::{Strategy, TimeConfig};
pub use error::{Error, Result};
pub use recognize::{TimeRecognizer, TimexRecognizer};
pub use value::{Interval, Modifier, Resolution, Timex, TimexKind};
