/** A body's UTF-8 chunks decoded as they arrive, into one string at the end. */
export class DecodedText {
  private readonly decoder = new TextDecoder();
  private readonly parts: string[] = [];

  push(chunk: Uint8Array): void {
    this.parts.push(this.decoder.decode(chunk, { stream: true }));
  }

  finish(): string {
    this.parts.push(this.decoder.decode());
    return this.parts.join('');
  }
}
