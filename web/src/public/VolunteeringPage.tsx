import { Anchor, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type Page as ApiPage, get } from '../api/client.ts';
import type { District, Skill, VolunteerOffer } from '../api/types.ts';
import { formatDateTime } from '../app/i18n.ts';
import { districtName, useDistricts, useSkills } from './shared/queries.ts';
import { middayOf } from './shared/time.ts';
import { Empty, Page, QueryView, Tag } from './shared/ui.tsx';

/** A skill code in the reader's language, from the shared list (GET /api/volunteer-skills). */
export function skillLabel(skills: Skill[] | undefined, code: string, language: string) {
  const skill = skills?.find((candidate) => candidate.code === code);
  return skill ? (language === 'en' ? skill.en : skill.pl) : code;
}

/** Open volunteering offers (GET /api/volunteer-offers), filtered by skill and district. */
export function VolunteeringPage() {
  const { t, i18n } = useTranslation('public');
  const [params, setParams] = useSearchParams();
  const skill = params.get('skill') ?? '';
  const district = params.get('district') ?? '';
  const skills = useSkills();
  const districts = useDistricts();
  const offers = useQuery({
    queryKey: ['volunteer-offers', { skill, district }],
    queryFn: () => {
      const query = new URLSearchParams({ status: 'open', limit: '100' });
      if (skill) query.set('skill', skill);
      if (district) query.set('district', district);
      return get<ApiPage<VolunteerOffer>>(`/api/volunteer-offers?${query}`);
    },
  });
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <Page title={t('volunteering.title')} lead={t('volunteering.lead')}>
      <Group
        component="form"
        aria-label={t('calendar.filters')}
        align="flex-end"
        onSubmit={(e) => e.preventDefault()}
      >
        <NativeSelect
          id="volunteering-skill"
          label={t('volunteering.skill')}
          value={skill}
          onChange={(event) => setFilter('skill', event.currentTarget.value)}
          data={[
            { value: '', label: t('volunteering.allSkills') },
            ...(skills.data ?? []).map((item) => ({
              value: item.code,
              label: i18n.language === 'en' ? item.en : item.pl,
            })),
          ]}
        />
        <NativeSelect
          id="volunteering-district"
          label={t('volunteering.districtFilter')}
          value={district}
          onChange={(event) => setFilter('district', event.currentTarget.value)}
          data={[
            { value: '', label: t('volunteering.allDistricts') },
            ...(districts.data ?? []).map((item) => ({
              value: String(item.number),
              label: districtName(districts.data, item.number) ?? item.name,
            })),
          ]}
        />
      </Group>
      <QueryView query={offers}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('volunteering.none')}</Empty>
          ) : (
            <Stack gap="sm" component="ul" className="plain-list">
              {page.items.map((offer) => (
                <Card key={offer.id} withBorder component="li" padding="md">
                  <OfferSummary
                    offer={offer}
                    skills={skills.data}
                    districts={districts.data}
                    headingLevel={2}
                    link
                  />
                </Card>
              ))}
            </Stack>
          )
        }
      </QueryView>
    </Page>
  );
}

export function OfferSummary({
  offer,
  skills,
  districts,
  headingLevel,
  link,
}: {
  offer: VolunteerOffer;
  skills: Skill[] | undefined;
  districts: District[] | undefined;
  headingLevel: 2 | 3;
  link?: boolean;
}) {
  const { t, i18n } = useTranslation('public');
  const date = (value: string) => formatDateTime(middayOf(value), { dateStyle: 'long' });
  const period = [
    offer.start && t('volunteering.from', { date: date(offer.start) }),
    offer.end && t('volunteering.to', { date: date(offer.end) }),
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Stack gap={6}>
      {link && (
        <Title order={headingLevel} size="h4">
          <Anchor
            component={Link}
            to={`/volunteering/${offer.id}`}
            aria-label={t('volunteering.details', { title: offer.title })}
          >
            {offer.title}
          </Anchor>
        </Title>
      )}
      <Text>
        {t('volunteering.organization')}: {offer.organizationName}
      </Text>
      <Group gap={6}>
        <Text size="sm">{t('volunteering.skills')}:</Text>
        {offer.skills.map((code) => (
          <Tag key={code} color="blue">
            {skillLabel(skills, code, i18n.language)}
          </Tag>
        ))}
      </Group>
      <Text size="sm">
        {t('volunteering.districtFilter')}:{' '}
        {offer.district ? districtName(districts, offer.district) : t('volunteering.anyDistrict')}
        {period && ` · ${t('volunteering.period')}: ${period}`}
        {offer.hoursPerWeek ? ` · ${t('volunteering.hoursPerWeek', { count: offer.hoursPerWeek })}` : ''}
      </Text>
      <Text size="sm">
        {t('volunteering.needed', { count: offer.volunteersNeeded })} (
        {t('volunteering.accepted', { count: offer.volunteersAccepted })})
      </Text>
    </Stack>
  );
}
