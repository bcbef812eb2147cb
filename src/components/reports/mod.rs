//! Reports that leave the browser: the board printed as a report (`print-report`), the
//! 通报文稿 as Word (`export-docx`), the filtered ledger and the attachment table as Excel
//! (`export-xlsx`), and 督办单 (`print-dubandan`). The files are written in the report
//! worker, whose writers the page does not carry.

mod document;
mod dubandan;
mod print_head;

use std::sync::Arc;

use bulletin_core::Bulletin;
use bulletin_core::report::Report;
use bulletin_core::worker_protocol::ReportKind;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clock::today;
use crate::browser::download::download_bytes;
use crate::browser::print::print;
use crate::browser::worker::{ReportFile, write_report};
use crate::i18n::{Say, reports as w};
use crate::notice::Notice;
use crate::state::compared::current_of;
use crate::state::series::Series;

pub use document::{ReportShown, ReportView};
pub use dubandan::{DubandanButton, DubandanSheets, DubandanShown};
pub use print_head::PrintHead;

/// What the report worker needs to write `kind`, read now: the bulletin as shown as JSON,
/// its title, and the period before (read from this browser's store when asked).
struct Asked {
    kind: ReportKind,
    text: String,
    title: String,
    previous: Option<bulletin_core::library::Entry>,
    rows: Vec<usize>,
}

impl Asked {
    fn of(
        kind: ReportKind,
        bulletin: Memo<Arc<Bulletin>>,
        rows: Vec<usize>,
        series: Option<Series>,
    ) -> Option<Self> {
        let (text, title) = bulletin.try_with_untracked(|b| {
            (
                serde_json::to_string(&**b).unwrap_or_default(),
                b.title.clone(),
            )
        })?;
        Some(Self {
            kind,
            text,
            title,
            previous: series.and_then(|s| s.previous()),
            rows,
        })
    }

    /// The file's bytes, written in the report worker.
    async fn write(self) -> Result<js_sys::Uint8Array, String> {
        // The period before, for what changed since.
        let previous = match self.previous {
            Some(entry) => current_of(&entry)
                .await
                .ok()
                .and_then(|b| serde_json::to_string(&b).ok()),
            None => None,
        };
        write_report(ReportFile {
            kind: self.kind,
            bulletin: self.text,
            previous,
            indices: self.rows,
            today: today(),
        })
        .await
    }
}

/// What a report is called in a message about it.
fn report_name(kind: ReportKind) -> &'static str {
    match kind {
        ReportKind::Docx => w::NAME_WORD.say(),
        ReportKind::Xlsx => w::NAME_EXCEL.say(),
        ReportKind::View => w::NAME_DOCUMENT.say(),
    }
}

/// Writes `kind` from the bulletin as shown (and for Excel, the ledger's `rows`) and offers
/// it as a download; what goes wrong is said in `notices`.
fn export(
    kind: ReportKind,
    bulletin: Memo<Arc<Bulletin>>,
    rows: Vec<usize>,
    busy: RwSignal<bool>,
    notices: RwSignal<Vec<Notice>>,
    series: Option<Series>,
) {
    let Some(asked) = Asked::of(kind, bulletin, rows, series) else {
        return;
    };
    busy.set(true);
    spawn_local(async move {
        let title = asked.title.clone();
        let made = asked.write().await;
        busy.try_set(false);
        let said = match made {
            Ok(bytes) if download_bytes(&kind.file_name(&title, &today()), kind.mime(), &bytes) => {
                return;
            }
            Ok(_) => w::NO_DOWNLOAD.say().to_owned(),
            Err(why) => why,
        };
        notices.try_update(|all| all.push(Notice::new(w::not_made(report_name(kind), &said))));
    });
}

/// 通报文稿, 打印通报 and 导出 Word, for the tool bar.
#[component]
pub fn ReportButtons(
    bulletin: Memo<Arc<Bulletin>>,
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    let busy = RwSignal::new(false);
    // Read here: an event handler has no owner to find it from.
    let series = use_context::<Series>();
    let shown = use_context::<ReportShown>();
    let reading = RwSignal::new(false);
    let show = move |_| {
        let (Some(shown), Some(asked)) = (
            shown,
            Asked::of(ReportKind::View, bulletin, Vec::new(), series),
        ) else {
            return;
        };
        reading.set(true);
        spawn_local(async move {
            let made = asked.write().await.and_then(|bytes| {
                serde_json::from_slice::<Report>(&bytes.to_vec()).map_err(|e| e.to_string())
            });
            reading.try_set(false);
            match made {
                Ok(report) => {
                    shown.0.try_set(Some(report));
                }
                Err(why) => {
                    notices.try_update(|all| {
                        all.push(Notice::new(w::not_made(
                            report_name(ReportKind::View),
                            &why,
                        )))
                    });
                }
            }
        });
    };
    view! {
        <button type="button" data-testid="show-report" aria-busy=move || reading.get().to_string() on:click=show>
            {move || if reading.get() { w::MAKING_DOCUMENT.say() } else { w::DOCUMENT.say() }}
        </button>
        <button type="button" data-testid="print-report" on:click=move |_| print()>{w::PRINT_REPORT.say()}</button>
        <button type="button" data-testid="export-docx" aria-busy=move || busy.get().to_string()
            on:click=move |_| export(ReportKind::Docx, bulletin, Vec::new(), busy, notices, series)>
            {move || if busy.get() { w::MAKING_WORD.say() } else { w::EXPORT_WORD.say() }}
        </button>
    }
}

/// 导出 Excel of the ledger's rows as filtered and sorted, for the ledger's tool bar.
#[component]
pub fn ExportXlsxButton(
    bulletin: Memo<Arc<Bulletin>>,
    rows: Memo<Vec<usize>>,
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    let busy = RwSignal::new(false);
    // Read here: an event handler has no owner to find it from.
    let series = use_context::<Series>();
    view! {
        <button type="button" data-testid="export-xlsx" aria-busy=move || busy.get().to_string()
            on:click=move |_| export(ReportKind::Xlsx, bulletin, rows.get_untracked(), busy, notices, series)>
            {move || if busy.get() { w::MAKING_EXCEL.say() } else { w::EXPORT_EXCEL.say() }}
        </button>
    }
}
