//! 督办单: one A4 sheet per project — from its ledger row (`print-dubandan`), or for every
//! project the ledger shows (`print-dubandan-all`) — previewed in a dialog and printed from
//! it, with room for the unit's reply and signature.

use std::sync::Arc;

use bulletin_core::Bulletin;
use bulletin_core::report::dubandan;
use leptos::prelude::*;

use crate::browser::print::print;
use crate::components::dialog::Dialog;
use crate::i18n::{Say, reports as w};
use crate::state::series::Series;

/// The projects whose sheets are shown (indices into the bulletin's projects), if any.
#[derive(Clone, Copy)]
pub struct DubandanShown(pub RwSignal<Option<Vec<usize>>>);

impl DubandanShown {
    /// Provided once by the board.
    pub fn provide() -> Self {
        let shown = Self(RwSignal::new(None));
        provide_context(shown);
        shown
    }
}

/// 督办单 for the projects `of` (one row's, or the ledger's rows) when pressed.
#[component]
pub fn DubandanButton(
    of: Signal<Vec<usize>>,
    test_id: &'static str,
    label: &'static str,
    #[prop(optional, into)] aria_label: Option<Signal<String>>,
) -> impl IntoView {
    let shown = use_context::<DubandanShown>();
    view! {
        <button type="button" class="link" data-testid=test_id aria-label=move || aria_label.map(|a| a.get())
            on:click=move |_| {
                if let Some(shown) = shown {
                    shown.0.set(Some(of.get_untracked()));
                }
            }>
            {label}
        </button>
    }
}

/// The sheets' preview, while some are shown.
#[component]
pub fn DubandanSheets(bulletin: Memo<Arc<Bulletin>>, shown: DubandanShown) -> impl IntoView {
    let judge = use_context::<Series>().map(|s| s.judge);
    move || {
        let which = shown.0.get()?;
        let close = Callback::new(move |_| shown.0.set(None));
        let judge = judge.and_then(|j| j.get_untracked());
        let sheets = bulletin.with_untracked(|b| {
            which
                .iter()
                .filter_map(|&i| dubandan(b, i, judge.as_ref()))
                .map(|d| {
                    let rows = d
                        .rows
                        .into_iter()
                        .map(|(label, value)| view! { <tr><th scope="row">{label}</th><td>{value}</td></tr> })
                        .collect_view();
                    let follow_ups = if d.follow_ups.is_empty() {
                        // stays Chinese: the 督办单 is the office's printed sheet, which stays Chinese
                        view! { <p class="hint">"尚无督办记录。"</p> }.into_any()
                    } else {
                        view! { <ol>{d.follow_ups.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ol> }.into_any()
                    };
                    // The sheet is the office's document: Chinese in either language.
                    view! {
                        <article class="dubandan-sheet" data-testid="dubandan-sheet">
                            // stays Chinese: the 督办单 is the office's printed sheet, which stays Chinese
                            <h3>"民生实事项目督办单"</h3>
                            <p class="dubandan-from">{d.from}</p>
                            <table>
                                <tbody>
                                    // stays Chinese: the 督办单 is the office's printed sheet, which stays Chinese
                                    <tr><th scope="row">"项目名称"</th><td>{d.project}</td></tr>
                                    {rows}
                                </tbody>
                            </table>
                            // stays Chinese: the 督办单 is the office's printed sheet, which stays Chinese
                            <h4>"督办记录"</h4>
                            {follow_ups}
                            // stays Chinese: the 督办单 is the office's printed sheet, which stays Chinese
                            <h4>"承办单位反馈"</h4>
                            // stays Chinese: the 督办单 is the office's printed sheet, which stays Chinese
                            <div class="dubandan-reply" aria-label="由承办单位填写"></div>
                            // stays Chinese: the 督办单 is the office's printed sheet, which stays Chinese
                            <p class="dubandan-sign">"承办单位（盖章）：" <span class="blank"></span> "负责人签字：" <span class="blank"></span> "日期：" <span class="blank"></span></p>
                        </article>
                    }
                })
                .collect_view()
        });
        let count = which.len();
        Some(view! {
            <Dialog title=w::sheets(count) test_id="dubandan" wide=true on_close=close>
                <div class="dubandan-sheets printable" lang="zh-CN">{sheets}</div>
                <div class="dialog-actions">
                    <button type="button" class="primary" data-testid="print-dubandan-go" on:click=move |_| print()>{w::PRINT.say()}</button>
                    <button type="button" on:click=move |_| shown.0.set(None)>{w::CLOSE.say()}</button>
                </div>
            </Dialog>
        })
    }
}
