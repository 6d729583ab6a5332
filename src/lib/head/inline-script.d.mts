export declare const HEAD_SCRIPT: string;
export declare function cspHash(source: string): `sha256-${string}`;
