import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { GuestOnly } from '../auth/GuestOnly';
import { RequireViewer } from '../auth/RequireViewer';
import { AppLayout } from './AppLayout';
import { HomeRoute } from './HomeRoute';
import { RouteError } from './RouteError';

/** A page's code loads when it is first visited; the shell shows its skeleton meanwhile. */
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  const Page = lazy<ComponentType>(async () => ({ default: (await load())[name] }));
  return <Page />;
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
              { path: 'sign-in', element: page(() => import('../pages/sign-in/SignInPage'), 'SignInPage') },
              { path: 'sign-up', element: page(() => import('../pages/sign-up/SignUpPage'), 'SignUpPage') },
              { path: 'forgot-password', element: page(() => import('../pages/forgot-password/ForgotPasswordPage'), 'ForgotPasswordPage') },
            ],
          },
          { path: 'reset-password', element: page(() => import('../pages/reset-password/ResetPasswordPage'), 'ResetPasswordPage') },
          { path: 'verify-email', element: page(() => import('../pages/verify-email/VerifyEmailPage'), 'VerifyEmailPage') },
          {
            element: <RequireViewer />,
            children: [
              { path: 'onboarding', element: page(() => import('../pages/onboarding/OnboardingPage'), 'OnboardingPage') },
              { path: 'settings', element: page(() => import('../pages/settings/SettingsPage'), 'SettingsPage') },
              { path: 'programs', element: page(() => import('../pages/programs/ProgramsPage'), 'ProgramsPage') },
              { path: 'programs/:id', element: page(() => import('../pages/programs/ProgramPage'), 'ProgramPage') },
              { path: 'programs/:id/insights', element: page(() => import('../pages/program-insights/ProgramInsightsPage'), 'ProgramInsightsPage') },
            ],
          },
          {
            element: <RequireViewer onboarded />,
            children: [
              { path: 'profile', element: page(() => import('../pages/profile/ProfilePage'), 'ProfilePage') },
              {
                path: 'needs-assessment',
                element: page(() => import('../pages/needs-assessment/NeedsAssessmentPage'), 'NeedsAssessmentPage'),
              },
              { path: 'mentors', element: page(() => import('../pages/mentors/MentorsPage'), 'MentorsPage') },
              { path: 'mentors/:userId', element: page(() => import('../pages/mentors/MentorPage'), 'MentorPage') },
              { path: 'requests', element: page(() => import('../pages/requests/RequestsPage'), 'RequestsPage') },
              { path: 'mentorships', element: page(() => import('../pages/mentorships/MentorshipsPage'), 'MentorshipsPage') },
              { path: 'mentorships/:id', element: page(() => import('../pages/mentorships/MentorshipPage'), 'MentorshipPage') },
              { path: 'mentorships/:id/board', element: page(() => import('../pages/board/BoardPage'), 'BoardPage') },
              { path: 'mentorships/:id/reviews', element: page(() => import('../pages/reviews/ReviewsPage'), 'ReviewsPage') },
              { path: 'mentorships/:id/resources', element: page(() => import('../pages/resources/ResourcesPage'), 'ResourcesPage') },
              { path: 'journal', element: page(() => import('../pages/journal/JournalPage'), 'JournalPage') },
              { path: 'sessions/:sessionId', element: page(() => import('../pages/session/SessionPage'), 'SessionPage') },
              { path: 'schedule', element: page(() => import('../pages/schedule/SchedulePage'), 'SchedulePage') },
            ],
          },
          { path: '*', element: page(() => import('../pages/not-found/NotFoundPage'), 'NotFoundPage') },
        ],
      },
    ],
  },
];
