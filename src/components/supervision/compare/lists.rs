//! The project lists of a comparison — 新增滞后, 已恢复/已解决, 连续滞后, 新增项目, 已移出 —
//! and the matrix of status transitions.

use std::sync::Arc;

use bulletin_core::ProjectStatus;
use bulletin_core::filter::ViewState;
use bulletin_core::supervision::{Comparison, Listed};
use leptos::prelude::*;

use super::show_in_ledger;
use crate::i18n::{Say, lang, supervision as w};

/// Projects listed by name in each list; the rest are counted, and shown by the ledger.
const LISTED: usize = 200;

/// Each list's key in `data-list`, heading and its projects.
fn lists(c: &Comparison) -> [(&'static str, &'static str, &[Listed]); 5] {
    [
        ("newly-behind", w::NEWLY_BEHIND.say(), &c.newly_behind),
        ("recovered", w::RECOVERED.say(), &c.recovered),
        ("still-behind", w::STILL_BEHIND.say(), &c.still_behind),
        ("added", w::ADDED.say(), &c.added),
        ("removed", w::REMOVED.say(), &c.removed),
    ]
}

#[component]
pub fn Lists(c: Arc<Comparison>, view: RwSignal<ViewState>) -> impl IntoView {
    let groups = lists(&c)
        .into_iter()
        .map(|(key, heading, items)| {
            let ids: Vec<String> = items.iter().map(|l| l.id.clone()).collect();
            let n = ids.len();
            // A removed project is not in this bulletin's ledger: its list is all there is.
            let count = if key == "removed" {
                view! { <span class="count">{w::listed(n)}</span> }.into_any()
            } else {
                let ids = StoredValue::new(ids);
                view! {
                    <button type="button" class="link count" disabled=n == 0
                        aria-label=w::show_listed(heading, n)
                        on:click=move |_| ids.with_value(|ids| show_in_ledger(view, heading.to_owned(), ids))>
                        {w::listed(n)}
                    </button>
                }
                .into_any()
            };
            let shown = items
                .iter()
                .take(LISTED)
                .map(|l| {
                    let matched = l.by_name.then(|| view! { <small class="by-name">{w::BY_NAME.say()}</small> });
                    let periods = l
                        .periods_behind
                        .map(|n| view! { <span class="badge status-behind">{w::periods_behind(n)}</span> });
                    view! {
                        <li data-testid="project-row" data-project-id=l.id.clone()>
                            {l.name.clone()}{matched}" "{periods}
                        </li>
                    }
                })
                .collect_view();
            let more = (n > LISTED).then(|| view! { <p class="section-note">{w::not_listed(n - LISTED)}</p> });
            view! {
                <section class="compare-list" data-testid="compare-list" data-list=key>
                    <h3>{heading}" "{count}</h3>
                    {(n == 0).then(|| view! { <p class="empty">{w::NONE.say()}</p> })}
                    <ul>{shown}</ul>
                    {more}
                </section>
            }
        })
        .collect_view();
    view! { <div class="compare-lists">{groups}</div> }
}

/// The statuses, before (rows) and after (columns), of the projects both bulletins list.
#[component]
pub fn Transitions(c: Arc<Comparison>, view: RwSignal<ViewState>) -> impl IntoView {
    let (from, to): (Vec<ProjectStatus>, Vec<ProjectStatus>) = {
        let present = |pick: fn(&bulletin_core::supervision::Transition) -> ProjectStatus| {
            ProjectStatus::ALL
                .into_iter()
                .filter(|s| c.transitions.iter().any(|t| pick(t) == *s))
                .collect::<Vec<_>>()
        };
        (present(|t| t.from), present(|t| t.to))
    };
    if c.transitions.is_empty() {
        return view! { <p class="section-note">{w::NO_COMMON.say()}</p> }.into_any();
    }
    let head = to
        .iter()
        .map(|s| view! { <th scope="col">{s.label_in(lang())}</th> })
        .collect_view();
    let rows = from
        .iter()
        .map(|&f| {
            let cells = to
                .iter()
                .map(|&t| {
                    let ids = c
                        .transitions
                        .iter()
                        .find(|x| x.from == f && x.to == t)
                        .map(|x| x.ids.clone())
                        .unwrap_or_default();
                    let n = ids.len();
                    let label = format!("{} → {}", f.label_in(lang()), t.label_in(lang()));
                    let ids = StoredValue::new(ids);
                    view! {
                        <td class="num" data-from=f.id() data-to=t.id() data-count=n.to_string()>
                            {if n == 0 {
                                "0".into_any()
                            } else {
                                view! {
                                    <button type="button" class="link"
                                        aria-label=w::show_moved(&label, n)
                                        on:click=move |_| ids.with_value(|ids| show_in_ledger(view, label.clone(), ids))>
                                        {n}
                                    </button>
                                }
                                .into_any()
                            }}
                        </td>
                    }
                })
                .collect_view();
            view! { <tr><th scope="row">{f.label_in(lang())}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="compare-matrix" data-testid="compare-matrix">
                <caption>{w::TRANSITIONS.say()}</caption>
                <thead><tr><th scope="col">{w::BEFORE_AFTER.say()}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
