//! The project list: every project the bulletin names as lagging or having a problem.

use bulletin_core::Bulletin;
use leptos::prelude::*;

use super::status::ProjectStatusBadge;

/// One row per project, in the bulletin's order.
#[component]
pub fn ProjectList(bulletin: Bulletin) -> impl IntoView {
    let rows = bulletin
        .projects
        .iter()
        .map(|p| {
            let sector = bulletin.sector(&p.sector).map(|s| s.name.clone()).unwrap_or_default();
            let types: Vec<String> = p
                .problem_types
                .iter()
                .filter_map(|id| bulletin.problem_type(id).map(|t| t.name.clone()))
                .collect();
            let or_dash = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty()).unwrap_or_else(|| "—".into());
            view! {
                <tr data-testid="project-row" data-project-id=p.id.clone()>
                    <th scope="row">{p.name.clone()}</th>
                    <td>{sector}</td>
                    <td>{or_dash(&p.lead_unit)}</td>
                    <td>{or_dash(&p.district)}</td>
                    <td><ProjectStatusBadge status=p.status /></td>
                    <td>
                        <ul class="tags">
                            {types.into_iter().map(|t| view! { <li class="tag">{t}</li> }).collect_view()}
                        </ul>
                    </td>
                    <td class="issue">{p.issue.clone()}</td>
                    <td class="note">{p.note.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="projects" aria-labelledby="projects-title">
            <h2 id="projects-title">"问题项目台账"</h2>
            <div class="table-scroll">
                <table class="project-table">
                    <caption>{format!("共 {} 个项目", bulletin.projects.len())}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"项目"</th>
                            <th scope="col">"领域"</th>
                            <th scope="col">"牵头单位"</th>
                            <th scope="col">"县区"</th>
                            <th scope="col">"状态"</th>
                            <th scope="col">"问题类型"</th>
                            <th scope="col">"存在问题"</th>
                            <th scope="col">"备注"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
