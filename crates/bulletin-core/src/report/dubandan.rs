//! 督办单: one project's supervision sheet for paper — what it is, who answers for it, its
//! time limit and warning, its problem, its follow-ups — with room for the unit's reply.

use crate::filter::warning_of;
use crate::form::{Part, label};
use crate::supervision::Judge;
use crate::{Bulletin, FollowUp};

/// The sheet of one project.
#[derive(Debug, Clone, PartialEq)]
pub struct Dubandan {
    pub project: String,
    /// The bulletin it is from: its title and period.
    pub from: String,
    /// Each field as (label, value), in order; 未注明 where the data gives nothing.
    pub rows: Vec<(String, String)>,
    /// The follow-ups so far, one line each, in the order written.
    pub follow_ups: Vec<String>,
}

const NOT_GIVEN: &str = "未注明";

/// The sheet of `bulletin.projects[index]`, its warning judged by `judge`.
pub fn dubandan(bulletin: &Bulletin, index: usize, judge: Option<&Judge>) -> Option<Dubandan> {
    let p = bulletin.projects.get(index)?;
    let text = |v: Option<&str>| {
        v.map(str::trim)
            .filter(|t| !t.is_empty())
            .unwrap_or(NOT_GIVEN)
            .to_owned()
    };
    let field = |key: &str| label(Part::Project, key).unwrap_or_default().to_owned();
    let sector = p
        .sector
        .as_deref()
        .and_then(|id| bulletin.sectors.iter().find(|s| s.id == id))
        .map(|s| s.name.as_str());
    let districts = p.districts().join("、");
    let mut rows = vec![
        (field("sector"), text(sector)),
        (field("lead_unit"), text(p.lead_unit.as_deref())),
        (field("districts"), text(Some(&districts))),
        (field("owner"), text(p.owner.as_deref())),
        (field("deadline"), text(p.deadline.as_deref())),
        ("预警".to_owned(), warning_of(judge, p).label().to_owned()),
        (field("status"), p.status.label().to_owned()),
        (field("issue"), text(Some(&p.issue))),
    ];
    if bulletin.sectors.is_empty() {
        rows.remove(0);
    }
    let follow_ups = p.follow_ups.iter().flatten().map(FollowUp::line).collect();
    Some(Dubandan {
        project: p.name.clone(),
        from: format!("{}（{}）", bulletin.title, bulletin.period.name()),
        rows,
        follow_ups,
    })
}
