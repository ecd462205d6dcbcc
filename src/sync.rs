//! Poison-tolerant locking for the `std::sync` locks Roxy holds briefly and never across an
//! `.await`.
//!
//! A lock is poisoned when a thread panicked while holding it. Every value Roxy guards this way
//! (maps of sessions and servers, stderr tails, the audit file, an SQLite connection whose
//! transactions roll back) stays consistent after such a panic, so the guard is taken anyway
//! instead of spreading the panic to every later caller.

use std::sync::{Mutex, MutexGuard, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// Locks `mutex`, also when a panic poisoned it.
pub(crate) fn lock<T: ?Sized>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Takes a read guard on `lock`, also when a panic poisoned it.
pub(crate) fn read<T: ?Sized>(lock: &RwLock<T>) -> RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(PoisonError::into_inner)
}

/// Takes a write guard on `lock`, also when a panic poisoned it.
pub(crate) fn write<T: ?Sized>(lock: &RwLock<T>) -> RwLockWriteGuard<'_, T> {
    lock.write().unwrap_or_else(PoisonError::into_inner)
}
