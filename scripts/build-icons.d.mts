/** Types of scripts/build-icons.mjs for its test. */
export declare const ICON_DIR: string;
export declare const ICON_SIZES: number[];
export declare function iconSvg(): string;
export declare function iconPng(px: number): Buffer;
