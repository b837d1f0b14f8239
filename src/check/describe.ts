/**
 * Wording shared by the unit checks: how a pool and a quota reading are named in messages.
 * Internal: not re-exported from the package.
 *
 * @internal
 * @module
 */
import type { Organization } from '../model/index.js';
import type { CheckSubjects, Lookup, Message } from '../rules/types.js';
import type { Pool } from './pools.js';
import type { QuotaBaseKind } from './quotaArithmetic.js';

/**
 * Names a pool in Vietnamese and English, e.g. "TCCSĐ Đảng bộ xã An Bình (xa-an-binh)", with the
 * fallback that put the subjects there, if any.
 *
 * @example
 * ```ts
 * import { describePool } from './describe.js';
 * describePool({ kind: 'group', id: 'xa-phuong' }, new Map()).en; // 'group xa-phuong'
 * ```
 */
export function describePool(pool: Pool, organizationById: Lookup<Organization>): Message {
  const named = (id: string) => {
    const name = organizationById.get(id)?.name;
    return name !== undefined && name !== id ? `${name} (${id})` : id;
  };
  let base: Message;
  switch (pool.kind) {
    case 'tccsd':
      base = { vi: `TCCSĐ ${named(pool.id)}`, en: `TCCSĐ ${named(pool.id)}` };
      break;
    case 'chi-bo':
      base = { vi: `chi bộ ${named(pool.id)}`, en: `chi bộ ${named(pool.id)}` };
      break;
    case 'group':
      base = { vi: `nhóm ${pool.id}`, en: `group ${pool.id}` };
      break;
    case 'parent':
      base = pool.id === '' ? { vi: 'nhóm các tổ chức không có cấp trên trong tệp', en: 'the organizations with no superior in the file' } : { vi: `các tổ chức trực thuộc ${named(pool.id)}`, en: `the organizations under ${named(pool.id)}` };
      break;
  }
  switch (pool.fallback) {
    case 'no-tccsd':
      return { vi: `${base.vi} (không có TCCSĐ ở trên: tính theo chi bộ)`, en: `${base.en} (no TCCSĐ above: pooled by the chi bộ)` };
    case 'no-group':
      return { vi: `${base.vi} (không tổ chức nào ở trên có nhóm: tính theo TCCSĐ)`, en: `${base.en} (no organization above has a group: pooled by the TCCSĐ)` };
    case 'no-group-no-tccsd':
      return { vi: `${base.vi} (không có nhóm, không có TCCSĐ ở trên: tính theo chi bộ)`, en: `${base.en} (neither a group nor a TCCSĐ above: pooled by the chi bộ)` };
    default:
      return base;
  }
}

/**
 * The reading of the quota in words, e.g. "20% of those rated HTTNV".
 *
 * @example
 * ```ts
 * import { describeQuotaReading } from './describe.js';
 * describeQuotaReading(20, 'httnv', false).en; // '20% of those rated HTTNV'
 * ```
 */
export function describeQuotaReading(percent: number, base: QuotaBaseKind, minimumOne: boolean): Message {
  const reading: Message =
    base === 'httnv'
      ? { vi: `${percent}% số được xếp loại HTTNV`, en: `${percent}% of those rated HTTNV` }
      : { vi: `${percent}% số được xếp loại HTTNV trở lên (HTXSNV + HTTNV)`, en: `${percent}% of those rated HTTNV or above (HTXSNV + HTTNV)` };
  return minimumOne ? { vi: `${reading.vi}, tối thiểu 01`, en: `${reading.en}, at least 1` } : reading;
}

/**
 * The subjects of a check as a plural noun.
 *
 * @example
 * ```ts
 * import { subjectNoun } from './describe.js';
 * subjectNoun('leaders').vi; // 'người đứng đầu'
 * ```
 */
export function subjectNoun(subjects: CheckSubjects): Message {
  switch (subjects) {
    case 'members':
      return { vi: 'đảng viên', en: 'members' };
    case 'organizations':
      return { vi: 'tổ chức đảng', en: 'organizations' };
    case 'leaders':
      return { vi: 'người đứng đầu', en: 'heads' };
  }
}
