//! The shown bulletin's series among the bulletins kept in this browser: whether it is the
//! newest (the live copy, whose warnings are judged on today), the one before it (compared
//! with by default), and the day its warnings are judged on.

use std::sync::Arc;

use bulletin_core::Bulletin;
use bulletin_core::library::Entry;
use bulletin_core::supervision::Judge;
use bulletin_core::supervision::series::{Place, before, is_newest, previous};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clock::today;
use crate::state::{library, source};

/// The kept bulletins and what the shown one's place among them decides.
#[derive(Clone, Copy)]
pub struct Series {
    /// The switcher's list, read once the board is up and again after a new period.
    pub kept: RwSignal<Vec<Entry>>,
    /// The day warnings are judged on, and how near counts as soon.
    pub judge: Memo<Option<Judge>>,
    current: Memo<Arc<Bulletin>>,
}

fn place(b: &Bulletin) -> Place<'_> {
    Place {
        id: &b.id,
        series: b.series.as_deref(),
        region: &b.region,
        end: &b.period.end,
    }
}

impl Series {
    /// The series of `current`, its list read in the background.
    pub fn new(current: Memo<Arc<Bulletin>>) -> Self {
        let kept = RwSignal::new(Vec::new());
        let judge = Memo::new(move |_| {
            current.with(|b| {
                let live = kept.with(|k| is_newest(k, place(b)));
                Judge::of(b, live, &today())
            })
        });
        let this = Self {
            kept,
            judge,
            current,
        };
        this.refresh();
        this
    }

    /// Reads the list of kept bulletins again.
    pub fn refresh(self) {
        spawn_local(async move {
            let Ok(bundled) = source::bundled() else {
                return;
            };
            let list = library::list(&bundled.bulletin).await;
            // The board may be gone by now.
            self.kept.try_set(list);
        });
    }

    /// The bulletin before the shown one in its series.
    pub fn previous(self) -> Option<Entry> {
        self.current
            .with(|b| self.kept.with(|k| previous(k, place(b)).cloned()))
    }

    /// The bulletins of the series that end before `end`, oldest first; none once the
    /// board is gone (this is asked after an await).
    pub fn ending_before(self, end: &str) -> Vec<Entry> {
        self.current
            .try_with_untracked(|b| {
                let at = Place { end, ..place(b) };
                self.kept
                    .try_with_untracked(|k| before(k, at).into_iter().cloned().collect())
            })
            .flatten()
            .unwrap_or_default()
    }

    /// The kept bulletin with this id.
    pub fn entry(self, id: &str) -> Option<Entry> {
        self.kept.with(|k| k.iter().find(|e| e.id == id).cloned())
    }
}
