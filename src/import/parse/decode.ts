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
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportParseError('file is UTF-16 encoded; save it as UTF-8 and import again', 1)
  }
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

/**
 * Bytes → normalised text: size and binary checks first (cheap, before decoding), then strict
 * UTF-8, then one line-ending convention and no BOM, so line numbers and the hash are stable.
 */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_SOURCE_BYTES) {
    const mb = (bytes.byteLength / (1024 * 1024)).toFixed(1)
    throw new ImportParseError(`file is ${mb} MB; the import limit is 5 MB`)
  }
  if (bytes.byteLength === 0) throw new ImportParseError('file is empty')
  refuseBinary(bytes)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const offset = firstInvalidUtf8Offset(bytes)
    const line = lineAtOffset(bytes, offset)
    throw new ImportParseError(`file is not valid UTF-8 (first bad byte on line ${line}); save it as UTF-8`, line)
  }
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // Other control characters are invisible noise from copy-paste; tabs and newlines stay.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
  if (text.trim() === '') throw new ImportParseError('file contains only whitespace')
  return text
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
