/** The progress callback a room's long call reports through: `done` of `total` units of work. */
export type Progress = (done: number, total: number) => void;
