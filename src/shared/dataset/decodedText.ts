import { strictUtf8Decoder } from './strictUtf8.ts';

/** A body's UTF-8 chunks decoded as they arrive, into one string at the end; bytes that are not UTF-8 throw NotUtf8Error. */
export class DecodedText {
  private readonly decoder = strictUtf8Decoder();
  private readonly parts: string[] = [];

  push(chunk: Uint8Array): void {
    this.parts.push(this.decoder.decode(chunk, { stream: true }));
  }

  finish(): string {
    this.parts.push(this.decoder.decode());
    return this.parts.join('');
  }
}
