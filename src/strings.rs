//! The player's words for what the core returns: notices, save errors, achievements, ranks,
//! training results and statistics. The core gives typed values (ids, enums, numbers, paths);
//! the TUI, plain mode and the commands word them here and nowhere else, so that one module holds
//! every such sentence (and can later choose them from a catalog).

use crate::progress::ModuleResult;

/// The verdict on a training module attempt.
pub fn module_result(result: &ModuleResult) -> String {
    if result.passed {
        format!(
            "{}: passed with {}% (pass mark {}%).",
            result.id, result.percent, result.pass_mark
        )
    } else {
        format!(
            "{}: not passed yet, {}% of the {}% needed. Try it again from the training path.",
            result.id, result.percent, result.pass_mark
        )
    }
}
