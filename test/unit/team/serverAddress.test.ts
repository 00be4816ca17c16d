import { describe, expect, it } from 'vitest';
import { parseServerAddress, problemOf } from '../../../main/team/connection';

describe('a team server address', () => {
  it('verifies TLS for every host but loopback, unless the firm turned it off', () => {
    expect(parseServerAddress('postgres://anna@team.example.org/firm').tls).toBe('verify');
    expect(parseServerAddress('postgres://anna@10.0.0.5:5433/firm').tls).toBe('verify');
    expect(parseServerAddress('postgres://anna@127.0.0.1/firm').tls).toBe('off');
    expect(parseServerAddress('postgres://anna@localhost/firm?sslmode=verify-full').tls).toBe('verify');
    expect(parseServerAddress('postgres://anna@team.example.org/firm?sslmode=disable').tls).toBe('off');
  });

  it('uses a password written in the address but never remembers it', () => {
    const a = parseServerAddress('postgres://anna:s3cret@team.example.org:6432/firm?sslrootcert=/etc/firm-ca.pem');
    expect(a).toMatchObject({
      user: 'anna',
      password: 's3cret',
      port: 6432,
      database: 'firm',
      caFile: '/etc/firm-ca.pem',
    });
    expect(a.url).not.toContain('s3cret');
  });

  it('refuses what is not a postgres URL with a user and a database, in the user’s language', () => {
    for (const bad of ['https://example.org/firm', 'postgres://team.example.org/firm', 'postgres://anna@host/', 'x']) {
      expect(() => parseServerAddress(bad, 'nl')).toThrow(/Dit is geen serveradres/);
    }
  });

  it('names what went wrong from the driver’s errors', () => {
    expect(problemOf({ code: 'ECONNREFUSED' })).toBe('unreachable');
    expect(problemOf({ code: '28P01', message: 'password authentication failed' })).toBe('credentials');
    expect(problemOf({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed certificate' })).toBe('certificate');
    expect(problemOf({ message: 'The server does not support SSL connections' })).toBe('no_tls');
    expect(problemOf({ code: '57P01', message: 'terminating connection due to administrator command' })).toBe(
      'connection_lost',
    );
    expect(problemOf({ code: '42501' })).toBe('permission');
  });
});
