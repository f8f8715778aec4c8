//! AFL target `sanitize`: the invariants live in `brief::fuzz::sanitize`, shared with the
//! regression replay of `cargo test`.

fn main() {
    afl::fuzz!(|data: &[u8]| brief::fuzz::sanitize(data));
}
