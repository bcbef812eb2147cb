//! The review of a draft (`draft-review`): what was read, each record's values with their
//! sentences, what the text does not give, the sentences not used, and 新建 (`draft-accept`),
//! which makes the bulletin only when it would load as an import does.

use bulletin_core::draft::accept;
use std::hash::{DefaultHasher, Hash, Hasher};

use bulletin_core::draft::review::{Group, correct, groups_in};
use leptos::prelude::*;

use crate::i18n::{Say, draft as w, lang};
use leptos::task::spawn_local;

use super::Reviewing;
use super::line::DraftLine;
use crate::browser::timing::{after_paint, measured};
use crate::browser::{confirm, focus};
use crate::components::switcher::LEAVE_UNSAVED;
use crate::notice::Notice;
use crate::state::library;
use crate::state::shown::Bulletins;
use crate::state::working_copy::UserCopy;

/// What a group shows, so that a correction redraws only its own group.
fn fingerprint(g: &Group) -> u64 {
    let mut h = DefaultHasher::new();
    g.name.hash(&mut h);
    for l in &g.lines {
        (&l.path, &l.value, &l.shown, &l.worked_out, &l.text).hash(&mut h);
    }
    h.finish()
}

/// About how many lines are drawn at once: a notice of a few pages (the seed has 225) in
/// one go.
const LINES_AT_ONCE: usize = 400;

/// How many of `groups` to show, from `from`: at least one more, then whole groups up to
/// about [`LINES_AT_ONCE`] lines more.
fn more(groups: &[Group], from: usize) -> usize {
    let mut lines = 0;
    let mut to = from;
    while to < groups.len() && (to == from || lines + groups[to].lines.len() <= LINES_AT_ONCE) {
        lines += groups[to].lines.len();
        to += 1;
    }
    to
}

/// The review; 返回 goes back to the text, `done` closes the dialog once the bulletin is made.
#[component]
pub fn DraftReview(
    reviewing: RwSignal<Option<Reviewing>>,
    copy: UserCopy,
    bulletins: Bulletins,
    notices: RwSignal<Vec<Notice>>,
    done: Callback<()>,
) -> impl IntoView {
    let refused = RwSignal::new(Vec::<String>::new());
    let making = RwSignal::new(false);
    let all = Memo::new(move |_| {
        reviewing.with(|r| {
            r.as_ref()
                .map(|r| measured("draft:groups", || groups_in(&r.draft, lang())))
                .unwrap_or_default()
        })
    });
    // A long notice's review is drawn a few hundred lines at a time, each after the page
    // has painted the ones before, so that the page answers while it is drawn.
    let shown = RwSignal::new(0usize);
    Effect::new(move |_| {
        let total = all.with(Vec::len);
        if shown.get_untracked() >= total {
            return;
        }
        spawn_local(async move {
            loop {
                let grown = all.try_with_untracked(|g| {
                    shown.try_update(|n| {
                        *n = more(g, *n);
                        *n < g.len()
                    })
                });
                if grown.flatten() != Some(true) {
                    return;
                }
                after_paint().await;
            }
        });
    });
    let correct = Callback::new(move |(path, text): (String, String)| {
        let fixed =
            reviewing.with_untracked(|r| r.as_ref().map(|r| correct(&r.draft, &path, &text)));
        match fixed {
            Some(Ok(draft)) => {
                reviewing.update(|r| {
                    if let Some(r) = r {
                        r.draft = draft;
                    }
                });
                refused.set(Vec::new());
                Ok(())
            }
            Some(Err(e)) => Err(e),
            None => Ok(()),
        }
    });
    let drop = Callback::new(move |path: String| {
        reviewing.update(|r| {
            if let Some(r) = r {
                r.draft = r.draft.without(&path);
            }
        });
        refused.set(Vec::new());
    });
    let make = move |_| {
        let Some(r) = reviewing.get_untracked() else {
            return;
        };
        if copy.would_lose_work() && !confirm::ask(LEAVE_UNSAVED.say()) {
            return;
        }
        making.set(true);
        spawn_local(async move {
            let taken = library::kept_ids().await;
            match accept(&r.draft, &r.text, |id| taken.iter().any(|t| t == id)) {
                Ok(b) => {
                    let used = r.draft.findings.len();
                    let unstated = r.draft.missing.len();
                    let news = w::made(&b.title, &b.period.name_in(lang()), used, unstated);
                    done.run(());
                    let say = move |n: Notice| notices.update(|all| all.push(n));
                    library::keep_new(b, news, bulletins, say).await;
                }
                Err(why) => {
                    making.try_set(false);
                    refused.try_set(why);
                }
            }
        });
    };
    let note = move || reviewing.with(|r| r.as_ref().map(|r| r.note.clone()));
    let missing = move || reviewing.with(|r| r.as_ref().map_or(0, |r| r.draft.missing.len()));
    let unused = move || {
        reviewing.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.draft
                        .unused
                        .iter()
                        .map(|s| s.text.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    // The 读取 button that had the focus is gone: the focus starts the review.
    Effect::new(move |_| focus::to("draft-review-note"));
    view! {
        <div class="draft-review" data-testid="draft-review"
            aria-busy=move || (shown.get() < all.with(Vec::len)).to_string()>
            <p class="section-note" role="status" id="draft-review-note" tabindex="-1">{note}</p>
            <p class="section-note">
                {w::REVIEW_NOTE.say()}
                {move || (missing() > 0).then(|| w::missing(missing()))}
            </p>
            <For each=move || all.with(|g| g[..shown.get().min(g.len())].to_vec()) key=fingerprint let:group>
                <section class="draft-group">
                    <h3>{group.name.clone()}</h3>
                    {group.lines.into_iter().map(|line| view! { <DraftLine line=line correct=correct drop=drop /> }).collect_view()}
                </section>
            </For>
            <details class="draft-unused" data-testid="draft-unused">
                <summary>{move || w::unused(unused().len())}</summary>
                <ol>{move || unused().into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
            </details>
            <ul class="field-error draft-refused" role="alert">
                {move || refused.get().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
            </ul>
            <div class="dialog-actions draft-actions">
                <button type="button" class="primary" data-testid="draft-accept" on:click=make
                    disabled=move || making.get()>{w::CREATE.say()}</button>
                <button type="button" on:click=move |_| reviewing.set(None)>{w::BACK.say()}</button>
            </div>
        </div>
    }
}
