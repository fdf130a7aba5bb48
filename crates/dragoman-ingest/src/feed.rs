//! RSS 2.0 and Atom feeds: each item or entry becomes a report whose content
//! is the HTML of `content:encoded` / `content` (else `description` /
//! `summary`), with its title, link and date; the channel's (or feed's) own
//! title names the outlet. A feed cut off before its closing tags is an
//! error, not a shorter list.

use dragoman_model::Date;
use quick_xml::events::{BytesStart, Event};
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
    let mut r = Reading::default();
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| FeedError {
            offset: reader.buffer_position(),
            message: e.to_string(),
        })?;
        match &event {
            Event::Start(e) => r.open.push(e.name().into_inner().to_string()),
            Event::End(_) => {
                r.open.pop();
            }
            _ => {}
        }
        match event {
            // The first title outside any item is the channel's (RSS) or the feed's (Atom).
            Event::Start(e)
                if r.current.is_none()
                    && r.title.is_none()
                    && e.local_name().into_inner() == "title" =>
            {
                r.in_channel_title = true;
                r.text.clear();
            }
            Event::Text(t) if r.in_channel_title => r.text.push_str(&unescape(&t.into_inner())),
            Event::CData(c) if r.in_channel_title => r.text.push_str(&c.into_inner()),
            Event::End(_) if r.in_channel_title => {
                r.in_channel_title = false;
                let title = std::mem::take(&mut r.text).trim().to_string();
                r.title = Some(title).filter(|t| !t.is_empty());
            }
            Event::Start(e) | Event::Empty(e)
                if r.current.is_some() || is_item(e.local_name().into_inner()) =>
            {
                r.start(&e)
            }
            Event::Text(t) if r.field.is_some() => r.text.push_str(&unescape(&t.into_inner())),
            Event::GeneralRef(g) if r.field.is_some() => match g.resolve_char_ref() {
                Ok(Some(c)) => r.text.push(c),
                _ => r.text.push_str(&unescape(&format!("&{};", g.into_inner()))),
            },
            Event::CData(c) if r.field.is_some() => r.text.push_str(&c.into_inner()),
            Event::End(e) => r.end(e.local_name().into_inner()),
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if let Some(name) = r.open.last() {
        return Err(FeedError {
            offset: reader.buffer_position(),
            message: format!("the feed ends inside <{name}>: the file is truncated"),
        });
    }
    Ok(Feed {
        title: r.title,
        items: r.items,
    })
}

/// A feed being read: the channel title and items so far, the elements not
/// yet closed, the item open, and the field whose text is being collected.
#[derive(Default)]
struct Reading {
    title: Option<String>,
    in_channel_title: bool,
    open: Vec<String>,
    items: Vec<FeedItem>,
    current: Option<Open>,
    field: Option<Field>,
    text: String,
}

/// The item being read, with what stands in for missing fields: the update
/// date for the publication date, the summary for the content.
struct Open {
    item: FeedItem,
    updated: Option<String>,
    summary: Option<String>,
}

impl Reading {
    /// An element opens inside an item, or an item opens.
    fn start(&mut self, e: &BytesStart<'_>) {
        let name = e.name().into_inner();
        let local = e.local_name().into_inner();
        if is_item(local) {
            let item = FeedItem {
                index: self.items.len() + 1,
                ..FeedItem::default()
            };
            self.current = Some(Open {
                item,
                updated: None,
                summary: None,
            });
            return;
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
                    if let Some(open) = self.current.as_mut() {
                        open.item.link = Some(href.value.into_owned());
                    }
                }
            }
        }
        self.field = match (name, local) {
            ("content:encoded", _) | (_, "content") => Some(Field::Content),
            (_, "description") | (_, "summary") => Some(Field::Summary),
            (_, "title") => Some(Field::Title),
            (_, "link") => Some(Field::Link),
            (_, "pubDate") | (_, "published") | ("dc:date", _) => Some(Field::Date),
            (_, "updated") => Some(Field::Updated),
            _ => self.field,
        };
        self.text.clear();
    }

    /// An element closes: the open item (which is then complete), or the
    /// field being read (its text goes to the item).
    fn end(&mut self, local: &str) {
        if is_item(local) {
            if let Some(Open {
                mut item,
                updated,
                summary,
            }) = self.current.take()
            {
                if item.html.trim().is_empty() {
                    item.html = summary.unwrap_or_default();
                }
                if item.date.is_none() {
                    item.date = updated.as_deref().and_then(parse_date);
                }
                self.items.push(item);
            }
            self.field = None;
            return;
        }
        if let (Some(f), Some(open)) = (self.field, self.current.as_mut()) {
            let value = std::mem::take(&mut self.text).trim().to_string();
            let item = &mut open.item;
            match f {
                Field::Title => item.title = Some(value).filter(|v| !v.is_empty()),
                Field::Link if item.link.is_none() && !value.is_empty() => item.link = Some(value),
                Field::Link => {}
                Field::Date => item.date = parse_date(&value),
                Field::Updated => open.updated = Some(value),
                Field::Content => item.html = value,
                Field::Summary => open.summary = Some(value),
            }
            self.field = None;
        }
    }
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
