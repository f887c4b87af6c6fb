import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/use-viewer';
import { navItemsFor } from './nav-items';

const person = (isMentor: boolean, isMentee: boolean) => ({ onboarded: true, roles: { isMentor, isMentee } }) as unknown as Viewer;
const bar = (viewer: Viewer) => navItemsFor(viewer).filter((item) => !item.inMenu).map((item) => item.label);
const menu = (viewer: Viewer) => navItemsFor(viewer).filter((item) => item.inMenu).map((item) => item.label);

describe('navigation', () => {
  it('keeps the top bar to the daily places, whatever roles someone holds', () => {
    expect(bar(person(true, true))).toEqual(['Home', 'Mentors', 'Requests', 'Mentorships', 'Schedule']);
    expect(bar(person(true, false))).toEqual(['Home', 'Requests', 'Mentorships', 'Schedule']);
  });

  it('puts the role editors and settings in the account menu', () => {
    expect(menu(person(true, true))).toEqual(['Mentor profile', 'Needs assessment', 'Settings']);
    expect(menu(person(false, true))).toEqual(['Needs assessment', 'Settings']);
  });

  it('offers only settings before onboarding', () => {
    expect(navItemsFor({ onboarded: false, roles: { isMentor: false, isMentee: false } } as unknown as Viewer).map((i) => i.label)).toEqual(['Settings']);
  });
});
