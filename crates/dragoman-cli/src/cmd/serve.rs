//! `dragoman serve`: the workbench (crate `dragoman-web`) over the database.
//! The database is opened once as any reading command opens it (so an older
//! schema is migrated where the file is writable), then served read-only.

use crate::args::ServeArgs;
use crate::Outcome;
use anyhow::Context;
use dragoman_store::Store;
use dragoman_web::ServeConfig;
use std::path::Path;

pub(crate) fn run(db: &Path, args: ServeArgs) -> anyhow::Result<Outcome> {
    let config = ServeConfig::new(db.to_path_buf(), args.bind, args.token_file.as_deref())?;
    drop(Store::open_existing(db)?);
    eprintln!(
        "dragoman serve: http://{} (read-only {}); Ctrl-C stops",
        config.bind,
        db.display()
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the server's runtime")?;
    runtime.block_on(dragoman_web::serve(config))?;
    Ok(Outcome::Ok)
}
