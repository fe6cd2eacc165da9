//! Rounds: drawing scenarios with an injected RNG, answering, outcomes.

pub mod draw;
pub mod round;
pub mod spot;

pub use draw::draw_round;
pub use round::{Answer, Outcome, Round, Summary};
