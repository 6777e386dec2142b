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
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
    {
      route: 'POST /api/applications/:id/accept',
      prepare: async () => ({ url: `/api/applications/${await application(w())}/accept` }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
    {
      route: 'POST /api/applications/:id/decline',
      prepare: async () => ({ url: `/api/applications/${await application(w())}/decline` }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
    {
      route: 'POST /api/applications/:id/complete',
      prepare: async () => ({ url: `/api/applications/${await application(w(), 'accepted')}/complete` }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
    {
      route: 'POST /api/applications/:id/hours',
      prepare: async () => ({
        url: `/api/applications/${await application(w(), 'accepted')}/hours`,
        payload: { date: today(), hours: 1 },
      }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(201),
    },
    {
      route: 'GET /api/applications/:id/hours',
      prepare: async () => ({ url: `/api/applications/${await application(w(), 'accepted')}/hours` }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
    {
      route: 'GET /api/applications/:id/agreement.pdf',
      prepare: async () => ({ url: `/api/applications/${await application(w(), 'accepted')}/agreement.pdf` }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
    {
      route: 'GET /api/applications/:id/certificate.pdf',
      prepare: async () => ({
        url: `/api/applications/${await application(w(), 'accepted')}/certificate.pdf`,
      }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
  ],
});
