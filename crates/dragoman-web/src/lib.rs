//! `dragoman serve`: the analyst's workbench. An HTTP server (axum on tokio)
//! over a dragoman database opened read-only: pages rendered on the server
//! (maud, every value escaped), each with a JSON twin (the same path under
//! `/api/`, or `Accept: application/json`) described by `/api/openapi.json`,
//! charts drawn as SVG on the server, and the two assets (CSS, plain
//! JavaScript) embedded in the binary.
//!
//! Security: loopback by default, a token for any other address
//! ([`config`]), a strict Content-Security-Policy and an authentication
//! check on every request ([`guard`]), bounded parameters ([`params`]), a
//! request timeout ([`router`]).

mod assets;
pub mod config;
mod db;
mod error;
mod export;
mod guard;
mod layout;
mod openapi;
mod pages;
mod params;
mod reply;
mod svg;

pub use config::{ConfigError, ServeConfig};
pub use db::Pool;
pub use error::WebError;

use axum::routing::get;
use axum::Router;
use std::sync::Arc;
use std::time::Duration;

/// What every handler shares: the connections and the token, if any.
#[derive(Clone)]
pub struct App {
    /// Read-only connections to the database.
    pub pool: Arc<Pool>,
    /// The token every request must carry, when set.
    pub token: Option<Arc<str>>,
}

/// How long a request may take before it is answered 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The whole application: pages, their JSON twins, assets, security layers.
pub fn router(app: App) -> Router {
    let pages = Router::new()
        .route("/", get(pages::home::handler))
        .route("/search", get(pages::search::handler))
        .route("/report/{id}", get(pages::report::handler))
        .route("/actor/{id}", get(pages::actor::handler))
        .route("/events", get(pages::events::handler))
        .route("/proposals", get(pages::proposals::handler))
        .route("/story/{id}", get(pages::story::handler));
    Router::new()
        .merge(pages.clone())
        .nest("/api", pages)
        .route("/api/", get(pages::home::handler))
        .route("/report/{id}/raw", get(pages::report::raw))
        .route("/api/openapi.json", get(openapi::handler))
        .route("/export/events", get(export::handler))
        .route("/login", get(guard::login_form).post(guard::login))
        .route("/assets/{name}", get(assets::handler))
        .route("/favicon.ico", get(assets::favicon))
        .fallback(error::not_found)
        .layer(axum::extract::DefaultBodyLimit::max(4096))
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            guard::guard,
        ))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .with_state(app)
}

/// Serves `config` until the process is interrupted.
pub async fn serve(config: ServeConfig) -> Result<(), WebError> {
    let pool = Pool::open(&config.db, config.connections)?;
    let app = App {
        pool: Arc::new(pool),
        token: config.token.map(Arc::from),
    };
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .map_err(|e| WebError::Bind(config.bind, e))?;
    tracing::info!("serving {} on http://{}", config.db.display(), config.bind);
    axum::serve(listener, router(app))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| WebError::Bind(config.bind, e))
}
