import { describe, expect, it } from 'vitest';
import { endpointUrlProblem } from './endpoint-url.js';

describe('endpoint addresses', () => {
  it.each([
    ['https://hooks.example.com/mentorspace', false, true],
    ['https://hooks.example.com/mentorspace', true, true],
    ['http://localhost:3000/hooks', false, true],
    ['http://127.0.0.1:3000/hooks', false, true],
    ['http://[::1]:3000/hooks', false, true],
    ['http://localhost:3000/hooks', true, false],
    ['http://hooks.example.com/', false, false],
    ['ftp://hooks.example.com/', false, false],
    ['https://user:secret@hooks.example.com/', false, false],
    ['not a url', false, false],
    ['https://10.0.0.5/hooks', true, false],
    ['https://169.254.169.254/latest', true, false],
    ['https://192.168.1.1/', true, false],
    ['https://[fd00::1]/', true, false],
    ['https://8.8.8.8/hooks', true, true],
  ])('%s (production: %s) is accepted: %s', (url, production, accepted) => {
    expect(endpointUrlProblem(url, { production }) === null).toBe(accepted);
  });
});
