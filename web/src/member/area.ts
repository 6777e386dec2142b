// Everything in the member area, as one lazily loaded chunk.
import '../app/mantine-styles-areas.ts';

export { AppointmentsPage } from './AppointmentsPage.tsx';
export { BookAppointmentPage } from './BookAppointmentPage.tsx';
export { BookingsPage } from './BookingsPage.tsx';
export { DataPage } from './DataPage.tsx';
export { memberTexts } from './i18n.ts';
export { MemberLayout } from './MemberLayout.tsx';
export { MyVolunteeringPage } from './MyVolunteeringPage.tsx';
export { NewOrganizationPage } from './NewOrganizationPage.tsx';
export { OrganizationsPage } from './OrganizationsPage.tsx';
export { OverviewPage } from './OverviewPage.tsx';
export { RegistrationsPage } from './RegistrationsPage.tsx';
export { RequestRoomPage } from './RequestRoomPage.tsx';
export { SecurityPage } from './SecurityPage.tsx';
