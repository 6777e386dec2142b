import type { RouteObject } from 'react-router';
import { Loading } from '../public/shared/ui.tsx';

/**
 * The member area under /my: its own chunk, loaded on the first visit, so the public pages stay
 * light. Every page asks for sign-in (MemberLayout sends the anonymous to /sign-in?next=).
 */
const area = async () => {
  const module = await import('./area.ts');
  await module.memberTexts;
  return module;
};

export const memberRoutes: RouteObject[] = [
  {
    path: 'my',
    lazy: async () => ({ Component: (await area()).MemberLayout }),
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, lazy: async () => ({ Component: (await area()).OverviewPage }) },
      { path: 'organizations', lazy: async () => ({ Component: (await area()).OrganizationsPage }) },
      { path: 'organizations/new', lazy: async () => ({ Component: (await area()).NewOrganizationPage }) },
      { path: 'bookings', lazy: async () => ({ Component: (await area()).BookingsPage }) },
      { path: 'bookings/new', lazy: async () => ({ Component: (await area()).RequestRoomPage }) },
      { path: 'registrations', lazy: async () => ({ Component: (await area()).RegistrationsPage }) },
      { path: 'appointments', lazy: async () => ({ Component: (await area()).AppointmentsPage }) },
      { path: 'appointments/new', lazy: async () => ({ Component: (await area()).BookAppointmentPage }) },
      { path: 'volunteering', lazy: async () => ({ Component: (await area()).MyVolunteeringPage }) },
      { path: 'data', lazy: async () => ({ Component: (await area()).DataPage }) },
      { path: 'security', lazy: async () => ({ Component: (await area()).SecurityPage }) },
    ],
  },
];
