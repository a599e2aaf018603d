//! A readable chronological list in Markdown: events under the month they
//! may start in, each with its sources and evidence sentences.

use std::io::Write;

use newsline_events::Modality;

use crate::model::{MentionRef, Timeline, TimelineEvent};
use crate::render::text::{collapse_whitespace, date_label, modality_name, Names};

/// Writes `timeline` as Markdown.
///
/// Headings name the month of each event's `earliest` day (`## 2022-03`),
/// then `## Undated`; a heading repeats only if the events are not in
/// timeline order. Each event line starts with its own date value, so an
/// event dated only `2022` is not read as a January event.
pub(crate) fn write(timeline: &Timeline, out: &mut dyn Write) -> crate::Result<()> {
    let names = Names::new(timeline);
    let undated = timeline.events.iter().filter(|e| e.date.is_none()).count();
    writeln!(out, "# Timeline\n")?;
    writeln!(
        out,
        "{} from {}, {} undated.",
        count(timeline.events.len(), "event"),
        count(timeline.documents.len(), "document"),
        undated
    )?;
    let mut heading: Option<String> = None;
    for event in &timeline.events {
        let this = event.date.as_ref().map_or_else(
            || "Undated".to_string(),
            |d| {
                // A date known only to the year goes under the year, not
                // under its first month.
                let whole_year = d.value.len() == 4;
                d.earliest.format(if whole_year { "%Y" } else { "%Y-%m" }).to_string()
            },
        );
        if heading.as_deref() != Some(this.as_str()) {
            writeln!(out, "\n## {this}\n")?;
            heading = Some(this);
        }
        write_event(event, &names, out)?;
    }
    write_documents(timeline, out)
}

/// One event: a summary line, then one nested line per mention.
fn write_event(event: &TimelineEvent, names: &Names, out: &mut dyn Write) -> crate::Result<()> {
    let date = date_label(event);
    let mut parts = vec![format!("**{}**", escape(&date)), event.kind.as_str().to_string()];
    let participants = names.participants(event);
    if !participants.is_empty() {
        parts.push(escape(&participants.join(", ")));
    }
    if let Some(location) = names.location(event) {
        parts.push(format!("in {}", escape(location)));
    }
    if event.modality != Modality::Asserted {
        parts.push(format!("*{}*", modality_name(&event.modality)));
    }
    if let Some(dispute) = &event.dispute {
        parts.push(format!("**disputed**: {}", escape(&names.dispute(dispute))));
    }
    writeln!(out, "- {} ({})", parts.join(" · "), code(&event.id))?;
    for mention in &event.mentions {
        writeln!(out, "  - {}", mention_line(mention, names))?;
    }
    for conflict in &event.date_conflicts {
        writeln!(
            out,
            "  - date conflict: {} gives {}",
            code(&conflict.mention),
            escape(&conflict.date.value)
        )?;
    }
    Ok(())
}

/// `` `doc` (reported, according to X): the sentence with the **trigger** ``.
fn mention_line(mention: &MentionRef, names: &Names) -> String {
    let mut notes = Vec::new();
    if mention.modality != Modality::Asserted {
        notes.push(modality_name(&mention.modality));
    }
    if let Some(source) = &mention.attributed_to {
        notes.push(format!("according to {}", escape(names.name(source))));
    }
    let notes = if notes.is_empty() { String::new() } else { format!(" ({})", notes.join(", ")) };
    let evidence = evidence(&mention.sentence, &mention.trigger, mention.trigger_nth);
    format!("{}{}: {}", code(&mention.doc), notes, evidence)
}

/// The sentence on one line, escaped, with the trigger's `nth` occurrence
/// (else its first) in bold; a trigger the sentence does not contain is
/// quoted before it.
fn evidence(sentence: &str, trigger: &str, nth: usize) -> String {
    let sentence = collapse_whitespace(sentence);
    let trigger = collapse_whitespace(trigger);
    let found = sentence.match_indices(&trigger).map(|(at, _)| at);
    let at = found.clone().nth(nth).or_else(|| found.clone().next());
    match at.filter(|_| !trigger.is_empty()) {
        Some(at) => {
            let (before, rest) = sentence.split_at(at);
            let after = rest.get(trigger.len()..).unwrap_or_default();
            format!("{}**{}**{}", escape(before), escape(&trigger), escape(after))
        }
        None if trigger.is_empty() => escape(&sentence),
        None => format!("«{}» {}", escape(&trigger), escape(&sentence)),
    }
}

/// The documents and the dates the timeline used for them.
fn write_documents(timeline: &Timeline, out: &mut dyn Write) -> crate::Result<()> {
    if timeline.documents.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n## Documents\n")?;
    for document in &timeline.documents {
        let date = document.date.as_ref().map_or_else(
            || "undated".to_string(),
            |d| format!("{} ({})", escape(&d.value), escape(&d.source)),
        );
        writeln!(out, "- {}: {}", code(&document.id), date)?;
        for reason in &document.evidence {
            writeln!(out, "  - {}", escape(&collapse_whitespace(reason)))?;
        }
    }
    Ok(())
}

/// `1 event`, `3 documents`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Backslash-escapes the characters Markdown could read as markup, so that
/// text from articles shows as written (and raw HTML in it stays text).
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '~' | '|') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// An id as a code span, with a fence longer than any backtick run in it.
fn code(id: &str) -> String {
    let id = collapse_whitespace(id);
    if id.contains('`') {
        format!("`` {id} ``")
    } else {
        format!("`{id}`")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{fixture, Format};

    #[test]
    fn lists_events_by_month_with_their_evidence() {
        let markdown = fixture::timeline().render(Format::Markdown).expect("renders");
        assert!(markdown.starts_with("# Timeline\n\n4 events from 3 documents, 1 undated.\n"));
        let march = markdown.find("## 2022-03").expect("a March heading");
        let undated = markdown.find("## Undated").expect("an undated heading");
        assert!(march < undated);
        assert_eq!(markdown.matches("## 2022-03").count(), 1);
        assert!(markdown.contains(
            "- **2022-03** · attack · Russia, Ukraine · in Kyiv · *reported* · **disputed**: \
             claimed by the journalist (doc-a#1); denied by Kremlin (doc-b#0) (`e1`)"
        ));
        assert!(markdown.contains(
            "  - `doc-b` (negated, according to Kremlin): Le Kremlin dément tout \
             **bombardement** de Kiev."
        ));
        assert!(markdown.contains("  - `doc-b`: La **rencontre** d'Antalya a duré une heure"));
        assert!(markdown.contains("person:unknown-spokesman"));
        assert!(markdown.contains("- **undated** · humanitarian · Ukraine (`e4`)"));
        assert!(markdown.contains("- `doc-c`: undated"));
    }

    #[test]
    fn markup_in_articles_stays_text() {
        let markdown = fixture::timeline().render(Format::Markdown).expect("renders");
        assert!(markdown.contains(r"« \</script\>\<b\>tout\</b\> \& rien »"));
        assert!(!markdown.contains("<b>"));
    }

    #[test]
    fn quotes_a_trigger_the_sentence_lacks() {
        assert_eq!(evidence("Il a dit *non*.", "déclaré", 0), r"«déclaré» Il a dit \*non\*.");
        assert_eq!(evidence(" a\nb ", "", 0), "a b");
        // The mention's own occurrence of words its sentence repeats.
        let both = "l'Espagne a annoncé, le Danemark a annoncé";
        assert_eq!(evidence(both, "annoncé", 1), "l'Espagne a annoncé, le Danemark a **annoncé**");
        assert_eq!(evidence(both, "annoncé", 0), "l'Espagne a **annoncé**, le Danemark a annoncé");
        assert_eq!(code("a`b"), "`` a`b ``");
    }
}
