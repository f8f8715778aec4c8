//! AFL target `render`: the invariants live in `brief::fuzz::render`, shared with the
//! regression replay of `cargo test`.

fn main() {
    afl::fuzz!(|data: &[u8]| brief::fuzz::render(data));
}
