import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { read } from '../../../api/client.ts';
import { useAuth } from '../../../app/auth.tsx';
import { PageTitle, QueryState, RouterAnchor } from '../../lib/ui.tsx';
import { useReportName } from '../PublicTaskReportsPage.tsx';
import { FieldsForm } from './FieldsForm.tsx';
import { FromData } from './FromData.tsx';
import type { Report } from './types.ts';

/** One draft: what the data filled, what is left to write, the form, and both files. */
export function PublicTaskReportPage() {
  const { t } = useTranslation('console');
  const { id = '' } = useParams();
  const report = useQuery({
    queryKey: ['public-task-report', id],
    queryFn: () => read('/api/public-task-reports/{id}', { params: { path: { id } } }),
  });
  return (
    <Stack>
      <RouterAnchor to="/console/public-task-reports">{t('publicTask.back')}</RouterAnchor>
      <QueryState query={report}>{report.data && <ReportView report={report.data} />}</QueryState>
    </Stack>
  );
}

function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation('console');
  const { has } = useAuth();
  const name = useReportName();
  return (
    <Stack>
      <PageTitle>{name(report)}</PageTitle>
      <Text size="sm">
        {report.header.title} · {report.header.operator} · {report.header.funder}
      </Text>
      <Group gap="md" role="group" aria-label={t('publicTask.download.label')}>
        <Anchor href={`/api/public-task-reports/${report.id}.pdf`} download>
          {t('publicTask.download.pdf')}
        </Anchor>
        <Anchor href={`/api/public-task-reports/${report.id}.docx`} download>
          {t('publicTask.download.docx')}
        </Anchor>
      </Group>
      <FromData report={report} writes={has('admin', 'coordinator')} />
      {has('admin', 'coordinator') ? (
        <FieldsForm report={report} />
      ) : (
        <Text size="sm">{t('publicTask.fields.readOnly')}</Text>
      )}
    </Stack>
  );
}
