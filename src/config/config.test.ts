import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const fails = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('deployment configuration', () => {
  it('defaults to a local server with no proxy, ten connections and JSON logs', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      publicBaseUrl: 'http://127.0.0.1:8080',
      trustProxy: [],
      poolSize: 10,
      statementTimeoutMs: 30_000,
      logFormat: 'json',
    });
    expect(loadConfig({ HOST: '::1', PORT: '9000' }).publicBaseUrl).toBe('http://[::1]:9000');
  });

  it('reads the proxies, the public address, the pool, the statement timeout and the log format', () => {
    const c = loadConfig({
      TRUST_PROXY: '10.0.0.7, 192.168.0.0/16,fd00::/8',
      PUBLIC_BASE_URL: 'https://aid.example.org/ramstein/',
      DATABASE_POOL_SIZE: '25',
      DATABASE_STATEMENT_TIMEOUT_MS: '5000',
      LOG_FORMAT: 'pretty',
    });
    expect(c.trustProxy).toEqual(['10.0.0.7', '192.168.0.0/16', 'fd00::/8']);
    expect(c.publicBaseUrl).toBe('https://aid.example.org/ramstein');
    expect(c).toMatchObject({ poolSize: 25, statementTimeoutMs: 5000, logFormat: 'pretty' });
  });

  it('refuses a bad value, naming the variable', () => {
    expect(fails({ TRUST_PROXY: 'proxy.internal' })).toMatch(
      /^configuration TRUST_PROXY: .*IP addresses or CIDR/,
    );
    expect(fails({ TRUST_PROXY: '10.0.0.0/33' })).toMatch(/^configuration TRUST_PROXY/);
    expect(fails({ PUBLIC_BASE_URL: 'ftp://files.example.org' })).toMatch(/^configuration PUBLIC_BASE_URL/);
    expect(fails({ PUBLIC_BASE_URL: 'https://example.org/?a=1' })).toMatch(/^configuration PUBLIC_BASE_URL/);
    expect(fails({ DATABASE_POOL_SIZE: '0' })).toMatch(/^configuration DATABASE_POOL_SIZE/);
    expect(fails({ DATABASE_STATEMENT_TIMEOUT_MS: 'soon' })).toMatch(
      /^configuration DATABASE_STATEMENT_TIMEOUT_MS/,
    );
    expect(fails({ LOG_FORMAT: 'xml' })).toMatch(/^configuration LOG_FORMAT/);
  });
});
