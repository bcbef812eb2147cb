//! Ids for new items: readable where the name allows, always a slug, always unique.

/// A slug id for a new item named `name`, unique among `existing`: the ASCII letters and
/// digits of the name if it has any (`BRT 车道` → `brt`), else `prefix`; a number is added
/// when needed (`project-2`).
pub fn new_id<'a>(name: &str, prefix: &str, existing: impl IntoIterator<Item = &'a str>) -> String {
    let existing: std::collections::HashSet<&str> = existing.into_iter().collect();
    let mut base = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            base.push(c.to_ascii_lowercase());
        } else if !base.is_empty() && !base.ends_with('-') {
            base.push('-');
        }
    }
    let base = base.trim_matches('-').chars().take(40).collect::<String>();
    let base = if base.is_empty() {
        prefix.to_owned()
    } else {
        base
    };
    if !existing.contains(base.as_str()) && base != prefix {
        return base;
    }
    (1..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !existing.contains(id.as_str()))
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::new_id;

    #[test]
    fn ids_are_slugs_and_unique() {
        assert_eq!(new_id("BRT 车道改造", "project", []), "brt");
        assert_eq!(new_id("停车场", "project", []), "project-1");
        assert_eq!(
            new_id("停车场", "project", ["project-1", "project-2"]),
            "project-3"
        );
        assert_eq!(new_id("A/B  Test!", "x", ["a-b-test"]), "a-b-test-1");
        assert!(crate::validation::is_slug(&new_id("——", "type", [])));
    }
}
