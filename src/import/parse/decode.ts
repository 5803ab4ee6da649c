import { createHash } from 'node:crypto'

import { ImportParseError } from './types'

export const MAX_SOURCE_BYTES = 5 * 1024 * 1024

// Plain prose has essentially no C0 control bytes; above this share the file is not a document.
const MAX_CONTROL_RATIO = 0.02

function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++
  return line
}

function isValidUtf8Prefix(bytes: Uint8Array, length: number): boolean {
  try {
    // `stream: true` tolerates a sequence cut at the end, so validity is monotone in `length`.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true })
    return true
  } catch {
    return false
  }
}

/** TextDecoder does not say where decoding failed; a binary search over prefixes finds the first bad byte. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let valid = 0
  let invalid = bytes.length
  while (invalid - valid > 1) {
    const mid = Math.floor((valid + invalid) / 2)
    if (isValidUtf8Prefix(bytes, mid)) valid = mid
    else invalid = mid
  }
  return invalid - 1
}

function refuseBinary(bytes: Uint8Array): void {
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new ImportParseError(
      `file looks binary (NUL byte at offset ${nul}), not a text document`,
      lineAtOffset(bytes, nul),
    )
  }
  let control = 0
  for (const b of bytes) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++
  if (control / bytes.length > MAX_CONTROL_RATIO) {
    throw new ImportParseError(`file looks binary (${control} control characters), not a text document`)
  }
}

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'euc-kr'

function strictDecode(encoding: SourceEncoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * Korean sources are often saved in EUC-KR / CP949 (WHATWG's "euc-kr" decoder reads both).
 * Latin-1 text can decode as CP949 by accident ("è" + "m" is a CP949 extension syllable), so
 * the bytes must read as Korean: most two-byte pairs in the KS X 1001 Hangul block, which is
 * where everyday Korean text lives.
 */
function asKorean(bytes: Uint8Array): string | undefined {
  let pairs = 0
  let hangul = 0
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue
    pairs++
    if (bytes[i] >= 0xb0 && bytes[i] <= 0xc8 && bytes[i + 1] >= 0xa1 && bytes[i + 1] <= 0xfe) hangul++
    i++
  }
  if (hangul < 2 || hangul < pairs * 0.6) return undefined
  return strictDecode('euc-kr', bytes)
}

/** The bytes as text and the encoding they were read in: UTF-8, UTF-16 with a BOM, or EUC-KR/CP949. */
function decodeBytes(bytes: Uint8Array): { text: string; encoding: SourceEncoding } {
  const utf16: SourceEncoding | undefined =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined
  if (utf16) {
    const text = strictDecode(utf16, bytes.subarray(2))
    if (text === undefined) throw new ImportParseError(`file starts with a UTF-16 byte-order mark but is not valid ${utf16.toUpperCase()}`, 1)
    return { text, encoding: utf16 }
  }
  refuseBinary(bytes)
  const utf8 = strictDecode('utf-8', bytes)
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' }
  const korean = asKorean(bytes)
  if (korean !== undefined) return { text: korean, encoding: 'euc-kr' }
  const offset = firstInvalidUtf8Offset(bytes)
  const line = lineAtOffset(bytes, offset)
  throw new ImportParseError(
    `file is not valid UTF-8 (first bad byte on line ${line}) and not EUC-KR/CP949 Korean either; save it as UTF-8`,
    line,
  )
}

/**
 * Bytes → normalised text: size and binary checks first (cheap, before decoding), then the
 * encoding, then one line-ending convention and no BOM, so line numbers and the hash are stable.
 */
export function decodeSource(bytes: Uint8Array): string {
  return decodeSourceWithEncoding(bytes).text
}

export function decodeSourceWithEncoding(bytes: Uint8Array): { text: string; encoding: SourceEncoding } {
  if (bytes.byteLength > MAX_SOURCE_BYTES) {
    const mb = (bytes.byteLength / (1024 * 1024)).toFixed(1)
    throw new ImportParseError(`file is ${mb} MB; the import limit is 5 MB`)
  }
  if (bytes.byteLength === 0) throw new ImportParseError('file is empty')
  const decoded = decodeBytes(bytes)
  const normalised = decoded.text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // Other control characters are invisible noise from copy-paste; tabs and newlines stay.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
  if (normalised.trim() === '') throw new ImportParseError('file contains only whitespace')
  return { text: normalised, encoding: decoded.encoding }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
