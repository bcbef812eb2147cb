//! The ledger's filter engine: facet semantics, counts, search, sort, URL and CSV.

mod common;

use bulletin_core::csv::projects_csv;
use bulletin_core::filter::{
    Facet, Filter, Query, Sort, SortColumn, ViewState, facet_counts, highlight, parse_query,
    sort_projects, to_query,
};
use bulletin_core::{Bulletin, load};
use common::BUNDLED;

fn bulletin() -> Bulletin {
    load(BUNDLED).expect("valid").bulletin
}

fn ids(b: &Bulletin, indices: &[usize]) -> Vec<String> {
    indices.iter().map(|&i| b.projects[i].id.clone()).collect()
}

fn count(b: &Bulletin, f: &Filter, facet: Facet, value: &str) -> usize {
    let counts = facet_counts(b, f);
    counts
        .options(facet)
        .iter()
        .find(|o| o.value == value)
        .map(|o| o.count)
        .expect("option exists")
}

#[test]
fn values_within_a_facet_are_or_and_facets_are_and() {
    let b = bulletin();
    let mut f = Filter::default();
    assert_eq!(f.matching(&b).len(), 17);
    f.toggle(Facet::Sector, "transport");
    assert_eq!(f.matching(&b).len(), 5);
    f.toggle(Facet::ProblemType, "funding");
    assert_eq!(
        ids(&b, &f.matching(&b)),
        ["qindongmen-street-east-extension"]
    );
    f.toggle(Facet::ProblemType, "policy");
    assert_eq!(f.matching(&b).len(), 2, "funding or policy, in transport");
    f.toggle(Facet::Sector, "education");
    assert_eq!(
        f.matching(&b).len(),
        2 + 2,
        "education adds its two funding projects"
    );
    f.toggle(Facet::Sector, "transport");
    f.toggle(Facet::Sector, "education");
    assert!(
        f.selected(Facet::Sector).next().is_none(),
        "toggling twice clears"
    );
}

#[test]
fn each_facets_counts_apply_the_other_facets_only() {
    let b = bulletin();
    let mut f = Filter::default();
    f.toggle(Facet::Sector, "transport");
    // The sector facet ignores its own choice: every sector keeps its full count.
    assert_eq!(count(&b, &f, Facet::Sector, "education"), 6);
    assert_eq!(count(&b, &f, Facet::Sector, "transport"), 5);
    assert_eq!(
        count(&b, &f, Facet::Sector, "health"),
        0,
        "zero is shown, not hidden"
    );
    // Other facets count within transport.
    assert_eq!(count(&b, &f, Facet::ProblemType, "funding"), 1);
    assert_eq!(count(&b, &f, Facet::ProblemType, "coordination"), 3);
    assert_eq!(count(&b, &f, Facet::ProblemType, "planning"), 0);
    assert_eq!(count(&b, &f, Facet::Unit, "市交通局"), 1);
    assert_eq!(count(&b, &f, Facet::Unit, "-"), 4);
    let counts = facet_counts(&b, &f);
    assert_eq!(counts.matching, f.matching(&b));
    assert!(
        counts
            .options(Facet::Sector)
            .iter()
            .find(|o| o.value == "transport")
            .expect("transport")
            .selected
    );
    let units: Vec<&str> = counts
        .options(Facet::Unit)
        .iter()
        .map(|o| o.label.as_str())
        .collect();
    assert_eq!(units.last(), Some(&"未注明"));
}

#[test]
fn counts_of_a_facet_with_a_choice_still_see_the_other_facets() {
    let b = bulletin();
    let mut f = Filter::default();
    f.toggle(Facet::Sector, "transport");
    f.toggle(Facet::ProblemType, "policy");
    assert_eq!(
        count(&b, &f, Facet::Sector, "transport"),
        1,
        "sectors within policy"
    );
    assert_eq!(count(&b, &f, Facet::Sector, "education"), 0);
    assert_eq!(
        count(&b, &f, Facet::ProblemType, "funding"),
        1,
        "types within transport"
    );
    assert_eq!(count(&b, &f, Facet::Status, "at_risk"), 1);
}

#[test]
fn search_matches_chinese_substrings_in_every_text_field() {
    let b = bulletin();
    let mut f = Filter::default();
    f.set_query("停车");
    assert_eq!(
        ids(&b, &f.matching(&b)),
        ["highway-parking-lots", "parking-spaces-10000"]
    );
    f.set_query("市住建局");
    assert_eq!(
        ids(&b, &f.matching(&b)),
        ["shantytown-renovation"],
        "lead unit"
    );
    f.set_query("赣榆区");
    assert_eq!(
        f.matching(&b).len(),
        3,
        "district, and the issue texts that name it"
    );
    f.set_query("资金 学校");
    assert!(f.matching(&b).iter().all(|&i| {
        let p = &b.projects[i];
        let all = format!("{}{}{}", p.name, p.issue, p.note);
        all.contains("资金") || all.contains("学校")
    }));
    f.set_query(".*");
    assert!(f.matching(&b).is_empty(), "regex characters are plain text");
    f.set_query(&"长".repeat(100_000));
    assert_eq!(f.query().chars().count(), 200, "long text is cut");
    assert!(f.matching(&b).is_empty());
    f.set_query("   ");
    assert!(f.is_empty());
}

#[test]
fn search_and_facets_combine() {
    let b = bulletin();
    let mut f = Filter::default();
    f.set_query("资金");
    f.toggle(Facet::Sector, "ecology");
    assert_eq!(ids(&b, &f.matching(&b)), ["pesticide-packaging-recovery"]);
    let counts = facet_counts(&b, &f);
    assert_eq!(
        counts
            .options(Facet::Sector)
            .iter()
            .find(|o| o.value == "education")
            .expect("e")
            .count,
        3
    );
}

#[test]
fn highlight_marks_the_matches() {
    let pieces = highlight("市交通局牵头的国省道停车场项目", &Query::new("停车 交通"));
    let marked: Vec<&str> = pieces.iter().filter(|(_, m)| *m).map(|(t, _)| *t).collect();
    assert_eq!(marked, ["交通", "停车"]);
}

#[test]
fn sorting_is_stable_and_puts_missing_values_last() {
    let b = bulletin();
    let by = |column, descending| {
        let mut all: Vec<usize> = (0..b.projects.len()).collect();
        sort_projects(
            &b,
            &mut all,
            Some(Sort { column, descending }),
            &|x: &str, y: &str| x.cmp(y),
        );
        ids(&b, &all)
    };
    let status = by(SortColumn::Status, false);
    assert_eq!(
        &status[..4],
        [
            "ganyu-jinshan-middle-school",
            "lingzhou-road-primary-school",
            "shantytown-renovation",
            "groundwater-pollution-zoning"
        ],
        "behind first, in the bulletin's order"
    );
    let sector_desc = by(SortColumn::Sector, true);
    assert_eq!(sector_desc[0], "welfare-centre-elderly-care");
    assert_eq!(
        sector_desc.last().map(String::as_str),
        Some("changxuhu-nine-year-school"),
        "stable within a sector"
    );
    for descending in [false, true] {
        let units = by(SortColumn::LeadUnit, descending);
        let named: Vec<&String> = units.iter().take(4).collect();
        assert!(named.iter().all(|id| {
            b.projects
                .iter()
                .find(|p| &p.id == *id)
                .and_then(|p| p.lead_unit.clone())
                .is_some()
        }));
        assert_eq!(
            units[4], "ganyu-jinshan-middle-school",
            "missing units last, in order"
        );
    }
    let mut none: Vec<usize> = (0..b.projects.len()).collect();
    sort_projects(&b, &mut none, None, &|x: &str, y: &str| x.cmp(y));
    assert_eq!(none, (0..b.projects.len()).collect::<Vec<_>>());
}

#[test]
fn the_view_round_trips_through_the_url() {
    let b = bulletin();
    let mut view = ViewState::default();
    view.filter.toggle(Facet::Sector, "transport");
    view.filter.toggle(Facet::Sector, "education");
    view.filter.toggle(Facet::ProblemType, "funding");
    view.filter.toggle(Facet::Status, "at_risk");
    view.filter.toggle(Facet::Unit, "市交通局");
    view.filter.toggle(Facet::District, "-");
    view.filter.set_query("停车 场&=?");
    view.sort = Some(Sort {
        column: SortColumn::Status,
        descending: true,
    });
    let query = to_query(&view, &[("src", "data/x.json")]);
    assert!(
        query.starts_with("?src=data%2Fx.json&sector=education&sector=transport&problem=funding"),
        "{query}"
    );
    let (back, ignored) = parse_query(&query, &b);
    assert_eq!(back, view);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(to_query(&ViewState::default(), &[]), "");
    // 只读查看 is the page's, not the view's: kept, never reported as unknown.
    let (_, ignored) = parse_query("?bulletin=x&mode=view&sector=education", &b);
    assert!(ignored.is_empty(), "{ignored:?}");
}

#[test]
fn comma_separated_values_and_unknowns_in_the_url() {
    let b = bulletin();
    let (view, ignored) = parse_query(
        "?sector=transport,nowhere&problem=funding&bogus=1&status=late&sort=size&src=x",
        &b,
    );
    assert_eq!(
        view.filter.selected(Facet::Sector).collect::<Vec<_>>(),
        ["transport"]
    );
    assert_eq!(
        view.filter.selected(Facet::ProblemType).collect::<Vec<_>>(),
        ["funding"]
    );
    assert_eq!(view.sort, None);
    assert_eq!(
        ignored,
        [
            "所属领域“nowhere”不存在",
            "参数“bogus”无法识别",
            "状态“late”不存在",
            "排序方式“size”无法识别"
        ]
    );
}

#[test]
fn garbage_urls_open_the_unfiltered_view() {
    let b = bulletin();
    for garbage in [
        "?%ZZ%%=&&==",
        "?sector",
        "?=x",
        "%E4%B8",
        "?q=%00<script>",
        "?sector=%E6%95%99",
    ] {
        let (view, _) = parse_query(garbage, &b);
        assert!(
            view.filter.selected(Facet::Sector).next().is_none(),
            "{garbage}"
        );
    }
}

#[test]
fn csv_opens_in_excel_with_chinese_and_survives_quotes_commas_and_newlines() {
    let mut b = bulletin();
    b.projects[0].note = "已约谈,下周复查\n负责人:\"张三\"".into();
    b.projects[1].name = "=1+1".into();
    let csv = projects_csv(&b, &[0, 1, 16]);
    assert!(csv.starts_with(
        "\u{feff}项目名称,所属领域,牵头单位,县区,状态,问题类型,存在问题,备注,编号\r\n"
    ));
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines.len(), 5, "header, three rows, final empty piece");
    assert!(lines[1].starts_with("金山中学建设项目,教育惠民,,赣榆区,推进滞后,资金到位不及时,"));
    assert!(
        lines[1].ends_with(",\"已约谈,下周复查\n负责人:\"\"张三\"\"\",ganyu-jinshan-middle-school"),
        "{}",
        lines[1]
    );
    assert!(lines[2].starts_with("'=1+1,"));
    assert!(lines[2].ends_with(",xinhai-junior-xincheng-campus"));
    assert!(
        lines[3].contains("市社会福利中心社会化养老服务改造,社会保障,,,存在困难,工作计划性不强,")
    );
}

#[test]
fn an_updated_index_equals_a_fresh_one() {
    use bulletin_core::filter::FacetIndex;
    let before = bulletin_core::load(common::BUNDLED).unwrap().bulletin;
    type Change = Box<dyn Fn(&mut bulletin_core::Bulletin)>;
    let edits: Vec<Change> = vec![
        Box::new(|b| b.projects[3].note = "新的备注 ABC".into()),
        Box::new(|b| b.projects[2].issue = "新的问题".into()),
        Box::new(|b| b.projects[1].lead_unit = Some("新的牵头单位".into())),
        Box::new(|b| b.projects[0].status = bulletin_core::ProjectStatus::Resolved),
        Box::new(|b| b.projects[4].problem_types.clear()),
        Box::new(|b| {
            b.projects.remove(5);
        }),
        Box::new(|b| b.sectors[0].name = "改名的领域".into()),
    ];
    for edit in edits {
        let mut after = before.clone();
        edit(&mut after);
        let mut index = FacetIndex::new(&before);
        index.update(&before, &after);
        assert_eq!(index, FacetIndex::new(&after));
    }
}

/// The bundled bulletin with these lead units on its first projects.
fn with_units(units: &[&str]) -> Bulletin {
    let mut b = bulletin();
    for (p, unit) in b.projects.iter_mut().zip(units) {
        p.lead_unit = Some((*unit).to_owned());
    }
    b
}

#[test]
fn a_unit_or_district_with_a_comma_in_its_name_round_trips_through_the_url() {
    let mut b = with_units(&["市住建局,市城管局"]);
    b.projects[1].district = None;
    b.projects[1].districts = Some(vec!["海州区,连云区".into(), "赣榆区".into()]);
    let mut view = ViewState::default();
    view.filter.toggle(Facet::Unit, "市住建局,市城管局");
    view.filter.toggle(Facet::District, "海州区,连云区");
    let query = to_query(&view, &[]);
    let (back, ignored) = parse_query(&query, &b);
    assert_eq!(back, view, "{query}");
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(ids(&b, &back.filter.matching(&b)), ids(&b, &[]));
    let mut unit_only = ViewState::default();
    unit_only.filter.toggle(Facet::Unit, "市住建局,市城管局");
    let (back, _) = parse_query(&to_query(&unit_only, &[]), &b);
    assert_eq!(ids(&b, &back.filter.matching(&b)), ids(&b, &[0]));
}

#[test]
fn a_link_to_a_name_with_a_comma_selects_that_name_not_its_parts() {
    let b = with_units(&["A", "B", "A,B"]);
    let mut view = ViewState::default();
    view.filter.toggle(Facet::Unit, "A,B");
    let (back, ignored) = parse_query(&to_query(&view, &[]), &b);
    assert_eq!(
        back.filter.selected(Facet::Unit).collect::<Vec<_>>(),
        ["A,B"]
    );
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(ids(&b, &back.filter.matching(&b)), ids(&b, &[2]));
    // Written by hand, a comma still lists several names, as the README says.
    let (listed, _) = parse_query("?unit=A,%20B", &b);
    assert_eq!(
        listed.filter.selected(Facet::Unit).collect::<Vec<_>>(),
        ["A", "B"]
    );
    let (several, _) = parse_query("?unit=A&unit=A,B", &b);
    assert_eq!(
        several.filter.selected(Facet::Unit).collect::<Vec<_>>(),
        ["A", "A,B"]
    );
}

#[test]
fn the_filter_in_words_names_each_facet_and_the_search() {
    let b = bulletin();
    assert_eq!(
        facet_counts(&b, &Filter::default()).chosen_in_words(""),
        None
    );
    let mut f = Filter::default();
    f.toggle(Facet::Sector, "transport");
    f.toggle(Facet::Sector, "education");
    f.toggle(Facet::Status, "at_risk");
    let words = facet_counts(&b, &f).chosen_in_words(" 停车 ").unwrap();
    assert!(words.starts_with("所属领域："), "{words}");
    assert!(
        words.contains("交通出行") && words.contains("教育惠民"),
        "{words}"
    );
    assert!(words.contains("；状态：存在困难"), "{words}");
    assert!(words.ends_with("；搜索：“停车”"), "{words}");
    assert!(
        !words.contains("transport") && !words.contains("at_risk"),
        "{words}"
    );
}
