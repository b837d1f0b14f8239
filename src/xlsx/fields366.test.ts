import { it, expect } from 'vitest';
import { writeReviewWorkbook, readReviewWorkbook } from './index.js';
it('the QĐ 366 fields, organization type and notReviewed survive the round trip', async () => {
  const review = { format: 'xeploai/review@1', year: 2025, reviewDate: '2025-12-15',
    organizations: [{ id: 'xa', name: 'Đảng bộ xã', kind: 'dang-bo-co-so', type: 'xa', tasks: { assigned: 10, completed: 10, basicIndicatorsMissed: true } }],
    members: [{ id: 'a', name: 'A', orgId: 'xa', status: 'chinh-thuc', admittedOn: '2010-01-01', managedByCentral: true, confidenceVote: { low: 3, total: 20 }, notReviewed: { reason: 'Đi xa' },
      posts: [{ orgId: 'xa', title: 'Phó Bí thư', leader: true, primary: true }], disciplines: [{ form: 'khien-trach', decidedOn: '2025-03-01', dutyRelated: false, corruption: true, detectedByLeader: true }] }] };
  const bytes = await writeReviewWorkbook(review as never);
  const back = await readReviewWorkbook(bytes);
  expect(back).toEqual(review);
});
