import { createBrowserRouter } from 'react-router';
import { memberRoutes } from '../member/routes.tsx';
import { publicRoutes } from '../public/routes.tsx';
import { Layout } from './Layout.tsx';
import { NotFound } from './NotFound.tsx';

/**
 * Public pages and the member area load with the first page; the staff console is a separate
 * chunk (lazy), so the public site stays light.
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      ...publicRoutes,
      ...memberRoutes,
      {
        path: 'console/*',
        lazy: async () => ({ Component: (await import('../console/ConsoleApp.tsx')).ConsoleApp }),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
