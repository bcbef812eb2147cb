//! The project table. Up to `FULL_LIMIT` rows are all in the page (searchable with Ctrl+F,
//! printable); beyond that only the rows in view are rendered, at a fixed row height.

use std::sync::Arc;

use bulletin_core::display::{exact_amount_in, project_figures_in};
use bulletin_core::edit::RecordRef;
use bulletin_core::filter::{Query, Sort, SortColumn, ViewState, warning_of};
use bulletin_core::{Bulletin, Project};
use leptos::html::Div;
use leptos::prelude::*;

use super::highlight::highlighted;
use crate::browser::media;
use crate::components::Open;
use crate::components::editing::Editing;
use crate::components::reports::DubandanButton;
use crate::components::status::{ProjectStatusBadge, WarningBadge};
use crate::i18n::lang;
use crate::i18n::{Say, ledger as w};
use crate::state::edited::EditedTag;
use crate::state::series::Series;

/// Lists up to this long are rendered whole.
const FULL_LIMIT: usize = 50;
/// Row height in virtual mode, in CSS pixels; `style/main.css` sets the same.
const ROW_PX: f64 = 76.0;
/// On a phone each row is a card, this tall in virtual mode (its margin included);
/// `style/main.css` sets the same in its phone section.
const CARD_PX: f64 = 420.0;
/// Rows rendered above and below the visible ones.
const OVERSCAN: usize = 8;

/// The next sort when a column heading is clicked: ascending, descending, then none.
fn next_sort(current: Option<Sort>, column: SortColumn) -> Option<Sort> {
    match current {
        Some(Sort {
            column: c,
            descending: false,
        }) if c == column => Some(Sort {
            column,
            descending: true,
        }),
        Some(Sort {
            column: c,
            descending: true,
        }) if c == column => None,
        _ => Some(Sort {
            column,
            descending: false,
        }),
    }
}

/// A project's owner, 整改时限 with its warning, latest follow-up, and the one action that
/// adds a follow-up.
#[component]
fn SupervisionCell(
    project: Memo<Option<Project>>,
    id: String,
    /// Its index in the bulletin's projects, for its 督办单.
    index: usize,
    editing: RwSignal<Option<Open>>,
) -> impl IntoView {
    let judge = use_context::<Series>().map(|s| s.judge);
    let warning = move || {
        let judge = judge.and_then(|j| j.get());
        project.with(|p| p.as_ref().map(|p| warning_of(judge.as_ref(), p)))
    };
    let owner = move || {
        project.with(|p| {
            p.as_ref()
                .and_then(|p| p.owner.clone())
                .filter(|o| !o.trim().is_empty())
                .map(|o| view! { <p class="owner">{w::OWNER.say()}{o}</p> })
        })
    };
    let deadline = move || {
        let w = warning();
        project.with(|p| {
            let p = p.as_ref()?;
            let day = p.deadline.clone().filter(|d| !d.trim().is_empty());
            Some(view! {
                // Labelled on a phone's card, which has no column heading.
                <p class="deadline" data-label=SortColumn::Deadline.label_in(lang())>
                    {day.map(|d| format!("{d} "))}
                    {w.map(|w| view! { <WarningBadge warning=w /> })}
                </p>
            })
        })
    };
    let latest = move || {
        project.with(|p| {
            let p = p.as_ref()?;
            let line = p.latest_follow_up_line()?;
            Some(view! {
                <p class="latest-follow-up" data-testid="latest-follow-up">
                    {w::latest(&line)}
                </p>
            })
        })
    };
    let name = move || project.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    view! {
        <td class="supervision-cell" data-testid="project-supervision" data-warning=move || warning().map(|w| w.id())>
            <div class="cell">
                {owner}
                {deadline}
                {latest}
                <Editing>
                    <button
                        type="button"
                        class="link"
                        data-testid="add-follow-up"
                        aria-label=move || w::follow_up(&name())
                        on:click={
                            let id = id.clone();
                            move |_| editing.set(Some(Open::FollowUp(id.clone())))
                        }
                    >
                        {w::FOLLOW_UP.say()}
                    </button>
                </Editing>
                " "
                <DubandanButton of=Signal::stored(vec![index]) test_id="print-dubandan" label=w::DUBANDAN.say()
                    aria_label=Signal::derive(move || w::dubandan_of(&name())) />
            </div>
        </td>
    }
}

/// The table of the projects in `rows` (indices into the bulletin's projects).
#[component]
pub fn LedgerTable(
    bulletin: Memo<Arc<Bulletin>>,
    rows: Memo<Vec<usize>>,
    query: Memo<Query>,
    view: RwSignal<ViewState>,
    editing: RwSignal<Option<Open>>,
) -> impl IntoView {
    let scroller: NodeRef<Div> = NodeRef::new();
    let scroll_top = RwSignal::new(0.0);
    let viewport = RwSignal::new(640.0);
    let is_virtual = move || rows.with(|r| r.len() > FULL_LIMIT);
    let phone = media::phone();
    let row_px = move || if phone.get() { CARD_PX } else { ROW_PX };

    // A new result set starts at its top.
    Effect::new(move |_| {
        rows.track();
        if let Some(el) = scroller.get_untracked() {
            el.set_scroll_top(0);
        }
        scroll_top.set(0.0);
    });

    // Which rows to render, and the space left for the rest above and below them.
    let window = move || {
        let len = rows.with(Vec::len);
        if len <= FULL_LIMIT {
            return (0, len);
        }
        let first = ((scroll_top.get() / row_px()).floor() as usize)
            .saturating_sub(OVERSCAN)
            .min(len);
        let shown = (viewport.get() / row_px()).ceil() as usize + 2 * OVERSCAN;
        (first, (first + shown).min(len))
    };
    let spacer = move |above: bool| {
        let (first, end) = window();
        let len = rows.with(Vec::len);
        let n = if above { first } else { len - end };
        (n > 0).then(|| {
            view! {
                <tr class="spacer" aria-hidden="true">
                    <td colspan="10" style=format!("height:{}px", n as f64 * row_px())></td>
                </tr>
            }
        })
    };
    // Rows are keyed by project id (and the search, which their highlighting shows), so an
    // edit redraws the cells of the project it changed and leaves every row in place.
    let visible = move || {
        let (first, end) = window();
        let q = query.with(|q| format!("{q:?}"));
        bulletin.with_untracked(|b| {
            rows.with(|r| {
                r[first..end]
                    .iter()
                    .filter_map(|&i| Some((i, b.projects.get(i)?.id.clone(), q.clone())))
                    .collect::<Vec<_>>()
            })
        })
    };

    // A column of the projects' own figures, when the notice gives any.
    // And no column for what the notice does not have (sectors, problem types).
    let (has_figures, has_sectors, has_types, unit) = bulletin.with_untracked(|b| {
        (
            b.projects.iter().any(|p| p.figures.is_some()),
            !b.sectors.is_empty(),
            !b.problem_types.is_empty(),
            b.currency_unit.clone(),
        )
    });
    let shown = move |column: SortColumn| match column {
        SortColumn::Sector => has_sectors,
        SortColumn::ProblemTypes => has_types,
        _ => true,
    };
    let figures_heading = has_figures.then(|| view! { <th scope="col">{w::FIGURES.say()}</th> });
    let headings = SortColumn::ALL
        .into_iter()
        .filter(|&column| shown(column))
        .map(|column| {
            let state = move || view.with(|v| v.sort.filter(|s| s.column == column));
            let aria = move || match state() {
                Some(Sort {
                    descending: false, ..
                }) => "ascending",
                Some(Sort {
                    descending: true, ..
                }) => "descending",
                None => "none",
            };
            let arrow = move || match state() {
                Some(Sort {
                    descending: false, ..
                }) => "▲",
                Some(Sort {
                    descending: true, ..
                }) => "▼",
                None => "",
            };
            view! {
                <th scope="col" aria-sort=aria>
                    <button
                        type="button"
                        class="sort"
                        data-sort=column.id()
                        on:click=move |_| view.update(|v| v.sort = next_sort(v.sort, column))
                    >
                        {column.label_in(lang())}
                        <span class="arrow" aria-hidden="true">{arrow}</span>
                    </button>
                </th>
            }
        })
        .collect_view();

    let row = move |(i, id, _): (usize, String, String)| {
        let q = query.get_untracked();
        // This row's project as it is now; it notifies only when the project itself changed.
        let project = {
            let id = id.clone();
            Memo::new(move |_| {
                bulletin.with(|b| {
                    b.projects
                        .get(i)
                        .filter(|p| p.id == id)
                        .or_else(|| b.projects.iter().find(|p| p.id == id))
                        .cloned()
                })
            })
        };
        let text = move |f: fn(&Project) -> &str| {
            let q = q.clone();
            move || project.with(|p| highlighted(p.as_ref().map(f).unwrap_or_default(), &q))
        };
        let or_dash = move |f: fn(&Project) -> &Option<String>| {
            let q = query.get_untracked();
            move || {
                project.with(|p| {
                    match p
                        .as_ref()
                        .and_then(|p| f(p).as_deref())
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                    {
                        Some(s) => highlighted(s, &q).into_any(),
                        None => "—".into_any(),
                    }
                })
            }
        };
        let sector = move || {
            bulletin.with(|b| {
                project.with(|p| {
                    p.as_ref()
                        .and_then(|p| b.sector(p.sector.as_deref()?))
                        .map(|s| s.name.clone())
                        .unwrap_or_default()
                })
            })
        };
        let types = move || {
            bulletin.with(|b| {
                project.with(|p| {
                    p.iter()
                        .flat_map(|p| &p.problem_types)
                        .filter_map(|id| b.problem_type(id).map(|t| t.name.clone()))
                        .map(|t| view! { <li class="tag">{t}</li> })
                        .collect_view()
                })
            })
        };
        let name = move || project.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default());
        // The problem in each district, where the notice gives one per district.
        let by_district = move || {
            project.with(|p| {
                let problems = p.as_ref().and_then(|p| p.problems.clone()).filter(|l| !l.is_empty())?;
                let items = problems
                    .into_iter()
                    .map(|d| match d.district {
                        Some(place) => view! { <li><strong>{place}</strong>{w::COLON.say()} {d.text}</li> }.into_any(),
                        None => view! { <li>{d.text}</li> }.into_any(),
                    })
                    .collect_view();
                Some(view! { <ul class="district-problems" data-testid="district-problems">{items}</ul> })
            })
        };
        // Every district the project lists, once each.
        let districts = {
            let q = query.get_untracked();
            move || {
                project.with(|p| {
                    let joined = p
                        .as_ref()
                        .map(|p| p.districts().join(w::LIST.say()))
                        .unwrap_or_default();
                    if joined.is_empty() {
                        "—".into_any()
                    } else {
                        highlighted(&joined, &q).into_any()
                    }
                })
            }
        };
        let figures = has_figures.then(|| {
            let words = {
                let unit = unit.clone();
                move || {
                    project.with(|p| {
                        p.as_ref()
                            .and_then(|p| p.figures.as_ref())
                            .map(|f| project_figures_in(f, &unit, lang()))
                            .unwrap_or_default()
                    })
                }
            };
            let exact = {
                let unit = unit.clone();
                move || {
                    project.with(|p| {
                        p.as_ref().and_then(|p| p.figures.as_ref()).map(|f| {
                            [
                                (w::INVESTED.say(), f.completed_investment),
                                (w::PLANNED.say(), f.planned_investment),
                            ]
                            .into_iter()
                            .filter(|(_, v)| v.is_some())
                            .map(|(what, v)| format!("{what} {}", exact_amount_in(v, &unit, lang())))
                            .collect::<Vec<_>>()
                            .join(w::COMMA.say())
                        })
                    })
                }
            };
            view! {
                <td class="figures" data-testid="project-figures" data-label=w::FIGURES.say() title=exact>
                    <div class="cell">{move || words().join(w::SEMICOLON.say())}</div>
                </td>
            }
        });
        let status = move || {
            project.with(|p| {
                p.as_ref()
                    .map(|p| view! { <ProjectStatusBadge status=p.status /> })
            })
        };
        let edit_id = id.clone();
        view! {
            <tr data-testid="project-row" data-project-id=id.clone()>
                <th scope="row">
                    <div class="cell">{text(|p| &p.name)}</div>
                    <EditedTag record=RecordRef::Project(id.clone()) />
                    <Editing>
                        <button
                            type="button"
                            class="link edit"
                            data-testid="edit-project"
                            aria-label=move || w::edit_project(&name())
                            on:click={
                                let id = edit_id.clone();
                                move |_| editing.set(Some(Open::Record(RecordRef::Project(id.clone()))))
                            }
                        >
                            {w::EDIT.say()}
                        </button>
                    </Editing>
                </th>
                // Each cell says what it is for a phone's card (`data-label`), which has no
                // column headings.
                {has_sectors.then(|| view! { <td class="sector" data-label=SortColumn::Sector.label_in(lang())><div class="cell">{sector}</div></td> })}
                <td class="unit" data-label=SortColumn::LeadUnit.label_in(lang())><div class="cell">{or_dash(|p| &p.lead_unit)}</div></td>
                <td class="districts" data-label=SortColumn::District.label_in(lang())><div class="cell">{districts}</div></td>
                <td class="status" data-label=SortColumn::Status.label_in(lang())>{status}</td>
                <SupervisionCell project=project id=id.clone() index=i editing=editing />
                {has_types.then(|| view! { <td class="types" data-label=SortColumn::ProblemTypes.label_in(lang())><ul class="tags">{types}</ul></td> })}
                <td class="issue" data-label=SortColumn::Issue.label_in(lang())><div class="cell">{text(|p| &p.issue)}{by_district}</div></td>
                <td class="note" data-label=SortColumn::Note.label_in(lang())><div class="cell">{text(|p| &p.note)}</div></td>
                {figures}
            </tr>
        }
    };

    view! {
        <div
            class="table-scroll ledger-scroll"
            class:virtual=is_virtual
            node_ref=scroller
            on:scroll=move |_| {
                if let Some(el) = scroller.get_untracked() {
                    scroll_top.set(el.scroll_top() as f64);
                    viewport.set(el.client_height() as f64);
                }
            }
        >
            <table class="project-table">
                <thead>
                    <tr>{headings}{figures_heading}</tr>
                </thead>
                <tbody>
                    {move || spacer(true)}
                    <For each=visible key=|(_, id, q)| (id.clone(), q.clone()) children=row />
                    {move || spacer(false)}
                </tbody>
            </table>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="empty" data-testid="ledger-empty">
                    {move || if view.with(|v| v.filter.is_empty()) {
                        {w::NO_PROJECTS.say()}
                    } else {
                        {w::NONE_MATCH.say()}
                    }}
                </p>
            </Show>
        </div>
    }
}
