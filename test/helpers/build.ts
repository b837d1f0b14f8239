// Small builders for hand-written test reviews (the public builder is xeploai/testing).
import type { Member, Organization } from '../../src/model/index.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function org(id: string, kind: Organization['kind'], extra: Partial<Mutable<Organization>> = {}): Organization {
  return { id, name: `Tổ chức ${id}`, kind, ...extra };
}

export function member(id: string, orgId: string, extra: Partial<Mutable<Member>> = {}): Member {
  return { id, name: `Đảng viên ${id}`, orgId, status: 'chinh-thuc', admittedOn: '2010-01-01', ...extra };
}

export function review(year: number, organizations: Organization[], members: Member[], extra: Record<string, unknown> = {}) {
  return { format: 'xeploai/review@1' as const, year, reviewDate: `${year}-12-15`, organizations, members, ...extra };
}

export const allTot = { results: 'tot', politics: 'tot', ethics: 'tot', discipline: 'tot', workstyle: 'tot' } as const;
export const excellent = { results: 'xuat-sac', politics: 'tot', ethics: 'tot', discipline: 'tot', workstyle: 'tot' } as const;
