//! Triggers that name a lasting state rather than a moment: a war, a
//! siege, an occupation.
//!
//! A state began before the text that names it, so the day the text was
//! written is no date of it; and a war is one event per theatre ("la
//! guerre en Ukraine" in two articles), where two strikes in one country
//! are two.

use newsline_doc::{TextView, ViewKind};

/// The lasting state a trigger names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lasting {
    /// A war or conflict as a whole ("la guerre en Ukraine", "l'invasion
    /// russe", "the conflict"): one at a time in a country.
    Conflict,
    /// A siege or an occupation, held over time in one place ("la ville
    /// assiégée de Marioupol", "l'occupation de la Crimée").
    Hold,
}

/// The lasting state `trigger` (the trigger's text) names, if it names
/// one, by its first word.
///
/// ```
/// use newsline_events::{lasting_state, Lasting};
///
/// assert_eq!(lasting_state("guerre"), Some(Lasting::Conflict));
/// assert_eq!(lasting_state("assiégée"), Some(Lasting::Hold));
/// assert_eq!(lasting_state("bombardement"), None);
/// ```
pub fn lasting_state(trigger: &str) -> Option<Lasting> {
    let first = trigger.split_whitespace().next()?;
    let folded = TextView::new(first, ViewKind::Folded);
    let w = folded.as_str();
    const CONFLICT: &[&str] =
        &["guerre", "guerres", "conflit", "conflits", "invasion", "war", "wars", "conflict"];
    const HOLD: &[&str] = &["siege", "sieges", "occupation", "occupations"];
    if CONFLICT.contains(&w) {
        Some(Lasting::Conflict)
    } else if HOLD.contains(&w) || w.starts_with("assieg") || w.starts_with("besieg") {
        Some(Lasting::Hold)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wars_sieges_and_moments() {
        assert_eq!(lasting_state("Guerre"), Some(Lasting::Conflict));
        assert_eq!(lasting_state("conflits"), Some(Lasting::Conflict));
        assert_eq!(lasting_state("invasion"), Some(Lasting::Conflict));
        assert_eq!(lasting_state("siège"), Some(Lasting::Hold));
        assert_eq!(lasting_state("besieged"), Some(Lasting::Hold));
        assert_eq!(lasting_state("occupation"), Some(Lasting::Hold));
        // Moments: a strike, an attack, occupying a town.
        assert_eq!(lasting_state("frappe"), None);
        assert_eq!(lasting_state("attaques"), None);
        assert_eq!(lasting_state("occupé"), None);
        assert_eq!(lasting_state(""), None);
    }
}
