export declare function redisKeyPrefix(): string
export declare function redisDatabase(url: string | undefined): number
