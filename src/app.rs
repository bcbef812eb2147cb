//! The app shell: decides which bulletin to show and lays out the board.

use std::sync::Arc;
use std::time::Duration;

use bulletin_core::filter::{FacetIndex, parse_query};
use bulletin_core::{Bulletin, Diagnostic, Figures, Loaded};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{
    Charts, DataChecks, Header, Ledger, NoticeArea, Overview, ProblemTypes, Requirements,
    SectorDetails, SectorTable,
};
use crate::notice::Notice;
use crate::timing::measured;
use crate::{source, view_url};

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let loaded = RwSignal::new(None::<Loaded>);
    let notices = RwSignal::new(Vec::<Notice>::new());

    let show_bundled = move || match source::bundled() {
        Ok(b) => loaded.set(Some(b)),
        Err(n) => notices.update(|all| all.push(n)),
    };
    match source::requested_source() {
        None => show_bundled(),
        Some(src) => spawn_local(async move {
            match source::fetch(&src).await {
                Ok(b) => loaded.set(Some(b)),
                Err(mut n) => {
                    n.details.push("下面显示的是内置的通报数据。".to_owned());
                    notices.update(|all| all.push(n));
                    show_bundled();
                }
            }
        }),
    }

    Effect::new(move || {
        if let (Some(l), Some(document)) =
            (loaded.get(), web_sys::window().and_then(|w| w.document()))
        {
            document.set_title(&format!("{} · {}", l.bulletin.title, l.bulletin.region));
        }
    });

    view! {
        <NoticeArea notices=notices />
        {move || match loaded.get() {
            Some(l) => view! { <Board bulletin=l.bulletin warnings=l.warnings notices=notices /> }.into_any(),
            None if notices.with(Vec::is_empty) => {
                view! { <p class="loading" aria-live="polite">"正在加载通报数据……"</p> }.into_any()
            }
            None => ().into_any(),
        }}
    }
}

/// Every section of one bulletin, and the view state its ledger and charts share.
#[component]
fn Board(
    bulletin: Bulletin,
    warnings: Vec<Diagnostic>,
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    let (initial, ignored) = parse_query(&view_url::current_query(), &bulletin);
    if !ignored.is_empty() {
        let mut notice = Notice::new("链接中的部分筛选条件无法识别，已忽略：");
        notice.details = ignored;
        notices.update(|all| all.push(notice));
    }
    let view = RwSignal::new(initial);
    Effect::new(move || view.with(view_url::replace_with));

    let figures = Figures::of(&bulletin);
    let shared = Arc::new(bulletin);
    // One facet index per bulletin; the ledger and the charts read the same counts.
    let counts = {
        let index = measured("ledger:facet-index", || FacetIndex::new(&shared));
        let b = shared.clone();
        Memo::new(move |_| {
            view.with(|v| measured("ledger:facet-counts", || index.counts(&b, &v.filter)))
        })
    };
    // The header and overview paint first; the heavier sections mount right after that
    // first frame, so a leader sees the headline figures without waiting for them. A page
    // opened in a background tab gets no animation frames, hence the timer as well.
    let rest = RwSignal::new(false);
    let show_rest = move || {
        if !rest.get_untracked() {
            rest.set(true);
        }
    };
    request_animation_frame(move || set_timeout(show_rest, Duration::ZERO));
    set_timeout(show_rest, Duration::from_millis(200));
    let header = view! { <Header bulletin=shared.clone() /> };
    let overview = view! { <Overview bulletin=shared.clone() figures=figures.clone() /> };
    let later = move || {
        rest.get().then(|| {
            let b = shared.clone();
            view! {
                <Charts bulletin=b.clone() counts=counts view=view />
                <SectorTable bulletin=b.clone() figures=figures.clone() />
                <ProblemTypes bulletin=b.clone() />
                <Ledger bulletin=b.clone() counts=counts view=view />
                <SectorDetails bulletin=b.clone() />
                <Requirements bulletin=b />
                <DataChecks warnings=warnings.clone() />
            }
        })
    };
    view! {
        {header}
        <main class="board">
            {overview}
            {later}
        </main>
        <footer class="site-footer">
            <p>"数据只保存在您的浏览器中。本页为静态网页，不会上传任何内容。"</p>
        </footer>
    }
}
