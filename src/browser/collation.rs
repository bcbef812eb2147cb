//! Chinese text order as users expect it (pinyin), from the browser's `Intl.Collator`.

use std::cmp::Ordering;

use js_sys::{Array, Function, Intl, Object};
use wasm_bindgen::JsValue;

/// Compares text in zh-CN order; falls back to code point order if the browser has no collator.
pub struct Collation {
    compare: Option<Function>,
}

impl Collation {
    /// The zh-CN collator of this browser.
    pub fn zh_cn() -> Self {
        let collator =
            Intl::Collator::new(&Array::of1(&JsValue::from_str("zh-CN")), &Object::new());
        Self {
            compare: Some(collator.compare()),
        }
    }

    /// Orders `a` and `b`.
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        let by_collator = self.compare.as_ref().and_then(|f| {
            f.call2(&JsValue::NULL, &JsValue::from_str(a), &JsValue::from_str(b))
                .ok()?
                .as_f64()
        });
        match by_collator {
            Some(n) if n < 0.0 => Ordering::Less,
            Some(n) if n > 0.0 => Ordering::Greater,
            Some(_) => Ordering::Equal,
            None => a.cmp(b),
        }
    }
}
