/** The random-features view's calls of the bodies room (types only; the DrDAM view fills it). */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FeaturesRoomApi {}
