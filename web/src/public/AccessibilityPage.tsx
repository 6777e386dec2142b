import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Center, Room } from '../api/types.ts';
import { formatDateTime } from '../app/i18n.ts';
import { STATEMENT, statementDates } from './accessibility-statement.ts';
import { useCenters, useRooms } from './shared/queries.ts';
import { middayOf } from './shared/time.ts';
import { Page, QueryView } from './shared/ui.tsx';

/**
 * The deklaracja dostępności required by the ustawa o dostępności cyfrowej (art. 10), in the
 * sections of the official template; the a11y-* ids are the ones that template uses, so the
 * ministry's monitoring can read the statement. Its dates and status come from
 * accessibility-statement.ts: add a review's date there on every review.
 */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <Stack gap="xs">
        <Title order={2} id={`${id}-title`}>
          {title}
        </Title>
        {children}
      </Stack>
    </section>
  );
}

export function AccessibilityPage() {
  const { t } = useTranslation('public');
  const centers = useCenters();
  const rooms = useRooms();
  const dates = statementDates();
  const date = (value: string) => (
    <time dateTime={value}>{formatDateTime(middayOf(value), { dateStyle: 'long' })}</time>
  );
  return (
    <Page title={t('a11y.title')}>
      <Text id="a11y-wstep">
        <span id="a11y-podmiot">{t('a11y.intro')}</span>{' '}
        <Anchor id="a11y-url" href={window.location.origin}>
          {window.location.origin}
        </Anchor>
      </Text>
      <Section id="a11y-daty" title={t('a11y.dates')}>
        <Text>
          <span id="a11y-data-publikacja">
            {withDate(t('a11y.published', { date: '\u0000' }), date(dates.published))}
          </span>
        </Text>
        <Text>
          <span id="a11y-data-aktualizacja">
            {withDate(t('a11y.updated', { date: '\u0000' }), date(dates.updated))}
          </span>
        </Text>
      </Section>
      <Section id="a11y-status" title={t('a11y.statusTitle')}>
        <Text>{t(STATEMENT.nonCompliant.length > 0 ? 'a11y.statusPartial' : 'a11y.statusFull')}</Text>
        {STATEMENT.nonCompliant.length > 0 && (
          <>
            <Title order={3}>{t('a11y.nonCompliantTitle')}</Title>
            <List spacing="xs">
              {STATEMENT.nonCompliant.map((item) => (
                <List.Item key={item}>{t(`a11y.nonCompliant.${item}`)}</List.Item>
              ))}
            </List>
          </>
        )}
      </Section>
      <Section id="a11y-przygotowanie" title={t('a11y.preparationTitle')}>
        <Text>
          <span id="a11y-data-sporzadzenie">
            {withDate(t('a11y.preparation', { date: '\u0000' }), date(dates.prepared))}
          </span>
        </Text>
        <Text>{withDate(t('a11y.reviewed', { date: '\u0000' }), date(dates.reviewed))}</Text>
      </Section>
      <Section id="a11y-skroty" title={t('a11y.keyboardTitle')}>
        <Text>{t('a11y.keyboard')}</Text>
      </Section>
      <Section id="a11y-kontakt" title={t('a11y.feedbackTitle')}>
        <Text>{t('a11y.feedback')}</Text>
        <QueryView query={centers}>
          {(list) => (
            <List spacing="xs">
              {list.map((center) => (
                <List.Item key={center.id}>
                  <span className="a11y-osoba">{center.name}</span>
                  {center.email && (
                    <>
                      {' – '}
                      <Anchor className="a11y-email" href={`mailto:${center.email}`}>
                        {center.email}
                      </Anchor>
                    </>
                  )}
                  {center.phone && (
                    <>
                      {', '}
                      <Anchor className="a11y-telefon" href={`tel:${center.phone.replace(/\s/g, '')}`}>
                        {center.phone}
                      </Anchor>
                    </>
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </QueryView>
      </Section>
      <Section id="a11y-procedura" title={t('a11y.enforcementTitle')}>
        <Text>{t('a11y.enforcement.request')}</Text>
        <Text>{t('a11y.enforcement.contents')}</Text>
        <Text>{t('a11y.enforcement.deadline')}</Text>
        <Text>{t('a11y.enforcement.complaint')}</Text>
        <Text>
          {t('a11y.enforcement.ombudsman')}{' '}
          <Anchor href="https://bip.brpo.gov.pl/" lang="pl">
            {t('a11y.enforcement.ombudsmanLink')}
          </Anchor>
        </Text>
      </Section>
      <Section id="a11y-architektura" title={t('a11y.architectureTitle')}>
        <Text>{t('a11y.architectureIntro')}</Text>
        <QueryView query={centers}>
          {(list) => (
            <QueryView query={rooms}>
              {(allRooms) => (
                <Stack gap="md">
                  {list.map((center) => (
                    <CentreAccessibility
                      key={center.id}
                      center={center}
                      rooms={allRooms.filter((room) => room.centerId === center.id && room.active)}
                    />
                  ))}
                </Stack>
              )}
            </QueryView>
          )}
        </QueryView>
      </Section>
      <Section id="a11y-jezyk-migowy" title={t('a11y.signLanguageTitle')}>
        <Text>{t('a11y.signLanguage')}</Text>
      </Section>
      <Section id="a11y-aplikacje" title={t('a11y.mobileTitle')}>
        <Text>{t('a11y.mobile')}</Text>
      </Section>
    </Page>
  );
}

/** Puts a <time> element where the translation has its {{date}}. */
function withDate(text: string, date: ReactNode) {
  const [before, after] = text.split('\u0000');
  return (
    <>
      {before}
      {date}
      {after}
    </>
  );
}

function CentreAccessibility({ center, rooms }: { center: Center; rooms: Room[] }) {
  const { t } = useTranslation('public');
  const accessible = rooms.filter((room) => room.accessible);
  const inaccessible = rooms.filter((room) => !room.accessible);
  return (
    <Stack gap={4}>
      <Title order={3}>
        {center.name}, {center.address}
      </Title>
      {center.accessibility ? (
        <Text lang="pl">{center.accessibility}</Text>
      ) : (
        <Text>{t('a11y.buildingNotDescribed')}</Text>
      )}
      <List spacing={4}>
        <List.Item>{t('a11y.accessibleRooms', { count: accessible.length, total: rooms.length })}</List.Item>
        {accessible.length > 0 && (
          <List.Item>
            {t('a11y.accessibleList')}:{' '}
            <span lang="pl">{accessible.map((room) => room.name).join(', ')}</span>
          </List.Item>
        )}
        {inaccessible.length > 0 && (
          <List.Item>
            {t('a11y.inaccessibleList')}:{' '}
            <span lang="pl">{inaccessible.map((room) => room.name).join(', ')}</span>
          </List.Item>
        )}
        <List.Item>{t('a11y.dogs')}</List.Item>
        <List.Item>{t('a11y.help')}</List.Item>
      </List>
    </Stack>
  );
}
