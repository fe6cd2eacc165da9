//! What leaves the game when the player asks: the certificate and the reports a trainer collects
//! (Markdown, CSV, JSON, xAPI) and team summaries.

pub mod certificate;
pub mod csv_export;
pub mod markdown;
pub mod record;
pub mod team;
pub mod team_json;
pub mod xapi;

pub use certificate::certificate;
pub use record::Report;
