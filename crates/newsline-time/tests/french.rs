//! French constructions, one test per family. The anchor is Thursday
//! 2022-03-10 (ISO week 10: Monday 7 to Sunday 13 March) unless stated.

use newsline_doc::PartialDate;
use newsline_time::{Modifier, Resolution, TimexKind};

use crate::{check, find, thursday};

#[test]
fn deictic_days() {
    check("Il est parti hier.", thursday(), &[("hier", "2022-03-09")]);
    check("Il part demain.", thursday(), &[("demain", "2022-03-11")]);
    check("Il était là avant-hier.", thursday(), &[("avant-hier", "2022-03-08")]);
    check("Il est là aujourd’hui.", thursday(), &[("aujourd’hui", "2022-03-10")]);
}

#[test]
fn weekdays_with_determiners_and_tense() {
    // "ce mercredi": the tense picks the side, else the anchor's week.
    check("Ils se verront ce mercredi.", thursday(), &[("ce mercredi", "2022-03-16")]);
    check("Ils se sont vus ce mercredi.", thursday(), &[("ce mercredi", "2022-03-09")]);
    check("Ils se voient ce mercredi.", thursday(), &[("ce mercredi", "2022-03-09")]);
    check("Il l'a dit mardi dernier.", thursday(), &[("mardi dernier", "2022-03-08")]);
    check("Il viendra vendredi prochain.", thursday(), &[("vendredi prochain", "2022-03-11")]);
    // Past tense: the latest Monday on or before the anchor.
    check("Il a parlé lundi à la presse.", thursday(), &[("lundi", "2022-03-07")]);
    // Future tense: the next one.
    check("Il partira lundi pour Kiev.", thursday(), &[("lundi", "2022-03-14")]);
    // No cue: the anchor's week.
    check("Ils se rencontrent jeudi en Turquie.", thursday(), &[("jeudi", "2022-03-10")]);
}

#[test]
fn parts_of_day_and_clock_times() {
    let found = find("Il partira vendredi matin.", thursday());
    assert_eq!(found[0].text(), "vendredi matin");
    assert_eq!(found[0].value(), Some("2022-03-11TMO"));
    assert_eq!(found[0].kind(), TimexKind::Time);
    check("Rendez-vous à 15h30.", thursday(), &[("15h30", "2022-03-10T15:30")]);
    check("Ils ont parlé mercredi soir.", thursday(), &[("mercredi soir", "2022-03-09TEV")]);
}

#[test]
fn weeks_months_years() {
    check("Il le fera cette semaine.", thursday(), &[("cette semaine", "2022-W10")]);
    check("Il le fera la semaine prochaine.", thursday(), &[("la semaine prochaine", "2022-W11")]);
    check("Il l'a fait la semaine dernière.", thursday(), &[("la semaine dernière", "2022-W09")]);
    check(
        "En fin de semaine dernière, des troupes sont arrivées.",
        thursday(),
        &[("fin de semaine dernière", "2022-W09-WE")],
    );
    check("Il l'a fait le mois dernier.", thursday(), &[("le mois dernier", "2022-02")]);
    check("Il l'a fait l'an dernier.", thursday(), &[("l'an dernier", "2021")]);
}

#[test]
fn shifts_from_the_document_date() {
    check(
        "La crise a débuté il y a deux semaines.",
        thursday(),
        &[("il y a deux semaines", "2022-02-24")],
    );
    check("Il reviendra dans trois jours.", thursday(), &[("dans trois jours", "2022-03-13")]);
    let found = find("Ils pourraient se voir d'ici une ou deux semaines.", thursday());
    assert_eq!(found[0].text(), "une ou deux semaines");
    assert_eq!(found[0].value(), Some("P2W"));
    assert_eq!(found[0].modifier(), Some(Modifier::EqualOrLess));
}

#[test]
fn absolute_dates() {
    check("L'invasion a commencé le 24 février.", thursday(), &[("le 24 février", "2022-02-24")]);
    check("Le 24 février 2022, tout a changé.", None, &[("Le 24 février 2022", "2022-02-24")]);
    check("Ils se voient jeudi 10 mars.", thursday(), &[("jeudi 10 mars", "2022-03-10")]);
    check("Elle arrive le 1er avril.", thursday(), &[("le 1er avril", "2022-04-01")]);
    check("Envoyé en décembre 2021.", None, &[("décembre 2021", "2021-12")]);
    check("Annexée en 2014.", None, &[("2014", "2014")]);
    check("Signé le 10/03/2022.", None, &[("10/03/2022", "2022-03-10")]);
    check("Au printemps 2022, rien.", None, &[("printemps 2022", "2022-SP")]);
    check("Dans les années 1990.", None, &[("les années 1990", "199")]);
}

#[test]
fn parts_of_periods() {
    let found = find("Attendu mi-mars, puis début avril et fin 2021.", thursday());
    let got: Vec<_> = found.iter().map(|t| (t.text(), t.value(), t.modifier())).collect();
    assert_eq!(
        got,
        [
            ("mi-mars", Some("2022-03"), Some(Modifier::Mid)),
            ("début avril", Some("2022-04"), Some(Modifier::Start)),
            ("fin 2021", Some("2021"), Some(Modifier::End)),
        ]
    );
    // "fin 2021" covers the last third of the year, no more.
    let late = found[2].interval().expect("resolved");
    assert_eq!(late.latest().to_string(), "2021-12-31");
    assert!(late.earliest().to_string().as_str() > "2021-08-31");
}

#[test]
fn anaphora_use_the_previous_date() {
    let found = find("Le 24 février, ils ont envahi. La veille, il avait parlé.", thursday());
    assert_eq!(found[1].text(), "La veille");
    assert_eq!(found[1].value(), Some("2022-02-23"));
    assert_eq!(found[1].resolution(), Resolution::PreviousDate);
    check(
        "Le 1er mars, il est arrivé. Le lendemain, il est reparti.",
        thursday(),
        &[("Le 1er mars", "2022-03-01"), ("Le lendemain", "2022-03-02")],
    );
    check(
        "Le 1er mars, il est arrivé. Deux jours plus tard, il est reparti.",
        thursday(),
        &[("Le 1er mars", "2022-03-01"), ("Deux jours plus tard", "2022-03-03")],
    );
    // An event that the text does not date: found, not resolved.
    let found = find("au lendemain du bombardement", thursday());
    assert_eq!(found[0].text(), "lendemain");
    assert_eq!(found[0].resolution(), Resolution::Unresolved);
}

#[test]
fn durations() {
    check("Rien n'a bougé depuis trois semaines.", thursday(), &[("trois semaines", "P3W")]);
    let found = find("Ils se sont parlé pendant plus d'une heure.", thursday());
    assert_eq!((found[0].text(), found[0].value()), ("plus d'une heure", Some("PT1H")));
    assert_eq!(found[0].modifier(), Some(Modifier::MoreThan));
    assert_eq!(found[0].kind(), TimexKind::Duration);
    check("Quatre heures de pourparlers.", thursday(), &[("Quatre heures", "PT4H")]);
    check("Une consultation de 15 ans.", thursday(), &[("15 ans", "P15Y")]);
    check(
        "Après une heure et demie d'entretiens.",
        thursday(),
        &[("une heure et demie", "PT1H30M")],
    );
    check("Une pause d'une demi-heure.", thursday(), &[("une demi-heure", "PT30M")]);
    check("Au cours des dernières années.", thursday(), &[("dernières années", "PXY")]);
}

#[test]
fn sets_and_vague_references() {
    check("Il vient chaque jeudi.", thursday(), &[("chaque jeudi", "XXXX-WXX-4")]);
    check("Il vient tous les ans.", thursday(), &[("tous les ans", "P1Y")]);
    check("Une conférence quotidienne.", thursday(), &[("quotidienne", "P1D")]);
    check("Jusqu'à présent, rien.", thursday(), &[("Jusqu'à présent", "PRESENT_REF")]);
    check("Pour l'instant, rien.", thursday(), &[("Pour l'instant", "PRESENT_REF")]);
    check("Dans les prochains jours.", thursday(), &[("les prochains jours", "FUTURE_REF")]);
}

#[test]
fn numbers_in_words_and_digits() {
    check("vingt-et-un jours", thursday(), &[("vingt-et-un jours", "P21D")]);
    check("quatre-vingts ans", thursday(), &[("quatre-vingts ans", "P80Y")]);
    check("dix-sept mois", thursday(), &[("dix-sept mois", "P17M")]);
    check("21 jours", thursday(), &[("21 jours", "P21D")]);
}

#[test]
fn a_month_anchor_never_invents_a_day() {
    let march = PartialDate::year_month(2022, 3);
    let found = find("Ils se rencontrent jeudi. Il était là hier.", march);
    assert_eq!(found[0].value(), Some("2022-03"));
    assert_eq!(found[0].weekday(), Some(chrono::Weekday::Thu));
    assert_eq!(found[0].earliest().map(|d| d.to_string()).as_deref(), Some("2022-03-01"));
    assert_eq!(found[0].latest().map(|d| d.to_string()).as_deref(), Some("2022-03-31"));
    assert_eq!(found[1].value(), Some("2022-03"));
    check("Le mois dernier.", march, &[("Le mois dernier", "2022-02")]);
    // Two weeks before some day of March: mid-February to mid-March.
    check("Il y a deux semaines.", march, &[("Il y a deux semaines", "2022-Q1")]);
}

#[test]
fn no_anchor_leaves_relative_expressions_unresolved() {
    let found = find("Mardi, le 18 février, hier, et en février 2022.", None);
    let got: Vec<_> = found.iter().map(|t| (t.text(), t.value(), t.resolution())).collect();
    assert_eq!(
        got,
        [
            ("Mardi", Some("XXXX-WXX-2"), Resolution::Unresolved),
            ("le 18 février", Some("XXXX-02-18"), Resolution::Unresolved),
            ("hier", None, Resolution::Unresolved),
            ("février 2022", Some("2022-02"), Resolution::Absolute),
        ]
    );
    assert!(found[..3].iter().all(|t| t.interval().is_none()));
}

#[test]
fn words_that_look_like_dates_are_not() {
    check("Il a été élu. Un second tour. La seconde guerre.", thursday(), &[]);
    check("Les 2000 soldats sont partis. Mars est une planète.", thursday(), &[]);
    check("Il a 1/2 chance.", thursday(), &[]);
}

#[test]
fn ordinals_inside_a_month() {
    // March 2022 starts on a Tuesday; its Mondays are 7, 14, 21, 28.
    check(
        "Le premier mercredi de mars 2022.",
        None,
        &[("Le premier mercredi de mars 2022", "2022-03-02")],
    );
    check(
        "La dernière semaine de mars 2022.",
        None,
        &[("La dernière semaine de mars 2022", "2022-W12")],
    );
    check(
        "La première semaine de mars 2022.",
        None,
        &[("La première semaine de mars 2022", "2022-W10")],
    );
    check(
        "Le dernier jour de février 2022.",
        None,
        &[("Le dernier jour de février 2022", "2022-02-28")],
    );
    check(
        "Le premier lundi du mois prochain.",
        thursday(),
        &[("Le premier lundi du mois prochain", "2022-04-04")],
    );
    // No month: not an ordinal date.
    check("Le premier jour de la guerre.", thursday(), &[]);
}

#[test]
fn holidays_and_days_next_to_dates() {
    // No tense: the nearest Christmas to 10 March 2022 is the last one.
    check("À Noël, rien.", thursday(), &[("Noël", "2021-12-25")]);
    check("Il viendra à Noël.", thursday(), &[("Noël", "2022-12-25")]);
    check("Le jour de l'an 2023.", None, &[("Le jour de l'an 2023", "2023-01-01")]);
    check("La veille du 24 février.", thursday(), &[("La veille du 24 février", "2022-02-23")]);
}

#[test]
fn clock_times_in_words_and_digits() {
    check(
        "Rendez-vous à quinze heures et quart.",
        thursday(),
        &[("quinze heures et quart", "2022-03-10T15:15")],
    );
    check(
        "Rendez-vous à midi moins le quart.",
        thursday(),
        &[("midi moins le quart", "2022-03-10T11:45")],
    );
    check("Il est arrivé à 6h du soir.", thursday(), &[("6h du soir", "2022-03-10T18:00")]);
    check("Rendez-vous à 9h le 13 mars.", thursday(), &[("9h le 13 mars", "2022-03-13T09:00")]);
    check(
        "Rendez-vous chaque lundi à 16h.",
        thursday(),
        &[("chaque lundi à 16h", "XXXX-WXX-1T16:00")],
    );
    // "à dix heures trois ministres": the minutes in words must end the phrase.
    check(
        "À dix heures trois ministres sont arrivés.",
        thursday(),
        &[("dix heures", "2022-03-10T10:00")],
    );
    // A duration, not a time.
    check("Après une heure trente de débat.", thursday(), &[("une heure trente", "PT1H30M")]);
}

#[test]
fn nouns_are_not_sets() {
    check("Le quotidien des Français.", thursday(), &[]);
    check("L'hebdomadaire a publié.", thursday(), &[]);
    check("Une réunion hebdomadaire.", thursday(), &[("hebdomadaire", "P1W")]);
}

#[test]
fn quarters_and_halves() {
    check(
        "Au premier trimestre 2022, la croissance.",
        None,
        &[("premier trimestre 2022", "2022-Q1")],
    );
    check(
        "Au troisième trimestre, la croissance.",
        thursday(),
        &[("troisième trimestre", "2022-Q3")],
    );
    check("Au second semestre de 2021.", None, &[("second semestre de 2021", "2021-H2")]);
    check("Courant 2022, il partira.", None, &[("Courant 2022", "2022")]);
}

#[test]
fn counted_recent_and_coming_periods() {
    check(
        "Les 2 dernières semaines, et les trois prochains jours.",
        thursday(),
        &[("Les 2 dernières semaines", "P2W"), ("les trois prochains jours", "P3D")],
    );
}

#[test]
fn bare_hours_after_a_part_of_the_day() {
    check("Il reviendra ce soir à 7.", thursday(), &[("ce soir à 7", "2022-03-10T19:00")]);
    check(
        "La fouille avait mené lundi matin à neuf interpellations.",
        thursday(),
        &[("lundi matin", "2022-03-07TMO")],
    );
}

#[test]
fn parts_of_the_narrative_day() {
    check(
        "Le 1er mars, ils sont arrivés. Dans la soirée, ils ont parlé.",
        thursday(),
        &[("Le 1er mars", "2022-03-01"), ("la soirée", "2022-03-01TEV")],
    );
    check("Il est parti en fin de matinée.", thursday(), &[("fin de matinée", "2022-03-10TMO")]);
    check("Il a plu la nuit dernière.", thursday(), &[("la nuit dernière", "2022-03-09TNI")]);
    check(
        "Le 1er mars, rien. Ce jour-là, il a parlé. Cette année-là, rien.",
        thursday(),
        &[("Le 1er mars", "2022-03-01"), ("Ce jour-là", "2022-03-01"), ("Cette année-là", "2022")],
    );
}

#[test]
fn centuries() {
    check("Au XXe siècle, la guerre.", None, &[("XXe siècle", "19")]);
    check("Le XIXe siècle.", None, &[("Le XIXe siècle", "18")]);
    check("Au 21e siècle.", None, &[("21e siècle", "20")]);
}

#[test]
fn decimal_amounts_and_clock_phrases() {
    check("Condamné à 3,5 ans de prison.", thursday(), &[("3,5 ans", "P3.5Y")]);
    check("Il est vingt heures.", thursday(), &[("vingt heures", "2022-03-10T20:00")]);
    check("Je partirai pour 3h.", thursday(), &[("3h", "PT3H")]);
}

#[test]
fn nights_and_evenings_of_named_days() {
    // 5 and 6 March 2022 are a Saturday and a Sunday.
    check(
        "Dans la nuit de samedi à dimanche, des tirs ont visé la ville.",
        thursday(),
        &[("la nuit de samedi à dimanche", "2022-03-05TNI")],
    );
    check(
        "Dans la soirée du 24 février, rien.",
        thursday(),
        &[("la soirée du 24 février", "2022-02-24TEV")],
    );
}

#[test]
fn thousands_separators_are_not_decimals() {
    check("Une histoire de 2.000 ans.", thursday(), &[("2.000 ans", "P2000Y")]);
    check("En 3.5 secondes.", thursday(), &[("3.5 secondes", "PT3.5S")]);
}

#[test]
fn thousands_with_spaces() {
    check("Une histoire de 2 000 ans.", thursday(), &[("2 000 ans", "P2000Y")]);
}
