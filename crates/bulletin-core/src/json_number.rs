//! Writes whole-valued figures as `43`, not `43.0`, so that an export reads like its source
//! and diffs cleanly against it.

use serde::Serializer;

/// Serialises an `f64`, as an integer when it has no fraction.
pub fn whole_if_integral<S: Serializer>(n: &f64, s: S) -> Result<S::Ok, S::Error> {
    // 2^53: beyond it not every integer is representable, so keep the float form.
    if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
        s.serialize_i64(*n as i64)
    } else {
        s.serialize_f64(*n)
    }
}

/// As [`whole_if_integral`], for a figure that may be unreported (`null`).
pub fn optional_whole_if_integral<S: Serializer>(n: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match n {
        Some(n) => whole_if_integral(n, s),
        None => s.serialize_none(),
    }
}
