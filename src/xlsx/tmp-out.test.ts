import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { evaluateReview } from '../builtIn.js';
import { rollUp, evaluateProgramme, parseProgramme } from '../render/index.js';
import { writeResultWorkbook, writeReportWorkbook, writeProgrammeWorkbook } from './index.js';
import { writeReportDocument, writeProgrammeDocument } from '../docx/index.js';
it('outputs', async () => {
  const review = JSON.parse(readFileSync('examples/xa-an-binh-2024.json', 'utf8'));
  const result = evaluateReview(review);
  writeFileSync('/tmp/xl/result.xlsx', await writeResultWorkbook(result, { review }));
  const table = rollUp({ result, review });
  writeFileSync('/tmp/xl/report.xlsx', await writeReportWorkbook(table));
  writeFileSync('/tmp/xl/report.docx', await writeReportDocument(table));
});
