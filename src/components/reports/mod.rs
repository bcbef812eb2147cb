//! Reports that leave the browser: the board printed as a report (`print-report`), the
//! 通报文稿 as Word (`export-docx`), the filtered ledger and the attachment table as Excel
//! (`export-xlsx`), and 督办单 (`print-dubandan`). The files are written in the report
//! worker, whose writers the page does not carry.

mod dubandan;
mod print_head;

use std::sync::Arc;

use bulletin_core::Bulletin;
use bulletin_core::worker_protocol::ReportKind;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clock::today;
use crate::browser::download::download_bytes;
use crate::browser::print::{Printed, print};
use crate::browser::worker::{ReportFile, write_report};
use crate::notice::Notice;
use crate::state::compared::current_of;
use crate::state::series::Series;

pub use dubandan::{DubandanButton, DubandanSheets, DubandanShown};
pub use print_head::PrintHead;

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
    let Some((text, title)) = bulletin.try_with_untracked(|b| {
        (
            serde_json::to_string(&**b).unwrap_or_default(),
            b.title.clone(),
        )
    }) else {
        return;
    };
    let previous = series.and_then(|s| s.previous());
    busy.set(true);
    spawn_local(async move {
        // The period before, for what changed since (compare): read from this browser's store.
        let previous = match previous {
            Some(entry) => current_of(&entry)
                .await
                .ok()
                .and_then(|b| serde_json::to_string(&b).ok()),
            None => None,
        };
        let made = write_report(ReportFile {
            kind,
            bulletin: text,
            previous,
            indices: rows,
            today: today(),
        })
        .await;
        busy.try_set(false);
        let said = match made {
            Ok(bytes) if download_bytes(&kind.file_name(&title, &today()), kind.mime(), &bytes) => {
                return;
            }
            Ok(_) => "浏览器没有开始下载".to_owned(),
            Err(why) => why,
        };
        notices.try_update(|all| {
            all.push(Notice::new(format!(
                "无法生成{}：{said}",
                match kind {
                    ReportKind::Docx => "通报文稿（Word）",
                    ReportKind::Xlsx => "台账（Excel）",
                }
            )))
        });
    });
}

/// 打印通报 and 导出 Word, for the tool bar.
#[component]
pub fn ReportButtons(
    bulletin: Memo<Arc<Bulletin>>,
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    let busy = RwSignal::new(false);
    // Read here: an event handler has no owner to find it from.
    let series = use_context::<Series>();
    view! {
        <button type="button" data-testid="print-report" on:click=move |_| print(Printed::Report)>"打印通报"</button>
        <button type="button" data-testid="export-docx" aria-busy=move || busy.get().to_string()
            on:click=move |_| export(ReportKind::Docx, bulletin, Vec::new(), busy, notices, series)>
            {move || if busy.get() { "正在生成 Word…" } else { "导出 Word 文稿" }}
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
            {move || if busy.get() { "正在生成 Excel…" } else { "导出 Excel" }}
        </button>
    }
}
