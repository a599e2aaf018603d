//! What the grammar understood, before any anchor is applied.
//!
//! Recognition produces an [`Expr`]; resolution (in `resolve.rs`) turns it
//! into a value against an anchor. Keeping the two apart is what lets a
//! caller re-resolve a document once a better document date is known.

use chrono::Weekday;

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The ISO 8601 / TIMEX3 designator and whether it sits after the `T`.
    pub(crate) fn designator(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Week => ("W", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("DE", false),
            Unit::Century => ("CE", false),
        }
    }
}

/// A part of the day, with its TIMEX3 suffix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    pub(crate) fn timex(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// A season, with its TIMEX3 suffix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    pub(crate) fn timex(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Autumn => "FA",
            Season::Winter => "WI",
        }
    }
}

/// Which part of a period: "début", "mi-", "fin".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Part {
    Start,
    Mid,
    End,
}

/// A direction given by a determiner or an adjective.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Dir {
    /// No determiner: "jeudi". Tense and strategy decide.
    Bare,
    /// "ce jeudi", "this Thursday": the one of the current week.
    This,
    /// "jeudi dernier", "last Thursday".
    Last,
    /// "jeudi prochain", "next Thursday".
    Next,
}

/// The tense of the clause around a mention, as far as cheap cues tell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) enum Tense {
    #[default]
    Unknown,
    Past,
    Future,
}

/// How the year of a calendar expression is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum YearRef {
    /// Not written: "le 24 février".
    Implicit,
    /// Written: "2022".
    Abs(i32),
    /// Relative to the anchor's year: "l'an dernier" is -1.
    Rel(i32),
    /// "mars dernier", "l'été prochain": the nearest one in that direction.
    Dir(Dir),
}

/// A calendar expression, possibly partial.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Cal {
    pub year: YearRef,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub weekday: Option<Weekday>,
    pub season: Option<Season>,
    pub quarter: Option<u32>,
    /// A half year (semester): 1 or 2.
    pub half: Option<u32>,
    /// A decade ("les années 1990"): `year` holds its first year.
    pub decade: bool,
    /// A century ("le XXe siècle"): `year` holds its first year (1900).
    pub century: bool,
}

impl Cal {
    pub(crate) fn year(year: YearRef) -> Cal {
        Cal {
            year,
            month: None,
            day: None,
            weekday: None,
            season: None,
            quarter: None,
            half: None,
            decade: false,
            century: false,
        }
    }
}

/// What an ordinal picks in a month: "le premier mercredi de mars".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum NthItem {
    Day,
    Week,
    Weekend,
    Weekday(Weekday),
}

/// The month an ordinal counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum MonthSpec {
    /// "de mars 2022", "d'octobre".
    Cal(Cal),
    /// "du mois prochain" (1), "de ce mois" (0).
    Rel(i32),
}

/// An amount of units: a number, or "some" (`X` in TIMEX3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Amount {
    /// A stated number.
    N(u32),
    /// An unspecified number: "des années", "plusieurs mois".
    Some,
    /// A number and a half: "une heure et demie" is `AndHalf(1)` hours.
    AndHalf(u32),
    /// Hours and minutes: "1h30", "une heure trente" (unit `Hour`).
    HoursMinutes(u32, u32),
    /// A decimal number: "3,5 ans" is `Decimal(3, 5, 1)` (integer part,
    /// fractional digits, how many of them).
    Decimal(u32, u32, u8),
}

/// A vague reference to the present, past or future.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum RefKind {
    Present,
    Past,
    Future,
}

/// What a time expression means before anchoring.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Expr {
    /// A calendar date or period, absolute or partial.
    Cal(Cal),
    /// A day relative to the document date: "hier" is -1.
    RelDay(i32),
    /// A weekday relative to the document date.
    Weekday(Weekday, Dir),
    /// A weekday of the current (0), previous (-1) or next (1) week:
    /// "mardi de la semaine prochaine".
    WeekdayOfWeek(Weekday, i32),
    /// The current, previous or next week, month, quarter, year:
    /// "la semaine dernière" is (Week, -1). `weekend` asks for the weekend
    /// of that week ("en fin de semaine dernière").
    RelUnit { unit: Unit, offset: i32, weekend: bool },
    /// A shift from the document date: "il y a deux semaines" is
    /// (-2, Week), "dans trois jours" (+3, Day).
    Shift { n: i32, unit: Unit },
    /// A shift from the previous date in the text: "la veille" is
    /// (-1, Day), "deux jours plus tard" (+2, Day).
    Anaphor { n: i32, unit: Unit },
    /// A period next to the previous date in the text: "la semaine
    /// suivante" is (1, Week), "le mois précédent" (-1, Month).
    AnaphorPeriod { n: i32, unit: Unit },
    /// "lundi en huit": the weekday `n` weeks after its next occurrence.
    WeekdayAfter(Weekday, i32),
    /// The n-th (or, with -1, the last) day, week, weekend or weekday of
    /// a month: "le premier mercredi du mois prochain", "la dernière
    /// semaine de septembre 2014".
    Nth { n: i32, item: NthItem, month: MonthSpec },
    /// The week of a day: "la semaine du 7 octobre".
    WeekOf(Cal),
    /// A day relative to an event the text names but does not date ("au
    /// lendemain du bombardement"): recognised, never resolved.
    EventRelative,
    /// A duration.
    Duration { amount: Amount, unit: Unit },
    /// A clock time alone ("à 15h30"), on the anchor's day.
    Clock,
    /// A set: "chaque jeudi" (weekday), "quotidien" (P1D).
    Set { weekday: Option<Weekday>, unit: Unit, n: u32 },
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    Ref(RefKind),
}

pub(crate) use crate::value::Modifier;

/// Everything the grammar recognised about one mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Parsed {
    pub expr: Expr,
    pub part: Option<Part>,
    pub day_part: Option<DayPart>,
    /// Hour and minute.
    pub clock: Option<(u32, u32)>,
    pub modifier: Option<Modifier>,
    pub tense: Tense,
    /// Days to add to a day-precise value: "la veille du 24 février" is
    /// the date with -1.
    pub day_offset: i32,
    /// "il y a deux semaines exactement", "il y a un an jour pour jour":
    /// the writer counted from a known date (see `infer_anchor`).
    pub exact: bool,
}

impl Parsed {
    pub(crate) fn new(expr: Expr) -> Parsed {
        Parsed {
            expr,
            part: None,
            day_part: None,
            clock: None,
            modifier: None,
            tense: Tense::Unknown,
            day_offset: 0,
            exact: false,
        }
    }
}
