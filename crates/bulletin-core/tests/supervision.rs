//! Supervision over time: warnings against deadlines, the next bulletin of a series, and a
//! follow-up added from the ledger.

mod common;

use bulletin_core::edit::Workbench;
use bulletin_core::form::follow_ups::{Entry, add_step};
use bulletin_core::supervision::{
    Day, Judge, JudgedBy, Warning, next_bulletin, next_id, next_period,
};
use bulletin_core::{Bulletin, Period, ProjectStatus, load};
use common::bundled_value;

fn bundled() -> Bulletin {
    load(&bundled_value().to_string()).expect("valid").bulletin
}

fn period(label: &str, start: &str, end: &str) -> Period {
    Period {
        year: start[..4].parse().unwrap(),
        label: label.into(),
        start: start.into(),
        end: end.into(),
        extra: Default::default(),
    }
}

#[test]
fn warnings_are_judged_on_the_period_end_or_today() {
    let mut b = bundled();
    b.period.end = "2023-06-30".into();
    let at_end = Judge::of(&b, false, "2026-12-01").unwrap();
    assert_eq!(at_end.by, JudgedBy::PeriodEnd);
    assert_eq!(at_end.on.iso(), "2023-06-30");
    let today = Judge::of(&b, true, "2026-12-01").unwrap();
    assert_eq!(
        (today.by, today.on.iso().as_str()),
        (JudgedBy::Today, "2026-12-01")
    );
    assert!(today.describe().contains("按今天（2026-12-01）"));
    assert!(at_end.describe().contains("按通报期末（2023-06-30）"));

    let mut p = b.projects[0].clone();
    p.status = ProjectStatus::Behind;
    assert_eq!(at_end.warning(&p), Warning::NoDeadline);
    let cases = [
        ("2023-06-29", Warning::Overdue),
        ("2023-06-30", Warning::DueSoon),
        ("2023-07-03", Warning::DueSoon),
        ("2023-07-04", Warning::Pending),
    ];
    for (deadline, expected) in cases {
        p.deadline = Some(deadline.into());
        assert_eq!(at_end.warning(&p), expected, "deadline {deadline}");
    }
    // Judged today, a deadline months after the period end has passed.
    assert_eq!(today.warning(&p), Warning::Overdue);
    // The bulletin sets its own warning days.
    b.due_soon_days = Some(7);
    let week = Judge::of(&b, false, "2026-12-01").unwrap();
    assert_eq!(week.warning(&p), Warning::DueSoon);
    p.deadline = Some("2023-07-08".into());
    assert_eq!(week.warning(&p), Warning::Pending);

    // Resolved after the period end: at its end it was still open, today it is resolved.
    p.deadline = Some("2023-06-01".into());
    p.resolved_on = Some("2023-08-15".into());
    assert_eq!(at_end.warning(&p), Warning::Overdue);
    assert_eq!(today.warning(&p), Warning::Resolved);
    p.resolved_on = Some("2023-06-30".into());
    assert_eq!(at_end.warning(&p), Warning::Resolved);
    p.resolved_on = None;
    p.status = ProjectStatus::Resolved;
    assert_eq!(at_end.warning(&p), Warning::Resolved);
    assert!(Judge::of(&b, true, "today").is_none());
}

#[test]
fn the_next_period_follows_the_series() {
    let cases = [
        (
            period("上半年", "2023-01-01", "2023-06-30"),
            Some(50.0),
            ("前三季度", "2023-01-01", "2023-09-30", Some(75.0)),
        ),
        (
            period("1至7月", "2021-01-01", "2021-07-31"),
            Some(58.3),
            ("1至8月", "2021-01-01", "2021-08-31", Some(66.7)),
        ),
        (
            period("1-11月份", "2021-01-01", "2021-11-30"),
            None,
            ("1-12月份", "2021-01-01", "2021-12-31", None),
        ),
        (
            period("全年", "2023-01-01", "2023-12-31"),
            Some(100.0),
            ("1月", "2024-01-01", "2024-01-31", Some(8.3)),
        ),
        (
            period("三季度", "2013-01-01", "2013-09-30"),
            Some(75.0),
            ("全年", "2013-01-01", "2013-12-31", Some(100.0)),
        ),
        (
            period("1—10月", "2022-01-01", "2022-10-31"),
            Some(83.3),
            ("1—11月", "2022-01-01", "2022-11-30", Some(91.7)),
        ),
        (
            period("10月", "2023-10-01", "2023-10-31"),
            Some(83.3),
            ("11月", "2023-11-01", "2023-11-30", None),
        ),
        (
            period("四季度", "2023-10-01", "2023-12-31"),
            None,
            ("1至3月", "2024-01-01", "2024-03-31", None),
        ),
        (
            period("第一期", "2023-01-05", "2023-01-18"),
            None,
            ("2023-01-19至2023-02-01", "2023-01-19", "2023-02-01", None),
        ),
    ];
    for (before, target, (label, start, end, pct)) in cases {
        let next = next_period(&before, target).expect("a period follows");
        assert_eq!(
            (
                next.period.label.as_str(),
                next.period.start.as_str(),
                next.period.end.as_str(),
                next.schedule_target_pct
            ),
            (label, start, end, pct),
            "after {}",
            before.label
        );
        assert_eq!(next.period.year.to_string(), end[..4]);
    }
    assert!(next_period(&period("x", "2023-01-01", "2023-02-30"), None).is_none());
}

#[test]
fn the_next_bulletin_carries_every_unresolved_project_over() {
    let mut b = bundled();
    assert_eq!(b.series, None);
    b.projects[0].owner = Some("王某".into());
    b.projects[0].deadline = Some("2023-09-30".into());
    b.projects[0].follow_ups = Some(vec![
        serde_json::from_value(serde_json::json!(
            {"date": "2023-07-10", "text": "电话督办", "by": "督查室"}
        ))
        .unwrap(),
    ]);
    b.projects[1].status = ProjectStatus::Resolved;
    b.projects[2].resolved_on = Some("2023-06-20".into());
    b.projects[3].figures = Some(bulletin_core::ProjectFigures {
        planned_investment: Some(2.6),
        completed_investment: Some(1.0),
        plan_pct: Some(38.5),
        progress_pct: Some(40.0),
        extra: Default::default(),
    });
    let next = next_period(&b.period, b.schedule_target_pct).unwrap();
    let id = next_id("lianyungang-2023-h1", &next.period, |id| {
        id == "lianyungang-2023-h1-2023-09"
    });
    assert_eq!(id, "lianyungang-2023-h1-2023-09-2");
    let made = next_bulletin(&b, &id, next);
    let n = &made.bulletin;
    assert_eq!(made.series, "lianyungang-2023-h1");
    assert_eq!(n.series.as_deref(), Some("lianyungang-2023-h1"));
    assert_eq!((made.carried, made.left_out), (15, 2));
    assert_eq!(n.id, id);
    assert_eq!(n.title, "民生实事项目前三季度进展情况督查通报");
    assert_eq!(
        (n.period.label.as_str(), n.period.end.as_str()),
        ("前三季度", "2023-09-30")
    );
    assert_eq!(n.schedule_target_pct, Some(75.0));
    let kept: Vec<&str> = n.projects.iter().map(|p| p.id.as_str()).collect();
    assert!(!kept.contains(&b.projects[1].id.as_str()));
    assert!(!kept.contains(&b.projects[2].id.as_str()));
    assert_eq!(kept.len(), b.projects.len() - 2);
    let first = &n.projects[0];
    assert_eq!(first.owner.as_deref(), Some("王某"));
    assert_eq!(first.deadline.as_deref(), Some("2023-09-30"));
    assert_eq!(first.follow_ups.as_ref().map(Vec::len), Some(1));
    assert_eq!(first.status, b.projects[0].status);
    // The figures of the new period are to fill: 未报告, the annual plan kept.
    let fig = n
        .projects
        .iter()
        .find(|p| p.id == b.projects[3].id)
        .unwrap()
        .figures
        .as_ref()
        .unwrap();
    assert_eq!(
        (
            fig.planned_investment,
            fig.completed_investment,
            fig.plan_pct,
            fig.progress_pct
        ),
        (Some(2.6), None, None, None)
    );
    assert_eq!(n.summary.completed_investment, None);
    assert_eq!(n.summary.items_on_schedule, None);
    assert_eq!(n.summary.annual_investment, b.summary.annual_investment);
    assert!(
        n.sectors
            .iter()
            .all(|s| s.plan_pct.is_none() && s.completed_investment.is_none())
    );
    assert_eq!(n.sectors.len(), b.sectors.len());
    assert_eq!(n.source, None);
    // It is a valid bulletin.
    let text = n.to_json_pretty();
    assert!(load(&text).is_ok(), "{:?}", load(&text).err());

    // A bulletin already in a series keeps it; into the next year, the annual plan is to fill.
    b.series = Some("lyg".into());
    b.period = period("全年", "2023-01-01", "2023-12-31");
    let next = next_period(&b.period, b.schedule_target_pct).unwrap();
    assert_eq!(next_id("lyg", &next.period, |_| false), "lyg-2024-01");
    let made = next_bulletin(&b, "lyg-2024-01", next);
    assert_eq!(made.series, "lyg");
    assert_eq!(made.bulletin.summary.annual_investment, None);
    assert_eq!(made.bulletin.period.year, 2024);
}

#[test]
fn a_follow_up_is_one_step_from_the_ledger() {
    let mut w = Workbench::new(&bundled());
    let b = w.bulletin().clone();
    let id = b.projects[4].id.clone();
    let mut entry = Entry::on("2026-12-01");
    entry.text = "电话催办，要求本周报送进度".into();
    entry.by = "督查室".into();
    let step =
        add_step(&b, w.current(), &id, entry.clone(), "2026-12-01T09:00:00Z").expect("a step");
    assert_eq!(step.label, format!("添加督办记录“{}”", b.projects[4].name));
    w.apply(step).expect("applies");
    let ups = w.bulletin().projects[4].follow_ups.clone().expect("added");
    assert_eq!(ups.len(), 1);
    assert_eq!(
        (
            ups[0].date.as_str(),
            ups[0].text.as_str(),
            ups[0].by.as_deref()
        ),
        ("2026-12-01", "电话催办，要求本周报送进度", Some("督查室"))
    );
    // Another one is added after it, and every other field stays as it was.
    let mut second = Entry::on("2026-12-05");
    second.text = "现场督查".into();
    let b2 = w.bulletin().clone();
    w.apply(add_step(&b2, w.current(), &id, second, "t").unwrap())
        .unwrap();
    let p = &w.bulletin().projects[4];
    assert_eq!(p.follow_ups.as_ref().map(Vec::len), Some(2));
    assert_eq!(p.follow_ups.as_ref().unwrap()[1].by, None);
    assert_eq!(p.note, b.projects[4].note);
    assert_eq!(p.issue, b.projects[4].issue);
    // A blank one is refused at its row; a project gone is said.
    let blank = add_step(&b2, w.current(), &id, Entry::on("2026-12-06"), "t");
    assert_eq!(
        blank.err().as_deref(),
        Some("第 3 条督办记录：请填写督办内容")
    );
    assert!(add_step(&b2, w.current(), "gone", entry, "t").is_err());
    assert_eq!(Day::parse("2026-12-01").unwrap().iso(), "2026-12-01");
}

/// The bundled bulletin with deadlines: project 0 overdue at its period end, 1 due in two
/// days, 2 due in a month, 3 resolved, the rest without a deadline.
fn supervised() -> Bulletin {
    let mut b = bundled();
    b.projects[0].deadline = Some("2023-06-15".into());
    b.projects[1].deadline = Some("2023-07-02".into());
    b.projects[2].deadline = Some("2023-07-30".into());
    b.projects[3].deadline = Some("2023-06-01".into());
    b.projects[3].resolved_on = Some("2023-05-20".into());
    b
}

#[test]
fn overdue_projects_filter_by_facet_and_by_link() {
    use bulletin_core::filter::{Facet, FacetIndex, parse_query, to_query};
    let b = supervised();
    let (view, ignored) = parse_query("?overdue=1", &b);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert!(view.filter.is_selected(Facet::Warning, "overdue"));
    let at_end = FacetIndex::new(&b).counts(&b, &view.filter);
    assert_eq!(at_end.matching, vec![0]);
    let options: Vec<(String, usize)> = at_end
        .options(Facet::Warning)
        .iter()
        .map(|o| (o.label.clone(), o.count))
        .collect();
    assert_eq!(
        options,
        [
            ("已逾期".to_owned(), 1),
            ("临近时限".to_owned(), 1),
            ("未到时限".to_owned(), 1),
            ("未定时限".to_owned(), 13),
            ("已解决".to_owned(), 1)
        ]
    );
    // Judged today, every open deadline of 2023 has passed.
    let today = Judge::of(&b, true, "2026-12-01");
    let live = FacetIndex::judged(&b, today).counts(&b, &view.filter);
    assert_eq!(live.matching, vec![0, 1, 2]);
    assert_eq!(view.filter.matching(&b), at_end.matching);
    // The link is written back the same way; anything but 1 is said to be ignored.
    assert_eq!(to_query(&view, &[]), "?overdue=1");
    let (view, ignored) = parse_query("?overdue=yes", &b);
    assert!(!view.filter.is_selected(Facet::Warning, "overdue"));
    assert_eq!(ignored, ["参数“overdue”只能是 1"]);
    let (both, _) = parse_query("?warning=overdue&warning=due_soon", &b);
    assert_eq!(
        FacetIndex::new(&b).counts(&b, &both.filter).matching,
        vec![0, 1]
    );
    // A bulletin no one has set a deadline in offers no warning choices.
    let plain = bundled();
    assert!(
        FacetIndex::new(&plain)
            .counts(&plain, &Default::default())
            .options(Facet::Warning)
            .is_empty()
    );
}

#[test]
fn chosen_projects_narrow_the_ledger_with_every_other_filter() {
    use bulletin_core::filter::{Chosen, Facet, FacetIndex, Filter};
    let b = supervised();
    let mut f = Filter::default();
    let ids = [&b.projects[2].id, &b.projects[5].id, &b.projects[9].id];
    f.set_only(Some(Chosen {
        label: "新增滞后".into(),
        ids: ids.iter().map(|s| s.to_string()).collect(),
    }));
    assert!(!f.is_empty());
    let counts = FacetIndex::new(&b).counts(&b, &f);
    assert_eq!(counts.matching, vec![2, 5, 9]);
    assert_eq!(f.matching(&b), counts.matching);
    f.select(Facet::Status, b.projects[5].status.id());
    let narrowed = FacetIndex::new(&b).counts(&b, &f).matching;
    assert!(narrowed.contains(&5) && narrowed.iter().all(|i| [2, 5, 9].contains(i)));
    f.set_only(None);
    assert!(FacetIndex::new(&b).counts(&b, &f).matching.len() > 3);
}

#[test]
fn the_ledger_sorts_by_deadline_with_none_last() {
    use bulletin_core::filter::{Sort, SortColumn, sort_projects};
    let b = supervised();
    let mut rows: Vec<usize> = (0..6).collect();
    let up = Sort {
        column: SortColumn::Deadline,
        descending: false,
    };
    sort_projects(&b, &mut rows, Some(up), &|a, b| a.cmp(b));
    assert_eq!(rows, [3, 0, 1, 2, 4, 5]);
    sort_projects(
        &b,
        &mut rows,
        Some(Sort {
            descending: true,
            ..up
        }),
        &|a, b| a.cmp(b),
    );
    assert_eq!(rows, [2, 1, 0, 3, 4, 5]);
    assert_eq!(SortColumn::Deadline.label(), "整改时限");
}

#[test]
fn a_series_is_ordered_by_period_end_among_the_kept_bulletins() {
    use bulletin_core::library::{Entry, Origin};
    use bulletin_core::supervision::series::{Place, before, is_newest, previous};
    let entry = |id: &str, series: Option<&str>, end: Option<&str>| Entry {
        id: id.into(),
        title: id.into(),
        period: String::new(),
        origin: Origin::Imported,
        saved_at: None,
        stored_chars: 0,
        series: series.map(Into::into),
        region: Some("六安市".into()),
        period_end: end.map(Into::into),
    };
    let mut kept = vec![
        entry("aug", Some("la"), Some("2021-08-31")),
        entry("jul", Some("la"), Some("2021-07-31")),
        entry("other", Some("xx"), Some("2021-08-15")),
        entry("sep", Some("la"), Some("2021-09-30")),
        entry("old-head", Some("la"), None),
        entry("none", None, Some("2021-08-20")),
    ];
    let at = |id, series, end| Place {
        id,
        series,
        region: "六安市",
        end,
    };
    let sep = at("sep", Some("la"), "2021-09-30");
    assert_eq!(previous(&kept, sep).map(|e| e.id.as_str()), Some("aug"));
    let ids: Vec<&str> = before(&kept, sep).iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["jul", "aug"]);
    assert!(is_newest(&kept, sep));
    let aug = at("aug", Some("la"), "2021-08-31");
    assert_eq!(previous(&kept, aug).map(|e| e.id.as_str()), Some("jul"));
    assert!(!is_newest(&kept, aug));
    let jul = at("jul", Some("la"), "2021-07-31");
    assert_eq!(previous(&kept, jul), None);
    // A bulletin in no series has no previous one and is the newest of itself…
    let alone = at("none", None, "2021-08-20");
    assert_eq!(previous(&kept, alone), None);
    assert!(is_newest(&kept, alone));
    // …until another of its region that names no series either is kept: then they follow
    // each other, whatever the named series of that region hold.
    kept.push(entry("none-sep", None, Some("2021-09-30")));
    let mut elsewhere = entry("none-far", None, Some("2021-07-31"));
    elsewhere.region = Some("盐城市".into());
    kept.push(elsewhere);
    assert!(!is_newest(&kept, alone));
    let later = at("none-sep", None, "2021-09-30");
    assert_eq!(previous(&kept, later).map(|e| e.id.as_str()), Some("none"));
    assert_eq!(
        previous(
            &kept,
            Place {
                region: " ",
                ..later
            }
        ),
        None,
        "a blank region is no series"
    );
}

#[test]
fn the_latest_follow_up_is_the_last_written_on_the_latest_day() {
    let mut p = bundled().projects[0].clone();
    assert!(p.latest_follow_up().is_none());
    let up = |date: &str, text: &str| bulletin_core::FollowUp {
        date: date.into(),
        text: text.into(),
        by: None,
        extra: Default::default(),
    };
    p.follow_ups = Some(vec![
        up("2023-07-20", "现场督查"),
        up("2023-07-10", "电话督办"),
        up("2023-07-20", "约谈牵头单位"),
        up("2023-07-01", "交办"),
    ]);
    assert_eq!(
        p.latest_follow_up().map(|f| f.text.as_str()),
        Some("约谈牵头单位")
    );
}

/// Saves `typed` into record `what` through its editor's rules; the refusal by field.
fn save_fields(
    w: &mut Workbench,
    what: &bulletin_core::edit::RecordRef,
    typed: &[(&'static str, &str)],
) -> Result<(), std::collections::HashMap<String, String>> {
    let r = bulletin_core::form::Record::open(w.bulletin(), w.current(), what).expect("there");
    let mut form = common::opened(&r);
    for (k, v) in typed {
        assert!(form.contains_key(k), "no field {k}");
        form.insert(*k, (*v).to_owned());
    }
    let Some(step) = r.save_step(&form, w.current(), "t")? else {
        return Ok(());
    };
    let before = w.current().clone();
    w.apply(step)
        .map(drop)
        .map_err(|found| bulletin_core::form::by_field(&r, &before, &found))
}

#[test]
fn supervision_fields_are_refused_at_their_field_and_kept_when_right() {
    use bulletin_core::edit::RecordRef;
    let mut w = Workbench::new(&bundled());
    let refused = save_fields(
        &mut w,
        &RecordRef::Bulletin,
        &[("series", "Lianyungang 2023")],
    )
    .unwrap_err();
    assert!(
        refused
            .get("series")
            .is_some_and(|m| m.contains("编号只能由小写字母")),
        "{refused:?}"
    );
    let refused =
        save_fields(&mut w, &RecordRef::Bulletin, &[("due_soon_days", "400")]).unwrap_err();
    assert!(
        refused
            .get("due_soon_days")
            .is_some_and(|m| m.contains("最多 366 天")),
        "{refused:?}"
    );
    save_fields(
        &mut w,
        &RecordRef::Bulletin,
        &[("series", "lyg-2023"), ("due_soon_days", "7")],
    )
    .unwrap();
    assert_eq!(
        (w.bulletin().series.as_deref(), w.bulletin().due_soon_days),
        (Some("lyg-2023"), Some(7))
    );

    let p = RecordRef::Project(w.bulletin().projects[2].id.clone());
    let refused = save_fields(&mut w, &p, &[("deadline", "2023-02-30")]).unwrap_err();
    assert!(refused.contains_key("deadline"), "{refused:?}");
    let rows = r#"[{"date":"2023-07-10","text":"电话督办"},{"date":"2023-07-12","text":""}]"#;
    let refused = save_fields(&mut w, &p, &[("follow_ups", rows)]).unwrap_err();
    assert_eq!(
        refused.get("follow_ups").map(String::as_str),
        Some("第 2 条督办记录：请填写督办内容")
    );
    save_fields(
        &mut w,
        &p,
        &[
            ("owner", " 李某 "),
            ("deadline", "2023-08-31"),
            ("resolved_on", "2023-08-20"),
        ],
    )
    .unwrap();
    let saved = &w.bulletin().projects[2];
    assert_eq!(saved.owner.as_deref(), Some("李某"));
    assert_eq!(saved.deadline.as_deref(), Some("2023-08-31"));
    assert_eq!(saved.resolved_on.as_deref(), Some("2023-08-20"));
    // Cleared, they are gone again (null, as the format has it), and the change list names them.
    save_fields(&mut w, &p, &[("owner", ""), ("resolved_on", "")]).unwrap();
    assert_eq!(w.bulletin().projects[2].owner, None);
    let labels: Vec<String> = w.changes().iter().map(|c| c.label.clone()).collect();
    assert!(labels.iter().any(|l| l.contains("整改时限")), "{labels:?}");
}
