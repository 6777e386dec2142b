import { defineTable } from './runner.ts';
import { application, organizationSide, today } from './volunteering.fixtures.ts';

/** Volunteering applications: decisions, hours and documents. */
export const applicationsTable = defineTable({
  title: 'volunteering applications',
  setup: async () => ({}),
  rows: (w) => [
    {
      route: 'GET /api/applications/:id',
      prepare: async () => ({ url: `/api/applications/${await application(w())}` }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...organizationSide(200), foreignCoordinator: 404 },
    },
    {
      route: 'POST /api/applications/:id/accept',
      prepare: async () => ({ url: `/api/applications/${await application(w())}/accept` }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...organizationSide(200), foreignCoordinator: 404 },
    },
    {
      route: 'POST /api/applications/:id/decline',
      prepare: async () => ({ url: `/api/applications/${await application(w())}/decline` }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...organizationSide(200), foreignCoordinator: 404 },
    },
    {
      route: 'POST /api/applications/:id/complete',
      prepare: async () => ({ url: `/api/applications/${await application(w(), 'accepted')}/complete` }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...organizationSide(200), foreignCoordinator: 404 },
    },
    {
      route: 'POST /api/applications/:id/hours',
      prepare: async () => ({
        url: `/api/applications/${await application(w(), 'accepted')}/hours`,
        payload: { date: today(), hours: 1 },
      }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...organizationSide(201), foreignCoordinator: 404 },
    },
    {
      route: 'GET /api/applications/:id/hours',
      prepare: async () => ({ url: `/api/applications/${await application(w(), 'accepted')}/hours` }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...organizationSide(200), foreignCoordinator: 404 },
    },
    {
      route: 'GET /api/applications/:id/agreement.pdf',
      prepare: async () => ({ url: `/api/applications/${await application(w(), 'accepted')}/agreement.pdf` }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...organizationSide(200), foreignCoordinator: 404 },
    },
    {
      route: 'GET /api/applications/:id/certificate.pdf',
      prepare: async () => ({
        url: `/api/applications/${await application(w(), 'accepted')}/certificate.pdf`,
      }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...organizationSide(200), foreignCoordinator: 404 },
    },
  ],
});
