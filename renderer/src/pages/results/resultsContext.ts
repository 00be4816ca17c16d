import type { AssessmentMode, AssessmentWorkspace } from '../../../../shared/assessments/schemas';
import type { ResultsWithHistory } from '../../../../shared/results/schemas';
import type { FrameworkIndex } from '../../framework/frameworkText';
import type { Explain } from './explain';

/** What every results section reads: the scored round, its workspace and how to name and explain things. */
export interface ResultsContext {
  results: ResultsWithHistory;
  workspace: AssessmentWorkspace;
  index: FrameworkIndex;
  mode: AssessmentMode;
  blockName(id: string): string;
  explain: Explain;
}
