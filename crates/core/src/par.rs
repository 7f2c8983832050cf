//! Per-item work spread over every core with the `parallel` feature (rayon; the CLI turns it
//! on), one item at a time without it (wasm32, the default). Results come back in item order, so
//! the output is the same bytes either way and for any number of threads
//! (`crates/cli/tests/parallel.rs` builds with one thread and with several and compares).

/// `items.iter().map(f)`, in order.
pub fn map<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync + Send) -> Vec<U> {
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        items.par_iter().map(f).collect()
    }
    #[cfg(not(feature = "parallel"))]
    {
        items.iter().map(f).collect()
    }
}

/// `items.iter().enumerate().map(f)`, in order.
pub fn map_indexed<T: Sync, U: Send>(
    items: &[T],
    f: impl Fn(usize, &T) -> U + Sync + Send,
) -> Vec<U> {
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        items.par_iter().enumerate().map(|(i, t)| f(i, t)).collect()
    }
    #[cfg(not(feature = "parallel"))]
    {
        items.iter().enumerate().map(|(i, t)| f(i, t)).collect()
    }
}
