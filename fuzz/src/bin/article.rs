//! AFL target `article`: the invariants live in `brief::fuzz::article`, shared with the
//! regression replay of `cargo test`.

fn main() {
    afl::fuzz!(|data: &[u8]| brief::fuzz::article(data));
}
