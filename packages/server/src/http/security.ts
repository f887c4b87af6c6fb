import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import type { Config } from '../config.js';

/**
 * How far a request's browser origin is trusted: `same-site` is the app's own
 * page (or no browser at all), `credentialed` a listed origin, `public` any
 * origin when `CORS_ORIGINS` has `*` (tokens only), `foreign` anything else.
 */
export type OriginTrust = 'same-site' | 'credentialed' | 'public' | 'foreign';

export type OriginPolicy = (request: Pick<IncomingMessage, 'headers'>) => OriginTrust;

export function originPolicy(config: Pick<Config, 'cors' | 'publicUrl'>): OriginPolicy {
  const listed = new Set([new URL(config.publicUrl).origin, ...config.cors.origins]);
  return (request) => {
    const origin = request.headers.origin;
    // Browsers send Origin on cross-origin requests and WebSocket upgrades; scripts and servers usually do not.
    if (origin === undefined) return 'same-site';
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return 'foreign'; // includes the opaque "null" origin of sandboxed frames and file: pages
    }
    // The page was served by this server under whatever name it was reached by (proxies keep Host).
    if (host === request.headers.host) return 'same-site';
    if (listed.has(origin)) return 'credentialed';
    return config.cors.anyOrigin ? 'public' : 'foreign';
  };
}

/**
 * The session cookie counts only on requests from the app's own pages and
 * listed origins: a page elsewhere cannot act as the person even where the
 * browser would send the cookie (a sibling subdomain, a WebSocket upgrade).
 */
export function cookieAllowed(trust: OriginTrust): boolean {
  return trust === 'same-site' || trust === 'credentialed';
}

/** CORS for /graphql: listed origins with credentials, `*` without, others not at all (the browser then hides the answer). */
export function corsFor(policy: OriginPolicy): RequestHandler {
  return cors((req, callback) => {
    const trust = policy(req);
    const allowed = trust === 'credentialed' || trust === 'public';
    callback(null, {
      origin: allowed ? req.headers.origin! : false,
      credentials: trust === 'credentialed',
      methods: ['GET', 'POST'],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    });
  });
}

/** A Host header safe to repeat in the policy. */
const HOST = /^(?:[\w.-]+|\[[\da-f:]+\])(?::\d{1,5})?$/i;

/**
 * Security headers for every response. The CSP fits what we serve: the built
 * web app and GraphiQL load scripts and styles only from here (Mantine and
 * GraphiQL's editor set inline styles; the editor runs workers), and talk to
 * /graphql over HTTP and WebSocket on this host.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        // 'self' covers ws(s): on the same host in current browsers; older ones need it spelled out.
        connectSrc: ["'self'", (req) => (HOST.test(req.headers.host ?? '') ? `ws://${req.headers.host} wss://${req.headers.host}` : '')],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
}
