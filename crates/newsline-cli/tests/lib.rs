//! Integration tests of the newsline binary.
