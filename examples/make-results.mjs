#!/usr/bin/env node
// Generates examples/xa-an-binh-2025.json: the 2025 review of the same fictional commune as
// examples/xa-an-binh-2024.json, so that examples/de-an-03.json has two years of results for its
// sơ kết (2-year review). Deterministic: derived from the 2024 file and a fixed-seed PRNG.
// Usage: node examples/make-results.mjs [--check]
//   --check  exit 1 if the committed JSON differs from what this script generates.
//
// What changes in 2025 (and why the example shows it):
// - From 01/7/2025 there is no district level (294-QĐ/TW): Đảng bộ xã An Bình becomes the superior
//   of the grassroots (kind "cap-tren", under the province), and its chi bộ become chi bộ cơ sở
//   (TCCSĐ). TCCSĐ counts of 2024 (1) and 2025 (8) are therefore not comparable.
// - Chi bộ ấp Bình Thạnh is split: the members living in ấp Bình Lợi form Chi bộ ấp Bình Lợi
//   (founded 2025-03-10). Both carry group "thon", which the programme metric thon.with-chi-bo reads.
// - QĐ 366-QĐ/TW applies from 2025 (levels from a 100-point score): every rated subject gets a
//   score in the band of its planned level, tasks consistent with it, and the proposal.
// - Three members left during 2024–25 (moved away, died); six were admitted in 2025 (two of them
//   less than 6 months before the review: not rated); one was disciplined in 2025.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from '../scripts/generated.mjs';
import { prng } from '../scripts/prng.mjs';

const IN = fileURLToPath(new URL('./xa-an-binh-2024.json', import.meta.url));
const OUT = fileURLToPath(new URL('./xa-an-binh-2025.json', import.meta.url));
const YEAR = 2025;
const REVIEW_DATE = '2025-12-15';

const random = prng(20251215);
const int = (min, max) => min + Math.floor(random() * (max - min + 1));

const previous = JSON.parse(readFileSync(IN, 'utf8'));
const XA = 'xa-an-binh';
const TINH = 'tinh-thuan-hoa';
const AP_CU = 'cb-ap-binh-thanh';
const AP_MOI = 'cb-ap-binh-loi';
const RANK = { HTXSNV: 0, HTTNV: 1, HTNV: 2, KHTNV: 3 };

// A score in the band of a level (QĐ 366, Điều 11): HTXSNV ≥ 90, HTTNV 70–< 90, HTNV 50–< 70, KHTNV < 50.
const tenth = (x) => Math.round(x * 10) / 10;
function scoreFor(level) {
  const [lo, hi] = { HTXSNV: [90, 97], HTTNV: [72, 88], HTNV: [55, 68], KHTNV: [30, 48] }[level];
  const total = lo + random() * (hi - lo);
  const general = tenth(Math.min(30, Math.max(15, total * 0.3 + (random() - 0.5) * 2)));
  let results = tenth(total - general);
  if (results > 70) results = 70;
  // Keep the total inside the band after rounding.
  while (general + results >= { HTXSNV: 101, HTTNV: 90, HTNV: 70, KHTNV: 50 }[level]) results = tenth(results - 0.1);
  while (general + results < lo) results = tenth(results + 0.1);
  return { general, results };
}

// Tasks consistent with the level under QĐ 366 (HTXSNV: all on time, ≥ 30% exceeded; HTTNV: all on
// time; HTNV: all done, ≤ 20% late; KHTNV: less than half done).
function tasksFor(level, [min, max]) {
  const assigned = int(min, max);
  if (level === 'HTXSNV') return { assigned, completed: assigned, onTime: assigned, exceeded: Math.min(assigned, Math.ceil(assigned * 0.4) + int(0, 1)) };
  if (level === 'HTTNV') return { assigned, completed: assigned, onTime: assigned, exceeded: int(0, Math.floor(assigned / 4)) };
  if (level === 'HTNV') return { assigned, completed: assigned, onTime: assigned - Math.min(1, Math.floor(assigned / 5)), exceeded: 0 };
  const completed = Math.floor((assigned - 1) / 2);
  return { assigned, completed, onTime: completed, exceeded: 0 };
}

// ---------------------------------------------------------------------------------------------
// Organizations
// `type` (loại hình) is what `report --by type` groups the TCCSĐ by.
const ORG_PLAN = {
  [AP_CU]: { level: 'HTNV', tasks: [12, 12], name: 'Chi bộ ấp Bình Thạnh', type: 'xa' },
  [AP_MOI]: { level: 'HTTNV', tasks: [8, 8], name: 'Chi bộ ấp Bình Lợi', foundedOn: '2025-03-10', type: 'xa' },
  'cb-co-quan': { level: 'HTTNV', tasks: [15, 15], type: 'co-quan-dang' },
  'cb-truong-hoc': { level: 'HTXSNV', tasks: [10, 10], type: 'don-vi-su-nghiep' },
  'cb-tram-y-te': { level: 'HTTNV', tasks: [8, 8], type: 'don-vi-su-nghiep' },
  'cb-cong-an': { level: 'HTTNV', tasks: [12, 12], type: 'cong-an' },
  'cb-quan-su': { level: 'HTTNV', tasks: [9, 9], type: 'quan-doi' },
  'cb-cuu-chien-binh': { level: 'HTTNV', tasks: [6, 6], type: 'mttq-doan-the' },
};

const organizations = [
  { id: TINH, name: 'Đảng bộ tỉnh Thuận Hòa', kind: 'cap-tren' },
  {
    id: XA, name: 'Đảng bộ xã An Bình', kind: 'cap-tren', parentId: TINH, foundedOn: '1976-03-26', type: 'xa',
    score: { general: 26.5, results: 60 }, tasks: { assigned: 26, completed: 26, onTime: 26, exceeded: 8 },
    proposedLevel: 'HTTNV',
  },
];
const previousOrgs = new Map(previous.organizations.map((o) => [o.id, o]));
for (const [id, plan] of Object.entries(ORG_PLAN)) {
  const before = previousOrgs.get(id);
  const org = { id, name: plan.name ?? before.name, kind: 'chi-bo-co-so', parentId: XA };
  if (plan.foundedOn) org.foundedOn = plan.foundedOn;
  if (id === AP_CU || id === AP_MOI) org.group = 'thon';
  org.type = plan.type;
  org.score = scoreFor(plan.level);
  org.tasks = tasksFor(plan.level, plan.tasks);
  org.proposedLevel = plan.level;
  organizations.push(org);
}

// ---------------------------------------------------------------------------------------------
// Members
const LEFT = new Set();
const generic = previous.members.filter((m) => !m.posts && !m.exemption && !m.disciplines && m.proposedLevel === 'HTTNV');
while (LEFT.size < 3) LEFT.add(generic[int(0, generic.length - 1)].id);

// The ấp members who live in Bình Lợi move to the new chi bộ (office holders stay).
const apMembers = previous.members.filter((m) => m.orgId === AP_CU && !m.posts && !m.exemption && !LEFT.has(m.id));
const MOVED = new Set();
while (MOVED.size < 11) MOVED.add(apMembers[int(0, apMembers.length - 1)].id);

const SPECIAL = new Map([
  // Results Kém in 2023 and 2024 (consecutive-khtnv in 2024): KHTNV again.
  ['results-kem', 'KHTNV'],
]);
const kemMember = previous.members.find((m) => m.criteria?.results === 'kem');
const disciplined2024 = new Set(previous.members.filter((m) => m.disciplines?.some((d) => d.decidedOn.startsWith('2024'))).map((m) => m.id));

function planLevel(m) {
  if (kemMember && m.id === kemMember.id) return SPECIAL.get('results-kem');
  const before = m.proposedLevel ?? 'HTTNV';
  if (disciplined2024.has(m.id)) return before === 'KHTNV' ? 'HTNV' : 'HTTNV';
  const r = random();
  if (before === 'HTXSNV') return r < 0.35 ? 'HTTNV' : 'HTXSNV';
  if (before === 'HTTNV') return r < 0.05 ? 'HTXSNV' : r > 0.95 ? 'HTNV' : 'HTTNV';
  if (before === 'HTNV') return r < 0.45 ? 'HTTNV' : 'HTNV';
  return 'HTNV';
}

const members = [];
const TASKS = { resident: [3, 5], system: [6, 12] };
for (const m of previous.members) {
  if (LEFT.has(m.id)) continue;
  const orgId = MOVED.has(m.id) ? AP_MOI : m.orgId;
  const out = { id: m.id, name: m.name, orgId, status: 'chinh-thuc', admittedOn: m.admittedOn };
  if (m.exemption) {
    out.exemption = m.exemption;
    members.push(out);
    continue;
  }
  if (m.workInPoliticalSystem === false) out.workInPoliticalSystem = false;
  if (m.posts) out.posts = m.posts;
  const level = planLevel(m);
  out.score = scoreFor(level);
  out.tasks = tasksFor(level, m.workInPoliticalSystem === false ? TASKS.resident : TASKS.system);
  if (m.civilService) out.civilService = { level };
  out.proposedLevel = level;
  members.push(out);
}

// A discipline decided in 2025 for a 2025 violation (QĐ 124 Điều 12 k4 4.3 d, inherited by QĐ 366): KHTNV.
const toDiscipline = members.find((m) => m.orgId === 'cb-co-quan' && !m.posts && m.proposedLevel === 'HTTNV');
Object.assign(toDiscipline, { score: scoreFor('HTNV'), proposedLevel: 'KHTNV', disciplines: [{ form: 'khien-trach', decidedOn: '2025-06-10' }] });
toDiscipline.tasks = tasksFor('HTNV', TASKS.system);
if (toDiscipline.civilService) toDiscipline.civilService = { level: 'HTNV' };

// New members admitted in 2025 (the last two less than 6 months before the review: not rated).
const NEW = [
  { name: 'Nguyễn Thị Thanh Trúc', orgId: AP_MOI, admittedOn: '2025-02-03', level: 'HTTNV', resident: true },
  { name: 'Lê Hoàng Phúc', orgId: 'cb-cong-an', admittedOn: '2025-03-26', level: 'HTTNV' },
  { name: 'Trần Minh Khôi', orgId: AP_CU, admittedOn: '2025-05-19', level: 'HTTNV', resident: true },
  { name: 'Phạm Ngọc Hân', orgId: 'cb-truong-hoc', admittedOn: '2025-05-19', level: 'HTTNV' },
  { name: 'Võ Thành Đạt', orgId: 'cb-quan-su', admittedOn: '2025-09-02' },
  { name: 'Huỳnh Thị Mỹ Duyên', orgId: 'cb-tram-y-te', admittedOn: '2025-11-07' },
];
let serial = Math.max(...previous.members.map((m) => Number(m.id.slice(3))));
for (const n of NEW) {
  serial += 1;
  const m = { id: `dv-${String(serial).padStart(4, '0')}`, name: n.name, orgId: n.orgId, status: 'du-bi', admittedOn: n.admittedOn };
  if (n.resident) m.workInPoliticalSystem = false;
  if (n.level) {
    m.score = scoreFor(n.level);
    m.tasks = tasksFor(n.level, n.resident ? TASKS.resident : TASKS.system);
    m.proposedLevel = n.level;
  }
  members.push(m);
}

// The 20% quota per TCCSĐ (quotaScope "tccsd": each chi bộ cơ sở is now its own pool): the chi bộ
// proposes within it, moving its lowest-scored HTXSNV down until HTXSNV ≤ 20% of HTTNV.
for (const orgId of Object.keys(ORG_PLAN)) {
  const pool = members.filter((m) => m.orgId === orgId && m.proposedLevel);
  const total = (m) => m.score.general + m.score.results;
  for (;;) {
    const x = pool.filter((m) => m.proposedLevel === 'HTXSNV');
    const t = pool.filter((m) => m.proposedLevel === 'HTTNV').length;
    if (5 * x.length <= t) break;
    const lowest = x.sort((a, b) => total(a) - total(b) || (a.id < b.id ? -1 : 1))[0];
    lowest.proposedLevel = 'HTTNV';
    lowest.score = scoreFor('HTTNV');
    lowest.tasks = tasksFor('HTTNV', [lowest.tasks.assigned, lowest.tasks.assigned]);
    if (lowest.civilService) lowest.civilService = { level: 'HTTNV' };
  }
}

const review = { format: 'xeploai/review@1', year: YEAR, period: { kind: 'year' }, reviewDate: REVIEW_DATE, organizations, members };

// Self-check of what FORMAT.md §1 requires of these fields (the library's parser is the authority).
function validate(doc) {
  const problems = [];
  const orgIds = new Set(doc.organizations.map((o) => o.id));
  const ids = new Set();
  for (const [i, m] of doc.members.entries()) {
    if (ids.has(m.id)) problems.push(`members[${i}].id duplicate`);
    ids.add(m.id);
    if (!orgIds.has(m.orgId)) problems.push(`members[${i}].orgId unknown`);
    if (m.admittedOn > doc.reviewDate) problems.push(`members[${i}].admittedOn after the review date`);
    for (const p of m.posts ?? []) if (!orgIds.has(p.orgId)) problems.push(`members[${i}].posts orgId unknown`);
    const t = m.tasks;
    if (t && !(t.onTime <= t.completed && t.exceeded <= t.completed && t.completed <= t.assigned)) problems.push(`members[${i}].tasks inconsistent`);
    if (m.score && (m.score.general > 30 || m.score.results > 70 || m.score.general < 0 || m.score.results < 0)) problems.push(`members[${i}].score out of range`);
    if (m.score && m.proposedLevel) {
      const s = m.score.general + m.score.results;
      const band = s >= 90 ? 'HTXSNV' : s >= 70 ? 'HTTNV' : s >= 50 ? 'HTNV' : 'KHTNV';
      if (RANK[band] > RANK[m.proposedLevel]) problems.push(`members[${i}].score ${s} below the band of ${m.proposedLevel}`);
    }
  }
  if (problems.length > 0) throw new Error(`generated review is invalid:\n${problems.join('\n')}`);
}
validate(review);

writeOrCheck(OUT, review, 'examples/make-results.mjs');
