import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { addTexts } from '../app/i18n.ts';
import { HomePage } from './HomePage.tsx';
import { pl } from './locales/pl.ts';
import { Loading } from './shared/ui.tsx';

// With the first load, so the first render (main.tsx) waits for its English texts when needed.
void addTexts('public', pl, async () => (await import('./locales/en.ts')).en);

/**
 * The public site: no sign-in needed (registering and applying ask for it on the page). The home
 * page comes with the first load; every other page is its own small chunk, so whichever page a
 * visitor opens first, the JavaScript it loads stays within the budget.
 */
/** A page loaded on first visit; while the first page of a visit loads, a polite "loading" shows. */
function lazyPage(path: string, load: () => Promise<ComponentType>): RouteObject {
  return { path, lazy: async () => ({ Component: await load() }), hydrateFallbackElement: <Loading /> };
}

export const publicRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  lazyPage('centres', async () => (await import('./CentersPage.tsx')).CentersPage),
  lazyPage('rooms/:roomId', async () => (await import('./RoomPage.tsx')).RoomPage),
  lazyPage('calendar', async () => (await import('./CalendarPage.tsx')).CalendarPage),
  lazyPage('calendar/:activityId', async () => (await import('./ActivityPage.tsx')).ActivityPage),
  lazyPage('knowledge', async () => (await import('./KnowledgePage.tsx')).KnowledgePage),
  lazyPage('knowledge/:slug', async () => (await import('./ArticlePage.tsx')).ArticlePage),
  lazyPage('volunteering', async () => (await import('./VolunteeringPage.tsx')).VolunteeringPage),
  lazyPage('volunteering/:offerId', async () => (await import('./OfferPage.tsx')).OfferPage),
  lazyPage('advice', async () => (await import('./AdvicePage.tsx')).AdvicePage),
  lazyPage('how-to-borrow', async () => (await import('./HowToBorrowPage.tsx')).HowToBorrowPage),
  lazyPage('contact', async () => (await import('./ContactPage.tsx')).ContactPage),
  lazyPage('accessibility', async () => (await import('./AccessibilityPage.tsx')).AccessibilityPage),
  lazyPage('privacy', async () => (await import('./PrivacyPage.tsx')).PrivacyPage),
  lazyPage('sign-in', async () => (await import('./SignInPage.tsx')).SignInPage),
  lazyPage('sign-up', async () => (await import('./SignUpPage.tsx')).SignUpPage),
  lazyPage('forgot-password', async () => (await import('./PasswordResetPages.tsx')).ForgotPasswordPage),
  lazyPage('reset-password', async () => (await import('./PasswordResetPages.tsx')).ResetPasswordPage),
  lazyPage('verify-email', async () => (await import('./VerifyEmailPage.tsx')).VerifyEmailPage),
];
