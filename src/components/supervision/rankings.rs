//! 红黑榜: per lead unit and per district, how many projects have problems, lag, or are
//! overdue — outcomes only, never activity — sortable, each row a filter of the ledger.

use std::sync::Arc;

use bulletin_core::Bulletin;
use bulletin_core::filter::{Facet, UNSPECIFIED, ViewState};
use bulletin_core::supervision::{Judge, RankBy, RankRow, RankSort, rankings};
use leptos::prelude::*;

use crate::i18n::{Say, lang, supervision as w};

/// Both rankings, when any project counts in one.
#[component]
pub fn Rankings(
    bulletin: Memo<Arc<Bulletin>>,
    judge: Memo<Option<Judge>>,
    view: RwSignal<ViewState>,
) -> impl IntoView {
    let any = Memo::new(move |_| {
        let judge = judge.get();
        bulletin.with(|b| !rankings(b, RankBy::Unit, judge.as_ref(), RankSort::Problems).is_empty())
    });
    view! {
        <Show when=move || any.get()>
            <section class="rankings" aria-labelledby="rankings-title" data-testid="rankings">
                <h2 id="rankings-title">{w::RANKINGS.say()}</h2>
                <p class="section-note">
                    {w::RANKINGS_NOTE.say()}
                </p>
                <div class="ranking-tables">
                    <RankTable bulletin=bulletin judge=judge view=view by=RankBy::Unit />
                    <RankTable bulletin=bulletin judge=judge view=view by=RankBy::District />
                </div>
            </section>
        </Show>
    }
}

/// The facet a row of `by` filters by.
fn facet(by: RankBy) -> Facet {
    match by {
        RankBy::Unit => Facet::Unit,
        RankBy::District => Facet::District,
    }
}

#[component]
fn RankTable(
    bulletin: Memo<Arc<Bulletin>>,
    judge: Memo<Option<Judge>>,
    view: RwSignal<ViewState>,
    by: RankBy,
) -> impl IntoView {
    let sort = RwSignal::new(RankSort::Problems);
    let rows = Memo::new(move |_| {
        let (judge, sort) = (judge.get(), sort.get());
        bulletin.with(|b| rankings(b, by, judge.as_ref(), sort))
    });
    let headings = RankSort::ALL
        .into_iter()
        .map(|s| {
            view! {
                // Pressed rather than `aria-sort`, which the page keeps for the ledger's columns.
                <th scope="col">
                    <button type="button" class="sort" data-rank-sort=s.id()
                        aria-pressed=move || (sort.get() == s).to_string()
                        aria-label=w::sort_by(s)
                        on:click=move |_| sort.set(s)>
                        {s.label_in(lang())}
                        <span class="arrow" aria-hidden="true">{move || if sort.get() == s { "▼" } else { "" }}</span>
                    </button>
                </th>
            }
        })
        .collect_view();
    let choose = move |key: String| {
        view.update(|v| {
            let f = facet(by);
            let only_this = v.filter.selected(f).eq([key.as_str()]);
            v.filter.clear_facet(f);
            if !only_this {
                v.filter.select(f, &key);
            }
        })
    };
    // Rows with the same count share a place, and the next place is skipped (1, 2, 2, 4).
    let count = move |r: &RankRow, by: RankSort| match by {
        RankSort::Problems => r.problems,
        RankSort::Lagging => r.lagging,
        RankSort::Overdue => r.overdue,
    };
    let body = move || {
        // The places follow the sort even when the rows come out in the same order.
        let order = sort.get();
        let count = move |r: &RankRow| count(r, order);
        let all = rows.get();
        // 未注明 is not ranked.
        let ranked = |r: &RankRow| r.key != UNSPECIFIED;
        let places: Vec<Option<usize>> = all
            .iter()
            .map(|r| {
                ranked(r).then(|| {
                    1 + all
                        .iter()
                        .filter(|o| ranked(o) && count(o) > count(r))
                        .count()
                })
            })
            .collect();
        all.into_iter()
            .zip(places)
            .map(|(r, place)| {
                let key = r.key.clone();
                let selected = {
                    let key = StoredValue::new(key.clone());
                    move || key.with_value(|k| view.with(|v| v.filter.is_selected(facet(by), k)))
                };
                let whole_row = key.clone();
                view! {
                    <tr data-testid="rank-row" data-by=by.id() data-key=r.key.clone() data-count=r.problems.to_string()
                        class="clickable" class:selected=selected on:click=move |_| choose(whole_row.clone())>
                        <td class="rank">{place.map_or_else(|| "—".to_owned(), |p| p.to_string())}</td>
                        <th scope="row">
                            <button type="button" class="link" aria-pressed=move || selected().to_string()
                                on:click=move |ev| {
                                    ev.stop_propagation();
                                    choose(key.clone());
                                }>
                                {r.label_in(lang()).to_owned()}
                            </button>
                        </th>
                        <td class="num" data-field="problems">{r.problems}</td>
                        <td class="num" data-field="lagging">{r.lagging}</td>
                        <td class="num" data-field="overdue">{r.overdue}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-scroll">
            <table class="rank-table" data-testid="rank-table" data-by=by.id()>
                <caption>{w::ranked_by(by)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{w::RANK.say()}</th>
                        <th scope="col">{by.label_in(lang())}</th>
                        {headings}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
