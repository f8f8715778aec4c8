//! AFL target `yaml`: the invariants live in `brief::fuzz::yaml`, shared with the
//! regression replay of `cargo test`.

fn main() {
    afl::fuzz!(|data: &[u8]| brief::fuzz::yaml(data));
}
