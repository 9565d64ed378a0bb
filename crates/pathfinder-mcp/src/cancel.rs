//! Stopping a tool call's work when the client cancels it (`notifications/cancelled`) or it times out.
//!
//! The engine stops at its next check of the thread's cancellation flag ([`pathfinder_python::cancel`]).
//! The flag is thread-local, and a scan fans out onto rayon's threads, so each call runs on a small pool
//! of its own whose threads all carry the call's flag: raising it stops every part of the work.

use pathfinder_python::cancel::{self, Cancelled, Flag};
use std::sync::atomic::Ordering;

/// Runs `f` (blocking) so that raising `flag` stops it and its parallel work: `Err(Cancelled)` then.
pub fn run<R: Send>(flag: Flag, f: impl FnOnce() -> R + Send) -> Result<R, Cancelled> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let worker_flag = flag.clone();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("pathfinder-tool-{i}"))
        .spawn_handler(move |thread| {
            let flag = worker_flag.clone();
            std::thread::Builder::new()
                .name(thread.name().unwrap_or("pathfinder-tool").to_string())
                .spawn(move || cancel::with(Some(flag), || thread.run()))?;
            Ok(())
        })
        .build();
    match pool {
        Ok(pool) => cancel::run(flag, || pool.install(f)),
        // No threads to be had: the work still runs (and stops) on this thread and the shared pool.
        Err(_) => cancel::run(flag, f),
    }
}

/// Raises the flag when dropped: the call's future went away (cancelled, timed out, or finished).
pub struct RaiseOnDrop(pub Flag);

impl Drop for RaiseOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rayon::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    #[test]
    fn raising_the_flag_stops_work_on_every_thread_of_the_call() {
        let flag: Flag = Arc::default();
        let steps = Arc::new(AtomicUsize::new(0));
        let raiser = flag.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            raiser.store(true, Ordering::Relaxed);
        });
        let counted = steps.clone();
        let started = Instant::now();
        let r = run(flag, move || {
            (0..64).into_par_iter().for_each(|_| loop {
                // The engine's own check, as its walks do it.
                cancel::check();
                counted.fetch_add(1, Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(1));
            });
        });
        assert_eq!(r, Err(Cancelled));
        assert!(started.elapsed() < Duration::from_secs(10));
        // Nothing runs on after the call returned.
        let after = steps.load(Ordering::Relaxed);
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(steps.load(Ordering::Relaxed), after);
    }

    #[test]
    fn an_unraised_flag_changes_nothing() {
        let r = run(Arc::default(), || (1..=100).into_par_iter().sum::<u32>());
        assert_eq!(r, Ok(5050));
    }
}
