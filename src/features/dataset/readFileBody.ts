import { LIMITS } from '../../shared/dataset/limits.ts';
import { BodyTextCollector, type DatasetText } from '../../shared/dataset/utf8Latin1.ts';
import { DatasetError } from './datasetError.ts';

/** The first byte that is not a byte-order mark or whitespace: `{` or `[` starts JSON (not followed by a zero byte: UTF-16). */
function startsLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return (bytes[i] === 0x7b || bytes[i] === 0x5b) && bytes[i + 1] !== 0;
}

/**
 * A local file's content for readInput (detectFormat.ts), read chunk by chunk with `onBytes`
 * told how far it has got. A file over the size limit is refused before a byte is read. JSON is
 * handed on as UTF-8 byte text (utf8Latin1.ts), which parses as fast as a fetched dataset; any
 * other file as its bytes, so that the importer can tell UTF-16, a workbook or a Windows code
 * page and say what to do.
 */
export async function readFileBody(file: Blob, onBytes?: (bytes: number) => void): Promise<DatasetText | Uint8Array> {
  if (file.size > LIMITS.fileBytes) throw new DatasetError('too-large', { why: 'fileTooLarge', megabytes: LIMITS.fileBytes / 1024 / 1024 });
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that changed on disk while it was read is read no further than its size when opened.
    if (at + value.byteLength > bytes.length) {
      void reader.cancel();
      throw new DatasetError('truncated', { why: 'fileChanged' });
    }
    bytes.set(value, at);
    at += value.byteLength;
    onBytes?.(at);
  }
  return bodyOfBytes(at === bytes.length ? bytes : bytes.subarray(0, at));
}

/**
 * A whole file's bytes as readInput (detectFormat.ts) takes them: JSON as UTF-8 byte text, any
 * other file as its bytes. A file fetched by address that the page hands back is read this way
 * too, so that both meet the same checks (UTF-8 or refused: strictUtf8.ts).
 */
export function bodyOfBytes(body: Uint8Array): DatasetText | Uint8Array {
  if (!startsLikeJson(body)) return body;
  const text = new BodyTextCollector();
  text.push(body);
  return text.finish();
}
