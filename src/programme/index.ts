/**
 * Programmes (Đề án, Nghị quyết): indicators with yearly targets, computed or entered actuals,
 * verdicts, the on-track line, the sơ kết summary, and the NQ 21-NQ/TW preset. The subpath
 * `xeploai/programme`; its evaluation is rendered by `xeploai/report` (`programmeTable`,
 * `programmeCsv`, `renderHtmlReport`).
 *
 * @module xeploai/programme
 */
export * from './types.js';
export { METRICS, METRIC_IDS, THON_GROUPS, findMetric, type MetricId, type MetricNeeds, type MetricSpec, type MetricValue } from './metrics.js';
export { PROGRAMME_FORMAT, INDICATOR_UNITS, INDICATOR_DIRECTIONS, YearValuesSchema, CitationSchema, IndicatorSchema, ProgrammeSchema } from './schema.js';
export { parseProgramme, safeParseProgramme, safeParseProgrammeJson } from './parse.js';
export { evaluateProgramme, judge } from './evaluate.js';
export { NQ21_PROGRAMME, extendProgramme, type ProgrammeExtension } from './nq21.js';
