//! Projects as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF
//! line ends and RFC 4180 quoting.

use crate::Bulletin;
use crate::form::Part;

/// The project fields of the CSV's columns, in order (the id follows them).
pub const COLUMNS: [&str; 8] = [
    "name",
    "sector",
    "lead_unit",
    "districts",
    "status",
    "problem_types",
    "issue",
    "note",
];

/// The CSV of `bulletin.projects[i]` for each `i` in `indices`, with a header row.
///
/// Cells that Excel would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR)
/// get a leading `'`, so a hostile name cannot run code on the reader's machine.
pub fn projects_csv(bulletin: &Bulletin, indices: &[usize]) -> String {
    let mut out = String::from("\u{feff}");
    // The readable columns first; the id, which only programs need, last. Headings are the
    // fields' labels in the field table.
    let header = COLUMNS
        .iter()
        .map(|f| {
            crate::form::label(Part::Project, f)
                .unwrap_or_default()
                .to_owned()
        })
        .chain([crate::form::field_label("projects", "id").to_owned()]);
    row(&mut out, header);
    for p in indices.iter().filter_map(|&i| bulletin.projects.get(i)) {
        let sector = p
            .sector
            .as_deref()
            .map(|id| {
                bulletin
                    .sector(id)
                    .map_or_else(|| id.to_owned(), |s| s.name.clone())
            })
            .unwrap_or_default();
        let types: Vec<String> = p
            .problem_types
            .iter()
            .map(|id| {
                bulletin
                    .problem_type(id)
                    .map_or_else(|| id.clone(), |t| t.name.clone())
            })
            .collect();
        row(
            &mut out,
            [
                p.name.clone(),
                sector,
                p.lead_unit.clone().unwrap_or_default(),
                p.districts().join("、"),
                p.status.label().to_owned(),
                types.join("、"),
                p.issue.clone(),
                p.note.clone(),
                p.id.clone(),
            ]
            .into_iter(),
        );
    }
    out
}

fn row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&field(&cell));
    }
    out.push_str("\r\n");
}

/// One field, defused against formulas and quoted when it holds a comma, quote or line break.
fn field(value: &str) -> String {
    let defused = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_per_rfc_4180() {
        assert_eq!(field("普通"), "普通");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("说\"明\""), "\"说\"\"明\"\"\"");
        assert_eq!(field("两\n行"), "\"两\n行\"");
        assert_eq!(field("中文,逗号"), "\"中文,逗号\"");
        assert_eq!(field("全角，逗号"), "全角，逗号");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
    }
}
