//! The real terminal: a guard that always restores it, and the event loop.
