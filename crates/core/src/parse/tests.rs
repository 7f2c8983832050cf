//! Placeholder; seed tests follow.
