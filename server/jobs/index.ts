// The job system's public face: define, enqueue, run.
export { defineJob, defineSweep, handleJob, type JobDefinition, type JobOutcome, type JobHandler, type Sweep } from './define';
export { enqueue, jobCounts } from './queue';
export { createWorker, startWorker, type Worker } from './worker';
export { adoptChild, ProgressTracker, type JobProgress, type ProgressReporter } from './progress';
