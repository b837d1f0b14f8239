#!/usr/bin/env node
// Generates examples/xa-an-binh-2024.json: a fictional commune party committee (Đảng bộ xã An Bình)
// rated for 2024 under QĐ 124-QĐ/TW. Deterministic: the only randomness is a fixed-seed PRNG, so
// running it again gives the same bytes. Usage: node examples/make-xa-an-binh.mjs [--check]
//   --check  exit 1 if the committed JSON differs from what this script generates.
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from '../scripts/generated.mjs';
import { prng } from '../scripts/prng.mjs';

const OUT = fileURLToPath(new URL('./xa-an-binh-2024.json', import.meta.url));
const YEAR = 2024;
const REVIEW_DATE = '2024-12-15';

const random = prng(20241215);
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const weighted = (pairs) => {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of pairs) if ((r -= w) < 0) return value;
  return pairs[pairs.length - 1][0];
};
const pad = (n) => String(n).padStart(2, '0');
const date = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const randomDate = (fromYear, toYear) => date(int(fromYear, toYear), int(1, 12), int(1, 28));

// ---------------------------------------------------------------------------------------------
// Names
const SURNAMES = [
  ['Nguyễn', 30], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Huỳnh', 5], ['Võ', 5], ['Phan', 4], ['Trương', 3],
  ['Bùi', 3], ['Đặng', 3], ['Đỗ', 2], ['Ngô', 2], ['Hồ', 2], ['Dương', 2], ['Lý', 1], ['Lâm', 1], ['Đinh', 1],
  ['Tô', 1], ['Châu', 1], ['Mai', 1],
];
const MIDDLE = {
  m: [['Văn', 8], ['Minh', 3], ['Hữu', 2], ['Thanh', 2], ['Quốc', 2], ['Công', 1], ['Đức', 1], ['Hoàng', 1], ['Tấn', 2], ['Phước', 1]],
  f: [['Thị', 8], ['Ngọc', 3], ['Thu', 2], ['Kim', 2], ['Thanh', 1], ['Mỹ', 2], ['Bích', 1], ['Hồng', 1]],
};
const GIVEN = {
  m: ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hùng', 'Hiếu', 'Khang', 'Khoa', 'Lâm', 'Long', 'Lộc', 'Minh', 'Nam', 'Nghĩa', 'Phúc', 'Phong', 'Quang', 'Sơn', 'Tài', 'Tâm', 'Thắng', 'Thành', 'Thiện', 'Toàn', 'Trí', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Hòa', 'Hậu', 'Lợi', 'Tùng', 'Kiệt', 'Nhân', 'Hưng'],
  f: ['Anh', 'Cúc', 'Diễm', 'Dung', 'Giang', 'Hà', 'Hằng', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phượng', 'Quyên', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Uyên', 'Vân', 'Yến', 'Xuân', 'Thắm', 'Huệ'],
};
const usedNames = new Set();
function personName(sex) {
  for (;;) {
    const name = `${weighted(SURNAMES)} ${weighted(MIDDLE[sex])} ${pick(GIVEN[sex])}`.normalize('NFC');
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Organizations
const XA = 'xa-an-binh';
const CRITERIA_ORG = ['results', 'building', 'leadership', 'inspection', 'democracy', 'unity', 'remedy'];
const CRITERIA_MEMBER = ['results', 'politics', 'ethics', 'discipline', 'workstyle', 'unity', 'assignment', 'remedy'];

const orgCriteria = (results, overrides = {}) => ({ results, building: 'tot', leadership: 'tot', inspection: 'tot', democracy: 'tot', unity: 'tot', remedy: 'tot', ...overrides });

const organizations = [
  { id: 'huyen-thuan-hoa', name: 'Đảng bộ huyện Thuận Hòa', kind: 'cap-tren' },
  {
    id: XA, name: 'Đảng bộ xã An Bình', kind: 'dang-bo-co-so', parentId: 'huyen-thuan-hoa', foundedOn: '1976-03-26', group: 'xa-thi-tran', type: 'xa',
    criteria: orgCriteria('tot'),
    tasks: { assigned: 24, completed: 24, onTime: 22, exceeded: 9, mainTargetsMissed: false, forceMajeure: false },
    shortcomings: { identified: 3, remedied: 3 },
    sameLevelBodies: [{ name: 'UBND xã An Bình', level: 'HTTNV' }, { name: 'Ủy ban MTTQ Việt Nam xã An Bình', level: 'HTTNV' }],
    proposedLevel: 'HTTNV',
    history: [{ year: 2022, level: 'HTTNV' }, { year: 2023, level: 'HTTNV' }],
  },
];

// Each chi bộ: its members' planned levels (final, after every ceiling) and the profile that drives
// names, admission years, tasks and CBCCVC ratings. Special members are listed in `special`.
const CHI_BO = [
  {
    id: 'cb-ap-binh-thanh', name: 'Chi bộ ấp Bình Thạnh', profile: 'resident', female: 0.35, admitted: [1978, 2021],
    org: { criteria: orgCriteria('trung-binh', { unity: 'tot', inspection: 'trung-binh' }), tasks: { assigned: 12, completed: 10, onTime: 9, exceeded: 1 }, proposedLevel: 'HTNV', history: [{ year: 2023, level: 'HTTNV' }] },
    plan: { HTXSNV: 3, HTTNV: 22, HTNV: 5, KHTNV: 2 },
  },
  {
    id: 'cb-co-quan', name: 'Chi bộ Cơ quan xã', profile: 'civil', female: 0.4, admitted: [1996, 2020],
    org: { criteria: orgCriteria('tot'), tasks: { assigned: 15, completed: 15, onTime: 14, exceeded: 5 }, shortcomings: { identified: 2, remedied: 2 }, proposedLevel: 'HTTNV', history: [{ year: 2023, level: 'HTTNV' }] },
    plan: { HTXSNV: 3, HTTNV: 15, HTNV: 1, KHTNV: 1 },
  },
  {
    id: 'cb-truong-hoc', name: 'Chi bộ Trường học', profile: 'teacher', female: 0.7, admitted: [2001, 2022],
    org: { criteria: orgCriteria('tot', { leadership: 'xuat-sac' }), tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 4 }, proposedLevel: 'HTTNV', history: [{ year: 2023, level: 'HTXSNV' }] },
    plan: { HTXSNV: 2, HTTNV: 13, HTNV: 2, KHTNV: 0 },
  },
  {
    id: 'cb-tram-y-te', name: 'Chi bộ Trạm Y tế', profile: 'health', female: 0.7, admitted: [2005, 2022],
    org: { criteria: orgCriteria('tot'), tasks: { assigned: 8, completed: 8, onTime: 8, exceeded: 3 }, proposedLevel: 'HTTNV', history: [{ year: 2023, level: 'HTTNV' }] },
    plan: { HTXSNV: 1, HTTNV: 7, HTNV: 1, KHTNV: 0 },
  },
  {
    id: 'cb-cong-an', name: 'Chi bộ Công an xã', profile: 'police', female: 0.1, admitted: [2008, 2022],
    org: { criteria: orgCriteria('xuat-sac', { building: 'xuat-sac' }), tasks: { assigned: 12, completed: 12, onTime: 12, exceeded: 7 }, shortcomings: { identified: 1, remedied: 1 }, proposedLevel: 'HTXSNV', history: [{ year: 2023, level: 'HTTNV' }] },
    plan: { HTXSNV: 4, HTTNV: 7, HTNV: 0, KHTNV: 0 },
  },
  {
    id: 'cb-quan-su', name: 'Chi bộ Quân sự xã', profile: 'military', female: 0, admitted: [2006, 2022],
    org: { criteria: orgCriteria('tot'), tasks: { assigned: 9, completed: 9, onTime: 9, exceeded: 2 }, proposedLevel: 'HTTNV', history: [{ year: 2023, level: 'HTTNV' }] },
    plan: { HTXSNV: 2, HTTNV: 5, HTNV: 1, KHTNV: 0 },
  },
  {
    id: 'cb-cuu-chien-binh', name: 'Chi bộ Cựu chiến binh', profile: 'veteran', female: 0.05, admitted: [1966, 1992],
    org: { criteria: orgCriteria('tot'), tasks: { assigned: 6, completed: 6, onTime: 6, exceeded: 1 }, proposedLevel: 'HTTNV', history: [{ year: 2023, level: 'HTTNV' }] },
    plan: { HTXSNV: 2, HTTNV: 15, HTNV: 2, KHTNV: 0 },
  },
];
for (const cb of CHI_BO) organizations.push({ id: cb.id, name: cb.name, kind: 'chi-bo', parentId: XA, ...cb.org });

// ---------------------------------------------------------------------------------------------
// Members
const PROFILE = {
  resident: { tasksShare: 0.5, tasks: [3, 5], ids: ['results', 'politics', 'ethics', 'discipline', 'assignment'], civil: false, inSystem: false },
  civil: { tasksShare: 1, tasks: [8, 14], ids: ['results', 'politics', 'ethics', 'discipline', 'workstyle', 'unity'], civil: true, inSystem: true },
  teacher: { tasksShare: 1, tasks: [6, 10], ids: ['results', 'politics', 'ethics', 'discipline', 'workstyle', 'unity'], civil: true, inSystem: true },
  health: { tasksShare: 1, tasks: [6, 10], ids: ['results', 'politics', 'ethics', 'discipline', 'workstyle', 'unity'], civil: true, inSystem: true },
  police: { tasksShare: 1, tasks: [10, 16], ids: ['results', 'politics', 'ethics', 'discipline', 'workstyle', 'unity'], civil: false, inSystem: true },
  military: { tasksShare: 1, tasks: [8, 12], ids: ['results', 'politics', 'ethics', 'discipline', 'workstyle', 'unity'], civil: false, inSystem: true },
  veteran: { tasksShare: 0.3, tasks: [2, 4], ids: ['results', 'politics', 'ethics', 'discipline', 'assignment'], civil: false, inSystem: false },
};

function criteriaFor(level, ids) {
  const out = {};
  for (const id of ids) {
    if (id === 'results') out.results = { HTXSNV: 'xuat-sac', HTTNV: 'tot', HTNV: 'trung-binh', KHTNV: 'kem' }[level];
    else if (level === 'HTXSNV') out[id] = weighted([['xuat-sac', 1], ['tot', 2]]);
    else if (level === 'HTTNV') out[id] = weighted([['tot', 6], ['xuat-sac', 1]]);
    else out[id] = weighted([['tot', 2], ['trung-binh', 1]]);
  }
  return out;
}

function tasksFor(level, [min, max]) {
  const assigned = int(min, max);
  if (level === 'HTXSNV') {
    const exceeded = Math.min(assigned, Math.ceil(assigned / 2) + int(0, 2));
    return { assigned, completed: assigned, onTime: assigned, exceeded };
  }
  if (level === 'HTTNV') return { assigned, completed: assigned, onTime: assigned - int(0, 1), exceeded: int(0, Math.floor(assigned / 3)) };
  if (level === 'HTNV') {
    const completed = assigned - int(0, 1);
    return { assigned, completed, onTime: completed - 1, exceeded: 0 };
  }
  const completed = Math.floor(assigned / 2);
  return { assigned, completed, onTime: Math.max(0, completed - 1), exceeded: 0 };
}

const members = [];
const notes = [];
let serial = 0;

function addMember(cb, spec) {
  const profile = PROFILE[cb.profile];
  serial += 1;
  const id = `dv-${String(serial).padStart(4, '0')}`;
  const sex = spec.sex ?? (random() < cb.female ? 'f' : 'm');
  const name = personName(sex);
  const admittedOn = spec.admittedOn ?? randomDate(cb.admitted[0], Math.min(cb.admitted[1], 2022));
  const level = spec.level;
  const m = { id, name, orgId: cb.id, status: admittedOn > '2023-12-15' ? 'du-bi' : 'chinh-thuc', admittedOn };
  if (spec.exemption) m.exemption = spec.exemption;
  if (!profile.inSystem && !spec.inSystem) m.workInPoliticalSystem = false;
  if (level && (profile.civil || spec.civil) && spec.civil !== false) m.civilService = { level: spec.civilService ?? level };
  if (spec.leave) m.leave = spec.leave;
  if (spec.posts) m.posts = spec.posts;
  if (level && !spec.noCriteria) {
    m.criteria = spec.criteria ?? criteriaFor(spec.criteriaLevel ?? level, profile.ids);
    const withTasks = spec.tasks !== false && (profile.tasksShare === 1 || spec.posts || level === 'HTXSNV' || random() < profile.tasksShare);
    if (withTasks) m.tasks = tasksFor(spec.criteriaLevel ?? level, spec.posts ? [Math.max(profile.tasks[0], 8), Math.max(profile.tasks[1], 12)] : profile.tasks);
  }
  if (spec.shortcomings) {
    m.shortcomings = spec.shortcomings;
    if (m.criteria) m.criteria.remedy = spec.shortcomings.remedied === spec.shortcomings.identified ? 'tot' : 'trung-binh';
  }
  if (spec.disciplines) {
    m.disciplines = spec.disciplines;
    // The violation shows in the "ý thức tổ chức kỷ luật" grade unless it was self-detected.
    if (m.criteria && !spec.disciplines.every((d) => d.selfDetectedAndRemedied)) m.criteria.discipline = 'trung-binh';
  }
  if (level || spec.proposedLevel) m.proposedLevel = spec.proposedLevel ?? level;
  const history = spec.history ?? (level && admittedOn < '2023-01-01' && random() < 0.7 ? [{ year: 2023, level: level === 'KHTNV' ? 'HTNV' : weighted([[level, 4], ['HTTNV', 2]]) }] : undefined);
  if (history) m.history = history;
  members.push(m);
  if (spec.note) notes.push({ id, name, orgId: cb.id, note: spec.note });
  return m;
}

const post = (orgId, title, head = false) => (head ? { orgId, title, head: true } : { orgId, title });

// Special members and office holders, per chi bộ; everyone else is generated from the plan.
const SPECIAL = {
  'cb-ap-binh-thanh': [
    { level: 'HTTNV', posts: [post('cb-ap-binh-thanh', 'Bí thư Chi bộ ấp Bình Thạnh', true)], inSystem: true, note: 'Bí thư chi bộ ấp (head of the chi bộ; leaders[] entry)' },
    { level: 'HTTNV', posts: [post('cb-ap-binh-thanh', 'Phó Bí thư Chi bộ ấp Bình Thạnh')], inSystem: true },
    { level: 'HTXSNV', note: 'nông dân sản xuất giỏi: every criterion ≥ Tốt, results Xuất sắc, tasks 100% on time and ≥ 50% exceeded' },
    { level: 'KHTNV', criteriaLevel: 'HTTNV', proposedLevel: 'KHTNV', disciplines: [{ form: 'khien-trach', decidedOn: '2024-07-18' }], note: 'khiển trách in 2024 for a 2024 violation, not self-detected → KHTNV (124-QĐ/TW Điều 12 k4 4.3 d)' },
    { level: 'KHTNV', history: [{ year: 2022, level: 'HTNV' }, { year: 2023, level: 'KHTNV' }], shortcomings: { identified: 2, remedied: 0 }, note: 'results Kém, KHTNV in 2023 as well → second consecutive KHTNV (consecutive-khtnv)' },
    { admittedOn: '2024-03-03', level: 'HTTNV', note: 'đảng viên dự bị admitted 2024-03-03 (more than 6 months): rated like the others' },
    { admittedOn: '2024-07-05', note: 'admitted 2024-07-05, less than 6 months before the review date → not reviewed, not rated (Điều 5 k2)' },
    { exemption: { kind: 'dinh-chi-sinh-hoat', from: '2024-09-10' }, history: [{ year: 2023, level: 'HTTNV' }], note: 'đình chỉ sinh hoạt đảng since 2024-09-10 → not rated (Điều 5 k2)' },
  ],
  'cb-co-quan': [
    { level: 'HTTNV', posts: [post(XA, 'Bí thư Đảng ủy xã', true)], note: 'Bí thư Đảng ủy xã: head of the đảng bộ (leaders[] entry, rated after the đảng bộ)' },
    { level: 'HTXSNV', posts: [post(XA, 'Phó Bí thư Đảng ủy, Chủ tịch UBND xã')] },
    { level: 'HTTNV', posts: [post(XA, 'Phó Bí thư Thường trực Đảng ủy xã'), post('cb-co-quan', 'Bí thư Chi bộ Cơ quan xã', true)], note: 'Phó Bí thư Thường trực, also Bí thư Chi bộ Cơ quan xã (two posts)' },
    { level: 'HTXSNV', civilService: 'HTTNV', note: 'proposed HTXSNV but rated HTTNV as công chức → civil-service-mismatch warning (civilServiceCap "warn")' },
    { level: 'HTTNV', criteriaLevel: 'HTXSNV', proposedLevel: 'HTTNV', civilService: 'HTXSNV', note: 'criteria indicate HTXSNV, the chi bộ proposes HTTNV: the proposal is a ceiling' },
    { level: 'KHTNV', criteriaLevel: 'HTTNV', proposedLevel: 'KHTNV', civilService: 'KHTNV', disciplines: [{ form: 'canh-cao', decidedOn: '2024-08-20', violationYear: 2024 }], note: 'công chức địa chính: cảnh cáo in 2024 → KHTNV' },
  ],
  'cb-truong-hoc': [
    { level: 'HTXSNV', posts: [post('cb-truong-hoc', 'Bí thư Chi bộ Trường học', true)], note: 'Bí thư chi bộ (hiệu trưởng) rated HTXSNV while the chi bộ is HTTNV → head-above-unit warning (headCap "warn"; --set headCap=cap makes it a ceiling)' },
    { level: 'HTTNV', posts: [post('cb-truong-hoc', 'Phó Bí thư Chi bộ Trường học')] },
    { level: 'HTTNV', disciplines: [{ form: 'khien-trach', decidedOn: '2024-10-08', selfDetectedAndRemedied: true }], note: 'khiển trách in 2024, self-detected and consequences remedied → the 4.3 d exception: not KHTNV' },
    { level: 'HTNV', criteriaLevel: 'HTTNV', proposedLevel: 'HTTNV', civilService: 'HTNV', leave: { sickDays: 100 }, note: '100 days of sick leave (≥ 3 months) → not above HTNV (sickLeaveCap, assumption)' },
    { admittedOn: '2024-01-20', level: 'HTTNV', sex: 'f' },
    { admittedOn: '2024-09-02', sex: 'f', note: 'admitted 2024-09-02, less than 6 months before the review date → not rated' },
  ],
  'cb-tram-y-te': [
    { level: 'HTTNV', posts: [post('cb-tram-y-te', 'Bí thư Chi bộ Trạm Y tế', true)] },
    { level: 'HTTNV', sex: 'f', leave: { maternity: true }, note: 'maternity leave in 2024: rated on the time actually worked' },
    { level: 'HTTNV', disciplines: [{ form: 'khien-trach', decidedOn: '2024-04-12', violationYear: 2023 }], history: [{ year: 2023, level: 'HTTNV' }], note: 'khiển trách decided in 2024 for a 2023 violation → re-rate-violation-year: the superior re-rates 2023 (Điều 12 k4 4.5)' },
  ],
  'cb-cong-an': [
    { level: 'HTTNV', posts: [post(XA, 'Ủy viên Ban Thường vụ Đảng ủy, Trưởng Công an xã'), post('cb-cong-an', 'Bí thư Chi bộ Công an xã', true)] },
    { admittedOn: '2024-02-26', level: 'HTTNV' },
  ],
  'cb-quan-su': [{ level: 'HTTNV', civil: true, posts: [post(XA, 'Đảng ủy viên, Chỉ huy trưởng Ban Chỉ huy Quân sự xã'), post('cb-quan-su', 'Bí thư Chi bộ Quân sự xã', true)] }],
  'cb-cuu-chien-binh': [
    { level: 'HTTNV', civil: true, inSystem: true, posts: [post('cb-cuu-chien-binh', 'Bí thư Chi bộ Cựu chiến binh', true)] },
    { exemption: { kind: 'mien-cong-tac-sinh-hoat', from: '2021-03-15' }, admittedOn: '1967-05-19', note: 'miễn công tác và sinh hoạt đảng since 2021 (tuổi cao, sức khỏe yếu) → not rated' },
    { level: 'HTTNV', noCriteria: true, note: 'no criteria: the chi bộ proposal HTTNV is the basis' },
    { level: 'HTNV', noCriteria: true, note: 'no criteria: the chi bộ proposal HTNV is the basis' },
  ],
};

for (const cb of CHI_BO) {
  const specials = SPECIAL[cb.id] ?? [];
  const remaining = { ...cb.plan };
  for (const s of specials) if (s.level) remaining[s.level] -= 1;
  const generic = [];
  for (const level of ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']) {
    if (remaining[level] < 0) throw new Error(`${cb.id}: more special ${level} than planned`);
    for (let i = 0; i < remaining[level]; i++) generic.push({ level });
  }
  // Office holders first, then the rest in a shuffled but fixed order.
  const [officers, others] = [specials.filter((s) => s.posts), specials.filter((s) => !s.posts)];
  const rest = [...others, ...generic];
  for (let i = rest.length - 1; i > 0; i--) {
    const j = int(0, i);
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  for (const spec of [...officers, ...rest]) {
    if (spec.level === 'HTNV' && !spec.criteriaLevel && !spec.noCriteria && !spec.shortcomings && random() < 0.4) spec.shortcomings = { identified: 2, remedied: 1 };
    addMember(cb, spec);
  }
}

const review = {
  format: 'xeploai/review@1',
  year: YEAR,
  period: { kind: 'year' },
  ruleSet: 'qd124-2023',
  reviewDate: REVIEW_DATE,
  settings: { quotaScope: 'tccsd' },
  organizations,
  members,
};

// ---------------------------------------------------------------------------------------------
// Self-check against FORMAT.md §1 (the library's parser is the authority; this catches generator slips).
function validate(doc) {
  const problems = [];
  const orgIds = new Set();
  for (const [i, o] of doc.organizations.entries()) {
    if (orgIds.has(o.id)) problems.push(`organizations[${i}].id duplicate`);
    orgIds.add(o.id);
  }
  const grades = new Set(['xuat-sac', 'tot', 'trung-binh', 'kem']);
  const checkTasks = (t, p) => {
    if (!t) return;
    if (!(t.onTime <= t.completed && t.exceeded <= t.completed && t.completed <= t.assigned)) problems.push(`${p}.tasks inconsistent`);
  };
  const checkCriteria = (c, ids, p) => {
    if (!c) return;
    if (!c.results) problems.push(`${p}.criteria.results missing`);
    for (const [k, v] of Object.entries(c)) if (!ids.includes(k) || !grades.has(v)) problems.push(`${p}.criteria.${k} invalid`);
  };
  for (const [i, o] of doc.organizations.entries()) {
    if (o.parentId && !orgIds.has(o.parentId)) problems.push(`organizations[${i}].parentId unknown`);
    checkTasks(o.tasks, `organizations[${i}]`);
    checkCriteria(o.criteria, CRITERIA_ORG, `organizations[${i}]`);
  }
  const memberIds = new Set();
  for (const [i, m] of doc.members.entries()) {
    const p = `members[${i}]`;
    if (memberIds.has(m.id)) problems.push(`${p}.id duplicate`);
    memberIds.add(m.id);
    if (!orgIds.has(m.orgId)) problems.push(`${p}.orgId unknown`);
    if (m.admittedOn > doc.reviewDate) problems.push(`${p}.admittedOn after reviewDate`);
    if (m.exemption && m.exemption.from > doc.reviewDate) problems.push(`${p}.exemption.from after reviewDate`);
    for (const d of m.disciplines ?? []) if (d.decidedOn > doc.reviewDate) problems.push(`${p}.disciplines decidedOn after reviewDate`);
    for (const q of m.posts ?? []) if (!orgIds.has(q.orgId)) problems.push(`${p}.posts orgId unknown`);
    if (m.shortcomings && m.shortcomings.remedied > m.shortcomings.identified) problems.push(`${p}.shortcomings inconsistent`);
    if (m.status === 'du-bi' && m.admittedOn <= '2023-12-15') problems.push(`${p}.status du-bi after 12 months`);
    checkTasks(m.tasks, p);
    checkCriteria(m.criteria, CRITERIA_MEMBER, p);
  }
  const heads = doc.members.flatMap((m) => (m.posts ?? []).filter((q) => q.head).map((q) => q.orgId));
  if (new Set(heads).size !== heads.length) problems.push('an organization has two heads');
  if (problems.length > 0) throw new Error(`generated review is invalid:\n${problems.join('\n')}`);
}
validate(review);

if (writeOrCheck(OUT, review, 'examples/make-xa-an-binh.mjs')) {
  if (process.argv.includes('--notes')) for (const n of notes) console.log(`${n.id}  ${n.name}  (${n.orgId}): ${n.note}`);
}
