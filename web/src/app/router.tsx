import { createBrowserRouter } from 'react-router';
import { memberRoutes } from '../member/routes.tsx';
import { publicRoutes } from '../public/routes.tsx';
import { Layout } from './Layout.tsx';
import { NotFound } from './NotFound.tsx';

/**
 * The frame and the home page load with the first page; every other public page, the member
 * area and the staff console are chunks of their own (lazy), so the public site stays light.
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      ...publicRoutes,
      ...memberRoutes,
      {
        path: 'console/*',
        lazy: async () => {
          const { ConsoleApp, consoleTexts } = await import('../console/ConsoleApp.tsx');
          await consoleTexts;
          return { Component: ConsoleApp };
        },
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
