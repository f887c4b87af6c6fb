import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { GuestOnly } from '../auth/GuestOnly';
import { RequireViewer } from '../auth/RequireViewer';
import { AppLayout } from './AppLayout';
import { HomeRoute } from './HomeRoute';
import { RouteError } from './RouteError';

/** What a page route carries: `preload` starts fetching its code (see usePreloadMatchedPages). */
export type PageHandle = { preload: () => void };

/**
 * A page's code loads when it is first visited; the shell shows its skeleton meanwhile. The
 * route's handle can start that load early: the shell does so as soon as the route matches,
 * while the viewer is still being fetched, instead of after the guards have let it render.
 */
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name): Pick<RouteObject, 'element' | 'handle'> {
  const Page = lazy<ComponentType>(async () => ({ default: (await load())[name] }));
  const handle: PageHandle = { preload: () => void load().catch(() => {}) };
  return { element: <Page />, handle };
}

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeRoute /> },
          {
            element: <GuestOnly />,
            children: [
              { path: 'sign-in', ...page(() => import('../pages/sign-in/SignInPage'), 'SignInPage') },
              { path: 'sign-up', ...page(() => import('../pages/sign-up/SignUpPage'), 'SignUpPage') },
              { path: 'forgot-password', ...page(() => import('../pages/forgot-password/ForgotPasswordPage'), 'ForgotPasswordPage') },
            ],
          },
          { path: 'reset-password', ...page(() => import('../pages/reset-password/ResetPasswordPage'), 'ResetPasswordPage') },
          { path: 'verify-email', ...page(() => import('../pages/verify-email/VerifyEmailPage'), 'VerifyEmailPage') },
          {
            element: <RequireViewer />,
            children: [
              { path: 'onboarding', ...page(() => import('../pages/onboarding/OnboardingPage'), 'OnboardingPage') },
              { path: 'settings', ...page(() => import('../pages/settings/SettingsPage'), 'SettingsPage') },
              { path: 'programs', ...page(() => import('../pages/programs/ProgramsPage'), 'ProgramsPage') },
              { path: 'programs/:id', ...page(() => import('../pages/programs/ProgramPage'), 'ProgramPage') },
              { path: 'programs/:id/insights', ...page(() => import('../pages/program-insights/ProgramInsightsPage'), 'ProgramInsightsPage') },
            ],
          },
          {
            element: <RequireViewer onboarded />,
            children: [
              { path: 'profile', ...page(() => import('../pages/profile/ProfilePage'), 'ProfilePage') },
              {
                path: 'needs-assessment',
                ...page(() => import('../pages/needs-assessment/NeedsAssessmentPage'), 'NeedsAssessmentPage'),
              },
              { path: 'mentors', ...page(() => import('../pages/mentors/MentorsPage'), 'MentorsPage') },
              { path: 'mentors/:userId', ...page(() => import('../pages/mentors/MentorPage'), 'MentorPage') },
              { path: 'requests', ...page(() => import('../pages/requests/RequestsPage'), 'RequestsPage') },
              { path: 'mentorships', ...page(() => import('../pages/mentorships/MentorshipsPage'), 'MentorshipsPage') },
              { path: 'mentorships/:id', ...page(() => import('../pages/mentorships/MentorshipPage'), 'MentorshipPage') },
              { path: 'mentorships/:id/board', ...page(() => import('../pages/board/BoardPage'), 'BoardPage') },
              { path: 'mentorships/:id/reviews', ...page(() => import('../pages/reviews/ReviewsPage'), 'ReviewsPage') },
              { path: 'mentorships/:id/resources', ...page(() => import('../pages/resources/ResourcesPage'), 'ResourcesPage') },
              { path: 'journal', ...page(() => import('../pages/journal/JournalPage'), 'JournalPage') },
              { path: 'sessions/:sessionId', ...page(() => import('../pages/session/SessionPage'), 'SessionPage') },
              { path: 'schedule', ...page(() => import('../pages/schedule/SchedulePage'), 'SchedulePage') },
            ],
          },
          { path: '*', ...page(() => import('../pages/not-found/NotFoundPage'), 'NotFoundPage') },
        ],
      },
    ],
  },
];
