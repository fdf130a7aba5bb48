//! What every request goes through: the token check when the server has a
//! token (an `Authorization: Bearer` header, or the cookie the login form
//! sets), only GET and HEAD besides the login form, and the security
//! headers on every answer (a strict Content-Security-Policy: scripts and
//! styles from this server's own files only, no inline code or handlers).

use crate::App;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};

/// The Content-Security-Policy of every page.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
    base-uri 'none'";

/// The cookie that carries the token after a login.
pub const COOKIE: &str = "dragoman_token";

/// Checks the token, then adds the security headers to the answer.
pub async fn guard(State(app): State<App>, req: Request, next: Next) -> Response {
    let open = req.uri().path() == "/login" || req.uri().path().starts_with("/assets/");
    let mut response = if !open && !authorized(&app, req.headers()) {
        refuse(&req)
    } else if !open && req.method() != Method::GET && req.method() != Method::HEAD {
        let err = crate::WebError::BadRequest("only GET and HEAD are answered".into());
        let mut r = crate::reply::Want::of(req.uri(), req.headers()).error(&err);
        *r.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
        r
    } else {
        next.run(req).await
    };
    secure(response.headers_mut());
    response
}

fn secure(h: &mut HeaderMap) {
    let set = |h: &mut HeaderMap, k: &'static str, v: &'static str| {
        h.insert(k, HeaderValue::from_static(v));
    };
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
    }
    set(h, "x-content-type-options", "nosniff");
    set(h, "x-frame-options", "DENY");
    set(h, "referrer-policy", "no-referrer");
    set(h, "cross-origin-opener-policy", "same-origin");
    if !h.contains_key(header::CACHE_CONTROL) {
        set(h, "cache-control", "no-store");
    }
}

/// Whether the request carries the token (always, when there is none).
fn authorized(app: &App, headers: &HeaderMap) -> bool {
    let Some(token) = app.token.as_deref() else {
        return true;
    };
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().strip_prefix(COOKIE)?.strip_prefix('='))
        .find(|c| same(c, token));
    bearer.is_some_and(|b| same(b.trim(), token)) || cookie.is_some()
}

/// Compares in time that depends on the length only.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// 401 as JSON for the API, a redirect to the login form for a browser.
fn refuse(req: &Request) -> Response {
    let want = crate::reply::Want::of(req.uri(), req.headers());
    if want == crate::reply::Want::Json || req.method() != Method::GET {
        let body = serde_json::json!({"error": "a token is required (Authorization: Bearer TOKEN)", "status": 401});
        return (StatusCode::UNAUTHORIZED, axum::Json(body)).into_response();
    }
    Redirect::to("/login").into_response()
}

/// The login form.
pub async fn login_form() -> Html<String> {
    Html(crate::layout::login_page(None).into_string())
}

/// The form's answer.
#[derive(serde::Deserialize)]
pub struct LoginForm {
    token: String,
}

/// Checks the token sent by the form and sets the cookie.
pub async fn login(State(app): State<App>, form: axum::Form<LoginForm>) -> Response {
    let Some(token) = app.token.as_deref() else {
        return Redirect::to("/").into_response();
    };
    if !same(form.token.trim(), token) {
        let page = crate::layout::login_page(Some("That token is not the server's."));
        return (StatusCode::UNAUTHORIZED, Html(page.into_string())).into_response();
    }
    let cookie = format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict");
    let mut r = Redirect::to("/").into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r
}

#[cfg(test)]
mod tests {
    #[test]
    fn same_compares_whole_strings() {
        assert!(super::same("abc", "abc"));
        assert!(!super::same("abc", "abd"));
        assert!(!super::same("abc", "abcd"));
    }
}
