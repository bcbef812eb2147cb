//! The app shell: decides which bulletin to show and lays out the board.

use std::sync::Arc;
use std::time::Duration;

use bulletin_core::edit::touched;
use bulletin_core::filter::{FacetIndex, parse_query};
use bulletin_core::{Bulletin, Figures, summary_text};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::channel::{self, News};
use crate::browser::listen::on_window;
use crate::browser::print;
use crate::browser::timing::{after_paint, measured};
use crate::browser::{address, title};
use crate::components::UpdatePrompt;
use crate::components::{
    Charts, Compare, DataChecks, DistrictRanking, DubandanSheets, DubandanShown, EditBar, Editor,
    Header, Import, ImportDialogs, Ledger, NewBulletinDialog, NoticeArea, Open, OriginalText,
    Overdue, Overview, PrintHead, ProblemTypes, Rankings, ReportShown, ReportView, Requirements,
    SectorDetails, SectorTable, Switcher, SwitcherDialog,
};
use crate::i18n::{Say, board as w};
use crate::notice::Notice;
use crate::state::Sections;
use crate::state::edited::Edited;
use crate::state::mode::ReadOnly;
use crate::state::series::Series;
use crate::state::shown::Bulletins;
use crate::state::working_copy::{Found, UserCopy};
use bulletin_core::library::CopyOf;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let notices = RwSignal::new(Vec::<Notice>::new());
    // 只读查看 outlasts the bulletin shown: it is the reader's, not the bulletin's.
    ReadOnly::provide();
    let bulletins = Bulletins::new(notices);
    bulletins.open_from_address();
    on_window(leptos::ev::popstate, move |_| bulletins.follow_history());
    let loaded = bulletins.shown;

    view! {
        <crate::components::SkipLink />
        <NoticeArea notices=notices />
        // Offline copy and new releases, started once the first screen is up.
        <UpdatePrompt shown=Signal::derive(move || loaded.with(Option::is_some)) />
        {move || match loaded.get() {
            Some(s) => view! { <Board loaded=s.loaded copy_of=s.copy_of found=s.found notices=notices bulletins=bulletins /> }.into_any(),
            None if notices.with(Vec::is_empty) => {
                view! { <p class="loading" aria-live="polite">{w::LOADING.say()}</p> }.into_any()
            }
            None => ().into_any(),
        }}
    }
}

/// Projects beyond which the change list waits for the step to paint.
const LARGE: usize = 2_000;

/// Every section of the user's copy of one bulletin, and the view state its ledger and
/// charts share.
#[component]
fn Board(
    loaded: bulletin_core::Loaded,
    copy_of: CopyOf,
    found: Found,
    notices: RwSignal<Vec<Notice>>,
    bulletins: Bulletins,
) -> impl IntoView {
    let bulletin = &loaded.bulletin;
    let entry_id = copy_of.entry_id();
    let copy = UserCopy::open(
        &loaded,
        copy_of,
        bulletins.is_kept(&bulletin.id),
        found,
        notices,
    );
    // A link's filters are read against the working copy: a unit or district that only
    // the user's edits brought in filters by link as it does by click.
    let (initial, ignored) = copy
        .workbench
        .with_untracked(|w| parse_query(&address::query(), w.bulletin()));
    if !ignored.is_empty() {
        let mut notice = Notice::new(w::UNKNOWN_FILTERS.say());
        notice.details = ignored;
        notices.update(|all| all.push(notice));
    }
    let view = RwSignal::new(initial);
    Effect::new(move || view.with(address::show_view));
    // Steps are saved in the task after them; one still due must not be lost.
    on_window(leptos::ev::pagehide, move |_| {
        copy.rescue();
        copy.flush();
    });
    on_cleanup(move || copy.leave());
    // One editor at a time: the ledger's rows and the sections' edit buttons open it.
    let record = RwSignal::new(None::<Open>);
    let editing = record;
    // The change list walks the whole copy: for a large bulletin (tens of milliseconds at
    // 20,000 projects) it is worked out after the step has painted; otherwise with the step.
    let changes = RwSignal::new(copy.workbench.with_untracked(|w| w.changes()));
    let changes_due = StoredValue::new(false);
    Effect::new(move |first: Option<()>| {
        let large = copy.workbench.with(|w| w.bulletin().projects.len() > LARGE);
        if first.is_none() {
            return;
        }
        if !large {
            changes.set(
                copy.workbench
                    .with_untracked(|w| measured("copy:changes", || w.changes())),
            );
            return;
        }
        if changes_due.get_value() {
            return;
        }
        changes_due.set_value(true);
        spawn_local(async move {
            after_paint().await;
            // `Some` gives the value back: the board is gone.
            if changes_due.try_set_value(false).is_some() {
                return;
            }
            if let Some(c) = copy
                .workbench
                .try_with_untracked(|w| measured("copy:changes", || w.changes()))
            {
                changes.try_set(c);
            }
        });
    });
    let changes = changes.read_only();
    let import = Import::new(copy, notices, bulletins);
    // The list names a site file's copy by its own key, apart from a bulletin of its id.
    let switcher = Switcher::new(bulletins, notices, &entry_id, copy);
    import.take_from_inbox(&bulletin.id);
    provide_context(Edited(Memo::new(move |_| {
        changes.with(|c| copy.workbench.with_untracked(|w| touched(c, w.current())))
    })));
    // Another tab saved this bulletin: take its newer copy, keeping this tab's unsaved work.
    // Another tab deleted it: open it afresh, so that this page does not save again what
    // the user chose to delete.
    let copy_key = copy.key();
    let original_key = bulletin_core::library::original_key(&bulletin.id);
    channel::listen(move |news| match news {
        News::Saved { key, revision } if key == copy_key => copy.heard(revision),
        News::Deleted { key } if key == copy_key || key == original_key => {
            notices.update(|all| all.push(Notice::info(w::DELETED_ELSEWHERE.say())));
            bulletins.open_from_address();
        }
        _ => {}
    });
    // The workbench hands out its bulletin as a shared Arc: a new one after a step that
    // changed something, the same one otherwise, so comparing pointers is enough.
    let current = Memo::new_with_compare(
        move |_| copy.workbench.with(|w| w.shared()),
        |old, new| !matches!((old, new), (Some(a), Some(b)) if Arc::ptr_eq(a, b)),
    );
    // Where the bulletin stands in its series decides the day its warnings are judged on.
    let series = Series::new(current);
    provide_context(series);
    // The facet index of the bulletin it was made for, brought up to date in place after a
    // step (a note edit re-indexes one project, not 20,000); afresh when the judge changed.
    let index = Memo::new_owning(move |prev: Option<(Arc<Bulletin>, FacetIndex)>| {
        let b = current.get();
        let judge = series.judge.get();
        let index = measured("ledger:facet-index", || match prev {
            Some((before, mut index)) if index.judge() == judge.as_ref() => {
                index.update(&before, &b);
                index
            }
            _ => FacetIndex::judged(&b, judge),
        });
        ((b, index), true)
    });
    // The ledger and the charts read the same counts.
    let counts = Memo::new(move |_| {
        index.with(|(b, ix)| {
            view.with(|v| measured("ledger:facet-counts", || ix.counts(b, &v.filter)))
        })
    });
    // The header and overview paint first; the heavier sections mount right after that
    // first frame, so a leader sees the headline figures without waiting for them. A page
    // opened in a background tab gets no animation frames, hence the timer as well.
    let rest = RwSignal::new(false);
    // The board may be gone (another bulletin opened) before these fire.
    let show_rest = move || {
        if rest.try_get_untracked() == Some(false) {
            rest.set(true);
        }
    };
    request_animation_frame(move || set_timeout(show_rest, Duration::ZERO));
    if let Ok(timer) = set_timeout_with_handle(show_rest, Duration::from_millis(200)) {
        on_cleanup(move || timer.clear());
    }
    // Each section redraws only when its own part of the bulletin changed, so an edit keeps
    // the rest of the board — open details, focus, the ledger's scroll position — as it was.
    let parts = Sections::of(current);
    // The tab says what the board shows now, edits included.
    Effect::new(move || {
        parts
            .header
            .with(|b| title::set(&format!("{} · {}", b.title, b.region)))
    });
    let figures = Memo::new(move |_| parts.overview.with(|b| Figures::of(b)));
    let warnings = Memo::new(move |_| copy.workbench.with(|w| w.warnings().to_vec()));
    let outdated = Memo::new(move |_| {
        copy.workbench
            .with(|w| summary_text::outdated(w.original(), w.bulletin()))
    });
    let ranking =
        Memo::new(move |_| current.with(|b| b.district_ranking.clone().filter(|r| !r.is_empty())));
    let later = move || {
        rest.get().then(|| {
            view! {
                <Charts bulletin=current counts=counts view=view />
                // Sections for what the bulletin has: a notice without sectors shows none.
                {move || parts.sectors.with(|b| !b.sectors.is_empty()).then(|| view! { <SectorTable bulletin=parts.sectors.get() figures=figures.get() record=record /> })}
                {move || ranking.get().map(|r| view! { <DistrictRanking ranking=r view=view /> })}
                {move || parts.problem_types.with(|b| !b.problem_types.is_empty()).then(|| view! { <ProblemTypes bulletin=parts.problem_types.get() record=record /> })}
                <Ledger bulletin=current counts=counts view=view editing=editing notices=notices />
                // After the ledger, whose rows come first on the page: their numbers lead
                // back up to it.
                <Compare current=current series=series view=view self_id=entry_id.clone() />
                <Rankings bulletin=parts.supervision judge=series.judge view=view />
                {move || parts.sectors.with(|b| !b.sectors.is_empty()).then(|| view! { <SectorDetails bulletin=parts.sectors.get() /> })}
                {move || view! { <Requirements bulletin=parts.requirements.get() record=record /> }}
                {move || view! { <DataChecks warnings=warnings.get() /> }}
                {move || parts.original.with(|b| b.source.as_ref().and_then(|s| s.text.clone())).map(|text| view! { <OriginalText text=text /> })}
            }
        })
    };
    let creating = RwSignal::new(false);
    // Paper: any print unfolds what is folded and says when it was printed.
    let printed_at = RwSignal::new(String::new());
    print::follow_prints(printed_at);
    let dubandan = DubandanShown::provide();
    let document = ReportShown::provide();
    let next_period =
        Callback::new(move |_| crate::components::next_period::start(copy, bulletins, notices));
    let sections = view! {
        {move || view! { <Header bulletin=parts.header.get() record=record next_period=next_period /> }}
        <EditBar copy=copy changes=changes import=import switcher=switcher creating=creating current=current notices=notices />
        <PrintHead counts=counts view=view printed_at=printed_at />
        <main class="board">
            {move || view! { <Overview bulletin=parts.overview.get() figures=figures.get() record=record outdated=outdated /> }}
            <Overdue bulletin=parts.supervision judge=series.judge view=view />
            {later}
        </main>
    };
    view! {
        {sections}
        <Editor copy=copy open=record />
        <ImportDialogs import=import />
        <NewBulletinDialog open=creating copy=copy bulletins=bulletins notices=notices />
        <SwitcherDialog switcher=switcher />
        <DubandanSheets bulletin=current shown=dubandan />
        <ReportView shown=document />
        <footer class="site-footer">
            <p>{w::FOOTER.say()}</p>
        </footer>
    }
}
