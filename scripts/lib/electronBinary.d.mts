export declare const ROOT: string
export declare function electronBinary(): { path: string } | { missing: string }
export declare function electronAddonPath(abi: string | number): string
