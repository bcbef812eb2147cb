//! The app shell: decides which bulletin to show and lays out the board.

use bulletin_core::{Bulletin, Diagnostic, Figures, Loaded};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{
    DataChecks, Header, NoticeArea, Overview, ProblemTypes, ProjectList, Requirements,
    SectorDetails, SectorTable,
};
use crate::notice::Notice;
use crate::source;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let loaded = RwSignal::new(None::<Loaded>);
    let notice = RwSignal::new(None::<Notice>);

    let show_bundled = move |extra: Option<Notice>| match source::bundled() {
        Ok(b) => {
            notice.set(extra);
            loaded.set(Some(b));
        }
        Err(n) => notice.set(Some(n)),
    };
    match source::requested_source() {
        None => show_bundled(None),
        Some(src) => spawn_local(async move {
            match source::fetch(&src).await {
                Ok(b) => loaded.set(Some(b)),
                Err(mut n) => {
                    n.details.push("下面显示的是内置的通报数据。".to_owned());
                    show_bundled(Some(n));
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
        <NoticeArea notice=notice />
        {move || match loaded.get() {
            Some(l) => view! { <Board bulletin=l.bulletin warnings=l.warnings /> }.into_any(),
            None if notice.with(Option::is_none) => {
                view! { <p class="loading" aria-live="polite">"正在加载通报数据……"</p> }.into_any()
            }
            None => ().into_any(),
        }}
    }
}

/// Every section of one bulletin.
#[component]
fn Board(bulletin: Bulletin, warnings: Vec<Diagnostic>) -> impl IntoView {
    let figures = Figures::of(&bulletin);
    let bulletin = StoredValue::new(bulletin);
    let b = move || bulletin.get_value();
    view! {
        <Header bulletin=b() />
        <main class="board">
            <Overview bulletin=b() figures=figures.clone() />
            <SectorTable bulletin=b() figures=figures />
            <ProblemTypes bulletin=b() />
            <ProjectList bulletin=b() />
            <SectorDetails bulletin=b() />
            <Requirements bulletin=b() />
            <DataChecks warnings=warnings />
        </main>
        <footer class="site-footer">
            <p>"数据只保存在您的浏览器中。本页为静态网页，不会上传任何内容。"</p>
        </footer>
    }
}
