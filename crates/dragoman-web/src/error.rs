//! [`WebError`]: what a request can fail with, and its answer: a JSON object
//! `{"error", "status"}` for the API, a page for a browser, with the same
//! status (400 bad parameter, 401 no token, 404 unknown id or path, 500).

use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use dragoman_store::StoreError;

/// An error of the server.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// A parameter that cannot be read or is out of bounds.
    #[error("{0}")]
    BadRequest(String),
    /// No such document, actor, story or path.
    #[error("{0}")]
    NotFound(String),
    /// The database.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The settings.
    #[error(transparent)]
    Config(#[from] crate::ConfigError),
    /// The address could not be listened on.
    #[error("cannot listen on {0}: {1}")]
    Bind(std::net::SocketAddr, std::io::Error),
    /// Anything else.
    #[error("internal error: {0}")]
    Internal(String),
}

impl WebError {
    /// The HTTP status of the error.
    pub fn status(&self) -> StatusCode {
        match self {
            WebError::BadRequest(_) => StatusCode::BAD_REQUEST,
            WebError::NotFound(_) => StatusCode::NOT_FOUND,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// What the user is told (internal details go to the log only).
    pub fn public_message(&self) -> String {
        match self {
            WebError::BadRequest(m) | WebError::NotFound(m) => m.clone(),
            other => {
                tracing::error!("{other}");
                "internal error (see the server's log)".into()
            }
        }
    }

    /// The JSON answer.
    pub fn json(&self) -> Response {
        let body = serde_json::json!({
            "error": self.public_message(),
            "status": self.status().as_u16(),
        });
        (self.status(), axum::Json(body)).into_response()
    }
}

/// The answer to a path no route knows: JSON under `/api/`, else a page.
pub async fn not_found(uri: Uri, headers: axum::http::HeaderMap) -> Response {
    let err = WebError::NotFound(format!("no page at {}", uri.path()));
    crate::reply::Want::of(&uri, &headers).error(&err)
}
