//! AFL target `keys`: the invariants live in `brief::fuzz::keys`, shared with the
//! regression replay of `cargo test`.

fn main() {
    afl::fuzz!(|data: &[u8]| brief::fuzz::keys(data));
}
