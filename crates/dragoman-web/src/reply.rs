//! Content negotiation: a page's JSON twin is asked for by the `/api/` path
//! prefix or by `Accept: application/json`; [`Want::reply`] answers a
//! handler's result as JSON or as the page rendered from the same value.

use crate::WebError;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use maud::Markup;
use serde::Serialize;

/// What the client asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    /// A page.
    Html,
    /// The JSON twin.
    Json,
}

impl Want {
    /// From the path and the `Accept` header.
    pub fn of(uri: &Uri, headers: &HeaderMap) -> Want {
        let accept = headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let json_first = accept.contains("application/json")
            && !accept
                .split(',')
                .next()
                .is_some_and(|first| first.contains("text/html"));
        if uri.path().starts_with("/api/") || json_first {
            Want::Json
        } else {
            Want::Html
        }
    }

    /// The value as JSON, or the page `html` renders from it.
    pub fn reply<T: Serialize>(
        self,
        result: Result<T, WebError>,
        html: impl FnOnce(&T) -> Markup,
    ) -> Response {
        match (result, self) {
            (Ok(v), Want::Json) => axum::Json(v).into_response(),
            (Ok(v), Want::Html) => Html(html(&v).into_string()).into_response(),
            (Err(e), _) => self.error(&e),
        }
    }

    /// An error in the form asked for.
    pub fn error(self, e: &WebError) -> Response {
        match self {
            Want::Json => e.json(),
            Want::Html => {
                let status: StatusCode = e.status();
                let page = crate::layout::error_page(status, &e.public_message());
                (status, Html(page.into_string())).into_response()
            }
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Want {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Want, Self::Rejection> {
        // Under `nest("/api", …)` the path is seen without its prefix.
        let uri = match parts.extensions.get::<axum::extract::OriginalUri>() {
            Some(original) => &original.0,
            None => &parts.uri,
        };
        Ok(Want::of(uri, &parts.headers))
    }
}
