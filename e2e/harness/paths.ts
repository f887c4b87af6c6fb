import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SERVER_ENTRY = `${REPO_ROOT}packages/server/dist/main.js`;
export const WEB_INDEX = `${REPO_ROOT}packages/web/dist/index.html`;
export const ARTIFACTS = `${REPO_ROOT}e2e/artifacts`;
