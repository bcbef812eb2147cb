//! Deterministic synthetic ledgers for benchmarks and scale tests: the same seed always
//! gives the same projects, so figures can be compared between runs.

use crate::{Bulletin, Extra, Project, ProjectStatus, SectorStatus};

const DISTRICTS: &[&str] = &[
    "海州区",
    "连云区",
    "赣榆区",
    "东海县",
    "灌云县",
    "灌南县",
    "市开发区",
    "徐圩新区",
    "高新区",
    "云台山景区",
];
const UNITS: &[&str] = &[
    "市教育局",
    "市交通局",
    "市住建局",
    "市生态环境局",
    "市卫健委",
    "市民政局",
    "市人社局",
    "市农业农村局",
    "市公安局",
    "市文广旅局",
    "市供销总社",
    "市城管局",
    "市水利局",
    "市医保局",
    "市市场监管局",
    "市体育局",
];
const PLACES: &[&str] = &[
    "新海",
    "朝阳",
    "花果山",
    "墟沟",
    "海宁",
    "凌州",
    "科苑",
    "秦东门",
    "通灌",
    "郁洲",
    "苍梧",
    "瀛洲",
    "孔望山",
    "大浦",
    "板桥",
    "猴嘴",
    "宋跳",
    "青口",
    "牛山",
    "伊山",
];
const KINDS: &[&str] = &[
    "中学改扩建工程",
    "小学新建工程",
    "幼儿园建设项目",
    "道路提升工程",
    "断头路打通工程",
    "污水管网改造",
    "老旧小区改造",
    "社区养老服务中心",
    "公共停车场建设",
    "农村公路改造",
    "体育公园建设",
    "卫生院提标改造",
    "应急水源地建设",
    "口袋公园建设",
    "农贸市场改造",
];
const CAUSES: &[&str] = &[
    "资金未到位",
    "土地手续办理周期长",
    "涉及拆迁征地",
    "管线迁移未完成",
    "融资方案未确定",
    "配套政策依据不足",
    "单位配合度低",
    "踏勘选址耗时长",
    "招标程序延后",
    "施工许可未办结",
];
const NOTES: &[&str] = &[
    "已约谈牵头单位",
    "已列入月度调度",
    "待县区反馈",
    "下周现场督查",
    "已提请市政府会办",
];

/// A small, fast, deterministic generator (xorshift64*); not for anything secret.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// `base` with its projects replaced by `count` generated ones, deterministic from `seed`.
pub fn with_projects(base: &Bulletin, count: usize, seed: u64) -> Bulletin {
    let mut rng = Rng(seed.max(1));
    let mut bulletin = base.clone();
    let sectors: Vec<&str> = base.sectors.iter().map(|s| s.id.as_str()).collect();
    let types: Vec<&str> = base.problem_types.iter().map(|t| t.id.as_str()).collect();
    bulletin.projects = (0..count)
        .map(|i| {
            let district = rng.pick(DISTRICTS);
            let name = format!(
                "{}{}{}",
                district.trim_end_matches(['区', '县']),
                rng.pick(PLACES),
                rng.pick(KINDS)
            );
            let status = match rng.below(10) {
                0..=2 => ProjectStatus::Behind,
                3..=6 => ProjectStatus::AtRisk,
                7..=8 => ProjectStatus::OnSchedule,
                _ => ProjectStatus::Resolved,
            };
            let mut problem_types = Vec::new();
            if !types.is_empty() {
                for _ in 0..1 + rng.below(2) {
                    let t = rng.pick(&types).to_owned();
                    if !problem_types.contains(&t) {
                        problem_types.push(t);
                    }
                }
            }
            Project {
                id: format!("p-{i:05}"),
                sector: (!sectors.is_empty()).then(|| rng.pick(&sectors).to_owned()),
                lead_unit: (rng.below(5) > 0).then(|| rng.pick(UNITS).to_owned()),
                district: (rng.below(4) > 0).then(|| district.to_owned()),
                districts: None,
                problems: None,
                figures: None,
                level: None,
                status,
                owner: None,
                deadline: None,
                follow_ups: None,
                resolved_on: None,
                problem_types,
                issue: format!(
                    "{}存在{}、{}等问题，影响工程整体推进。",
                    name,
                    rng.pick(CAUSES),
                    rng.pick(CAUSES)
                ),
                note: if rng.below(3) == 0 {
                    rng.pick(NOTES).to_owned()
                } else {
                    String::new()
                },
                name,
                extra: Extra::new(),
            }
        })
        .collect();
    bulletin
}

const SECTOR_NAMES: &[&str] = &[
    "教育惠民",
    "卫生健康",
    "就业创业",
    "交通出行",
    "宜居环境",
    "乡村振兴",
    "生态治理",
    "公共安全",
    "文体生活",
    "社会保障",
    "养老服务",
    "托育服务",
    "食品安全",
    "住房保障",
    "城市更新",
    "水利防汛",
    "数字政务",
    "便民服务",
    "农村供水",
    "燃气安全",
    "助残服务",
    "退役军人服务",
    "法律援助",
    "妇女儿童",
    "公共文化",
    "全民健身",
    "绿色出行",
    "污水治理",
    "垃圾分类",
    "老旧小区",
    "背街小巷",
    "菜市场改造",
    "停车设施",
    "充电设施",
    "平安建设",
    "应急救援",
    "职业培训",
    "创业扶持",
    "乡村公路",
    "农田水利",
];

/// `base` with `count` sectors (names from a fixed list, figures from `seed`), its projects
/// spread over them, for measuring charts with many categories.
pub fn with_sectors(base: &Bulletin, count: usize, seed: u64) -> Bulletin {
    let mut rng = Rng(seed.max(1));
    let mut bulletin = base.clone();
    let template = base.sectors.first().cloned();
    bulletin.sectors = (0..count)
        .filter_map(|i| {
            let mut s = template.clone()?;
            s.id = format!("sector-{i:02}");
            s.name = SECTOR_NAMES
                .get(i)
                .map_or_else(|| format!("领域{}", i + 1), |n| (*n).to_owned());
            s.items = 1 + rng.below(9) as u64;
            s.sub_items = Some(s.items + rng.below(30) as u64);
            s.completed_investment = (rng.below(6) > 0).then(|| rng.below(300) as f64 / 10.0);
            s.plan_pct = (rng.below(6) > 0).then(|| 20.0 + rng.below(700) as f64 / 10.0);
            s.status = if s.plan_pct.is_some_and(|p| p < 45.0) {
                SectorStatus::Behind
            } else {
                SectorStatus::OnSchedule
            };
            Some(s)
        })
        .collect();
    for (i, p) in bulletin.projects.iter_mut().enumerate() {
        if let Some(s) = bulletin.sectors.get(i % count.max(1)) {
            p.sector = Some(s.id.clone());
        }
    }
    bulletin.summary.items = Some(bulletin.sectors.iter().map(|s| s.items).sum());
    bulletin.summary.items_on_schedule = bulletin.summary.items;
    bulletin
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_projects_and_the_result_is_valid() {
        let base = crate::load(include_str!(
            "../../../public/data/lianyungang-2023-h1.json"
        ))
        .expect("valid")
        .bulletin;
        let a = with_projects(&base, 500, 7);
        assert_eq!(a, with_projects(&base, 500, 7));
        assert_ne!(a, with_projects(&base, 500, 8));
        assert_eq!(a.projects.len(), 500);
        crate::check(&a).expect("a generated bulletin is valid");
        let wide = with_sectors(&a, 40, 3);
        assert_eq!(wide.sectors.len(), 40);
        crate::check(&wide).expect("forty sectors are valid too");
    }
}
