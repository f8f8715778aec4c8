//! The reader's state, its actions, the keymap and the one `update`.
