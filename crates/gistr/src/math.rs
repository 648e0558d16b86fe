//! The floating-point functions of the core, from the `libm` crate on
//! every target, so that a native build and the `.wasm` give the same
//! bits. (`f32::ln` and friends call the platform's C library natively,
//! glibc's here, and a port of musl's in wasm; the two differ in the last
//! bit, which reached every score in the JSON.)
//!
//! Only the functions whose result is not exactly rounded by IEEE 754 are
//! here: `+ - * / sqrt` are the same everywhere.

/// The natural logarithm.
#[inline]
pub(crate) fn ln(x: f32) -> f32 {
    libm::logf(x)
}

/// e to the power `x`.
#[inline]
pub(crate) fn exp(x: f32) -> f32 {
    libm::expf(x)
}

/// `x` to the power `y`.
#[inline]
pub(crate) fn powf(x: f32, y: f32) -> f32 {
    libm::powf(x, y)
}
