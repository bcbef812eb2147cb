//! The ledger's view (filter and sort) as a URL query, so a filtered view can be bookmarked
//! and sent: `?sector=transport&problem=funding&q=停车&sort=-status`.

use super::{Facet, Filter, Sort, SortColumn, or_unspecified};
use crate::supervision::Warning;
use crate::validation::clip;
use crate::{Bulletin, ProjectStatus};

/// Longest text query kept; longer text in a URL or the search box is cut.
pub const MAX_QUERY_CHARS: usize = 200;

/// Parameters that belong to the page rather than the view (`mode=view` is 只读查看); kept,
/// never reported.
const PAGE_PARAMS: &[&str] = &["src", "bulletin", "compare", "mode", "lang"];

/// `overdue=1`: only the projects past their 整改时限.
const OVERDUE: &str = "overdue";

/// What the ledger shows: which projects and in what order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    pub filter: Filter,
    pub sort: Option<Sort>,
}

/// Reads a view from a URL query (with or without the leading `?`). Values that name
/// nothing in `bulletin`, and parameters it does not know, are left out and described in
/// the returned messages so the user can be told.
pub fn parse_query(query: &str, bulletin: &Bulletin) -> (ViewState, Vec<String>) {
    let mut view = ViewState::default();
    let mut ignored = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let facet = Facet::ALL.into_iter().find(|f| f.param() == key);
        match (key.as_ref(), facet) {
            (_, Some(facet)) => {
                // A unit or district may itself hold a comma (“市住建局,市城管局”): a value that
                // names a choice as a whole is that choice, not a list of two.
                let whole = value.trim();
                let values: Vec<&str> = if exists(bulletin, facet, whole) {
                    vec![whole]
                } else {
                    value
                        .split(',')
                        .map(str::trim)
                        .filter(|v| !v.is_empty())
                        .collect()
                };
                for v in values {
                    if exists(bulletin, facet, v) {
                        view.filter.select(facet, v);
                    } else {
                        ignored.push(format!("{}“{}”不存在", facet.label(), clip(v)));
                    }
                }
            }
            ("q", None) => view.filter.set_query(value.trim()),
            // The short form of `warning=overdue`, for links to what is overdue.
            (OVERDUE, None) if value.trim() == "1" => {
                view.filter.select(Facet::Warning, Warning::Overdue.id())
            }
            (OVERDUE, None) => ignored.push(format!("参数“{OVERDUE}”只能是 1")),
            ("sort", None) => {
                let (descending, id) = match value.strip_prefix('-') {
                    Some(id) => (true, id),
                    None => (false, value.as_ref()),
                };
                match SortColumn::from_id(id) {
                    Some(column) => view.sort = Some(Sort { column, descending }),
                    None => ignored.push(format!("排序方式“{}”无法识别", clip(&value))),
                }
            }
            (key, None) if PAGE_PARAMS.contains(&key) => {}
            (key, None) => ignored.push(format!("参数“{}”无法识别", clip(key))),
        }
    }
    (view, ignored)
}

/// Writes a view as a URL query starting with `?` (empty when there is nothing to keep).
/// `page` holds page parameters to keep in front, such as `("src", "data/x.json")`.
pub fn to_query(view: &ViewState, page: &[(&str, &str)]) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in page {
        out.append_pair(k, v);
    }
    for facet in Facet::ALL {
        let values: Vec<&str> = view.filter.selected(facet).collect();
        if facet == Facet::Warning && values == [Warning::Overdue.id()] {
            out.append_pair(OVERDUE, "1");
            continue;
        }
        for v in values {
            out.append_pair(facet.param(), v);
        }
    }
    let q = view.filter.query().trim();
    if !q.is_empty() {
        out.append_pair("q", q);
    }
    if let Some(Sort { column, descending }) = view.sort {
        out.append_pair(
            "sort",
            &format!("{}{}", if descending { "-" } else { "" }, column.id()),
        );
    }
    let s = out.finish();
    if s.is_empty() { s } else { format!("?{s}") }
}

/// Whether `value` is a real choice of `facet` in `bulletin`.
fn exists(bulletin: &Bulletin, facet: Facet, value: &str) -> bool {
    match facet {
        Facet::Sector => bulletin.sectors.iter().any(|s| s.id == value),
        Facet::ProblemType => bulletin.problem_types.iter().any(|t| t.id == value),
        Facet::Status => ProjectStatus::from_id(value).is_some(),
        Facet::Warning => Warning::from_id(value).is_some(),
        Facet::Unit => bulletin
            .projects
            .iter()
            .any(|p| or_unspecified(&p.lead_unit) == value),
        Facet::District => bulletin.projects.iter().any(|p| {
            let districts = p.districts();
            districts.contains(&value) || (districts.is_empty() && value == super::UNSPECIFIED)
        }),
    }
}
