import { prng } from '../scripts/prng.mjs';
// The synthetic national review of the benchmarks: the 2025 tree and its members, from fixed-seed
// PRNGs (see bench/generate.mjs for the shares and the command line).

/** The national size: «hơn 5,6 triệu đảng viên» (programme.md). */
export const NATIONAL_MEMBERS = 5_600_000;
/** Communes, wards and special zones since 1/7/2025: 2,621 xã, 687 phường, 13 đặc khu. */
const COMMUNES_NATIONAL = { xa: 2621, phuong: 687, 'dac-khu': 13 };
const COMMUNES_TOTAL = 2621 + 687 + 13;

const PROVINCES = [
  'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng',
  'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình', 'Quảng Trị', 'Đà Nẵng',
  'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Thành phố Hồ Chí Minh', 'Đồng Nai', 'Tây Ninh', 'Cần Thơ',
  'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
];
const PLACE_SYLLABLES = ['An', 'Bình', 'Phú', 'Hòa', 'Tân', 'Thạnh', 'Long', 'Phước', 'Mỹ', 'Hưng', 'Thuận', 'Đông', 'Tây', 'Nam', 'Bắc', 'Sơn', 'Hải', 'Trung', 'Lộc', 'Thọ', 'Quang', 'Vĩnh', 'Xuân', 'Đức', 'Minh', 'Thành', 'Hiệp', 'Lợi', 'Điền', 'Khánh'];
const SURNAMES = [['Nguyễn', 30], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Huỳnh', 5], ['Võ', 5], ['Phan', 4], ['Trương', 3], ['Bùi', 3], ['Đặng', 3], ['Đỗ', 2], ['Ngô', 2], ['Hồ', 2], ['Dương', 2], ['Lý', 1], ['Đinh', 1]];
const MIDDLE = { m: ['Văn', 'Văn', 'Văn', 'Minh', 'Hữu', 'Thanh', 'Quốc', 'Công', 'Đức', 'Tấn'], f: ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Kim', 'Thanh', 'Mỹ', 'Hồng'] };
const GIVEN = {
  m: ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hùng', 'Hiếu', 'Khang', 'Khoa', 'Lâm', 'Long', 'Lộc', 'Minh', 'Nam', 'Nghĩa', 'Phúc', 'Phong', 'Quang', 'Sơn', 'Tài', 'Tâm', 'Thắng', 'Thành', 'Toàn', 'Trí', 'Trung', 'Tuấn', 'Việt', 'Vinh'],
  f: ['Anh', 'Cúc', 'Dung', 'Giang', 'Hà', 'Hằng', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'Nga', 'Nhung', 'Oanh', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Xuân'],
};

const COLLECTIVE = ['results', 'building', 'leadership', 'inspection', 'democracy', 'unity', 'remedy'];

/**
 * Member profiles by the kind of chi bộ: size range, share of women, admission years, whether they
 * work in the political system, hold a CBCCVC rating, give task data, and which criteria they use.
 */
export const PROFILES = {
  resident: { size: [14, 60], female: 0.3, admitted: [1958, 2024], inSystem: 0.15, civil: 0.05, tasks: 0.35, exempt: 0.075, ids: ['results', 'politics', 'ethics', 'discipline', 'assignment'] },
  office: { size: [10, 24], female: 0.45, admitted: [1985, 2024], inSystem: 1, civil: 1, tasks: 1, exempt: 0, ids: ['results', 'politics', 'ethics', 'discipline', 'workstyle', 'unity'] },
  police: { size: [8, 30], female: 0.1, admitted: [1998, 2024], inSystem: 1, civil: 0, tasks: 1, exempt: 0, ids: ['results', 'politics', 'ethics', 'discipline', 'workstyle', 'unity'] },
  military: { size: [5, 12], female: 0.02, admitted: [2000, 2024], inSystem: 1, civil: 0, tasks: 1, exempt: 0, ids: ['results', 'politics', 'ethics', 'discipline', 'workstyle', 'unity'] },
  school: { size: [6, 30], female: 0.7, admitted: [1990, 2024], inSystem: 1, civil: 1, tasks: 0.9, exempt: 0, ids: ['results', 'politics', 'ethics', 'discipline', 'workstyle', 'unity'] },
  health: { size: [4, 14], female: 0.65, admitted: [1995, 2024], inSystem: 1, civil: 1, tasks: 0.9, exempt: 0, ids: ['results', 'politics', 'ethics', 'discipline', 'workstyle', 'unity'] },
  enterprise: { size: [6, 30], female: 0.35, admitted: [1995, 2024], inSystem: 0, civil: 0, tasks: 0.8, exempt: 0, ids: ['results', 'politics', 'ethics', 'discipline', 'unity'] },
};

export { prng };

/** A seed for the n-th chi bộ, mixed so neighbouring chi bộ get unrelated streams. */
export function mix(seed, n) {
  let h = (seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export function tools(random) {
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const weighted = (pairs) => {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = random() * total;
    for (const [value, w] of pairs) if ((r -= w) < 0) return value;
    return pairs[pairs.length - 1][0];
  };
  return { random, int, pick, weighted, chance: (p) => random() < p };
}

export const pad = (n, width = 2) => String(n).padStart(width, '0');
export const date = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;

/** The rule set in force for a review year, and how subjects get their basis under it. */
export function regime(year) {
  if (year >= 2025) return { ruleSet: 'qd366-2025', basis: 'score' };
  if (year >= 2023) return { ruleSet: 'qd124-2023', basis: 'criteria' };
  return { ruleSet: 'qd132-2018', basis: 'criteria' };
}

// ---------------------------------------------------------------------------------------------
// The tree

function placeName(t) {
  return `${t.pick(PLACE_SYLLABLES)} ${t.pick(PLACE_SYLLABLES)}`;
}

function orgCriteria(t, level) {
  const results = { HTXSNV: 'xuat-sac', HTTNV: 'tot', HTNV: 'trung-binh', KHTNV: 'kem' }[level];
  const out = { results };
  for (const id of COLLECTIVE) {
    if (id === 'results') continue;
    out[id] = level === 'HTXSNV' ? t.weighted([['tot', 3], ['xuat-sac', 1]]) : level === 'HTTNV' ? t.weighted([['tot', 8], ['xuat-sac', 1], ['trung-binh', 1]]) : t.weighted([['tot', 1], ['trung-binh', 2]]);
  }
  return out;
}

function orgTasks(t, level) {
  const assigned = t.int(8, 30);
  if (level === 'HTXSNV') return { assigned, completed: assigned, onTime: assigned, exceeded: Math.ceil(assigned / 2) + t.int(0, 3) > assigned ? assigned : Math.ceil(assigned / 2) + t.int(0, 3) };
  if (level === 'HTTNV') return { assigned, completed: assigned, onTime: assigned - t.int(0, 1), exceeded: t.int(0, Math.floor(assigned / 3)) };
  if (level === 'HTNV') return { assigned, completed: assigned - t.int(0, 2), onTime: assigned - t.int(3, 5), exceeded: 0 };
  const completed = Math.floor(assigned / 2) - 1;
  return { assigned, completed, onTime: Math.max(0, completed - 2), exceeded: 0, mainTargetsMissed: true };
}

/** An organization's own data (criteria or score, tasks, proposal, history). */
function orgRating(t, year, basis, org, rated = true) {
  if (!rated) return org;
  const level = t.weighted([['HTXSNV', 10], ['HTTNV', 72], ['HTNV', 16], ['KHTNV', 2]]);
  if (basis === 'score') org.score = scoreFor(t, level);
  else org.criteria = orgCriteria(t, level);
  if (t.chance(0.85)) org.tasks = orgTasks(t, level);
  if (t.chance(0.2)) org.shortcomings = { identified: 3, remedied: level === 'HTNV' || level === 'KHTNV' ? 1 : 3 };
  if (t.chance(0.0005)) org.disciplines = [{ form: 'khien-trach', decidedOn: date(year, t.int(2, 11), t.int(1, 28)) }];
  if (t.chance(0.0003)) org.conclusions = ['mat-doan-ket'];
  org.proposedLevel = level;
  if (t.chance(0.8)) org.history = [{ year: year - 1, level: t.weighted([[level, 4], ['HTTNV', 2]]) }];
  return org;
}

function scoreFor(t, level) {
  const [lo, hi] = { HTXSNV: [90, 100], HTTNV: [70, 89], HTNV: [50, 69], KHTNV: [20, 49] }[level];
  const total = t.int(lo * 10, hi * 10) / 10;
  const general = Math.min(30, Math.round(total * 0.3 * 10) / 10);
  return { general, results: Math.round((total - general) * 10) / 10 };
}

/**
 * Splits `total` members into chi bộ sizes for one commune: the fixed offices first, then
 * villages and residential groups.
 */
function communePlan(t, total, kind) {
  const plan = [];
  let left = total;
  const take = (profile, range) => {
    const size = Math.max(1, Math.min(left, t.int(range[0], range[1])));
    left -= size;
    return { profile, size };
  };
  // Đảng bộ cơ quan Đảng – Chính quyền – MTTQ và các đoàn thể: a đảng bộ cơ sở with three chi bộ.
  if (left > 40) plan.push({ kind: 'dang-bo-co-so', name: 'Đảng bộ các cơ quan', chiBo: [take('office', [10, 20]), take('office', [10, 24]), take('office', [8, 16])].map((c, i) => ({ ...c, name: ['Chi bộ Cơ quan Đảng', 'Chi bộ Chính quyền', 'Chi bộ Mặt trận và các đoàn thể'][i] })) });
  if (left > 20) plan.push({ kind: 'chi-bo-co-so', name: 'Chi bộ Công an', ...take('police', [8, 30]) });
  if (left > 10) plan.push({ kind: 'chi-bo-co-so', name: 'Chi bộ Quân sự', ...take('military', [5, 12]) });
  for (let s = 0, n = t.int(1, 4); s < n && left > 10; s++) plan.push({ kind: 'chi-bo-co-so', name: `Chi bộ Trường ${['Mầm non', 'Tiểu học', 'Trung học cơ sở', 'Trung học phổ thông'][s]}`, ...take('school', [6, 30]) });
  if (left > 6) plan.push({ kind: 'chi-bo-co-so', name: 'Chi bộ Trạm Y tế', ...take('health', [4, 14]) });
  const enterprises = kind === 'phuong' ? t.int(0, 3) : t.int(0, 1);
  for (let e = 0; e < enterprises && left > 40; e++) {
    const chiBo = [];
    for (let c = 0, n = t.int(2, 4); c < n && left > 6; c++) chiBo.push({ ...take('enterprise', [6, 30]), name: `Chi bộ Phân xưởng ${c + 1}` });
    plan.push({ kind: 'dang-bo-co-so', name: `Đảng bộ Công ty ${e + 1}`, chiBo });
  }
  const unit = kind === 'phuong' ? 'tổ dân phố' : 'thôn';
  for (let v = 1; left > 0; v++) plan.push({ kind: 'chi-bo-co-so', name: `Chi bộ ${unit} ${v}`, ...take('resident', PROFILES.resident.size) });
  return plan;
}

/**
 * The organization tree for `members` members: organizations in order (provinces, then each
 * commune followed by its TCCSĐ and their chi bộ), and the chi bộ that hold members with their
 * profile and size.
 */
export function buildTree({ members, seed, year }) {
  const t = tools(prng(seed));
  const { basis } = regime(year);
  const communes = Math.max(1, Math.round((members / NATIONAL_MEMBERS) * COMMUNES_TOTAL));
  const provinces = Math.min(PROVINCES.length, communes);
  const organizations = [];
  const chiBo = [];
  for (let p = 0; p < provinces; p++) organizations.push({ id: `t${pad(p + 1)}`, name: `Đảng bộ tỉnh ${PROVINCES[p]}`, kind: 'cap-tren' });
  // Commune sizes vary around the mean; the last commune takes the remainder.
  let left = members;
  for (let c = 0; c < communes; c++) {
    const kind = c < Math.round((communes * COMMUNES_NATIONAL['dac-khu']) / COMMUNES_TOTAL) ? 'dac-khu' : t.weighted([['xa', COMMUNES_NATIONAL.xa], ['phuong', COMMUNES_NATIONAL.phuong]]);
    const mean = left / (communes - c);
    const size = c === communes - 1 ? left : Math.max(1, Math.min(left - (communes - c - 1), Math.round(mean * (0.6 + 0.8 * t.random()))));
    left -= size;
    const province = `t${pad((c % provinces) + 1)}`;
    const id = `${province}-x${pad(c + 1, 4)}`;
    const label = { xa: 'xã', phuong: 'phường', 'dac-khu': 'đặc khu' }[kind];
    // An đặc khu: the tỉnh ủy decides whether it is above its TCCSĐ or itself one (294-QĐ/TW).
    const communeIsTccsd = kind === 'dac-khu' && c % 2 === 1;
    const commune = { id, name: `Đảng bộ ${label} ${placeName(t)}`, kind: communeIsTccsd ? 'dang-bo-co-so' : 'cap-tren', parentId: province, group: kind };
    organizations.push(orgRating(t, year, basis, commune, communeIsTccsd || t.chance(0.9)));
    if (t.chance(0.5)) commune.sameLevelBodies = [{ name: `UBND ${label}`, level: 'HTTNV' }, { name: `Ủy ban MTTQ ${label}`, level: t.weighted([['HTTNV', 4], ['HTXSNV', 1]]) }];
    const plan = communePlan(t, size, kind);
    let n = 0;
    const addChiBo = (spec, parentId, kindOfChiBo) => {
      n += 1;
      const cb = orgRating(t, year, basis, { id: `${id}-${pad(n, 3)}`, name: `${spec.name} ${label} ${commune.name.slice(commune.name.lastIndexOf(' ', commune.name.length - 1) + 1)}`, kind: kindOfChiBo, parentId });
      organizations.push(cb);
      chiBo.push({ id: cb.id, profile: spec.profile, size: spec.size, communeIndex: c, heads: [cb.id] });
      return chiBo[chiBo.length - 1];
    };
    // Inside a special zone that is itself a TCCSĐ, its units are chi bộ trực thuộc.
    const grassroots = communeIsTccsd ? 'chi-bo' : 'chi-bo-co-so';
    const communeHeadHolder = [];
    for (const unit of plan) {
      if (unit.kind === 'dang-bo-co-so' && !communeIsTccsd) {
        n += 1;
        const db = orgRating(t, year, basis, { id: `${id}-${pad(n, 3)}`, name: `${unit.name} ${label}`, kind: 'dang-bo-co-so', parentId: id });
        organizations.push(db);
        const first = unit.chiBo.map((spec) => addChiBo(spec, db.id, 'chi-bo'));
        if (first[0]) first[0].heads.push(db.id);
        if (unit.name === 'Đảng bộ các cơ quan' && first[0]) communeHeadHolder.push(first[0]);
      } else if (unit.kind === 'dang-bo-co-so') {
        for (const spec of unit.chiBo) addChiBo(spec, id, 'chi-bo');
      } else {
        addChiBo(unit, id, grassroots);
      }
    }
    // The bí thư đảng ủy of the commune is a member of the offices' chi bộ (or of the first chi bộ).
    const holder = communeHeadHolder[0] ?? chiBo.find((cb) => cb.communeIndex === c);
    if (holder) holder.heads.push(id);
  }
  return { organizations, chiBo, basis };
}

// ---------------------------------------------------------------------------------------------
// Members

function personName(t, sex) {
  return `${t.weighted(SURNAMES)} ${t.pick(MIDDLE[sex])} ${t.pick(GIVEN[sex])}`;
}

function memberCriteria(t, level, ids) {
  const out = {};
  for (const id of ids) {
    if (id === 'results') out.results = { HTXSNV: 'xuat-sac', HTTNV: 'tot', HTNV: 'trung-binh', KHTNV: 'kem' }[level];
    else if (level === 'HTXSNV') out[id] = t.chance(0.3) ? 'xuat-sac' : 'tot';
    else if (level === 'HTTNV') out[id] = t.chance(0.12) ? 'xuat-sac' : 'tot';
    else if (level === 'HTNV') out[id] = t.chance(0.5) ? 'tot' : 'trung-binh';
    else out[id] = t.chance(0.5) ? 'trung-binh' : 'tot';
  }
  return out;
}

function memberTasks(t, level) {
  const assigned = t.int(3, 14);
  if (level === 'HTXSNV') return { assigned, completed: assigned, onTime: assigned, exceeded: Math.min(assigned, Math.ceil(assigned / 2) + t.int(0, 2)) };
  if (level === 'HTTNV') return { assigned, completed: assigned, onTime: assigned - (t.chance(0.2) ? 1 : 0), exceeded: t.int(0, Math.floor(assigned / 3)) };
  if (level === 'HTNV') {
    const completed = assigned - t.int(0, 1);
    return { assigned, completed, onTime: Math.max(0, completed - 1), exceeded: 0 };
  }
  const completed = Math.floor(assigned / 2);
  return { assigned, completed, onTime: Math.max(0, completed - 1), exceeded: 0 };
}

/**
 * The members of one chi bộ, in order (the heads first). `serial` is the number of members
 * generated before this chi bộ (member ids are global).
 */
export function chiBoMembers(cb, index, { seed, year }, serial, basis) {
  const t = tools(prng(mix(seed, index)));
  const profile = PROFILES[cb.profile];
  const reviewDate = `${year}-12-15`;
  // A chi bộ's pace: most propose few HTXSNV, some more than the quota allows.
  const xs = t.weighted([[0.06, 3], [0.1, 4], [0.13, 2], [0.24, 1]]);
  const out = [];
  for (let i = 0; i < cb.size; i++) {
    const id = `dv-${pad(serial + i + 1, 7)}`;
    const sex = t.chance(profile.female) ? 'f' : 'm';
    const m = { id, name: personName(t, sex), orgId: cb.id, status: 'chinh-thuc', admittedOn: '' };
    // Admission: ~3.5 % in the last 12 months (dự bị), half of them less than 6 months ago (not rated).
    const recent = t.chance(0.035);
    if (recent) {
      // From 1 July: less than 6 months before the review date (15 December).
      m.admittedOn = t.chance(0.5) ? date(year, t.int(7, 12), t.int(1, 12)) : date(year, t.int(1, 5), t.int(1, 28));
      m.status = 'du-bi';
    } else {
      m.admittedOn = date(t.int(profile.admitted[0], Math.min(profile.admitted[1], year - 1)), t.int(1, 12), t.int(1, 28));
      if (m.admittedOn > `${year - 1}-12-15`) m.status = 'du-bi';
    }
    const heads = i < cb.heads.length ? cb.heads[i] : undefined;
    const deputy = i === cb.heads.length && cb.size >= 7;
    if (t.chance(profile.exempt) && heads === undefined && !recent) m.exemption = { kind: 'mien-cong-tac-sinh-hoat', from: date(t.int(year - 6, year), t.int(1, 11), t.int(1, 28)) };
    else if (t.chance(0.0002) && heads === undefined) m.exemption = { kind: 'dinh-chi-sinh-hoat', from: date(year, t.int(1, 11), t.int(1, 28)) };
    if (!t.chance(profile.inSystem) && heads === undefined) m.workInPoliticalSystem = false;
    // The level the chi bộ means to give, before any ceiling.
    let level = t.random() < xs ? 'HTXSNV' : t.weighted([['HTTNV', 84], ['HTNV', 13], ['KHTNV', 1.6]]);
    if (heads !== undefined && level === 'KHTNV') level = 'HTNV';
    if (profile.civil > 0 && t.chance(profile.civil) && m.workInPoliticalSystem !== false) m.civilService = { level: t.chance(0.96) ? level : t.weighted([['HTTNV', 3], ['HTNV', 1]]) };
    const posts = [];
    if (heads !== undefined) {
      for (const orgId of cb.heads.slice(i, i + 1)) posts.push({ orgId, title: orgId === cb.id ? 'Bí thư chi bộ' : 'Bí thư đảng ủy', head: true });
    } else if (deputy) posts.push({ orgId: cb.id, title: 'Phó Bí thư chi bộ' });
    if (posts.length > 0) m.posts = posts;
    const noBasis = t.chance(0.002);
    const withCriteria = !noBasis && t.chance(0.95);
    if (withCriteria) {
      if (basis === 'score') m.score = scoreFor(t, level);
      else m.criteria = memberCriteria(t, level, profile.ids);
      if (posts.length > 0 || t.chance(profile.tasks)) m.tasks = memberTasks(t, level);
    }
    if (t.chance(0.06)) m.shortcomings = { identified: t.int(1, 3), remedied: 0 };
    if (m.shortcomings) m.shortcomings.remedied = level === 'HTNV' || level === 'KHTNV' ? 0 : m.shortcomings.identified;
    // ~0.35 % disciplined in the year; some for an earlier violation, some self-detected, a few elsewhere.
    if (t.chance(0.0035)) {
      const d = { form: t.weighted([['khien-trach', 6], ['canh-cao', 3], ['cach-chuc', 1]]), decidedOn: date(year, t.int(1, 11), t.int(1, 28)) };
      if (t.chance(0.25)) d.violationYear = year - 1;
      if (t.chance(0.1)) d.selfDetectedAndRemedied = true;
      if (t.chance(0.05) && cb.heads.length > 1) d.orgIdAtViolation = cb.heads[1];
      m.disciplines = [d];
      if (m.criteria && !d.selfDetectedAndRemedied) m.criteria.discipline = 'trung-binh';
    }
    if (t.chance(0.004)) m.leave = t.chance(0.5) ? { sickDays: t.int(20, 150) } : { maternity: true };
    // Now and then the chi bộ proposes one level below what the criteria indicate.
    if (!noBasis && t.chance(0.97)) m.proposedLevel = withCriteria && level !== 'KHTNV' && t.chance(0.02) ? { HTXSNV: 'HTTNV', HTTNV: 'HTNV', HTNV: 'KHTNV' }[level] : level;
    else if (!noBasis && !withCriteria) m.proposedLevel = level;
    if (m.admittedOn < `${year - 1}-01-01` && t.chance(0.8)) m.history = [{ year: year - 1, level: level === 'KHTNV' ? 'HTNV' : t.weighted([[level, 4], ['HTTNV', 2]]) }];
    if (m.exemption && m.exemption.from > reviewDate) delete m.exemption;
    out.push(m);
  }
  return out;
}

