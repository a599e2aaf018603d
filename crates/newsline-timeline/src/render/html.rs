//! One self-contained HTML page that draws the timeline.
//!
//! The page embeds the `newsline.timeline/1` JSON in a
//! `<script type="application/json" id="timeline-data">` element; its inline
//! script (`assets/timeline.js`) reads it and draws every event along a time
//! axis, undated ones in a tray after it. Each drawn event is an element of
//! class `event` with `data-id` (the event id) and a `title` holding its
//! evidence sentences; clicking it shows its sources in a details panel.
//! Without script, a `<noscript>` list says the same. No network is used:
//! no fonts, no libraries, no images.

use std::io::Write;

use newsline_events::Modality;

use crate::model::{MentionRef, Timeline, TimelineEvent};
use crate::render::text::{collapse_whitespace, date_label, escape_html, modality_name, Names};

/// The page's style sheet, inlined.
const STYLE: &str = include_str!("assets/timeline.css");
/// The script that draws the timeline, inlined.
const SCRIPT: &str = include_str!("assets/timeline.js");

/// Writes `timeline` as one HTML page.
pub(crate) fn write(timeline: &Timeline, out: &mut dyn Write) -> crate::Result<()> {
    let names = Names::new(timeline);
    let undated = timeline.events.iter().filter(|e| e.date.is_none()).count();
    let summary = format!(
        "{} events from {} documents, {} undated.",
        timeline.events.len(),
        timeline.documents.len(),
        undated
    );
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"newsline\">\n\
         <title>Timeline: {} events</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>Timeline</h1><p class=\"summary\">{}</p></header>\n\
         <div id=\"legend\" class=\"legend\"></div>\n\
         <div id=\"scroll\" class=\"scroll\"><div id=\"axis\" class=\"axis\"></div></div>\n\
         <section id=\"undated\" class=\"undated\" hidden><h2>Undated</h2>\
         <div class=\"tray\"></div></section>\n\
         <aside id=\"details\" class=\"details\" aria-live=\"polite\">\
         <p class=\"hint\">Hover over an event for its evidence; click it for its sources.</p>\
         </aside>\n",
        timeline.events.len(),
        escape_html(&summary)
    )?;
    write_noscript(timeline, &names, out)?;
    write!(
        out,
        "<script type=\"application/json\" id=\"timeline-data\">{}</script>\n\
         <script>\n{SCRIPT}</script>\n</body>\n</html>\n",
        script_json(timeline)?
    )?;
    Ok(())
}

/// The timeline's JSON, safe inside a `<script>` element.
///
/// `<`, `>` and `&` occur in JSON only inside strings, where the `\u003c`
/// escapes mean the same characters to `JSON.parse`; without them, a
/// sentence quoting `</script>` or `<!--` would end or derail the element.
fn script_json(timeline: &Timeline) -> crate::Result<String> {
    let json = serde_json::to_string(timeline)?;
    Ok(json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026"))
}

/// The list a browser without script shows: every event, in order, with
/// its sources.
fn write_noscript(timeline: &Timeline, names: &Names, out: &mut dyn Write) -> crate::Result<()> {
    writeln!(out, "<noscript><ol class=\"fallback\">")?;
    for event in &timeline.events {
        write_fallback_event(event, names, out)?;
    }
    writeln!(out, "</ol></noscript>")?;
    Ok(())
}

/// One `<li>` of the `<noscript>` list.
fn write_fallback_event(
    event: &TimelineEvent,
    names: &Names,
    out: &mut dyn Write,
) -> crate::Result<()> {
    let date = date_label(event);
    let date = date.as_str();
    let mut facts = Vec::new();
    if let Some(location) = names.location(event) {
        facts.push(format!("in {}", escape_html(location)));
    }
    if event.modality != Modality::Asserted {
        facts.push(format!("<i>{}</i>", escape_html(&modality_name(&event.modality))));
    }
    if let Some(dispute) = &event.dispute {
        facts.push(format!("<b>disputed</b>: {}", escape_html(&names.dispute(dispute))));
    }
    let facts =
        if facts.is_empty() { String::new() } else { format!(" · {}", facts.join(" · ")) };
    writeln!(
        out,
        "<li id=\"{}\"><span class=\"date\">{}</span> <b>{}</b>{}<ul>",
        escape_html(&event.id),
        escape_html(date),
        escape_html(&names.headline(event)),
        facts
    )?;
    for mention in &event.mentions {
        writeln!(out, "<li>{}</li>", fallback_mention(mention, names))?;
    }
    writeln!(out, "</ul></li>")?;
    Ok(())
}

/// `<code>doc</code> (reported, according to X) «trigger»: sentence`.
fn fallback_mention(mention: &MentionRef, names: &Names) -> String {
    let mut notes = Vec::new();
    if mention.modality != Modality::Asserted {
        notes.push(modality_name(&mention.modality));
    }
    if let Some(source) = &mention.attributed_to {
        notes.push(format!("according to {}", names.name(source)));
    }
    let notes = if notes.is_empty() { String::new() } else { format!(" ({})", notes.join(", ")) };
    format!(
        "<code>{}</code>{} «{}»: {}",
        escape_html(&mention.doc),
        escape_html(&notes),
        escape_html(&collapse_whitespace(&mention.trigger)),
        escape_html(&collapse_whitespace(&mention.sentence))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{fixture, Format};

    fn page() -> String {
        fixture::timeline().render(Format::Html).expect("renders")
    }

    #[test]
    fn embeds_the_contract_without_breaking_out_of_the_script() {
        let page = page();
        let open = "<script type=\"application/json\" id=\"timeline-data\">";
        let start = page.find(open).expect("a data element") + open.len();
        let end = start + page.get(start..).and_then(|s| s.find("</script>")).expect("closed");
        let json = page.get(start..end).expect("in bounds");
        let back: Timeline = serde_json::from_str(json).expect("the embedded JSON parses");
        assert_eq!(back, fixture::timeline());
        assert!(!json.contains('<'));
    }

    #[test]
    fn is_self_contained() {
        let page = page();
        for network in ["http://", "https://", "<link", "src=", "@import", "fetch("] {
            assert!(!page.contains(network), "the page should not use {network}");
        }
        assert_eq!(page.matches("<script").count(), 2);
    }

    #[test]
    fn noscript_lists_every_event_escaped() {
        let page = page();
        let noscript = page.get(page.find("<noscript>").expect("a noscript")..).expect("slice");
        for id in ["e1", "e2", "e3", "e4"] {
            assert!(noscript.contains(&format!("<li id=\"{id}\">")), "{id}");
        }
        assert!(noscript.contains("« &lt;/script&gt;&lt;b&gt;tout&lt;/b&gt; &amp; rien »"));
        assert!(noscript.contains("<b>disputed</b>: claimed by the journalist (doc-a#1)"));
        assert!(
            noscript.contains("<span class=\"date\">undated</span> <b>humanitarian: Ukraine</b>")
        );
    }
}
