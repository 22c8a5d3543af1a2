//! Handing memory back to the system after a large build. Building an index allocates several times
//! what the finished index holds (what each article's recognition found, linking tables); glibc keeps
//! freed memory in its arenas, so without this a server's resident size stays at the build's peak for as
//! long as it runs.

/// Builds over less text than this leave too little behind to be worth a pass over the heap.
const WORTH_TRIMMING: usize = 8 << 20;

/// Returns free heap memory to the system when `text_bytes` of sources were just indexed.
pub(super) fn after_build(text_bytes: usize) {
    if text_bytes >= WORTH_TRIMMING {
        release();
    }
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn release() {
    // SAFETY: malloc_trim only walks the allocator's own free lists; it takes no pointers of ours and is
    // safe to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn release() {}
