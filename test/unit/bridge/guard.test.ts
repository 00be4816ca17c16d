import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostAllowed, originAllowed, staticPath, tokenMatches } from '../../../main/bridge/guard';

describe('loopback bridge guards', () => {
  it('accepts only Host headers naming this loopback server', () => {
    expect(hostAllowed('127.0.0.1:4780', 4780)).toBe(true);
    expect(hostAllowed('localhost:4780', 4780)).toBe(true);
    expect(hostAllowed('LOCALHOST:4780', 4780)).toBe(true);
    expect(hostAllowed('evil.example:4780', 4780)).toBe(false);
    expect(hostAllowed('127.0.0.1:4781', 4780)).toBe(false);
    expect(hostAllowed('127.0.0.1', 4780)).toBe(false);
    expect(hostAllowed(undefined, 4780)).toBe(false);
  });

  it('refuses a cross-site Origin but allows none (scripts) and its own', () => {
    expect(originAllowed(undefined, 4780)).toBe(true);
    expect(originAllowed('http://127.0.0.1:4780', 4780)).toBe(true);
    expect(originAllowed('http://localhost:4780', 4780)).toBe(true);
    expect(originAllowed('https://evil.example', 4780)).toBe(false);
    expect(originAllowed('null', 4780)).toBe(false);
  });

  it('requires the exact bearer token', () => {
    expect(tokenMatches('Bearer s3cret', 's3cret')).toBe(true);
    expect(tokenMatches('bearer s3cret', 's3cret')).toBe(true);
    expect(tokenMatches('Bearer s3cre', 's3cret')).toBe(false);
    expect(tokenMatches('Bearer s3cretX', 's3cret')).toBe(false);
    expect(tokenMatches('s3cret', 's3cret')).toBe(false);
    expect(tokenMatches(undefined, 's3cret')).toBe(false);
    expect(tokenMatches('Bearer ', 's3cret')).toBe(false);
  });

  it('maps URL paths into the static folder and never out of it', () => {
    const root = '/srv/out/renderer';
    expect(staticPath(root, '/', path.posix.join)).toBe('/srv/out/renderer/index.html');
    expect(staticPath(root, '/?token=abc', path.posix.join)).toBe('/srv/out/renderer/index.html');
    expect(staticPath(root, '/assets/app.js', path.posix.join)).toBe('/srv/out/renderer/assets/app.js');
    expect(staticPath(root, '/../../etc/passwd', path.posix.join)).toBeNull();
    expect(staticPath(root, '/%2e%2e/%2e%2e/etc/passwd', path.posix.join)).toBeNull();
    expect(staticPath(root, '/assets/..%5c..%5csecret', path.posix.join)).toBeNull();
    expect(staticPath(root, '/a%00b', path.posix.join)).toBeNull();
    expect(staticPath(root, '/%E0%A4%A', path.posix.join)).toBeNull();
  });
});
