/** The part of madge's API the import-cycle test uses (madge ships no types). */
declare module 'madge' {
  interface MadgeResult {
    circular(): string[][]
    obj(): Record<string, string[]>
  }
  interface MadgeConfig {
    baseDir?: string
    fileExtensions?: string[]
    tsConfig?: string
    excludeRegExp?: RegExp[]
  }
  export default function madge(path: string | string[], config?: MadgeConfig): Promise<MadgeResult>
}
