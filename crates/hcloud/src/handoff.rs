//! The I/O thread a binding runs its calls on, and the hand-off of a call to it.
//!
//! One tokio current-thread runtime on a thread of its own owns the sockets, the timers and every
//! call's state. A call could be handed to it at once (`spawn`: queue it, wake the thread, which
//! then writes the request). [`IoThread::start`] saves that wake-up where it can (see below): the
//! call's first poll runs on the caller's thread, which takes a kept-alive connection and writes
//! the request itself (the connection is driven by the exchange that holds it, see
//! `transport::http`). What the call then waits for (the answer's bytes, a timer) wakes it on the
//! I/O thread, and the waker moves the call onto the runtime there, without a further hand-off.
//!
//! A call starts here when no other call is in flight (a sequential caller) or when the I/O thread
//! is idle. Otherwise the I/O thread is busy with other calls and picks a spawned call up without
//! being woken, and the caller's thread (JavaScript's, then usually the busier one) is better
//! spared the work: then `start` spawns as before.
//!
//! A timer registered from another thread wakes the I/O thread when it is due before every timer
//! already set (tokio must shorten the thread's sleep). A heartbeat timer, due within a second
//! while calls keep starting, spares the call timeouts (30 s by default) that wake-up.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Wake, Waker};
use std::time::Duration;

use tokio::runtime::{Builder, Handle};

type Task = Pin<Box<dyn Future<Output = ()> + Send>>;

/// How often the heartbeat fires while calls keep starting.
const HEARTBEAT: Duration = Duration::from_secs(1);

/// A current-thread runtime driven by a thread of its own, for the life of the process.
pub struct IoThread {
    handle: Handle,
    state: Arc<State>,
}

#[derive(Default)]
struct State {
    /// The thread waits for events: it has nothing of its own to run.
    parked: AtomicBool,
    /// Times the thread woke from waiting (for tests and measurements).
    wakeups: AtomicU64,
    heartbeat_on: AtomicBool,
    /// Calls started on a caller's thread; the heartbeat stops after a period without one.
    starts: AtomicU64,
    /// Calls started and not yet finished.
    in_flight: AtomicUsize,
}

/// Counts a call out of `in_flight` when it ends (or is dropped unfinished).
struct InFlight(Arc<State>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

impl IoThread {
    /// Starts the runtime on a thread named `name`. The thread lives as long as the process, so
    /// a call in flight when its client is dropped still finishes.
    pub fn spawn(name: &str) -> std::io::Result<IoThread> {
        let state = Arc::new(State::default());
        let (on_park, on_unpark) = (state.clone(), state.clone());
        let rt = Builder::new_current_thread()
            .enable_all()
            .thread_name(format!("{name}-blocking"))
            .on_thread_park(move || on_park.parked.store(true, Ordering::Relaxed))
            .on_thread_unpark(move || {
                on_unpark.parked.store(false, Ordering::Relaxed);
                on_unpark.wakeups.fetch_add(1, Ordering::Relaxed);
            })
            .build()?;
        let handle = rt.handle().clone();
        std::thread::Builder::new().name(name.to_owned()).spawn(move || rt.block_on(std::future::pending::<()>()))?;
        Ok(IoThread { handle, state })
    }

    pub fn handle(&self) -> &Handle {
        &self.handle
    }

    /// The thread waits for events.
    pub fn is_parked(&self) -> bool {
        self.state.parked.load(Ordering::Relaxed)
    }

    /// Times the thread woke from waiting so far.
    pub fn wakeups(&self) -> u64 {
        self.state.wakeups.load(Ordering::Relaxed)
    }

    /// Runs `fut` to its end: its first poll here when no other call is in flight or the I/O
    /// thread is idle, everything after on the I/O thread.
    pub fn start<F>(&self, fut: F)
    where
        F: Future<Output = ()> + Send + 'static,
    {
        let alone = self.state.in_flight.fetch_add(1, Ordering::Relaxed) == 0;
        let guard = InFlight(self.state.clone());
        let fut = async move {
            let _guard = guard;
            fut.await
        };
        if !alone && !self.is_parked() {
            self.handle.spawn(fut);
            return;
        }
        self.state.starts.fetch_add(1, Ordering::Relaxed);
        if !self.state.heartbeat_on.swap(true, Ordering::Relaxed) {
            self.handle.spawn(heartbeat(self.state.clone()));
        }
        // Timers, sockets and tasks made during this poll belong to the I/O thread's runtime.
        let _inside = self.handle.enter();
        let parked = Arc::new(Parked { handle: self.handle.clone(), slot: Mutex::new(Slot::default()) });
        let mut task: Task = Box::pin(fut);
        let waker = Waker::from(parked.clone());
        if task.as_mut().poll(&mut Context::from_waker(&waker)).is_ready() {
            return;
        }
        let mut slot = parked.slot.lock().unwrap_or_else(|e| e.into_inner());
        if slot.woken {
            // Woken while it ran here (by another thread, or by itself).
            drop(slot);
            self.handle.spawn(task);
        } else {
            slot.task = Some(task);
        }
    }
}

/// Keeps a timer due within [`HEARTBEAT`] while calls keep starting on other threads.
async fn heartbeat(state: Arc<State>) {
    let mut seen = state.starts.load(Ordering::Relaxed);
    loop {
        tokio::time::sleep(HEARTBEAT).await;
        let now = state.starts.load(Ordering::Relaxed);
        if now == seen {
            // A call starting right now may find it still on and go without: its timer then
            // wakes the thread once, nothing worse.
            state.heartbeat_on.store(false, Ordering::Relaxed);
            return;
        }
        seen = now;
    }
}

/// A call that ran once on its caller's thread and waits for its first wake-up.
struct Parked {
    handle: Handle,
    slot: Mutex<Slot>,
}

#[derive(Default)]
struct Slot {
    task: Option<Task>,
    woken: bool,
}

impl Wake for Parked {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        let task = {
            let mut slot = self.slot.lock().unwrap_or_else(|e| e.into_inner());
            slot.woken = true;
            slot.task.take()
        };
        // On the I/O thread (the usual case: the answer arrived) this queues the task there
        // without a wake-up; from any other thread it wakes the I/O thread, as `spawn` does.
        // Later wakes through this waker find the slot empty: by its next poll the task has
        // handed its own waker to whatever it waits for.
        if let Some(task) = task {
            self.handle.spawn(task);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Instant;

    fn io_thread(name: &str) -> IoThread {
        let io = IoThread::spawn(name).unwrap();
        wait_parked(&io);
        io
    }

    fn wait_parked(io: &IoThread) {
        let t0 = Instant::now();
        while !io.is_parked() {
            assert!(t0.elapsed() < Duration::from_secs(5), "the I/O thread never went idle");
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    fn thread_name() -> String {
        std::thread::current().name().unwrap_or("").to_owned()
    }

    /// Where a future that is ready at once ran, and whether it had by the time `start` returned.
    fn where_it_ran(io: &IoThread) -> (String, bool) {
        let (tx, rx) = mpsc::channel();
        io.start(async move { tx.send(thread_name()).unwrap() });
        match rx.try_recv() {
            Ok(name) => (name, true),
            Err(_) => (rx.recv_timeout(Duration::from_secs(5)).unwrap(), false),
        }
    }

    /// Keeps the I/O thread running (not waiting for events) for 200 ms.
    fn hold_busy(io: &IoThread) {
        let (busy_tx, busy_rx) = mpsc::channel();
        io.handle().spawn(async move {
            busy_tx.send(()).unwrap();
            std::thread::sleep(Duration::from_millis(200));
        });
        busy_rx.recv_timeout(Duration::from_secs(5)).unwrap();
        assert!(!io.is_parked());
    }

    #[test]
    fn a_future_ready_at_once_runs_on_the_caller() {
        let io = io_thread("io-ready");
        assert_eq!(where_it_ran(&io), (thread_name(), true));
    }

    #[test]
    fn a_waiting_future_is_finished_on_the_io_thread() {
        let io = io_thread("io-wait");
        let (tx, rx) = mpsc::channel();
        let (go, wait) = tokio::sync::oneshot::channel::<()>();
        io.start(async move {
            tx.send(thread_name()).unwrap();
            wait.await.unwrap();
            tx.send(thread_name()).unwrap();
        });
        assert_eq!(rx.try_recv().unwrap(), thread_name());
        std::thread::spawn(move || go.send(()).unwrap()).join().unwrap();
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)).unwrap(), "io-wait");
    }

    #[test]
    fn a_timer_set_on_the_caller_fires_on_the_io_thread() {
        let io = io_thread("io-timer");
        let (tx, rx) = mpsc::channel();
        let t0 = Instant::now();
        io.start(async move {
            tokio::time::sleep(Duration::from_millis(30)).await;
            tx.send(thread_name()).unwrap();
        });
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)).unwrap(), "io-timer");
        assert!(t0.elapsed() >= Duration::from_millis(30));
    }

    #[test]
    fn a_future_that_wakes_itself_during_its_first_poll_still_finishes() {
        let io = io_thread("io-self");
        let (tx, rx) = mpsc::channel();
        let mut first = true;
        io.start(async move {
            std::future::poll_fn(|cx| {
                if std::mem::take(&mut first) {
                    cx.waker().wake_by_ref();
                    std::task::Poll::Pending
                } else {
                    std::task::Poll::Ready(())
                }
            })
            .await;
            tx.send(thread_name()).unwrap();
        });
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)).unwrap(), "io-self");
    }

    #[test]
    fn futures_woken_by_other_threads_while_they_start_all_finish() {
        let io = io_thread("io-race");
        let (tx, rx) = mpsc::channel();
        const N: usize = 1000;
        for i in 0..N {
            wait_parked(&io);
            let (go, wait) = tokio::sync::oneshot::channel::<()>();
            // Fired from another thread, racing with the first poll.
            std::thread::spawn(move || {
                if i % 2 == 0 {
                    std::thread::yield_now();
                }
                let _ = go.send(());
            });
            let tx = tx.clone();
            io.start(async move {
                wait.await.unwrap();
                tx.send(i).unwrap();
            });
        }
        let mut seen = vec![false; N];
        for _ in 0..N {
            seen[rx.recv_timeout(Duration::from_secs(10)).expect("a future was lost")] = true;
        }
        assert!(seen.iter().all(|s| *s));
    }

    #[test]
    fn a_busy_io_thread_gets_the_future_unpolled_while_another_call_is_in_flight() {
        let io = io_thread("io-busy");
        // One call in flight, waiting.
        let (go, wait) = tokio::sync::oneshot::channel::<()>();
        io.start(async move {
            let _ = wait.await;
        });
        hold_busy(&io);
        assert_eq!(where_it_ran(&io).0, "io-busy");
        // Alone, a call starts here even while the thread is busy.
        go.send(()).unwrap();
        let t0 = Instant::now();
        while io.state.in_flight.load(Ordering::Relaxed) > 0 {
            assert!(t0.elapsed() < Duration::from_secs(5), "the first call never finished");
            std::thread::sleep(Duration::from_millis(1));
        }
        hold_busy(&io);
        assert_eq!(where_it_ran(&io), (thread_name(), true));
    }

    #[test]
    fn timers_set_on_the_caller_do_not_wake_the_io_thread() {
        let io = io_thread("io-quiet");
        // The first start also starts the heartbeat.
        io.start(async {});
        const N: u64 = 40;
        let mut woke = 0;
        for _ in 0..N {
            // One call at a time, as a sequential caller makes them: each call's timeout is the
            // only timer besides the heartbeat, and without the heartbeat it would wake the
            // thread to shorten an endless sleep.
            wait_parked(&io);
            let before = io.wakeups();
            let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
            io.start(async move {
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_secs(30)) => {}
                    _ = stopped => {}
                }
            });
            std::thread::sleep(Duration::from_millis(2));
            let after = io.wakeups();
            woke += after - before;
            // Ending the call wakes the thread; wait for that before the next call looks.
            drop(stop);
            let t0 = Instant::now();
            while io.wakeups() == after {
                assert!(t0.elapsed() < Duration::from_secs(5), "the stopped call never ran");
                std::thread::sleep(Duration::from_millis(1));
            }
        }
        // Nothing but the heartbeat (at most once a second) woke the thread while calls waited.
        assert!(woke <= 2, "the I/O thread woke {woke} times while {N} calls waited");
    }
}
