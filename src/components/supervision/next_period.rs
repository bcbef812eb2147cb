//! 新建下一期: the next bulletin of the shown one's series, made by
//! `bulletin_core::supervision`, kept in this browser beside the others and opened.

use bulletin_core::display::percent_in;
use bulletin_core::edit::{Edit, Step};
use bulletin_core::supervision::{Made, next_bulletin, next_id, next_period};
use std::cell::Cell;

use leptos::prelude::*;

use crate::i18n::{Say, lang, supervision as w};
use leptos::task::spawn_local;

use crate::browser::clock::now;
use crate::browser::confirm;
use crate::components::switcher::LEAVE_UNSAVED;
use crate::notice::Notice;
use crate::state::library;
use crate::state::shown::Bulletins;
use crate::state::working_copy::UserCopy;

/// Makes the next bulletin after the one in `copy`, keeps it and opens it; says what was
/// carried over, or why nothing was made.
pub fn start(copy: UserCopy, bulletins: Bulletins, notices: RwSignal<Vec<Notice>>) {
    let say = move |n: Notice| notices.update(|all| all.push(n));
    if MAKING.get() {
        return; // A second click while the first is still at work.
    }
    if copy.would_lose_work() && !confirm::ask(LEAVE_UNSAVED.say()) {
        return;
    }
    let b = copy.workbench.with_untracked(|w| w.bulletin().clone());
    let Some(next) = next_period(&b.period, b.schedule_target_pct) else {
        return say(Notice::new(w::NEXT_UNREADABLE.say()));
    };
    let series = b.series.clone().unwrap_or_else(|| b.id.clone());
    // The bulletin before joins the series too, so that each finds the other. Done now,
    // while this board is certainly there to take the step.
    if b.series.is_none() {
        let step = Step {
            // stays Chinese: a step label, kept in the bulletin's saved history
            label: format!("设为系列“{series}”"),
            at: now(),
            edits: vec![Edit::Set {
                path: "/series".to_owned(),
                before: serde_json::Value::Null,
                after: serde_json::json!(series),
            }],
        };
        if let Err(found) = copy.apply(step) {
            copy.report(w::DOING_SERIES.say(), &found);
        }
    }
    MAKING.set(true);
    // Only the app's own signals are used after the awaits: this board may be gone by then.
    spawn_local(async move {
        let mut taken = library::kept_ids().await;
        taken.push(b.id.clone());
        let id = next_id(&series, &next.period, |id| taken.iter().any(|t| t == id));
        let made = next_bulletin(&b, &id, next);
        keep_and_open(made, bulletins, say).await;
        MAKING.set(false);
    });
}

thread_local! {
    /// Whether a next bulletin is being made.
    static MAKING: Cell<bool> = const { Cell::new(false) };
}

/// Keeps the bulletin `made` in this browser and opens it, saying what it holds.
async fn keep_and_open(made: Made, bulletins: Bulletins, say: impl Fn(Notice)) {
    let n = &made.bulletin;
    let target = n
        .schedule_target_pct
        .map(|t| w::next_target(&percent_in(Some(t), lang())))
        .unwrap_or_default();
    let news = w::next_made(
        &n.title,
        &n.period.name_in(lang()),
        &n.period.start,
        &n.period.end,
        &target,
        made.carried,
        made.left_out,
    );
    library::keep_new(made.bulletin, news, bulletins, say).await;
}
