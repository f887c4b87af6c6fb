import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('needs nothing to start: embedded Postgres, in-memory bus, port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, redisUrl: undefined, migrateOnStart: true });
    expect(config.dataDir).toMatch(/\.data$/);
    expect(config.instanceId).toBeTruthy();
  });

  it('reads services and options from the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5432/mentorspace',
      REDIS_URL: 'redis://cache:6379',
      MIGRATE_ON_START: 'false',
      INSTANCE_ID: 'replica-1',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u:p@db:5432/mentorspace',
      redisUrl: 'redis://cache:6379',
      migrateOnStart: false,
      instanceId: 'replica-1',
    });
  });

  it('hardens the API in production unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ graphqlSuggestions: true, trustedDocuments: 'allow', cors: { origins: [], anyOrigin: false } });
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ graphqlSuggestions: false });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_SUGGESTIONS: 'true' })).toMatchObject({ graphqlSuggestions: true });
    expect(loadConfig({ CORS_ORIGINS: 'https://dash.example/, http://localhost:3000,*', TRUSTED_DOCUMENTS: 'enforce-first-party' })).toMatchObject({
      cors: { origins: ['https://dash.example', 'http://localhost:3000'], anyOrigin: true },
      trustedDocuments: 'enforce-first-party',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '' })).toMatchObject({ databaseUrl: undefined, redisUrl: undefined });
  });

  it.each([
    [{ PORT: 'eighty' }, /^Invalid configuration: PORT must be a port number .*\(got "eighty"\)\.$/],
    [{ PORT: '70000' }, /PORT must be a port number between 0 \(any free port\) and 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\//],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must be a URL starting with redis:\/\//],
    [{ LOG_LEVEL: 'loud' }, /^Invalid configuration: LOG_LEVEL/],
    [{ MIGRATE_ON_START: 'perhaps' }, /^Invalid configuration: MIGRATE_ON_START/],
    [{ CORS_ORIGINS: 'https://ok.example, https://dash.example/app' }, /CORS_ORIGINS must be a comma-separated list of origins/],
    [{ CORS_ORIGINS: 'dash.example' }, /CORS_ORIGINS must be a comma-separated list of origins/],
    [{ TRUSTED_DOCUMENTS: 'strict' }, /^Invalid configuration: TRUSTED_DOCUMENTS/],
  ])('stops on a bad value with one clear sentence: %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
