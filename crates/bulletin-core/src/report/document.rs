//! The 通报文稿 rebuilt from the data (to be written).

use super::Report;
use crate::Bulletin;

/// The 通报文稿 of `bulletin`.
pub fn report(_bulletin: &Bulletin, _previous: Option<&Bulletin>) -> Report {
    todo!()
}
