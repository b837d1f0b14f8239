/**
 * `inherit124Rules: false`: the QĐ 124 rules that the shared pipelines read from the subject
 * itself (exemption, admission date, disciplines, conclusions) are switched off by handing the
 * pipeline a copy without those inputs, and each one left out is reported as an `info`
 * finding (`rule-not-inherited`, cite 366-QĐ/TW with the inherited article noted), so no rule
 * disappears silently.
 *
 * Why a wrapper: `memberEvaluator` and `organizationEvaluator` apply these rules whenever the
 * input has the data; `MemberParams.exempt`, `newMember`, `discipline.inPeriod`, `conclusions`
 * and `OrganizationParams.selfDisciplined`, `conclusions`, `disciplinedUnitsShare` have no
 * "absent" value (the hook we would want). Rules that do have one are simply left out of the
 * `…Without124` params.
 *
 * @module
 */
import { addCalendarMonths } from '../../model/dates.js';
import type { Member, Organization } from '../../model/index.js';
import { disciplineTiming, hasCountingDiscipline } from '../common/discipline.js';
import { makeFinding } from '../common/findings.js';
import type { MemberParams, OrganizationParams } from '../common/params.js';
import type { SubjectEvaluator } from '../common/variants.js';
import type { EvaluationContext, Finding, MemberResult, OrganizationResult, RuleText } from '../types.js';

const DETAIL = { vi: 'không áp dụng vì inherit124Rules = false', en: 'not applied: inherit124Rules is false' } as const;

function notApplied(rule: RuleText, path: string): Finding {
  return makeFinding('rule-not-inherited', 'info', rule, { path, detail: DETAIL, assumption: true });
}

function countsInPeriod(list: Member['disciplines'] | Organization['disciplines'], ctx: EvaluationContext): boolean {
  return list !== undefined && list.some((d) => disciplineTiming(d, ctx) !== 'outside');
}

function withNotes<R extends { readonly findings: readonly Finding[] }>(result: R, notes: readonly Finding[]): R {
  return notes.length === 0 ? result : { ...result, findings: [...notes, ...result.findings] };
}

/**
 * Wraps a member evaluator so that the QĐ 124 exclusions, disciplines and conclusions do not
 * apply; `inheritedParams` gives the texts (and the 6 months) of the rules left out.
 *
 * @example
 * ```ts
 * import { memberWithout124, qd366MemberParams } from 'xeploai/rules/qd366-2025';
 * const evaluate = memberWithout124((m) => ({ id: m.id, orgId: m.orgId, rated: true, level: 'HTTNV', findings: [] }), qd366MemberParams);
 * const ctx = { reviewDate: '2025-12-15', periodStart: '2025-01-01', periodEnd: '2025-12-31', settings: {} };
 * const m = { id: 'a', name: 'A', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2025-10-01' } as const;
 * evaluate(m, 0, ctx as never).findings.map((f) => f.code); // ['rule-not-inherited']
 * ```
 */
export function memberWithout124(evaluate: SubjectEvaluator<Member, MemberResult>, inheritedParams: MemberParams): SubjectEvaluator<Member, MemberResult> {
  return (member, index, ctx) => {
    const path = `members[${index}]`;
    const notes: Finding[] = [];
    let subject: Member = member;
    const ex = member.exemption;
    if (ex !== undefined && ex.from <= ctx.reviewDate) {
      notes.push(notApplied(ex.kind === 'dinh-chi-sinh-hoat' && inheritedParams.suspended !== undefined ? inheritedParams.suspended : inheritedParams.exempt, `${path}.exemption`));
      const { exemption: _, ...rest } = subject;
      subject = rest;
    }
    if (addCalendarMonths(member.admittedOn, inheritedParams.newMember.months) > ctx.reviewDate) {
      notes.push(notApplied(inheritedParams.newMember.rule, `${path}.admittedOn`));
    }
    if (countsInPeriod(member.disciplines, ctx)) {
      notes.push(notApplied(inheritedParams.discipline.inPeriod, `${path}.disciplines`));
      const { disciplines: _, ...rest } = subject;
      subject = rest;
    }
    if (member.conclusions !== undefined && member.conclusions.length > 0) {
      notes.push(notApplied(inheritedParams.conclusions, `${path}.conclusions`));
      const { conclusions: _, ...rest } = subject;
      subject = rest;
    }
    return withNotes(evaluate(subject, index, ctx), notes);
  };
}

/**
 * Wraps an organization evaluator so that the QĐ 124 "new organization", "collective
 * disciplined", "> 20 % of units disciplined" and conclusion rules do not apply.
 *
 * @example
 * ```ts
 * import { organizationWithout124, qd366OrganizationParams } from 'xeploai/rules/qd366-2025';
 * const evaluate = organizationWithout124((o) => ({ id: o.id, kind: o.kind, rated: true, level: 'HTTNV', findings: [] }), qd366OrganizationParams);
 * const ctx = { reviewDate: '2025-12-15', periodStart: '2025-01-01', periodEnd: '2025-12-31', settings: {}, childrenOf: new Map() };
 * const org = { id: 'cb', name: 'Chi bộ', kind: 'chi-bo-co-so', conclusions: ['mat-doan-ket'] } as const;
 * evaluate(org, 0, ctx as never).findings[0]?.path; // 'organizations[0].conclusions'
 * ```
 */
export function organizationWithout124(evaluate: SubjectEvaluator<Organization, OrganizationResult>, inheritedParams: OrganizationParams): SubjectEvaluator<Organization, OrganizationResult> {
  return (org, index, ctx) => {
    const path = `organizations[${index}]`;
    const notes: Finding[] = [];
    let subject: Organization = org;
    if (org.foundedOn !== undefined && addCalendarMonths(org.foundedOn, inheritedParams.newOrganization.months) > ctx.reviewDate) {
      notes.push(notApplied(inheritedParams.newOrganization.rule, `${path}.foundedOn`));
    }
    if (countsInPeriod(org.disciplines, ctx)) {
      notes.push(notApplied(inheritedParams.selfDisciplined, `${path}.disciplines`));
      const { disciplines: _, ...rest } = subject;
      subject = rest;
    }
    if (org.conclusions !== undefined && org.conclusions.length > 0) {
      notes.push(notApplied(inheritedParams.conclusions, `${path}.conclusions`));
      const { conclusions: _, ...rest } = subject;
      subject = rest;
    }
    const children = ctx.childrenOf.get(org.id) ?? [];
    let disciplined = 0;
    for (const c of children) if (hasCountingDiscipline(c.disciplines, ctx)) disciplined++;
    if (children.length > 0 && 100 * disciplined > inheritedParams.disciplinedUnitsShare.percent * children.length) {
      notes.push(notApplied(inheritedParams.disciplinedUnitsShare.rule, path));
    }
    return withNotes(evaluate(subject, index, ctx), notes);
  };
}
