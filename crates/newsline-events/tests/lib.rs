//! Integration tests of newsline-events.

// The whole stack on one text, shared by the tests below.
mod support;

// Precision and recall on the gold of the five seeds (../shared/eval).
mod eval;
// Constructions per kind, in French and English, with their traps.
mod constructions;
// Wars, sieges and occupations: lasting states.
mod states;
// Words that qualify another: compounds, participles, purposes.
mod qualifiers;
// Dates: weekdays kept under a coarser document date, continuations.
mod dates;
// No panic on any input; spans valid.
mod properties;
