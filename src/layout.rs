//! Wrapping: an article laid out at a width, lines carrying entity spans. Pure.
