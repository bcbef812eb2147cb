//! The status badges' text against their backgrounds, as style/main.css writes them: at
//! least 4.5:1 (WCAG AA for text), in light and dark. A colour tweaked by eye that drops
//! below fails here, before a reader has to squint at it.
#![cfg(not(target_arch = "wasm32"))]

fn luminance(hex: &str) -> f64 {
    let h = hex.trim_start_matches('#');
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&h[i..i + 2], 16).expect("a hex colour")) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// Every `.grade-…` rule with a literal text colour and background.
fn badges(css: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for line in css.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix(".grade-") else {
            continue;
        };
        let value = |key: &str| {
            let at = rest.find(&format!("{key}: #"))? + key.len() + 2;
            Some(rest[at..at + 7].to_owned())
        };
        if let (Some(fg), Some(bg)) = (
            value(" color").or_else(|| value("{ color")),
            value("background"),
        ) {
            out.push((
                rest.split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
                fg,
                bg,
            ));
        }
    }
    out
}

#[test]
fn status_badges_can_be_read() {
    let css = include_str!("../style/main.css");
    let all = badges(css);
    assert!(all.len() >= 8, "light and dark badges found: {all:?}");
    for (name, fg, bg) in &all {
        let ratio = contrast(fg, bg);
        assert!(ratio >= 4.5, ".grade-{name}: {fg} on {bg} is {ratio:.2}:1");
    }
}

#[test]
fn the_measure_is_the_standard_one() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast("#2e7d4f", "#e5f4ea") - 4.43).abs() < 0.01);
}
