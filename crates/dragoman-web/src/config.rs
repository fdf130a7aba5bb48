//! The server's settings and the rule on where it may listen: a loopback
//! address by default; any other address only with a token, which every
//! request must then carry.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// Settings of [`crate::serve`].
#[derive(Clone, Debug)]
pub struct ServeConfig {
    /// The database file.
    pub db: PathBuf,
    /// Where to listen.
    pub bind: SocketAddr,
    /// The token every request must carry (from `--token-file`).
    pub token: Option<String>,
    /// How many read-only connections to keep.
    pub connections: usize,
}

/// Settings that are refused.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A non-loopback address without a token.
    #[error("refusing to listen on {0} without a token: other machines could read the database. Give --token-file FILE (every request must then carry the token), or bind a loopback address such as 127.0.0.1:8080")]
    OpenWithoutToken(SocketAddr),
    /// The token file could not be read or is too short.
    #[error("token file {path}: {reason}")]
    Token {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// The shortest token accepted.
pub const MIN_TOKEN: usize = 16;

impl ServeConfig {
    /// Checks the bind address against the token and reads the token file.
    pub fn new(
        db: PathBuf,
        bind: SocketAddr,
        token_file: Option<&Path>,
    ) -> Result<ServeConfig, ConfigError> {
        let token = token_file.map(read_token).transpose()?;
        if token.is_none() && !bind.ip().is_loopback() {
            return Err(ConfigError::OpenWithoutToken(bind));
        }
        Ok(ServeConfig {
            db,
            bind,
            token,
            connections: 4,
        })
    }
}

/// The token in `path`: its first line, trimmed, at least [`MIN_TOKEN`]
/// printable ASCII characters (it travels in a header and a cookie).
fn read_token(path: &Path) -> Result<String, ConfigError> {
    let fail = |reason: String| ConfigError::Token {
        path: path.to_path_buf(),
        reason,
    };
    let text = std::fs::read_to_string(path).map_err(|e| fail(e.to_string()))?;
    let token = text.lines().next().unwrap_or_default().trim().to_string();
    if token.len() < MIN_TOKEN {
        return Err(fail(format!(
            "the token must have at least {MIN_TOKEN} characters"
        )));
    }
    if !token.bytes().all(|b| b.is_ascii_graphic()) || token.contains([';', ',', '"', '\\']) {
        return Err(fail(
            "the token must be printable ASCII without ; , \" or \\".into(),
        ));
    }
    Ok(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_public_address_needs_a_token() {
        let db = PathBuf::from("x.db");
        let open: SocketAddr = "0.0.0.0:8080".parse().unwrap();
        let local: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        assert!(matches!(
            ServeConfig::new(db.clone(), open, None),
            Err(ConfigError::OpenWithoutToken(_))
        ));
        assert!(ServeConfig::new(db.clone(), local, None).is_ok());
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t");
        std::fs::write(&file, "short\n").unwrap();
        assert!(ServeConfig::new(db.clone(), open, Some(&file)).is_err());
        std::fs::write(&file, "0123456789abcdefXYZ\n").unwrap();
        let c = ServeConfig::new(db, open, Some(&file)).unwrap();
        assert_eq!(c.token.as_deref(), Some("0123456789abcdefXYZ"));
    }
}
