//! The bulletin's reports as files, written from the core's report models
//! (`bulletin_core::report`): the 通报文稿 as a Word document laid out as GB/T 9704-2012 asks
//! (`docx`), and tables as Excel workbooks (`xlsx`). Only the report worker links this crate.

pub mod docx;
pub mod xlsx;
