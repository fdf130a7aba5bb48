//! The page shell (head, navigation, search box) and the small pages that
//! every route may answer with: errors and the login form. maud escapes
//! every value spliced into the markup.

use axum::http::StatusCode;
use maud::{html, Markup, DOCTYPE};

/// A whole page around `body`.
pub fn page(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · dragoman" }
                link rel="stylesheet" href="/assets/app.css";
                script src="/assets/app.js" defer {}
            }
            body {
                header.top {
                    a.brand href="/" { "dragoman" }
                    nav {
                        a href="/events" { "Events" }
                        a href="/proposals" { "Proposals" }
                        a href="/search" { "Search" }
                    }
                    form.quick action="/search" method="get" role="search" {
                        input type="search" name="q" placeholder="Search reports, quotes, names" maxlength="200";
                    }
                }
                main { (body) }
                footer { "Read-only view of the store. Every page has a JSON twin under " code { "/api/" } "." }
            }
        }
    }
}

/// An error page.
pub fn error_page(status: StatusCode, message: &str) -> Markup {
    page(
        status.canonical_reason().unwrap_or("error"),
        html! {
            h1 { (status.as_u16()) " " (status.canonical_reason().unwrap_or("")) }
            p.error { (message) }
            p { a href="/" { "Home" } }
        },
    )
}

/// The login form, with a message after a wrong token.
pub fn login_page(message: Option<&str>) -> Markup {
    page(
        "Log in",
        html! {
            h1 { "Log in" }
            @if let Some(m) = message { p.error { (m) } }
            form method="post" action="/login" {
                label { "Token " input type="password" name="token" autocomplete="current-password" required; }
                button type="submit" { "Log in" }
            }
        },
    )
}

/// A link to a report, with its headline (or first words) and date.
pub fn doc_link(id: i64, title: Option<&str>, snippet: &str) -> Markup {
    let label = title.filter(|t| !t.trim().is_empty()).unwrap_or(snippet);
    html! { a href={ "/report/" (id) } { (label) } }
}

/// Previous and next links of a paged listing (`base` ends with `?` or `&`).
pub fn pager(base: &str, offset: usize, limit: usize, more: bool) -> Markup {
    html! {
        nav.pager {
            @if offset > 0 {
                a rel="prev" href={ (base) "offset=" (offset.saturating_sub(limit)) "&limit=" (limit) } { "← previous" }
            }
            @if more {
                a rel="next" href={ (base) "offset=" (offset + limit) "&limit=" (limit) } { "next →" }
            }
        }
    }
}
