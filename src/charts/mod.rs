//! Sector charts drawn with charts-rs as SVG, measured with the chart font.

pub mod font;
pub mod svg;
