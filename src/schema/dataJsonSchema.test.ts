import Ajv2020 from 'ajv/dist/2020.js';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../rules/registry.js';
import { extendRuleSet } from '../rules/extend.js';
import { CALENDAR_DATE_PATTERN, reviewJsonSchema } from './jsonSchema.js';
import { reviewJsonSchemaFor } from './dataJsonSchema.js';

const tinh = extendRuleSet(getRuleSet('qd366-2025'), {
  id: 'tinh-x', title: 'X',
  data: { members: z.object({ vangSinhHoat: z.int().min(0) }), organizations: z.object({ soBuoiSinhHoat: z.int() }) },
});

function validator(schema: object) {
  const ajv = new Ajv2020({ allErrors: true });
  ajv.addFormat('date', new RegExp(CALENDAR_DATE_PATTERN));
  return ajv.compile(schema);
}

const review = (data: unknown) => ({
  format: 'xeploai/review@1', year: 2025,
  organizations: [{ id: 'cb', name: 'Chi bộ', kind: 'chi-bo-co-so', data: { soBuoiSinhHoat: 12 } }],
  members: [{ id: 'dv', name: 'A', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-01-01', data }],
});

describe('reviewJsonSchemaFor', () => {
  it('holds data to the rule set\'s schemas, for apps in other languages', () => {
    const validate = validator(reviewJsonSchemaFor(tinh));
    expect(validate(review({ vangSinhHoat: 3 }))).toBe(true);
    expect(validate(review({ vangSinhHoat: -1 }))).toBe(false);
    expect(validate(review({ vangSinhHoat: 'ba' }))).toBe(false);
    expect(validator(reviewJsonSchema)(review({ vangSinhHoat: 'ba' }))).toBe(true);
  });

  it('equals reviewJsonSchema for a rule set without data schemas', () => {
    expect(reviewJsonSchemaFor(getRuleSet('qd124-2023'))).toEqual(reviewJsonSchema);
  });
});
