//! The matcher's rules, one case at a time. Ids are checked against the
//! data: `geonames:524901` is Moscow, Russia (10.4 M people) in
//! `data/cities.tsv`; `geonames:5601538` is Moscow, Idaho.

use newsline_doc::Span;
use newsline_gazetteer::{DisplayLanguage, Gazetteer, GazetteerConfig, MentionKind};

use crate::{link, pairs};

fn ids(text: &str, date: Option<(i32, u32)>) -> Vec<String> {
    pairs(text, date).into_iter().map(|(_, id)| id).collect()
}

fn has(text: &str, date: Option<(i32, u32)>, surface: &str, id: &str) -> bool {
    pairs(text, date).iter().any(|(s, i)| s == surface && i == id)
}

#[test]
fn exonyms_and_transliterations_resolve_to_one_city() {
    for (text, id) in [
        ("Les frappes sur Kiev continuent.", "geonames:703448"),
        ("Les frappes sur Kyiv continuent.", "geonames:703448"),
        ("Les frappes sur Kyïv continuent.", "geonames:703448"),
        ("Les combats autour de Tcherniguiv.", "geonames:710735"),
        ("Les combats autour de Chernihiv.", "geonames:710735"),
        ("Le siège de Marioupol dure.", "geonames:701822"),
        ("Réunion à Genève jeudi.", "geonames:2660646"),
        ("Réunion à Riyad jeudi.", "geonames:108410"),
        ("Réunion à Riyadh jeudi.", "geonames:108410"),
        ("Retour à Moscou jeudi.", "geonames:524901"),
    ] {
        assert!(
            ids(text, None).contains(&id.to_string()),
            "{text} should link {id}: {:?}",
            pairs(text, None)
        );
    }
}

#[test]
fn a_big_city_wins_over_its_namesakes() {
    assert!(has("Talks were held in Moscow on Monday.", None, "Moscow", "geonames:524901"));
    assert!(!ids("Talks were held in Moscow on Monday.", None)
        .contains(&"geonames:5601538".to_string()));
}

#[test]
fn proper_names_need_capitals_demonyms_do_not() {
    assert!(
        ids("la russie est grande", None).is_empty(),
        "{:?}",
        pairs("la russie est grande", None)
    );
    assert!(has("la position russe est connue", None, "russe", "iso:RU"));
    assert!(has("Les Ukrainiens résistent.", None, "Ukrainiens", "iso:UA"));
}

#[test]
fn acronyms_need_capitals() {
    assert!(ids("Il a signé un accord, il a eu raison.", None).is_empty());
    assert!(has("Il s'exprimait devant l'ONU et l'UE.", None, "ONU", "org:un"));
    assert!(has("Il s'exprimait devant l'ONU et l'UE.", None, "UE", "org:eu"));
}

#[test]
fn towns_named_like_common_words_need_evidence() {
    // "Nice" (342,669 people) is also an English word; sentence-initial and
    // without a preposition it is left alone.
    assert!(
        ids("Nice weather today in the city.", None).is_empty(),
        "{:?}",
        pairs("Nice weather today.", None)
    );
    assert!(has("Il habite à Nice depuis deux ans.", None, "Nice", "geonames:2990440"));
    // Paris (2.1 M) is exempt although "paris" is a French word.
    assert!(has("Paris a condamné l'attaque.", None, "Paris", "geonames:2988507"));
}

#[test]
fn hyphen_parts_of_compounds_are_matched() {
    let p = pairs("Les pourparlers russo-ukrainiens reprennent.", None);
    assert!(p.contains(&("russo".into(), "iso:RU".into())), "{p:?}");
    assert!(p.contains(&("ukrainiens".into(), "iso:UA".into())), "{p:?}");
    let p = pairs("Un sommet Poutine-Zelensky est évoqué.", None);
    assert!(p.contains(&("Poutine".into(), "person:vladimir-putin".into())), "{p:?}");
    assert!(p.contains(&("Zelensky".into(), "person:volodymyr-zelensky".into())), "{p:?}");
    assert!(has("Les États-Unis ont réagi.", None, "États-Unis", "iso:US"));
}

#[test]
fn a_compound_part_is_kept_only_beside_other_names() {
    // "Luc" is a GeoNames alternate of Łódź and "Mercedes" a town; inside
    // these compounds they are neither.
    let p = pairs("Selon le député, Jean-Luc Bourgeaux, les Mercedes-AMG sont chères.", None);
    assert!(!p.iter().any(|(_, id)| id.starts_with("geonames:")), "{p:?}");
    assert!(has("Les milices pro-russes avancent.", None, "russes", "iso:RU"));
}

#[test]
fn capitals_stand_for_their_country() {
    let found = link("Moscou a annoncé une trêve. Le ministre est arrivé à Moscou.", None);
    let m = found.mentions();
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!((m[0].how, m[0].stands_for.as_deref()), (MentionKind::Metonym, Some("iso:RU")));
    assert_eq!((m[1].how, m[1].stands_for.as_deref()), (MentionKind::Name, Some("iso:RU")));
    assert_eq!(m[0].actor(), "iso:RU");
    assert_eq!(m[1].actor(), "geonames:524901");
    let found = link("Le Kremlin a démenti.", None);
    assert_eq!(found.mentions()[0].entity, "org:kremlin");
    assert_eq!(found.mentions()[0].actor(), "iso:RU");
}

#[test]
fn role_descriptions_resolve_by_the_document_date() {
    let text = "Le chef de la diplomatie russe a parlé avec le secrétaire d'État américain.";
    let p = pairs(text, Some((2022, 1)));
    assert!(p.contains(&("chef de la diplomatie".into(), "person:sergey-lavrov".into())), "{p:?}");
    assert!(p.contains(&("secrétaire d'État".into(), "person:antony-blinken".into())), "{p:?}");
    // The adjective stays a demonym of its own.
    assert!(p.contains(&("russe".into(), "iso:RU".into())), "{p:?}");
    let p = pairs(text, Some((2025, 3)));
    assert!(p.contains(&("secrétaire d'État".into(), "person:marco-rubio".into())), "{p:?}");
    let text = "Le président ukrainien a répondu.";
    assert!(has(text, Some((2018, 5)), "président", "person:petro-poroshenko"));
    assert!(has(text, Some((2022, 3)), "président", "person:volodymyr-zelensky"));
    // Undated, and no holder named: no guess.
    assert!(!pairs(text, None).iter().any(|(_, id)| id.starts_with("person:")));
    // Undated, but the holder is named: that one.
    let text = "Jean-Yves Le Drian a parlé. Le chef de la diplomatie française a ajouté.";
    assert!(has(text, None, "chef de la diplomatie", "person:jean-yves-le-drian"));
}

#[test]
fn a_counterpart_takes_the_role_of_the_person_named_before() {
    let text = "Dmytro Kuleba a rencontré son homologue russe à Antalya.";
    assert!(has(text, Some((2022, 3)), "homologue", "person:sergey-lavrov"));
}

#[test]
fn short_forms_corefer_with_the_full_name() {
    let text =
        "Le porte-parole du ministère ukrainien de la Défense, Oleksandre Motuzyanyk, a parlé. \
                M. Motuzyanyk a ajouté que Motuzyanyk resterait.";
    let found = link(text, None);
    // Named in the English spelling of the given name, as sources in
    // English spell it.
    let e = found.entity("local:person:oleksandr-motuzyanyk").expect("found by pattern");
    assert_eq!(e.name, "Oleksandr Motuzyanyk");
    assert_eq!(e.mentions.len(), 3, "{:?}", found.mentions());
    let kinds: Vec<MentionKind> =
        found.mentions().iter().filter(|m| m.entity == e.id).map(|m| m.how).collect();
    assert_eq!(kinds, [MentionKind::Pattern, MentionKind::Coreference, MentionKind::Coreference]);
    assert!(found.entity("org:ministry-of-defence-of-ukraine").is_some());
}

#[test]
fn coreference_of_a_known_person_by_surname() {
    let text = "Boris Johnson est arrivé. Johnson a parlé.";
    let found = link(text, None);
    let e = found.entity("person:boris-johnson").expect("named");
    assert_eq!(e.mentions.len(), 2);
    assert_eq!(found.mentions()[1].how, MentionKind::Coreference);
    // Another "Johnson" with a first name is someone else.
    let text = "Boris Johnson est arrivé. Dakota Johnson a chanté.";
    assert_eq!(link(text, None).entity("person:boris-johnson").map(|e| e.mentions.len()), Some(1));
}

#[test]
fn towns_glued_to_names_are_name_parts() {
    // Vladimir (357,024) and David (Panama) are towns too.
    assert!(ids("L'opposant Vladimir Kara-Mourza est détenu.", None)
        .iter()
        .all(|i| !i.starts_with("geonames:")));
    assert!(ids("a indiqué David Leon, responsable", None)
        .iter()
        .all(|i| !i.starts_with("geonames:")));
}

#[test]
fn small_foreign_towns_need_evidence() {
    // Bentley and Mercedes are towns; here they are cars.
    assert!(ids("La nouvelle Mercedes arrive, la Bentley aussi.", None).is_empty());
    assert!(has(
        "La vente a eu lieu à Scottsdale, en janvier.",
        None,
        "Scottsdale",
        "geonames:5313457"
    ));
}

#[test]
fn a_region_wins_over_a_namesake_city() {
    assert!(has("Les hôpitaux de l'Ontario sont pleins.", None, "Ontario", "region:ontario"));
    assert!(has("Le Donbass et la Crimée.", None, "Donbass", "region:donbas"));
}

#[test]
fn photo_credits_name_people() {
    let found = link("Photo EPA/SERGEY DOLZHENKO", None);
    let e = found.entity("local:person:sergey-dolzhenko").expect("credit");
    assert_eq!(e.name, "Sergey Dolzhenko");
    assert!(found.entity("org:epa").is_some());
}

#[test]
fn names_of_organisations_and_ministries() {
    let p = pairs("Le ministère russe de la Défense et l'Otan, selon le FSB.", None);
    assert!(
        p.contains(&(
            "ministère russe de la Défense".into(),
            "org:ministry-of-defence-of-russia".into()
        )),
        "{p:?}"
    );
    assert!(p.contains(&("Otan".into(), "org:nato".into())), "{p:?}");
    assert!(p.contains(&("FSB".into(), "org:fsb".into())), "{p:?}");
}

#[test]
fn display_names_are_english_or_french() {
    let doc = newsline_doc::Document::builder("d", "Frappes sur Kiev.").build();
    let en = Gazetteer::embedded().match_document(&doc);
    assert_eq!(en.entities()[0].name, "Kyiv");
    let fr = Gazetteer::new(GazetteerConfig::new().display_language(DisplayLanguage::French))
        .expect("builds");
    assert_eq!(fr.match_document(&doc).entities()[0].name, "Kiev");
}

#[test]
fn lookup_by_span() {
    let text = "Moscou et Kiev ont parlé.";
    let found = link(text, None);
    let m = found.at(Span::from(11..12)).expect("inside Kiev");
    assert_eq!(m.entity, "geonames:703448");
    assert_eq!(m.actor(), "iso:UA");
    assert!(found.at(Span::from(7..9)).is_none());
    assert_eq!(found.countries(), ["iso:RU", "iso:UA"]);
}

#[test]
fn entities_are_in_order_of_first_mention_with_their_surfaces() {
    let found = link("Vladimir Poutine a parlé. Poutine a ajouté.", None);
    assert_eq!(found.entities().len(), 1);
    let e = &found.entities()[0];
    assert_eq!((e.id.as_str(), e.name.as_str()), ("person:vladimir-putin", "Vladimir Putin"));
    assert_eq!(e.aliases, ["Vladimir Poutine", "Poutine"]);
    assert_eq!(e.mentions.len(), 2);
}

#[test]
fn json_output_follows_the_contract() {
    let found = link("Sergueï Lavrov à Moscou.", None);
    let v = serde_json::to_value(found.entities()).expect("serialises");
    assert_eq!(v[0]["id"], "person:sergey-lavrov");
    assert_eq!(v[0]["kind"], "person");
    assert_eq!(v[0]["mentions"][0]["start"], 0);
    assert_eq!(v[0]["mentions"][0]["text"], "Sergueï Lavrov");
    let m = serde_json::to_value(&found.mentions()[1]).expect("serialises");
    assert_eq!(m["how"], "name");
    assert_eq!(m["stands_for"], "iso:RU");
}

#[test]
fn organisations_and_titles_are_not_people() {
    let p = pairs("Selon la très prestigieuse American Chemical Society, c'est faux.", None);
    assert!(p.is_empty(), "{p:?}");
    let found = link("Son avocat, Me Jonathan Muré, a plaidé.", None);
    let e = found.entity("local:person:jonathan-mure").expect("found after the title");
    assert_eq!(e.name, "Jonathan Muré");
    // A French nationality noun before a name stays a demonym.
    assert!(has("L'acteur, l'Américain Tom Hanks, a parlé.", None, "Américain", "iso:US"));
}

#[test]
fn places_and_surnames_inside_other_names() {
    // Air France, the singer France Gall, Brigitte Macron, the prosecutor
    // Dominique Laurens (Dominique is Dominica in French).
    for text in [
        "Les pilotes d'Air France sont en grève.",
        "Il imite France Gall à la perfection.",
        "Ils sont amis avec Brigitte Macron.",
        "a annoncé la procureure Dominique Laurens.",
    ] {
        let p = pairs(text, Some((2020, 6)));
        assert!(
            !p.iter().any(
                |(_, id)| ["iso:FR", "person:emmanuel-macron", "iso:DM"].contains(&id.as_str())
            ),
            "{text}: {p:?}"
        );
    }
    assert!(has("Il l'a dit sur France 2 hier.", None, "France 2", "org:france-2"));
}

#[test]
fn idioms_are_not_countries() {
    assert!(pairs("Les montagnes russes du parc sont fermées.", None).is_empty());
    assert!(pairs("Il a joué à la roulette russe.", None).is_empty());
    assert!(has("Les troupes russes avancent.", None, "russes", "iso:RU"));
}

/// The roles an entity of `text` is given, as `role@of`.
fn roles_of(text: &str, date: Option<(i32, u32)>, id: &str) -> Vec<String> {
    link(text, date)
        .entities()
        .iter()
        .filter(|e| e.id == id)
        .flat_map(|e| e.roles.iter().map(|r| format!("{}@{}", r.role, r.of)))
        .collect()
}

#[test]
fn role_descriptions_are_kept_as_roles_held() {
    let text = "Le secrétaire général de l'Otan, Jens Stoltenberg, a parlé.";
    assert_eq!(roles_of(text, None, "person:jens-stoltenberg"), ["secretary_general@org:nato"]);
    // A name alone says nothing about office.
    assert!(roles_of("Jens Stoltenberg a parlé.", None, "person:jens-stoltenberg").is_empty());
}

#[test]
fn a_former_holder_is_neither_linked_nor_evidence_of_office() {
    let text = "L'ancien secrétaire général de l'Otan, Jens Stoltenberg, a parlé.";
    assert!(roles_of(text, None, "person:jens-stoltenberg").is_empty());
    // Dated: never the holder in office then (Mark Rutte in 2025).
    for text in [
        "L'ancien secrétaire général de l'Otan a parlé.",
        "Selon l'ex-secrétaire général de l'Otan, rien n'est joué.",
        "The former NATO secretary general spoke.",
    ] {
        let p = pairs(text, Some((2025, 3)));
        assert!(!p.iter().any(|(_, id)| id.starts_with("person:")), "{text}: {p:?}");
    }
    // In office: the holder then.
    let text = "Le secrétaire général de l'Otan a parlé.";
    assert!(
        has(text, Some((2025, 3)), "secrétaire général", "person:mark-rutte"),
        "{:?}",
        pairs(text, Some((2025, 3)))
    );
}

#[test]
fn plural_descriptions_pair_each_adjective_with_the_name_after_it() {
    let text = "Les ministres des Affaires étrangères russe, Sergueï Lavrov, et américain, \
                Marco Rubio, ont parlé.";
    assert_eq!(roles_of(text, None, "person:marco-rubio"), ["foreign_minister@iso:US"]);
    assert_eq!(roles_of(text, None, "person:sergey-lavrov"), ["foreign_minister@iso:RU"]);
    // The data must agree: Rubio was never Russia's minister.
    let text = "Les ministres des Affaires étrangères russe, Marco Rubio, ont parlé.";
    assert!(roles_of(text, None, "person:marco-rubio").is_empty());
    // No plural head, no role.
    let text = "Les diplomates russe, Sergueï Lavrov, et américain, Marco Rubio, ont parlé.";
    assert!(roles_of(text, None, "person:marco-rubio").is_empty());
}
