//! 与上期对比: the shown bulletin against another kept one — by default the one before it
//! in its series — sector by sector, project by project, and district ranks. Every number
//! narrows the ledger to the projects it counts.

mod lists;
mod ranks;
mod sectors;

use std::sync::Arc;

use bulletin_core::Bulletin;
use bulletin_core::filter::{Chosen, ViewState};
use bulletin_core::supervision::{Comparison, compare};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::timing::measured;
use crate::browser::{address, focus};
use crate::i18n::{Say, Words, lang, supervision as w};
use crate::state::compared::current_of;
use crate::state::series::Series;
use lists::{Lists, Transitions};
use ranks::{Counts, Ranks};
use sectors::Sectors;

/// How many bulletins before the one compared with are read, for 连续 N 期滞后.
const EARLIER_READ: usize = 6;

/// The bulletins a comparison is made of.
#[derive(Clone)]
struct Pair {
    before: Arc<Bulletin>,
    earlier: Vec<Arc<Bulletin>>,
    title: String,
}

/// Narrows the ledger to `ids`, called `label`, and takes the reader there.
pub(super) fn show_in_ledger(view: RwSignal<ViewState>, label: String, ids: &[String]) {
    view.update(|v| {
        v.filter.set_only(Some(Chosen {
            label,
            ids: ids.iter().cloned().collect(),
        }))
    });
    focus::to("ledger-title");
}

/// What shows `ids` in the ledger as `label` (nothing when there are none): for a whole
/// row of the comparison, and for its [`ShowProjects`] button.
pub(super) fn shower(view: RwSignal<ViewState>, label: String, ids: Vec<String>) -> Callback<()> {
    let ids = StoredValue::new(ids);
    Callback::new(move |_| {
        ids.with_value(|ids| {
            if !ids.is_empty() {
                show_in_ledger(view, label.clone(), ids);
            }
        })
    })
}

/// A row's “N 个项目” button, the keyboard's way to what the row shows.
#[component]
pub(super) fn ShowProjects(n: usize, show: Callback<()>) -> impl IntoView {
    view! {
        <button type="button" class="link" disabled=n == 0
            on:click=move |ev| {
                // The row would show them too.
                ev.stop_propagation();
                show.run(());
            }>
            {w::projects(n)}
        </button>
    }
}

/// A table of the comparison: its class, caption, column headings and rows.
#[component]
fn CompareTable(
    class: &'static str,
    caption: Words,
    headings: &'static [Words],
    children: Children,
) -> impl IntoView {
    let head = headings
        .iter()
        .map(|h| view! { <th scope="col">{h.say()}</th> })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class=class>
                <caption>{caption.say()}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

/// The comparison section; `self_id` is the shown bulletin's id in the list.
#[component]
pub fn Compare(
    current: Memo<Arc<Bulletin>>,
    series: Series,
    view: RwSignal<ViewState>,
    self_id: String,
) -> impl IntoView {
    // What the user chose: nothing yet (the address's choice, else the previous bulletin of
    // the series), no comparison, or a bulletin.
    let chosen = RwSignal::new(address::compare_id().map(Some));
    let against = Memo::new(move |_| match chosen.get() {
        Some(choice) => choice,
        None => series.previous().map(|e| e.id),
    });
    let self_id = StoredValue::new(self_id);
    let choices = {
        Memo::new(move |_| {
            series.kept.with(|k| {
                k.iter()
                    .filter(|e| self_id.with_value(|own| e.id != *own))
                    .map(|e| (e.id.clone(), format!("{} · {}", e.title, e.period)))
                    .collect::<Vec<_>>()
            })
        })
    };
    let loaded = RwSignal::new(None::<Result<Pair, String>>);
    // Each reading counts; one overtaken by a later choice is dropped.
    let reading = StoredValue::new(0u64);
    Effect::new(move |_| {
        let Some(id) = against.get() else {
            loaded.set(None);
            return;
        };
        if series.kept.with(Vec::is_empty) {
            return; // The list is still being read.
        }
        if self_id.with_value(|own| id == *own) {
            loaded.set(Some(Err(w::COMPARE_SELF.say().to_owned())));
            return;
        }
        let Some(entry) = series.entry(&id) else {
            loaded.set(Some(Err(w::compare_missing(&id))));
            return;
        };
        reading.update_value(|n| *n += 1);
        let this = reading.get_value();
        spawn_local(async move {
            let result = match current_of(&entry).await {
                Ok(before) => {
                    let mut earlier = Vec::new();
                    let older = series.ending_before(&before.period.end);
                    for e in older.iter().rev().take(EARLIER_READ) {
                        if let Ok(b) = current_of(e).await {
                            earlier.insert(0, Arc::new(b));
                        }
                    }
                    Ok(Pair {
                        title: format!("{} · {}", before.title, before.period.name_in(lang())),
                        before: Arc::new(before),
                        earlier,
                    })
                }
                Err(why) => Err(w::compare_unreadable(&entry.title, &why)),
            };
            if reading.try_get_value() == Some(this) {
                loaded.try_set(Some(result));
            }
        });
    });
    let comparison = Memo::new(move |_| {
        loaded.with(|l| match l {
            Some(Ok(pair)) => current.with(|b| {
                let earlier: Vec<&Bulletin> = pair.earlier.iter().map(|e| e.as_ref()).collect();
                let c = measured("compare:compute", || compare(&pair.before, b, &earlier));
                Some(Ok(Arc::new(c)))
            }),
            Some(Err(why)) => Some(Err(why.clone())),
            None => None,
        })
    });
    // Compared with a later bulletin, the lists still read from it to this one.
    let title = move || {
        loaded.with(|l| {
            let pair = l.as_ref()?.as_ref().ok()?;
            let later = current.with(|b| pair.before.period.end > b.period.end);
            Some((pair.title.clone(), later))
        })
    };
    let pick = move |ev| {
        let id = event_target_value(&ev);
        let id = (!id.is_empty()).then_some(id);
        view.with_untracked(|v| address::set_compare(v, id.as_deref()));
        chosen.set(Some(id));
    };
    let options = move || {
        let now = against.get();
        choices
            .get()
            .into_iter()
            .map(|(id, label)| {
                let selected = now.as_deref() == Some(id.as_str());
                view! { <option value=id selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let body = move || match comparison.get() {
        None => None,
        Some(Err(why)) => Some(view! { <p class="field-error" role="alert">{why}</p> }.into_any()),
        Some(Ok(c)) => Some(view! { <CompareBody c=c view=view /> }.into_any()),
    };
    view! {
        <Show when=move || against.get().is_some() || !choices.with(Vec::is_empty)>
            <section class="compare" aria-labelledby="compare-title" data-testid="compare">
                <h2 id="compare-title">{w::COMPARE.say()}</h2>
                <label class="compare-choice">
                    <span>{w::COMPARE_WITH.say()}</span>
                    <select data-testid="compare-with" on:change=pick>
                        <option value="" selected=move || against.get().is_none()>{w::NO_COMPARE.say()}</option>
                        {options}
                    </select>
                </label>
                {move || title().map(|(t, later)| view! {
                    <p class="section-note">
                        {w::compared(&t)}
                        {later.then_some(w::COMPARE_LATER.say())}
                    </p>
                })}
                {body}
            </section>
        </Show>
    }
}

#[component]
fn CompareBody(c: Arc<Comparison>, view: RwSignal<ViewState>) -> impl IntoView {
    view! {
        {(!c.sectors.is_empty()).then(|| view! { <Sectors c=c.clone() view=view /> })}
        <Transitions c=c.clone() view=view />
        <Lists c=c.clone() view=view />
        {c.ranks.clone().map(|r| view! { <Ranks ranks=r view=view /> })}
        {c.status_counts.clone().map(|s| view! { <Counts counts=s /> })}
    }
}
