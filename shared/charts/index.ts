/** Chart option builders shared by the screens and the Word reports (rendered to SVG there). */
export * from './chartStyle';
export * from './blockRadar';
export * from './blockBars';
export * from './perceptionGaps';
export * from './pyramidChart';
export * from './shiftsChart';
export * from './roundDeltas';
export * from './benchmarkBars';
export * from './roadmapTimeline';
export * from './answerDistribution';
