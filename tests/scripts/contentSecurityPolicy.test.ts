import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../vite.config.ts';

const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

describe('contentSecurityPolicy', () => {
  it('lets images come from any https site (media, shown when the reader asks) and keeps everything else on the app\'s own files', () => {
    const p = directives(contentSecurityPolicy(''));
    expect(p['img-src']).toBe("'self' data: blob: https:");
    expect(p['script-src']).toBe("'self'");
    expect(p['style-src']).toBe("'self'");
    expect(p['default-src']).toBe("'self'");
    expect(p['object-src']).toBe("'none'");
    expect(p['frame-src']).toBe("'none'");
    expect(p['connect-src']).toBe("'self' https:");
  });

  it('narrows only where data may come from to the listed origins', () => {
    const p = directives(contentSecurityPolicy('https://data.example.org, javascript:alert(1)'));
    expect(p['connect-src']).toBe("'self' https://data.example.org");
    expect(p['img-src']).toBe("'self' data: blob: https:");
  });
});
