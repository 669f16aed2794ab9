import { describe, expect, it } from 'vitest';
import { roundOrder, splitPipeMessages } from '../../bench/readerBrowser.ts';

const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('splitPipeMessages', () => {
  it('gives each message that ends with a NUL byte and keeps the unfinished rest', () => {
    const { messages, rest } = splitPipeMessages(Buffer.alloc(0), bytes('{"id":1}\0{"id":2}\0{"id":'));
    expect(messages).toEqual(['{"id":1}', '{"id":2}']);
    expect(rest.toString()).toBe('{"id":');
  });

  it('joins a message that arrives in several chunks', () => {
    const first = splitPipeMessages(Buffer.alloc(0), bytes('{"method":"Runtime.'));
    expect(first.messages).toEqual([]);
    const second = splitPipeMessages(first.rest, bytes('bindingCalled"}\0'));
    expect(second.messages).toEqual(['{"method":"Runtime.bindingCalled"}']);
    expect(second.rest.length).toBe(0);
  });

  it('decodes a character whose bytes are split between chunks', () => {
    const whole = bytes('{"title":"Роскосмос"}\0');
    const cut = whole.indexOf(bytes('о')) + 1; // inside the two bytes of "о"
    const first = splitPipeMessages(Buffer.alloc(0), whole.subarray(0, cut));
    const second = splitPipeMessages(first.rest, whole.subarray(cut));
    expect(second.messages).toEqual(['{"title":"Роскосмос"}']);
  });
});

describe('roundOrder', () => {
  it('rotates the pages so that each comes first in turn', () => {
    const pages = ['ours', 'react', 'slicedChecks'];
    expect([0, 1, 2, 3].map((rep) => roundOrder(pages, rep))).toEqual([
      ['ours', 'react', 'slicedChecks'],
      ['react', 'slicedChecks', 'ours'],
      ['slicedChecks', 'ours', 'react'],
      ['ours', 'react', 'slicedChecks'],
    ]);
  });
});
