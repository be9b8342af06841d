/**
 * Zachary's karate club (Zachary 1977): 34 members, 78 friendships, as 1-based member pairs in
 * the order of the published edge list. Member 1 is the instructor and 34 the administrator.
 */
const ROWS: Array<[number, number[]]> = [
  [1, [2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 18, 20, 22, 32]],
  [2, [3, 4, 8, 14, 18, 20, 22, 31]],
  [3, [4, 8, 9, 10, 14, 28, 29, 33]],
  [4, [8, 13, 14]],
  [5, [7, 11]],
  [6, [7, 11, 17]],
  [7, [17]],
  [9, [31, 33, 34]],
  [10, [34]],
  [14, [34]],
  [15, [33, 34]],
  [16, [33, 34]],
  [19, [33, 34]],
  [20, [34]],
  [21, [33, 34]],
  [23, [33, 34]],
  [24, [26, 28, 30, 33, 34]],
  [25, [26, 28, 32]],
  [26, [32]],
  [27, [30, 34]],
  [28, [34]],
  [29, [32, 34]],
  [30, [33, 34]],
  [31, [33, 34]],
  [32, [33, 34]],
  [33, [34]],
];

export const KARATE_EDGES: ReadonlyArray<readonly [number, number]> = ROWS.flatMap(([i, js]) =>
  js.map((j) => [i, j] as const),
);
