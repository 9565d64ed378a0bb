//! Cooperative cancellation of an analysis. The playground answers 503 when an analysis runs out of
//! time; the flag it then sets makes the walks stop at their next statement or expression, so the
//! thread, its memory and its analysis slot are free at once instead of when the work would have ended.
//!
//! The flag lives in a thread-local set by [`run`]; [`check`] unwinds with a [`Cancelled`] payload that
//! [`run`] catches (no panic message: `resume_unwind` skips the panic hook). Work handed to other threads
//! (rayon) takes the flag along with [`current`] and [`with`].

use std::cell::RefCell;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// The analysis was cancelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cancelled;

/// Set to `true` to cancel the analyses running under it.
pub type Flag = Arc<AtomicBool>;

thread_local! {
    static FLAG: RefCell<Option<Flag>> = const { RefCell::new(None) };
}

/// Runs `f` under `flag`: `Err(Cancelled)` when the flag was raised while it ran. Other panics go on.
pub fn run<R>(flag: Flag, f: impl FnOnce() -> R) -> Result<R, Cancelled> {
    let result = catch_unwind(AssertUnwindSafe(|| with(Some(flag), f)));
    match result {
        Ok(r) => Ok(r),
        Err(payload) if payload.is::<Cancelled>() => Err(Cancelled),
        Err(payload) => resume_unwind(payload),
    }
}

/// Runs `f` with `flag` as this thread's flag (restored afterwards, also when `f` unwinds).
pub fn with<R>(flag: Option<Flag>, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Flag>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            FLAG.with(|cell| *cell.borrow_mut() = previous);
        }
    }
    let previous = FLAG.with(|cell| std::mem::replace(&mut *cell.borrow_mut(), flag));
    let _restore = Restore(previous);
    f()
}

/// This thread's flag, to hand to work on other threads.
pub fn current() -> Option<Flag> {
    FLAG.with(|cell| cell.borrow().clone())
}

/// Unwinds out of the analysis when its flag is raised; free when no flag is set (a CLI scan).
#[inline]
pub fn check() {
    let raised = FLAG.with(|cell| {
        cell.borrow()
            .as_ref()
            .is_some_and(|f| f.load(Ordering::Relaxed))
    });
    if raised {
        resume_unwind(Box::new(Cancelled));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_raised_flag_stops_the_work_and_nothing_else_does() {
        let flag: Flag = Arc::default();
        assert_eq!(run(flag.clone(), || 7), Ok(7));
        let r = run(flag.clone(), || {
            flag.store(true, Ordering::Relaxed);
            check();
            0
        });
        assert_eq!(r, Err(Cancelled));
        // Outside `run` the flag is gone again.
        check();
        assert!(current().is_none());
    }
}
