//! What leaves the game when the player asks: the certificate and the reports a trainer collects.

pub mod certificate;

pub use certificate::certificate;
