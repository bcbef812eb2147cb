//! Where the bulletin comes from: the one bundled into the app, or `?src=` on the same site.

use std::cell::OnceCell;

use crate::browser::fetch;
use crate::browser::timing::measured;
use crate::browser::worker;
use crate::notice::Notice;
use bulletin_core::library::SiteFile;
use bulletin_core::{Loaded, load, load_checked};

/// The 2023 H1 bulletin, compiled in so the first screen never waits for a second request.
const BUNDLED: &str = include_str!("../../public/data/lianyungang-2023-h1.json");

thread_local! {
    /// Parsed and validated once: opening, importing and the switcher all ask for it.
    static PARSED: OnceCell<Result<Loaded, Notice>> = const { OnceCell::new() };
}

/// The bundled bulletin, or a notice if it is somehow invalid.
pub fn bundled() -> Result<Loaded, Notice> {
    PARSED.with(|parsed| {
        parsed
            .get_or_init(|| {
                load(BUNDLED).map_err(|f| {
                    Notice::with_findings("内置通报数据有误，请联系维护人员。", &f.errors)
                })
            })
            .clone()
    })
}

/// Fetches the bulletin at `src`, a URL on this site, and has it validated in the worker.
/// Also gives the file it came from, as the browser resolved it (after any redirect),
/// which names the copy it is kept as.
pub async fn fetch(src: &str) -> Result<(Loaded, SiteFile), Notice> {
    let cannot = |why: &str| Notice::new(format!("无法加载通报“{src}”：{why}"));
    let url = fetch::same_site(src).ok_or_else(|| {
        cannot("只能加载本站上的通报文件（请使用相对地址，如 data/my-bulletin.json）。")
    })?;
    let response = fetch::get(&url)
        .await
        .ok_or_else(|| cannot("网络请求失败，请检查地址和网络连接。"))?;
    // A redirect may have led to another site: what came from there is not this site's file.
    let reached = match response.reached() {
        reached if reached.is_empty() => url.clone(),
        reached => reached,
    };
    let file =
        fetch::paths_on_this_site(&reached).map(|(page, file)| SiteFile::resolved(&page, &file));
    let Some(file) = file else {
        return Err(cannot("该地址被转到了其他网站，只能加载本站上的通报文件。"));
    };
    if !response.ok() {
        let why = match response.status() {
            404 => "找不到该文件（HTTP 404）。".to_owned(),
            code => format!("服务器返回错误（HTTP {code}）。"),
        };
        return Err(cannot(&why));
    }
    let text = response
        .text()
        .await
        .ok_or_else(|| cannot("无法读取文件内容（可能不是 UTF-8 文本）。"))?;
    if text.trim_start().starts_with('<') {
        return Err(cannot("收到的是网页而不是 JSON 文件，请检查地址。"));
    }
    let invalid = |count: usize| format!("通报“{src}”不是有效的通报文件，共发现 {count} 处问题：");
    // Validating a large file takes long: the import worker does it, this thread only parses.
    if let Err((findings, count)) = worker::check_bulletin(&text).await {
        return Err(Notice::with_lines(invalid(count), findings, count));
    }
    let loaded = measured("src:parse", || load_checked(&text))
        .map_err(|f| Notice::with_findings(invalid(f.errors.len()), &f.errors))?;
    Ok((loaded, file))
}
