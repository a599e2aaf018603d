//! Integration tests of the newsline binary: they run it as a user would.

// `newsline segment` on the seeds, stdin, bad inputs, exit codes.
mod segment;
// `newsline extract` and `newsline entities`: the contract, determinism.
mod extract;
// `newsline timeline`: the contract, formats, filters, determinism.
mod timeline;
