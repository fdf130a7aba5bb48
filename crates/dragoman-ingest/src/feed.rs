//! RSS 2.0 and Atom feeds: each item or entry becomes a report whose content
//! is the HTML of `content:encoded` / `content` (else `description` /
//! `summary`), with its title, link and date; the channel's (or feed's) own
//! title names the outlet. A feed cut off before its closing tags is an
//! error, not a shorter list.

use dragoman_model::Date;
use quick_xml::events::Event;
use quick_xml::Reader;

/// One item of a feed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeedItem {
    /// Its position in the feed (1-based).
    pub index: usize,
    /// Headline.
    pub title: Option<String>,
    /// The article's address.
    pub link: Option<String>,
    /// Publication (or, failing that, update) date.
    pub date: Option<Date>,
    /// The content as HTML (possibly a fragment or plain text).
    pub html: String,
}

/// A feed: the channel's title and its items.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Feed {
    /// The title of the RSS channel or Atom feed: the outlet that publishes it.
    pub title: Option<String>,
    /// Its items or entries, in order.
    pub items: Vec<FeedItem>,
}

/// Why a feed could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed feed XML at byte {offset}: {message}")]
pub struct FeedError {
    /// Where the parser stopped.
    pub offset: u64,
    /// What it said.
    pub message: String,
}

/// The element whose text is being collected.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Link,
    Date,
    Updated,
    Content,
    Summary,
}

/// Parses the channel title and every item (RSS) or entry (Atom) of `xml`.
pub fn parse_feed(xml: &[u8]) -> Result<Feed, FeedError> {
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().trim_text(false);
    let mut items = Vec::new();
    let mut title: Option<String> = None;
    let mut in_channel_title = false;
    let mut open: Vec<String> = Vec::new(); // names of the elements not yet closed
    let mut current: Option<(FeedItem, Option<String>, Option<String>)> = None; // item, updated, summary
    let mut field: Option<Field> = None;
    let mut text = String::new();
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| FeedError {
            offset: reader.buffer_position(),
            message: e.to_string(),
        })?;
        match &event {
            Event::Start(e) => open.push(e.name().into_inner().to_string()),
            Event::End(_) => {
                open.pop();
            }
            _ => {}
        }
        match event {
            // The first title outside any item is the channel's (RSS) or the feed's (Atom).
            Event::Start(e)
                if current.is_none()
                    && title.is_none()
                    && e.local_name().into_inner() == "title" =>
            {
                in_channel_title = true;
                text.clear();
            }
            Event::Text(t) if in_channel_title => text.push_str(&unescape(&t.into_inner())),
            Event::CData(c) if in_channel_title => text.push_str(&c.into_inner()),
            Event::End(_) if in_channel_title => {
                in_channel_title = false;
                title =
                    Some(std::mem::take(&mut text).trim().to_string()).filter(|t| !t.is_empty());
            }
            Event::Start(e) | Event::Empty(e)
                if current.is_some() || is_item(e.local_name().into_inner()) =>
            {
                let name = e.name().into_inner();
                let local = e.local_name().into_inner();
                if is_item(local) {
                    current = Some((
                        FeedItem {
                            index: items.len() + 1,
                            ..FeedItem::default()
                        },
                        None,
                        None,
                    ));
                    continue;
                }
                // Atom links carry the address in href.
                if local == "link" {
                    if let Some(href) = e.try_get_attribute("href").ok().flatten() {
                        let rel = e
                            .try_get_attribute("rel")
                            .ok()
                            .flatten()
                            .map(|r| r.value.into_owned());
                        if rel.as_deref().is_none_or(|r| r == "alternate") {
                            if let Some((item, _, _)) = current.as_mut() {
                                item.link = Some(href.value.into_owned());
                            }
                        }
                    }
                }
                field = match (name, local) {
                    ("content:encoded", _) | (_, "content") => Some(Field::Content),
                    (_, "description") | (_, "summary") => Some(Field::Summary),
                    (_, "title") => Some(Field::Title),
                    (_, "link") => Some(Field::Link),
                    (_, "pubDate") | (_, "published") | ("dc:date", _) => Some(Field::Date),
                    (_, "updated") => Some(Field::Updated),
                    _ => field,
                };
                text.clear();
            }
            Event::Text(t) if field.is_some() => {
                text.push_str(&unescape(&t.into_inner()));
            }
            Event::GeneralRef(r) if field.is_some() => match r.resolve_char_ref() {
                Ok(Some(c)) => text.push(c),
                _ => text.push_str(&unescape(&format!("&{};", r.into_inner()))),
            },
            Event::CData(c) if field.is_some() => text.push_str(&c.into_inner()),
            Event::End(e) => {
                if is_item(e.local_name().into_inner()) {
                    if let Some((mut item, updated, summary)) = current.take() {
                        if item.html.trim().is_empty() {
                            item.html = summary.unwrap_or_default();
                        }
                        if item.date.is_none() {
                            item.date = updated.as_deref().and_then(parse_date);
                        }
                        items.push(item);
                    }
                    field = None;
                    continue;
                }
                if let (Some(f), Some((item, updated, summary))) = (field, current.as_mut()) {
                    let value = std::mem::take(&mut text).trim().to_string();
                    match f {
                        Field::Title => item.title = Some(value).filter(|v| !v.is_empty()),
                        Field::Link if item.link.is_none() && !value.is_empty() => {
                            item.link = Some(value)
                        }
                        Field::Link => {}
                        Field::Date => item.date = parse_date(&value),
                        Field::Updated => *updated = Some(value),
                        Field::Content => item.html = value,
                        Field::Summary => *summary = Some(value),
                    }
                    field = None;
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if let Some(name) = open.last() {
        return Err(FeedError {
            offset: reader.buffer_position(),
            message: format!("the feed ends inside <{name}>: the file is truncated"),
        });
    }
    Ok(Feed { title, items })
}

fn is_item(local: &str) -> bool {
    local == "item" || local == "entry"
}

/// XML's own escapes (the HTML inside stays as it is).
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    quick_xml::escape::unescape(s).map_or_else(|_| s.to_string(), |c| c.into_owned())
}

/// RFC 2822 (RSS), RFC 3339 / ISO 8601 (Atom) or a bare date.
fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Ok(z) = jiff::fmt::rfc2822::parse(s) {
        return Some(z.date());
    }
    if let Ok(ts) = s.parse::<jiff::Timestamp>() {
        return Some(ts.to_zoned_datetime(jiff::tz::TimeZone::UTC).date());
    }
    s.get(..10).and_then(|d| d.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_with_encoded_content() {
        let xml = br#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Meridian</title>
            <item><title>Talks resume</title><link>https://example.org/a</link>
              <pubDate>Wed, 04 Mar 2026 10:00:00 +0000</pubDate>
              <description>Short.</description>
              <content:encoded><![CDATA[<p>Envoys met in Geneva.</p>]]></content:encoded></item>
            <item><title>Second &amp; last</title><description>&lt;p&gt;Only a summary.&lt;/p&gt;</description></item>
            </channel></rss>"#;
        let feed = parse_feed(xml).unwrap();
        assert_eq!(feed.title.as_deref(), Some("Meridian"));
        let items = feed.items;
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].title.as_deref(), Some("Talks resume"));
        assert_eq!(items[0].link.as_deref(), Some("https://example.org/a"));
        assert_eq!(
            items[0].date.map(|d| d.to_string()).as_deref(),
            Some("2026-03-04")
        );
        assert_eq!(items[0].html, "<p>Envoys met in Geneva.</p>");
        assert_eq!(items[1].title.as_deref(), Some("Second & last"));
        assert_eq!(items[1].html, "<p>Only a summary.</p>");
    }

    #[test]
    fn atom_entries() {
        let xml = br#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
            <entry><title>Envoys meet</title><link rel="alternate" href="https://example.org/b"/>
              <updated>2026-03-05T08:00:00Z</updated><published>2026-03-04T08:00:00Z</published>
              <content type="html">&lt;p&gt;Envoys met.&lt;/p&gt;</content></entry></feed>"#;
        let feed = parse_feed(xml).unwrap();
        assert_eq!(feed.title.as_deref(), Some("Wire"));
        let items = feed.items;
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].link.as_deref(), Some("https://example.org/b"));
        assert_eq!(
            items[0].date.map(|d| d.to_string()).as_deref(),
            Some("2026-03-04")
        );
        assert_eq!(items[0].html, "<p>Envoys met.</p>");
    }

    #[test]
    fn broken_xml_is_an_error_with_an_offset() {
        assert!(parse_feed(b"<rss><channel><item><title>x</titl></item>").is_err());
    }

    #[test]
    fn a_truncated_feed_is_an_error_not_a_shorter_list() {
        let xml = b"<rss><channel><title>Meridian</title><item><title>One</title>\
            <description>Text.</description></item><item><title>Two</title><descr";
        assert!(parse_feed(xml).is_err(), "cut inside a tag");
        let xml = b"<rss><channel><title>Meridian</title><item><title>One</title>\
            <description>Text.</description></item><item><title>Two</title>";
        let err = parse_feed(xml).unwrap_err();
        assert!(err.message.contains("truncated"), "{err}");
        let cut = b"<rss><channel><title>Meridian</title><item><title>One</title></item>";
        assert!(parse_feed(cut).unwrap_err().message.contains("<channel>"));
    }

    #[test]
    fn an_image_title_does_not_rename_the_channel() {
        let xml = b"<rss><channel><title>Meridian</title><image><title>Logo</title></image>\
            <item><title>One</title><description>Text.</description></item></channel></rss>";
        let feed = parse_feed(xml).unwrap();
        assert_eq!(feed.title.as_deref(), Some("Meridian"));
        assert_eq!(feed.items[0].title.as_deref(), Some("One"));
    }
}
