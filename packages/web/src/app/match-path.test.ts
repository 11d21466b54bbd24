import { describe, expect, it } from 'vitest';
import { matchPath } from './match-path.ts';

describe('matchPath', () => {
  it('reads the parameters of a matching address', () => {
    expect(matchPath('/c/:token', '/c/Ab12_x')).toEqual({ token: 'Ab12_x' });
    expect(matchPath('/join/:slug/:token', '/join/cafe-des-lilas/k9')).toEqual({
      slug: 'cafe-des-lilas',
      token: 'k9',
    });
  });

  it('ignores a trailing slash and decodes escapes', () => {
    expect(matchPath('/c/:token', '/c/abc/')).toEqual({ token: 'abc' });
    expect(matchPath('/join/:slug/:token', '/join/caf%C3%A9/t')).toEqual({
      slug: 'café',
      token: 't',
    });
  });

  it('refuses other addresses, missing parameters and malformed escapes', () => {
    expect(matchPath('/c/:token', '/c/')).toBeNull();
    expect(matchPath('/c/:token', '/c')).toBeNull();
    expect(matchPath('/c/:token', '/c/a/b')).toBeNull();
    expect(matchPath('/c/:token', '/card/a')).toBeNull();
    expect(matchPath('/join/:slug/:token', '/join/cafe')).toBeNull();
    expect(matchPath('/c/:token', '/c/%E0%A4%A')).toBeNull();
  });
});
