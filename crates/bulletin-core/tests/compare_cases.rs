//! Two bulletins compared: the real 六安市 notices of 1至8月 and 1至9月 2021 and of 1至7月
//! 2017 (its tied ranks), projects and sectors paired in odd cases, and 20,000 projects.

use bulletin_core::supervision::{Listed, compare};
use bulletin_core::{Bulletin, load};

const BUNDLED: &str = include_str!("../../../public/data/lianyungang-2023-h1.json");

fn bundled() -> Bulletin {
    load(BUNDLED).expect("bundled").bulletin
}

fn ids(list: &[Listed]) -> Vec<&str> {
    list.iter().map(|l| l.id.as_str()).collect()
}

fn fixture(name: &str) -> Bulletin {
    let path = format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture");
    load(&text)
        .unwrap_or_else(|f| panic!("{name}: {:#?}", f.errors))
        .bulletin
}

#[test]
fn luan_from_august_to_september_2021() {
    let (aug, sept) = (fixture("luan-2021-08.json"), fixture("luan-2021-09.json"));
    assert_eq!(aug.series, sept.series);
    let c = compare(&aug, &sept, &[]);
    let moves: Vec<(&str, Option<i64>)> = c
        .ranks
        .as_ref()
        .expect("both rank the districts")
        .iter()
        .map(|r| (r.district.as_str(), r.moved))
        .collect();
    assert_eq!(
        moves,
        [
            ("金寨县", Some(0)),
            ("裕安区", Some(1)),  // 3 → 2, 上升 1
            ("霍山县", Some(1)),  // 4 → 3
            ("金安区", Some(-2)), // 2 → 4, 下降 2
            ("霍邱县", Some(0)),
            ("舒城县", Some(0)),
            ("叶集区", Some(0)),
        ]
    );
    let ranks = c.ranks.as_ref().expect("ranks");
    assert_eq!(
        ranks[3].project_ids,
        ["shantytown-and-old-housing", "rural-roads"],
        "金安区 is named in two items"
    );
    assert_eq!(
        ranks[6].project_ids,
        [
            "skills-training",
            "shantytown-and-old-housing",
            "straw-utilisation"
        ]
    );
    // The two notices name different items: all of September's are new, August's gone.
    let all = [
        "skills-training",
        "elderly-care",
        "shantytown-and-old-housing",
        "rural-roads",
        "straw-utilisation",
    ];
    assert_eq!(ids(&c.added), all);
    assert_eq!(ids(&c.newly_behind), all);
    assert_eq!(
        ids(&c.removed),
        [
            "preschool-education",
            "teacher-training",
            "community-clinics"
        ]
    );
    assert!(c.recovered.is_empty() && c.still_behind.is_empty() && c.transitions.is_empty());
    assert!(c.sectors.is_empty());
    assert_eq!(c.status_counts, None, "neither counts items by class");
}

#[test]
fn luan_2017_keeps_its_tied_third_places_and_no_fourth() {
    let b = fixture("luan-2017-07.json");
    let c = compare(&b, &b, &[]);
    let after: Vec<(&str, Option<u64>)> = c
        .ranks
        .as_ref()
        .expect("ranks")
        .iter()
        .map(|r| (r.district.as_str(), r.after))
        .collect();
    assert_eq!(
        after,
        [
            ("金寨县", Some(1)),
            ("霍邱县", Some(2)),
            ("金安区", Some(3)),
            ("裕安区", Some(3)),
            ("叶集区", Some(5)),
            ("开发区", Some(6)),
            ("霍山县", Some(7)),
            ("舒城县", Some(8)),
        ]
    );
}

#[test]
fn twenty_thousand_projects_a_side_compare_in_linear_time() {
    let base = bundled();
    let earlier = bulletin_core::synthetic::with_projects(&base, 20_000, 3);
    let before = bulletin_core::synthetic::with_projects(&base, 20_000, 1);
    let mut after = bulletin_core::synthetic::with_projects(&base, 20_000, 2);
    // Half the ids changed, so that names are matched too (many are shared).
    for p in after.projects.iter_mut().step_by(2) {
        p.id = format!("q-{}", p.id);
    }
    let started = std::time::Instant::now();
    let c = compare(&before, &after, &[&earlier]);
    let took = started.elapsed();
    assert_eq!(
        c.transitions.iter().map(|t| t.ids.len()).sum::<usize>() + c.added.len(),
        20_000
    );
    assert!(!c.still_behind.is_empty() && !c.removed.is_empty());
    // Quadratic matching would take minutes; a generous bound for an unoptimised build.
    eprintln!("compare: 20,000 projects a side in {took:?}");
    assert!(took.as_secs_f64() < 2.0, "took {took:?}");
}

#[test]
fn a_bulletin_compared_with_itself_has_nothing_to_list() {
    let b = bundled();
    let c = compare(&b, &b, &[]);
    assert!(c.newly_behind.is_empty() && c.recovered.is_empty());
    assert!(c.added.is_empty() && c.removed.is_empty());
    assert_eq!(
        ids(&c.still_behind),
        [
            "ganyu-jinshan-middle-school",
            "lingzhou-road-primary-school",
            "shantytown-renovation",
            "groundwater-pollution-zoning"
        ]
    );
    assert!(c.transitions.iter().all(|t| t.from == t.to));
    assert_eq!(c.transitions.iter().map(|t| t.ids.len()).sum::<usize>(), 17);
    assert_eq!(c.ranks, None, "the bulletin ranks no districts");
    assert!(
        c.sectors
            .iter()
            .all(|s| s.plan_pct.delta == s.plan_pct.before.map(|_| 0.0))
    );
    let counts = c.status_counts.expect("48 of 50 on schedule");
    assert!(counts.iter().all(|r| r.delta == Some(0)));
}

#[test]
fn an_id_written_twice_is_paired_once() {
    // Validation refuses such a file, but a bulletin built in code may have one.
    let b = bundled();
    let mut twice = b.clone();
    let mut copy = twice.projects[0].clone();
    copy.name = "另一个项目".into();
    twice.projects.push(copy);
    let c = compare(&b, &twice, &[]);
    assert_eq!(ids(&c.added), ["ganyu-jinshan-middle-school"]);
    assert_eq!(c.added[0].name, "另一个项目");
    assert!(c.removed.is_empty());
    // Blank names say nothing of which project is which.
    let (mut before, mut after) = (b.clone(), b);
    before.projects[0].name = " ".into();
    after.projects[0].name = String::new();
    after.projects[0].id = "renamed".into();
    let c = compare(&before, &after, &[]);
    assert_eq!(
        (ids(&c.added), ids(&c.removed)),
        (vec!["renamed"], vec!["ganyu-jinshan-middle-school"])
    );
}

#[test]
fn a_sector_pairs_by_name_once_the_ids_have_paired() {
    let (mut before, mut after) = (bundled(), bundled());
    // 教育惠民 twice on each side: the second pairs with the second.
    before.sectors.truncate(2);
    before.sectors[1].name = before.sectors[0].name.clone();
    after.sectors.truncate(2);
    after.sectors[1].name = after.sectors[0].name.clone();
    after.sectors[1].id = "education-2".into();
    let c = compare(&before, &after, &[]);
    let rows: Vec<(&str, bool, bool)> = c
        .sectors
        .iter()
        .map(|s| (s.id.as_str(), s.in_before, s.in_after))
        .collect();
    assert_eq!(
        rows,
        [("education", true, true), ("education-2", true, true)]
    );
    assert_eq!(
        c.sectors[1].plan_pct.before,
        Some(42.0),
        "卫生健康's figure"
    );
}
