//! 通报文稿 in the page: the bulletin rebuilt from the current data in its own structure and
//! wording (written by the report worker), shown to read and print, with its attachment.

use bulletin_core::report::{Block, Report};
use leptos::prelude::*;

use crate::browser::print::print;
use crate::components::dialog::Dialog;
use crate::i18n::{Say, reports as w};

/// The 通报文稿 shown, if any.
#[derive(Clone, Copy)]
pub struct ReportShown(pub RwSignal<Option<Report>>);

impl ReportShown {
    /// Provided once by the board.
    pub fn provide() -> Self {
        let shown = Self(RwSignal::new(None));
        provide_context(shown);
        shown
    }
}

/// The document, while it is shown.
#[component]
pub fn ReportView(shown: ReportShown) -> impl IntoView {
    move || {
        let report = shown.0.get()?;
        let close = Callback::new(move |_| shown.0.set(None));
        let blocks = report
            .blocks
            .into_iter()
            .map(|b| match b {
                Block::Heading { level: 1, text } => {
                    view! { <h3 class="doc-h1">{text}</h3> }.into_any()
                }
                Block::Heading { level: 2, text } => {
                    view! { <h4 class="doc-h2">{text}</h4> }.into_any()
                }
                Block::Heading { text, .. } => view! { <h5 class="doc-h3">{text}</h5> }.into_any(),
                Block::Paragraph(text) => view! { <p class="doc-p">{text}</p> }.into_any(),
            })
            .collect_view();
        let attachment = report.attachment.map(|t| {
            let header = t.header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view();
            let rows = t
                .rows
                .into_iter()
                .map(|r| view! { <tr>{r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> })
                .collect_view();
            view! {
                <section class="doc-attachment">
                    // stays Chinese: the document's own heading: reports stay Chinese
                    <p class="doc-attachment-label">"附件"</p>
                    <h4 class="doc-attachment-title">{t.title}</h4>
                    <table><thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table>
                </section>
            }
        });
        let end = [report.issuer, report.date]
            .into_iter()
            .flatten()
            .map(|line| view! { <p class="doc-end">{line}</p> })
            .collect_view();
        Some(view! {
            <Dialog title=w::DOCUMENT.say().to_owned() test_id="report-view" wide=true on_close=close>
                <p class="section-note">{w::DOCUMENT_NOTE.say()}</p>
                // The document stays Chinese, as the office files it; only what is around it is translated.
                <article class="report-document printable" lang="zh-CN">
                    {report.number.map(|n| view! { <p class="doc-number">{n}</p> })}
                    <h2 class="doc-title">{report.title}</h2>
                    {blocks}
                    {end}
                    {attachment}
                </article>
                <div class="dialog-actions">
                    <button type="button" class="primary" data-testid="print-document" on:click=move |_| print()>{w::PRINT_DOCUMENT.say()}</button>
                    <button type="button" on:click=move |_| shown.0.set(None)>{w::CLOSE.say()}</button>
                </div>
            </Dialog>
        })
    }
}
