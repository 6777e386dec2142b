import type { RouteObject } from 'react-router';
import { HomePage } from './HomePage.tsx';
import { SignInPage } from './SignInPage.tsx';

export const publicRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'sign-in', element: <SignInPage /> },
];
