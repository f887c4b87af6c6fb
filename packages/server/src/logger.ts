import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

export function createLogger(config: Pick<Config, 'logLevel' | 'logPretty' | 'instanceId'>): Logger {
  return pino({
    level: config.logLevel,
    base: { instance: config.instanceId },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'], remove: true },
    ...(config.logPretty
      ? { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname,instance' } } }
      : {}),
  });
}
