/** The editors' home: pure aggregation and link building fed plain data by src/dashboardGate. */
export { EVERYONE, countCoverage, coverageMatrix, type CoverageCell, type CoverageCount, type CoverageItem, type CoverageMatrix, type CoverageRow, type SegmentColumn } from './coverage'
export { listViewUrl, type ListFilter } from './listUrl'
export {
  TYPE_LABELS,
  WIDGET_TEXT,
  awaitsApproval,
  brandErrorsNote,
  brandErrorsToFix,
  newestFirst,
  reviewScopeFor,
  reviewsDueScopeFor,
  titleIn,
  workWidgetsFor,
  type ReviewScope,
  type ReviewsDueScope,
  type WorkItem,
  type WorkList,
  type WorkWidget,
} from './work'
